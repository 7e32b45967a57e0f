<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="ar">
<context>
    <name>ArticleListView</name>
    <message>
        <location filename="../../reader/widgets/article_list_view.py" line="26"/>
        <source>قائمة المقالات</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="58"/>
        <source>نص المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="183"/>
        <source>اختر مقالاً لقراءته</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="245"/>
        <source>المصدر: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="247"/>
        <source>بقلم: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="267"/>
        <source>اقرأ أيضاً</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChipsBar</name>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="25"/>
        <source>التصفية الفعالة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="42"/>
        <source>مسح الكل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="43"/>
        <source>مسح كل التصفية والبحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="44"/>
        <source>مسح كل التصفية والبحث (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="74"/>
        <source>إزالة الوسم {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="78"/>
        <source>إلغاء استبعاد الوسم {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="87"/>
        <source>بحث: «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="88"/>
        <source>إزالة البحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="93"/>
        <source>كل الوسوم:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="93"/>
        <source>أيٌّ من الوسوم:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="96"/>
        <source>التصفية:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="19"/>
        <source>عدد المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="28"/>
        <source>عرض الملفات التي تعذرت قراءتها وأسباب ذلك</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="33"/>
        <source>تقدم التحميل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="39"/>
        <source>إلغاء</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="40"/>
        <source>إلغاء التحميل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="41"/>
        <source>إيقاف تحميل المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="54"/>
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
        <location filename="../../reader/widgets/library_status_bar.py" line="56"/>
        <source>{0} من {1} مقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="73"/>
        <source>{0} من {1} ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="80"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="94"/>
        <source>قارئ الأخبار العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="128"/>
        <source>قارئ الأخبار العربية — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="151"/>
        <source>أجزاء النافذة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="185"/>
        <source>فتح مجلد…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="191"/>
        <source>خروج</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="195"/>
        <source>نسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="202"/>
        <source>نسخ المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="208"/>
        <source>نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="212"/>
        <source>نسخ لبرامج لا تدعم العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="216"/>
        <source>نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="220"/>
        <source>بحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="227"/>
        <source>مسح التصفية والبحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="233"/>
        <source>تصفية الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="236"/>
        <source>قائمة المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="239"/>
        <source>نص المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="243"/>
        <source>تكبير النص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="250"/>
        <source>تصغير النص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="257"/>
        <source>الحجم الأصلي للنص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="264"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="270"/>
        <location filename="../../reader/widgets/main_window.py" line="589"/>
        <source>عن البرنامج</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="276"/>
        <source>الأحدث أولًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="277"/>
        <source>الأقدم أولًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="278"/>
        <source>حسب العنوان</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="279"/>
        <source>حسب المصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="300"/>
        <source>ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="302"/>
        <source>المجلدات الأخيرة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="308"/>
        <source>تحرير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="316"/>
        <source>عرض</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="317"/>
        <source>ترتيب المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="324"/>
        <location filename="../../reader/widgets/main_window.py" line="559"/>
        <source>لغة الواجهة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="327"/>
        <source>انتقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="333"/>
        <source>مساعدة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="342"/>
        <location filename="../../reader/widgets/main_window.py" line="344"/>
        <source>شريط الأدوات</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/main_window.py" line="399"/>
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
    <message>
        <location filename="../../reader/widgets/main_window.py" line="410"/>
        <source>المقال التالي / السابق في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="411"/>
        <source>توسيع الاختيار في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="412"/>
        <source>نقر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="412"/>
        <source>تضمين الوسم أو إلغاء تضمينه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="413"/>
        <source>Ctrl+نقر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="413"/>
        <source>استبعاد الوسم أو إلغاء استبعاده</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="414"/>
        <source>تضمين الوسم الحالي في قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="415"/>
        <source>استبعاد الوسم الحالي في قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="416"/>
        <source>من مربع تصفية الوسوم إلى قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="417"/>
        <source>عجلة الفأرة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="417"/>
        <source>تكبير النص أو تصغيره</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="418"/>
        <source>الانتقال بين أجزاء النافذة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="450"/>
        <source>أُوقف التحميل؛ بعض الملفات لم تُقرأ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="489"/>
        <source>المقال «{0}» ليس في هذا المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="494"/>
        <source>هذا المقال خارج نتائج التصفية الحالية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="499"/>
        <source>فتح مجلد مقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="560"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="573"/>
        <source>مسح القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="575"/>
        <source>لا مجلدات حديثة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="591"/>
        <source>قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث، ويعرض المقالات وينسخها.
الخط: Noto Naskh Arabic، برخصة SIL OFL 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="27"/>
        <source>ملفات تعذرت قراءتها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="29"/>
        <source>هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="33"/>
        <source>الملفات التي تعذرت قراءتها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="34"/>
        <source>الملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="34"/>
        <source>السبب</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="20"/>
        <source>البحث في المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/search_box.py" line="21"/>
        <source>ابحث في العناوين والنصوص والوسوم…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="25"/>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="29"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="30"/>
        <source>المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/shortcuts_dialog.py" line="30"/>
        <source>العمل</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="139"/>
        <source>مُضمَّن في التصفية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="141"/>
        <source>مُستبعَد من النتائج</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="142"/>
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
        <location filename="../../reader/widgets/tag_sidebar.py" line="42"/>
        <source>تصفية الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="43"/>
        <source>تصفية الوسوم…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="48"/>
        <source>كلها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="50"/>
        <source>المقالات التي تحمل كل الوسوم المختارة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="52"/>
        <source>أيٌّ منها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="54"/>
        <source>المقالات التي تحمل أيًّا من الوسوم المختارة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="63"/>
        <source>تطابق:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="71"/>
        <location filename="../../reader/widgets/tag_sidebar.py" line="82"/>
        <source>الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="176"/>
        <source>إلغاء التضمين</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="176"/>
        <source>تضمين</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="180"/>
        <source>إلغاء الاستبعاد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="180"/>
        <source>استبعاد</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
