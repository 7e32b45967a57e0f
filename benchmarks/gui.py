"""The GUI section of the benchmark: tag clicks in the real window, and a proxy-model baseline."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from typing_extensions import override

from benchmarks.run import Bench, percentile

if TYPE_CHECKING:
    from reader.widgets.main_window import MainWindow

_PROXY_REPEATS = 3
# The timer whose lateness tells how long the window's event loop was kept from running.
_TICK_MS = 50


def _wait_for_load(window: MainWindow) -> float:
    """Show the window, run the event loop until loadFinished; return the seconds it took."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.loadFinished.connect(loop.quit)
    QTimer.singleShot(3_600_000, loop.quit)
    start = time.perf_counter()
    window.show()
    loop.exec()
    return time.perf_counter() - start


# Run in a fresh process: from interpreter start to the window on screen, loading under way.
_SHOW_SCRIPT = """
import time
start = time.perf_counter()
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from reader.app import create_application, create_window
if __name__ == "__main__":
    app = create_application(["benchmark"])
    settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
    window = create_window(Path(sys.argv[1]), settings=settings)
    window.show()
    app.processEvents()
    print(time.perf_counter() - start)
    window.close()
"""


def measure_window_shown(bench: Bench) -> None:
    """Time from a new process's start to the main window shown on the folder."""
    times = []
    with tempfile.TemporaryDirectory() as config:
        script = Path(config) / "show.py"
        script.write_text(_SHOW_SCRIPT, encoding="utf-8")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for _ in range(max(3, bench.repeats)):
            result = subprocess.run(
                [sys.executable, str(script), str(bench.folder), str(Path(config) / "s.ini")],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            times.append(float(result.stdout.split()[-1]))
    bench.add("window shown after start (new process)", percentile(times, 0.5), "< 1 s", False)


def measure_window(bench: Bench) -> None:
    """Tag click to updated list in the real widgets (warm cache), and the proxy baseline."""
    measure_window_shown(bench)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import (
        QEvent,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QSettings,
        QSortFilterProxyModel,
    )
    from PySide6.QtWidgets import QApplication, QTableView

    from reader.app import create_application, create_window
    from reader.widgets.article_delegate import ArticleDelegate

    app = create_application(["benchmark"])
    with tempfile.TemporaryDirectory() as config:
        settings = QSettings(str(Path(config) / "bench.ini"), QSettings.Format.IniFormat)
        window = create_window(bench.folder, settings=settings)
        window.resize(1400, 860)
        bench.add("window: warm open to all listed (real widgets)", _wait_for_load(window))
        controller = window.query_controller
        counts = window.library.tag_counts()
        frequent = [tag for tag, _ in counts[:3]]
        rare = [tag for tag, count in counts if 3 <= count <= 10][:3]
        found = window.findChild(QTableView, "articleList")
        assert found is not None
        article_list: QTableView = found

        class PaintClock(QObject):
            """Notes when the article list has finished its first paint after arm()."""

            def __init__(self) -> None:
                super().__init__()
                self.painted_at: float | None = None
                self._armed = False
                article_list.viewport().installEventFilter(self)

            def arm(self) -> None:
                self._armed = True
                self.painted_at = None

            @override
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if self._armed and event.type() == QEvent.Type.Paint:
                    self._armed = False
                    article_list.viewportEvent(event)  # paint now, to know when it ends
                    self.painted_at = time.perf_counter()
                    return True
                return False

        clock = PaintClock()
        listed: dict[str, list[float]] = {"frequent": [], "rare": [], "clear": []}
        settled: list[float] = []

        library = window.library
        remembered: list[float] = []

        def click(tag: str, kind: str, *, fresh: bool = True) -> None:
            if fresh:
                # Time the work, not the memo of an earlier click, nor the rows' lines laid
                # out when they were last shown (a new delegate has none).
                library.forget_results()
                used = article_list.itemDelegate()
                article_list.setItemDelegate(ArticleDelegate(article_list))
                used.deleteLater()
                app.processEvents()
            clock.arm()
            start = time.perf_counter()
            controller.toggle_include(tag)
            # The list is painted first; the sidebar counts and the pane follow on the event
            # loop's next turn.
            app.processEvents()
            app.processEvents()
            end = time.perf_counter()
            if fresh:
                listed[kind].append((clock.painted_at or end) - start)
                settled.append(end - start)
            else:
                remembered.append((clock.painted_at or end) - start)

        for _ in range(max(5, bench.repeats)):
            for kind, tags in (("frequent", frequent), ("rare", rare)):
                for tag in tags:
                    click(tag, kind)
                    click(tag, "clear")
                    click(tag, kind, fresh=False)  # back and forth: the listings are remembered
                    click(tag, "clear", fresh=False)
        every = [t for values in listed.values() for t in values]
        bench.add("window: tag click to list painted p50", percentile(every, 0.5), vs_floor=False)
        bench.add(
            "window: tag click to list painted p95", percentile(every, 0.95), "<= 16 ms", False
        )
        for kind, values in listed.items():
            bench.add(f"  {kind} p95", percentile(values, 0.95), vs_floor=False)
        bench.add(
            "window: tag click to counts and pane updated p50",
            percentile(settled, 0.5),
            vs_floor=False,
        )
        bench.add("  p95", percentile(settled, 0.95), vs_floor=False)
        bench.add(
            "window: the same clicks again (listings remembered), to list painted p95",
            percentile(remembered, 0.95),
            vs_floor=False,
        )

        tag = frequent[0]
        source = window.query_controller.article_model

        class TagProxy(QSortFilterProxyModel):
            """The baseline: a proxy whose Python filterAcceptsRow tests one tag per row."""

            @override
            def filterAcceptsRow(
                self, row: int, parent: QModelIndex | QPersistentModelIndex
            ) -> bool:
                return tag in library.row(source.article_id(row)).tags

        view = QTableView()
        proxy = TagProxy()
        proxy.setSourceModel(source)
        view.setModel(proxy)
        times: list[float] = []
        for _ in range(_PROXY_REPEATS):
            start = time.perf_counter()
            proxy.invalidate()
            app.processEvents()
            times.append(time.perf_counter() - start)
        bench.add(
            "baseline: QSortFilterProxyModel, Python filterAcceptsRow",
            percentile(times, 0.5),
            vs_floor=False,
        )
        ratio = percentile(times, 0.5) / max(percentile(every, 0.5), 1e-9)
        bench.rows[-1].ratio = f"{ratio:.0f} x window tag click to list p50"
        view.deleteLater()
        window.close()
    QApplication.processEvents()


def measure_window_cold_load(bench: Bench) -> None:
    """A cold load in the real window: to all rows listed, to its end, and how late a 50 ms
    timer of the window ran meanwhile (the window's stalls while both cores parse)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from reader.app import create_application, create_window

    app = create_application(["benchmark"])
    cache_home = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory() as config, tempfile.TemporaryDirectory() as cold:
        os.environ["XDG_CACHE_HOME"] = cold  # an empty cache: a cold load
        settings = QSettings(str(Path(config) / "bench.ini"), QSettings.Format.IniFormat)
        start = time.perf_counter()
        window = create_window(bench.folder, settings=settings)
        window.resize(1400, 860)
        model = window.query_controller.article_model
        lateness: list[float] = []
        listed: list[float] = []
        last = time.perf_counter()

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            lateness.append(max(0.0, now - last - _TICK_MS / 1000))
            last = now
            if not listed and model.rowCount() >= bench.n:
                listed.append(now - start)

        timer = QTimer()
        timer.setInterval(_TICK_MS)
        timer.timeout.connect(tick)
        timer.start()
        loop = QEventLoop()
        window.loadFinished.connect(loop.quit)
        window.show()
        loop.exec()
        finished = time.perf_counter() - start
        timer.stop()
        window.close()
        app.processEvents()
    if cache_home is not None:
        os.environ["XDG_CACHE_HOME"] = cache_home
    bench.add("window cold load: all rows listed", listed[0] if listed else finished)
    bench.add("window cold load: load finished", finished)
    for name, fraction in (("p50", 0.5), ("p95", 0.95), ("max", 1.0)):
        bench.add(
            f"  window's lateness during it (50 ms timer) {name}",
            percentile(lateness, fraction),
            vs_floor=False,
        )
