"""Dates in Arabic news: "19 دجنبر 2025", "فاتح يوليوز", "28مارس", "19/12/2025", Mashriq months
("كانون الثاني"), Hijri dates ("12 رمضان 1445", via hijridate), and relative days ("اليوم الخميس",
"أمس الثلاثاء", "غدا") resolved from the publication date: "اليوم الخميس" is the Thursday on or before
publication. Without a year or a publication date a date stays unknown (None).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress, pairwise
from operator import itemgetter

import regex

from marsad.loaders.extraction.text import Token, word_index
from marsad.loaders.extraction.words import CALENDAR
from marsad.loaders.normalize import fold

_GLUED = regex.compile(r"^(\d{1,2})(\D+)$")
"""A day glued to its month: "28مارس" (28, "مارس")."""
_NUMERIC = regex.compile(r"(?<!\d)(\d{1,2})(?:[.-]|/ ?)(\d{1,2})(?:[.-]|/ ?)(\d{4})(?!\d)"
                         r"|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")
"""A numeric date, day first, ISO or year first with slashes: "19/12/2025", "19.12.2025", "2025-12-19",
"2015/8/11"; with a Hijri year ("12/10/1436هـ", "1436/10/12") it is converted to the Gregorian day. A slash may
have a space after it ("11/ 10/ 1436هـ"), not before ("15 / 10 /1436" is the end of a range, read elsewhere)."""
_SPACED = regex.compile(r"(?<!\d)(\d{1,2}) / (\d{1,2}) / (\d{4}) ?(?:هـ|ه|م)(?!\w)")
"""A numeric date with a space on both sides of each slash and its era's mark after the year, as a statement writes
it: "(الخميس) 14 / 10 / 1436هـ الموافق 30 / 7 / 2015م". The mark says the three numbers are one date; with a range's
word or dash, or a number, right before the day ("13 - 14 / 10 / 1436هـ") it is a range's end, not read."""
_NUMERIC_RANGE = regex.compile(r"(?<!\d)(\d{1,2}) ?[-–ـ]+ ?(\d{1,2})/ ?(\d{1,2})/ ?(\d{4})(?!\d)")
"""A range of days before one numeric month and year, joined by a dash or a tatweel: "18-19/10/1436هـ",
"18ـ19/ 10/ 1436هـ" (ext-t54): the range's first day, not its end (which ``_NUMERIC`` alone would read)."""
_HIJRI_YEARS = range(1300, 1601)
_GREGORIAN_YEARS = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class DateMention:
    first: int  # token span [first, last)
    last: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: int | None = None  # days from publication: 0 today, -1 yesterday, 1 tomorrow
    month_offset: int | None = None  # "من الشهر الجاري / الماضي / المقبل": months from publication's
    ahead: bool = False  # "13 - 15 نوفمبر المقبل": the next such day after publication, not the last before
    hijri: bool = False  # "يوم الأحد 24 شوال" (no year): month and day are Hijri, the year is publication's

    def resolve(self, published: dt.date | None) -> dt.date | None:
        """The calendar date, when the text and the publication date determine it."""
        if self.month_offset is not None and self.day:
            if published is None:
                return None
            year, month = divmod(published.year * 12 + published.month - 1 + self.month_offset, 12)
            try:
                return dt.date(year, month + 1, self.day)
            except ValueError:
                return None
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        if published is None:
            return None
        if self.hijri and self.month and self.day:  # the such Hijri day nearest publication
            return _hijri_nearest(self.month, self.day, published)
        if self.month and self.day and self.ahead:  # "نوفمبر المقبل": the first such day after publication
            for year in (published.year, published.year + 1):
                try:
                    d = dt.date(year, self.month, self.day)
                except ValueError:
                    return None
                if d >= published - dt.timedelta(days=2):
                    return d
            return None
        if self.month and self.day:  # no year: the last such day on or before publication (+2 days)
            for year in (published.year, published.year - 1):
                try:
                    d = dt.date(year, self.month, self.day)
                except ValueError:
                    return None
                if d <= published + dt.timedelta(days=2):
                    return d
            return None
        if self.relative is not None:
            anchor = published + dt.timedelta(days=min(self.relative, 0))
            if self.weekday is None:
                return published + dt.timedelta(days=self.relative)
            if self.relative > 0:  # "يوم غد الأربعاء": the weekday named on or after tomorrow (ext-t49)
                ahead = published + dt.timedelta(days=self.relative)
                return ahead + dt.timedelta(days=(self.weekday - ahead.weekday()) % 7)
            back = (anchor.weekday() - self.weekday) % 7
            return anchor - dt.timedelta(days=back)
        if self.weekday is not None and self.ahead:  # "الأحد المقبل": the first such day after publication (ext-t118)
            return published + dt.timedelta(days=(self.weekday - published.weekday() - 1) % 7 + 1)
        if self.weekday is not None:  # "يوم الأحد" alone: the last such day on or before publication
            return published - dt.timedelta(days=(published.weekday() - self.weekday) % 7)
        return None


