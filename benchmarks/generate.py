"""Write N articles in the aggregator's format, deterministically, for the scale benchmark.

The articles look like the seed (FORMAT.md): headline, labelled date in one of several forms,
four to ten body paragraphs, source line, a tag line (mostly without separators, as on
arabkhabar.com, sometimes with `،`), a read-also block with its own paragraphs, and a
boilerplate call to action. Tags are drawn from a large vocabulary with a Zipf law; multi-word
tags are written into the body too, so the parser can rebuild them. About 6 KB per file.

    python -m benchmarks.generate --n 10000 /tmp/bench-10000
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
from bisect import bisect_right
from pathlib import Path

# Letters the synthetic words are made of, weighted roughly like Arabic text.
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية" + "اليمنورتبه" * 3
_CONSONANTS = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
_FUNCTION_WORDS = (  # noqa: SIM905 - Arabic reads better as one phrase per line
    "في من على إلى أن عن مع هذا هذه التي الذي كان قد لم بين بعد قبل خلال حيث كما أو ثم "
    "وقال وأكد وأشار وأضاف إنه أنه عند منذ حتى لدى ضد نحو عبر"
).split()
_REAL_WORDS = (  # noqa: SIM905
    "الرئيس الحكومة الوزير وزارة الخارجية الصين روسيا مصر غزة الاتفاق القرار الاستقرار "
    "المنطقة الدولية العلاقات التعاون الاقتصاد الأمن السلام الإسلام الكتاب المكتبة الكاتب "
    "المفاوضات البرلمان الانتخابات الشرق الأوسط الولايات المتحدة الأمم المتحدة مجلس الأمن "
    "العاصمة المدينة الجيش الشرطة المحكمة الشركة السوق النفط الغاز الطاقة المياه الزراعة "
    "التعليم الصحة المستشفى الجامعة الطلاب المعلمين الرياضة المنتخب الدوري الفريق المباراة"
).split()
_MONTHS_EN = (  # noqa: SIM905
    "January February March April May June July August September October November December"
).split()
_MONTHS_AR = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()  # noqa: SIM905
_PLACES = "القاهرة أنقرة بيروت عمان الرباط تونس الجزائر دمشق بغداد الرياض الدوحة صنعاء".split()  # noqa: SIM905
_BOILERPLATE = (
    "انضم إلى قناة زمان على واتساب:",
    "تابعوا آخر الأخبار عبر Google News",
    "شارك الخبر",
    "جميع الحقوق محفوظة",
)
VOCABULARY_WORDS = 40_000
VOCABULARY_TAGS = 30_000
SOURCES = 60


def _word(rng: random.Random) -> str:
    """Return a made-up Arabic-looking word of three to seven letters."""
    return rng.choice(_CONSONANTS) + "".join(rng.choices(_LETTERS, k=rng.randint(2, 6)))


class _Zipf:
    """Draws indexes 0..n-1 with probability proportional to 1 / (rank + 1) ** s."""

    def __init__(self, n: int, s: float) -> None:
        self._cumulative = list(itertools.accumulate(1 / (rank + 1) ** s for rank in range(n)))

    def draw(self, rng: random.Random) -> int:
        """Return one index."""
        return bisect_right(self._cumulative, rng.random() * self._cumulative[-1])

    def draws(self, rng: random.Random, k: int) -> list[int]:
        """Return k indexes, with repeats."""
        total = self._cumulative[-1]
        return [bisect_right(self._cumulative, rng.random() * total) for _ in range(k)]


class ArticleWriter:
    """Holds the vocabularies of a generated corpus and writes its articles."""

    def __init__(self, seed: int = 2023) -> None:
        rng = random.Random(seed)
        made_up = {_word(rng) for _ in range(VOCABULARY_WORDS)}
        self.words = [*_REAL_WORDS, *sorted(made_up - set(_REAL_WORDS))]
        self.word_zipf = _Zipf(len(self.words), 1.05)
        tags: list[str] = []
        seen: set[str] = set()
        for rank in itertools.count():
            if len(tags) == VOCABULARY_TAGS:
                break
            # Frequent tags are real words; a third of all tags have two or three words.
            size = 1 if rng.random() < 0.67 else rng.choice((2, 2, 3))
            pool = _REAL_WORDS if rank < 40 else self.words[:8000]
            tag = " ".join(rng.choice(pool) for _ in range(size))
            if tag not in seen:
                seen.add(tag)
                tags.append(tag)
        self.tags = tags
        self.tag_zipf = _Zipf(len(tags), 0.95)
        self.sources = [
            " ".join(("بوابة", _word(rng))) if i % 3 else _word(rng) for i in range(SOURCES)
        ]
        self.source_zipf = _Zipf(SOURCES, 1.0)

    def _sentence(self, rng: random.Random, words: int) -> str:
        """Return a sentence: Zipf-drawn words, function words, some behind a proclitic."""
        out = []
        for index in self.word_zipf.draws(rng, words):
            roll = rng.random()
            if roll < 0.25:
                out.append(rng.choice(_FUNCTION_WORDS))
                continue
            word = self.words[index]
            if roll < 0.32:
                word = rng.choice("وبل") + word
            out.append(word)
        return " ".join(out)

    def _paragraph(self, rng: random.Random, sentences: int, phrases: list[str]) -> str:
        """Return a paragraph of sentences, with some of the article's tag phrases inside."""
        parts = []
        for _ in range(sentences):
            sentence = self._sentence(rng, rng.randint(8, 16))
            if phrases and rng.random() < 0.5:
                sentence += " " + rng.choice(("حول", "بشأن", "عن")) + " " + rng.choice(phrases)
            parts.append(sentence + rng.choice(("،", ".", ".", ".")))
        text = " ".join(parts)
        return text if text.endswith(".") else text[:-1] + "."

    def _date_line(self, rng: random.Random) -> str:
        """Return a date line in one of the forms aggregators use."""
        year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
        hour, minute = rng.randint(0, 23), rng.randint(0, 59)
        form = rng.randrange(4)
        if form == 0:
            suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
            return f"تاريخ النشر: {day}{suffix}, {_MONTHS_EN[month - 1]} {year} GMT"
        if form == 1:
            return f"تاريخ النشر: {year}-{month:02}-{day:02}T{hour:02}:{minute:02}:00+00:00"
        if form == 2:
            return f"نشر في: {day} {_MONTHS_AR[month - 1]} {year} - {hour % 12 + 1}:{minute:02} م"
        return f"{day:02}/{month:02}/{year}"

    def article(self, number: int) -> str:
        """Return the text of article number (the same text for the same number and seed)."""
        rng = random.Random(number * 7919 + 17)
        tag_count = rng.randint(3, 8)
        tags = list(dict.fromkeys(self.tags[i] for i in self.tag_zipf.draws(rng, tag_count)))
        phrases = [tag for tag in tags if " " in tag]
        source = self.sources[self.source_zipf.draw(rng)]
        lines = [self._sentence(rng, rng.randint(6, 12)), self._date_line(rng)]
        lines += [
            self._paragraph(rng, rng.randint(2, 5), phrases) for _ in range(rng.randint(4, 10))
        ]
        lines.append(f"المصدر: {source}")
        separated = rng.random() < 0.2
        lines.append("كلمات دلالية: " + ("، ".join(tags) if separated else " ".join(tags)))
        lines.append("إقرأ أيضاً:")
        lines.append(self._sentence(rng, rng.randint(6, 10)))
        place = rng.choice(_PLACES)
        first = f"{place} ({self.sources[self.source_zipf.draw(rng)]}) – "
        related = [self._paragraph(rng, rng.randint(2, 3), []) for _ in range(rng.randint(3, 6))]
        related[0] = first + related[0]
        lines += related
        lines.append(rng.choice(_BOILERPLATE))
        return "\n".join(lines)

    def file_name(self, number: int) -> str:
        """Return the aggregator-style name of article number: NNN_<16 hex>.txt."""
        digest = hashlib.sha1(f"https://example.com/{number}".encode()).hexdigest()[:16]
        return f"{number:06}_{digest}.txt"


def generate(folder: Path, n: int, seed: int = 2023) -> int:
    """Write n articles into folder (in subfolders of 10,000); return the bytes written."""
    writer = ArticleWriter(seed)
    written = 0
    for number in range(n):
        sub = folder / f"part{number // 10_000:02}"
        if number % 10_000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = writer.article(number).encode("utf-8")
        (sub / writer.file_name(number)).write_bytes(data)
        written += len(data)
    return written


def ensure_corpus(folder: Path, n: int) -> Path:
    """Generate n articles into folder unless a complete earlier run left them there."""
    marker = folder / ".complete"
    if marker.exists() and marker.read_text() == str(n):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    generate(folder, n)
    marker.write_text(str(n))
    return folder


def main() -> None:
    """Generate a folder from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many articles")
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    size = generate(args.folder, args.n)
    print(f"{args.n} articles, {size / args.n:.0f} bytes each on average, in {args.folder}")


if __name__ == "__main__":
    main()
