"""The timeline with its controls: the date fields, the period, counts or shares, undated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.domain.library.periods import Period
from reader.models.timeline_model import TimelineModel
from reader.widgets.timeline_view import TimelineView

_DATE_FORMAT = "yyyy-MM-dd"


class TimelinePanel(QWidget):
    """Shows the timeline; a bar, a drag or the two date fields choose the date range."""

    range_chosen = Signal(object, object)

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._model = model
        self.view = TimelineView(model)
        self.view.range_chosen.connect(self.range_chosen)
        self.date_from = self._date_edit("dateFrom", self.tr("من تاريخ"))
        self.date_to = self._date_edit("dateTo", self.tr("إلى تاريخ"))
        self.period = QComboBox()
        self.period.setObjectName("timelinePeriod")
        self.period.setAccessibleName(self.tr("مدة العمود"))
        self.period.addItem(self.tr("تلقائي"), None)
        for period, text in (
            (Period.DAY, self.tr("يوم")),
            (Period.WEEK, self.tr("أسبوع")),
            (Period.MONTH, self.tr("شهر")),
            (Period.YEAR, self.tr("سنة")),
        ):
            self.period.addItem(text, period.value)
        self.period.currentIndexChanged.connect(self._on_period_current_index_changed)
        self.share = QCheckBox(self.tr("النسبة"))
        self.share.setObjectName("timelineShare")
        self.share.setToolTip(self.tr("نسبة النتائج من مقالات المجلد في كل مدة، بدل العدد"))
        self.share.toggled.connect(model.set_share)
        self.undated = QLabel()
        self.undated.setObjectName("undatedLabel")
        # Two short rows, not one long one: the article column stays narrow in a small window.
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("من")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("إلى")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        controls = QHBoxLayout()
        controls.addWidget(self.undated)
        controls.addStretch(1)
        controls.addWidget(self.period)
        controls.addWidget(self.share)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addLayout(controls)
        layout.addLayout(dates)
        model.changed.connect(self._on_model_changed)
        self._on_model_changed()

    def _date_edit(self, name: str, accessible_name: str) -> QDateEdit:
        """Return a date field that sets the range once edited (Enter or leaving it)."""
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible_name)
        # Digits and order as the chips and the terminal write them, read left to right (set
        # before the format: a right-to-left field reverses the order of its sections).
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setLocale(QLocale.c())
        edit.setDisplayFormat(_DATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.editingFinished.connect(self._on_date_editing_finished)
        # The field's own line edit is what a screen reader lands on.
        inner = edit.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(accessible_name)
        return edit

    @Slot()
    def _on_model_changed(self) -> None:
        """Show the range in force in the date fields (the folder's span when none), and the
        undated articles."""
        timeline = self._model.timeline()
        start, end = self._model.date_range()
        if timeline.starts:
            start = start or timeline.starts[0]
            end = end or timeline.end(len(timeline) - 1)
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            edit.blockSignals(False)
        self._shown = (self.date_from.date(), self.date_to.date())
        self.undated.setText(
            self.tr("بدون تاريخ: {0}").format(QLocale().toString(timeline.undated))
        )
        self.undated.setToolTip(
            self.tr("لا تدخل المقالات بلا تاريخ في النتائج ما دام مدى التاريخ محددًا")
        )

    @Slot()
    def _on_date_editing_finished(self) -> None:
        shown = (self.date_from.date(), self.date_to.date())
        if shown == self._shown:
            return
        self._shown = shown
        start, end = (date(day.year(), day.month(), day.day()) for day in shown)
        self.range_chosen.emit(start, end)

    @Slot(int)
    def _on_period_current_index_changed(self, index: int) -> None:
        value = self.period.itemData(index)
        self._model.set_period(None if value is None else Period(value))
