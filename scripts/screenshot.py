"""Render the main window on the bundled sample, offscreen, into docs/screenshot.png."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEMO_TAG = "الصين"
DEMO_SEARCH = "التعاون"


def main(argv: list[str] | None = None) -> int:
    """Open the window on the sample with fresh settings, wait for the load, and save a PNG."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--lang", choices=("ar", "en"), default="ar")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument(
        "--folder", type=Path, help="the folder to open (default: the bundled sample)"
    )
    parser.add_argument(
        "--plain", action="store_true", help="no filter: the window as it opens, unfiltered"
    )
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from reader.app import SAMPLE_FOLDER, create_application, create_window

    with tempfile.TemporaryDirectory() as config:
        # Fresh settings: the picture must not depend on the user's remembered state.
        os.environ["XDG_CONFIG_HOME"] = config
        app = create_application(["screenshot", "--lang", options.lang])
        settings = QSettings(str(Path(config) / "screenshot.ini"), QSettings.Format.IniFormat)
        window = create_window(options.folder or SAMPLE_FOLDER, settings=settings)
        window.resize(options.width, options.height)
        window.show()
        loop = QEventLoop()
        window.loadFinished.connect(loop.quit)
        QTimer.singleShot(600_000, loop.quit)
        loop.exec()
        if not options.plain:
            # Show the filters at work: a tag included and a word searched and highlighted.
            library = window.library
            tags = [tag for tag, _count in library.tag_counts()]
            if tags:
                window.query_controller.include(DEMO_TAG if DEMO_TAG in tags else tags[0])
            window.query_controller.set_search(DEMO_SEARCH)
        app.processEvents()
        options.output.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(options.output))
        window.close()
    print(f"{'wrote' if saved else 'could not write'} {options.output}")
    return 0 if saved else 1


if __name__ == "__main__":
    raise SystemExit(main())
