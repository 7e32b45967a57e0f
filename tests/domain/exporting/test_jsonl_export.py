import json
from pathlib import Path

from reader.domain.article import Article
from reader.domain.exporting.article_json import article_json, dumps
from reader.domain.exporting.exporter import export_articles
from reader.domain.exporting.formats import ExportFormat


def test_json_lines_are_the_list_json_objects(tmp_path: Path, articles: list[Article]) -> None:
    target = tmp_path / "out.jsonl"
    export_articles(target, ExportFormat.JSONL, articles)
    text = target.read_text(encoding="utf-8")
    assert text.splitlines() == [dumps(article_json(article)) for article in articles]
    first = json.loads(text.splitlines()[0])
    assert first["title"].startswith('خبر "عاجل"')
    assert first["related"][0]["place"] == "أنقرة"
    assert "\\u" not in text.splitlines()[1]  # Arabic stays readable
    assert json.loads(text.splitlines()[2])["path"] == "/crawl/\ufffd\ufffd.txt"
