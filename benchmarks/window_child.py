"""One fresh process of benchmarks/window.py: a domain load, or the real window opened and driven.

Loaded by path from `python -c` (see window.py); prints RESULT and a JSON object on stdout.
"""

from __future__ import annotations

import cProfile
import gc
import io
import json
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView, QToolButton, QWidget
from typing_extensions import override

import reader
from benchmarks.run import Bench, load, rss
from reader.app import create_application, create_window
from reader.domain.copies.update import update_copy_groups
from reader.domain.loading.folder import store_snapshot
from reader.domain.loading.workers import default_workers
from reader.models.library_loader import LibraryLoader
from reader.widgets import search_box
from reader.widgets.source_facet import SourceFacet

# Two quiet turns of a zero-delay timer: nothing posted, no zero-delay timer due.
_QUIET_TURNS = 2
# While a window timer is armed or a pool task runs, the loop is sampled this often.
_POLL_MS = 1
# Idle also needs this long since the last event: a follow-up may wait on a timer the clock
# cannot list (a long article's text is laid out on a 10 ms QBasicTimer).
_QUIET_SECONDS = 0.025
# Timers of a second or more are delays by design (status messages), not follow-up work.
_DELAY_MS = 1000
# Real words of benchmarks/generate.py: typed one per repeat, and phrases to paste.
TYPED = "الرئيس الحكومة الوزير الخارجية الصين روسيا الاتفاق القرار المنطقة العلاقات".split()  # noqa: SIM905
PASTED = (  # noqa: SIM905
    "الشرق الأوسط|الأمم المتحدة|مجلس الأمن|الولايات المتحدة|وزارة الخارجية|النفط الغاز|"
    "الطاقة المياه|الجيش الشرطة|المنتخب الدوري|الصحة التعليم"
).split("|")

_LEFT = Qt.MouseButton.LeftButton
_NONE = Qt.KeyboardModifier.NoModifier

Record = dict[str, Any]
# An input: its untimed preparation, then the input itself.
Step = tuple[Callable[[], None], Callable[[], None]]


class IdleClock(QObject):
    """Runs the event loop until the window is idle, and says when its last follow-up ended."""

    # Idle: two turns of a zero-delay timer in a row with no other event delivered anywhere,
    # no timer of the window armed (under a second), no pool task running, 25 ms since the
    # last event. The work ended when the turn after the last one that saw another fired.
    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setTimerType(Qt.TimerType.PreciseTimer)
        self._turn.timeout.connect(self._on_turn)
        self._loop = QEventLoop(self)

    def wait(self, since: float) -> float:
        """Run the loop until idle; return when the work ended (since, if nothing followed)."""
        self._seen = self._events = self._quiet = 0
        self._settled = since
        app = QApplication.instance()
        assert app is not None
        # Only while waiting: a filter on every event would slow a load down.
        app.installEventFilter(self)
        self._turn.start(0)
        self._loop.exec()
        app.removeEventFilter(self)
        return self._settled

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._turn:
            self._events += 1
        return False

    def _armed(self) -> bool:
        """Tell whether the window still has work coming: a short timer or a pool task."""
        if self._quiet == _QUIET_TURNS:  # listed once per quiet spell, not at every poll
            self._timers = self._window.findChildren(QTimer)
            self._pools = [QThreadPool.globalInstance(), *self._window.findChildren(QThreadPool)]
        return any(t.isActive() and t.interval() < _DELAY_MS for t in self._timers) or any(
            pool.activeThreadCount() for pool in self._pools
        )

    def _on_turn(self) -> None:
        now = time.perf_counter()
        if self._events != self._seen:
            self._seen = self._events
            self._settled = now
            self._quiet = 0
        else:
            self._quiet += 1
        if self._quiet < _QUIET_TURNS:
            self._turn.start(0)
        elif self._armed() or now - self._settled < _QUIET_SECONDS:
            self._turn.start(_POLL_MS)
        else:
            self._loop.quit()


