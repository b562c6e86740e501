"""tools/pick_blind.py --mark-copies: another outlet's copy of an annotated story is told by its shared word trigrams,
whatever its punctuation, and a different story on the same subject is not."""

from __future__ import annotations

import sys

from gold_sets import ROOT

sys.path.insert(0, str(ROOT / "tools"))

import pick_blind

STORY = ("استقبل وزير الصحة في مكتبه بالرياض أمس سفير اليابان لدى المملكة، وجرى خلال الاستقبال بحث أوجه التعاون "
         "بين البلدين في المجال الصحي وتبادل الخبرات بين المستشفيات")


def test_a_copy_with_other_punctuation_and_an_added_line_is_marked() -> None:
    copy = "الرياض - واس: " + STORY.replace("،", " ,") + ". وقد حضر الاستقبال عدد من المسؤولين."
    shares = pick_blind.copy_shares({"c": copy}, [STORY, "نص آخر لا علاقة له بالموضوع"])
    assert shares["c"] >= pick_blind.COPY_MIN


def test_another_story_on_the_same_subject_is_not_marked() -> None:
    other = ("التقى وزير الصحة اليوم في جدة وفدا من منظمة الصحة العالمية لبحث برامج التطعيم ومكافحة الأمراض "
             "المعدية في المناطق الحدودية")
    shares = pick_blind.copy_shares({"o": other}, [STORY])
    assert shares["o"] < pick_blind.COPY_MIN


def test_a_text_of_two_words_shares_nothing() -> None:
    assert pick_blind.copy_shares({"t": "وزير الصحة"}, [STORY]) == {"t": 0.0}
