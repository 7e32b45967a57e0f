"""The library over the bundled sample and small hand-made folders."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from reader.domain.article import Article
from reader.domain.batches import LoadBatch, Previews
from reader.domain.library import library as library_module
from reader.domain.library.library import Library, Query, SortOrder, TagMode, load_folder
from reader.domain.store.cache import ArticleCache, ArticleRow
from reader.domain.text.parser import parse_text, read_article
from reader.domain.text.tags import tag_key


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def small(tmp_path: Path) -> Library:
    _write(tmp_path, "a.txt", "خبر أ\n18/09/2023\nفقرة عن الصين.\nكلمات دلالية: الصين، روسيا\n")
    _write(tmp_path, "b.txt", "خبر ب\n19/09/2023\nفقرة عن غزة.\nكلمات دلالية: غزة، روسيا\n")
    _write(tmp_path, "c.txt", "خبر ج\n17/09/2023\nفقرة عن والصين.\nكلمات دلالية: الصین\n")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "d.txt", "خبر د\nفقرة بلا تاريخ.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("ليس مقالا", encoding="utf-8")
    return load_folder(tmp_path, read_article)


def _titles(library: Library, ids: Sequence[int]) -> list[str | None]:
    return [library.article(i).title for i in ids]


def test_loads_recursively_and_keeps_problems(small: Library) -> None:
    assert len(small) == 4
    assert [p.path.endswith("empty.txt") for p in small.problems] == [True]
    assert "empty" in small.problems[0].reason


def test_tag_identity_survives_persian_yeh(small: Library) -> None:
    counts = dict(small.tag_counts())
    assert counts == {"الصين": 2, "روسيا": 2, "غزة": 1}


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        (Query(include=("الصين",)), ["خبر أ", "خبر ج"]),
        (Query(include=("الصين", "روسيا")), ["خبر أ"]),
        (Query(include=("الصين", "غزة"), mode=TagMode.ANY), ["خبر أ", "خبر ب", "خبر ج"]),
        (Query(exclude=("روسيا",)), ["خبر ج", "خبر د"]),
        (Query(include=("روسيا",), exclude=("غزه",)), ["خبر أ"]),
        (Query(search="الصين"), ["خبر أ", "خبر ج"]),
        (Query(include=("روسيا",), search="الصين"), ["خبر أ"]),
        (Query(search="تاريخ"), ["خبر د"]),
        (Query(), ["خبر أ", "خبر ب", "خبر ج", "خبر د"]),
    ],
)
def test_select(small: Library, query: Query, titles: list[str]) -> None:
    assert sorted(_titles(small, small.select(query))) == titles  # type: ignore[type-var]


def test_faceted_counts(small: Library) -> None:
    ids = small.select(Query(include=("روسيا",)))
    assert dict(small.tag_counts(ids)) == {"روسيا": 2, "الصين": 1, "غزة": 1}


@pytest.mark.parametrize(
    ("order", "titles"),
    [
        (SortOrder.NEWEST, ["خبر ب", "خبر أ", "خبر ج", "خبر د"]),
        (SortOrder.OLDEST, ["خبر د", "خبر ج", "خبر أ", "خبر ب"]),
        (SortOrder.TITLE, ["خبر أ", "خبر ب", "خبر ج", "خبر د"]),
    ],
)
def test_sort(small: Library, order: SortOrder, titles: list[str]) -> None:
    assert _titles(small, small.sort(small.ids(), order)) == titles


def test_corpus_vocabulary_joins_a_tag_seen_split_elsewhere() -> None:
    library = Library()
    unseparated = parse_text("خبر\nفقرة عن الطاقة.\nكلمات دلالية: البنك الدولي الطاقة\n", "u.txt")
    assert unseparated.tags == ("البنك", "الدولي", "الطاقة")
    separated = parse_text("خبر آخر\nفقرة.\nكلمات دلالية: البنك الدولي، القروض\n", "s.txt")
    library.add([unseparated, separated])
    assert library.apply_vocabulary() == [0]
    assert library.article(0).tags == ("البنك الدولي", "الطاقة")
    assert dict(library.tag_counts())["البنك الدولي"] == 2
    assert "البنك" not in dict(library.tag_counts())


def test_find_title_and_path(small: Library) -> None:
    article_id = small.find_title("خبر ب")
    assert article_id is not None
    assert small.find_path(small.article(article_id).path) == article_id


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


def test_warned_count_counts_listed_articles_read_with_warnings() -> None:
    library = Library()
    library.add(
        [
            Article(path="a.txt", title="أ", warnings=("the article has no body paragraphs",)),
            Article(path="b.txt", title="ب"),
            Article(path="c.txt", title="ج", warnings=("no headline was found",)),
        ]
    )
    assert library.warned_count() == 2
    assert library.warned_ids(library.ids()) == [0, 2]


def test_listing_is_the_sorted_selection_and_forgets_when_articles_change(
    small: Library,
) -> None:
    query = Query(include=("روسيا",))
    listed = small.listing(query, SortOrder.NEWEST)
    assert _titles(small, listed) == ["خبر ب", "خبر أ"]
    assert small.listing(query, SortOrder.NEWEST) is listed  # remembered
    assert _titles(small, small.listing(query, SortOrder.OLDEST)) == ["خبر أ", "خبر ب"]
    small.add([Article(path="e.txt", title="خبر هـ", tags=("روسيا",))])
    assert _titles(small, small.listing(query, SortOrder.NEWEST)) == ["خبر ب", "خبر أ", "خبر هـ"]


@pytest.mark.parametrize("order", list(SortOrder))
def test_prepared_listings_equal_sorted_selections(
    small: Library, order: SortOrder, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = [Query(include=(tag,)) for tag, _count in small.tag_counts()]
    queries += [Query(include=("لا يوجد",)), Query(include=("روسيا",), mode=TagMode.ANY), Query()]
    expected = [small.sort(small.select(query), order) for query in queries]
    monkeypatch.setattr(library_module, "_PREPARED_MEMBERS", 1)  # every tag, here
    small.prepare_listings(order)
    small.forget_results()

    def no_sort(ids: object, order: SortOrder) -> list[int]:
        raise AssertionError("a one-tag listing was sorted")

    monkeypatch.setattr(small, "sort", no_sort)
    assert [list(small.listing(query, order)) for query in queries] == expected


def test_headlines_and_rows_arriving_in_batches_list_as_a_full_sort_does() -> None:
    # (path, date key) in the order a load brings them: ties across batches, no date (-1).
    batches = [
        [("a.txt", 5.0), ("b.txt", 2.0), ("c.txt", -1.0)],
        [("d.txt", 5.0), ("e.txt", 9.0), ("f.txt", -1.0), ("g.txt", 2.0)],
        [("h.txt", 2.0), ("i.txt", 7.0)],
    ]
    every = [entry for batch in batches for entry in batch]
    rows = [("j.txt", 5.0), ("k.txt", 1.0)]  # files listed without a preview first

    def previews(entries: list[tuple[str, float]]) -> Previews:
        paths = [path for path, _key in entries]
        return Previews(
            paths, paths, [None] * len(paths), [key for _path, key in entries], [None] * len(paths)
        )

    def listing(library: Library) -> list[list[str]]:
        return [
            [library.row(i).path for i in library.listing(Query(), order)]
            for order in (SortOrder.NEWEST, SortOrder.OLDEST)
        ]

    def row(number: int, path: str, date_key: float) -> ArticleRow:
        return ArticleRow(number, path, path, None, None, (), date_key=date_key)

    in_batches = Library(ArticleCache.in_memory())
    for number, batch in enumerate(batches):
        in_batches.add_batch(LoadBatch(previews=previews(batch)))
        in_batches.add_batch(LoadBatch(rows=[row(number, *rows[number])] if number < 2 else []))
        listing(in_batches)  # the window lists after each batch: the orders are built
    at_once = Library(ArticleCache.in_memory())
    at_once.add_batch(LoadBatch(previews=previews([*every[:3], rows[0], *every[3:7]])))
    at_once.add_batch(LoadBatch(previews=previews([rows[1], *every[7:]])))
    assert listing(in_batches) == listing(at_once)
    # Equal dates in file order: a.txt, then j.txt (listed before d.txt's batch), then d.txt.
    assert listing(in_batches)[0][:5] == ["e.txt", "i.txt", "a.txt", "j.txt", "d.txt"]


def test_rows_completing_previews_keep_the_date_order_unless_a_date_moves() -> None:
    library = Library(ArticleCache.in_memory())
    previews = Previews(
        paths=["a.txt", "b.txt", "c.txt"],
        titles=["أ", "ب", "ج"],
        published=[None] * 3,
        date_keys=[3.0, 1.0, 2.0],
        sources=[None] * 3,
    )
    library.add_batch(LoadBatch(previews=previews))

    def listed(order: SortOrder = SortOrder.NEWEST) -> list[str | None]:
        return [library.row(i).title for i in library.listing(Query(), order)]

    def row(key: int, path: str, title: str, date_key: float) -> ArticleRow:
        return ArticleRow(key, path, title, None, "المصدر", ("وسم",), date_key=date_key)

    assert listed() == ["أ", "ج", "ب"]
    library.add_batch(LoadBatch(rows=[row(1, "a.txt", "أ", 3.0), row(2, "b.txt", "ب", 1.0)]))
    assert listed() == ["أ", "ج", "ب"]
    assert library.row(0).source == "المصدر"
    library.add_batch(LoadBatch(rows=[row(3, "c.txt", "ج", 5.0)]))  # its full parse moved it
    assert listed() == ["ج", "أ", "ب"]
    assert listed(SortOrder.OLDEST) == ["ب", "أ", "ج"]
