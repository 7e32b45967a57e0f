"""Date lines of an article's header: labels, absolute, numeric, Hijri and relative dates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from itertools import accumulate

from reader.domain.text.arabic import fold, folds_char_by_char
from reader.domain.text.date_words import (
    AM_WORDS,
    DATE_LABELS,
    DAY_WORDS,
    HIJRI_MONTH_NAMES,
    MONTH_NAMES,
    NUMBER_WORDS,
    PM_WORDS,
    UNIT_WORDS,
    WEEKDAYS,
    ZONE_PLACES,
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a header line."""

    # None when the line is a date line that cannot be understood.
    value: date | datetime | None
    # The raw date text: no label, no inline "- المصدر: X" tail.
    text: str
    # True for relative dates (منذ 5 ساعات, أمس, اليوم), resolved against the caller's `now`.
    approximate: bool = False
    # The X of an inline "- المصدر: X" after the date.
    source: str | None = None


# Letters on either side would make a word part of a longer word; digits are fine (2023م).
_NOT_AFTER_LETTER = r"(?<![^\W\d_])"
_NOT_BEFORE_LETTER = r"(?![^\W\d_])"


def _key(text: str) -> str:
    """Return the lookup key of matched words: folded, lower case, single spaces, no dots."""
    return " ".join(fold(text).lower().replace(".", " ").split())


def _alternation(names: Iterable[str]) -> str:
    """Return a regex alternation of folded names, longest first, spaces matching any run."""
    keys = sorted({_key(name) for name in names}, key=len, reverse=True)
    # The lookahead on first letters lets a search skip most positions without trying each name.
    first_letters = "".join(sorted({re.escape(key[0]) for key in keys}))
    branches = "|".join(r"\s{1,3}".join(map(re.escape, key.split())) for key in keys)
    return f"(?=[{first_letters}])(?:{branches})"


def _word(alternation: str) -> str:
    """Return the alternation as a group that only matches whole words."""
    return f"{_NOT_AFTER_LETTER}(?:{alternation}){_NOT_BEFORE_LETTER}"


_MONTHS = {_key(name): number for number, names in enumerate(MONTH_NAMES, 1) for name in names}
_ZONE_OFFSETS = {_key(name): minutes for name, minutes in ZONE_PLACES.items()}
_UNITS = {_key(word): unit for word, unit in UNIT_WORDS.items()}
_NUMBERS = {_key(word): number for word, number in NUMBER_WORDS.items()}
_DAYS_BACK = {_key(word): days for word, days in DAY_WORDS.items()}

_FLAGS = re.IGNORECASE
_MONTH = rf"{_NOT_AFTER_LETTER}(?P<month>{_alternation(_MONTHS)})\.?{_NOT_BEFORE_LETTER}"
# A second name for the same month: "أكتوبر/ تشرين الأول", "تشرين الأول - أكتوبر".
_PAIRED_MONTH = (
    rf"(?:\s{{0,3}}[/\-–—(]\s{{0,3}}(?:{_alternation(_MONTHS)})\.?{_NOT_BEFORE_LETTER}"
    r"\s{0,3}\)?)?"
)
_DAY = r"(?<![0-9:])(?P<day>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?"
_HIJRI_MARK = rf"(?:ه|هجري|هجريه){_NOT_BEFORE_LETTER}"
# A year followed by هـ is a Hijri year, never read as a Gregorian one.
_YEAR = rf"(?P<year>[0-9]{{4}})(?![0-9])(?!\s{{0,3}}{_HIJRI_MARK})"
_GAP = r"[\s,،.\-/]{0,5}"

_ISO_RE = re.compile(
    r"(?<![0-9./\-])(?P<year>[0-9]{4})(?P<sep>[-/.])(?P<month>[0-9]{1,2})(?P=sep)"
    r"(?P<day>[0-9]{1,2})(?![0-9])"
    rf"(?!\s{{0,3}}{_HIJRI_MARK})(?:[T@](?=[0-9]))?",
    _FLAGS,
)
_DAY_MONTH_YEAR_RE = re.compile(
    rf"{_DAY}{_GAP}(?:(?:of|من)\s{{1,3}})?{_MONTH}{_PAIRED_MONTH}{_GAP}{_YEAR}", _FLAGS
)
_MONTH_DAY_YEAR_RE = re.compile(
    rf"{_MONTH}{_PAIRED_MONTH}{_GAP}{_DAY}[\s,،.\-]{{1,5}}{_YEAR}", _FLAGS
)
_NUMERIC_RE = re.compile(
    r"(?<![0-9./\-])(?P<day>[0-9]{1,2})\s{0,2}(?P<sep>[-/.])\s{0,2}(?P<month>[0-9]{1,2})"
    rf"\s{{0,2}}(?P=sep)\s{{0,2}}{_YEAR}",
    _FLAGS,
)
_ABSOLUTE_RES = (_ISO_RE, _DAY_MONTH_YEAR_RE, _MONTH_DAY_YEAR_RE, _NUMERIC_RE)

