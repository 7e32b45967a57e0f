import pytest

from reader.domain.analysis.stopwords import arabic_stopwords, parse_stopwords


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("في\nمن\n", {"في", "من"}),
        ("# comment\nإلى  # trailing comment\n\n", {"الي"}),
        ("على\nعلى\n", {"علي"}),
    ],
)
def test_parse_stopwords_folds_and_skips_comments(text: str, expected: set[str]) -> None:
    assert parse_stopwords(text) == expected


@pytest.mark.parametrize("word", ["في", "من", "الي", "هذا", "التي", "كان"])
def test_shipped_list_holds_function_words(word: str) -> None:
    assert word in arabic_stopwords()


@pytest.mark.parametrize("word", ["الصين", "الرئيس", "الحكومة"])
def test_shipped_list_leaves_content_words(word: str) -> None:
    assert word not in arabic_stopwords()