class PaintClock(QObject):
    """Notes the end of the article list's first paint after its result changed."""

    def __init__(self, view: QTableView) -> None:
        super().__init__()
        self._view = view
        self._armed = False
        self.painted_at: float | None = None
        view.viewport().installEventFilter(self)

    def arm(self, *_result: object) -> None:
        """Wait for the next paint (connected to the controller's results_changed)."""
        self._armed = True

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self._armed = False
            self._view.viewportEvent(event)  # paint now, to know when it ends
            self.painted_at = time.perf_counter()
            return True
        return False


def domain_load(folder: Path, n: int) -> Record:
    """The domain's cold load (run.py's load), then the loader's snapshot and copy grouping."""
    cache_dir = Path(os.environ["XDG_CACHE_HOME"]) / "arabic-news-reader"
    bench = Bench(folder, n, 1, cache_dir, default_workers())
    library, times = load(bench, cache_dir)
    started = time.perf_counter()
    store_snapshot(library.cache)
    update_copy_groups(library.cache, workers=default_workers())
    times["snapshot_copies"] = times["ready"] + time.perf_counter() - started
    return {"domain": times}


class WindowRun:
    """The real window in this process: opened on the folder, then driven by its inputs."""

    def __init__(self, folder: Path, n: int, spawned: float, settings: Path) -> None:
        self.app = create_application(["benchmark"])
        # The search box's blinking caret is a timer that never lets the loop be idle.
        QGuiApplication.styleHints().setCursorFlashTime(0)
        self.marks: Record = {}
        self._spawned, self.n = spawned, n
        gc.collect()
        self.rss_base = rss()
        self.window = window = create_window(
            folder, settings=QSettings(str(settings), QSettings.Format.IniFormat)
        )
        window.resize(1400, 860)
        loader = cast(LibraryLoader, window.findChild(LibraryLoader))
        loader.batch_loaded.connect(self._on_batch)
        if hasattr(loader, "copies_found"):
            loader.copies_found.connect(lambda _copies: self._mark("copies_grouped"))
        if hasattr(window.session, "articles_read"):  # before it, search was exact at the end
            window.session.articles_read.connect(lambda: self._mark("articles_read"))
        self.controller = window.query_controller
        self.controller.results_changed.connect(self._on_results)
        self._loop = QEventLoop()
        window.loadFinished.connect(self._on_load_finished)
        window.show()
        self.app.processEvents()
        self._mark("shown")
        if "load_finished" not in self.marks:
            self._loop.exec()
        self.idle = IdleClock(window)
        self.marks["idle_after_load"] = self.marks["load_finished"] + (
            self.idle.wait(time.perf_counter()) - self._finished_perf
        )
        self.paint = PaintClock(window.article_list)
        self.controller.results_changed.connect(self.paint.arm)
        # The frequent words' bitmaps, where the tree keeps them: read (or built, after a first
        # open) on their thread once the load is complete; a person's inputs come after.
        if (frequent := getattr(window.library, "frequent", None)) is not None:
            frequent.wait()
            self._mark("frequent_words")

    def _mark(self, name: str) -> None:
        """Note a milestone once, in seconds since the process was spawned."""
        self.marks.setdefault(name, time.time() - self._spawned)

    def _on_batch(self, batch: object) -> None:
        if getattr(batch, "complete", False):
            self._mark("all_parsed")

    def _on_results(self, shown: int, _total: int) -> None:
        if shown >= self.n:
            self._mark("all_listed")

    def _on_load_finished(self) -> None:
        self._finished_perf = time.perf_counter()
        self._mark("articles_read")
        self._mark("load_finished")
        self._loop.quit()