_TIME_RE = re.compile(
    r"(?<![0-9:])(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:[.,](?P<fraction>[0-9]{1,6})[0-9]{0,3})?)?(?![0-9:])"
    # An offset follows the time directly (+03:00, Z), or after one space in full (+0300).
    rf"(?P<offset>Z{_NOT_BEFORE_LETTER}|(?:\s(?=[+\-−][0-9]{{2}}:?[0-9]{{2}}(?![0-9])))?"
    r"(?P<sign>[+\-−])(?P<hours>[0-9]{2})(?::?(?P<minutes>[0-9]{2}))?(?![0-9]))?"
    r"(?:\s{0,3}(?P<ampm>صباحا|صباح|مساءا|مساء|ظهرا|عصرا|ص|م|[ap]\.?m\.?)"
    rf"{_NOT_BEFORE_LETTER})?",
    _FLAGS,
)
_ZONE_RE = re.compile(
    rf"(?=[guبات])(?:{_NOT_AFTER_LETTER}(?P<abbr>gmt|utc)"
    r"(?:\s{0,2}(?P<sign>[+\-−])\s{0,2}(?P<hours>[0-9]{1,2})(?::?(?P<minutes>[0-9]{2}))?)?"
    rf"{_NOT_BEFORE_LETTER}"
    rf"|{_NOT_AFTER_LETTER}(?:بال|ب|ال)?توقيت\s{{1,3}}(?P<place>{_alternation(_ZONE_OFFSETS)})"
    rf"{_NOT_BEFORE_LETTER}"
    rf"|{_NOT_AFTER_LETTER}(?P<gmt>ت\s?\.\s?غ){_NOT_BEFORE_LETTER})",
    _FLAGS,
)
# A Hijri date: a day, a Hijri month and a year, or numbers marked هـ (15/03/1445 هـ).
_HIJRI_RE = re.compile(
    rf"(?:{_NOT_AFTER_LETTER}الموافق(?:\s{{0,3}}ل)?\s{{0,3}})?(?<![0-9])(?:"
    rf"[0-9]{{1,2}}\s{{0,3}}(?:من\s{{1,3}})?{_word(_alternation(HIJRI_MONTH_NAMES))}"
    rf"[\s,،]{{0,3}}[0-9]{{3,4}}(?![0-9])(?:\s{{0,3}}{_HIJRI_MARK})?"
    rf"|[0-9]{{1,4}}(?P<hijri_sep>[-/.])[0-9]{{1,2}}(?P=hijri_sep)[0-9]{{1,4}}\s{{0,3}}{_HIJRI_MARK})",
    _FLAGS,
)
# Everything that may stand around a date on a line that holds nothing but a date. The
# atomic repeat never backtracks, and it stops at the first word that is not one of these.
# WORKAROUND: (?>(?:...)*), not the possessive (?:...)*+: over capturing groups, *+ raises
# SystemError in CPython 3.11 ("GMT GMT بتوقيت مكة أمس"),
# https://github.com/python/cpython/issues/101955
_CLEAN_RE = re.compile(
    "(?>(?:"
    + "|".join(
        (
            _HIJRI_RE.pattern,
            _ZONE_RE.pattern,
            _word(rf"(?:يوم\s{{1,3}})?(?:ال)?(?:{_alternation(WEEKDAYS)})\.?"),
            _word(r"الموافق(?:\s{0,3}ل)?|الساعه|at|م|ميلادي|ميلاديه"),
            r"[\W_]",
        )
    )
    + ")*)",
    _FLAGS,
)

_DIGIT_RE = re.compile("[0-9]")
_RELATIVE_RE = re.compile(
    rf"{_NOT_AFTER_LETTER}(?:منذ|قبل)\s{{1,3}}"
    rf"(?:(?P<count>[0-9]{{1,4}}|{_word(_alternation(_NUMBERS))})\s{{1,3}})?"
    rf"(?P<unit>{_word(_alternation(_UNITS))})",
    _FLAGS,
)
# Every day word, folded, holds one of these.
_DAY_WORD_MARKERS = ("اليوم", "امس", "البارحه")
_DAY_WORD_RE = re.compile(f"(?P<word>{_word(_alternation(_DAYS_BACK))})", _FLAGS)

