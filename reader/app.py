"""Start-up: build the application (direction, fonts, translations), the session and the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from reader.domain.text.parser import read_article
from reader.models.file_paths import path_in_text
from reader.models.folder_session import FolderSession
from reader.models.folder_watcher import FolderWatcher
from reader.models.library_loader import LibraryLoader
from reader.models.settings_store import LANGUAGES, SettingsStore
from reader.start import Start, StartNote, choose_start
from reader.widgets.main_window import MainWindow

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_FOLDER = RESOURCES / "sample"
ORGANIZATION = "ArabicNewsReader"
APPLICATION = "arabic-news-reader"
# Qt's raster engine splits a large fill among a pool of threads and waits for them: their
# wake-ups cost more than the fills of a window's widgets (benchmarks/README.md).
_NO_PAINT_THREADS = ("QT_NO_GUI_THREADPOOL", "1")
# Seconds a thread holds the interpreter lock before another one waiting gets it.
_SWITCH_INTERVAL = 0.001
UI_FONT_FAMILY = "Noto Naskh Arabic"
# Arabic script needs a larger size than Latin to read as easily.
UI_MIN_POINT_SIZE = 10.5


def _argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arabic-news-reader",
        description="A desktop reader for folders of scraped Arabic news articles.",
    )
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        help="folder of article files (*.txt, searched recursively), or one article file to open"
        " in its folder; the folder opened last if omitted (the bundled sample the first time)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language (default: the one chosen in the View menu, else Arabic)",
    )
    return parser


def create_application(argv: Sequence[str]) -> QApplication:
    """Build the QApplication as main() does: names, fonts, UI language and its direction.

    argv is the whole command line, program name first, as QApplication takes it; an
    application that already exists is configured in place.
    """
    options, _qt_arguments = _argument_parser().parse_known_args(list(argv[1:]))
    os.environ.setdefault(*_NO_PAINT_THREADS)  # read by Qt at its first paint
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    # The window's many short calls into Python (a paint asks for a hundred cells) each wait
    # for the interpreter lock while the loader's thread computes: 5 ms each by default
    # stopped the window for 0.4 s at the end of a large load; 1 ms keeps it under 0.2 s.
    sys.setswitchinterval(_SWITCH_INTERVAL)
    _register_fonts(app)
    language = options.lang or SettingsStore(QSettings()).language()
    _install_language(app, language)
    return app


def create_window(path: Path | None = None, *, settings: QSettings | None = None) -> MainWindow:
    """Return the main window, not yet shown, loading what choose_start picks for path (a
    folder or an article file; None: the folder opened last, else the bundled sample)."""
    store = SettingsStore(settings if settings is not None else QSettings())
    window = _build_window(store)
    _open(window, choose_start(path, store.last_folder(), SAMPLE_FOLDER))
    return window


def main(argv: Sequence[str] | None = None) -> int:
    """Run the reader: argv is the arguments after the program name (sys.argv's by default)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    options = _argument_parser().parse_args(arguments)
    app = create_application([sys.argv[0] if sys.argv else APPLICATION, *arguments])
    store = SettingsStore(QSettings())
    window = _build_window(store)
    window.show()
    start = choose_start(options.folder, store.last_folder(), SAMPLE_FOLDER)
    if start.note is StartNote.MISSING_PATH:
        print(f"{APPLICATION}: no such file or folder: {start.noted}", file=sys.stderr)
    _open(window, start)
    return app.exec()


def _open(window: MainWindow, start: Start) -> None:
    """Open the start's folder in the window, say what its note says, and show its article
    once the folder is listed."""
    window.load_folder(start.folder, remember=start.remember)
    translate = QCoreApplication.translate
    if start.note is StartNote.LAST_FOLDER_GONE and start.noted is not None:
        window.statusBar().showMessage(
            translate("Startup", "لم يعد المجلد الأخير {0} موجودًا، فعُرضت المقالات المرفقة").format(
                path_in_text(str(start.noted))
            )
        )
    if start.article is not None:
        wanted = str(start.article)

        def show_article() -> None:
            window.loadFinished.disconnect(show_article)
            article_id = window.library.find_path(wanted)
            if article_id is None:
                text = translate("Startup", "تعذر فتح الملف {0} مقالًا")
                window.statusBar().showMessage(text.format(path_in_text(wanted)))
            elif not window.article_list.select_article(article_id):
                window.reading_column.show_article_id(article_id)

        window.loadFinished.connect(show_article)


def _build_window(store: SettingsStore) -> MainWindow:
    """Return a main window over a new folder session and the given settings."""
    language = "ar" if QLocale().language() == QLocale.Language.Arabic else "en"
    return MainWindow(FolderSession(LibraryLoader(read_article), FolderWatcher()), store, language)


def _register_fonts(app: QApplication) -> None:
    """Register the bundled fonts, and use the Arabic one for the interface too."""
    families: set[str] = set()
    for font_file in sorted((RESOURCES / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if UI_FONT_FAMILY in families:
        font = QFont(app.font())
        # Latin text falls back to the platform's own font.
        font.setFamilies([UI_FONT_FAMILY, app.font().family()])
        font.setPointSizeF(max(font.pointSizeF(), UI_MIN_POINT_SIZE))
        app.setFont(font)


def _install_language(app: QApplication, language: str) -> None:
    """Set the locale, layout direction and translators for the UI language."""
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        direction = Qt.LayoutDirection.LeftToRight
    else:
        # Egyptian Arabic writes numbers with Arabic-Indic digits and the ٬ separator.
        locale = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
        direction = Qt.LayoutDirection.RightToLeft
    QLocale.setDefault(locale)
    app.setLayoutDirection(direction)
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_translations),
        (f"reader_{language}", str(RESOURCES / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
