"""The concordance model: streamed hits, orders, copies; qtmodeltester attached throughout."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from reader.domain.analysis.concordance import ConcordanceOrder
from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.library.query import Query, SortOrder
from reader.models import concordance_model
from reader.models.concordance_model import AFTER, BEFORE, MATCH, ConcordanceModel
from reader.models.roles import ItemRole


def _library(count: int = 3) -> Library:
    library = Library()
    bodies = ["زار الوزير الصين ثم عاد", "قال بالصين رئيس كبير", "أخبار عن والصين أمس"]
    library.add(
        Article(path=f"/f/{n}.txt", title=f"خبر {n}", body=(bodies[n % 3],)) for n in range(count)
    )
    return library


def _lines(model: ConcordanceModel) -> list[tuple[str, str, str]]:
    return [
        tuple(model.index(row, column).data() for column in (BEFORE, MATCH, AFTER))
        for row in range(model.rowCount())
    ]


@pytest.mark.parametrize("force_py", [False, True])
def test_hits_sorted_and_reset_under_the_model_tester(
    qtbot: QtBot, check_model: Callable[[QAbstractItemModel, bool], None], force_py: bool
) -> None:
    library = _library()
    model = ConcordanceModel()
    check_model(model, force_py)
    model.set_source(library, list(library.ids()), "الصين")
    qtbot.waitUntil(model.is_finished)
    assert _lines(model) == [
        ("زار الوزير", "الصين", "ثم عاد"),
        ("قال", "بالصين", "رئيس كبير"),
        ("أخبار عن", "والصين", "أمس"),
    ]
    assert model.counts() == (3, 3)
    kept = QPersistentModelIndex(model.index(0, MATCH))
    model.set_order(ConcordanceOrder.BEFORE_1)
    # Folded order of the word before: الوزير < عن < قال.
    assert [line[0] for line in _lines(model)] == ["زار الوزير", "أخبار عن", "قال"]
    assert kept.row() == 0
    model.set_order(ConcordanceOrder.AFTER_1)
    assert [line[2] for line in _lines(model)] == ["أمس", "ثم عاد", "رئيس كبير"]
    assert kept.row() == 1
    assert model.index(kept.row(), MATCH).data(ItemRole.ARTICLE_ID) == 0
    assert model.index(0, MATCH).data(Qt.ItemDataRole.FontRole).bold()
    model.set_source(library, [], "الصين")
    assert model.rowCount() == 0


def test_streams_the_rest_behind_the_first_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(concordance_model, "FIRST_SCREEN_HITS", 5)
    library = _library(60)
    model = ConcordanceModel()
    counts: list[tuple[int, int, bool]] = []
    model.counts_changed.connect(lambda *args: counts.append(args))
    model.set_source(library, library.listing(Query(search="الصين"), SortOrder.NEWEST), "الصين")
    assert 5 <= model.rowCount() < 60
    assert counts[-1][2] is False
    with qtbot.waitSignal(model.counts_changed, check_params_cb=lambda *args: args[2]):
        pass
    assert model.rowCount() == 60
    assert model.counts() == (60, 60)


def test_copies_lines_as_text_and_tab_separated_values() -> None:
    library = _library()
    model = ConcordanceModel()
    model.set_source(library, list(library.ids()), "الصين")
    assert model.plain_text([0, 2]).splitlines() == [
        "زار الوزير الصين ثم عاد",
        "أخبار عن والصين أمس",
    ]
    header, first = model.tab_separated([0]).splitlines()
    assert header.split("\t") == ["before", "hit", "after", "headline", "date", "path"]
    assert first.split("\t") == ["زار الوزير", "الصين", "ثم عاد", "خبر 0", "", "/f/0.txt"]