def _year(tokens: list[Token], k: int) -> int | None:
    """A Gregorian year at ``tokens[k]``, also with its era's mark glued ("2015م")."""
    if k >= len(tokens):
        return None
    w = tokens[k].norm
    if w.endswith("م") and w[:-1].isdigit():
        w = w[:-1]
    if w.isdigit() and len(w) == 4:
        y = int(w)
        return y if y in _GREGORIAN_YEARS else None
    return None


def _gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hijri date (None when it is no date or hijridate is missing)."""
    try:
        from hijridate import Hijri

        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_year_opens(year: int) -> int | None:
    """The Gregorian year the Hijri ``year`` opens in (its 1 Muharram: 1436 → 2014), or None."""
    g = _gregorian(year, 1, 1)
    return g.year if g is not None else None


def _hijri_nearest(month: int, day: int, published: dt.date) -> dt.date | None:
    """The Gregorian day of the Hijri ``day`` of ``month`` nearest publication (the year of publication's Hijri
    date, the one before or the one after): "يوم الأحد 24 شوال" is the one just past or just to come."""
    try:
        from hijridate import Gregorian

        year = Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None
    found = [g for g in (_gregorian(y, month, day) for y in (year - 1, year, year + 1)) if g is not None]
    return min(found, key=lambda g: abs((g - published).days)) if found else None


def _month_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """(month, tokens used) of a Gregorian month name at ``tokens[k]``."""
    if k >= len(tokens):
        return None
    w = tokens[k].norm
    if k + 1 < len(tokens) and (w, tokens[k + 1].norm) in CALENDAR.MASHRIQ_MONTHS:
        return CALENDAR.MASHRIQ_MONTHS[(w, tokens[k + 1].norm)], 2
    if w in CALENDAR.MONTHS:
        return CALENDAR.MONTHS[w], 1
    return None


def _of_month(tokens: list[Token], k: int) -> int:
    """ "من" (and "شهر") between a day in digits and a month's name and its year: "27 من شهر يوليو 2015م", "8 من شوال
    1436هـ" (ext-t126); the number of those tokens, 0 when no month's name and year follow them (a market's "جلسة 26 من
    حزيران الماضي" stays undated, as before)."""
    if k >= len(tokens) or tokens[k].norm != _OF:
        return 0
    size = 2 if k + 1 < len(tokens) and tokens[k + 1].norm == _MONTH_WORD else 1
    m = k + size
    month = _month_at(tokens, m)
    if month is not None:
        after = m + month[1]
        after += _other_name(tokens, after, month[0])
        return size if _year(tokens, after + _year_word(tokens, after)) is not None else 0
    for n in (2, 1):
        if " ".join(t.norm for t in tokens[m : m + n]) in CALENDAR.HIJRI_MONTHS and m + n < len(tokens):
            w = tokens[m + n + _hijri_year_word(tokens, m + n)].norm
            w = w[:-1] if w.endswith("ه") else w
            return size if w.isdigit() and len(w) == 4 else 0
    return 0


_OF = fold("من")
_MONTH_WORD = fold("شهر")


