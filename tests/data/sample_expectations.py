"""Expected parse of every file in resources/sample, according to FORMAT.md."""

from __future__ import annotations

from typing import TypedDict

# `published` for a relative date ("منذ 5 ساعات"): it resolves against the file's modification
# time, so the value is only known when the test runs.
MTIME_MINUS_5_HOURS = "mtime-5h"


class Expectation(TypedDict):
    """The fields a parse of one sample file must produce."""

    title: str | None
    # "2023-09-18" (a date), "2024-12-09T18:49:10+00:00" (aware), "2024-04-19T22:35:00"
    # (naive: no zone was written), None, or MTIME_MINUS_5_HOURS.
    published: str | None
    source: str | None
    byline: str | None
    # In order, deduplicated by folded form, in canonical letters (NFKC, no bidi controls,
    # Persian yeh/kaf made Arabic); harakat and tatweel stay as written.
    tags: list[str]
    body_paragraphs: int
    # (headline, paragraph count, dateline place, dateline source), in order of appearance.
    related: list[tuple[str, int, str | None, str | None]]
    boilerplate: int
    encoding: str
    warnings: bool


EXPECTED: dict[str, Expectation] = {
    # The real seed: ordinal English date, separator-less tags with Persian yeh, full related
    # article with a "PLACE (SOURCE) –" dateline, WhatsApp call, no final newline.
    "000_19d5c2ce21f9d31f.txt": {
        "title": "وزير الخارجية الصيني يُشيد بالعلاقات بين موسكو وبكين",
        "published": "2023-09-18",
        "source": "بوابة الوفد",
        "byline": None,
        "tags": ["لافروف", "وانغ يي", "الصين وروسيا", "بوابة الوفد", "وزير الخارجية"],
        "body_paragraphs": 6,
        "related": [("وزير الخارجية الروسي يزور تركيا الاثنين", 6, "أنقرة", "زمان التركية")],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # "نشر في" + Arabic date with "م"; inline teaser "إقرأ أيضا: ..." (no such file) inside
    # the body; "،" tags; share button and Google News call.
    "001_f5ce2bc465ba7eea.txt": {
        "title": "البنك المركزي المصري يثبت أسعار الفائدة للمرة الثالثة على التوالي",
        "published": "2024-04-19T22:35:00",
        "source": "اليوم السابع",
        "byline": None,
        "tags": [
            "الاقتصاد",
            "البنك المركزي المصري",
            "أسعار الفائدة",
            "التضخم",
            "الجنيه المصري",
        ],
        "body_paragraphs": 5,
        "related": [("تراجع أسعار الذهب في محلات الصاغة بمصر مع بداية التعاملات", 0, None, None)],
        "boilerplate": 2,
        "encoding": "utf-8",
        "warnings": False,
    },
    # UTF-16 LE with BOM; ISO date with offset and the source inline after it; والصين بالصين
    # للصين الصِّين in the body; "," tags under "الكلمات الدلالية"; "اقرأ أيضا" alone (no colon)
    # then a headline list whose first item is the headline of 005; Telegram call.
    "002_0f3a7e5d9e2ad2aa.txt": {
        "title": "منتدى التعاون الصيني الأفريقي يبحث مضاعفة حجم التبادل التجاري",
        "published": "2024-12-09T18:49:10+00:00",
        "source": "الجزيرة نت",
        "byline": None,
        "tags": ["الصين", "أفريقيا", "الاقتصاد", "التجارة الدولية"],
        "body_paragraphs": 5,
        "related": [
            (
                "تركيا والصين تتفقان على توسيع التعاون الاقتصادي خلال زيارة فيدان إلى بكين",
                0,
                None,
                None,
            ),
            ("كينيا تطلب من بكين إعادة جدولة ديون سكة حديد مومباسا", 0, None, None),
            ("الاتحاد الأفريقي يدعو إلى مقعد دائم للقارة في مجلس الأمن", 0, None, None),
        ],
        "boilerplate": 1,
        "encoding": "utf-16",
        "warnings": False,
    },
    # Gregorian date with a Hijri part after "الموافق"; "المصدر : X"; "|" tags under "الوسوم";
    # "أخبار ذات صلة" alone then a full related article with a "PLACE - " dateline.
    "003_b60264784ce9a958.txt": {
        "title": "الأونروا تحذر من مجاعة وشيكة في شمال قطاع غزة",
        "published": "2024-03-21",
        "source": "سام برس",
        "byline": None,
        "tags": ["غزة", "الأمم المتحدة", "الأونروا", "المساعدات الإنسانية"],
        "body_paragraphs": 4,
        "related": [("وصول أول قافلة مساعدات غذائية إلى مدينة غزة منذ أسابيع", 3, "رفح", None)],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Maghrebi month شتنبر with "ص"; "بقلم: X"; "حجم الخط" in the header; "#" tags; body
    # dateline "PLACE - SOURCE - "; "شاهد أيضا:" then a related article with the same shape.
    "004_df618bcf785b17f9.txt": {
        "title": "الرجاء يفرض التعادل على الوداد في ديربي الدار البيضاء",
        "published": "2024-09-15T09:12:00",
        "source": "هسبريس",
        "byline": "يوسف الإدريسي",
        "tags": ["كرة القدم", "الرجاء الرياضي", "الوداد البيضاوي", "البطولة الاحترافية"],
        "body_paragraphs": 4,
        "related": [
            ("المنتخب المغربي يستعد لمواجهة الغابون بمعسكر مغلق في المعمورة", 2, "سلا", "هسبريس"),
        ],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # ISO "@" date with GMT; separator-less tags (a three-word run, Persian kaf and yeh in
    # "الترکیة" matching the source line); seed-shaped related article; no final newline.
    "005_adce53776452c62c.txt": {
        "title": "تركيا والصين تتفقان على توسيع التعاون الاقتصادي خلال زيارة فيدان إلى بكين",
        "published": "2025-05-29T14:43:47+00:00",
        "source": "زمان التركية",
        "byline": None,
        "tags": ["هاكان فيدان", "الصين", "تركيا", "وزير الخارجية التركي", "زمان التركية"],
        "body_paragraphs": 5,
        "related": [
            ("وفد تجاري صيني يزور إسطنبول لبحث فرص الاستثمار", 3, "إسطنبول", "زمان التركية"),
        ],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # "آخر تحديث" with "مساءً"; no source; "الوسوم" alone with the tags on the next line, where
    # "غزّة" (shadda) repeats "غزة" and is dropped; "اقرأ أيضًا:" headline list holding the
    # headline of 003.
    "006_e61767420cd85753.txt": {
        "title": "مجلس الأمن يتبنى مشروع قرار أمريكي لوقف إطلاق النار في غزة",
        "published": "2024-06-10T23:40:00",
        "source": None,
        "byline": None,
        "tags": ["غزة", "مجلس الأمن", "الأمم المتحدة", "وقف إطلاق النار"],
        "body_paragraphs": 5,
        "related": [
            ("قطر ومصر تدعوان إلى تنفيذ مقترح وقف إطلاق النار دون تأخير", 0, None, None),
            ("الأونروا تحذر من مجاعة وشيكة في شمال قطاع غزة", 0, None, None),
            ("الاحتلال يوسع عملياته العسكرية في رفح رغم التحذيرات الدولية", 0, None, None),
        ],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Windows-1256; Maghrebi month جويلية (also in the body, "ملعب 5 جويلية", not a date);
    # "بقلم/ X"; "كلمات مفتاحية"; copyright line.
    "007_c2d2e7ae24496a2f.txt": {
        "title": "مولودية الجزائر تتوج بلقب البطولة للمرة الثامنة في تاريخها",
        "published": "2024-07-18",
        "source": "الشروق أونلاين",
        "byline": "كريم بوزيد",
        "tags": ["كرة القدم", "مولودية الجزائر", "الرابطة المحترفة الأولى", "شباب بلوزداد"],
        "body_paragraphs": 4,
        "related": [],
        "boilerplate": 1,
        "encoding": "cp1256",
        "warnings": False,
    },
    # Relative date "منذ 5 ساعات" (approximate: warns); separator-less tags.
    "008_22c808fa9212a5d8.txt": {
        "title": "الريال اليمني يسجل تراجعًا قياسيًا أمام الدولار في عدن",
        "published": MTIME_MINUS_5_HOURS,
        "source": "سام برس",
        "byline": None,
        "tags": ["الريال اليمني", "البنك المركزي", "عدن", "الاقتصاد"],
        "body_paragraphs": 4,
        "related": [],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": True,
    },
    # Date line with no label and a Levantine month; "مشاركة :"; " - " tags; related article
    # with a "PLACE – SOURCE – " dateline (en dashes).
    "009_4a7244bf33dd6778.txt": {
        "title": "ارتفاع جديد في أسعار المواد الغذائية بدمشق مع تراجع الليرة السورية",
        "published": "2024-01-14",
        "source": "عنب بلدي",
        "byline": None,
        "tags": ["الاقتصاد", "الليرة السورية", "سوريا", "الأسعار"],
        "body_paragraphs": 4,
        "related": [("الحكومة السورية ترفع سعر ربطة الخبز المدعوم", 2, "دمشق", "عنب بلدي")],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Arabic-Indic digits in date and time; "بقلم: X"; "إستمع للمقال" and "حول الموقع";
    # body has استقرار and الإسلام but no قرار or سلام, الكاتب and المكتبة but no كتاب;
    # "اقـرأ أيضـاً" (tatweel) alone then a headline list.
    "010_751f28681187a5f0.txt": {
        "title": "مكتبة الإسكندرية تعرض مخطوطات نادرة من تاريخ الحضارة الإسلامية",
        "published": "2023-09-18T16:20:00",
        "source": "الشروق",
        "byline": "منى عبد الرحمن",
        "tags": ["مكتبة الإسكندرية", "المخطوطات", "الحضارة الإسلامية", "التراث"],
        "body_paragraphs": 5,
        "related": [
            ("وزارة الثقافة تطلق مشروعًا لرقمنة التراث المصري", 0, None, None),
            ("ترميم قبة أثرية في القاهرة التاريخية بعد سنوات من الإهمال", 0, None, None),
            ("دار الوثائق القومية تستعيد مجموعة من الخرائط العثمانية", 0, None, None),
        ],
        "boilerplate": 2,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Numeric day-first date 07/03/2024 (7 March); an English sentence in a paragraph;
    # "Tags:" with "," separators.
    "011_146b61e92165ad2a.txt": {
        "title": "السعودية تكشف تصاميم 11 ملعبًا جديدًا لاستضافة كأس العالم 2034",
        "published": "2024-03-07",
        "source": "الخليج",
        "byline": None,
        "tags": ["كرة القدم", "كأس العالم 2034", "السعودية", "الاقتصاد"],
        "body_paragraphs": 4,
        "related": [],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # No date at all; teaser "اقرأ أيضا: ..." mid-body; "كلمات دالة" with a tatweel tag.
    "012_15353831d6848ff7.txt": {
        "title": "موجة حر غير مسبوقة تضرب العراق ودرجات الحرارة تتجاوز 50 مئوية",
        "published": None,
        "source": "السومرية نيوز",
        "byline": None,
        "tags": ["العراق", "موجة الحر", "التغير المناخي", "الاقتـصاد"],
        "body_paragraphs": 4,
        "related": [("وزارة الكهرباء تعلن خطة طوارئ لمواجهة ذروة الأحمال الصيفية", 0, None, None)],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # A date line that cannot be understood (kept raw, warns, not the headline); headline list.
    "013_9cc9ec7aaee0a463.txt": {
        "title": "ارتفاع أسعار الأضاحي يثقل كاهل الأسر المغربية قبل عيد الأضحى",
        "published": None,
        "source": "العمق المغربي",
        "byline": None,
        "tags": ["عيد الأضحى", "أسعار الأضاحي", "الاقتصاد", "المغرب"],
        "body_paragraphs": 3,
        "related": [
            ("وزارة الفلاحة تطمئن المغاربة بشأن وفرة الأغنام", 0, None, None),
            ("مهنيون يطالبون بتشديد المراقبة على المضاربين في أسواق الماشية", 0, None, None),
            ("ارتفاع أسعار الأعلاف يرهق مربي الماشية بالمغرب", 0, None, None),
        ],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": True,
    },
    # CRLF; "3rd" ordinal date; separator-less tags with Persian yeh in "الصین"; seed-shaped
    # related article; "تيليجرام" call.
    "014_489935adc60cc9d6.txt": {
        "title": "الصين تطلق مهمة جديدة لجمع عينات من الجانب البعيد للقمر",
        "published": "2024-05-03",
        "source": "روسيا اليوم",
        "byline": None,
        "tags": ["الصين", "الفضاء", "القمر", "وكالة الفضاء الصينية"],
        "body_paragraphs": 4,
        "related": [
            ('ناسا تؤجل مهمة "أرتميس 3" المأهولة إلى القمر حتى 2026', 2, "واشنطن", "روسيا اليوم"),
        ],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # UTF-8 with BOM; "2nd" ordinal date; teaser whose headline is exactly that of 006;
    # Persian kaf in "کرة القدم".
    "015_6f806fb797a2c768.txt": {
        "title": "الحرب تدمر معظم الملاعب في غزة وتوقف النشاط الكروي بالكامل",
        "published": "2024-10-02",
        "source": "فلسطين أون لاين",
        "byline": None,
        "tags": ["كرة القدم", "غزة", "الاتحاد الفلسطيني لكرة القدم", "الفيفا"],
        "body_paragraphs": 3,
        "related": [("مجلس الأمن يتبنى مشروع قرار أمريكي لوقف إطلاق النار في غزة", 0, None, None)],
        "boilerplate": 1,
        "encoding": "utf-8-sig",
        "warnings": False,
    },
    # "1st" ordinal date; "بقلم - X"; a tag wrapped in RLE/PDF bidi controls; "أخبار ذات صلة:"
    # headline list (one headline has a colon inside).
    "016_dcb22adf5ae65520.txt": {
        "title": "الأمم المتحدة تدعو في كوب 28 إلى مضاعفة تمويل التكيف مع التغير المناخي",
        "published": "2023-12-01",
        "source": "البيان",
        "byline": "سارة المنصوري",
        "tags": ["الأمم المتحدة", "التغير المناخي", "كوب 28", "الاقتصاد"],
        "body_paragraphs": 4,
        "related": [
            ("الإمارات تعلن عن صندوق بقيمة 30 مليار دولار للحلول المناخية", 0, None, None),
            ("العالم يسجل أعلى متوسط لدرجات الحرارة في تاريخه", 0, None, None),
            ("غوتيريش: لا مستقبل للبشرية دون التخلص من الوقود الأحفوري", 0, None, None),
        ],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Numeric date with dashes; one body line is double-decoded mojibake (repaired, warns);
    # للصين in the body; "؛" tags.
    "017_50debbd45f1bb46e.txt": {
        "title": "تونس تتوقع ارتفاع صادرات زيت الزيتون إلى مستويات قياسية",
        "published": "2023-09-18",
        "source": "الصباح نيوز",
        "byline": None,
        "tags": ["زيت الزيتون", "تونس", "الصادرات", "الصين"],
        "body_paragraphs": 4,
        "related": [],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": True,
    },
    # ISO date with a time and no zone (naive); no tags; الكتاب in the body.
    "018_4a54bd03346a8252.txt": {
        "title": "وزارة الثقافة اللبنانية تطلق مبادرة لدعم دور النشر المتعثرة",
        "published": "2022-06-05T00:00:00",
        "source": "النشرة",
        "byline": None,
        "tags": [],
        "body_paragraphs": 3,
        "related": [],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Paired month "أكتوبر/ تشرين الأول"; blank-line runs (one line is only an NBSP); NBSP
    # inside paragraphs and after the tag separators; a tag with shadda ("الصّين").
    "019_90ce414ef4a6abe8.txt": {
        "title": "شركات صينية تنفذ مشاريع للطاقة الشمسية في البقاع اللبناني",
        "published": "2024-10-22",
        "source": "النهار",
        "byline": None,
        "tags": ["لبنان", "الصّين", "الطاقة الشمسية", "الكهرباء"],
        "body_paragraphs": 4,
        "related": [],
        "boilerplate": 1,
        "encoding": "utf-8",
        "warnings": False,
    },
    # Lone CR line endings, no final newline; Persian digits in the date; a tag in Arabic
    # presentation forms (NFKC makes it "الصين"); "اقرأ المزيد" then a related article with a
    # "PLACE — " dateline (em dash).
    "020_48bf368a099dd012.txt": {
        "title": "الصين تستضيف جولة جديدة من المحادثات بين السعودية وإيران",
        "published": "2024-05-07",
        "source": "الشرق الأوسط",
        "byline": None,
        "tags": ["الصين", "السعودية", "إيران", "الوساطة"],
        "body_paragraphs": 3,
        "related": [
            ("طهران تعيد فتح سفارتها في الرياض بعد قطيعة استمرت سبع سنوات", 2, "الرياض", None),
        ],
        "boilerplate": 0,
        "encoding": "utf-8",
        "warnings": False,
    },
}
