"""The search field: Arabic-aware word search, applied as the user types."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

# Long enough to skip the intermediate words of a fast typist, short enough to feel live.
DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    """A line edit that emits search_changed once typing pauses, or at once on Enter."""

    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("البحث في المقالات"))
        self.setPlaceholderText(self.tr("ابحث في العناوين والنصوص والوسوم…"))
        self.setClearButtonEnabled(True)
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self._on_timer_timeout)

    @Slot(str)
    def set_search(self, text: str) -> None:
        """Show text as the search in force, without emitting it back."""
        self._emitted = text
        self._timer.stop()
        if text != self.text():
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._timer.stop()
        text = self.text()
        if text != self._emitted:
            self._emitted = text
            self.search_changed.emit(text)
