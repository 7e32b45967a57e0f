"""The library: the articles of a folder, their tag index, search and filters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from reader.domain.arabic import canonical_tag, fold
from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.search import SearchIndex
from reader.domain.tags import dedupe_tags, unseparated_tags


class TagMode(StrEnum):
    """How included tags combine: every one of them, or any one."""

    ALL = "all"
    ANY = "any"


class SortOrder(StrEnum):
    """The orders the article list offers."""

    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"
    SOURCE = "source"


@dataclass(frozen=True, slots=True)
class Query:
    """A filter: tags to include (all or any), tags to exclude, and search words."""

    include: tuple[str, ...] = ()
    mode: TagMode = TagMode.ALL
    exclude: tuple[str, ...] = ()
    search: str = ""

    def is_empty(self) -> bool:
        """Tell whether the query lets every article through."""
        return not (self.include or self.exclude or self.search.strip())


def tag_key(tag: str) -> str:
    """Return the identity of a tag: its folded form with single spaces."""
    return " ".join(fold(tag).split())


def date_sort_key(published: date | datetime | None) -> tuple[int, float]:
    """Return a key that orders dates and datetimes (aware or naive) together; None first."""
    if published is None:
        return (0, 0.0)
    if isinstance(published, datetime):
        if published.tzinfo is not None:
            published = published.astimezone(UTC).replace(tzinfo=None)
        midnight = datetime.combine(published.date(), datetime.min.time())
        return (published.toordinal(), (published - midnight).total_seconds())
    return (published.toordinal(), 0.0)


class Library:
    """The articles of one folder, indexed by tag and by word."""

    def __init__(self) -> None:
        self._articles: list[Article] = []
        self._problems: list[LoadProblem] = []
        self._by_path: dict[str, int] = {}
        self._by_title: dict[str, int] = {}
        self._tag_ids: dict[str, set[int]] = {}
        self._tag_display: dict[str, str] = {}
        self._search = SearchIndex()

    def __len__(self) -> int:
        return len(self._articles)

    @property
    def problems(self) -> list[LoadProblem]:
        """The files that could not be read as articles, with the reasons."""
        return list(self._problems)

    def add_problem(self, problem: LoadProblem) -> None:
        """Record a file that is not an article."""
        self._problems.append(problem)

    def add(self, articles: Iterable[Article]) -> range:
        """Add parsed articles and index them; return their ids."""
        first = len(self._articles)
        for article in articles:
            article_id = len(self._articles)
            self._articles.append(article)
            self._by_path[article.path] = article_id
            if article.title:
                self._by_title.setdefault(fold(article.title).strip(), article_id)
            for tag in article.tags:
                key = tag_key(tag)
                self._tag_ids.setdefault(key, set()).add(article_id)
                self._tag_display.setdefault(key, canonical_tag(tag))
            self._search.add(article_id, _searchable_texts(article))
        return range(first, len(self._articles))

    def apply_vocabulary(self) -> list[int]:
        """Rebuild separator-less tag lines with the multi-word tags other files separate."""
        vocabulary = {
            tag_key(tag)
            for article in self._articles
            if not article.unseparated_tag_words
            for tag in article.tags
            if " " in tag.strip()
        }
        first_words = {phrase.split(" ", 1)[0] for phrase in vocabulary}
        changed = []
        for article_id, article in enumerate(self._articles):
            words = article.unseparated_tag_words
            if not any(fold(word) in first_words for word in words):
                continue
            retagged = retag(article, vocabulary)
            if retagged.tags != article.tags:
                self._replace_tags(article_id, retagged)
                changed.append(article_id)
        return changed

    def _replace_tags(self, article_id: int, retagged: Article) -> None:
        """Swap in an article whose tags changed, keeping the tag index right."""
        for tag in self._articles[article_id].tags:
            self._tag_ids[tag_key(tag)].discard(article_id)
        self._articles[article_id] = retagged
        for tag in retagged.tags:
            key = tag_key(tag)
            self._tag_ids.setdefault(key, set()).add(article_id)
            self._tag_display.setdefault(key, canonical_tag(tag))
        self._tag_ids = {key: ids for key, ids in self._tag_ids.items() if ids}

    def article(self, article_id: int) -> Article:
        """Return the article with this id."""
        return self._articles[article_id]

    def ids(self) -> range:
        """Return every article id."""
        return range(len(self._articles))

    def find_path(self, path: str) -> int | None:
        """Return the id of the article read from path, if any."""
        return self._by_path.get(path)

    def find_title(self, title: str) -> int | None:
        """Return the id of an article whose headline folds to the same text, if any."""
        return self._by_title.get(fold(title).strip())

    def display_tag(self, tag: str) -> str:
        """Return the tag as the library shows it (canonical letters, first spelling seen)."""
        return self._tag_display.get(tag_key(tag), canonical_tag(tag))

    def tag_ids(self, tag: str) -> set[int]:
        """Return the ids of the articles that carry tag."""
        return self._tag_ids.get(tag_key(tag), set())

    def select(self, query: Query) -> list[int]:
        """Return the ids of the articles that the query lets through, ascending."""
        if query.is_empty():
            return list(self.ids())
        selected: set[int] | None = None
        if query.include:
            tag_sets = [self.tag_ids(tag) for tag in query.include]
            if query.mode is TagMode.ALL:
                selected = set.intersection(*tag_sets)
            else:
                selected = set.union(*tag_sets)
        found = self._search.search(query.search)
        if found is not None:
            selected = found if selected is None else selected & found
        if selected is None:
            selected = set(self.ids())
        for tag in query.exclude:
            selected -= self.tag_ids(tag)
        return sorted(selected)

    def tag_counts(self, ids: Collection[int] | None = None) -> list[tuple[str, int]]:
        """Return (tag, count) over ids (all articles when None), most used first."""
        if ids is None:
            counts = Counter({key: len(members) for key, members in self._tag_ids.items()})
        else:
            counts = Counter(
                tag_key(tag) for article_id in ids for tag in self._articles[article_id].tags
            )
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(self._tag_display[key], count) for key, count in ordered]

    def sort(self, ids: Iterable[int], order: SortOrder) -> list[int]:
        """Return ids in the given order; ties keep file order."""
        articles = self._articles
        if order is SortOrder.NEWEST:
            return sorted(ids, key=lambda i: date_sort_key(articles[i].published), reverse=True)
        if order is SortOrder.OLDEST:
            return sorted(ids, key=lambda i: date_sort_key(articles[i].published))
        if order is SortOrder.TITLE:
            return sorted(ids, key=lambda i: fold(articles[i].display_title))
        return sorted(ids, key=lambda i: fold(articles[i].source or "\uffff"))


def retag(article: Article, vocabulary: Collection[str]) -> Article:
    """Return the article with its separator-less tags rebuilt using a corpus vocabulary."""
    words = article.unseparated_tag_words
    texts = list(article.matching_texts())
    before = {tag_key(tag) for tag in unseparated_tags(words, texts)}
    after = unseparated_tags(words, texts, vocabulary)
    kept = [tag for tag in article.tags if tag_key(tag) not in before]
    return replace(article, tags=dedupe_tags([*after, *kept]))


def _searchable_texts(article: Article) -> Iterator[str]:
    """Yield the texts that search covers: headline, body, source and tags."""
    if article.title:
        yield article.title
    yield from article.body
    if article.source:
        yield article.source
    yield from article.tags


def article_paths(folder: Path) -> list[Path]:
    """Return every *.txt file under folder, recursively, in name order."""
    return sorted(path for path in folder.rglob("*.txt") if path.is_file())


def load_folder(
    folder: Path,
    read: Callable[[Path], Article],
    on_problem: Callable[[LoadProblem], None] | None = None,
) -> Library:
    """Parse every article file under folder into a new library, keeping per-file problems."""
    library = Library()
    articles = []
    for path in article_paths(folder):
        try:
            articles.append(read(path))
        except NotAnArticleError as error:
            library.add_problem(error.problem)
            if on_problem is not None:
                on_problem(error.problem)
    library.add(articles)
    library.apply_vocabulary()
    return library
