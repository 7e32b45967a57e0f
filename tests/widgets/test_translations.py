"""The English UI: every string of the code is translated, and the built .qm is shipped."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from reader.app import RESOURCES, create_window

TRANSLATIONS = RESOURCES / "translations"
REPO = RESOURCES.parent


def sources(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """Return the messages of a .ts file by (context, source)."""
    messages = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def test_every_english_message_is_finished() -> None:
    for key, message in sources(TRANSLATIONS / "reader_en.ts").items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, key
        assert (translation.text or "").strip() or len(translation), key


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate")
def test_translation_sources_are_up_to_date(tmp_path: Path) -> None:
    code = sorted(str(path) for path in (REPO / "reader").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        ["pyside6-lupdate", "-source-language", "ar", *code, "-ts", str(fresh)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert set(sources(fresh)) == set(sources(TRANSLATIONS / "reader_en.ts")), (
        "run scripts/update_translations.sh"
    )


def test_english_and_arabic_plural_files_are_built() -> None:
    english = QTranslator()
    assert english.load(str(TRANSLATIONS / "reader_en.qm"))
    assert english.translate("WindowActions", "نسخ المقال") == "Copy Article"
    arabic = QTranslator()
    assert arabic.load(str(TRANSLATIONS / "reader_ar.qm"))
    assert arabic.translate("LibraryStatusBar", "%Ln مقال", "", 2) == "مقالان"


def test_window_speaks_english_with_the_english_translator(
    qtbot: QtBot, settings: QSettings
) -> None:
    english = QTranslator()
    assert english.load(str(TRANSLATIONS / "reader_en.qm"))
    QCoreApplication.installTranslator(english)
    try:
        window = create_window(TRANSLATIONS / "no such folder", settings=settings)
        qtbot.addWidget(window)
        copy = window.findChild(QAction, "actionCopyArticle")
        assert copy is not None
        assert copy.text() == "Copy Article"
        assert window.search_box.placeholderText() == "Search headlines, text and tags…"
    finally:
        QCoreApplication.removeTranslator(english)