def _year_word(tokens: list[Token], k: int) -> int:
    """The words "عام" / "لعام" / "العام" (after "من" too) between a day and month and their year: "5 أغسطس عام 2015",
    "لعام 2015م", "من العام 2015" (ext-t126); 0 when none, or no Gregorian year follows them."""
    size = 1 if k < len(tokens) and tokens[k].norm == _OF else 0
    if k + size >= len(tokens) or tokens[k + size].norm not in _YEAR_WORDS:
        return 0
    return size + 1 if _year(tokens, k + size + 1) is not None else 0


_YEAR_WORDS = frozenset(fold(w) for w in ("عام", "لعام", "العام"))


def _hijri_year_word(tokens: list[Token], k: int) -> int:
    """1 when "عام" / "لعام" / "العام" at ``tokens[k]`` stands before a four-digit Hijri year ("لعام 1436هـ")."""
    if k + 1 >= len(tokens) or tokens[k].norm not in _YEAR_WORDS:
        return 0
    w = tokens[k + 1].norm
    w = w[:-1] if w.endswith("ه") else w
    return 1 if w.isdigit() and len(w) == 4 else 0


def _other_name(tokens: list[Token], k: int, month: int) -> int:
    """The tokens of a month's other name set off after it by a slash or in brackets: "شباط/فبراير", "آب (أغسطس)"
    (ext-t126); 0 when there is none, or it names another month."""
    if k >= len(tokens) or tokens[k].norm not in ("/", "("):
        return 0
    other = _month_at(tokens, k + 1)
    if other is None or other[0] != month:
        return 0
    size = 1 + other[1]
    if tokens[k].norm == "(":
        if k + size >= len(tokens) or tokens[k + size].norm != ")":
            return 0
        size += 1
    return size


def _hijri(tokens: list[Token], k: int, day: int, first: int | None = None) -> DateMention | None:
    for size in (2, 1):
        key = " ".join(t.norm for t in tokens[k : k + size])
        if key in CALENDAR.HIJRI_MONTHS:
            at = k + size + _hijri_year_word(tokens, k + size)  # "20 شوال لعام 1436هـ" (ext-t126)
            w = tokens[at].norm if at < len(tokens) else ""
            if w.endswith("ه") and w[:-1].isdigit():
                w = w[:-1]  # "1437هـ": the era's mark glued to the year
            year = int(w) if w.isdigit() and len(w) == 4 else None
            if year is None and not w.isdigit():  # "يوم الأحد 24 شوال": the year of publication's Hijri date
                return DateMention(k - 1 if first is None else first, k + size, month=CALENDAR.HIJRI_MONTHS[key],
                                   day=day, hijri=True)
            if year is None or year not in _HIJRI_YEARS:
                return None
            g = _gregorian(year, CALENDAR.HIJRI_MONTHS[key], day)
            return None if g is None else DateMention(k - 1 if first is None else first, at + 1, g.year,
                                                      g.month, g.day)
    return None


_FIRST_CHAR = itemgetter(slice(0, 1))
"""A word's first character ("" for an empty word): the words that open with a digit are found with it in C."""


