"""The status bar: the article count, load progress with Cancel, and what went wrong."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QToolButton, QWidget

from reader.models.file_paths import path_in_text

# The progress bar moves by this many steps over a load.
_PROGRESS_STEPS = 200


class LibraryStatusBar(QStatusBar):
    """Shows "٢٥٢ من ١٠٬٠٠٠ مقال", a progress bar while loading, and links to the problems.

    "٣ ملفات تعذرت قراءتها" and "٢ مقالات بتحذيرات" open the problems view; a missing folder
    is said in a label that stays until the folder is back.
    """

    cancel_clicked = Signal()
    problems_clicked = Signal()
    warnings_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel()
        self.count_label.setObjectName("articleCountLabel")
        self.count_label.setAccessibleName(self.tr("عدد المقالات"))
        self._counts: tuple[int, int] | None = None
        # While copies are grouped: (stories listed, articles they stand for).
        self._stories: tuple[int, int] | None = None
        # True while the listed articles are still being read in full (set_reading).
        self._reading = False
        self.problems_button = _link_button(
            "problemsButton", self.tr("عرض الملفات التي تعذرت قراءتها وأسباب ذلك")
        )
        self.problems_button.clicked.connect(self.problems_clicked)
        self.warnings_button = _link_button(
            "warningsButton", self.tr("عرض المقالات التي قُرئت مع تحذيرات، وتحذيراتها")
        )
        self.warnings_button.clicked.connect(self.warnings_clicked)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("folderMissingLabel")
        self.folder_label.setStyleSheet("QLabel { font-weight: bold; padding: 0 4px; }")
        self.folder_label.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("loadProgress")
        self.progress.setAccessibleName(self.tr("تقدم التحميل"))
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelLoadButton")
        self.cancel_button.setText(self.tr("إلغاء"))
        self.cancel_button.setAccessibleName(self.tr("إلغاء التحميل"))
        self.cancel_button.setToolTip(self.tr("إيقاف تحميل المجلد"))
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self.cancel_button.hide()
        self.addPermanentWidget(self.folder_label)
        self.addPermanentWidget(self.problems_button)
        self.addPermanentWidget(self.warnings_button)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        self.addPermanentWidget(self.count_label)

    @Slot(int, int)
    def set_counts(self, shown: int, total: int) -> None:
        """Show how many articles the filter lets through out of the library."""
        self._counts = (shown, total)
        self._show_counts()

    @Slot(object)
    def set_story_counts(self, stories: tuple[int, int] | None) -> None:
        """Count stories, (stories listed, articles they stand for), while copies are grouped;
        None counts articles again. Takes effect with the next set_counts."""
        self._stories = stories

    def _show_counts(self) -> None:
        """Show the counts, saying so when a filter's result is still growing with a load."""
        if self._counts is None:
            return
        shown, total = self._counts
        locale = QLocale()
        growing = self._reading and shown != total
        if shown == total:
            text = self.tr("%Ln مقال", "", total)
        elif growing:
            text = self.tr("{0} من {1} مقال حتى الآن").format(
                locale.toString(shown), locale.toString(total)
            )
        else:
            text = self.tr("{0} من {1} مقال").format(locale.toString(shown), locale.toString(total))
        if self._stories is not None:
            stories, articles = self._stories
            text = self.tr("{0} قصص من {1} مقالًا").format(
                locale.toString(stories), locale.toString(articles)
            )
            if shown != total:
                text += self.tr(" (من {0} قصة في المجلد)").format(locale.toString(total))
        self.count_label.setText(text)
        self.count_label.setToolTip(
            self.tr(
                "الوسوم والبحث يشملان المقالات التي قُرئت كاملةً حتى الآن؛"
                " تكتمل النتائج بانتهاء التحميل."
            )
            if growing
            else ""
        )

    @Slot(bool)
    def set_loading(self, loading: bool) -> None:
        """Show or hide the progress bar and the Cancel button."""
        self.progress.setVisible(loading)
        self.cancel_button.setVisible(loading)
        if loading:
            self.progress.setRange(0, 0)

    @Slot(int, int)
    def set_progress(self, done: int, total: int) -> None:
        """Show how many files of the folder are parsed; busy while none is yet (a long cold
        load lists every headline first, and an empty bar would look stuck meanwhile)."""
        if done <= 0:
            self.progress.setRange(0, 0)
        elif _steps(done, total) != _steps(self.progress.value(), self.progress.maximum()):
            # QProgressBar.setValue repaints at once (some 10 ms): a 100,000-file load
            # reports 1,600 batches, so the bar moves only by whole steps.
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        self.progress.setToolTip(
            self.tr("{0} من {1} ملف").format(QLocale().toString(done), QLocale().toString(total))
        )

    @Slot()
    def show_finding_copies(self) -> None:
        """Say that every file is read and copies of the same story are looked for: busy."""
        self.progress.setRange(0, 0)
        self.progress.setToolTip(self.tr("قُرئت كل الملفات؛ يجري البحث عن نسخ الخبر نفسه"))

    @Slot(bool)
    def set_reading(self, reading: bool) -> None:
        """Say whether the listed articles are still being read in full (a first load): tags
        and search cover only those read so far."""
        self._reading = reading
        self._show_counts()

    @Slot(int)
    def set_problem_count(self, count: int) -> None:
        """Show how many files could not be read, or nothing when none."""
        self.problems_button.setVisible(count > 0)
        self.problems_button.setText(self.tr("%Ln ملفات تعذرت قراءتها", "", count))
        self.problems_button.setAccessibleName(self.problems_button.text())

    @Slot(int)
    def set_warning_count(self, count: int) -> None:
        """Show how many articles were read with warnings, or nothing when none."""
        self.warnings_button.setVisible(count > 0)
        self.warnings_button.setText(self.tr("%Ln مقالات بتحذيرات", "", count))
        self.warnings_button.setAccessibleName(self.warnings_button.text())

    def set_missing_folder(self, folder: str | None) -> None:
        """Say that the folder at this path is gone (and that the list is the last one read from
        it, when one was).

        None hides the message.
        """
        self.folder_label.setVisible(folder is not None)
        if folder is None:
            self.folder_label.clear()
            return
        if self._counts is not None and self._counts[1] > 0:
            self.folder_label.setText(self.tr("المجلد غير موجود؛ القائمة آخر ما قُرئ منه"))
            tip = self.tr("لم يعد المجلد {0} موجودًا. ستُحدَّث القائمة حين يعود.")
        else:
            # Nothing was read from it: there is no last list to speak of.
            self.folder_label.setText(self.tr("المجلد غير موجود"))
            tip = self.tr("لا يوجد المجلد {0}. ستُقرأ مقالاته حين يوجد.")
        self.folder_label.setToolTip(tip.format(path_in_text(folder)))
        self.folder_label.setAccessibleName(self.folder_label.text())


def _link_button(name: str, tooltip: str) -> QPushButton:
    """Return a hidden flat button drawn as a link."""
    button = QPushButton()
    button.setObjectName(name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(
        "QPushButton { color: palette(link); text-decoration: underline; border: none;"
        " padding: 0 4px; }"
    )
    button.setToolTip(tooltip)
    button.hide()
    return button


def _steps(done: int, total: int) -> int:
    """Return how many of the progress bar's 200 steps done of total fills."""
    return done * _PROGRESS_STEPS // total if total > 0 and done >= 0 else -1
