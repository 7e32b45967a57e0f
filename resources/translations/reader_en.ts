<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ar">
<context>
    <name>ArticleColumn</name>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="69"/>
        <source>لا مقالات تطابق التصفية حتى الآن</source>
        <translation>No articles match the filter so far</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="71"/>
        <source>لا مقالات تطابق التصفية</source>
        <translation>No articles match the filter</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="75"/>
        <source>جارٍ قراءة المجلد…</source>
        <translation>Reading the folder…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="77"/>
        <source>لا مقالات في هذا المجلد</source>
        <translation>No articles in this folder</translation>
    </message>
</context>
<context>
    <name>ArticleListView</name>
    <message>
        <location filename="../../reader/widgets/article_list_view.py" line="35"/>
        <source>قائمة المقالات</source>
        <translation>Article list</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="80"/>
        <source>نص المقال</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="214"/>
        <source>اختر مقالاً لقراءته</source>
        <translation>Choose an article to read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="271"/>
        <source>المصدر: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="271"/>
        <source>بقلم: {0}</source>
        <translation>By {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/article_pane.py" line="290"/>
        <source>و%Ln وسمًا آخر</source>
        <translation>
            <numerusform>and %Ln more tag</numerusform>
            <numerusform>and %Ln more tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="304"/>
        <source>اقرأ أيضاً</source>
        <translation>Read also</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="309"/>
        <source>المقال أطول من أن يُعرض كله، فعُرض أوله. «نسخ المقال» ينسخه كاملًا.</source>
        <translation>This article is too long to show in full; its beginning is shown. “Copy Article” copies all of it.</translation>
    </message>
</context>
<context>
    <name>CopyCommands</name>
    <message numerus="yes">
        <location filename="../../reader/widgets/copy_commands.py" line="89"/>
        <source>نُسخ %Ln مقال</source>
        <translation>
            <numerusform>Copied %Ln article</numerusform>
            <numerusform>Copied %Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChipsBar</name>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="34"/>
        <source>التصفية الفعالة</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="60"/>
        <source>مسح الكل</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="61"/>
        <source>مسح كل التصفية والبحث</source>
        <translation>Clear every filter and the search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="62"/>
        <source>مسح كل التصفية والبحث (Esc)</source>
        <translation>Clear every filter and the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="96"/>
        <source>إزالة الوسم {0}</source>
        <translation>Remove the tag {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="100"/>
        <source>إلغاء استبعاد الوسم {0}</source>
        <translation>Stop excluding the tag {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="109"/>
        <source>بحث: «{0}»</source>
        <translation>Search: “{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="110"/>
        <source>إزالة البحث</source>
        <translation>Remove the search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="115"/>
        <source>لا تصفية: انقر وسمًا أو ابحث لتضييق القائمة</source>
        <translation>No filter: click a tag or search to narrow the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="118"/>
        <source>كل الوسوم:</source>
        <translation>All of:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="118"/>
        <source>أيٌّ من الوسوم:</source>
        <translation>Any of:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="121"/>
        <source>التصفية:</source>
        <translation>Filters:</translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="26"/>
        <source>عدد المقالات</source>
        <translation>Article count</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="31"/>
        <source>عرض الملفات التي تعذرت قراءتها وأسباب ذلك</source>
        <translation>Show the files that could not be read, and why</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="35"/>
        <source>عرض المقالات التي قُرئت مع تحذيرات، وتحذيراتها</source>
        <translation>Show the articles read with warnings, and the warnings</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="44"/>
        <source>تقدم التحميل</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="50"/>
        <source>إلغاء</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="51"/>
        <source>إلغاء التحميل</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="52"/>
        <source>إيقاف تحميل المجلد</source>
        <translation>Stop loading the folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="76"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="78"/>
        <source>{0} من {1} مقال حتى الآن</source>
        <translation>{0} of {1} articles so far</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="82"/>
        <source>{0} من {1} مقال</source>
        <translation>{0} of {1} articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="86"/>
        <source>الوسوم والبحث يشملان المقالات التي قُرئت كاملةً حتى الآن؛ تكتمل النتائج بانتهاء التحميل.</source>
        <translation>Tags and search cover the articles read in full so far; the results are complete when loading ends.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="111"/>
        <source>{0} من {1} ملف</source>
        <translation>{0} of {1} files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="125"/>
        <source>%Ln ملفات تعذرت قراءتها</source>
        <translation>
            <numerusform>%Ln file could not be read</numerusform>
            <numerusform>%Ln files could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="132"/>
        <source>%Ln مقالات بتحذيرات</source>
        <translation>
            <numerusform>%Ln article with warnings</numerusform>
            <numerusform>%Ln articles with warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="144"/>
        <source>المجلد غير موجود؛ القائمة آخر ما قُرئ منه</source>
        <translation>Folder not found; the list is the last one read from it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="146"/>
        <source>لم يعد المجلد {0} موجودًا. ستُحدَّث القائمة حين يعود.</source>
        <translation>The folder {0} no longer exists. The list will update when it comes back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="98"/>
        <source>قارئ الأخبار العربية</source>
        <translation>Arabic News Reader</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="131"/>
        <source>قارئ الأخبار العربية — {0}</source>
        <translation>Arabic News Reader — {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="150"/>
        <source>أجزاء النافذة</source>
        <translation>Window panes</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="344"/>
        <source>عن البرنامج</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="280"/>
        <source>المقال «{0}» ليس في هذا المجلد</source>
        <translation>The article “{0}” is not in this folder</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="210"/>
        <source>هذا المقال خارج نتائج التصفية الحالية</source>
        <translation>This article is outside the current filter</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="287"/>
        <source>فتح مجلد مقالات</source>
        <translation>Open a Folder of Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="332"/>
        <source>لم يعد هذا الملف في القائمة</source>
        <translation>This file is no longer in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="346"/>
        <source>قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث، ويعرض المقالات وينسخها.
الخط: Noto Naskh Arabic، برخصة SIL OFL 1.1.</source>
        <translation>Arabic News Reader: opens folders of scraped news, filters them by tag and search, shows and copies the articles.
Font: Noto Naskh Arabic, under the SIL OFL 1.1.</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="22"/>
        <source>الملف غير موجود</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="24"/>
        <source>لا إذن بقراءة الملف</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="26"/>
        <source>هذا مجلد، لا ملف</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="28"/>
        <source>تعذرت قراءته: {0}</source>
        <translation>could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="30"/>
        <source>الملف فارغ</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="32"/>
        <source>لا يحوي الملف إلا مسافات</source>
        <translation>the file holds only whitespace</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="35"/>
        <source>ليس ملفًا نصيًا: يبدو أنه {0}</source>
        <translation>not a text file: it looks like {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="37"/>
        <source>ليس مجلدًا أو لا يمكن فتحه</source>
        <translation>not a folder, or it cannot be opened</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="39"/>
        <source>تعثّر القارئ في هذا الملف: {0}</source>
        <translation>the reader failed on this file: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="50"/>
        <source>تعذر فك ترميز بعض البايتات فاستُبدل بها غيرها</source>
        <translation>some bytes could not be decoded and were replaced</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="52"/>
        <source>حُذفت منه بايتات صفرية (NUL)</source>
        <translation>NUL bytes were removed</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="55"/>
        <source>أُصلحت أسطر كُتبت بترميز UTF-8 وقُرئت بترميز Windows-1256 ({0})</source>
        <translation>lines of UTF-8 that had been decoded as Windows-1256 were repaired ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="59"/>
        <source>الملف أكبر من {0} ميغابايت، فلم يُقرأ إلا أوله</source>
        <translation>the file is larger than {0} MB; only its start was read</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="63"/>
        <source>تعذر فهم التاريخ: {0}</source>
        <translation>the date could not be understood: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="65"/>
        <source>التاريخ «{0}» نسبي، فقُدّر تقريبًا من وقت تعديل الملف</source>
        <translation>the date “{0}” is relative; it was resolved approximately against the file’s modification time</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="69"/>
        <source>لا شيء بعد عنوان «اقرأ أيضًا»</source>
        <translation>a read-also label was followed by nothing</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="71"/>
        <source>لم يوجد للمقال عنوان</source>
        <translation>no headline was found</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="73"/>
        <source>ليس للمقال فقرات</source>
        <translation>the article has no body paragraphs</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="88"/>
        <source>صورة PNG</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="90"/>
        <source>صورة JPEG</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="92"/>
        <source>صورة GIF</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="94"/>
        <source>مستند PDF</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="96"/>
        <source>أرشيف ZIP</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="98"/>
        <source>أرشيف gzip</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="100"/>
        <source>أرشيف 7-Zip</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="102"/>
        <source>أرشيف RAR</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="104"/>
        <source>ملف تنفيذي</source>
        <translation>an executable</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="106"/>
        <source>ملف وسائط</source>
        <translation>a media file</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="108"/>
        <source>ملف MP3</source>
        <translation>an MP3 file</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="110"/>
        <source>قاعدة بيانات SQLite</source>
        <translation>an SQLite database</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="111"/>
        <source>بيانات ثنائية</source>
        <translation>binary data</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="60"/>
        <source>هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:</source>
        <translation>These files are not readable articles, so they were left out of the list:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="51"/>
        <source>الملفات التي تعذرت قراءتها</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="46"/>
        <source>مشكلات القراءة</source>
        <translation>Reading Problems</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="57"/>
        <source>ملفات تعذرت قراءتها ({0})</source>
        <translation>Files that could not be read ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="66"/>
        <source>المقالات التي قُرئت مع تحذيرات</source>
        <translation>Articles read with warnings</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="66"/>
        <source>التحذير</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="77"/>
        <source>مقالات قُرئت مع تحذيرات ({0})</source>
        <translation>Articles read with warnings ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="80"/>
        <source>هذه المقالات في القائمة، لكن شيئًا فيها بدا خطأً. انقر مرتين لفتح المقال:</source>
        <translation>These articles are in the list, but something in them looked wrong. Double-click to open an article:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="101"/>
        <source>قُرئت كل الملفات دون مشكلات.</source>
        <translation>Every file was read without problems.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="104"/>
        <source>نسخ القائمة</source>
        <translation>Copy List</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="106"/>
        <source>نسخ القائمتين نصًا، عمود الملف ثم المشكلة</source>
        <translation>Copy both lists as text, the file column then the problem</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="120"/>
        <source>الملف</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="125"/>
        <source>نسخ</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="51"/>
        <source>السبب</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReadingColumn</name>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="104"/>
        <source>تغيّر المقال المعروض فلم يعد ضمن نتائج التصفية الحالية</source>
        <translation>The article on show changed and is no longer among the current results</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="117"/>
        <source>حُذف هذا الملف من المجلد؛ المعروض آخر ما قُرئ منه.</source>
        <translation>This file was deleted from the folder; what is shown is the last version read.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="119"/>
        <source>تعذرت قراءة هذا الملف بعد تغيّره ({0})؛ المعروض آخر ما قُرئ منه.</source>
        <translation>This file could not be read after it changed ({0}); what is shown is the last version read.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="142"/>
        <source>تعذرت قراءة المقال: {0}</source>
        <translation>The article could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="20"/>
        <source>البحث في المقالات</source>
        <translation>Search the articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="21"/>
        <source>ابحث في العناوين والنصوص والوسوم…</source>
        <translation>Search headlines, text and tags…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="25"/>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="29"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="30"/>
        <source>المفاتيح</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="30"/>
        <source>العمل</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StatusReporter</name>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="45"/>
        <source>تعذرت قراءة ملف الإعدادات؛ تُستعمل الإعدادات الافتراضية وقد لا تُحفظ التغييرات</source>
        <translation>The settings file could not be read; defaults are in use and changes may not be saved</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="51"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية؛ حُفظت نسخة منه في {0}</source>
        <translation>The settings file was damaged, so the settings are back to their defaults; a copy of it was kept in {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="56"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية</source>
        <translation>The settings file was damaged, so the settings are back to their defaults</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="66"/>
        <source>ذاكرة التخزين المؤقت: {0}</source>
        <translation>Cache: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="72"/>
        <source>أُوقفت إعادة القراءة؛ القائمة كما كانت</source>
        <translation>Reload stopped; the list is as it was</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="74"/>
        <source>أُوقف التحميل؛ بعض الملفات لم تُقرأ</source>
        <translation>Loading stopped; some files were not read</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="151"/>
        <source>مُضمَّن في التصفية</source>
        <translation>Included in the filter</translation>
    </message>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="153"/>
        <source>مُستبعَد من النتائج</source>
        <translation>Excluded from the results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="154"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="46"/>
        <source>تصفية الوسوم</source>
        <translation>Filter Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="47"/>
        <source>تصفية الوسوم…</source>
        <translation>Filter tags…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="52"/>
        <source>كلها</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="54"/>
        <source>المقالات التي تحمل كل الوسوم المختارة</source>
        <translation>Articles that carry every chosen tag</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="56"/>
        <source>أيٌّ منها</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="58"/>
        <source>المقالات التي تحمل أيًّا من الوسوم المختارة</source>
        <translation>Articles that carry any chosen tag</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="67"/>
        <source>تطابق:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="77"/>
        <location filename="../../reader/widgets/tag_sidebar.py" line="99"/>
        <source>الوسوم</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="203"/>
        <source>إلغاء التضمين</source>
        <translation>Stop Including</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="203"/>
        <source>تضمين</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="207"/>
        <source>إلغاء الاستبعاد</source>
        <translation>Stop Excluding</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="207"/>
        <source>استبعاد</source>
        <translation>Exclude</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="43"/>
        <source>فتح مجلد…</source>
        <translation>Open Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="48"/>
        <source>إعادة قراءة المجلد</source>
        <translation>Reload Folder</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="51"/>
        <source>قراءة المجلد من جديد (F5)؛ تُحدَّث القائمة وحدها حين تتغير الملفات</source>
        <translation>Read the folder again (F5); the list also updates by itself when files change</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="53"/>
        <source>خروج</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="55"/>
        <source>نسخ</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="58"/>
        <source>نسخ المقال</source>
        <translation>Copy Article</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="61"/>
        <source>نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)</source>
        <translation>Copy the selected articles as text and as right-to-left formatted text (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="64"/>
        <source>نسخ لبرامج لا تدعم العربية</source>
        <translation>Copy for Apps Without Arabic Support</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="68"/>
        <source>نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية (Ctrl+Alt+C)</source>
        <translation>Copy the selected articles shaped and in visual order, for apps without Arabic support (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="72"/>
        <source>بحث</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="75"/>
        <source>مسح التصفية والبحث</source>
        <translation>Clear Filters and Search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="77"/>
        <source>تصفية الوسوم</source>
        <translation>Filter Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="78"/>
        <source>قائمة المقالات</source>
        <translation>Article list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="79"/>
        <source>نص المقال</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="82"/>
        <source>تكبير النص</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="88"/>
        <source>تصغير النص</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="93"/>
        <source>الحجم الأصلي للنص</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="96"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="98"/>
        <source>عن البرنامج</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="102"/>
        <source>الأحدث أولًا</source>
        <translation>Newest First</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="103"/>
        <source>الأقدم أولًا</source>
        <translation>Oldest First</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="104"/>
        <source>حسب العنوان</source>
        <translation>By Headline</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="105"/>
        <source>حسب المصدر</source>
        <translation>By Source</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="124"/>
        <source>المجلدات الأخيرة</source>
        <translation>Recent Folders</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="130"/>
        <source>ملف</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="137"/>
        <source>تحرير</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="145"/>
        <source>عرض</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="146"/>
        <source>ترتيب المقالات</source>
        <translation>Sort Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="153"/>
        <location filename="../../reader/widgets/window_actions.py" line="246"/>
        <source>لغة الواجهة</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="156"/>
        <source>انتقال</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="162"/>
        <source>مساعدة</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="168"/>
        <location filename="../../reader/widgets/window_actions.py" line="170"/>
        <source>شريط الأدوات</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="198"/>
        <source>المقال التالي / السابق في القائمة</source>
        <translation>Next / previous article in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="199"/>
        <source>توسيع الاختيار في القائمة</source>
        <translation>Extend the selection in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="200"/>
        <source>نقر</source>
        <translation>Click</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="200"/>
        <source>تضمين الوسم أو إلغاء تضمينه</source>
        <translation>Include a tag, or stop including it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="201"/>
        <source>Ctrl+نقر</source>
        <translation>Ctrl+Click</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="201"/>
        <source>استبعاد الوسم أو إلغاء استبعاده</source>
        <translation>Exclude a tag, or stop excluding it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="202"/>
        <source>تضمين الوسم الحالي في قائمة الوسوم</source>
        <translation>Include the current tag of the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="203"/>
        <source>استبعاد الوسم الحالي في قائمة الوسوم</source>
        <translation>Exclude the current tag of the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="204"/>
        <source>من مربع تصفية الوسوم إلى قائمة الوسوم</source>
        <translation>From the tag filter box to the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="205"/>
        <source>عجلة الفأرة</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="205"/>
        <source>تكبير النص أو تصغيره</source>
        <translation>Zoom the text in or out</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="206"/>
        <source>الانتقال بين أجزاء النافذة</source>
        <translation>Move between the panes</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="247"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة.</source>
        <translation>The interface will use the chosen language the next time the reader starts.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="263"/>
        <source>مسح القائمة</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="265"/>
        <source>لا مجلدات حديثة</source>
        <translation>No recent folders</translation>
    </message>
</context>
</TS>
