"""Problems and warnings (of files and of the cache) worded for the interface, in the language
of its installed translator.

The domain gives codes and data; the words are here, under one translation context, so that
every view that shows a reason says it the same way. The source strings are Arabic; English
comes from reader_en.ts. Each call names its context and text literally for lupdate to find.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from reader.domain.article import LoadProblem
from reader.domain.problems import (
    ArticleWarning,
    CacheWarning,
    CacheWarningCode,
    FileKind,
    ProblemCode,
    WarningCode,
)
from reader.models.file_paths import path_in_text


def problem_text(problem: LoadProblem) -> str:
    """Return why a file is not an article, as a sentence of the interface."""
    translate = QCoreApplication.translate
    detail = problem.detail
    match problem.code:
        case ProblemCode.MISSING:
            return translate("ProblemTexts", "الملف غير موجود")
        case ProblemCode.PERMISSION_DENIED:
            return translate("ProblemTexts", "لا إذن بقراءة الملف")
        case ProblemCode.IS_FOLDER:
            return translate("ProblemTexts", "هذا مجلد، لا ملف")
        case ProblemCode.UNREADABLE:
            return translate("ProblemTexts", "تعذرت قراءته: {0}").format(_isolated(detail))
        case ProblemCode.EMPTY:
            return translate("ProblemTexts", "الملف فارغ")
        case ProblemCode.WHITESPACE_ONLY:
            return translate("ProblemTexts", "لا يحوي الملف إلا مسافات")
        case ProblemCode.NOT_TEXT:
            kind = _file_kind_text(detail)
            return translate("ProblemTexts", "ليس ملفًا نصيًا: يبدو أنه {0}").format(kind)
        case ProblemCode.NOT_A_FOLDER:
            return translate("ProblemTexts", "ليس مجلدًا أو لا يمكن فتحه")
        case ProblemCode.FAILED:
            return translate("ProblemTexts", "تعثّر القارئ في هذا الملف: {0}").format(
                _isolated(detail)
            )
        case ProblemCode.OTHER:
            return detail  # a sentence stored by an older version, in its words


def warning_text(warning: ArticleWarning) -> str:
    """Return what looked wrong in an article's file, as a sentence of the interface."""
    translate = QCoreApplication.translate
    detail = warning.detail
    match warning.code:
        case WarningCode.BYTES_REPLACED:
            return translate("ProblemTexts", "تعذر فك ترميز بعض البايتات فاستُبدل بها غيرها")
        case WarningCode.NUL_REMOVED:
            return translate("ProblemTexts", "حُذفت منه بايتات صفرية (NUL)")
        case WarningCode.LINES_REPAIRED:
            # A count, not a plural form: lupdate makes plural messages of tr() calls only.
            return translate(
                "ProblemTexts", "أُصلحت أسطر كُتبت بترميز UTF-8 وقُرئت بترميز Windows-1256 ({0})"
            ).format(_number(detail))
        case WarningCode.TRUNCATED:
            return translate(
                "ProblemTexts", "الملف أكبر من {0} ميغابايت، فلم يُقرأ إلا أوله"
            ).format(_number(detail))
        case WarningCode.DATE_NOT_UNDERSTOOD:
            return translate("ProblemTexts", "تعذر فهم التاريخ: {0}").format(_isolated(detail))
        case WarningCode.DATE_RELATIVE:
            return translate(
                "ProblemTexts", "التاريخ «{0}» نسبي، فقُدّر تقريبًا من وقت تعديل الملف"
            ).format(_isolated(detail))
        case WarningCode.EMPTY_READ_ALSO:
            return translate("ProblemTexts", "لا شيء بعد عنوان «اقرأ أيضًا»")
        case WarningCode.NO_HEADLINE:
            return translate("ProblemTexts", "لم يوجد للمقال عنوان")
        case WarningCode.NO_BODY:
            return translate("ProblemTexts", "ليس للمقال فقرات")
        case WarningCode.OTHER:
            return detail  # a sentence stored by an older version, in its words


