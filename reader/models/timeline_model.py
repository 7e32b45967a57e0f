"""What the timeline shows: the result's articles per period beside the folder's, and how."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal, Slot

from reader.domain.library.periods import Period, Timeline

_EMPTY = Timeline(by=Period.MONTH, starts=(), counts=(), totals=())


class TimelineModel(QObject):
    """Holds the timeline of the current result, the period asked for (None: chosen from the
    span), whether shares are shown instead of counts, and the date range in force."""

    changed = Signal()
    period_chosen = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeline = _EMPTY
        self._period: Period | None = None
        self._share = False
        # Whether the result's counts are of stories (copies grouped); totals are articles.
        self.counting_stories = False
        self._range: tuple[date | None, date | None] = (None, None)

    def timeline(self) -> Timeline:
        """Return the counts on show."""
        return self._timeline

    def period(self) -> Period | None:
        """Return the period asked for; None lets the span choose."""
        return self._period

    def shows_share(self) -> bool:
        """Tell whether bars show the result's share of the folder rather than counts."""
        return self._share

    def date_range(self) -> tuple[date | None, date | None]:
        """Return the date range in force (either end may be open)."""
        return self._range

    def set_timeline(self, timeline: Timeline, start: date | None, end: date | None) -> None:
        """Show new counts, and the date range in force."""
        self._timeline = timeline
        self._range = (start, end)
        self.changed.emit()

    @Slot(object)
    def set_period(self, period: Period | None) -> None:
        """Ask for bars of one period (None: chosen from the span)."""
        if period != self._period:
            self._period = period
            self.period_chosen.emit(period)

    @Slot(bool)
    def set_share(self, share: bool) -> None:
        """Show the result's share of the folder (True) or counts (False)."""
        if share != self._share:
            self._share = share
            self.changed.emit()
