"""The main window: tag sidebar and article list on the reading side, the article pane beside."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.batches import LoadBatch
from reader.domain.library.library import Library, SortOrder, TagMode
from reader.domain.text.export import articles_html, articles_plain_text, articles_visual_text
from reader.models.deferred_call import DeferredCall
from reader.models.file_paths import display_path, path_in_text
from reader.models.folder_watcher import FolderWatcher
from reader.models.library_filter import LibraryFilter
from reader.models.library_loader import LibraryLoader
from reader.models.settings_store import SettingsStore
from reader.widgets.article_list_view import ArticleListView
from reader.widgets.article_pane import ArticlePane
from reader.widgets.filter_chips_bar import FilterChipsBar
from reader.widgets.library_status_bar import LibraryStatusBar
from reader.widgets.problems_dialog import ProblemsDialog
from reader.widgets.search_box import SearchBox
from reader.widgets.shortcuts_dialog import ShortcutsDialog
from reader.widgets.tag_sidebar import TagSidebar

# While loading, the list is refreshed at most this often; its first rows, and every file once
# all are listed, show at once.
_REFRESH_MS = 250
# During a load, the wait between list refreshes is this many times what the last one took.
_REFRESH_SPACING = 9
_STATUS_MS = 5000


class MainWindow(QMainWindow):
    """The reader's window; loadFinished is emitted once every file of a folder is listed.

    While a folder is open it is watched: a change is read again in the background into a
    new library, which then replaces the old one in a single step, keeping the filter, the
    order, the article on show and the scroll position (library_reloaded says when).
    """

    loadFinished = Signal()  # noqa: N815  (the automation seam's name)
    library_reloaded = Signal()

    def __init__(
        self,
        loader: LibraryLoader,
        settings: SettingsStore,
        language: str = "ar",
        parent: QWidget | None = None,
        *,
        watcher: FolderWatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._language = language
        self._folder: Path | None = None
        self._shown: tuple[Article | None, str] = (None, "")
        self._loader = loader
        loader.setParent(self)
        self._watcher = watcher if watcher is not None else FolderWatcher()
        self._watcher.setParent(self)
        # A reload fills this library out of sight; None while the shown one is being filled.
        self._reloading: Library | None = None
        self._reload_wanted = False
        # Whether the list has shown every file of the load under way (headlines at least).
        self._all_listed = False
        # True while the list is reset onto a new library: its selection signals are not
        # the reader's doing, and the pane is settled afterwards.
        self._swapping = False
        self._notice_path: str | None = None
        # True while the listed articles are still being read in full (a first load), and
        # the last (shown, total) of the filter: what the empty list and the count say.
        self._reading = False
        self._results = (0, 0)
        self._filter = LibraryFilter(Library(), self)
        self._filter.set_sort_order(settings.sort_order())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(_REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._pane_follow = DeferredCall(self)
        self._pane_follow.due.connect(self._show_article_of_list)

        self.sidebar = TagSidebar(self._filter.tag_model)
        self.search_box = SearchBox()
        self.chips_bar = FilterChipsBar()
        self.article_list = ArticleListView(self._filter.article_model)
        self.article_list.painted.connect(self._filter.list_painted)
        self.pane = ArticlePane()
        self.pane_notice = QLabel()
        self.pane_notice.setObjectName("paneNotice")
        self.pane_notice.setWordWrap(True)
        self.pane_notice.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " padding: 6px; }"
        )
        self.pane_notice.hide()
        self.status = LibraryStatusBar()
        self.setStatusBar(self.status)
        self._build_layout()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect()

        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("قارئ الأخبار العربية"))
        self.pane.set_zoom_level(settings.zoom())
        if not self.restoreGeometry(settings.geometry()):
            self.resize(1280, 800)
        self.restoreState(settings.window_state())
        if not self._splitter.restoreState(settings.splitter_state()):
            self._splitter.setSizes([250, 430, 600])
        self.status.set_counts(0, 0)
        self._report_settings_damage()
        # Reading starts in the list: j/k and the arrows work at once.
        self.article_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def library(self) -> Library:
        """The library on show."""
        return self._filter.library

    @property
    def library_filter(self) -> LibraryFilter:
        """The query in force and the models it drives."""
        return self._filter

    @property
    def folder(self) -> Path | None:
        """The folder loaded last."""
        return self._folder

    @property
    def watcher(self) -> FolderWatcher:
        """What tells the window that the folder changed."""
        return self._watcher

    def load_folder(self, folder: Path, *, remember: bool = True) -> None:
        """Start loading folder in the background; the list fills as files are parsed."""
        self._folder = folder
        self._refresh_timer.stop()
        self._reload_wanted = False
        self._all_listed = False
        self._set_pane_notice(None)
        # The loader stops using the old caches before they are closed.
        self._loader.shutdown()
        if self._reloading is not None:
            self._reloading.cache.close()
        self._reloading = None
        old = self._filter.library
        library = self._loader.open_library(folder)
        self._filter.set_library(library)
        old.cache.close()
        self.search_box.set_search("")
        self.status.set_problem_count(0)
        self.status.set_warning_count(0)
        self.status.set_loading(True)
        self._set_reading(True)
        name = display_path(folder.name or str(folder))
        self.setWindowTitle(self.tr("قارئ الأخبار العربية — {0}").format(name))
        if remember:
            self._settings.add_recent_folder(folder)
        # Watched first: a change made while the files are read is then seen, and read again.
        self._watcher.watch(folder)
        self.status.set_missing_folder(None if self._watcher.folder_exists() else str(folder))
        self._loader.start(folder, library.cache)

    @Slot()
    def reload(self) -> None:
        """Read the folder again in the background; the list changes once all of it is read."""
        folder = self._folder
        if folder is None:
            return
        if self._loader.is_running():
            self._reload_wanted = True
            return
        if not self._watcher.folder_exists():
            self._on_folder_missing()
            return
        self._reloading = self._loader.open_library(folder)
        self.status.set_loading(True)
        self._loader.start(folder, self._reloading.cache)

    @Slot()
    def clear_filters(self) -> None:
        """Drop every tag filter, the search and the tag filter text."""
        self.sidebar.filter_box.clear()
        self.search_box.set_search("")
        self._filter.clear()

    def _build_layout(self) -> None:
        middle = QWidget()
        middle.setObjectName("articleColumn")
        column = QVBoxLayout(middle)
        column.setContentsMargins(6, 6, 6, 0)
        column.setSpacing(6)
        column.addWidget(self.search_box)
        column.addWidget(self.chips_bar)
        column.addWidget(self.article_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setAccessibleName(self.tr("أجزاء النافذة"))
        splitter.setChildrenCollapsible(False)
        # In a right-to-left layout the first widget sits on the right.
        splitter.addWidget(self.sidebar)
        splitter.addWidget(middle)
        reading = QWidget()
        reading.setObjectName("readingColumn")
        reading_column = QVBoxLayout(reading)
        reading_column.setContentsMargins(0, 0, 0, 0)
        reading_column.setSpacing(0)
        reading_column.addWidget(self.pane_notice)
        reading_column.addWidget(self.pane, 1)
        splitter.addWidget(reading)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 2)
        self._splitter = splitter
        self.setCentralWidget(splitter)

    def _action(
        self,
        name: str,
        text: str,
        slot: object,
        shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = (),
        icon: QIcon.ThemeIcon | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
        if icon is not None:
            action.setIcon(QIcon.fromTheme(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        theme = QIcon.ThemeIcon
        self.action_open = self._action(
            "actionOpenFolder",
            self.tr("فتح مجلد…"),
            self._on_open_triggered,
            (QKeySequence.StandardKey.Open,),
            theme.DocumentOpen,
        )
        self.action_reload = self._action(
            "actionReload",
            self.tr("إعادة قراءة المجلد"),
            self.reload,
            ("F5",),
            theme.ViewRefresh,
        )
        self.action_reload.setToolTip(
            self.tr("قراءة المجلد من جديد (F5)؛ تُحدَّث القائمة وحدها حين تتغير الملفات")
        )
        self.action_quit = self._action(
            "actionQuit", self.tr("خروج"), self.close, ("Ctrl+Q",), theme.ApplicationExit
        )
        self.action_copy = self._action(
            "actionCopy",
            self.tr("نسخ"),
            self._on_copy_triggered,
            (QKeySequence.StandardKey.Copy,),
            theme.EditCopy,
        )
        self.action_copy_article = self._action(
            "actionCopyArticle",
            self.tr("نسخ المقال"),
            self._on_copy_article_triggered,
            ("Ctrl+Shift+C",),
            theme.EditCopy,
        )
        self.action_copy_article.setToolTip(
            self.tr("نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)")
        )
        self.action_copy_visual = self._action(
            "actionCopyVisual",
            self.tr("نسخ لبرامج لا تدعم العربية"),
            self._on_copy_visual_triggered,
            ("Ctrl+Alt+C",),
        )
        self.action_copy_visual.setToolTip(
            self.tr(
                "نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية (Ctrl+Alt+C)"
            )
        )
        self.action_find = self._action(
            "actionFind",
            self.tr("بحث"),
            self._on_find_triggered,
            (QKeySequence.StandardKey.Find,),
            theme.EditFind,
        )
        self.action_clear_filters = self._action(
            "actionClearFilters",
            self.tr("مسح التصفية والبحث"),
            self.clear_filters,
            ("Esc",),
            theme.EditClear,
        )
        self.action_focus_tags = self._action(
            "actionFocusTags", self.tr("تصفية الوسوم"), self.sidebar.focus_filter, ("Ctrl+T",)
        )
        self.action_focus_list = self._action(
            "actionFocusList", self.tr("قائمة المقالات"), self._on_focus_list_triggered, ("Ctrl+L",)
        )
        self.action_focus_pane = self._action(
            "actionFocusPane", self.tr("نص المقال"), self._on_focus_pane_triggered, ("Ctrl+R",)
        )
        self.action_zoom_in = self._action(
            "actionZoomIn",
            self.tr("تكبير النص"),
            self.pane.zoom_in,
            ("Ctrl+=", QKeySequence.StandardKey.ZoomIn),
            theme.ZoomIn,
        )
        self.action_zoom_out = self._action(
            "actionZoomOut",
            self.tr("تصغير النص"),
            self.pane.zoom_out,
            (QKeySequence.StandardKey.ZoomOut,),
            theme.ZoomOut,
        )
        self.action_zoom_reset = self._action(
            "actionZoomReset",
            self.tr("الحجم الأصلي للنص"),
            self.pane.reset_zoom,
            ("Ctrl+0",),
            theme.ZoomFitBest,
        )
        self.action_shortcuts = self._action(
            "actionShortcuts",
            self.tr("اختصارات لوحة المفاتيح"),
            self._on_shortcuts_triggered,
            ("F1",),
            theme.HelpAbout,
        )
        self.action_about = self._action(
            "actionAbout", self.tr("عن البرنامج"), self._on_about_triggered
        )

        self._sort_group = QActionGroup(self)
        self._sort_actions: dict[SortOrder, QAction] = {}
        for order, text in (
            (SortOrder.NEWEST, self.tr("الأحدث أولًا")),
            (SortOrder.OLDEST, self.tr("الأقدم أولًا")),
            (SortOrder.TITLE, self.tr("حسب العنوان")),
            (SortOrder.SOURCE, self.tr("حسب المصدر")),
        ):
            action = QAction(text, self._sort_group)
            action.setObjectName(f"actionSort{order.value.title()}")
            action.setCheckable(True)
            action.setChecked(order is self._filter.sort_order())
            action.setData(order.value)
            self._sort_actions[order] = action
        self._sort_group.triggered.connect(self._on_sort_group_triggered)

        self._language_group = QActionGroup(self)
        for code, text in (("ar", "العربية"), ("en", "English")):
            action = QAction(text, self._language_group)
            action.setObjectName(f"actionLanguage{code.title()}")
            action.setCheckable(True)
            action.setChecked(code == self._language)
            action.setData(code)
        self._language_group.triggered.connect(self._on_language_group_triggered)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("ملف"))
        file_menu.addAction(self.action_open)
        file_menu.addAction(self.action_reload)
        self.recent_menu = file_menu.addMenu(self.tr("المجلدات الأخيرة"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        edit_menu = bar.addMenu(self.tr("تحرير"))
        edit_menu.addAction(self.action_copy)
        edit_menu.addAction(self.action_copy_article)
        edit_menu.addAction(self.action_copy_visual)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        edit_menu.addAction(self.action_clear_filters)

        view_menu = bar.addMenu(self.tr("عرض"))
        sort_menu = view_menu.addMenu(self.tr("ترتيب المقالات"))
        sort_menu.addActions(self._sort_group.actions())
        view_menu.addSeparator()
        view_menu.addAction(self.action_zoom_in)
        view_menu.addAction(self.action_zoom_out)
        view_menu.addAction(self.action_zoom_reset)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("لغة الواجهة"))
        language_menu.addActions(self._language_group.actions())

        go_menu = bar.addMenu(self.tr("انتقال"))
        go_menu.addAction(self.action_find)
        go_menu.addAction(self.action_focus_tags)
        go_menu.addAction(self.action_focus_list)
        go_menu.addAction(self.action_focus_pane)

        help_menu = bar.addMenu(self.tr("مساعدة"))
        help_menu.addAction(self.action_shortcuts)
        help_menu.addAction(self.action_about)

        self.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.article_list.addAction(self.action_copy_article)
        self.article_list.addAction(self.action_copy_visual)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("شريط الأدوات"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName(self.tr("شريط الأدوات"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.action_open)
        toolbar.addAction(self.action_reload)
        toolbar.addSeparator()
        toolbar.addAction(self.action_copy_article)
        toolbar.addAction(self.action_copy_visual)
        toolbar.addSeparator()
        toolbar.addAction(self.action_zoom_out)
        toolbar.addAction(self.action_zoom_in)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _connect(self) -> None:
        loader = self._loader
        loader.batch_loaded.connect(self._on_loader_batch_loaded)
        loader.problem_found.connect(self._on_loader_problem_found)
        loader.progress_changed.connect(self.status.set_progress)
        loader.finished.connect(self._on_loader_finished)
        loader.cancelled.connect(self._on_loader_cancelled)
        self.status.cancel_clicked.connect(loader.cancel)
        self.status.problems_clicked.connect(self._on_status_problems_clicked)
        self.status.warnings_clicked.connect(self._on_status_warnings_clicked)
        self._watcher.folder_changed.connect(self._on_watcher_folder_changed)
        self._filter.results_changed.connect(self.status.set_counts)
        self._filter.results_changed.connect(self._on_filter_results_changed)
        self._filter.query_changed.connect(self._on_filter_query_changed)
        self.sidebar.include_toggled.connect(self._filter.toggle_include)
        self.sidebar.exclude_toggled.connect(self._filter.toggle_exclude)
        self.sidebar.mode_changed.connect(self._on_sidebar_mode_changed)
        self.search_box.search_changed.connect(self._filter.set_search)
        self.chips_bar.tag_removed.connect(self._filter.remove_tag)
        self.chips_bar.search_removed.connect(self._on_chips_search_removed)
        self.chips_bar.clear_all_clicked.connect(self.clear_filters)
        self.article_list.current_article_changed.connect(self._on_list_current_article_moved)
        self.pane.tag_activated.connect(self._filter.include)
        self.pane.related_activated.connect(self._on_pane_related_activated)
        self.pane.zoom_changed.connect(self._settings.set_zoom)
        self._splitter.splitterMoved.connect(self._on_splitter_moved)

    def _show_article(self, article: Article | None, *, keep_position: bool = False) -> None:
        """Show article in the pane with the search highlighted, unless it is already shown.

        keep_position keeps the reading position, for a newer version of the article on show.
        """
        if self._notice_path is not None and (article is None or article.path != self._notice_path):
            self._set_pane_notice(None)
        highlight = self._filter.query().search
        shown_article, shown_highlight = self._shown
        # Equal, not identical: a reload reads every file again, and an article that did not
        # change must not jump back to its top.
        if article == shown_article and highlight == shown_highlight:
            return
        self._shown = (article, highlight)
        self.pane.show_article(article, highlight, keep_position=keep_position)

    def _set_pane_notice(self, path: str | None, text: str = "") -> None:
        """Show text above the pane about the article read from path; None hides it."""
        self._notice_path = path
        self.pane_notice.setText(text)
        self.pane_notice.setVisible(path is not None)

    def _open_article(self, article_id: int) -> None:
        """Make an article of the library current in the list, or show it alone in the pane."""
        if self.article_list.select_article(article_id):
            return
        article = self._read_article(self._filter.library, article_id)
        if article is not None:
            self._show_article(article)
            self.status.showMessage(self.tr("هذا المقال خارج نتائج التصفية الحالية"), _STATUS_MS)

    def _read_article(self, library: Library, article_id: int) -> Article | None:
        """Return an article of library; None, said in the status bar, if it cannot be read.

        A library may read the whole article again from its cache or its file; the file may
        be gone or damaged since it was listed.
        """
        try:
            return library.article(article_id)
        except (OSError, NotAnArticleError) as error:
            self.status.showMessage(
                self.tr("تعذرت قراءة المقال: {0}").format(path_in_text(str(error))), _STATUS_MS
            )
            return None

    def _swap_in(self, library: Library) -> None:
        """Show a newer reading of the folder in place of the old one, as the reader left it."""
        shown = self.pane.article
        shown_path = None if shown is None else shown.path
        was_current = shown_path is not None and self.article_list.current_path() == shown_path
        self._swapping = True
        try:
            with self.article_list.position_kept(), self.sidebar.position_kept():
                self._filter.replace_library(library)
            # The list may have moved to another row for want of the one on show: leave it
            # on none rather than on one the pane does not show.
            left_behind = was_current and self.article_list.current_path() != shown_path
            if left_behind:
                self.article_list.clear_current()
        finally:
            self._swapping = False
        self.status.set_problem_count(len(library.problems))
        self.status.set_warning_count(library.warned_count())
        self.status.set_missing_folder(None)
        if shown is None:
            self._show_article_of_list()
            return
        article_id = library.find_path(shown.path)
        if article_id is None:
            self._say_article_gone(shown, library)
            return
        self._set_pane_notice(None)
        if left_behind:
            self.status.showMessage(
                self.tr("تغيّر المقال المعروض فلم يعد ضمن نتائج التصفية الحالية"), _STATUS_MS
            )
        article = self._read_article(library, article_id)
        if article is not None:
            self._show_article(article, keep_position=True)

    def _say_article_gone(self, article: Article, library: Library) -> None:
        """Say that the article on show is no longer in the folder; it stays readable."""
        reason = next((p.reason for p in library.problems if p.path == article.path), None)
        if reason is None:
            text = self.tr("حُذف هذا الملف من المجلد؛ المعروض آخر ما قُرئ منه.")
        else:
            text = self.tr("تعذرت قراءة هذا الملف بعد تغيّره ({0})؛ المعروض آخر ما قُرئ منه.")
            text = text.format(reason)
        self._set_pane_notice(article.path, text)
        self.status.showMessage(f"{text} {path_in_text(article.path)}", _STATUS_MS)

    def _report_settings_damage(self) -> None:
        """Say in the status bar when the remembered settings could not be used."""
        settings = self._settings
        copy = settings.take_reset_notice()
        if settings.is_unreadable():
            self.status.showMessage(
                self.tr(
                    "تعذرت قراءة ملف الإعدادات؛ تُستعمل الإعدادات الافتراضية وقد لا تُحفظ التغييرات"
                )
            )
        elif copy:
            self.status.showMessage(
                self.tr(
                    "كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية؛ حُفظت نسخة منه في {0}"
                ).format(path_in_text(copy))
            )
        elif copy is not None:
            self.status.showMessage(
                self.tr("كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية")
            )

    def _selected_articles(self) -> list[Article]:
        """Return the articles selected in the list, or the one in the pane."""
        library = self._filter.library
        read = (self._read_article(library, i) for i in self.article_list.selected_article_ids())
        articles = [article for article in read if article is not None]
        if not articles and self.pane.article is not None:
            articles = [self.pane.article]
        return articles

    def _put_on_clipboard(self, mime: QMimeData, count: int) -> None:
        QGuiApplication.clipboard().setMimeData(mime)
        self.status.showMessage(self.tr("نُسخ %Ln مقال", "", count), _STATUS_MS)

    def shortcut_table(self) -> list[tuple[str, str]]:
        """Return (keys, what they do) for every keyboard shortcut of the window."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (action.shortcut().toString(native), action.text().replace("…", ""))
            for action in self.actions()
            if not action.shortcut().isEmpty()
        ]
        rows += [
            ("↓ / ↑ ، J / K", self.tr("المقال التالي / السابق في القائمة")),
            ("Shift+↓ / Shift+↑", self.tr("توسيع الاختيار في القائمة")),
            (self.tr("نقر"), self.tr("تضمين الوسم أو إلغاء تضمينه")),
            (self.tr("Ctrl+نقر"), self.tr("استبعاد الوسم أو إلغاء استبعاده")),
            ("Space / Enter", self.tr("تضمين الوسم الحالي في قائمة الوسوم")),
            ("- / Delete", self.tr("استبعاد الوسم الحالي في قائمة الوسوم")),
            ("↓", self.tr("من مربع تصفية الوسوم إلى قائمة الوسوم")),
            ("Ctrl+" + self.tr("عجلة الفأرة"), self.tr("تكبير النص أو تصغيره")),
            ("Tab", self.tr("الانتقال بين أجزاء النافذة")),
        ]
        return rows

    @Slot(object)
    def _on_loader_batch_loaded(self, batch: LoadBatch) -> None:
        reloading = self._reloading
        library = reloading if reloading is not None else self._filter.library
        library.add_batch(batch)
        # What the library now holds lives as long as it: out of the cyclic collector's
        # sight, whose full passes over a large library stopped the window for 0.1-0.25 s.
        gc.freeze()
        if reloading is not None:
            return
        self.status.set_problem_count(len(library.problems))
        self.status.set_warning_count(library.warned_count())
        listed = len(library) + len(library.problems)
        every_file = not self._all_listed and 0 < batch.total <= listed
        self._all_listed = self._all_listed or every_file
        # The first rows, and the moment every file is listed, show at once.
        if self._filter.article_model.rowCount() == 0 or every_file:
            self._filter.refresh()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _say_cache_warnings(self, library: Library) -> None:
        """Say in the status bar when the folder's cache could not be used as it was."""
        warnings = library.cache_warnings
        if warnings:
            text = self.tr("ذاكرة التخزين المؤقت: {0}").format("؛ ".join(warnings))
            self.status.showMessage(path_in_text(text), _STATUS_MS)

    @Slot(object)
    def _on_loader_problem_found(self, problem: LoadProblem) -> None:
        if self._reloading is not None:
            self._reloading.add_problem(problem)
            return
        library = self._filter.library
        library.add_problem(problem)
        self.status.set_problem_count(len(library.problems))

    @Slot()
    def _on_refresh_timer_timeout(self) -> None:
        # While a large folder loads, re-listing it and recounting its tags takes tens of
        # milliseconds: space the refreshes so that they take at most a tenth of the time
        # (the cores are parsing), by what the last one took, sidebar included.
        self._filter.refresh()
        spent_ms = self._filter.update_seconds() * 1000
        self._refresh_timer.setInterval(max(_REFRESH_MS, round(_REFRESH_SPACING * spent_ms)))

    def _set_reading(self, reading: bool) -> None:
        """Note whether the listed articles are still being read in full (a first load)."""
        self._reading = reading
        self.status.set_reading(reading)
        self._say_why_list_is_empty()

    @Slot(int, int)
    def _on_filter_results_changed(self, shown: int, total: int) -> None:
        self._results = (shown, total)
        self._say_why_list_is_empty()

    def _say_why_list_is_empty(self) -> None:
        """Give the article list the reason it would show no rows."""
        _shown, total = self._results
        if total:
            text = (
                self.tr("لا مقالات تطابق التصفية حتى الآن")
                if self._reading
                else self.tr("لا مقالات تطابق التصفية")
            )
        else:
            text = (
                self.tr("جارٍ قراءة المجلد…")
                if self._reading
                else self.tr("لا مقالات في هذا المجلد")
            )
        self.article_list.set_empty_text(text)

    @Slot()
    def _on_loader_finished(self) -> None:
        self._refresh_timer.stop()
        self.status.set_loading(False)
        reloaded, self._reloading = self._reloading, None
        if reloaded is None:
            self._set_reading(False)
            self._filter.library.apply_vocabulary()
            self._filter.refresh()
            self._show_article_of_list()
            self._say_cache_warnings(self._filter.library)
            self.loadFinished.emit()
        elif not self._watcher.folder_exists():
            # Gone while it was read: what was read is partial, and the old list is better.
            reloaded.cache.close()
            self._on_folder_missing()
        else:
            reloaded.apply_vocabulary()
            old = self._filter.library
            self._swap_in(reloaded)
            old.cache.close()
            self._say_cache_warnings(reloaded)
            self.library_reloaded.emit()
        if self._reload_wanted:
            self._reload_wanted = False
            self.reload()

    @Slot()
    def _on_loader_cancelled(self) -> None:
        self._refresh_timer.stop()
        self.status.set_loading(False)
        self._reload_wanted = False
        if self._reloading is not None:
            self._reloading.cache.close()
            self._reloading = None
            self.status.showMessage(self.tr("أُوقفت إعادة القراءة؛ القائمة كما كانت"), _STATUS_MS)
            return
        self._set_reading(False)
        self._filter.refresh()
        self.status.showMessage(self.tr("أُوقف التحميل؛ بعض الملفات لم تُقرأ"), _STATUS_MS)

    @Slot()
    def _on_watcher_folder_changed(self) -> None:
        if self._watcher.folder_exists():
            self.reload()
        else:
            self._on_folder_missing()

    def _on_folder_missing(self) -> None:
        """Keep the list read last, and say that its folder is gone."""
        if self._folder is not None:
            self.status.set_missing_folder(str(self._folder))

    @Slot()
    def _show_article_of_list(self) -> None:
        """Show the list's current article, re-read from the library (its tags may be new)."""
        article_id = self.article_list.current_article_id()
        self._on_list_current_article_changed(article_id)

    @Slot(object)
    def _on_list_current_article_moved(self, article_id: int | None) -> None:
        # The pane follows once the list is painted; a key held down renders only the article
        # it stops on.
        self._pane_follow.request()

    def _on_list_current_article_changed(self, article_id: int | None) -> None:
        if self._swapping:
            return
        if article_id is None:
            if self._filter.article_model.rowCount() == 0:
                self._show_article(None)
            return
        article = self._read_article(self._filter.library, article_id)
        if article is not None:
            self._show_article(article)

    @Slot(object)
    def _on_filter_query_changed(self, query: object) -> None:
        filter_query = self._filter.query()
        self.chips_bar.set_query(filter_query)
        self.sidebar.set_mode(filter_query.mode)
        if self.search_box.text() != filter_query.search:
            self.search_box.set_search(filter_query.search)
        self._show_article(self.pane.article)

    @Slot(object)
    def _on_sidebar_mode_changed(self, mode: TagMode) -> None:
        self._filter.set_mode(mode)

    @Slot()
    def _on_chips_search_removed(self) -> None:
        self.search_box.set_search("")
        self._filter.set_search("")

    @Slot(str)
    def _on_pane_related_activated(self, title: str) -> None:
        library = self._filter.library
        article_id = library.find_title(title)
        if article_id is None:
            self.status.showMessage(
                self.tr("المقال «{0}» ليس في هذا المجلد").format(title), _STATUS_MS
            )
            return
        self._open_article(article_id)

    @Slot()
    def _on_open_triggered(self) -> None:
        start = self._settings.last_folder() or self._folder or Path.home()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("فتح مجلد مقالات"), str(start))
        if chosen:
            self.load_folder(Path(chosen))

    @Slot()
    def _on_copy_triggered(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QTextEdit):
            focus.copy()
        elif self.pane.textCursor().hasSelection() and focus is not self.article_list:
            self.pane.copy()
        else:
            self._on_copy_article_triggered()

    @Slot()
    def _on_copy_article_triggered(self) -> None:
        articles = self._selected_articles()
        if not articles:
            return
        mime = QMimeData()
        mime.setText(articles_plain_text(articles))
        mime.setHtml(articles_html(articles))
        self._put_on_clipboard(mime, len(articles))

    @Slot()
    def _on_copy_visual_triggered(self) -> None:
        articles = self._selected_articles()
        if not articles:
            return
        mime = QMimeData()
        mime.setText(articles_visual_text(articles))
        self._put_on_clipboard(mime, len(articles))

    @Slot()
    def _on_find_triggered(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @Slot()
    def _on_focus_list_triggered(self) -> None:
        self.article_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_focus_pane_triggered(self) -> None:
        self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(QAction)
    def _on_sort_group_triggered(self, action: QAction) -> None:
        order = SortOrder(str(action.data()))
        self._filter.set_sort_order(order)
        self._settings.set_sort_order(order)

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        language = str(action.data())
        self._settings.set_language(language)
        if language == self._language:
            return
        QMessageBox.information(
            self,
            self.tr("لغة الواجهة"),
            self.tr("ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة."),
        )

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        recent = self._settings.recent_folders()
        for folder in recent:
            action = menu.addAction(str(folder))
            action.triggered.connect(lambda _checked=False, f=folder: self.load_folder(f))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("مسح القائمة"), self._settings.clear_recent_folders)
        else:
            menu.addAction(self.tr("لا مجلدات حديثة")).setEnabled(False)

    @Slot()
    def _on_status_problems_clicked(self) -> None:
        self._open_problems_dialog(focus_warnings=False)

    @Slot()
    def _on_status_warnings_clicked(self) -> None:
        self._open_problems_dialog(focus_warnings=True)

    def _open_problems_dialog(self, *, focus_warnings: bool) -> None:
        library = self._filter.library
        # The warnings are read from the cache only now, not while the folder loads.
        warned = library.warnings_of(library.ids())
        dialog = ProblemsDialog(library.problems, warned, self)
        dialog.article_activated.connect(self._on_problems_article_activated)
        if focus_warnings:
            dialog.focus_warnings()
        dialog.exec()
        dialog.deleteLater()

    @Slot(str)
    def _on_problems_article_activated(self, path: str) -> None:
        article_id = self._filter.library.find_path(path)
        if article_id is None:
            self.status.showMessage(self.tr("لم يعد هذا الملف في القائمة"), _STATUS_MS)
            return
        self._open_article(article_id)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self.shortcut_table(), self).exec()

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("عن البرنامج"),
            self.tr(
                "قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث،"
                " ويعرض المقالات وينسخها.\nالخط: Noto Naskh Arabic، برخصة SIL OFL 1.1."
            ),
        )

    @Slot(int, int)
    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._settings.set_splitter_state(self._splitter.saveState())

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_folder(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        folder = _dropped_folder(event.mimeData())
        if folder is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.load_folder(folder)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._watcher.stop()
        self._loader.shutdown()
        self._settings.set_geometry(self.saveGeometry())
        self._settings.set_window_state(self.saveState())
        self._settings.set_splitter_state(self._splitter.saveState())
        self._settings.settings.sync()
        super().closeEvent(event)


def _dropped_folder(mime: QMimeData) -> Path | None:
    """Return the first local folder among dropped URLs, if any."""
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_dir():
                return path
    return None
