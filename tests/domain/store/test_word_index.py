from collections import Counter
from pathlib import Path

import pytest

from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.store.cache import ArticleCache
from reader.domain.store.word_index import WordIndex, article_spellings


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("الصين", ("الصين وروسيا",), {"الصين": 2, "وروسيا": 1}),
        (None, ("الصـــين الصين",), {"الصين": 2}),
        (None, ("الصِّين",), {"الصِّين": 1}),
    ],
)
def test_article_spellings(
    title: str | None, body: tuple[str, ...], expected: dict[str, int]
) -> None:
    assert article_spellings(Article(path="a", title=title, body=body)) == Counter(expected)


def test_counts_are_stored_and_kept_across_opens(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    cache = ArticleCache.open(folder, tmp_path / "cache")
    library = Library(cache)
    (article_id,) = library.add([Article(path=str(folder / "a.txt"), body=("الصين الصين",))])
    key = library.row(article_id).key
    assert WordIndex(cache).update() == 1
    cache.close()
    reopened = ArticleCache.open(folder, tmp_path / "cache")
    index = WordIndex(reopened)
    assert index.indexed_keys() == {key}
    assert index.update() == 0
    counts = index.counts([key])
    assert [index.spellings[s] for s in counts.spellings] == ["الصين"]
    assert counts.counts.tolist() == [2]
    reopened.close()


def test_removing_a_file_forgets_its_counts() -> None:
    library = Library()
    ids = library.add([Article(path="/a", body=("واحد",)), Article(path="/b", body=("اثنان",))])
    keys = [library.row(i).key for i in ids]
    index = WordIndex(library.cache)
    index.update()
    library.cache.remove([keys[0]])
    assert index.indexed_keys() == {keys[1]}
