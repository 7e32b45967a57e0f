import numpy as np
import pytest

from reader.domain.analysis.word_list import WordList, word_list
from reader.domain.article import Article
from reader.domain.library.library import Library
from reader.domain.store.word_index import WordIndex


def _library(*bodies: str) -> tuple[Library, list[int]]:
    library = Library()
    ids = library.add(
        Article(path=f"/f/{n}.txt", title=None, body=(body,)) for n, body in enumerate(bodies)
    )
    return library, [library.row(i).key for i in ids]


def _table(words: WordList) -> dict[str, tuple[int, int]]:
    return {
        word: (int(count), int(articles))
        for word, count, articles in zip(words.words, words.counts, words.articles, strict=True)
    }


@pytest.mark.parametrize(
    ("bodies", "expected"),
    [
        # Proclitic forms go under the bare word when it occurs.
        (["الصين والصين", "بالصين للصين"], {"الصين": (4, 2)}),
        (["فالصين وبالصين", "الصين"], {"الصين": (3, 2)}),
        # ... and stay apart when it does not.
        (["والصين بالصين"], {"والصين": (1, 1), "بالصين": (1, 1)}),
        # A bare word without ال must be at least as frequent: وزير is not و + زير.
        (["وزير وزير وزير زير"], {"وزير": (3, 1), "زير": (1, 1)}),
        (["كتاب كتاب وكتاب"], {"كتاب": (3, 1)}),
        # Stopwords (with their proclitic forms), numbers and one-letter words are left out.
        (["في وفي من الصين 2023 ١٩ و ب"], {"الصين": (1, 1)}),
        # Shown in the most frequent spelling; counted folded.
        (["الصِّين الصين الصين"], {"الصين": (3, 1)}),
        (["الصِّين الصِّين الصين"], {"الصِّين": (3, 1)}),
        (["أحمد احمد أحمد"], {"أحمد": (3, 1)}),
        (["الصـــين"], {"الصين": (1, 1)}),
    ],
)
def test_counts(bodies: list[str], expected: dict[str, tuple[int, int]]) -> None:
    library, keys = _library(*bodies)
    assert _table(word_list(WordIndex(library.cache), keys, keyness=False)) == expected


def test_stopwords_can_be_kept() -> None:
    library, keys = _library("في وفي الصين")
    words = word_list(WordIndex(library.cache), keys, stopwords=False, keyness=False)
    assert _table(words) == {"في": (2, 1), "الصين": (1, 1)}


def test_headline_and_body_only() -> None:
    library = Library()
    (article_id,) = library.add(
        [Article(path="/f/a.txt", title="عنوان الخبر", body=("نص",), source="مصدر", tags=("وسم",))]
    )
    words = word_list(WordIndex(library.cache), [library.row(article_id).key], keyness=False)
    assert set(words.words) == {"عنوان", "الخبر", "نص"}


def test_keyness_against_the_rest_of_the_folder() -> None:
    # The result: 10 tokens, الصين 5 times; the rest: 10 tokens, الصين once.
    library, keys = _library(
        "الصين الصين الصين الصين الصين روسيا روسيا روسيا روسيا روسيا",
        "الصين روسيا روسيا روسيا روسيا روسيا روسيا روسيا روسيا روسيا",
    )
    index = WordIndex(library.cache)
    words = word_list(index, keys[:1])
    assert words.keyness is not None
    scores = dict(zip(words.words, words.keyness, strict=True))
    e = 10 * 6 / 20  # expected count in each half
    china = 2 * (5 * np.log(5 / e) + 1 * np.log(1 / e))
    assert scores["الصين"] == pytest.approx(china)
    assert scores["روسيا"] == pytest.approx(-(2 * (5 * np.log(5 / 7) + 9 * np.log(9 / 7))))
    assert words.by_keyness()[0] == words.words.index("الصين")


def test_whole_folder_has_no_keyness_and_is_stored() -> None:
    library, _keys = _library("الصين روسيا", "الصين")
    index = WordIndex(library.cache)
    words = word_list(index, None)
    assert words.keyness is None
    assert _table(words) == {"الصين": (2, 2), "روسيا": (1, 1)}
    assert index.stored_totals() is not None
    assert [words.words[i] for i in words.by_frequency()] == ["الصين", "روسيا"]


def test_adding_a_file_drops_the_stored_totals() -> None:
    library, _keys = _library("الصين")
    index = WordIndex(library.cache)
    word_list(index, None)
    library.add([Article(path="/f/new.txt", body=("روسيا",))])
    assert index.stored_totals() is None
    assert _table(word_list(index, None)) == {"الصين": (1, 1), "روسيا": (1, 1)}