def find_dates(text: str, tokens: list[Token]) -> list[DateMention]:
    """Every date expression, in text order."""
    out: list[DateMention] = []
    for m, i, last in _token_matches(_NUMERIC, text, tokens):
        g = m.groups()
        ymd = _calendar_day(*((int(g[2]), int(g[1]), int(g[0])) if g[0] else
                               (int(g[3]), int(g[4]), int(g[5])) if g[3] else (int(g[6]), int(g[7]), int(g[8]))))
        if ymd is not None:
            out.append(DateMention(i, last, *ymd))
    out = _numeric_ranges(text, tokens, out)
    out.extend(_spaced_dates(text, tokens, {d.first for d in out}))
    n = len(tokens)
    i = 0
    index = word_index(tokens)
    openers = _date_openers()
    words = index.words()
    for at in index.of(openers.intersection(words).union(compress(words, map(str.isdigit, map(_FIRST_CHAR, words))))):
        # (about 2 tokens in 100: the others open no date, and the loop skips them instead of testing each; the test
        # runs once for each distinct word of the text, on the index the later rules share)
        if at < i:
            continue  # inside the date just read
        i = at
        w = tokens[i].norm
        worded = _word_date(tokens, i) if tokens[i].article else None
        if worded is not None:  # "السادس والعشرين من شهر يونيو", "الخامس عشر من الشهر الجاري"
            out.append(worded)
            i = worded.last
            continue
        glued = None
        day: int | None = None
        k = i + 1
        if w.isdigit() and (len(w) <= 2 or (len(w) == 3 and w[0] == "0")):
            day = int(w)  # (a day padded with one zero too many, "011 أغسطس": the eleventh, ext-t126)
        elif w in CALENDAR.FIRST_DAY:
            day = 1
        elif w[:1].isdigit() and (glued := _GLUED.match(w)) and fold(glued.group(2)) in CALENDAR.MONTHS:
            day, k = int(glued.group(1)), i
        if day is not None and 1 <= day <= 31:
            k += _range_end(tokens, k) if k > i else 0  # "يومي 2 و3 دجنبر", "من 2 إلى 4 دجنبر": the first day
            of = _of_month(tokens, k) if k > i else 0  # "27 من شهر يوليو 2015م", "8 من شوال" (ext-t126)
            k += of
            if k == i:
                assert glued is not None
                month, used = CALENDAR.MONTHS[fold(glued.group(2))], 1
            else:
                hit = _month_at(tokens, k)
                if hit is None:
                    hij = _hijri(tokens, k, day, first=i if of else None)
                    if hij is not None:
                        out.append(hij)
                        i = hij.last
                        continue
                    i += 1
                    continue
                month, used = hit
                same = _month_at(tokens, k + used)
                if same is not None and same[0] == month:  # "26 فبراير شباط 2016": both names of one month (ext-t65)
                    used += same[1]
                used += _other_name(tokens, k + used, month)  # "26 شباط/فبراير 2016", "26 آب (أغسطس) 2015"
                used += _year_word(tokens, k + used)  # "5 أغسطس عام 2015", "لعام 2015م", "من العام 2015"
            year = _year(tokens, k + used)
            start = _weekday_start(tokens, i)
            ahead = year is None and k + used < n and tokens[k + used].norm in _AHEAD
            out.append(DateMention(start, k + used + (1 if year else 0), year, month, day, ahead=ahead))
            i = k + used + 1
            continue
        if w in CALENDAR.WEEKDAYS or (w in CALENDAR.RELATIVE_DAYS and i + 1 < n):
            rel = None
            j = i
            if w in CALENDAR.RELATIVE_DAYS:
                rel = CALENDAR.RELATIVE_DAYS[w]
                j = i + 1
                if rel == -1 and j < n and tokens[j].norm in _FIRST_DAY:
                    rel, j = -2, j + 1  # "أمس الأول", "البارحة الأولى" (ext-t118): the day before yesterday
                elif rel == -1 and i >= 2 and tokens[i - 1].norm == "من" and tokens[i - 2].norm == fold("أول"):
                    rel = -2  # "أول من أمس"
                elif rel == -1 and i >= 1 and tokens[i - 1].norm == fold("أول"):
                    rel = -2  # "أول أمس": the day before yesterday too (ext-t126)
                elif rel == 1 and w == _GHAD and i >= 1 and tokens[i - 1].norm == _AFTER:
                    rel = 2  # "بعد غد": the day after tomorrow (ext-t69)
            elif i > 0 and tokens[i - 1].norm in CALENDAR.RELATIVE_DAYS:
                rel = CALENDAR.RELATIVE_DAYS[tokens[i - 1].norm]
            weekday = CALENDAR.WEEKDAYS.get(tokens[j].norm) if j < n else None
            if weekday is not None or (rel is not None and w in _DATED_ALONE) or rel in (2, -2):
                if not _followed_by_date(tokens, (j + 1) if weekday is not None else j):
                    out.append(DateMention(i, j + (1 if weekday is not None else 0), weekday=weekday, relative=rel,
                                           ahead=_weekday_ahead(tokens, j, weekday, rel)))
                i = j + 1
                continue
        i += 1
    out.sort(key=lambda d: d.first)
    return out


