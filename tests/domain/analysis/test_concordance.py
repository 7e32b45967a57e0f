import pytest

from reader.domain.analysis.concordance import (
    ConcordanceOrder,
    TextPart,
    article_hits,
    left_context,
    right_context,
    sort_key,
)
from reader.domain.article import Article


def _article(title: str = "", *body: str) -> Article:
    return Article(path="/f/a.txt", title=title or None, body=body)


@pytest.mark.parametrize(
    ("body", "search", "matches"),
    [
        ("زار الوزير الصين أمس", "الصين", ["الصين"]),
        ("العلاقات بين روسيا والصين قوية", "الصين", ["والصين"]),
        ("سافر بالصين ثم للصين", "صين", ["بالصين", "للصين"]),
        ("وصل إلى الصِّين اليوم", "الصين", ["الصِّين"]),
        ("وصل إلى الصـــين اليوم", "الصين", ["الصـــين"]),
        ("استقرار القرار", "قرار", ["القرار"]),
        ("لا شيء هنا", "الصين", []),
    ],
)
def test_hit_is_the_word_as_written(body: str, search: str, matches: list[str]) -> None:
    hits = article_hits(_article("", body), search)
    assert [hit.match for hit in hits] == matches
    for hit in hits:
        assert body[hit.start : hit.end] == hit.match


def test_contexts_come_from_the_same_paragraph() -> None:
    article = _article("عنوان عن الصين", "الفقرة الأولى بلا شيء", "قبل الصين بعد", "وفي الصين أيضا")
    hits = article_hits(article, "الصين")
    assert [(h.part, h.paragraph) for h in hits] == [
        (TextPart.HEADLINE, 0),
        (TextPart.BODY, 1),
        (TextPart.BODY, 2),
    ]
    assert (hits[1].left, hits[1].match, hits[1].right) == ("قبل ", "الصين", " بعد")
    assert (hits[2].left, hits[2].right) == ("وفي ", " أيضا")
    assert hits[0].left == "عنوان عن "
    for hit, text in zip(
        hits, [article.title or "", article.body[1], article.body[2]], strict=True
    ):
        assert hit.left + hit.match + hit.right in text


@pytest.mark.parametrize(
    ("text", "start", "width", "expected"),
    [
        ("واحد اثنان ثلاثة", 11, 40, "واحد اثنان "),
        ("واحد اثنان ثلاثة", 11, 8, "اثنان "),  # the cut word is dropped
        ("كلمةطويلةجدا", 10, 4, "يلةج"),  # no space: cut where the width says
        ("الصين", 0, 40, ""),
    ],
)
def test_left_context(text: str, start: int, width: int, expected: str) -> None:
    assert left_context(text, start, width) == expected
    assert text[:start].endswith(expected)


@pytest.mark.parametrize(
    ("text", "end", "width", "expected"),
    [
        ("الصين اثنان ثلاثة", 5, 40, " اثنان ثلاثة"),
        ("الصين اثنان ثلاثة", 5, 9, " اثنان"),
        ("الصين", 5, 40, ""),
    ],
)
def test_right_context(text: str, end: int, width: int, expected: str) -> None:
    assert right_context(text, end, width) == expected
    assert text[end:].startswith(expected)


def test_sort_keys_are_folded_neighbours() -> None:
    (hit,) = article_hits(_article("", "قال الرئيسُ إنّ الصين ستأتي إلى"), "الصين")
    assert hit.before == ("ان", "الرئيس")
    assert sort_key(hit, ConcordanceOrder.BEFORE_1) == ("ان", hit.before[1])
    assert sort_key(hit, ConcordanceOrder.BEFORE_2) == (hit.before[1], "ان")
    assert sort_key(hit, ConcordanceOrder.AFTER_1) == ("ستاتي", "الي")
    assert sort_key(hit, ConcordanceOrder.AFTER_2) == ("الي", "ستاتي")
    assert sort_key(hit, ConcordanceOrder.DATE) == ("", "")