_LABEL_RE = re.compile(
    rf"\s{{0,20}}{_word(_alternation(DATE_LABELS))}\s{{0,5}}[:\-–—|]?\s{{0,5}}", _FLAGS
)
_SOURCE_RE = re.compile(rf"{_NOT_AFTER_LETTER}المصدر\s{{0,5}}:", _FLAGS)
_STAND_IN_DAY = date(2000, 1, 1)
# Separators left between a date and its inline source.
_TRAILING_SEPARATORS = " \t-–—|،,;؛"


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the date part of a line says, before the label decides what to keep."""

    value: date | datetime | None
    valid: bool  # False for an impossible date, time or offset (31/02, 25:00, GMT+30)
    clean: bool  # True when nothing but date words and punctuation surround the date
    approximate: bool = False


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Fold one character (folding character by character keeps offsets traceable)."""
    return fold(char)


def parse_date_line(
    line: str, *, now: datetime | None = None, folded: str | None = None
) -> ParsedDate | None:
    """Read a header line as a date line; None when the line is not a date line at all.

    folded: fold(line), when the caller has it.
    """
    # Most lines fold the same whole as char by char (which keeps offsets), at a tenth of
    # the cost; the offsets are worked out only for a line that turns out to be a date line.
    parts = None if folds_char_by_char(line) else list(map(_fold_char, line))
    if parts is not None:
        folded = "".join(parts)
    elif folded is None:
        folded = fold(line)
    label = _LABEL_RE.match(folded)
    start = label.end() if label else 0
    # Substring tests first: a search with a lookbehind tries every position of the line.
    source_match = _SOURCE_RE.search(folded, start) if "المصدر" in folded else None
    end = source_match.start() if source_match else len(folded)
    reading = _read(folded[start:end], now)
    if label is None and (reading is None or not reading.valid or not reading.clean):
        return None

    # starts[i] is where raw character i begins in the folded text.
    starts: Sequence[int]
    if parts is None and len(folded) == len(line):
        starts = range(len(line) + 1)  # nothing dropped or expanded
    else:
        starts = [0, *accumulate(map(len, parts or map(_fold_char, line)))]
    text = line[_raw_index(starts, start) : _raw_index(starts, end)].strip()
    source = None
    if source_match:
        text = text.rstrip(_TRAILING_SEPARATORS)
        source = line[_raw_index(starts, source_match.end()) :].strip() or None
    if reading is None or not reading.valid or (reading.approximate and not reading.clean):
        return ParsedDate(None, text, source=source)
    return ParsedDate(reading.value, text, reading.approximate, source)


def _raw_index(starts: Sequence[int], folded_index: int) -> int:
    """Return the raw index for a folded one, after any marks that folding dropped there."""
    return bisect_right(starts, folded_index) - 1


def _read(text: str, now: datetime | None) -> _Reading | None:
    """Read the date part of a line; None when it holds no date form at all."""
    absolute = _read_absolute(text)
    if absolute is not None:
        return absolute
    if _DIGIT_RE.search(text) and _HIJRI_RE.search(text):
        # A Hijri date alone: a date, but not one this reader converts.
        return _Reading(None, valid=True, clean=_is_clean(text))
    return _read_relative(text, now)


def _read_absolute(text: str) -> _Reading | None:
    """Read a Gregorian date with its time and zone; None when there is none."""
    if not _DIGIT_RE.search(text):
        return None
    for pattern in _ABSOLUTE_RES:
        match = pattern.search(text)
        if match:
            break
    else:
        return None
    month = match["month"]
    # .get: a letter that only matches a name case-insensitively (İ for i) names no month.
    month_number = int(month) if month.isdigit() else _MONTHS.get(_key(month), 0)
    day = _make_date(int(match["year"]), month_number, int(match["day"]))
    return _with_time(day, _cut(text, match))