@cache
def _date_openers() -> frozenset[str]:
    """The words that can open a date in the loop of :func:`find_dates` besides a number or a glued day ("28مارس"):
    every word ``_word_day`` reads a day from, alone or as the first of two ("الخامس", "السادس والعشرين"), "فاتح", a
    weekday, a relative day. Built on first use, as the word lists are (a missing one raises at its first use)."""
    ordinals = CALENDAR.ORDINALS
    return frozenset({*ordinals, *(k.split(" ", 1)[0] for k in ordinals), *CALENDAR.ORDINAL_UNITS,
                      *CALENDAR.ORDINAL_TENS, *CALENDAR.FIRST_DAY, *CALENDAR.WEEKDAYS, *CALENDAR.RELATIVE_DAYS})


_GHAD = fold("غد")
_DATED_ALONE = frozenset(fold(w) for w in ("اليوم", "أمس", "امس", "غدا"))  # "غدا" too (ext-t69); "غد" with a weekday


def _weekday_ahead(tokens: list[Token], j: int, weekday: int | None, rel: int | None) -> bool:
    """A weekday with no relative day, followed by "المقبل" / "القادم" ("الأحد المقبل"), ext-t118."""
    return weekday is not None and rel is None and j + 1 < len(tokens) and tokens[j + 1].norm in _AHEAD


_FIRST_DAY = frozenset(fold(w) for w in ("الأول", "الأولى"))  # after "أمس" / "البارحة": one day earlier (ext-t118)
_AFTER = fold("بعد")


def _calendar_day(y: int, mo: int, d: int) -> tuple[int, int, int] | None:
    """(year, month, day) of a numeric date: a Hijri one ("12/10/1436هـ") converted to the Gregorian calendar, a
    Gregorian one kept when its year is one the corpus can mean; None for a Hijri day that does not exist or a year
    out of range."""
    if y in _HIJRI_YEARS:
        gregorian = _gregorian(y, mo, d)
        return None if gregorian is None else (gregorian.year, gregorian.month, gregorian.day)
    return (y, mo, d) if y in _GREGORIAN_YEARS else None


def _numeric_ranges(text: str, tokens: list[Token], found: list[DateMention]) -> list[DateMention]:
    """``found`` with each ``_NUMERIC_RANGE`` range read as its first day, in place of its end read alone."""
    ranges: list[DateMention] = []
    for m, i, last in _token_matches(_NUMERIC_RANGE, text, tokens):
        d, d2, mo, y = (int(g) for g in m.groups())
        if not d < d2 <= 31:
            continue
        ymd = _calendar_day(y, mo, d)
        if ymd is None:
            continue
        try:
            dt.date(*ymd)
        except ValueError:
            continue
        ranges.append(DateMention(i, last, *ymd))
    if not ranges:
        return found
    kept = [f for f in found if not any(r.first <= f.first < r.last for r in ranges)]
    return sorted(kept + ranges, key=lambda x: x.first)


def _spaced_dates(text: str, tokens: list[Token], taken: set[int]) -> list[DateMention]:
    """ "14 / 10 / 1436هـ", "30 / 7 / 2015م": ``_SPACED`` dates (a Hijri one converted), not a range's end."""
    out: list[DateMention] = []
    for m, i, last in _token_matches(_SPACED, text, tokens):
        if i in taken:
            continue
        if i > 0 and (tokens[i - 1].norm in CALENDAR.RANGE_GLUE or tokens[i - 1].norm.isdigit()
                      or tokens[i - 1].norm in ("/", "-", "–")):
            continue  # "13 - 14 / 10 / 1436هـ": the end of a range
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hijri = m.group(0).rstrip().endswith(("هـ", "ه"))
        if hijri and y in _HIJRI_YEARS:
            gregorian = _gregorian(y, mo, d)
            if gregorian is None:
                continue
            y, mo, d = gregorian.year, gregorian.month, gregorian.day
        elif hijri or y not in _GREGORIAN_YEARS:
            continue
        try:
            dt.date(y, mo, d)
        except ValueError:
            continue
        out.append(DateMention(i, last, y, mo, d))
    return out


