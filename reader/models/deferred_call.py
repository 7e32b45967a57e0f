"""A signal put off to a later turn of the event loop, after the views it leaves are painted."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class DeferredCall(QObject):
    """Emits `due` a few turns of the event loop after request(); requests meanwhile coalesce.

    A zero-interval timer, restarted turns - 1 times. A view lays itself out on a zero timer of
    its own after its model changes and only then asks to be painted, which Qt does at the
    start of the next turn: two turns put slow work (the sidebar's counts) after the paint.
    What runs is connected to `due`, not held here: a bound method kept by its owner's child
    would make a reference cycle, and Python may then collect a window on a loader's thread.
    """

    due = Signal()

    def __init__(self, parent: QObject | None = None, *, turns: int = 1) -> None:
        super().__init__(parent)
        self._turns = turns
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def request(self) -> None:
        """Emit `due` a few turns from now (once, however often asked)."""
        self._left = self._turns
        self._timer.start()

    def cancel(self) -> None:
        """Drop a request not yet due."""
        self._left = 0
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._timer.start()
        else:
            self.due.emit()