def _read_relative(text: str, now: datetime | None) -> _Reading | None:
    """Read منذ 5 ساعات, أمس, اليوم and their kin against `now`; None when there is none."""
    match = _RELATIVE_RE.search(text) if "منذ" in text or "قبل" in text else None
    if match:
        unit, implied = _UNITS.get(_key(match["unit"]), ("days", None))
        count = _count(match["count"]) if match["count"] else implied
        clean = _is_clean(_cut(text, match))
        if count is None or now is None:
            return _Reading(None, valid=True, clean=clean, approximate=True)
        return _Reading(_ago(now, count, unit), valid=True, clean=clean, approximate=True)
    if not any(marker in text for marker in _DAY_WORD_MARKERS):
        return None
    match = _DAY_WORD_RE.search(text)
    if match is None:
        return None
    day = None
    if now is not None:
        with suppress(OverflowError):
            day = now.date() - timedelta(days=_DAYS_BACK.get(_key(match["word"]), 0))
    # Without `now` the day is unknown; a stand-in day still checks the time and the rest.
    reading = _with_time(day or _STAND_IN_DAY, _cut(text, match))
    value = reading.value if day is not None else None
    return _Reading(value, reading.valid, reading.clean, approximate=True)


def _with_time(day: date | None, rest: str) -> _Reading:
    """Combine a day with the time and zone found in the rest of the line."""
    valid = day is not None
    # Zone words go first, so that the 03:00 of "GMT+03:00" is not taken for a time.
    zone: tzinfo | None = None
    zone_match = _ZONE_RE.search(rest)
    if zone_match:
        zone_valid, zone = _word_zone(zone_match)
        valid = valid and zone_valid
        rest = _cut(rest, zone_match)
    clock = None
    time_match = _TIME_RE.search(rest)
    if time_match:
        clock = _make_time(time_match)
        valid = valid and clock is not None
        if time_match["offset"]:
            zone = _make_zone(time_match)
            valid = valid and zone is not None
        rest = _cut(rest, time_match)
    clean = _is_clean(rest)
    if day is None or not valid:
        return _Reading(None, valid=False, clean=clean)
    if clock is None:
        return _Reading(day, valid=True, clean=clean)
    return _Reading(datetime.combine(day, clock, tzinfo=zone), valid=True, clean=clean)


def _cut(text: str, match: re.Match[str]) -> str:
    """Return text without the matched part."""
    return f"{text[: match.start()]} {text[match.end() :]}"


def _is_clean(rest: str) -> bool:
    """Tell whether only weekdays, zones, Hijri parts and punctuation are left."""
    return _CLEAN_RE.fullmatch(rest) is not None


def _make_date(year: int, month: int, day: int) -> date | None:
    """Return the date, or None when it does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _make_time(match: re.Match[str]) -> time | None:
    """Return the time of a time match, 12-hour forms converted; None when impossible."""
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"] or 0)
    microsecond = int((match["fraction"] or "0").ljust(6, "0"))
    if match["ampm"] and 1 <= hour <= 12:
        ampm = _key(match["ampm"]).replace(" ", "")
        if ampm in PM_WORDS:
            hour = hour % 12 + 12
        elif ampm in AM_WORDS:
            hour %= 12
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second, microsecond)


def _make_zone(match: re.Match[str]) -> tzinfo | None:
    """Return the zone of an offset match (Z, +03:00, GMT+3); None when impossible."""
    if not match["sign"]:
        return UTC
    minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
    if int(match["hours"]) > 23 or int(match["minutes"] or 0) > 59:
        return None
    if minutes == 0:
        return UTC
    return timezone(timedelta(minutes=-minutes if match["sign"] in "-−" else minutes))


def _word_zone(match: re.Match[str]) -> tuple[bool, tzinfo | None]:
    """Return (valid, zone) for a zone in words; the zone is None when not a fixed offset."""
    if match["place"]:
        minutes = _ZONE_OFFSETS.get(_key(match["place"]))
        if minutes is None:
            return True, None
        return True, UTC if minutes == 0 else timezone(timedelta(minutes=minutes))
    if match["abbr"]:
        zone = _make_zone(match)
        return zone is not None, zone
    return True, UTC


def _count(word: str) -> int | None:
    """Return the number a count stands for (digits or a number word)."""
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(_key(word))


def _ago(now: datetime, count: int, unit: str) -> date | datetime | None:
    """Return `now` moved back: a datetime for hours and less, a date for days and more."""
    days_per_unit = {"days": 1, "weeks": 7, "months": 30, "years": 365}
    try:
        if unit in days_per_unit:
            return now.date() - timedelta(days=count * days_per_unit[unit])
        return now - timedelta(**{unit: count})
    except OverflowError:
        return None