def _token_matches(pattern: regex.Pattern[str], text: str, tokens: list[Token]
                   ) -> Iterator[tuple[regex.Match[str], int, int]]:
    """Each match of ``pattern`` in ``text`` that starts a token, with the index of that token and of the token
    after the last one it reaches into."""
    by_start: dict[int, int] | None = None  # made at the first match: most texts have no numeric date
    for m in pattern.finditer(text):
        if by_start is None:
            by_start = {t.start: i for i, t in enumerate(tokens)}
        i = by_start.get(m.start())
        if i is not None:
            yield m, i, next((k + 1 for k in range(i, len(tokens)) if tokens[k].end >= m.end()), i + 1)


def _word_day(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(day, next token) of a day written as an ordinal word at ``tokens[i]``: "الخامس", "الخامس عشر",
    "السادس والعشرين", "الثلاثين"."""
    n = len(tokens)
    w = tokens[i].norm
    if i + 1 < n and f"{w} {tokens[i + 1].norm}" in CALENDAR.ORDINALS:
        return CALENDAR.ORDINALS[f"{w} {tokens[i + 1].norm}"], i + 2
    if w in CALENDAR.ORDINAL_UNITS and i + 1 < n and tokens[i + 1].norm[:1] == "و" \
            and tokens[i + 1].norm[1:] in CALENDAR.ORDINAL_TENS:
        return CALENDAR.ORDINAL_UNITS[w] + CALENDAR.ORDINAL_TENS[tokens[i + 1].norm[1:]], i + 2
    if w in CALENDAR.ORDINALS:
        return CALENDAR.ORDINALS[w], i + 1
    if w in CALENDAR.ORDINAL_TENS:
        return CALENDAR.ORDINAL_TENS[w], i + 1
    return None


def _word_date(tokens: list[Token], i: int) -> DateMention | None:
    """A day written as an ordinal word, "من" (and "شهر") and a month: "في السادس والعشرين من شهر يونيو
    (2015)", "يوم الخامس عشر من الشهر الجاري" (the month of publication; "الماضي" the one before, "المقبل"
    the next). Not after a noun the ordinal qualifies ("الأسبوع الثالث من شهر رمضان"): only first in its
    sentence or after a word without the article, a weekday or "يوم"."""
    if i > 0 and tokens[i - 1].sent == tokens[i].sent and tokens[i - 1].article \
            and tokens[i - 1].norm not in CALENDAR.WEEKDAYS and tokens[i - 1].norm != _DAY:
        return None
    hit = _word_day(tokens, i)
    if hit is None or not 1 <= hit[0] <= 31:
        return None
    day, k = hit
    n = len(tokens)
    k += _word_range_end(tokens, k, day)  # "من الخامس عشر حتى السابع عشر من نوفمبر": the first day (ev19)
    if k < n and tokens[k].norm == "من":
        k += 1
    else:
        return None
    if k < n and tokens[k].norm == _MONTH:
        k += 1
    start = _weekday_start(tokens, i)
    month = _month_at(tokens, k)
    if month is not None:
        year = _year(tokens, k + month[1])
        return DateMention(start, k + month[1] + (1 if year else 0), year, month[0], day)
    if k + 1 < n and tokens[k].norm == _THE_MONTH and tokens[k + 1].norm in _MONTH_OFFSETS:
        return DateMention(start, k + 2, day=day, month_offset=_MONTH_OFFSETS[tokens[k + 1].norm])
    if k < n:
        return _hijri(tokens, k, day, first=start)
    return None


def day_of_month_at(tokens: list[Token], i: int) -> bool:
    """A day written as ordinal words, then "من" (and "شهر") and a Gregorian month, at ``tokens[i]``: "السادس
    والعشرين من فبراير", whatever comes before it (a body's name it follows ends there)."""
    hit = _word_day(tokens, i)
    if hit is None or not 1 <= hit[0] <= 31:
        return False
    k = hit[1]
    if k >= len(tokens) or tokens[k].norm != "من" or tokens[k].sent != tokens[i].sent:
        return False
    k += 1
    if k < len(tokens) and tokens[k].norm == _MONTH:
        k += 1
    return _month_at(tokens, k) is not None


