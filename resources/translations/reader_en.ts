<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ar">
<context>
    <name>ArticleListView</name>
    <message>
        <location filename="../../reader/widgets/article_list_view.py" line="26"/>
        <source>قائمة المقالات</source>
        <translation>Article list</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="58"/>
        <source>نص المقال</source>
        <translation>Article text</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="183"/>
        <source>اختر مقالاً لقراءته</source>
        <translation>Choose an article to read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="245"/>
        <source>المصدر: {0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="247"/>
        <source>بقلم: {0}</source>
        <translation>By {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="267"/>
        <source>اقرأ أيضاً</source>
        <translation>Read also</translation>
    </message>
</context>
<context>
    <name>FilterChipsBar</name>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="25"/>
        <source>التصفية الفعالة</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="42"/>
        <source>مسح الكل</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="43"/>
        <source>مسح كل التصفية والبحث</source>
        <translation>Clear every filter and the search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="44"/>
        <source>مسح كل التصفية والبحث (Esc)</source>
        <translation>Clear every filter and the search (Esc)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="74"/>
        <source>إزالة الوسم {0}</source>
        <translation>Remove the tag {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="78"/>
        <source>إلغاء استبعاد الوسم {0}</source>
        <translation>Stop excluding the tag {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="87"/>
        <source>بحث: «{0}»</source>
        <translation>Search: “{0}”</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="88"/>
        <source>إزالة البحث</source>
        <translation>Remove the search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="93"/>
        <source>كل الوسوم:</source>
        <translation>All of:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="93"/>
        <source>أيٌّ من الوسوم:</source>
        <translation>Any of:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="96"/>
        <source>التصفية:</source>
        <translation>Filters:</translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="19"/>
        <source>عدد المقالات</source>
        <translation>Article count</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="28"/>
        <source>عرض الملفات التي تعذرت قراءتها وأسباب ذلك</source>
        <translation>Show the files that could not be read, and why</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="33"/>
        <source>تقدم التحميل</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="39"/>
        <source>إلغاء</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="40"/>
        <source>إلغاء التحميل</source>
        <translation>Cancel loading</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="41"/>
        <source>إيقاف تحميل المجلد</source>
        <translation>Stop loading the folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="54"/>
        <source>%Ln مقال</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="56"/>
        <source>{0} من {1} مقال</source>
        <translation>{0} of {1} articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="73"/>
        <source>{0} من {1} ملف</source>
        <translation>{0} of {1} files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="80"/>
        <source>%Ln ملفات تعذرت قراءتها</source>
        <translation>
            <numerusform>%Ln file could not be read</numerusform>
            <numerusform>%Ln files could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="94"/>
        <source>قارئ الأخبار العربية</source>
        <translation>Arabic News Reader</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="128"/>
        <source>قارئ الأخبار العربية — {0}</source>
        <translation>Arabic News Reader — {0}</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="151"/>
        <source>أجزاء النافذة</source>
        <translation>Window panes</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="185"/>
        <source>فتح مجلد…</source>
        <translation>Open Folder…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="191"/>
        <source>خروج</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="195"/>
        <source>نسخ</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="202"/>
        <source>نسخ المقال</source>
        <translation>Copy Article</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="208"/>
        <source>نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)</source>
        <translation>Copy the selected articles as text and as right-to-left formatted text (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="212"/>
        <source>نسخ لبرامج لا تدعم العربية</source>
        <translation>Copy for Apps Without Arabic Support</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="216"/>
        <source>نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية</source>
        <translation>Copy the selected articles shaped and in visual order, for apps without Arabic support</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="220"/>
        <source>بحث</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="227"/>
        <source>مسح التصفية والبحث</source>
        <translation>Clear Filters and Search</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="233"/>
        <source>تصفية الوسوم</source>
        <translation>Filter Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="236"/>
        <source>قائمة المقالات</source>
        <translation>Article List</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="239"/>
        <source>نص المقال</source>
        <translation>Article Text</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="243"/>
        <source>تكبير النص</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="250"/>
        <source>تصغير النص</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="257"/>
        <source>الحجم الأصلي للنص</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="264"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="270"/>
        <location filename="../../reader/widgets/main_window.py" line="589"/>
        <source>عن البرنامج</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="276"/>
        <source>الأحدث أولًا</source>
        <translation>Newest First</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="277"/>
        <source>الأقدم أولًا</source>
        <translation>Oldest First</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="278"/>
        <source>حسب العنوان</source>
        <translation>By Headline</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="279"/>
        <source>حسب المصدر</source>
        <translation>By Source</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="300"/>
        <source>ملف</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="302"/>
        <source>المجلدات الأخيرة</source>
        <translation>Recent Folders</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="308"/>
        <source>تحرير</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="316"/>
        <source>عرض</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="317"/>
        <source>ترتيب المقالات</source>
        <translation>Sort Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="324"/>
        <location filename="../../reader/widgets/main_window.py" line="559"/>
        <source>لغة الواجهة</source>
        <translation>Interface Language</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="327"/>
        <source>انتقال</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="333"/>
        <source>مساعدة</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="342"/>
        <location filename="../../reader/widgets/main_window.py" line="344"/>
        <source>شريط الأدوات</source>
        <translation>Toolbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/main_window.py" line="399"/>
        <source>نُسخ %Ln مقال</source>
        <translation>
            <numerusform>Copied %Ln article</numerusform>
            <numerusform>Copied %Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="410"/>
        <source>المقال التالي / السابق في القائمة</source>
        <translation>Next / previous article in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="411"/>
        <source>توسيع الاختيار في القائمة</source>
        <translation>Extend the selection in the list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="412"/>
        <source>نقر</source>
        <translation>Click</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="412"/>
        <source>تضمين الوسم أو إلغاء تضمينه</source>
        <translation>Include a tag, or stop including it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="413"/>
        <source>Ctrl+نقر</source>
        <translation>Ctrl+Click</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="413"/>
        <source>استبعاد الوسم أو إلغاء استبعاده</source>
        <translation>Exclude a tag, or stop excluding it</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="414"/>
        <source>تضمين الوسم الحالي في قائمة الوسوم</source>
        <translation>Include the current tag of the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="415"/>
        <source>استبعاد الوسم الحالي في قائمة الوسوم</source>
        <translation>Exclude the current tag of the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="416"/>
        <source>من مربع تصفية الوسوم إلى قائمة الوسوم</source>
        <translation>From the tag filter box to the tag list</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="417"/>
        <source>عجلة الفأرة</source>
        <translation>Wheel</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="417"/>
        <source>تكبير النص أو تصغيره</source>
        <translation>Zoom the text in or out</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="418"/>
        <source>الانتقال بين أجزاء النافذة</source>
        <translation>Move between the panes</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="450"/>
        <source>أُوقف التحميل؛ بعض الملفات لم تُقرأ</source>
        <translation>Loading stopped; some files were not read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="489"/>
        <source>المقال «{0}» ليس في هذا المجلد</source>
        <translation>The article “{0}” is not in this folder</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="494"/>
        <source>هذا المقال خارج نتائج التصفية الحالية</source>
        <translation>This article is outside the current filter</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="499"/>
        <source>فتح مجلد مقالات</source>
        <translation>Open a Folder of Articles</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="560"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة.</source>
        <translation>The interface will use the chosen language the next time the reader starts.</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="573"/>
        <source>مسح القائمة</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="575"/>
        <source>لا مجلدات حديثة</source>
        <translation>No recent folders</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="591"/>
        <source>قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث، ويعرض المقالات وينسخها.
الخط: Noto Naskh Arabic، برخصة SIL OFL 1.1.</source>
        <translation>Arabic News Reader: opens folders of scraped news, filters them by tag and search, shows and copies the articles.
Font: Noto Naskh Arabic, under the SIL OFL 1.1.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="27"/>
        <source>ملفات تعذرت قراءتها</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="29"/>
        <source>هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:</source>
        <translation>These files are not readable articles, so they were left out of the list:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="33"/>
        <source>الملفات التي تعذرت قراءتها</source>
        <translation>Files that could not be read</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="34"/>
        <source>الملف</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="34"/>
        <source>السبب</source>
        <translation>Reason</translation>
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
    <name>TagListModel</name>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="139"/>
        <source>مُضمَّن في التصفية</source>
        <translation>Included in the filter</translation>
    </message>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="141"/>
        <source>مُستبعَد من النتائج</source>
        <translation>Excluded from the results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="142"/>
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
        <location filename="../../reader/widgets/tag_sidebar.py" line="42"/>
        <source>تصفية الوسوم</source>
        <translation>Filter Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="43"/>
        <source>تصفية الوسوم…</source>
        <translation>Filter tags…</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="48"/>
        <source>كلها</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="50"/>
        <source>المقالات التي تحمل كل الوسوم المختارة</source>
        <translation>Articles that carry every chosen tag</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="52"/>
        <source>أيٌّ منها</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="54"/>
        <source>المقالات التي تحمل أيًّا من الوسوم المختارة</source>
        <translation>Articles that carry any chosen tag</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="63"/>
        <source>تطابق:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="71"/>
        <location filename="../../reader/widgets/tag_sidebar.py" line="82"/>
        <source>الوسوم</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="176"/>
        <source>إلغاء التضمين</source>
        <translation>Stop Including</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="176"/>
        <source>تضمين</source>
        <translation>Include</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="180"/>
        <source>إلغاء الاستبعاد</source>
        <translation>Stop Excluding</translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="180"/>
        <source>استبعاد</source>
        <translation>Exclude</translation>
    </message>
</context>
</TS>
