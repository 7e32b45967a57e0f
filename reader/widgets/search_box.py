"""The search field: the search syntax, applied as the user types, with its help and a note of
how an unreadable query was read."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStyle, QWidget
from typing_extensions import override

from reader.domain.text.arabic import fold
from reader.domain.text.query_syntax import ReadingNote, positive_terms, read_query

# Long enough to skip the intermediate words of a fast typist, short enough to feel live.
DEBOUNCE_MS = 150
# A word being typed at the end of the text (not an operator): searched as a prefix.
_LAST_WORD_RE = re.compile(r"(?:^|[\s(\"|:-])(\w+)$")
# The text's last run without spaces: left out when its word is too short to search yet.
_LAST_TOKEN_RE = re.compile(r"\S*$")
# Letters a word being typed needs before it is searched as a prefix, and after an ال.
MIN_TYPED_PREFIX = 3
_MIN_AFTER_ARTICLE = 2
_OPERATORS = ("OR", "AND", "NOT")


class SearchBox(QLineEdit):
    """A line edit that emits search_changed once typing pauses (the word being typed as a
    prefix), or at once, as written, on Enter or a paste."""

    search_changed = Signal(str)
    # At each key typed: what search_changed will send if the typing pauses now.
    search_expected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("البحث في المقالات"))
        self.setPlaceholderText(self.tr("ابحث في العناوين والنصوص والوسوم…"))
        self.setClearButtonEnabled(True)
        # What was last emitted, and the text as last typed (a jump in length is a paste).
        self._emitted = ""
        self._typed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        # A coarse timer may fire up to 5 % early or late (157 ms traced): the search waits for
        # the pause it says, no shorter and no longer.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)
        style = self.style()
        self.help_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion),
            self.tr("صيغة البحث"),
            self,
        )
        self.help_action.setObjectName("searchHelpAction")
        self.help_action.setShortcut(Qt.Key.Key_F1)
        self.help_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.help_action.triggered.connect(self.show_help)
        self.addAction(self.help_action, QLineEdit.ActionPosition.TrailingPosition)
        self.note_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), "", self
        )
        self.note_action.setObjectName("searchNoteAction")
        self.note_action.setVisible(False)
        self.note_action.triggered.connect(self._on_note_action_triggered)
        self.help_popup = QLabel(self, Qt.WindowType.Popup)
        self.help_popup.setObjectName("searchHelp")
        self.help_popup.setTextFormat(Qt.TextFormat.RichText)
        self.help_popup.setMargin(10)
        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self._on_return_pressed)

    def reading_note(self) -> str:
        """Return what the box says of how the query was read (empty when read as written)."""
        return self.note_action.toolTip() if self.note_action.isVisible() else ""

    @Slot(str)
    def set_search(self, text: str) -> None:
        """Show text as the search in force, without emitting it back."""
        if text == self._emitted and text != self.text():
            return  # what the box sent while typing (the last word as a prefix): keep it
        self._emitted = text
        self._timer.stop()
        if text != self.text():
            self.blockSignals(True)
            self.setText(text)
            self.blockSignals(False)
        self._show_note(text)

    @Slot()
    def show_help(self) -> None:
        """Show the search syntax, with examples, under the box."""
        self.help_popup.setText(self._help_html())
        self.help_popup.adjustSize()
        self.help_popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.help_popup.show()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F1:
            self.show_help()
            return
        super().keyPressEvent(event)

    @Slot(str)
    def _on_text_changed(self, text: str) -> None:
        self._show_note(text)
        if len(text) > len(self._typed) + 1:
            # A paste, a drop: the query is whole, search it at once.
            self._typed = text
            self._emit(text)
            return
        self._typed = text
        self._timer.start()
        expected = self._paused_query()
        if expected != self._emitted:
            self.search_expected.emit(expected)

    @Slot()
    def _on_return_pressed(self) -> None:
        self._emit(self.text())

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._emit(self._paused_query())

    def _paused_query(self) -> str:
        """Return the search the text typed so far stands for once the typing pauses."""
        text = self.text()
        last = _LAST_WORD_RE.search(text)
        if (
            last is not None
            and last.group(1) not in _OPERATORS
            and self.cursorPosition() == len(text)
        ):
            # The word is still being typed: match what it will be, so the list narrows; a
            # word too short is left out until it has more (nearly every word starts with
            # one or two letters, or with ال and one: a second of searching, no narrowing).
            if not _searchable_prefix(last.group(1)):
                text = _LAST_TOKEN_RE.sub("", text).rstrip()  # with its field, quote or "-"
            else:
                text += "*"
        return text

    @Slot()
    def _on_note_action_triggered(self) -> None:
        self.setToolTip(self.note_action.toolTip())

    def _emit(self, text: str) -> None:
        self._timer.stop()
        if text != self._emitted:
            self._emitted = text
            self.search_changed.emit(text)

    def _show_note(self, text: str) -> None:
        """Say, beside the text, how a query that cannot be read as written was read."""
        reading = read_query(text)
        if reading.note is None:
            # Taken out of the field, not only hidden: a hidden action's icon still showed.
            self.removeAction(self.note_action)
            self.note_action.setVisible(False)
            self.note_action.setToolTip("")
            self.setToolTip("")
            return
        words = "، ".join(" ".join(t.words) for t in positive_terms(reading.tree))
        note = self.tr("%1؛ قُرئ البحث كلمات عادية: %2").replace(
            "%1", self._note_reason(reading.note)
        )
        note = note.replace("%2", words)
        self.note_action.setToolTip(note)
        self.note_action.setText(note)
        if self.note_action not in self.actions():
            self.addAction(self.note_action, QLineEdit.ActionPosition.TrailingPosition)
        self.note_action.setVisible(True)
        self.setToolTip(note)

    def _note_reason(self, note: ReadingNote) -> str:
        """Return why a query was read as plain words, in the interface's language."""
        if note is ReadingNote.UNCLOSED_QUOTE:
            return self.tr("علامة اقتباس غير مغلقة")
        if note is ReadingNote.UNCLOSED_PARENTHESIS:
            return self.tr("قوس غير مغلق")
        if note is ReadingNote.UNOPENED_PARENTHESIS:
            return self.tr("قوس إغلاق بلا قوس فتح")
        return self.tr("عامل (OR أو NOT) بلا كلمة")

    def _help_html(self) -> str:
        """Return the syntax help: an example and what it finds, per row."""
        rows = [
            ("الصين روسيا", self.tr("كل الكلمات، وخلف و ف ب ك ل وال ولل (والصين، للصين)")),
            ('"وزير الخارجية"', self.tr("عبارة: الكلمات بترتيبها ومتجاورة")),
            ("الصين OR روسيا", self.tr("إحدى الكلمتين على الأقل (أو الصين | روسيا)")),
            ("الصين -روسيا", self.tr("استبعاد: بلا كلمة روسيا (أو NOT روسيا)")),
            ("(الصين OR روسيا) -مصر", self.tr("الأقواس تجمع")),
            ("مستشف*", self.tr("كل كلمة تبدأ بهذه الحروف (المستشفى، والمستشفيات)")),
            ("title:الصين", self.tr("في العنوان فقط؛ وكذلك body: و source: و tag:")),
            ('source:"اليوم السابع"', self.tr("عبارة في المصدر")),
            ("عنوان: نص: مصدر: وسم:", self.tr("أسماء الحقول بالعربية")),
        ]
        cells = "".join(
            f"<tr><td><b>{html.escape(example)}</b></td>"
            f"<td>&nbsp;&nbsp;{html.escape(meaning)}</td></tr>"
            for example, meaning in rows
        )
        notes = [
            self.tr(
                "تُطابق الكلمة التي تكتبها كبادئة بعد حروفها الأولى حتى تُكملها؛"
                " Enter يبحث بها كما كُتبت."
            ),
            self.tr("استعلام لا يُقرأ (علامة اقتباس أو قوس غير مغلق) يُقرأ كلمات عادية."),
        ]
        paragraphs = "".join(f"<p>{html.escape(note)}</p>" for note in notes)
        return f"<b>{html.escape(self.tr('صيغة البحث'))}</b><table>{cells}</table>{paragraphs}"


def _searchable_prefix(word: str) -> bool:
    """Tell whether a word being typed has letters enough to be searched as a prefix."""
    folded = fold(word)
    stem = folded[2:] if folded.startswith("ال") else folded
    return len(folded) >= MIN_TYPED_PREFIX and len(stem) >= _MIN_AFTER_ARTICLE
