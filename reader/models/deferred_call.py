"""A call put off to the event loop's next turn, so that the views it leaves are painted first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class DeferredCall(QObject):
    """Runs a function on the event loop's next turn; requests made meanwhile coalesce.

    A zero-interval timer: Qt usually handles the repaint a model change asked for first, so a
    click's list is on screen before the slower work that follows it (sidebar counts, pane).
    """

    def __init__(self, function: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(function)

    def request(self) -> None:
        """Run the function on the event loop's next turn (once, however often asked)."""
        self._timer.start()

    def cancel(self) -> None:
        """Drop a request not yet run."""
        self._timer.stop()
