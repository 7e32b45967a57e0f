"""The article memo: least recently read dropped first, and no article a write outdated."""

from __future__ import annotations

from reader.domain.store.article_memo import ArticleMemo
from reader.domain.text.parser import parse_text

ONE = parse_text("خبر أول\nنص.\n", "1.txt")
TWO = parse_text("خبر ثان\nنص.\n", "2.txt")
THREE = parse_text("خبر ثالث\nنص.\n", "3.txt")


def test_the_least_recently_read_article_goes_first() -> None:
    memo = ArticleMemo(2)
    memo.put(1, ONE, memo.version())
    memo.put(2, TWO, memo.version())
    assert memo.get(1) is ONE  # now the most recent
    memo.put(3, THREE, memo.version())
    assert (memo.get(1), memo.get(2), memo.get(3)) == (ONE, None, THREE)


def test_an_article_read_before_a_write_is_not_kept() -> None:
    memo = ArticleMemo(8)
    memo.put(1, ONE, memo.version())
    version = memo.version()  # a reader starts its read...
    memo.forget([1])  # ...a writer commits a change to article 1...
    memo.put(1, ONE, version)  # ...and the reader's copy may be the old one
    assert memo.get(1) is None
    memo.put(1, TWO, memo.version())
    assert memo.get(1) is TWO


def test_clear_drops_everything_and_outdates_reads_under_way() -> None:
    memo = ArticleMemo(8)
    memo.put(1, ONE, memo.version())
    version = memo.version()
    memo.clear()
    memo.put(2, TWO, version)
    assert (memo.get(1), memo.get(2)) == (None, None)
