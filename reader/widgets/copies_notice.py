"""The line above the reading pane that lists the other copies of the article on show."""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from reader.domain.article import Article
from reader.domain.text.export import arabic_date
from reader.models.folder_session import FolderSession


class CopiesNotice(QLabel):
    """Lists every other copy of the article on show, its outlet and date, each a link.

    With copies grouped the story says where else it was published ("نُشر أيضًا في"); without,
    an article that has copies still says how many. Hidden when the article has none.
    """

    # The id of a copy the reader chose to open.
    copy_activated = Signal(int)

    def __init__(self, session: FolderSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copiesNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setStyleSheet(
            "QLabel { background: palette(alternate-base); border-bottom: 1px solid palette(mid);"
            " padding: 6px; }"
        )
        self.hide()
        self._session = session
        self._path: str | None = None
        self._ids: list[int] = []
        self.linkActivated.connect(self._on_link_activated)
        session.load_finished.connect(self.refresh)
        session.library_swapped.connect(self.refresh)
        session.query_controller.grouping_changed.connect(self.refresh)

    def copy_ids(self) -> list[int]:
        """Return the ids of the copies listed, in the order shown (oldest first)."""
        return list(self._ids)

    def show_article(self, article: Article | None) -> None:
        """List the copies of article (None: hide)."""
        self._path = None if article is None else article.path
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """List the copies again, from the session's library and groups as they are now."""
        library = self._session.library
        article_id = None if self._path is None else library.find_path(self._path)
        controller = self._session.query_controller
        copies = () if article_id is None else controller.copy_groups.copies(article_id)
        self._ids = list(copies)
        if not copies:
            self.clear()
            self.hide()
            return
        links = []
        for copy in copies:
            row = library.row(copy)
            outlet = row.source or self.tr("بدون مصدر")
            when = _date_text(row.published)
            label = f"{outlet} ({when})" if when else outlet
            links.append(f'<a href="{copy}">{html.escape(label)}</a>')
        if controller.grouping():
            heading = self.tr("نُشر أيضًا في:")
        else:
            heading = self.tr("لهذا المقال {0} نسخ:").format(QLocale().toString(len(copies)))
        self.setText(f"{html.escape(heading)} {'، '.join(links)}")
        self.show()

    @Slot(str)
    def _on_link_activated(self, link: str) -> None:
        self.copy_activated.emit(int(link))


def _date_text(published: date | datetime | None) -> str:
    """Return the publication day as the UI language writes it; empty when unknown."""
    if published is None:
        return ""
    day = published.date() if isinstance(published, datetime) else published
    locale = QLocale()
    if locale.language() == QLocale.Language.Arabic:
        return arabic_date(day)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
