<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ar">
<context>
    <name>ArticleColumn</name>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="76"/>
        <source>لا مقالات تطابق التصفية حتى الآن</source>
        <translation>No articles match the filter so far</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="78"/>
        <source>لا مقالات تطابق التصفية</source>
        <translation>No articles match the filter</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="82"/>
        <source>جارٍ قراءة المجلد…</source>
        <translation>Reading the folder…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="84"/>
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
        <location filename="../../reader/widgets/article_pane.py" line="75"/>
        <source>نص المقال</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="222"/>
        <source>اختر مقالاً لقراءته</source>
        <translation>Choose an article to read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="280"/>
        <source>المصدر: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="280"/>
        <source>بقلم: {0}</source>
        <translation>By {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/article_pane.py" line="304"/>
        <source>و%Ln وسمًا آخر</source>
        <translation>
            <numerusform>and %Ln more tag</numerusform>
            <numerusform>and %Ln more tags</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="319"/>
        <source>اقرأ أيضاً</source>
        <translation>Read also</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="324"/>
        <source>المقال أطول من أن يُعرض كله، فعُرض أوله. «نسخ المقال» ينسخه كاملًا.</source>
        <translation>This article is too long to show in full; its beginning is shown. “Copy Article” copies all of it.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="341"/>
        <source>ابحث عن هذا العنوان</source>
        <translation>search for this headline</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="379"/>
        <source>نحو {0}</source>
        <translation>about {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="380"/>
        <source>تاريخ تقريبي: قُدّر من «{0}» في الملف ووقت تعديل الملف ({1})</source>
        <translation>Approximate date: worked out from “{0}” in the file and the file&apos;s modification time ({1})</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../reader/models/concordance_model.py" line="172"/>
        <source>قبل</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../reader/models/concordance_model.py" line="172"/>
        <source>الكلمة</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../reader/models/concordance_model.py" line="172"/>
        <source>بعد</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="38"/>
        <source>ترتيب السطور</source>
        <translation>Order of the lines</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="40"/>
        <source>حسب تاريخ المقال</source>
        <translation>By the article&apos;s date</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="41"/>
        <source>حسب الكلمة السابقة</source>
        <translation>By the word before</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="42"/>
        <source>حسب الكلمة الثانية قبلها</source>
        <translation>By the second word before</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="43"/>
        <source>حسب الكلمة التالية</source>
        <translation>By the word after</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="44"/>
        <source>حسب الكلمة الثانية بعدها</source>
        <translation>By the second word after</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="47"/>
        <source>نسخ السطور</source>
        <translation>Copy lines</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="50"/>
        <source>نسخ السطور جدولًا (TSV)</source>
        <translation>Copy lines as a table (TSV)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="54"/>
        <source>نسخ</source>
        <translation>Copy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/concordance_view.py" line="129"/>
        <source>%n مرة</source>
        <translation>
            <numerusform>%n hit(s)</numerusform>
            <numerusform>%n hit(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/concordance_view.py" line="129"/>
        <source>في %n مقالًا</source>
        <translation>
            <numerusform>in %n article(s)</numerusform>
            <numerusform>in %n article(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="131"/>
        <source>(جارٍ البحث…)</source>
        <translation>(searching…)</translation>
    </message>
</context>
<context>
    <name>CopiesNotice</name>
    <message>
        <location filename="../../reader/widgets/copies_notice.py" line="69"/>
        <source>بدون مصدر</source>
        <translation>No outlet</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/copies_notice.py" line="74"/>
        <source>نُشر أيضًا في:</source>
        <translation>Also published in:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/copies_notice.py" line="76"/>
        <source>لهذا المقال {0} نسخ:</source>
        <translation>This article has {0} copies:</translation>
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
    <name>ExportCommands</name>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="40"/>
        <source>تصدير…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="45"/>
        <source>تصدير نتائج التصفية، أو المقالات المختارة، إلى ملف CSV أو JSON Lines أو HTML</source>
        <translation>Export the filtered result, or the selected articles, to a CSV, JSON Lines or HTML file</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="48"/>
        <source>تصدير أعداد الوسوم…</source>
        <translation>Export tag counts…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="51"/>
        <source>تصدير أعداد المصادر…</source>
        <translation>Export outlet counts…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="58"/>
        <source>تقدم التصدير</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="63"/>
        <source>إلغاء التصدير</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="64"/>
        <source>إيقاف التصدير؛ لا يبقى ملف ناقص</source>
        <translation>Stop the export; no partial file is left</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="101"/>
        <source>مقالات</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="106"/>
        <source>تصدير آخر جارٍ؛ ألغه أو انتظر انتهاءه</source>
        <translation>Another export is running; cancel it or wait for it to finish</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="110"/>
        <source>لا مقالات للتصدير</source>
        <translation>No articles to export</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="113"/>
        <location filename="../../reader/widgets/export_commands.py" line="191"/>
        <source>CSV لبرامج الجداول (*.csv)</source>
        <translation>CSV for spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="114"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="115"/>
        <source>صفحة HTML (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="117"/>
        <source>تصدير المقالات</source>
        <translation>Export articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="123"/>
        <source>اختر ملفًا ينتهي بـ ‎.csv أو ‎.jsonl أو ‎.html</source>
        <translation>Choose a file ending in .csv, .jsonl or .html</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/export_commands.py" line="138"/>
        <source>تصدير %Ln مقال إلى {0}…</source>
        <translation>
            <numerusform>Exporting %Ln article(s) to {0}…</numerusform>
            <numerusform>Exporting %Ln article(s) to {0}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="147"/>
        <source>{0} من {1} مقال</source>
        <translation>{0} of {1} articles</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/export_commands.py" line="154"/>
        <source>صُدِّر %Ln مقال إلى {0}</source>
        <translation>
            <numerusform>Exported %Ln article(s) to {0}</numerusform>
            <numerusform>Exported %Ln article(s) to {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="161"/>
        <location filename="../../reader/widgets/export_commands.py" line="203"/>
        <location filename="../../reader/widgets/export_commands.py" line="208"/>
        <source>تعذر التصدير إلى {0}: {1}</source>
        <translation>Could not export to {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="167"/>
        <source>أُلغي التصدير؛ لم يُكتب أي ملف</source>
        <translation>Export cancelled; no file was written</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="190"/>
        <source>أعداد الوسوم</source>
        <translation>tag counts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="190"/>
        <source>أعداد المصادر</source>
        <translation>outlet counts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/export_commands.py" line="213"/>
        <source>صُدِّر %Ln سطر إلى {0}</source>
        <translation>
            <numerusform>Exported %Ln row(s) to {0}</numerusform>
            <numerusform>Exported %Ln row(s) to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetListView</name>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="89"/>
        <source>إلغاء التضمين</source>
        <translation>Stop Including</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="89"/>
        <source>تضمين</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="93"/>
        <source>إلغاء الاستبعاد</source>
        <translation>Stop Excluding</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="93"/>
        <source>استبعاد</source>
        <translation>Exclude</translation>
    </message>
</context>
<context>
    <name>FilterChipsBar</name>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="44"/>
        <source>التصفية الفعالة</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="57"/>
        <source>مسح الكل</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="58"/>
        <source>مسح كل التصفية والبحث</source>
        <translation>Clear every filter and the search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="59"/>
        <source>مسح كل التصفية والبحث (Esc)</source>
        <translation>Clear every filter and the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="103"/>
        <source>إزالة الوسم {0}</source>
        <translation>Remove the tag {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="108"/>
        <source>إلغاء استبعاد الوسم {0}</source>
        <translation>Stop excluding the tag {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="115"/>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="122"/>
        <source>مصدر: {0}</source>
        <translation>Outlet: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="116"/>
        <source>إزالة المصدر {0}</source>
        <translation>Remove the outlet {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="123"/>
        <source>إلغاء استبعاد المصدر {0}</source>
        <translation>Stop excluding the outlet {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="130"/>
        <source>إزالة مدى التاريخ</source>
        <translation>Remove the date range</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="136"/>
        <source>بحث: «{0}»</source>
        <translation>Search: “{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="137"/>
        <source>إزالة البحث</source>
        <translation>Remove the search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="142"/>
        <source>غير المقروءة</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="143"/>
        <source>إظهار المقروءة أيضًا</source>
        <translation>Show read articles too</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="148"/>
        <source>★ المميزة بنجمة</source>
        <translation>★ Starred</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="149"/>
        <source>إظهار غير المميزة أيضًا</source>
        <translation>Show unstarred articles too</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="154"/>
        <source>لا تصفية: انقر وسمًا أو ابحث لتضييق القائمة</source>
        <translation>No filter: click a tag or search to narrow the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="157"/>
        <source>كل الوسوم:</source>
        <translation>All of:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="157"/>
        <source>أيٌّ من الوسوم:</source>
        <translation>Any of:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="160"/>
        <source>التصفية:</source>
        <translation>Filters:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="176"/>
        <source>بدون مصدر</source>
        <translation>No outlet</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="182"/>
        <source>التاريخ: {0}</source>
        <translation>Date: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="183"/>
        <source>التاريخ: {0} – {1}</source>
        <translation>Date: {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="185"/>
        <source>التاريخ: من {0}</source>
        <translation>Date: from {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="187"/>
        <source>التاريخ: حتى {0}</source>
        <translation>Date: until {0}</translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="29"/>
        <source>عدد المقالات</source>
        <translation>Article count</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="36"/>
        <source>عرض الملفات التي تعذرت قراءتها وأسباب ذلك</source>
        <translation>Show the files that could not be read, and why</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="40"/>
        <source>عرض المقالات التي قُرئت مع تحذيرات، وتحذيراتها</source>
        <translation>Show the articles read with warnings, and the warnings</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="49"/>
        <source>تقدم التحميل</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="55"/>
        <source>إلغاء</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="56"/>
        <source>إلغاء التحميل</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="57"/>
        <source>إيقاف تحميل المجلد</source>
        <translation>Stop loading the folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="87"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="89"/>
        <source>{0} من {1} مقال حتى الآن</source>
        <translation>{0} of {1} articles so far</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="93"/>
        <source>{0} من {1} مقال</source>
        <translation>{0} of {1} articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="96"/>
        <source>{0} قصص من {1} مقالًا</source>
        <translation>{0} stories of {1} articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="100"/>
        <source> (من {0} قصة في المجلد)</source>
        <translation> (of {0} stories in the folder)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="104"/>
        <source>الوسوم والبحث يشملان المقالات التي قُرئت كاملةً حتى الآن؛ تكتمل النتائج بانتهاء التحميل.</source>
        <translation>Tags and search cover the articles read in full so far; the results are complete when loading ends.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="131"/>
        <source>{0} من {1} ملف</source>
        <translation>{0} of {1} files</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="138"/>
        <source>قُرئت كل الملفات؛ يجري البحث عن نسخ الخبر نفسه</source>
        <translation>Every file is read; looking for copies of the same story</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="151"/>
        <source>%Ln ملفات تعذرت قراءتها</source>
        <translation>
            <numerusform>%Ln file could not be read</numerusform>
            <numerusform>%Ln files could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="158"/>
        <source>%Ln مقالات بتحذيرات</source>
        <translation>
            <numerusform>%Ln article with warnings</numerusform>
            <numerusform>%Ln articles with warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="172"/>
        <source>المجلد غير موجود؛ القائمة آخر ما قُرئ منه</source>
        <translation>Folder not found; the list is the last one read from it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="173"/>
        <source>لم يعد المجلد {0} موجودًا. ستُحدَّث القائمة حين يعود.</source>
        <translation>The folder {0} no longer exists. The list will update when it comes back.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="176"/>
        <source>المجلد غير موجود</source>
        <translation>Folder not found</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="177"/>
        <source>لا يوجد المجلد {0}. ستُقرأ مقالاته حين يوجد.</source>
        <translation>There is no folder {0}. Its articles will be read when it appears.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="103"/>
        <source>قارئ الأخبار العربية</source>
        <translation>Arabic News Reader</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="136"/>
        <source>قارئ الأخبار العربية — {0}</source>
        <translation>Arabic News Reader — {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="155"/>
        <source>أجزاء النافذة</source>
        <translation>Window panes</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="294"/>
        <source>المقال «{0}» ليس في هذا المجلد</source>
        <translation>The article “{0}” is not in this folder</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="224"/>
        <source>هذا المقال خارج نتائج التصفية الحالية</source>
        <translation>This article is outside the current filter</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="301"/>
        <source>فتح مجلد مقالات</source>
        <translation>Open a Folder of Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="346"/>
        <source>لم يعد هذا الملف في القائمة</source>
        <translation>This file is no longer in the list</translation>
    </message>
</context>
<context>
    <name>MarksCommands</name>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="35"/>
        <source>تمييز بنجمة أو إلغاؤه</source>
        <translation>Star or unstar</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="36"/>
        <source>تمييز المقالات المختارة بنجمة، أو إلغاء تمييزها (S)</source>
        <translation>Star the selected articles, or unstar them (S)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="39"/>
        <source>تعليم كمقروء أو غير مقروء</source>
        <translation>Mark read or unread</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="43"/>
        <source>تعليم كل النتائج كمقروءة</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="47"/>
        <source>غير المقروءة فقط</source>
        <translation>Unread only</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="52"/>
        <source>المميزة بنجمة فقط</source>
        <translation>Starred only</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/marks_commands.py" line="90"/>
        <source>مُيِّز %Ln مقال بنجمة</source>
        <translation>
            <numerusform>Starred %Ln article(s)</numerusform>
            <numerusform>Starred %Ln article(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/marks_commands.py" line="92"/>
        <source>أُلغي تمييز %Ln مقال</source>
        <translation>
            <numerusform>Unstarred %Ln article(s)</numerusform>
            <numerusform>Unstarred %Ln article(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/marks_commands.py" line="117"/>
        <source>عُلِّم %Ln مقال كمقروء</source>
        <translation>
            <numerusform>Marked %Ln article(s) as read</numerusform>
            <numerusform>Marked %Ln article(s) as read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="130"/>
        <source>تعذر حفظ العلامات: {0}</source>
        <translation>Could not keep the marks: {0}</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="31"/>
        <source>الملف غير موجود</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="33"/>
        <source>لا إذن بقراءة الملف</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="35"/>
        <source>هذا مجلد، لا ملف</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="37"/>
        <source>تعذرت قراءته: {0}</source>
        <translation>could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="39"/>
        <source>الملف فارغ</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="41"/>
        <source>لا يحوي الملف إلا مسافات</source>
        <translation>the file holds only whitespace</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="44"/>
        <source>ليس ملفًا نصيًا: يبدو أنه {0}</source>
        <translation>not a text file: it looks like {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="46"/>
        <source>ليس مجلدًا أو لا يمكن فتحه</source>
        <translation>not a folder, or it cannot be opened</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="48"/>
        <source>تعثّر القارئ في هذا الملف: {0}</source>
        <translation>the reader failed on this file: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="61"/>
        <source>تعذر فك ترميز بعض البايتات فاستُبدل بها غيرها</source>
        <translation>some bytes could not be decoded and were replaced</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="63"/>
        <source>حُذفت منه بايتات صفرية (NUL)</source>
        <translation>NUL bytes were removed</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="66"/>
        <source>أُصلحت أسطر كُتبت بترميز UTF-8 وقُرئت بترميز Windows-1256 ({0})</source>
        <translation>lines of UTF-8 that had been decoded as Windows-1256 were repaired ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="70"/>
        <source>الملف أكبر من {0} ميغابايت، فلم يُقرأ إلا أوله</source>
        <translation>the file is larger than {0} MB; only its start was read</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="74"/>
        <source>تعذر فهم التاريخ: {0}</source>
        <translation>the date could not be understood: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="76"/>
        <source>التاريخ «{0}» نسبي، فقُدّر تقريبًا من وقت تعديل الملف</source>
        <translation>the date “{0}” is relative; it was resolved approximately against the file’s modification time</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="80"/>
        <source>لا شيء بعد عنوان «اقرأ أيضًا»</source>
        <translation>a read-also label was followed by nothing</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="82"/>
        <source>لم يوجد للمقال عنوان</source>
        <translation>no headline was found</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="84"/>
        <source>ليس للمقال فقرات</source>
        <translation>the article has no body paragraphs</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="96"/>
        <source>كانت ذاكرة التخزين المؤقت {0} تالفة ({1}) فأُعيد بناؤها.</source>
        <translation>The cache {0} was damaged ({1}) and was rebuilt.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="100"/>
        <source>لم يُعرف إصدار ذاكرة التخزين المؤقت {0} فأُعيد بناؤها.</source>
        <translation>The cache {0} had no schema version and was rebuilt.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="103"/>
        <source>أنشأ ذاكرة التخزين المؤقت {0} إصدار آخر من القارئ (المخطط {1}) فأُعيد بناؤها.</source>
        <translation>The cache {0} was made by another version of the reader (schema {1}) and was rebuilt.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="108"/>
        <source>تعذرت إعادة بناء ذاكرة التخزين المؤقت {0}؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation>The cache {0} could not be rebuilt; this folder is cached in memory only.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="113"/>
        <source>ذاكرة التخزين المؤقت {0} يستعملها برنامج آخر؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation>The cache {0} is in use by another program; this folder is cached in memory only.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="118"/>
        <source>تتعذر الكتابة في ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation>The cache {0} cannot be written ({1}); this folder is cached in memory only.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="123"/>
        <source>يتعذر استعمال ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation>The cache {0} cannot be used ({1}); this folder is cached in memory only.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="128"/>
        <source>يتعذر إنشاء مجلد ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation>The cache folder {0} cannot be created ({1}); this folder is cached in memory only.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="133"/>
        <source>تعطلت ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation>The cache {0} failed ({1}); this folder is cached in memory only.</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="138"/>
        <source>تعذر حفظ القائمة في ذاكرة التخزين المؤقت ({1}).</source>
        <translation>The cache could not store the list ({1}).</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="140"/>
        <source>تعذر حفظ الوسوم المعاد تجميعها في ذاكرة التخزين المؤقت ({1}).</source>
        <translation>The cache could not store the regrouped tags ({1}).</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="162"/>
        <source>صورة PNG</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="164"/>
        <source>صورة JPEG</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="166"/>
        <source>صورة GIF</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="168"/>
        <source>مستند PDF</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="170"/>
        <source>أرشيف ZIP</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="172"/>
        <source>أرشيف gzip</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="174"/>
        <source>أرشيف 7-Zip</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="176"/>
        <source>أرشيف RAR</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="178"/>
        <source>ملف تنفيذي</source>
        <translation>an executable</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="180"/>
        <source>ملف وسائط</source>
        <translation>a media file</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="182"/>
        <source>ملف MP3</source>
        <translation>an MP3 file</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="184"/>
        <source>قاعدة بيانات SQLite</source>
        <translation>an SQLite database</translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="185"/>
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
        <location filename="../../reader/widgets/problems_dialog.py" line="53"/>
        <source>الملفات التي تعذرت قراءتها</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="48"/>
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
        <location filename="../../reader/widgets/problems_dialog.py" line="73"/>
        <source>مقالات قُرئت مع تحذيرات ({0})</source>
        <translation>Articles read with warnings ({0})</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="76"/>
        <source>هذه المقالات في القائمة، لكن شيئًا فيها بدا خطأً. انقر مرتين لفتح المقال:</source>
        <translation>These articles are in the list, but something in them looked wrong. Double-click to open an article:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="97"/>
        <source>قُرئت كل الملفات دون مشكلات.</source>
        <translation>Every file was read without problems.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="100"/>
        <source>نسخ القائمة</source>
        <translation>Copy List</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="102"/>
        <source>نسخ القائمتين نصًا، عمود الملف ثم المشكلة</source>
        <translation>Copy both lists as text, the file column then the problem</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="116"/>
        <source>الملف</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="125"/>
        <source>نسخ</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="53"/>
        <source>السبب</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReadingColumn</name>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="146"/>
        <source>تغيّر المقال المعروض فلم يعد ضمن نتائج التصفية الحالية</source>
        <translation>The article on show changed and is no longer among the current results</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="213"/>
        <source>حُذف هذا الملف من المجلد؛ المعروض آخر ما قُرئ منه.</source>
        <translation>This file was deleted from the folder; what is shown is the last version read.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="215"/>
        <source>تعذرت قراءة هذا الملف بعد تغيّره ({0})؛ المعروض آخر ما قُرئ منه.</source>
        <translation>This file could not be read after it changed ({0}); what is shown is the last version read.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="238"/>
        <source>تعذرت قراءة المقال: {0}</source>
        <translation>The article could not be read: {0}</translation>
    </message>
</context>
<context>
    <name>ReadingTabs</name>
    <message>
        <location filename="../../reader/widgets/reading_tabs.py" line="49"/>
        <source>المقال</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_tabs.py" line="50"/>
        <source>الكلمات في سياقها</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_tabs.py" line="51"/>
        <source>قائمة الكلمات</source>
        <translation>Word list</translation>
    </message>
</context>
<context>
    <name>SavedSearchMenu</name>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="25"/>
        <location filename="../../reader/widgets/saved_search_menu.py" line="143"/>
        <source>عمليات البحث المحفوظة</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="29"/>
        <source>حفظ البحث الحالي…</source>
        <translation>Save current search…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="34"/>
        <source>إعادة تسمية</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="36"/>
        <source>حذف</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="46"/>
        <source>تعذر قراءة عمليات البحث المحفوظة: {0}</source>
        <translation>Could not read the saved searches: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="66"/>
        <source>لا عمليات بحث محفوظة</source>
        <translation>No saved searches</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="83"/>
        <source>البحث المحفوظ «{0}»</source>
        <translation>Saved search “{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="91"/>
        <source>حفظ البحث</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="92"/>
        <source>اسم البحث المحفوظ:</source>
        <translation>Name of the saved search:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="100"/>
        <source>يوجد بحث محفوظ باسم «{0}». أتريد استبداله؟</source>
        <translation>A saved search named “{0}” exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="106"/>
        <source>تعذر حفظ البحث: {0}</source>
        <translation>Could not save the search: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="109"/>
        <source>حُفظ البحث «{0}»</source>
        <translation>Saved the search “{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="115"/>
        <source>إعادة تسمية البحث</source>
        <translation>Rename saved search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="116"/>
        <source>الاسم الجديد:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="125"/>
        <source>تعذرت إعادة التسمية: {0}</source>
        <translation>Could not rename: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="131"/>
        <source>أتريد حذف البحث المحفوظ «{0}»؟</source>
        <translation>Delete the saved search “{0}”?</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="136"/>
        <source>تعذر الحذف: {0}</source>
        <translation>Could not delete: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="139"/>
        <source>حُذف البحث «{0}»</source>
        <translation>Deleted the saved search “{0}”</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="38"/>
        <source>البحث في المقالات</source>
        <translation>Search the articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="39"/>
        <source>ابحث في العناوين والنصوص والوسوم…</source>
        <translation>Search headlines, text and tags…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="51"/>
        <source>صيغة البحث</source>
        <translation>Search syntax</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="158"/>
        <source>%1؛ قُرئ البحث كلمات عادية: %2</source>
        <translation>%1; the search was read as plain words: %2</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="172"/>
        <source>علامة اقتباس غير مغلقة</source>
        <translation>An unclosed quote</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="174"/>
        <source>قوس غير مغلق</source>
        <translation>An unclosed parenthesis</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="176"/>
        <source>قوس إغلاق بلا قوس فتح</source>
        <translation>A closing parenthesis with no opening one</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="177"/>
        <source>عامل (OR أو NOT) بلا كلمة</source>
        <translation>An operator (OR or NOT) with no word</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="182"/>
        <source>كل الكلمات، وخلف و ف ب ك ل وال ولل (والصين، للصين)</source>
        <translation>Every word, also behind و ف ب ك ل, ال and لل (والصين, للصين)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="183"/>
        <source>عبارة: الكلمات بترتيبها ومتجاورة</source>
        <translation>A phrase: the words in this order, side by side</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="184"/>
        <source>إحدى الكلمتين على الأقل (أو الصين | روسيا)</source>
        <translation>At least one of the two (or الصين | روسيا)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="185"/>
        <source>استبعاد: بلا كلمة روسيا (أو NOT روسيا)</source>
        <translation>Exclusion: without the word روسيا (or NOT روسيا)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="186"/>
        <source>الأقواس تجمع</source>
        <translation>Parentheses group</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="187"/>
        <source>كل كلمة تبدأ بهذه الحروف (المستشفى، والمستشفيات)</source>
        <translation>Every word starting with these letters (المستشفى, والمستشفيات)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="188"/>
        <source>في العنوان فقط؛ وكذلك body: و source: و tag:</source>
        <translation>In the headline only; likewise body:, source: and tag:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="189"/>
        <source>عبارة في المصدر</source>
        <translation>A phrase in the source</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="190"/>
        <source>أسماء الحقول بالعربية</source>
        <translation>The field names in Arabic</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="199"/>
        <source>تُطابق الكلمة التي تكتبها كبادئة بعد حروفها الأولى حتى تُكملها؛ Enter يبحث بها كما كُتبت.</source>
        <translation>After its first letters, the word you are typing matches as a prefix until you finish it; Enter searches it as written.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="202"/>
        <source>استعلام لا يُقرأ (علامة اقتباس أو قوس غير مغلق) يُقرأ كلمات عادية.</source>
        <translation>A query that cannot be read (an unclosed quote or parenthesis) is read as plain words.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="27"/>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="31"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="32"/>
        <source>المفاتيح</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="32"/>
        <source>العمل</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SourceFacet</name>
    <message>
        <location filename="../../reader/widgets/source_facet.py" line="26"/>
        <location filename="../../reader/widgets/source_facet.py" line="28"/>
        <source>المصادر</source>
        <translation>Outlets</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/source_facet.py" line="32"/>
        <source>انقر مصدرًا لتضمينه (أيٌّ من المختارة)، أو Ctrl+نقر لاستبعاده</source>
        <translation>Click an outlet to include it (any of those chosen), or Ctrl+click to exclude it</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../reader/models/source_list_model.py" line="63"/>
        <source>بدون مصدر</source>
        <translation>No outlet</translation>
    </message>
    <message>
        <location filename="../../reader/models/source_list_model.py" line="117"/>
        <source>مُضمَّن في التصفية</source>
        <translation>Included in the filter</translation>
    </message>
    <message>
        <location filename="../../reader/models/source_list_model.py" line="119"/>
        <source>مُستبعَد من النتائج</source>
        <translation>Excluded from the results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/source_list_model.py" line="121"/>
        <source>%Ln قصة</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/source_list_model.py" line="122"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../reader/app.py" line="106"/>
        <source>لم يعد المجلد الأخير {0} موجودًا، فعُرضت المقالات المرفقة</source>
        <translation>The last folder, {0}, no longer exists; showing the bundled sample articles</translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="117"/>
        <source>تعذر فتح الملف {0} مقالًا</source>
        <translation>Could not open {0} as an article</translation>
    </message>
</context>
<context>
    <name>StatusReporter</name>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="50"/>
        <source>تعذرت قراءة ملف الإعدادات؛ تُستعمل الإعدادات الافتراضية وقد لا تُحفظ التغييرات</source>
        <translation>The settings file could not be read; defaults are in use and changes may not be saved</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="56"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية؛ حُفظت نسخة منه في {0}</source>
        <translation>The settings file was damaged, so the settings are back to their defaults; a copy of it was kept in {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="61"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية</source>
        <translation>The settings file was damaged, so the settings are back to their defaults</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="76"/>
        <source>أُوقفت إعادة القراءة؛ القائمة كما كانت</source>
        <translation>Reload stopped; the list is as it was</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="78"/>
        <source>أُوقف التحميل؛ بعض الملفات لم تُقرأ</source>
        <translation>Loading stopped; some files were not read</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="163"/>
        <source>مُضمَّن في التصفية</source>
        <translation>Included in the filter</translation>
    </message>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="165"/>
        <source>مُستبعَد من النتائج</source>
        <translation>Excluded from the results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="167"/>
        <source>%Ln قصة</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="168"/>
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
        <location filename="../../reader/widgets/tag_sidebar.py" line="53"/>
        <source>تصفية الوسوم</source>
        <translation>Filter Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="54"/>
        <source>تصفية الوسوم…</source>
        <translation>Filter tags…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="59"/>
        <source>كلها</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="61"/>
        <source>المقالات التي تحمل كل الوسوم المختارة</source>
        <translation>Articles that carry every chosen tag</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="63"/>
        <source>أيٌّ منها</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="65"/>
        <source>المقالات التي تحمل أيًّا من الوسوم المختارة</source>
        <translation>Articles that carry any chosen tag</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="74"/>
        <source>تطابق:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="84"/>
        <location filename="../../reader/widgets/tag_sidebar.py" line="87"/>
        <source>الوسوم</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="37"/>
        <source>من تاريخ</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="38"/>
        <source>إلى تاريخ</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="41"/>
        <source>مدة العمود</source>
        <translation>Period of each bar</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="42"/>
        <source>تلقائي</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="44"/>
        <source>يوم</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="45"/>
        <source>أسبوع</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="46"/>
        <source>شهر</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="47"/>
        <source>سنة</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="51"/>
        <source>النسبة</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="53"/>
        <source>نسبة النتائج من مقالات المجلد في كل مدة، بدل العدد</source>
        <translation>The results&apos; share of the folder&apos;s articles in each period, instead of counts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="59"/>
        <source>من</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="61"/>
        <source>إلى</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="111"/>
        <source>بدون تاريخ: {0}</source>
        <translation>Undated: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="114"/>
        <source>لا تدخل المقالات بلا تاريخ في النتائج ما دام مدى التاريخ محددًا</source>
        <translation>Undated articles are left out of the results while a date range is set</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="28"/>
        <source>المقالات عبر الزمن</source>
        <translation>Articles over time</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="78"/>
        <source>{0}: {1} قصة، من {2} مقال في المجلد ({3})</source>
        <translation>{0}: {1} stories, of {2} articles in the folder ({3})</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="80"/>
        <source>{0}: {1} من {2} في المجلد ({3})</source>
        <translation>{0}: {1} of {2} in the folder ({3})</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="146"/>
        <source>لا تواريخ</source>
        <translation>No dates</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="45"/>
        <source>فتح مجلد…</source>
        <translation>Open Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="50"/>
        <source>إعادة قراءة المجلد</source>
        <translation>Reload Folder</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="53"/>
        <source>قراءة المجلد من جديد (F5)؛ تُحدَّث القائمة وحدها حين تتغير الملفات</source>
        <translation>Read the folder again (F5); the list also updates by itself when files change</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="55"/>
        <source>خروج</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="57"/>
        <source>نسخ</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="60"/>
        <source>نسخ المقال</source>
        <translation>Copy Article</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="63"/>
        <source>نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)</source>
        <translation>Copy the selected articles as text and as right-to-left formatted text (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="66"/>
        <source>نسخ لبرامج لا تدعم العربية</source>
        <translation>Copy for Apps Without Arabic Support</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="70"/>
        <source>نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية (Ctrl+Alt+C)</source>
        <translation>Copy the selected articles shaped and in visual order, for apps without Arabic support (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="74"/>
        <source>بحث</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="77"/>
        <source>مسح التصفية والبحث</source>
        <translation>Clear Filters and Search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="79"/>
        <source>تصفية الوسوم</source>
        <translation>Filter Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="80"/>
        <source>قائمة المقالات</source>
        <translation>Article list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="81"/>
        <source>نص المقال</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="84"/>
        <source>تكبير النص</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="90"/>
        <source>تصغير النص</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="95"/>
        <source>الحجم الأصلي للنص</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="98"/>
        <source>المقال السابق المعروض</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="101"/>
        <source>المقال التالي المعروض</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="104"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="106"/>
        <location filename="../../reader/widgets/window_actions.py" line="311"/>
        <source>عن البرنامج</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="107"/>
        <source>تجميع النسخ</source>
        <translation>Group copies</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="109"/>
        <source>عرض كل قصة مرة واحدة، بأقدم نسخها، وعدّ القصص بدل المقالات</source>
        <translation>Show each story once, by its earliest copy, and count stories instead of articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="116"/>
        <source>إظهار الخط الزمني</source>
        <translation>Show Timeline</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="126"/>
        <source>الأحدث أولًا</source>
        <translation>Newest First</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="127"/>
        <source>الأقدم أولًا</source>
        <translation>Oldest First</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="128"/>
        <source>حسب العنوان</source>
        <translation>By Headline</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="129"/>
        <source>حسب المصدر</source>
        <translation>By Source</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="148"/>
        <source>المجلدات الأخيرة</source>
        <translation>Recent Folders</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="154"/>
        <source>ملف</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="161"/>
        <source>تحرير</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="169"/>
        <source>عرض</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="170"/>
        <source>ترتيب المقالات</source>
        <translation>Sort Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="179"/>
        <location filename="../../reader/widgets/window_actions.py" line="282"/>
        <source>لغة الواجهة</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="182"/>
        <source>انتقال</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="191"/>
        <source>مساعدة</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="202"/>
        <location filename="../../reader/widgets/window_actions.py" line="204"/>
        <source>شريط الأدوات</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="234"/>
        <source>المقال التالي / السابق في القائمة</source>
        <translation>Next / previous article in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="235"/>
        <source>توسيع الاختيار في القائمة</source>
        <translation>Extend the selection in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="236"/>
        <source>نقر</source>
        <translation>Click</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="236"/>
        <source>تضمين الوسم أو إلغاء تضمينه</source>
        <translation>Include a tag, or stop including it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="237"/>
        <source>Ctrl+نقر</source>
        <translation>Ctrl+Click</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="237"/>
        <source>استبعاد الوسم أو إلغاء استبعاده</source>
        <translation>Exclude a tag, or stop excluding it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="238"/>
        <source>تضمين الوسم الحالي في قائمة الوسوم</source>
        <translation>Include the current tag of the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="239"/>
        <source>استبعاد الوسم الحالي في قائمة الوسوم</source>
        <translation>Exclude the current tag of the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="240"/>
        <source>من مربع تصفية الوسوم إلى قائمة الوسوم</source>
        <translation>From the tag filter box to the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="241"/>
        <source>عجلة الفأرة</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="241"/>
        <source>تكبير النص أو تصغيره</source>
        <translation>Zoom the text in or out</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="242"/>
        <source>الانتقال بين أجزاء النافذة</source>
        <translation>Move between the panes</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="283"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة.</source>
        <translation>The interface will use the chosen language the next time the reader starts.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="299"/>
        <source>مسح القائمة</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="301"/>
        <source>لا مجلدات حديثة</source>
        <translation>No recent folders</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="313"/>
        <source>قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث، ويعرض المقالات وينسخها.
الخط: Noto Naskh Arabic، برخصة SIL OFL 1.1.</source>
        <translation>Arabic News Reader: opens folders of scraped news, filters them by tag and search, shows and copies the articles.
Font: Noto Naskh Arabic, under the SIL OFL 1.1.</translation>
    </message>
</context>
<context>
    <name>WordListModel</name>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>الكلمة</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>مرات</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>مقالات</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>التميّز</source>
        <translation>Keyness</translation>
    </message>
</context>
<context>
    <name>WordListView</name>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="39"/>
        <source>ترتيب الكلمات</source>
        <translation>Order of the words</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="40"/>
        <source>الأكثر تكرارًا</source>
        <translation>Most frequent</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="41"/>
        <source>الأكثر تميّزًا</source>
        <translation>Most key</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="42"/>
        <source>دون كلمات الربط</source>
        <translation>Without function words</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="45"/>
        <source>تُستبعد حروف الجر والعطف والضمائر وأمثالها (قائمة مرفقة بالبرنامج)</source>
        <translation>Leaves out prepositions, conjunctions, pronouns and the like (a list shipped with the reader)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="76"/>
        <source>جارٍ عدّ الكلمات…</source>
        <translation>Counting words…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/word_list_view.py" line="82"/>
        <source>%n كلمة</source>
        <translation>
            <numerusform>%n word(s)</numerusform>
            <numerusform>%n word(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/word_list_view.py" line="84"/>
        <source>في %n مقالًا</source>
        <translation>
            <numerusform>in %n article(s)</numerusform>
            <numerusform>in %n article(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="87"/>
        <source>(التميّز يُحسب مقارنةً ببقية المجلد عند التصفية)</source>
        <translation>(keyness against the rest of the folder shows once the folder is filtered)</translation>
    </message>
</context>
</TS>
