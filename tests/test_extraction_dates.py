"""Dates in Arabic news: month name systems, numeric dates, relative days from the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.loaders.extraction.dates import find_dates, hijri_year_opens, publication_date
from marsad.loaders.extraction.text import tokenize

THURSDAY = dt.date(2024, 5, 9)
SUNDAY = dt.date(2024, 5, 12)


def _resolved(text: str, published: dt.date | None = None) -> list[dt.date | None]:
    return [d.resolve(published) for d in find_dates(text, tokenize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("انعقد الجمعة 19 دجنبر 2025 بالرباط", dt.date(2025, 12, 19)),
    ("يوم 7 يوليوز 2016", dt.date(2016, 7, 7)),
    ("في 12 غشت 2020", dt.date(2020, 8, 12)),
    ("في 3 شتنبر 2021", dt.date(2021, 9, 3)),
    ("في 5 نونبر 2019", dt.date(2019, 11, 5)),
    ("في 5 ماي 2019", dt.date(2019, 5, 5)),
    ("في 10 أغسطس 2018", dt.date(2018, 8, 10)),
    ("في 10 مايو 2018", dt.date(2018, 5, 10)),
    ("في 15 كانون الثاني 2020", dt.date(2020, 1, 15)),
    ("في 2 تشرين الأول 2020", dt.date(2020, 10, 2)),
    ("في 9 آذار 2022", dt.date(2022, 3, 9)),
    ("في 1 آب 2022", dt.date(2022, 8, 1)),
    ("ابتداء من فاتح يوليوز 2019", dt.date(2019, 7, 1)),
    ("بتاريخ 12/03/2024", dt.date(2024, 3, 12)),
    ("بتاريخ 2024-03-12", dt.date(2024, 3, 12)),
    ("يوم ٢٥ يناير ٢٠١٩", dt.date(2019, 1, 25)),
])
def test_absolute_dates(text: str, expected: dt.date) -> None:
    assert _resolved(text) == [expected]


def test_relative_weekday_is_on_or_before_publication() -> None:
    assert _resolved("انعقدت، اليوم الخميس بالرباط", SUNDAY) == [THURSDAY]
    assert _resolved("انعقدت اليوم الخميس", THURSDAY) == [THURSDAY]
    assert _resolved("اجتمعت أمس الخميس", dt.date(2024, 5, 10)) == [THURSDAY]
    assert _resolved("اجتمعت أمس الخميس", THURSDAY) == [dt.date(2024, 5, 2)]


def test_relative_days_without_publication_date_stay_unknown() -> None:
    assert _resolved("انعقدت اليوم الخميس") == [None]
    assert _resolved("في اجتماع لها أمس الثلاثاء") == [None]


def test_day_and_month_without_year_need_the_publication_year() -> None:
    assert _resolved("يومه الثلاثاء 28مارس بالحسيمة") == [None]
    assert _resolved("يومه الثلاثاء 28مارس بالحسيمة", dt.date(2017, 3, 29)) == [dt.date(2017, 3, 28)]
    assert _resolved("يوم 30 دجنبر", dt.date(2018, 1, 2)) == [dt.date(2017, 12, 30)]


def test_weekday_before_an_explicit_date_is_decoration() -> None:
    text = "عشية يوم امس الخميس 18 دجنبر 2025"
    assert _resolved(text, dt.date(2030, 1, 1)) == [dt.date(2025, 12, 18)]


def test_hijri_date() -> None:
    pytest.importorskip("hijridate")
    assert _resolved("يوم 1 رمضان 1445") == [dt.date(2024, 3, 11)]


def test_impossible_dates_are_not_dates() -> None:
    assert _resolved("يوم 31 فبراير 2024") == [None]
    assert _resolved("حوالي 45 شخصا في مارس") == []


def test_publication_date_from_a_dateline() -> None:
    text = "12 ماي 2024\n\nالرباط: انعقاد الجمع السنوي\n\nانعقدت، اليوم الخميس بالرباط، أشغال الدورة"
    assert publication_date(text, tokenize(text)) == SUNDAY


def test_a_date_inside_a_sentence_is_not_a_dateline() -> None:
    text = "عنوان\nانعقد يوم الجمعة 19 دجنبر 2025 اجتماع المجلس الإداري للمؤسسة بحضور أعضاء المجلس كلهم"
    assert publication_date(text, tokenize(text)) is None


def test_publication_date_from_an_inline_dateline() -> None:  # issue 7 recall: "المدينة - التاريخ:" opens the text
    text = "الرباط - 4 دجنبر 2024: أكد الوزير أهمية الإصلاح. وانعقد اليوم الأربعاء اجتماع المجلس."
    assert publication_date(text, tokenize(text)) == dt.date(2024, 12, 4)


def test_a_date_after_a_long_lead_is_no_inline_dateline() -> None:  # guard
    text = "أكد وزير الداخلية أمام المجلس يوم 4 دجنبر 2024: إن الإصلاح ماض، وإن الحكومة ستعرض مشاريعها على البرلمان."
    assert publication_date(text, tokenize(text)) is None


def test_a_hijri_year_opens_in_the_gregorian_year_of_its_first_muharram() -> None:
    assert hijri_year_opens(1436) == 2014  # 1 Muharram 1436 was 25 October 2014
    assert hijri_year_opens(1425) == 2004  # 22 February 2004 (622 + 32/33 of the year gives 2003)
