<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="ar">
<context>
    <name>ArticleColumn</name>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="76"/>
        <source>لا مقالات تطابق التصفية حتى الآن</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="78"/>
        <source>لا مقالات تطابق التصفية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="82"/>
        <source>جارٍ قراءة المجلد…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_column.py" line="84"/>
        <source>لا مقالات في هذا المجلد</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListView</name>
    <message>
        <location filename="../../reader/widgets/article_list_view.py" line="35"/>
        <source>قائمة المقالات</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="75"/>
        <source>نص المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="222"/>
        <source>اختر مقالاً لقراءته</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="280"/>
        <source>المصدر: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="280"/>
        <source>بقلم: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/article_pane.py" line="304"/>
        <source>و%Ln وسمًا آخر</source>
        <translation>
            <numerusform>ولا وسوم أخرى</numerusform>
            <numerusform>ووسم آخر</numerusform>
            <numerusform>ووسمان آخران</numerusform>
            <numerusform>و%Ln وسوم أخرى</numerusform>
            <numerusform>و%Ln وسمًا آخر</numerusform>
            <numerusform>و%Ln وسم آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="319"/>
        <source>اقرأ أيضاً</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="324"/>
        <source>المقال أطول من أن يُعرض كله، فعُرض أوله. «نسخ المقال» ينسخه كاملًا.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="341"/>
        <source>ابحث عن هذا العنوان</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="379"/>
        <source>نحو {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="380"/>
        <source>تاريخ تقريبي: قُدّر من «{0}» في الملف ووقت تعديل الملف ({1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../reader/models/concordance_model.py" line="172"/>
        <source>قبل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/concordance_model.py" line="172"/>
        <source>الكلمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/concordance_model.py" line="172"/>
        <source>بعد</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="38"/>
        <source>ترتيب السطور</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="40"/>
        <source>حسب تاريخ المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="41"/>
        <source>حسب الكلمة السابقة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="42"/>
        <source>حسب الكلمة الثانية قبلها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="43"/>
        <source>حسب الكلمة التالية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="44"/>
        <source>حسب الكلمة الثانية بعدها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="47"/>
        <source>نسخ السطور</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="50"/>
        <source>نسخ السطور جدولًا (TSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="54"/>
        <source>نسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/concordance_view.py" line="129"/>
        <source>%n مرة</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/concordance_view.py" line="129"/>
        <source>في %n مقالًا</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/concordance_view.py" line="131"/>
        <source>(جارٍ البحث…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopiesNotice</name>
    <message>
        <location filename="../../reader/widgets/copies_notice.py" line="69"/>
        <source>بدون مصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/copies_notice.py" line="74"/>
        <source>نُشر أيضًا في:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/copies_notice.py" line="76"/>
        <source>لهذا المقال {0} نسخ:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyCommands</name>
    <message numerus="yes">
        <location filename="../../reader/widgets/copy_commands.py" line="89"/>
        <source>نُسخ %Ln مقال</source>
        <translation>
            <numerusform>لم يُنسخ أي مقال</numerusform>
            <numerusform>نُسخ مقال واحد</numerusform>
            <numerusform>نُسخ مقالان</numerusform>
            <numerusform>نُسخت %Ln مقالات</numerusform>
            <numerusform>نُسخ %Ln مقالًا</numerusform>
            <numerusform>نُسخ %Ln مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="40"/>
        <source>تصدير…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="45"/>
        <source>تصدير نتائج التصفية، أو المقالات المختارة، إلى ملف CSV أو JSON Lines أو HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="48"/>
        <source>تصدير أعداد الوسوم…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="51"/>
        <source>تصدير أعداد المصادر…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="58"/>
        <source>تقدم التصدير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="63"/>
        <source>إلغاء التصدير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="64"/>
        <source>إيقاف التصدير؛ لا يبقى ملف ناقص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="101"/>
        <source>مقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="106"/>
        <source>تصدير آخر جارٍ؛ ألغه أو انتظر انتهاءه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="110"/>
        <source>لا مقالات للتصدير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="113"/>
        <location filename="../../reader/widgets/export_commands.py" line="191"/>
        <source>CSV لبرامج الجداول (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="114"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="115"/>
        <source>صفحة HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="117"/>
        <source>تصدير المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="123"/>
        <source>اختر ملفًا ينتهي بـ ‎.csv أو ‎.jsonl أو ‎.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/export_commands.py" line="138"/>
        <source>تصدير %Ln مقال إلى {0}…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="147"/>
        <source>{0} من {1} مقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/export_commands.py" line="154"/>
        <source>صُدِّر %Ln مقال إلى {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="161"/>
        <location filename="../../reader/widgets/export_commands.py" line="203"/>
        <location filename="../../reader/widgets/export_commands.py" line="208"/>
        <source>تعذر التصدير إلى {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="167"/>
        <source>أُلغي التصدير؛ لم يُكتب أي ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="190"/>
        <source>أعداد الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/export_commands.py" line="190"/>
        <source>أعداد المصادر</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/export_commands.py" line="213"/>
        <source>صُدِّر %Ln سطر إلى {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetListView</name>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="89"/>
        <source>إلغاء التضمين</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="89"/>
        <source>تضمين</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="93"/>
        <source>إلغاء الاستبعاد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/facet_list_view.py" line="93"/>
        <source>استبعاد</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChipsBar</name>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="44"/>
        <source>التصفية الفعالة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="57"/>
        <source>مسح الكل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="58"/>
        <source>مسح كل التصفية والبحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="59"/>
        <source>مسح كل التصفية والبحث (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="103"/>
        <source>إزالة الوسم {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="108"/>
        <source>إلغاء استبعاد الوسم {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="115"/>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="122"/>
        <source>مصدر: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="116"/>
        <source>إزالة المصدر {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="123"/>
        <source>إلغاء استبعاد المصدر {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="130"/>
        <source>إزالة مدى التاريخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="136"/>
        <source>بحث: «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="137"/>
        <source>إزالة البحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="142"/>
        <source>غير المقروءة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="143"/>
        <source>إظهار المقروءة أيضًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="148"/>
        <source>★ المميزة بنجمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="149"/>
        <source>إظهار غير المميزة أيضًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="154"/>
        <source>لا تصفية: انقر وسمًا أو ابحث لتضييق القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="157"/>
        <source>كل الوسوم:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="157"/>
        <source>أيٌّ من الوسوم:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="160"/>
        <source>التصفية:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="176"/>
        <source>بدون مصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="182"/>
        <source>التاريخ: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="183"/>
        <source>التاريخ: {0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="185"/>
        <source>التاريخ: من {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="187"/>
        <source>التاريخ: حتى {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="29"/>
        <source>عدد المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="36"/>
        <source>عرض الملفات التي تعذرت قراءتها وأسباب ذلك</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="40"/>
        <source>عرض المقالات التي قُرئت مع تحذيرات، وتحذيراتها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="49"/>
        <source>تقدم التحميل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="55"/>
        <source>إلغاء</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="56"/>
        <source>إلغاء التحميل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="57"/>
        <source>إيقاف تحميل المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="87"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="89"/>
        <source>{0} من {1} مقال حتى الآن</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="93"/>
        <source>{0} من {1} مقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="96"/>
        <source>{0} قصص من {1} مقالًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="100"/>
        <source> (من {0} قصة في المجلد)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="104"/>
        <source>الوسوم والبحث يشملان المقالات التي قُرئت كاملةً حتى الآن؛ تكتمل النتائج بانتهاء التحميل.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="131"/>
        <source>{0} من {1} ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="138"/>
        <source>قُرئت كل الملفات؛ يجري البحث عن نسخ الخبر نفسه</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="151"/>
        <source>%Ln ملفات تعذرت قراءتها</source>
        <translation>
            <numerusform>لا ملفات تعذرت قراءتها</numerusform>
            <numerusform>ملف واحد تعذرت قراءته</numerusform>
            <numerusform>ملفان تعذرت قراءتهما</numerusform>
            <numerusform>%Ln ملفات تعذرت قراءتها</numerusform>
            <numerusform>%Ln ملفًا تعذرت قراءتها</numerusform>
            <numerusform>%Ln ملف تعذرت قراءتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="158"/>
        <source>%Ln مقالات بتحذيرات</source>
        <translation>
            <numerusform>لا مقالات بتحذيرات</numerusform>
            <numerusform>مقال واحد بتحذيرات</numerusform>
            <numerusform>مقالان بتحذيرات</numerusform>
            <numerusform>%Ln مقالات بتحذيرات</numerusform>
            <numerusform>%Ln مقالًا بتحذيرات</numerusform>
            <numerusform>%Ln مقال بتحذيرات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="172"/>
        <source>المجلد غير موجود؛ القائمة آخر ما قُرئ منه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="173"/>
        <source>لم يعد المجلد {0} موجودًا. ستُحدَّث القائمة حين يعود.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="176"/>
        <source>المجلد غير موجود</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="177"/>
        <source>لا يوجد المجلد {0}. ستُقرأ مقالاته حين يوجد.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="103"/>
        <source>قارئ الأخبار العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="136"/>
        <source>قارئ الأخبار العربية — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="155"/>
        <source>أجزاء النافذة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="294"/>
        <source>المقال «{0}» ليس في هذا المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="224"/>
        <source>هذا المقال خارج نتائج التصفية الحالية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="301"/>
        <source>فتح مجلد مقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="346"/>
        <source>لم يعد هذا الملف في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksCommands</name>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="35"/>
        <source>تمييز بنجمة أو إلغاؤه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="36"/>
        <source>تمييز المقالات المختارة بنجمة، أو إلغاء تمييزها (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="39"/>
        <source>تعليم كمقروء أو غير مقروء</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="43"/>
        <source>تعليم كل النتائج كمقروءة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="47"/>
        <source>غير المقروءة فقط</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="52"/>
        <source>المميزة بنجمة فقط</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/marks_commands.py" line="90"/>
        <source>مُيِّز %Ln مقال بنجمة</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/marks_commands.py" line="92"/>
        <source>أُلغي تمييز %Ln مقال</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/marks_commands.py" line="117"/>
        <source>عُلِّم %Ln مقال كمقروء</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/marks_commands.py" line="130"/>
        <source>تعذر حفظ العلامات: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="31"/>
        <source>الملف غير موجود</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="33"/>
        <source>لا إذن بقراءة الملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="35"/>
        <source>هذا مجلد، لا ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="37"/>
        <source>تعذرت قراءته: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="39"/>
        <source>الملف فارغ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="41"/>
        <source>لا يحوي الملف إلا مسافات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="44"/>
        <source>ليس ملفًا نصيًا: يبدو أنه {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="46"/>
        <source>ليس مجلدًا أو لا يمكن فتحه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="48"/>
        <source>تعثّر القارئ في هذا الملف: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="61"/>
        <source>تعذر فك ترميز بعض البايتات فاستُبدل بها غيرها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="63"/>
        <source>حُذفت منه بايتات صفرية (NUL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="66"/>
        <source>أُصلحت أسطر كُتبت بترميز UTF-8 وقُرئت بترميز Windows-1256 ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="70"/>
        <source>الملف أكبر من {0} ميغابايت، فلم يُقرأ إلا أوله</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="74"/>
        <source>تعذر فهم التاريخ: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="76"/>
        <source>التاريخ «{0}» نسبي، فقُدّر تقريبًا من وقت تعديل الملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="80"/>
        <source>لا شيء بعد عنوان «اقرأ أيضًا»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="82"/>
        <source>لم يوجد للمقال عنوان</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="84"/>
        <source>ليس للمقال فقرات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="96"/>
        <source>كانت ذاكرة التخزين المؤقت {0} تالفة ({1}) فأُعيد بناؤها.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="100"/>
        <source>لم يُعرف إصدار ذاكرة التخزين المؤقت {0} فأُعيد بناؤها.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="103"/>
        <source>أنشأ ذاكرة التخزين المؤقت {0} إصدار آخر من القارئ (المخطط {1}) فأُعيد بناؤها.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="108"/>
        <source>تعذرت إعادة بناء ذاكرة التخزين المؤقت {0}؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="113"/>
        <source>ذاكرة التخزين المؤقت {0} يستعملها برنامج آخر؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="118"/>
        <source>تتعذر الكتابة في ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="123"/>
        <source>يتعذر استعمال ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="128"/>
        <source>يتعذر إنشاء مجلد ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="133"/>
        <source>تعطلت ذاكرة التخزين المؤقت {0} ({1})؛ لن يُحفظ المجلد إلا في الذاكرة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="138"/>
        <source>تعذر حفظ القائمة في ذاكرة التخزين المؤقت ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="140"/>
        <source>تعذر حفظ الوسوم المعاد تجميعها في ذاكرة التخزين المؤقت ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="162"/>
        <source>صورة PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="164"/>
        <source>صورة JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="166"/>
        <source>صورة GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="168"/>
        <source>مستند PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="170"/>
        <source>أرشيف ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="172"/>
        <source>أرشيف gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="174"/>
        <source>أرشيف 7-Zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="176"/>
        <source>أرشيف RAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="178"/>
        <source>ملف تنفيذي</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="180"/>
        <source>ملف وسائط</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="182"/>
        <source>ملف MP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="184"/>
        <source>قاعدة بيانات SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/problem_texts.py" line="185"/>
        <source>بيانات ثنائية</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="60"/>
        <source>هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="53"/>
        <source>الملفات التي تعذرت قراءتها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="48"/>
        <source>مشكلات القراءة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="57"/>
        <source>ملفات تعذرت قراءتها ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="66"/>
        <source>المقالات التي قُرئت مع تحذيرات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="66"/>
        <source>التحذير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="73"/>
        <source>مقالات قُرئت مع تحذيرات ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="76"/>
        <source>هذه المقالات في القائمة، لكن شيئًا فيها بدا خطأً. انقر مرتين لفتح المقال:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="97"/>
        <source>قُرئت كل الملفات دون مشكلات.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="100"/>
        <source>نسخ القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="102"/>
        <source>نسخ القائمتين نصًا، عمود الملف ثم المشكلة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="116"/>
        <source>الملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="125"/>
        <source>نسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="53"/>
        <source>السبب</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingColumn</name>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="146"/>
        <source>تغيّر المقال المعروض فلم يعد ضمن نتائج التصفية الحالية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="213"/>
        <source>حُذف هذا الملف من المجلد؛ المعروض آخر ما قُرئ منه.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="215"/>
        <source>تعذرت قراءة هذا الملف بعد تغيّره ({0})؛ المعروض آخر ما قُرئ منه.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_column.py" line="238"/>
        <source>تعذرت قراءة المقال: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingTabs</name>
    <message>
        <location filename="../../reader/widgets/reading_tabs.py" line="49"/>
        <source>المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_tabs.py" line="50"/>
        <source>الكلمات في سياقها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/reading_tabs.py" line="51"/>
        <source>قائمة الكلمات</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedSearchMenu</name>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="25"/>
        <location filename="../../reader/widgets/saved_search_menu.py" line="143"/>
        <source>عمليات البحث المحفوظة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="29"/>
        <source>حفظ البحث الحالي…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="34"/>
        <source>إعادة تسمية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="36"/>
        <source>حذف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="46"/>
        <source>تعذر قراءة عمليات البحث المحفوظة: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="66"/>
        <source>لا عمليات بحث محفوظة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="83"/>
        <source>البحث المحفوظ «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="91"/>
        <source>حفظ البحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="92"/>
        <source>اسم البحث المحفوظ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="100"/>
        <source>يوجد بحث محفوظ باسم «{0}». أتريد استبداله؟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="106"/>
        <source>تعذر حفظ البحث: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="109"/>
        <source>حُفظ البحث «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="115"/>
        <source>إعادة تسمية البحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="116"/>
        <source>الاسم الجديد:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="125"/>
        <source>تعذرت إعادة التسمية: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="131"/>
        <source>أتريد حذف البحث المحفوظ «{0}»؟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="136"/>
        <source>تعذر الحذف: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/saved_search_menu.py" line="139"/>
        <source>حُذف البحث «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="38"/>
        <source>البحث في المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="39"/>
        <source>ابحث في العناوين والنصوص والوسوم…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="51"/>
        <source>صيغة البحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="158"/>
        <source>%1؛ قُرئ البحث كلمات عادية: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="172"/>
        <source>علامة اقتباس غير مغلقة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="174"/>
        <source>قوس غير مغلق</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="176"/>
        <source>قوس إغلاق بلا قوس فتح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="177"/>
        <source>عامل (OR أو NOT) بلا كلمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="182"/>
        <source>كل الكلمات، وخلف و ف ب ك ل وال ولل (والصين، للصين)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="183"/>
        <source>عبارة: الكلمات بترتيبها ومتجاورة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="184"/>
        <source>إحدى الكلمتين على الأقل (أو الصين | روسيا)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="185"/>
        <source>استبعاد: بلا كلمة روسيا (أو NOT روسيا)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="186"/>
        <source>الأقواس تجمع</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="187"/>
        <source>كل كلمة تبدأ بهذه الحروف (المستشفى، والمستشفيات)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="188"/>
        <source>في العنوان فقط؛ وكذلك body: و source: و tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="189"/>
        <source>عبارة في المصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="190"/>
        <source>أسماء الحقول بالعربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="199"/>
        <source>تُطابق الكلمة التي تكتبها كبادئة بعد حروفها الأولى حتى تُكملها؛ Enter يبحث بها كما كُتبت.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="202"/>
        <source>استعلام لا يُقرأ (علامة اقتباس أو قوس غير مغلق) يُقرأ كلمات عادية.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="27"/>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="31"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="32"/>
        <source>المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="32"/>
        <source>العمل</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFacet</name>
    <message>
        <location filename="../../reader/widgets/source_facet.py" line="26"/>
        <location filename="../../reader/widgets/source_facet.py" line="28"/>
        <source>المصادر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/source_facet.py" line="32"/>
        <source>انقر مصدرًا لتضمينه (أيٌّ من المختارة)، أو Ctrl+نقر لاستبعاده</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../reader/models/source_list_model.py" line="63"/>
        <source>بدون مصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/source_list_model.py" line="117"/>
        <source>مُضمَّن في التصفية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/source_list_model.py" line="119"/>
        <source>مُستبعَد من النتائج</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/source_list_model.py" line="121"/>
        <source>%Ln قصة</source>
        <translation>
            <numerusform>لا قصص</numerusform>
            <numerusform>قصة واحدة</numerusform>
            <numerusform>قصتان</numerusform>
            <numerusform>%Ln قصص</numerusform>
            <numerusform>%Ln قصة</numerusform>
            <numerusform>%Ln قصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/source_list_model.py" line="122"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../reader/app.py" line="106"/>
        <source>لم يعد المجلد الأخير {0} موجودًا، فعُرضت المقالات المرفقة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/app.py" line="117"/>
        <source>تعذر فتح الملف {0} مقالًا</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReporter</name>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="50"/>
        <source>تعذرت قراءة ملف الإعدادات؛ تُستعمل الإعدادات الافتراضية وقد لا تُحفظ التغييرات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="56"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية؛ حُفظت نسخة منه في {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="61"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="76"/>
        <source>أُوقفت إعادة القراءة؛ القائمة كما كانت</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/status_reporter.py" line="78"/>
        <source>أُوقف التحميل؛ بعض الملفات لم تُقرأ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="163"/>
        <source>مُضمَّن في التصفية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="165"/>
        <source>مُستبعَد من النتائج</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="167"/>
        <source>%Ln قصة</source>
        <translation>
            <numerusform>لا قصص</numerusform>
            <numerusform>قصة واحدة</numerusform>
            <numerusform>قصتان</numerusform>
            <numerusform>%Ln قصص</numerusform>
            <numerusform>%Ln قصة</numerusform>
            <numerusform>%Ln قصة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="168"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>لا مقالات</numerusform>
            <numerusform>مقال واحد</numerusform>
            <numerusform>مقالان</numerusform>
            <numerusform>%Ln مقالات</numerusform>
            <numerusform>%Ln مقالًا</numerusform>
            <numerusform>%Ln مقال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="53"/>
        <source>تصفية الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="54"/>
        <source>تصفية الوسوم…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="59"/>
        <source>كلها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="61"/>
        <source>المقالات التي تحمل كل الوسوم المختارة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="63"/>
        <source>أيٌّ منها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="65"/>
        <source>المقالات التي تحمل أيًّا من الوسوم المختارة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="74"/>
        <source>تطابق:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="84"/>
        <location filename="../../reader/widgets/tag_sidebar.py" line="87"/>
        <source>الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="37"/>
        <source>من تاريخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="38"/>
        <source>إلى تاريخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="41"/>
        <source>مدة العمود</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="42"/>
        <source>تلقائي</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="44"/>
        <source>يوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="45"/>
        <source>أسبوع</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="46"/>
        <source>شهر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="47"/>
        <source>سنة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="51"/>
        <source>النسبة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="53"/>
        <source>نسبة النتائج من مقالات المجلد في كل مدة، بدل العدد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="59"/>
        <source>من</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="61"/>
        <source>إلى</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="111"/>
        <source>بدون تاريخ: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_panel.py" line="114"/>
        <source>لا تدخل المقالات بلا تاريخ في النتائج ما دام مدى التاريخ محددًا</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="28"/>
        <source>المقالات عبر الزمن</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="78"/>
        <source>{0}: {1} قصة، من {2} مقال في المجلد ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="80"/>
        <source>{0}: {1} من {2} في المجلد ({3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/timeline_view.py" line="146"/>
        <source>لا تواريخ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="45"/>
        <source>فتح مجلد…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="50"/>
        <source>إعادة قراءة المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="53"/>
        <source>قراءة المجلد من جديد (F5)؛ تُحدَّث القائمة وحدها حين تتغير الملفات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="55"/>
        <source>خروج</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="57"/>
        <source>نسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="60"/>
        <source>نسخ المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="63"/>
        <source>نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="66"/>
        <source>نسخ لبرامج لا تدعم العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="70"/>
        <source>نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية (Ctrl+Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="74"/>
        <source>بحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="77"/>
        <source>مسح التصفية والبحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="79"/>
        <source>تصفية الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="80"/>
        <source>قائمة المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="81"/>
        <source>نص المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="84"/>
        <source>تكبير النص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="90"/>
        <source>تصغير النص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="95"/>
        <source>الحجم الأصلي للنص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="98"/>
        <source>المقال السابق المعروض</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="101"/>
        <source>المقال التالي المعروض</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="104"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="106"/>
        <location filename="../../reader/widgets/window_actions.py" line="311"/>
        <source>عن البرنامج</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="107"/>
        <source>تجميع النسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="109"/>
        <source>عرض كل قصة مرة واحدة، بأقدم نسخها، وعدّ القصص بدل المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="116"/>
        <source>إظهار الخط الزمني</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="126"/>
        <source>الأحدث أولًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="127"/>
        <source>الأقدم أولًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="128"/>
        <source>حسب العنوان</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="129"/>
        <source>حسب المصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="148"/>
        <source>المجلدات الأخيرة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="154"/>
        <source>ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="161"/>
        <source>تحرير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="169"/>
        <source>عرض</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="170"/>
        <source>ترتيب المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="179"/>
        <location filename="../../reader/widgets/window_actions.py" line="282"/>
        <source>لغة الواجهة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="182"/>
        <source>انتقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="191"/>
        <source>مساعدة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="202"/>
        <location filename="../../reader/widgets/window_actions.py" line="204"/>
        <source>شريط الأدوات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="234"/>
        <source>المقال التالي / السابق في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="235"/>
        <source>توسيع الاختيار في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="236"/>
        <source>نقر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="236"/>
        <source>تضمين الوسم أو إلغاء تضمينه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="237"/>
        <source>Ctrl+نقر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="237"/>
        <source>استبعاد الوسم أو إلغاء استبعاده</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="238"/>
        <source>تضمين الوسم الحالي في قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="239"/>
        <source>استبعاد الوسم الحالي في قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="240"/>
        <source>من مربع تصفية الوسوم إلى قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="241"/>
        <source>عجلة الفأرة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="241"/>
        <source>تكبير النص أو تصغيره</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="242"/>
        <source>الانتقال بين أجزاء النافذة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="283"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="299"/>
        <source>مسح القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="301"/>
        <source>لا مجلدات حديثة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/window_actions.py" line="313"/>
        <source>قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث، ويعرض المقالات وينسخها.
الخط: Noto Naskh Arabic، برخصة SIL OFL 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListModel</name>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>الكلمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>مرات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>مقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/word_list_model.py" line="90"/>
        <source>التميّز</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordListView</name>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="39"/>
        <source>ترتيب الكلمات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="40"/>
        <source>الأكثر تكرارًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="41"/>
        <source>الأكثر تميّزًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="42"/>
        <source>دون كلمات الربط</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="45"/>
        <source>تُستبعد حروف الجر والعطف والضمائر وأمثالها (قائمة مرفقة بالبرنامج)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="76"/>
        <source>جارٍ عدّ الكلمات…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/word_list_view.py" line="82"/>
        <source>%n كلمة</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/word_list_view.py" line="84"/>
        <source>في %n مقالًا</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/word_list_view.py" line="87"/>
        <source>(التميّز يُحسب مقارنةً ببقية المجلد عند التصفية)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