def _word_range_end(tokens: list[Token], k: int, first: int) -> int:
    """Tokens of a range's second day written as an ordinal word, right after the first day's words at ``k``:
    "حتى السابع عشر", "وحتى السابع عشر", "إلى السابع عشر" (0 if none); the range's date is its first day ("في الفترة
    بين الخامس عشر وحتى السابع عشر من نوفمبر" is the fifteenth)."""
    if k >= len(tokens) or tokens[k].sent != tokens[k - 1].sent:
        return 0
    glue = tokens[k].norm
    if glue not in CALENDAR.RANGE_GLUE and not (glue[:1] == "و" and glue[1:] in CALENDAR.RANGE_GLUE):
        return 0
    hit = _word_day(tokens, k + 1) if k + 1 < len(tokens) and tokens[k + 1].article else None
    if hit is None or not first < hit[0] <= 31:
        return 0
    return hit[1] - k


_DAY = fold("يوم")
_MONTH = fold("شهر")
_THE_MONTH = fold("الشهر")
_MONTH_OFFSETS = {fold("الجاري"): 0, fold("الحالي"): 0, fold("الماضي"): -1, fold("المنصرم"): -1,
                  fold("المقبل"): 1, fold("القادم"): 1}
"""The month a "… من الشهر X" date falls in, from the month of publication."""


_RANGE_DAY = regex.compile(r"^و?(\d{1,2})$")
"""The second day of a range: "3" or "و3"."""


def _range_end(tokens: list[Token], k: int) -> int:
    """Tokens between a range's first day and its month: "و3", "و 3", "- 4", "إلى 4" (0 if none)."""
    if k < len(tokens) and _RANGE_DAY.match(tokens[k].norm) and tokens[k].norm[:1] == "و":
        return 1
    if k + 1 < len(tokens) and tokens[k].norm in CALENDAR.RANGE_GLUE and _RANGE_DAY.match(tokens[k + 1].norm) \
            and tokens[k + 1].norm[:1] != "و":
        return 2
    return 0


def _weekday_start(tokens: list[Token], i: int) -> int:
    if i > 0 and tokens[i - 1].norm in CALENDAR.WEEKDAYS:
        return i - 1
    return i


def _followed_by_date(tokens: list[Token], k: int) -> bool:
    """An explicit day-month follows (so the weekday is only decoration)."""
    if k < len(tokens) and tokens[k].norm[:1] == "و" and tokens[k].norm[1:] in CALENDAR.WEEKDAYS:
        k += 1  # "يومي الأحد والاثنين 2 و3 أغسطس": a second weekday, then the days
    if k < len(tokens) and tokens[k].norm == ")":
        k += 1  # "(الخميس) 14 / 10 / 1436هـ": the weekday in brackets before its date
    if k + 1 < len(tokens) and tokens[k].norm in _AHEAD and tokens[k + 1].norm == _CORRESPONDING:
        k += 1  # "يوم الأربعاء المقبل الموافق 27 / 10 / 1436 هـ" (ext-t135): the coming weekday, then its date
    if k < len(tokens) and tokens[k].norm == _CORRESPONDING:
        k += 1  # "يوم الأحد الموافق 11 أغسطس", "الموافق 2015/8/11م"
    if k >= len(tokens):
        return False
    w = tokens[k].norm
    return (w.isdigit() and len(w) <= 4) or w in CALENDAR.FIRST_DAY or bool(_GLUED.match(w)) \
        or bool(_NUMERIC.match(w))  # "2015/8/11", read as one token


_CORRESPONDING = fold("الموافق")
_AHEAD = frozenset({fold("المقبل"), fold("القادم")})
"""After a month with no year ("13 - 15 نوفمبر المقبل"): the next such month, after publication."""


