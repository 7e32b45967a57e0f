"""The word list model: frequency and keyness orders under the model tester."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel
from pytestqt.qtbot import QtBot

from reader.domain.analysis.word_list import word_list
from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.store.word_index import WordIndex
from reader.models.word_list_builder import WordListBuilder
from reader.models.word_list_model import ARTICLES, COUNT, KEYNESS, WORD, WordListModel


def _library() -> Library:
    library = Library()
    library.add(
        [
            Article(path="/a", body=("الصين الصين والصين روسيا في",)),
            Article(path="/b", body=("روسيا روسيا روسيا الهند",)),
        ]
    )
    return library


@pytest.mark.parametrize("force_py", [False, True])
def test_orders_under_the_model_tester(
    check_model: Callable[[QAbstractItemModel, bool], None], force_py: bool
) -> None:
    library = _library()
    index = WordIndex(library.cache)
    model = WordListModel()
    check_model(model, force_py)
    model.set_words(word_list(index, [library.row(0).key]))
    rows = [
        [model.index(row, column).data() for column in (WORD, COUNT, ARTICLES)]
        for row in range(model.rowCount())
    ]
    assert rows == [["الصين", 3, 1], ["روسيا", 1, 1]]
    assert model.index(0, KEYNESS).data().startswith("+")
    assert model.index(1, KEYNESS).data().startswith("-")
    model.set_by_keyness(True)
    assert model.word(0) == "الصين"
    model.set_words(word_list(index, None))
    assert [model.word(row) for row in range(model.rowCount())] == ["روسيا", "الصين", "الهند"]
    assert model.index(0, KEYNESS).data() == ""
    model.set_words(None)
    assert model.rowCount() == 0


def test_builder_answers_off_the_window_thread(qtbot: QtBot) -> None:
    library = _library()
    builder = WordListBuilder()
    answers: list[object] = []
    builder.word_list_ready.connect(answers.append)
    builder.request(library, [1])
    qtbot.waitUntil(lambda: any(getattr(a, "keyness", None) is not None for a in answers))
    final = answers[-1]
    assert getattr(final, "words", None) == ["روسيا", "الهند"]
    with qtbot.waitSignal(builder.folder_prepared):
        builder.prepare(library)
    builder.wait()