class InputDriver:
    """Gives the reopened window a person's inputs and times each to painted and to idle."""

    def __init__(self, run: WindowRun, repeats: int) -> None:
        self._run = run
        self._repeats = repeats
        window = run.window
        self.times: dict[str, dict[str, list[float]]] = {}
        self._tags = window.sidebar.list_view
        self._outlets = cast(SourceFacet, window.sidebar.source_facet).list_view
        self._timeline = window.article_column.timeline.view
        if not window.window_actions.show_timeline.isChecked():
            window.window_actions.show_timeline.trigger()
        self._clear_button = cast(QToolButton, window.findChild(QToolButton, "clearFiltersButton"))
        self._box = window.search_box
        # No article is marked read: that waits 1.5 s on purpose, into a later input's time.
        for marks in window.findChildren(QObject):
            if hasattr(marks, "read_delay_ms"):  # MarksController, where the tree has it
                marks.read_delay_ms = 3_600_000
        library = window.library
        counts = library.tag_counts()
        middle = next((i for i, (_t, c) in enumerate(counts) if c <= run.n // 100), 0)
        rare = [tag for tag, count in counts if 3 <= count <= 10]
        self.tags = {
            "frequent": [tag for tag, _count in counts[: 2 * repeats]],
            "middle": [tag for tag, _count in counts[middle : middle + 2 * repeats]],
            "rare": rare[:: max(1, len(rare) // (2 * repeats))][: 2 * repeats],
        }
        self.outlets = [name for name, _count in library.source_counts() if name][: 2 * repeats]

    def _settle(self) -> None:
        """Run the event loop until the window is idle (untimed)."""
        self._run.idle.wait(time.perf_counter())

    def measure(self, kind: str, step: Step) -> None:
        """Time one input to the list painted and to idle, after its untimed preparation."""
        prepare, act = step
        run = self._run
        self._settle()
        prepare()
        run.paint.painted_at = None
        start = time.perf_counter()
        act()
        settled = run.idle.wait(time.perf_counter())
        record = self.times.setdefault(kind, {"painted": [], "idle": [], "unpainted": []})
        painted = run.paint.painted_at
        record["unpainted" if painted is None else "painted"].append((painted or settled) - start)
        record["idle"].append(settled - start)

    def tag(self, name: str, outlet: bool = False) -> Step:
        """Click a tag in the sidebar (or an outlet in its facet), scrolled to it first."""
        view = self._outlets if outlet else self._tags
        models = self._run.controller
        name_of = models.source_model.source if outlet else models.tag_model.tag
        center: list[QPoint] = []

        def prepare() -> None:
            rows = range(view.model().rowCount())
            index = view.model().index(next(r for r in rows if name_of(r) == name), 0)
            view.scrollTo(index)
            self._settle()
            center[:] = [view.visualRect(index).center()]

        def act() -> None:
            QTest.mouseClick(view.viewport(), _LEFT, _NONE, center[0])

        return prepare, act

    def drag(self, repeat: int) -> Step:
        """Drag across a tenth of the timeline's bars; timed from the button's release."""
        view = self._timeline
        end: list[QPoint] = []

        def prepare() -> None:
            bars = view.bar_count()
            first = bars * (repeat % self._repeats + 1) // (self._repeats + 2)
            end[:] = [view.bar_center(min(bars - 1, first + max(1, bars // 10)))]
            QTest.mousePress(view, _LEFT, _NONE, view.bar_center(first))
            QTest.mouseMove(view, end[0])
            self._settle()

        return prepare, lambda: QTest.mouseRelease(view, _LEFT, _NONE, end[0])

    def _key(self, text: str) -> None:
        """Type one character into the search box."""
        # QTest.keyClicks sends Latin-1 only (an Arabic letter aborts in qasciikey.cpp).
        QTest.sendKeyEvent(QTest.KeyAction.Click, self._box, Qt.Key.Key_unknown, text, _NONE)

    def typed(self, word: str) -> Step:
        """Type word letter by letter into the search box; timed from the last key."""

        def prepare() -> None:
            QTest.mouseClick(self._box, _LEFT)
            self._settle()
            for letter in word[:-1]:
                self._key(letter)
                self._run.app.processEvents()  # each key's own repaint, as between keystrokes

        return prepare, lambda: self._key(word[-1])

    def pasted(self, text: str) -> Step:
        """Paste text into the search box with Ctrl+V, then press Enter."""

        def prepare() -> None:
            QTest.mouseClick(self._box, _LEFT)
            QGuiApplication.clipboard().setText(text)
            self._settle()

        def act() -> None:
            QTest.keyClick(self._box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(self._box, Qt.Key.Key_Return)

        return prepare, act

    def inputs(self, repeat: int) -> list[tuple[str, Step]]:
        """Return one repeat's inputs, each with its clear (other tags, outlets, words each)."""
        steps: list[tuple[str, Step]] = []
        clear_all: Step = (lambda: None, lambda: QTest.mouseClick(self._clear_button, _LEFT))
        for kind, tags in self.tags.items():
            tag = tags[repeat % len(tags)]
            steps += [
                (f"tag click, {kind}", self.tag(tag)),
                ("tag clicked again (off)", self.tag(tag)),
            ]
        for step in (
            ("outlet click", self.tag(self.outlets[repeat % len(self.outlets)], outlet=True)),
            ("date range (drag on the timeline)", self.drag(repeat)),
            ("search typed (last key; debounce in)", self.typed(TYPED[repeat % len(TYPED)])),
            ("search pasted (Ctrl+V, Enter)", self.pasted(PASTED[repeat % len(PASTED)])),
        ):
            steps += [step, ("Clear all (button)", clear_all)]
        return steps

    def profile(self, kind: str) -> list[tuple[float, float, float, str]]:
        """Profile the inputs whose name starts with kind in repeats more rounds, to idle."""
        profiler = cProfile.Profile()
        runs = 0
        for repeat in range(self._repeats, 2 * self._repeats):  # tags and words not used yet
            for name, (prepare, act) in self.inputs(repeat):
                self._settle()
                prepare()
                if name.startswith(kind):
                    runs += 1
                    profiler.enable()
                act()
                self._settle()
                profiler.disable()
        stats = pstats.Stats(profiler, stream=io.StringIO()).stats  # type: ignore[attr-defined]
        root = str(Path(reader.__file__).parent.parent) + os.sep
        # Qt's own work (painting, layout) shows as the own time of the calls into PySide6.
        return sorted(
            ((cum / runs, own / runs, calls / runs, f"{file.removeprefix(root)}:{line}({name})")
             for (file, line, name), (_cc, calls, own, cum, _callers) in stats.items()
             if file.startswith(root + "reader") or "PySide6" in name),
            reverse=True,
        )[:30]  # fmt: skip


def main() -> None:
    """Run one mode (argv: domain|first|reopen folder n spawned settings repeats [profile])."""
    mode, folder, n, spawned, settings, repeats, *profile = sys.argv[1:]
    result: Record
    if mode == "domain":
        result = domain_load(Path(folder), int(n))
    else:
        run = WindowRun(Path(folder), int(n), float(spawned), Path(settings))
        gc.collect()
        result = {"marks": run.marks, "rss": rss(), "rss_base": run.rss_base}
        if mode == "reopen":
            driver = InputDriver(run, int(repeats))
            for repeat in range(int(repeats)):
                for kind, step in driver.inputs(repeat):
                    driver.measure(kind, step)
            result["inputs"] = driver.times
            result["debounce_ms"] = getattr(search_box, "DEBOUNCE_MS", None)
            if profile:
                result["profile"] = driver.profile(profile[0])
        run.window.close()  # as a reader does: its threads stop
        run.app.processEvents()
    result["reader"] = str(Path(reader.__file__).parent)
    print("RESULT " + json.dumps(result), flush=True)
