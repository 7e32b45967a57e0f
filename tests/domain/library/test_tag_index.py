"""The tag index: one id per tag identity, and counts most used first."""

from __future__ import annotations

from collections import Counter

import pytest

from reader.domain.article import Article
from reader.domain.batches import LoadBatch
from reader.domain.library import tag_index as tag_index_module
from reader.domain.library.library import Library
from reader.domain.library.query import Query
from reader.domain.text.parser import parse_text
from reader.domain.text.tags import tag_key


def test_tag_identity_survives_persian_yeh(small: Library) -> None:
    counts = dict(small.tag_counts())
    assert counts == {"الصين": 2, "روسيا": 2, "غزة": 1}


def test_faceted_counts(small: Library) -> None:
    ids = small.select(Query(include=("روسيا",)))
    assert dict(small.tag_counts(ids)) == {"روسيا": 2, "الصين": 1, "غزة": 1}


def test_counts_stay_in_order_as_a_load_brings_new_tags() -> None:
    library = Library()
    batches = [
        [("كلمات دلالية: مصر، الأردن، تونس", 3)],
        [("كلمات دلالية: ألمانيا، تونس", 2), ("كلمات دلالية: بغداد، مصر", 1)],
        [("كلمات دلالية: أثينا، تونس، ياسمين", 2)],
    ]
    for number, batch in enumerate(batches):
        for tag_line, copies in batch:
            library.add(
                parse_text(f"خبر\n18/09/2023\nفقرة.\n{tag_line}\n", f"{number}-{i}-{tag_line}.txt")
                for i in range(copies)
            )
        counts = library.tag_counts()  # as the sidebar counts after each batch of a load
        expected = sorted(counts, key=lambda pair: (-pair[1], tag_key(pair[0])))
        assert counts == expected
    assert [tag for tag, _count in counts][:2] == ["تونس", "مصر"]


@pytest.mark.parametrize(
    "query",
    [Query(include=("روسيا",)), Query(search="الصين"), Query(exclude=("غزة",)), Query()],
)
def test_counts_over_the_flat_tags_column_equal_counts_article_by_article(
    small: Library, query: Query, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = small.select(query)
    expected = small.tag_counts(ids)
    monkeypatch.setattr(tag_index_module, "_COUNTED_ON_FLAT", 0)  # many ids, as at 100,000
    assert small.tag_counts(ids) == expected
    assert dict(expected) == Counter(tag for i in ids for tag in small.row(i).tags)


def test_flat_counts_follow_articles_that_come(
    small: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tag_index_module, "_COUNTED_ON_FLAT", 0)
    assert dict(small.tag_counts(small.ids()))["غزة"] == 1
    small.add([Article(path="e.txt", title="خبر هـ", tags=("غزة", "لبنان"))])
    counts = dict(small.tag_counts(small.ids()))
    assert (counts["غزة"], counts["لبنان"]) == (2, 1)


@pytest.mark.parametrize("share", [1.0, 0.99, 0.8, 0.76])
def test_counts_over_most_articles_take_those_left_out_from_the_totals(
    share: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tag_index_module, "_COUNTED_ON_FLAT", 0)  # many ids, as at 100,000
    library = Library()
    names = ["مصر", "تونس", "الأردن", "غزة", "لبنان", "بغداد"]
    ids = library.add(
        Article(path=f"{n}.txt", title=f"خبر {n}", tags=tuple(names[n % 5 : n % 5 + n % 4]))
        for n in range(400)
    )
    (gone,) = library.add([Article(path="gone.txt", title="خبر", tags=("مصر", "ليبيا"))])
    # A removed article keeps its id in the tags column, with no tags.
    library.add_batch(LoadBatch(removed=[library.row(gone).key]))
    chosen = ids[: round(share * len(ids))]
    expected = Counter(tag for i in chosen for tag in library.row(i).tags)
    assert dict(library.tag_counts(chosen)) == expected