def cache_warning_text(warning: CacheWarning) -> str:
    """Return what went wrong with a folder's cache, as a sentence of the interface."""
    translate = QCoreApplication.translate
    path = path_in_text(warning.path)
    reason = _isolated(warning.detail)
    match warning.code:
        case CacheWarningCode.DAMAGED:
            text = translate(
                "ProblemTexts", "كانت ذاكرة التخزين المؤقت {0} تالفة ({1}) فأُعيد بناؤها."
            )
        case CacheWarningCode.NO_VERSION:
            text = translate("ProblemTexts", "لم يُعرف إصدار ذاكرة التخزين المؤقت {0} فأُعيد بناؤها.")
        case CacheWarningCode.OUTDATED:
            reason = _number(warning.detail)
            text = translate(
                "ProblemTexts",
                "أنشأ ذاكرة التخزين المؤقت {0} إصدار آخر من القارئ (المخطط {1}) فأُعيد بناؤها.",
            )
        case CacheWarningCode.NOT_REBUILT:
            text = translate(
                "ProblemTexts",
                "تعذرت إعادة بناء ذاكرة التخزين المؤقت {0}؛ لن يُحفظ المجلد إلا في الذاكرة.",
            )
        case CacheWarningCode.LOCKED:
            text = translate(
                "ProblemTexts",
                "ذاكرة التخزين المؤقت {0} يستعملها برنامج آخر؛ لن يُحفظ المجلد إلا في الذاكرة.",
            )
        case CacheWarningCode.READ_ONLY:
            text = translate(
                "ProblemTexts",
                "تتعذر الكتابة في ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.",
            )
        case CacheWarningCode.UNUSABLE:
            text = translate(
                "ProblemTexts",
                "يتعذر استعمال ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.",
            )
        case CacheWarningCode.NO_FOLDER:
            text = translate(
                "ProblemTexts",
                "يتعذر إنشاء مجلد ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.",
            )
        case CacheWarningCode.FAILED:
            text = translate(
                "ProblemTexts",
                "تعطلت ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.",
            )
        case CacheWarningCode.LIST_NOT_STORED:
            text = translate("ProblemTexts", "تعذر حفظ القائمة في ذاكرة التخزين المؤقت ({1}).")
        case CacheWarningCode.TAGS_NOT_STORED:
            text = translate(
                "ProblemTexts", "تعذر حفظ الوسوم المعاد تجميعها في ذاكرة التخزين المؤقت ({1})."
            )
    return text.format(path, reason)


def _isolated(text: str) -> str:
    """Return text (a reason the system gave, often in English) isolated from the sentence
    around it, so that its punctuation stays where it belongs in either direction."""
    return f"\u2068{text}\u2069"


def _number(digits: str) -> str:
    """Return a count written in the interface's digits."""
    return QLocale().toString(int(digits)) if digits.isdigit() else digits


def _file_kind_text(kind: str) -> str:
    """Return what a file that is not text looks like, as words of the interface."""
    translate = QCoreApplication.translate
    match kind:
        case FileKind.PNG:
            return translate("ProblemTexts", "صورة PNG")
        case FileKind.JPEG:
            return translate("ProblemTexts", "صورة JPEG")
        case FileKind.GIF:
            return translate("ProblemTexts", "صورة GIF")
        case FileKind.PDF:
            return translate("ProblemTexts", "مستند PDF")
        case FileKind.ZIP:
            return translate("ProblemTexts", "أرشيف ZIP")
        case FileKind.GZIP:
            return translate("ProblemTexts", "أرشيف gzip")
        case FileKind.SEVEN_ZIP:
            return translate("ProblemTexts", "أرشيف 7-Zip")
        case FileKind.RAR:
            return translate("ProblemTexts", "أرشيف RAR")
        case FileKind.EXECUTABLE:
            return translate("ProblemTexts", "ملف تنفيذي")
        case FileKind.MEDIA:
            return translate("ProblemTexts", "ملف وسائط")
        case FileKind.MP3:
            return translate("ProblemTexts", "ملف MP3")
        case FileKind.SQLITE:
            return translate("ProblemTexts", "قاعدة بيانات SQLite")
    return translate("ProblemTexts", "بيانات ثنائية")
