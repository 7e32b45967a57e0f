"""The outlet facet: the outlets of the result with counts; click includes, Ctrl+click excludes."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader.models.roles import ItemRole
from reader.models.source_list_model import SourceListModel
from reader.widgets.facet_list_view import FacetListView


class SourceFacet(QWidget):
    """Lets the user include outlets (click: any of them) and exclude them (Ctrl+click, the
    context menu, Minus or Delete)."""

    include_toggled = Signal(str)
    exclude_toggled = Signal(str)

    def __init__(self, model: SourceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceFacet")
        self._model = model
        view = self.list_view = FacetListView(model, ItemRole.SOURCE, "sourceContextMenu")
        view.setObjectName("sourceList")
        view.setAccessibleName(self.tr("المصادر"))
        view.toggled.connect(self._on_list_toggled)
        title = QLabel(self.tr("المصادر"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setToolTip(self.tr("انقر مصدرًا لتضمينه (أيٌّ من المختارة)، أو Ctrl+نقر لاستبعاده"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(view, 1)

    @Slot(str, bool)
    def _on_list_toggled(self, source: str, exclude: bool) -> None:
        """Toggle the inclusion or the exclusion of an outlet, keeping its row current."""
        (self.exclude_toggled if exclude else self.include_toggled).emit(source)
        for row in range(self._model.rowCount()):
            if self._model.source(row) == source:
                self.list_view.setCurrentIndex(self._model.index(row, 0))
                break
