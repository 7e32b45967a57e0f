"""What the status bar says about the folder session and the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from reader.domain.problems import CacheWarning
from reader.models.file_paths import path_in_text
from reader.models.folder_session import FolderSession
from reader.models.problem_texts import cache_warning_text
from reader.models.settings_store import SettingsStore
from reader.widgets.library_status_bar import LibraryStatusBar

# How long a passing message stays in the status bar.
STATUS_MS = 5000


class StatusReporter(QObject):
    """Keeps the status bar in step with the session (loading, progress, counts, a missing
    folder, cache warnings, a stopped load), and says passing messages for a few seconds."""

    def __init__(
        self, session: FolderSession, status: LibraryStatusBar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._status = status
        session.loading_changed.connect(status.set_loading)
        session.reading_changed.connect(status.set_reading)
        session.progress_changed.connect(status.set_progress)
        session.articles_read.connect(status.show_finding_copies)
        session.folder_missing.connect(status.set_missing_folder)
        session.problem_counts_changed.connect(self._on_session_problem_counts_changed)
        session.cache_warned.connect(self._on_session_cache_warned)
        session.load_cancelled.connect(self._on_session_load_cancelled)
        status.cancel_clicked.connect(session.cancel_load)
        # Before results_changed, which shows the counts.
        session.query_controller.stories_counted.connect(status.set_story_counts)

    @Slot(str)
    def say(self, text: str) -> None:
        """Show text in the status bar for a few seconds."""
        self._status.showMessage(text, STATUS_MS)

    def report_settings_damage(self, settings: SettingsStore) -> None:
        """Say, until another message, when the remembered settings could not be used."""
        copy = settings.take_reset_notice()
        if settings.is_unreadable():
            self._status.showMessage(
                self.tr(
                    "تعذرت قراءة ملف الإعدادات؛ تُستعمل الإعدادات الافتراضية وقد لا تُحفظ التغييرات"
                )
            )
        elif copy:
            self._status.showMessage(
                self.tr(
                    "كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية؛ حُفظت نسخة منه في {0}"
                ).format(path_in_text(copy))
            )
        elif copy is not None:
            self._status.showMessage(
                self.tr("كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية")
            )

    @Slot(int, int)
    def _on_session_problem_counts_changed(self, problems: int, warned: int) -> None:
        self._status.set_problem_count(problems)
        self._status.set_warning_count(warned)

    @Slot(list)
    def _on_session_cache_warned(self, warnings: list[CacheWarning]) -> None:
        self.say(" ".join(map(cache_warning_text, warnings)))

    @Slot(bool)
    def _on_session_load_cancelled(self, reload: bool) -> None:
        if reload:
            self.say(self.tr("أُوقفت إعادة القراءة؛ القائمة كما كانت"))
        else:
            self.say(self.tr("أُوقف التحميل؛ بعض الملفات لم تُقرأ"))
