"""Problems and warnings as codes and data: the one-line stored form, and the English wording."""

from __future__ import annotations

import pickle

import pytest

from reader.domain.article import Article, LoadProblem, NotAnArticleError
from reader.domain.problems import (
    ArticleWarning,
    CacheWarning,
    CacheWarningCode,
    FileKind,
    ProblemCode,
    WarningCode,
    describe,
)

WARNINGS = [
    ArticleWarning(WarningCode.NO_BODY),
    ArticleWarning(WarningCode.LINES_REPAIRED, "3"),
    ArticleWarning(WarningCode.DATE_NOT_UNDERSTOOD, "تاريخ: غريب"),
    ArticleWarning(WarningCode.DATE_RELATIVE, "a\\nb\nc\r\\"),
    ArticleWarning(WarningCode.OTHER, "an old sentence: with a colon"),
]
PROBLEMS = [
    LoadProblem("/news/a.txt", ProblemCode.EMPTY),
    LoadProblem("/news/b.txt", ProblemCode.NOT_TEXT, FileKind.PNG),
    LoadProblem("/news/c.txt", ProblemCode.UNREADABLE, "Input/output error"),
    LoadProblem("/news/d.txt", ProblemCode.FAILED, "ValueError: line 1\nline 2"),
]


@pytest.mark.parametrize("warning", WARNINGS)
def test_a_warning_is_one_line_that_reads_back(warning: ArticleWarning) -> None:
    text = warning.encode()
    assert "\n" not in text
    assert "\r" not in text
    assert ArticleWarning.decode(text) == warning


@pytest.mark.parametrize("problem", PROBLEMS)
def test_a_problem_is_one_line_that_reads_back(problem: LoadProblem) -> None:
    text = problem.encode()
    assert "\n" not in text
    assert LoadProblem.decode(problem.path, text) == problem


def test_the_stored_form_is_the_code_then_the_detail() -> None:
    assert ArticleWarning(WarningCode.NO_HEADLINE).encode() == "no-headline"
    assert ArticleWarning(WarningCode.TRUNCATED, "16").encode() == "truncated:16"
    assert LoadProblem("x", ProblemCode.NOT_TEXT, FileKind.PDF).encode() == "not-text:pdf"


@pytest.mark.parametrize(
    "sentence",
    [
        "the article has no body paragraphs",
        "the date could not be understood: أمس",
        "2 line(s) were UTF-8 decoded as Windows-1256 and were repaired",
        "",
    ],
)
def test_an_older_versions_sentence_reads_back_as_other(sentence: str) -> None:
    assert ArticleWarning.decode(sentence) == ArticleWarning(WarningCode.OTHER, sentence)
    problem = LoadProblem.decode("a.txt", sentence)
    assert problem == LoadProblem("a.txt", ProblemCode.OTHER, sentence)
    assert describe(problem) == sentence


def test_records_cross_process_boundaries() -> None:
    article = Article(path="a.txt", warnings=tuple(WARNINGS))
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(PROBLEMS)) == PROBLEMS
    error = pickle.loads(pickle.dumps(NotAnArticleError(PROBLEMS[0])))
    assert error.problem == PROBLEMS[0]


@pytest.mark.parametrize(
    ("record", "text"),
    [
        (LoadProblem("a", ProblemCode.MISSING), "the file does not exist"),
        (LoadProblem("a", ProblemCode.EMPTY), "the file is empty"),
        (LoadProblem("a", ProblemCode.WHITESPACE_ONLY), "the file holds only whitespace"),
        (
            LoadProblem("a", ProblemCode.NOT_TEXT, FileKind.PNG),
            "not a text file: it looks like a PNG image",
        ),
        (  # as read back from the cache: a plain string
            LoadProblem("a", ProblemCode.NOT_TEXT, "zip"),
            "not a text file: it looks like a ZIP archive",
        ),
        (LoadProblem("a", ProblemCode.UNREADABLE, "I/O error"), "could not be read: I/O error"),
        (LoadProblem("a", ProblemCode.OTHER, "in {braces}"), "in {braces}"),
        (ArticleWarning(WarningCode.NO_HEADLINE), "no headline was found"),
        (
            ArticleWarning(WarningCode.LINES_REPAIRED, "2"),
            "2 line(s) were UTF-8 decoded as Windows-1256 and were repaired",
        ),
        (
            ArticleWarning(WarningCode.DATE_RELATIVE, "أمس"),
            "the date 'أمس' is relative; it was resolved approximately against the file's "
            "modification time",
        ),
        (
            CacheWarning(CacheWarningCode.DAMAGED, "/c/f.sqlite3", "file is not a database"),
            "the cache /c/f.sqlite3 was damaged (file is not a database); it was rebuilt",
        ),
        (
            CacheWarning(CacheWarningCode.LOCKED, "/c/f.sqlite3", "database is locked"),
            "the cache /c/f.sqlite3 is in use by another program; "
            "this folder is cached in memory only",
        ),
        (
            CacheWarning(CacheWarningCode.TAGS_NOT_STORED, "", "disk I/O error"),
            "the cache could not store regrouped tags (disk I/O error)",
        ),
    ],
)
def test_describe_words_a_record_in_english(
    record: LoadProblem | ArticleWarning | CacheWarning, text: str
) -> None:
    assert describe(record) == text


def test_every_code_is_worded() -> None:
    for problem_code in ProblemCode:
        assert describe(LoadProblem("a", problem_code, "x")).strip()
    for kind in FileKind:
        assert "{" not in describe(LoadProblem("a", ProblemCode.NOT_TEXT, kind))
    for warning_code in WarningCode:
        assert describe(ArticleWarning(warning_code, "x")).strip()
    for cache_code in CacheWarningCode:
        assert "{" not in describe(CacheWarning(cache_code, "/c/f.sqlite3", "x"))


def test_a_problem_as_text_names_the_file() -> None:
    assert str(LoadProblem("/news/a.txt", ProblemCode.EMPTY)) == "/news/a.txt: the file is empty"
