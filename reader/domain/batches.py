"""The records a load hands across threads: headline previews and batches of rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.domain.article import LoadProblem
from reader.domain.library.vocabulary import Regrouped
from reader.domain.store.rows import ArticleRow
from reader.domain.store.snapshot import LibrarySnapshot


@dataclass(frozen=True, slots=True)
class Previews:
    """Headlines and dates of files not parsed yet, in columns, for the list to show at once.

    The full parse of each file follows in a later batch's rows, which complete its preview.
    """

    paths: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    published: list[str | None] = field(default_factory=list)  # as encode_date writes it
    date_keys: list[float] = field(default_factory=list)
    sources: list[str | None] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LoadBatch:
    """What a load found since its previous batch; Library.add_batch takes it in."""

    # Articles to list.
    rows: list[ArticleRow] = field(default_factory=list)
    problems: list[LoadProblem] = field(default_factory=list)
    # The whole cached library in one piece: the first batch of a reopen.
    snapshot: LibrarySnapshot | None = None
    # Headlines of files whose rows come later (a long cold load).
    previews: Previews | None = None
    # Cache keys of articles listed earlier in this load whose files are gone or changed.
    removed: list[int] = field(default_factory=list)
    # Files handled so far (from the cache or parsed) out of every article file of the folder;
    # total is 0 until the folder has been listed.
    done: int = 0
    total: int = 0
    # True on the last batch of a load that ran to its end.
    complete: bool = False
    # On that last batch: the tags regrouped with the folder's vocabulary, by cache key.
    regrouped: list[Regrouped] = field(default_factory=list)
