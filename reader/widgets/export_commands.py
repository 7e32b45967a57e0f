"""File > Export…: the result (or the selected articles) to CSV, JSON Lines or HTML, and the
tag and outlet counts to CSV, with progress and Cancel in the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressBar, QStatusBar, QToolButton, QWidget

from reader.domain.atomic_file import UnwritableError, atomic_text_file
from reader.domain.exporting.csv_export import write_counts_csv
from reader.domain.exporting.formats import ExportFormat
from reader.models.export_job import ExportJob
from reader.models.folder_session import FolderSession
from reader.widgets.article_list_view import ArticleListView

# A passing message stays this long in the status bar.
_MESSAGE_MS = 10_000


class ExportCommands(QObject):
    """The export actions, the save dialog they open, and the export under way."""

    def __init__(
        self,
        session: FolderSession,
        article_list: ArticleListView,
        status: QStatusBar,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._session = session
        self._query = session.query_controller
        self._list = article_list
        self._status = status
        self._job: ExportJob | None = None
        self._last_folder: Path | None = None
        self.export = QAction(self.tr("تصدير…"), self)
        self.export.setObjectName("actionExport")
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.export.setIcon(QIcon.fromTheme(QIcon.ThemeIcon.DocumentSaveAs))
        self.export.setToolTip(
            self.tr("تصدير نتائج التصفية، أو المقالات المختارة، إلى ملف CSV أو JSON Lines أو HTML")
        )
        self.export.triggered.connect(self._on_export_triggered)
        self.export_tag_counts = QAction(self.tr("تصدير أعداد الوسوم…"), self)
        self.export_tag_counts.setObjectName("actionExportTagCounts")
        self.export_tag_counts.triggered.connect(self._on_export_tag_counts_triggered)
        self.export_outlet_counts = QAction(self.tr("تصدير أعداد المصادر…"), self)
        self.export_outlet_counts.setObjectName("actionExportOutletCounts")
        self.export_outlet_counts.triggered.connect(self._on_export_outlet_counts_triggered)
        window.addAction(self.export)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("تقدم التصدير"))
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("cancelExportButton")
        self.cancel_button.setText(self.tr("إلغاء التصدير"))
        self.cancel_button.setToolTip(self.tr("إيقاف التصدير؛ لا يبقى ملف ناقص"))
        self.cancel_button.hide()
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)

    def actions(self) -> list[QAction]:
        """Return the export actions, in menu order."""
        return [self.export, self.export_tag_counts, self.export_outlet_counts]

    def is_exporting(self) -> bool:
        """Tell whether an export is under way."""
        return self._job is not None and self._job.is_running()

    def _ids(self) -> list[int]:
        """Return what an export takes: the selected articles when several are, else the
        whole result."""
        selected = self._list.selected_article_ids()
        return selected if len(selected) > 1 else self._query.article_model.ids()

    def _ask_target(self, title: str, name: str, filters: list[tuple[str, str]]) -> Path | None:
        """Ask where to save; return the file, with the chosen filter's suffix if it has none."""
        folder = self._last_folder or Path.home()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window(), title, str(folder / name), ";;".join(text for text, _ in filters)
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            suffix = next((s for text, s in filters if text == chosen_filter), filters[0][1])
            target = target.with_name(target.name + suffix)
        self._last_folder = target.parent
        return target

    def _base_name(self) -> str:
        """Return the name an export file is offered under: the folder's."""
        folder = self._session.folder
        return folder.name if folder is not None and folder.name else self.tr("مقالات")

    @Slot()
    def _on_export_triggered(self) -> None:
        if self.is_exporting():
            self._status.showMessage(self.tr("تصدير آخر جارٍ؛ ألغه أو انتظر انتهاءه"), _MESSAGE_MS)
            return
        ids = self._ids()
        if not ids:
            self._status.showMessage(self.tr("لا مقالات للتصدير"), _MESSAGE_MS)
            return
        filters = [
            (self.tr("CSV لبرامج الجداول (*.csv)"), ExportFormat.CSV.suffix),
            (self.tr("JSON Lines (*.jsonl)"), ExportFormat.JSONL.suffix),
            (self.tr("صفحة HTML (*.html)"), ExportFormat.HTML.suffix),
        ]
        target = self._ask_target(self.tr("تصدير المقالات"), self._base_name() + ".csv", filters)
        if target is None:
            return
        export_format = ExportFormat.for_path(target)
        if export_format is None:
            self._status.showMessage(
                self.tr("اختر ملفًا ينتهي بـ ‎.csv أو ‎.jsonl أو ‎.html"), _MESSAGE_MS
            )
            return
        job = ExportJob(self._query.library, ids, target, export_format, self)
        job.progressed.connect(self._on_job_progressed)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        self.cancel_button.clicked.connect(job.cancel)
        self._job = job
        self.progress.setRange(0, max(job.total, 1))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self._status.showMessage(
            self.tr("تصدير %Ln مقال إلى {0}…", "", job.total).format(target.name)
        )
        job.start()

    @Slot(int, int)
    def _on_job_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        locale = QLocale()
        self.progress.setToolTip(
            self.tr("{0} من {1} مقال").format(locale.toString(done), locale.toString(total))
        )

    @Slot(int)
    def _on_job_finished(self, written: int) -> None:
        job = self._end_job()
        self._status.showMessage(
            self.tr("صُدِّر %Ln مقال إلى {0}", "", written).format(str(job.target)), _MESSAGE_MS
        )

    @Slot(str)
    def _on_job_failed(self, reason: str) -> None:
        job = self._end_job()
        self._status.showMessage(
            self.tr("تعذر التصدير إلى {0}: {1}").format(str(job.target), reason), _MESSAGE_MS
        )

    @Slot()
    def _on_job_cancelled(self) -> None:
        self._end_job()
        self._status.showMessage(self.tr("أُلغي التصدير؛ لم يُكتب أي ملف"), _MESSAGE_MS)

    def _end_job(self) -> ExportJob:
        """Hide the progress of the export that ended and return it."""
        job = self._job
        assert job is not None  # only a started job reports
        self.cancel_button.clicked.disconnect(job.cancel)
        self._job = None
        job.deleteLater()
        self.progress.hide()
        self.cancel_button.hide()
        return job

    @Slot()
    def _on_export_tag_counts_triggered(self) -> None:
        self._export_counts(tags=True)

    @Slot()
    def _on_export_outlet_counts_triggered(self) -> None:
        self._export_counts(tags=False)

    def _export_counts(self, *, tags: bool) -> None:
        """Write the result's tag or outlet counts as CSV (label,count)."""
        name = self.tr("أعداد الوسوم") if tags else self.tr("أعداد المصادر")
        filters = [(self.tr("CSV لبرامج الجداول (*.csv)"), ExportFormat.CSV.suffix)]
        target = self._ask_target(name, name + ".csv", filters)
        if target is None:
            return
        library = self._query.library
        ids = self._query.article_model.ids()
        counts = library.tag_counts(ids) if tags else library.source_counts(ids)
        try:
            with atomic_text_file(target, newline="") as stream:
                rows = write_counts_csv(stream, "tag" if tags else "source", counts)
        except UnwritableError as error:
            self._status.showMessage(
                self.tr("تعذر التصدير إلى {0}: {1}").format(str(target), error.reason), _MESSAGE_MS
            )
            return
        except OSError as error:
            self._status.showMessage(
                self.tr("تعذر التصدير إلى {0}: {1}").format(str(target), error.strerror or ""),
                _MESSAGE_MS,
            )
            return
        self._status.showMessage(
            self.tr("صُدِّر %Ln سطر إلى {0}", "", rows).format(str(target)), _MESSAGE_MS
        )

    def _window(self) -> QWidget:
        """Return the window the actions belong to."""
        window = self.parent()
        assert isinstance(window, QWidget)
        return window
