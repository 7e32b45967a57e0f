"""The article columns: previews and rows arriving in batches, lookups and warning flags."""

from __future__ import annotations

from reader.domain.article import Article
from reader.domain.batches import LoadBatch, Previews
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.domain.problems import ArticleWarning, WarningCode
from reader.domain.store.cache import ArticleCache
from reader.domain.store.rows import ArticleRow


def test_find_title_and_path(small: Library) -> None:
    article_id = small.find_title("خبر ب")
    assert article_id is not None
    assert small.find_path(small.path_of(article_id)) == article_id


def test_warned_count_counts_listed_articles_read_with_warnings() -> None:
    library = Library()
    library.add(
        [
            Article(path="a.txt", title="أ", warnings=(ArticleWarning(WarningCode.NO_BODY),)),
            Article(path="b.txt", title="ب"),
            Article(path="c.txt", title="ج", warnings=(ArticleWarning(WarningCode.NO_HEADLINE),)),
        ]
    )
    assert library.warned_count() == 2
    assert library.warned_ids(library.ids()) == [0, 2]


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
