"""The reading pane: escaping, links, highlighting, direction, zoom and the empty state."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QPalette, QTextBlock, QTextCursor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.domain.article import Article, RelatedItem
from reader.widgets.article_pane import (
    BASE_POINT_SIZE,
    HIGHLIGHT_BACKGROUND,
    MAX_SHOWN_CHARS,
    MAX_SHOWN_TAGS,
    MAX_TITLE_CHARS,
    ArticlePane,
)

ARTICLE = Article(
    path="/crawl/001.txt",
    title="الصين <b>bold</b> وروسيا",
    published=date(2023, 9, 18),
    source="بوابة الوفد",
    byline="أحمد علي",
    tags=("لافروف", "<img src=x>", "الصين وروسيا"),
    body=(
        'قال الوزير إن والصين <img src="file:///etc/passwd"> شريكان.',
        "English paragraph with <script>alert(1)</script> in it.",
        "فقرة عربية أخيرة.",
    ),
    related=(
        RelatedItem(
            title="وزير الخارجية الروسي يزور تركيا الاثنين",
            body=("أنقرة (زمان التركية) – كشفت مصادر عن الزيارة.",),
            place="أنقرة",
            source="زمان التركية",
        ),
    ),
    boilerplate=("انضم إلى قناة زمان على واتساب:",),
)


@pytest.fixture
def pane(qtbot: QtBot) -> ArticlePane:
    widget = ArticlePane()
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    return widget


def blocks(pane: ArticlePane) -> list[QTextBlock]:
    found = []
    block = pane.document().begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def block_with(pane: ArticlePane, text: str) -> QTextBlock:
    return next(block for block in blocks(pane) if text in block.text())


def highlighted_words(pane: ArticlePane) -> list[str]:
    words = []
    for block in blocks(pane):
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().background().color() == HIGHLIGHT_BACKGROUND:
                words.append(fragment.text())
            fragments += 1
    return words


def click_link(pane: ArticlePane, href: str) -> None:
    """Click the middle of the link to href, as a person would."""
    for block in blocks(pane):
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(pane.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                point = pane.cursorRect(cursor).center()
                assert pane.anchorAt(point) == href
                QTest.mouseClick(
                    pane.viewport(),
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    point,
                )
                return
            fragments += 1
    raise AssertionError(f"no link to {href}")


def hrefs(pane: ArticlePane) -> list[str]:
    return re.findall(r'href="([^"]*)"', pane.toHtml())


def test_pane_is_the_read_only_article_view(pane: ArticlePane) -> None:
    assert pane.objectName() == "articleView"
    assert pane.isReadOnly()
    assert not pane.openLinks()
    assert not pane.openExternalLinks()
    assert pane.accessibleName() == "نص المقال"


def test_empty_state_until_an_article_is_chosen(pane: ArticlePane) -> None:
    assert pane.toPlainText() == "اختر مقالاً لقراءته"
    pane.show_article(ARTICLE)
    pane.show_article(None)
    assert pane.toPlainText() == "اختر مقالاً لقراءته"
    assert pane.article is None


def test_article_text_is_shown_literally(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    text = pane.toPlainText()
    assert "الصين <b>bold</b> وروسيا" in text
    assert "<img src=x>" in text
    assert '<img src="file:///etc/passwd">' in text
    assert "<script>alert(1)</script>" in text
    content = pane.toHtml()
    assert "<img" not in content
    assert "<script" not in content
    assert "<b>" not in content


def test_article_shows_every_field_but_boilerplate(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    text = pane.toPlainText()
    for expected in (
        "الاثنين ١٨ سبتمبر ٢٠٢٣",
        "المصدر: بوابة الوفد",
        "بقلم: أحمد علي",
        "لافروف",
        "فقرة عربية أخيرة.",
        "اقرأ أيضاً",
        "وزير الخارجية الروسي يزور تركيا الاثنين",
        "أنقرة | زمان التركية",
        "كشفت مصادر عن الزيارة.",
    ):
        assert expected in text
    assert "واتساب" not in text


def test_raw_date_text_is_shown_when_the_date_is_unknown(pane: ArticlePane) -> None:
    pane.show_article(Article(path="a.txt", title="عنوان", published_text="منذ زمن بعيد"))
    assert "منذ زمن بعيد" in pane.toPlainText()


def test_untitled_article_shows_its_file_name(pane: ArticlePane) -> None:
    pane.show_article(Article(path="/crawl/007_abc.txt", body=("نص",)))
    assert pane.toPlainText().startswith("007_abc.txt")


def test_links_carry_indexes_not_text(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    assert hrefs(pane) == ["source:0", "tag:0", "tag:1", "tag:2", "related:0"]


def test_clicking_a_tag_emits_the_bare_tag(qtbot: QtBot, pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    with qtbot.waitExposed(pane):
        pane.show()
    with qtbot.waitSignal(pane.tag_activated) as blocker:
        click_link(pane, "tag:2")
    assert blocker.args == ["الصين وروسيا"]
    with qtbot.waitSignal(pane.tag_activated) as blocker:
        pane.anchorClicked.emit(QUrl(hrefs(pane)[2]))
    assert blocker.args == ["<img src=x>"]


def test_clicking_a_related_headline_emits_it(qtbot: QtBot, pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    with qtbot.waitExposed(pane):
        pane.show()
    with qtbot.waitSignal(pane.related_activated) as blocker:
        click_link(pane, "related:0")
    assert blocker.args == ["وزير الخارجية الروسي يزور تركيا الاثنين"]
    assert "وزير الخارجية الروسي" in pane.toPlainText()  # the pane did not navigate away


@pytest.mark.parametrize("href", ["tag:9", "tag:-1", "tag:x", "related:1", "file:///etc/passwd"])
def test_unknown_links_emit_nothing(qtbot: QtBot, pane: ArticlePane, href: str) -> None:
    pane.show_article(ARTICLE)
    with (
        qtbot.assertNotEmitted(pane.tag_activated),
        qtbot.assertNotEmitted(pane.related_activated),
    ):
        pane.anchorClicked.emit(QUrl(href))


def test_nothing_is_ever_fetched(pane: ArticlePane, tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<p>secret</p>", encoding="utf-8")
    url = QUrl.fromLocalFile(str(secret))
    assert pane.loadResource(2, url) is None
    pane.setSource(url)
    assert "secret" not in pane.toPlainText()


def test_search_words_are_highlighted_behind_proclitics(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE, highlight="الصين")
    # The headline, the tag "الصين وروسيا", and "والصين" in the body.
    assert highlighted_words(pane) == ["الصين", "الصين", "والصين"]
    pane.show_article(ARTICLE, highlight="")
    assert highlighted_words(pane) == []


def test_highlight_does_not_unescape_markup(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE, highlight="bold")
    assert highlighted_words(pane) == ["bold"]
    assert "الصين <b>bold</b> وروسيا" in pane.toPlainText()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]
)
def test_each_paragraph_has_its_own_direction(
    qtbot: QtBot, pane: ArticlePane, direction: Qt.LayoutDirection
) -> None:
    pane.setLayoutDirection(direction)
    pane.show_article(ARTICLE)
    with qtbot.waitExposed(pane):
        pane.show()
    english = block_with(pane, "English paragraph")
    arabic = block_with(pane, "فقرة عربية أخيرة")
    assert english.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.blockFormat().alignment() & Qt.AlignmentFlag.AlignLeft
    assert arabic.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.blockFormat().alignment() & Qt.AlignmentFlag.AlignRight
    # What the reader sees: the English line starts at the left margin, the Arabic one
    # ends at the right margin, whatever the direction of the window around them.
    width = pane.document().textWidth()
    english_line = english.layout().lineAt(0).naturalTextRect()
    arabic_line = arabic.layout().lineAt(0).naturalTextRect()
    assert english_line.left() < width / 4
    assert arabic_line.right() > width * 3 / 4


def test_zoom_changes_the_font_and_reports_the_level(qtbot: QtBot, pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    assert pane.zoom_level == 0
    assert pane.font().pointSizeF() == BASE_POINT_SIZE
    with qtbot.waitSignal(pane.zoom_changed) as blocker:
        pane.zoom_in()
    assert blocker.args == [1]
    assert pane.font().pointSizeF() == BASE_POINT_SIZE + 1
    assert block_with(pane, "فقرة عربية").charFormat().font().pointSizeF() == BASE_POINT_SIZE + 1
    pane.zoom_out()
    with qtbot.waitSignal(pane.zoom_changed) as blocker:
        pane.zoom_out()
    assert blocker.args == [-1]
    assert pane.font().pointSizeF() == BASE_POINT_SIZE - 1
    with qtbot.waitSignal(pane.zoom_changed) as blocker:
        pane.reset_zoom()
    assert blocker.args == [0]
    assert pane.font().pointSizeF() == BASE_POINT_SIZE
    with qtbot.assertNotEmitted(pane.zoom_changed):
        pane.reset_zoom()


def test_zoom_is_clamped(pane: ArticlePane) -> None:
    pane.set_zoom_level(100)
    assert pane.zoom_level == 20
    pane.zoom_in()
    assert pane.zoom_level == 20
    pane.set_zoom_level(-100)
    assert pane.zoom_level == -6
    assert pane.font().pointSizeF() == BASE_POINT_SIZE - 6


def test_headline_scales_with_zoom(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    headline = block_with(pane, "bold")
    before = headline.charFormat().font().pointSizeF()
    assert before > BASE_POINT_SIZE
    pane.set_zoom_level(4)
    assert headline.charFormat().font().pointSizeF() > before


def test_ctrl_wheel_zooms_through_the_zoom_level(qtbot: QtBot, pane: ArticlePane) -> None:
    pane.show_article(ARTICLE)
    with qtbot.waitExposed(pane):
        pane.show()
    position = QPointF(100, 100)
    wheel = QWheelEvent(
        position,
        QPointF(pane.viewport().mapToGlobal(QPoint(100, 100))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    with qtbot.waitSignal(pane.zoom_changed) as blocker:
        QApplication.sendEvent(pane.viewport(), wheel)
    assert blocker.args == [1]
    assert pane.font().pointSizeF() == BASE_POINT_SIZE + 1


def test_palette_change_recolours_the_article(pane: ArticlePane) -> None:
    pane.show_article(ARTICLE, highlight="الصين")
    light = pane.toHtml()
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    pane.setPalette(dark)
    assert pane.toHtml() != light
    assert "color:#e0e0e0" in pane.toHtml()
    assert highlighted_words(pane) == ["الصين", "الصين", "والصين"]


def test_a_huge_article_is_shown_in_part_and_says_so(pane: ArticlePane) -> None:
    huge = Article(
        path="/crawl/huge.txt",
        title="عنوان " * 1000,
        tags=tuple(f"وسم{index}" for index in range(MAX_SHOWN_TAGS + 100)),
        body=tuple("فقرة طويلة جدا. " * 2000 for _ in range(20)),
    )
    pane.show_article(huge)
    text = pane.toPlainText()
    assert text.startswith(("عنوان " * 1000)[: MAX_TITLE_CHARS - 10])
    assert len(text) < MAX_SHOWN_CHARS + 20_000
    assert "وسم0" in text
    assert f"وسم{MAX_SHOWN_TAGS - 1}" in text
    assert f"وسم{MAX_SHOWN_TAGS} " not in text
    assert "و١٠٠ وسم آخر" in text
    assert text.rstrip().endswith("«نسخ المقال» ينسخه كاملًا.")


def test_a_newer_version_keeps_the_reading_position(pane: ArticlePane) -> None:
    long = Article(path="/crawl/long.txt", title="خبر طويل", body=("فقرة من خبر طويل.",) * 200)
    pane.show_article(long)
    scroll_bar = pane.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.maximum() // 2)
    position = scroll_bar.value()
    pane.show_article(replace(long, title="خبر طويل معدل"), keep_position=True)
    assert pane.toPlainText().startswith("خبر طويل معدل")
    assert scroll_bar.value() == position
    pane.show_article(long)
    assert scroll_bar.value() == 0


def test_a_new_article_keeps_the_text_width(qtbot: QtBot, pane: ArticlePane) -> None:
    long = Article(path="a.txt", title="خبر طويل", body=tuple(f"فقرة رقم {i}." for i in range(80)))
    short = Article(path="b.txt", title="خبر قصير", body=("فقرة واحدة.",))
    pane.show()
    qtbot.waitExposed(pane)
    widths = []
    for article in (long, short, long):
        pane.show_article(article)
        QApplication.processEvents()
        widths.append(pane.viewport().width())
    # The scroll bar stays: the text is never laid out again at another width.
    assert widths[0] == widths[1] == widths[2]


def test_a_news_article_is_laid_out_before_its_first_paint(qtbot: QtBot, pane: ArticlePane) -> None:
    paragraph = "قال وزير الخارجية إن المحادثات مع الجانب الصيني تناولت ملفات التعاون. " * 4
    # Some 7,000 characters: a long news article, which Qt would lay out in pieces.
    long = Article(path="a.txt", title="خبر طويل", body=(paragraph,) * 25)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_article(long)
    first = pane.verticalScrollBar().maximum()
    # Qt would lay the rest out later, a piece at a time, and the pane would paint again.
    qtbot.wait(100)
    assert first > 0
    assert pane.verticalScrollBar().maximum() == first