def publication_date(text: str, tokens: list[Token], dates: list[DateMention] | None = None) -> dt.date | None:
    """A full date on a short line near the top (a dateline), if any. ``dates`` is ``find_dates(text, tokens)``
    when the caller has it already."""
    found = find_dates(text, tokens) if dates is None else dates
    written = _written_gregorian(tokens, found)
    for d in found:
        if tokens[d.first].start > 400:
            break
        if not (d.year and d.month and d.day):
            continue
        line_start = text.rfind("\n", 0, tokens[d.first].start) + 1
        line_end = text.find("\n", tokens[d.last - 1].end)
        line_end = len(text) if line_end < 0 else line_end
        # an agency's dateline on the first line may be longer: "حائل 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"
        first_line = not text[:line_start].strip()
        if line_end - line_start <= (_DATELINE_MAX if first_line else 40):
            return written.get(id(d)) or d.resolve(None)
        # an inline dateline opening the text: "الرباط - 4 دجنبر 2024: انعقد اليوم …", "(2024/12/04) -"
        lead = [t for t in tokens[:d.first] if t.is_word]
        after = tokens[d.last].norm if d.last < len(tokens) else ""
        if first_line and len(lead) <= 3 and after in _DATELINE_CLOSE \
                and all(t.sent == tokens[d.first].sent for t in tokens[:d.first]):
            return d.resolve(None)
    return None


def _written_gregorian(tokens: list[Token], dates: list[DateMention]) -> dict[int, dt.date]:
    """ "حفر الباطن 26 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس" (ext-t79): a full date followed within a few tokens,
    after "الموافق", by a full date whose year is Gregorian is dated as that written date, which the agency gives
    (a Hijri day converted may fall a day off it). Keyed by ``id`` of the first mention; read only for datelines."""
    out: dict[int, dt.date] = {}
    for d, e in pairwise(dates):
        if not (d.year and d.month and d.day and e.year and e.month and e.day) or e.first - d.last > _EQUAL_REACH \
                or not any(tokens[x].norm == _CORRESPONDING for x in range(d.last, e.first)) \
                or not any(t.norm.isdigit() and len(t.norm) == 4 and t.norm[:2] in ("19", "20")
                           for t in tokens[e.first : e.last]):
            continue
        when = e.resolve(None)
        if when is not None:
            out[id(d)] = when
    return out


_EQUAL_REACH = 3


_DATELINE_MAX = 70
_DATELINE_CLOSE = frozenset({":", "-", "–", "—"})
"""Marks that close an inline dateline after its date."""
"""A first line this short that holds a full date is a dateline (a city, the Hijri and Gregorian dates, the agency)."""


def cited_document_date(tokens: list[Token], d: DateMention) -> bool:
    """ "بعد النظر في قرار مجلس الشورى رقم (84 / 44) وتاريخ 15 / 8 / 1436هـ" (ext-t52): a date right after "وتاريخ",
    "بتاريخ" or "تاريخ" that closes the citation of a numbered text ("رقم" a few words before) is that text's date,
    never the day of the event the sentence tells of. Nor is a cut-off: a date right after "بنهاية" ("تداول",
    "يوم" between), "أوصى المجلس بتوزيع أرباح … للمساهمين المسجلين بنهاية تداول يوم 14/07/2015" (slots22)."""
    if any(tokens[k].norm == _BY_END and tokens[k].sent == tokens[d.first].sent
           and all(tokens[x].norm in _CUT_OFF_WORDS for x in range(k + 1, d.first))
           for k in range(max(0, d.first - 3), d.first)):
        return True
    k = d.first - 1
    if k < 1 or tokens[k].norm not in _DATED_AS or tokens[k].sent != tokens[d.first].sent:
        return False
    return any(tokens[x].norm == _NUMBER_WORD and tokens[x].sent == tokens[k].sent
               for x in range(max(0, k - _CITATION_REACH), k))


_DATED_AS = frozenset(fold(w) for w in ("وتاريخ", "بتاريخ", "تاريخ"))
_NUMBER_WORD = fold("رقم")
_CITATION_REACH = 8
_BY_END = fold("بنهاية")
_CUT_OFF_WORDS = frozenset(fold(w) for w in ("تداول", "يوم"))
