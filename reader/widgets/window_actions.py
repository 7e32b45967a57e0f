"""The window's actions, menus and toolbar; what the actions do is the window's to connect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox, QToolBar, QWidget

from reader.domain.library.query import SortOrder
from reader.models.settings_store import SettingsStore
from reader.widgets.menu_style import MenuKeysStyle
from reader.widgets.shortcuts_dialog import ShortcutsDialog

_Key = QKeySequence | QKeySequence.StandardKey | str
_LANGUAGES = (("ar", "العربية"), ("en", "English"))


class WindowActions(QObject):
    """Every action of the window, with its keys and icon, and the menus and toolbar of them.

    The actions are added to the window, so that their shortcuts work wherever the focus is in
    it. The sort and language choices and the recent folders come out as signals.
    """

    recent_folder_chosen = Signal(Path)
    sort_order_chosen = Signal(object)  # a SortOrder
    language_chosen = Signal(str)

    def __init__(
        self,
        window: QWidget,
        settings: SettingsStore,
        *,
        sort_order: SortOrder,
        language: str,
    ) -> None:
        super().__init__(window)
        self._settings = settings
        self._language = language
        theme = QIcon.ThemeIcon
        self.open_folder = self._action(
            "actionOpenFolder",
            self.tr("فتح مجلد…"),
            (QKeySequence.StandardKey.Open,),
            theme.DocumentOpen,
        )
        self.reload = self._action(
            "actionReload", self.tr("إعادة قراءة المجلد"), ("F5",), theme.ViewRefresh
        )
        self.reload.setToolTip(
            self.tr("قراءة المجلد من جديد (F5)؛ تُحدَّث القائمة وحدها حين تتغير الملفات")
        )
        self.quit = self._action("actionQuit", self.tr("خروج"), ("Ctrl+Q",), theme.ApplicationExit)
        self.copy = self._action(
            "actionCopy", self.tr("نسخ"), (QKeySequence.StandardKey.Copy,), theme.EditCopy
        )
        self.copy_article = self._action(
            "actionCopyArticle", self.tr("نسخ المقال"), ("Ctrl+Shift+C",), theme.EditCopy
        )
        self.copy_article.setToolTip(
            self.tr("نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)")
        )
        self.copy_visual = self._action(
            "actionCopyVisual", self.tr("نسخ لبرامج لا تدعم العربية"), ("Ctrl+Alt+C",)
        )
        self.copy_visual.setToolTip(
            self.tr(
                "نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية (Ctrl+Alt+C)"
            )
        )
        self.find = self._action(
            "actionFind", self.tr("بحث"), (QKeySequence.StandardKey.Find,), theme.EditFind
        )
        self.clear_filters = self._action(
            "actionClearFilters", self.tr("مسح التصفية والبحث"), ("Esc",), theme.EditClear
        )
        self.focus_tags = self._action("actionFocusTags", self.tr("تصفية الوسوم"), ("Ctrl+T",))
        self.focus_list = self._action("actionFocusList", self.tr("قائمة المقالات"), ("Ctrl+L",))
        self.focus_pane = self._action("actionFocusPane", self.tr("نص المقال"), ("Ctrl+R",))
        self.zoom_in = self._action(
            "actionZoomIn",
            self.tr("تكبير النص"),
            ("Ctrl+=", QKeySequence.StandardKey.ZoomIn),
            theme.ZoomIn,
        )
        self.zoom_out = self._action(
            "actionZoomOut",
            self.tr("تصغير النص"),
            (QKeySequence.StandardKey.ZoomOut,),
            theme.ZoomOut,
        )
        self.zoom_reset = self._action(
            "actionZoomReset", self.tr("الحجم الأصلي للنص"), ("Ctrl+0",), theme.ZoomFitBest
        )
        self.back = self._action(
            "actionBack", self.tr("المقال السابق المعروض"), ("Alt+Left",), theme.GoPrevious
        )
        self.forward = self._action(
            "actionForward", self.tr("المقال التالي المعروض"), ("Alt+Right",), theme.GoNext
        )
        self.shortcuts = self._action(
            "actionShortcuts", self.tr("اختصارات لوحة المفاتيح"), ("F1",), theme.HelpAbout
        )
        self.about = self._action("actionAbout", self.tr("عن البرنامج"))
        self.group_copies = self._action("actionGroupCopies", self.tr("تجميع النسخ"))
        self.group_copies.setToolTip(
            self.tr("عرض كل قصة مرة واحدة، بأقدم نسخها، وعدّ القصص بدل المقالات")
        )
        self.group_copies.setCheckable(True)
        self.group_copies.setChecked(settings.group_copies())
        self.group_copies.toggled.connect(settings.set_group_copies)
        # In a small window the list keeps the timeline's height when it is hidden.
        self.show_timeline = self._action(
            "actionShowTimeline", self.tr("إظهار الخط الزمني"), ("Ctrl+Shift+T",)
        )
        self.show_timeline.setCheckable(True)
        self.show_timeline.setChecked(settings.show_timeline())
        self.show_timeline.toggled.connect(settings.set_show_timeline)
        self.shortcuts.triggered.connect(self._on_shortcuts_triggered)
        self.about.triggered.connect(self._on_about_triggered)

        self._sort_group = QActionGroup(self)
        for order, text in (
            (SortOrder.NEWEST, self.tr("الأحدث أولًا")),
            (SortOrder.OLDEST, self.tr("الأقدم أولًا")),
            (SortOrder.TITLE, self.tr("حسب العنوان")),
            (SortOrder.SOURCE, self.tr("حسب المصدر")),
        ):
            action = QAction(text, self._sort_group)
            action.setObjectName(f"actionSort{order.value.title()}")
            action.setCheckable(True)
            action.setChecked(order is sort_order)
            action.setData(order.value)
        self._sort_group.triggered.connect(self._on_sort_group_triggered)

        self._language_group = QActionGroup(self)
        for code, text in _LANGUAGES:
            action = QAction(text, self._language_group)
            action.setObjectName(f"actionLanguage{code.title()}")
            action.setCheckable(True)
            action.setChecked(code == language)
            action.setData(code)
        self._language_group.triggered.connect(self._on_language_group_triggered)

        # Parented to the window: a menu added to another does not become its child.
        self.recent_menu = QMenu(self.tr("المجلدات الأخيرة"), window)
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)

    def build_menus(self, bar: QMenuBar) -> None:
        """Add the File, Edit, View, Go and Help menus to bar."""
        file_menu = bar.addMenu(self.tr("ملف"))
        file_menu.addAction(self.open_folder)
        file_menu.addAction(self.reload)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(self.tr("تحرير"))
        edit_menu.addAction(self.copy)
        edit_menu.addAction(self.copy_article)
        edit_menu.addAction(self.copy_visual)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.clear_filters)

        view_menu = bar.addMenu(self.tr("عرض"))
        sort_menu = view_menu.addMenu(self.tr("ترتيب المقالات"))
        sort_menu.addActions(self._sort_group.actions())
        view_menu.addAction(self.group_copies)
        view_menu.addAction(self.show_timeline)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in)
        view_menu.addAction(self.zoom_out)
        view_menu.addAction(self.zoom_reset)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("لغة الواجهة"))
        language_menu.addActions(self._language_group.actions())

        go_menu = bar.addMenu(self.tr("انتقال"))
        go_menu.addAction(self.find)
        go_menu.addAction(self.focus_tags)
        go_menu.addAction(self.focus_list)
        go_menu.addAction(self.focus_pane)
        go_menu.addSeparator()
        go_menu.addAction(self.back)
        go_menu.addAction(self.forward)

        help_menu = bar.addMenu(self.tr("مساعدة"))
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)
        # Paths and key names read left to right in a right-to-left menu too.
        style = MenuKeysStyle()
        style.setParent(self)
        for menu in [*bar.findChildren(QMenu), self.recent_menu]:
            menu.setStyle(style)

    def build_toolbar(self) -> QToolBar:
        """Return a new toolbar of the actions used most, for the window to place."""
        toolbar = QToolBar(self.tr("شريط الأدوات"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName(self.tr("شريط الأدوات"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.open_folder)
        toolbar.addAction(self.reload)
        toolbar.addSeparator()
        toolbar.addAction(self.copy_article)
        toolbar.addAction(self.copy_visual)
        toolbar.addSeparator()
        toolbar.addAction(self.group_copies)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out)
        toolbar.addAction(self.zoom_in)
        return toolbar

    def add_copy_menu(self, widget: QWidget) -> None:
        """Give widget a context menu of the two ways to copy the selected articles."""
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        widget.addAction(self.copy_article)
        widget.addAction(self.copy_visual)

    def shortcut_table(self) -> list[tuple[str, str]]:
        """Return (keys, what they do) for every keyboard shortcut of the window."""
        native = QKeySequence.SequenceFormat.NativeText
        rows = [
            (action.shortcut().toString(native), action.text().replace("…", ""))
            for action in self._window().actions()
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

    def _action(
        self,
        name: str,
        text: str,
        shortcuts: tuple[_Key, ...] = (),
        icon: QIcon.ThemeIcon | None = None,
    ) -> QAction:
        """Return a new action of the window named name."""
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts([QKeySequence(key) for key in shortcuts])
        if icon is not None:
            action.setIcon(QIcon.fromTheme(icon))
        self._window().addAction(action)
        return action

    def _window(self) -> QWidget:
        """Return the window the actions belong to."""
        # Its parent, not an attribute: a reference to the window from an object it owns
        # would leave the closed window to the cycle collector (see test_window_lifetime).
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    @Slot(QAction)
    def _on_sort_group_triggered(self, action: QAction) -> None:
        self.sort_order_chosen.emit(SortOrder(str(action.data())))

    @Slot(QAction)
    def _on_language_group_triggered(self, action: QAction) -> None:
        language = str(action.data())
        self._settings.set_language(language)
        if language != self._language:
            QMessageBox.information(
                self._window(),
                self.tr("لغة الواجهة"),
                self.tr("ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة."),
            )
        self.language_chosen.emit(language)

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self._settings.recent_folders()
        for folder in recent:
            action = menu.addAction(str(folder))
            action.triggered.connect(
                lambda _checked=False, f=folder: self.recent_folder_chosen.emit(f)
            )
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("مسح القائمة"), self._settings.clear_recent_folders)
        else:
            menu.addAction(self.tr("لا مجلدات حديثة")).setEnabled(False)

    @Slot()
    def _on_shortcuts_triggered(self) -> None:
        ShortcutsDialog(self.shortcut_table(), self._window()).exec()

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self._window(),
            self.tr("عن البرنامج"),
            self.tr(
                "قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث،"
                " ويعرض المقالات وينسخها.\nالخط: Noto Naskh Arabic، برخصة SIL OFL 1.1."
            ),
        )
