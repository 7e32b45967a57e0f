<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="ar">
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
        <location filename="../../reader/widgets/article_pane.py" line="80"/>
        <source>نص المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="214"/>
        <source>اختر مقالاً لقراءته</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="277"/>
        <source>المصدر: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="279"/>
        <source>بقلم: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/article_pane.py" line="292"/>
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
        <location filename="../../reader/widgets/article_pane.py" line="306"/>
        <source>اقرأ أيضاً</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/article_pane.py" line="311"/>
        <source>المقال أطول من أن يُعرض كله، فعُرض أوله. «نسخ المقال» ينسخه كاملًا.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChipsBar</name>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="34"/>
        <source>التصفية الفعالة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="60"/>
        <source>مسح الكل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="61"/>
        <source>مسح كل التصفية والبحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="62"/>
        <source>مسح كل التصفية والبحث (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="96"/>
        <source>إزالة الوسم {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="100"/>
        <source>إلغاء استبعاد الوسم {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="109"/>
        <source>بحث: «{0}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="110"/>
        <source>إزالة البحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="115"/>
        <source>لا تصفية: انقر وسمًا أو ابحث لتضييق القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="118"/>
        <source>كل الوسوم:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="118"/>
        <source>أيٌّ من الوسوم:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/filter_chips_bar.py" line="121"/>
        <source>التصفية:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryStatusBar</name>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="26"/>
        <source>عدد المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="31"/>
        <source>عرض الملفات التي تعذرت قراءتها وأسباب ذلك</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="35"/>
        <source>عرض المقالات التي قُرئت مع تحذيرات، وتحذيراتها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="44"/>
        <source>تقدم التحميل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="50"/>
        <source>إلغاء</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="51"/>
        <source>إلغاء التحميل</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="52"/>
        <source>إيقاف تحميل المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="76"/>
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
        <location filename="../../reader/widgets/library_status_bar.py" line="78"/>
        <source>{0} من {1} مقال حتى الآن</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="82"/>
        <source>{0} من {1} مقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="86"/>
        <source>الوسوم والبحث يشملان المقالات التي قُرئت كاملةً حتى الآن؛ تكتمل النتائج بانتهاء التحميل.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="111"/>
        <source>{0} من {1} ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/library_status_bar.py" line="125"/>
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
        <location filename="../../reader/widgets/library_status_bar.py" line="132"/>
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
        <location filename="../../reader/widgets/library_status_bar.py" line="144"/>
        <source>المجلد غير موجود؛ القائمة آخر ما قُرئ منه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/library_status_bar.py" line="146"/>
        <source>لم يعد المجلد {0} موجودًا. ستُحدَّث القائمة حين يعود.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="137"/>
        <source>قارئ الأخبار العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="191"/>
        <source>قارئ الأخبار العربية — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="233"/>
        <source>أجزاء النافذة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="274"/>
        <source>فتح مجلد…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="281"/>
        <source>إعادة قراءة المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="287"/>
        <source>قراءة المجلد من جديد (F5)؛ تُحدَّث القائمة وحدها حين تتغير الملفات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="290"/>
        <source>خروج</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="294"/>
        <source>نسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="301"/>
        <source>نسخ المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="307"/>
        <source>نسخ المقالات المختارة نصًا وتنسيقًا من اليمين إلى اليسار (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="311"/>
        <source>نسخ لبرامج لا تدعم العربية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="322"/>
        <source>بحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="329"/>
        <source>مسح التصفية والبحث</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="335"/>
        <source>تصفية الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="338"/>
        <source>قائمة المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="341"/>
        <source>نص المقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="345"/>
        <source>تكبير النص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="352"/>
        <source>تصغير النص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="359"/>
        <source>الحجم الأصلي للنص</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="366"/>
        <source>اختصارات لوحة المفاتيح</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="372"/>
        <location filename="../../reader/widgets/main_window.py" line="928"/>
        <source>عن البرنامج</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="378"/>
        <source>الأحدث أولًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="379"/>
        <source>الأقدم أولًا</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="380"/>
        <source>حسب العنوان</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="381"/>
        <source>حسب المصدر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="402"/>
        <source>ملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="405"/>
        <source>المجلدات الأخيرة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="411"/>
        <source>تحرير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="419"/>
        <source>عرض</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="420"/>
        <source>ترتيب المقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="427"/>
        <location filename="../../reader/widgets/main_window.py" line="875"/>
        <source>لغة الواجهة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="430"/>
        <source>انتقال</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="436"/>
        <source>مساعدة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="445"/>
        <location filename="../../reader/widgets/main_window.py" line="447"/>
        <source>شريط الأدوات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="528"/>
        <source>تعذرت قراءة المقال: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="561"/>
        <source>تغيّر المقال المعروض فلم يعد ضمن نتائج التصفية الحالية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="571"/>
        <source>حُذف هذا الملف من المجلد؛ المعروض آخر ما قُرئ منه.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="573"/>
        <source>تعذرت قراءة هذا الملف بعد تغيّره ({0})؛ المعروض آخر ما قُرئ منه.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="585"/>
        <source>تعذرت قراءة ملف الإعدادات؛ تُستعمل الإعدادات الافتراضية وقد لا تُحفظ التغييرات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="591"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية؛ حُفظت نسخة منه في {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="596"/>
        <source>كان ملف الإعدادات تالفًا فعادت الإعدادات إلى الافتراضية</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/widgets/main_window.py" line="610"/>
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
        <location filename="../../reader/widgets/main_window.py" line="621"/>
        <source>المقال التالي / السابق في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="622"/>
        <source>توسيع الاختيار في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="623"/>
        <source>نقر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="623"/>
        <source>تضمين الوسم أو إلغاء تضمينه</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="624"/>
        <source>Ctrl+نقر</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="624"/>
        <source>استبعاد الوسم أو إلغاء استبعاده</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="625"/>
        <source>تضمين الوسم الحالي في قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="626"/>
        <source>استبعاد الوسم الحالي في قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="627"/>
        <source>من مربع تصفية الوسوم إلى قائمة الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="628"/>
        <source>عجلة الفأرة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="628"/>
        <source>تكبير النص أو تصغيره</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="629"/>
        <source>الانتقال بين أجزاء النافذة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="658"/>
        <source>ذاكرة التخزين المؤقت: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="695"/>
        <source>لا مقالات تطابق التصفية حتى الآن</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="697"/>
        <source>لا مقالات تطابق التصفية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="701"/>
        <source>جارٍ قراءة المجلد…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="703"/>
        <source>لا مقالات في هذا المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="742"/>
        <source>أُوقفت إعادة القراءة؛ القائمة كما كانت</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="746"/>
        <source>أُوقف التحميل؛ بعض الملفات لم تُقرأ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="807"/>
        <source>المقال «{0}» ليس في هذا المجلد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="516"/>
        <source>هذا المقال خارج نتائج التصفية الحالية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="317"/>
        <source>نسخ المقالات المختارة بحروف مشكّلة مرتبة للعرض، لبرامج لا تدعم العربية (Ctrl+Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="815"/>
        <source>فتح مجلد مقالات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="876"/>
        <source>ستظهر الواجهة باللغة المختارة عند تشغيل البرنامج في المرة القادمة.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="889"/>
        <source>مسح القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="891"/>
        <source>لا مجلدات حديثة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="916"/>
        <source>لم يعد هذا الملف في القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/main_window.py" line="930"/>
        <source>قارئ الأخبار العربية: يفتح مجلدات الأخبار المجمّعة، ويصفّيها بالوسوم والبحث، ويعرض المقالات وينسخها.
الخط: Noto Naskh Arabic، برخصة SIL OFL 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="59"/>
        <source>هذه الملفات ليست مقالات يمكن قراءتها، فلم تُضَف إلى القائمة:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="50"/>
        <source>الملفات التي تعذرت قراءتها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="45"/>
        <source>مشكلات القراءة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="56"/>
        <source>ملفات تعذرت قراءتها ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="65"/>
        <source>المقالات التي قُرئت مع تحذيرات</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="65"/>
        <source>التحذير</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="76"/>
        <source>مقالات قُرئت مع تحذيرات ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="79"/>
        <source>هذه المقالات في القائمة، لكن شيئًا فيها بدا خطأً. انقر مرتين لفتح المقال:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="100"/>
        <source>قُرئت كل الملفات دون مشكلات.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="103"/>
        <source>نسخ القائمة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="105"/>
        <source>نسخ القائمتين نصًا، عمود الملف ثم المشكلة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="119"/>
        <source>الملف</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="124"/>
        <source>نسخ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/problems_dialog.py" line="50"/>
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
        <location filename="../../reader/models/tag_list_model.py" line="151"/>
        <source>مُضمَّن في التصفية</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/models/tag_list_model.py" line="153"/>
        <source>مُستبعَد من النتائج</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/models/tag_list_model.py" line="154"/>
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
        <location filename="../../reader/widgets/tag_sidebar.py" line="46"/>
        <source>تصفية الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="47"/>
        <source>تصفية الوسوم…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="52"/>
        <source>كلها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="54"/>
        <source>المقالات التي تحمل كل الوسوم المختارة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="56"/>
        <source>أيٌّ منها</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="58"/>
        <source>المقالات التي تحمل أيًّا من الوسوم المختارة</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="67"/>
        <source>تطابق:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="77"/>
        <location filename="../../reader/widgets/tag_sidebar.py" line="99"/>
        <source>الوسوم</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="203"/>
        <source>إلغاء التضمين</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="203"/>
        <source>تضمين</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="207"/>
        <source>إلغاء الاستبعاد</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/widgets/tag_sidebar.py" line="207"/>
        <source>استبعاد</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
