"""The word lists of data/lexicons/: every group a rule reads is there, and a broken file fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.core.errors import ResourceMissing
from marsad.loaders.extraction import cues, words
from marsad.loaders.extraction.wordfile import LEXICON_DIR, Group, WordFile, parse, read_groups
from marsad.loaders.extraction.wordfile import words as word_group
from marsad.loaders.normalize import fold

FILES = cues.FILES + words.FILES


def test_every_group_a_rule_reads_is_in_its_file_and_every_group_of_a_file_is_read() -> None:
    declared: dict[Path, set[str]] = {}
    for file in FILES:
        file.load()
        groups = {name for g in vars(type(file)).values() if isinstance(g, Group) for name in (g.group, *g.more)}
        declared.setdefault(file.path, set()).update(groups)
    on_disk = {path: set(read_groups(path)) for path in LEXICON_DIR.glob("*.txt")}
    assert declared == on_disk


def test_each_group_says_what_it_is_for() -> None:
    for path in LEXICON_DIR.glob("*.txt"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# "), path
        for n, line in enumerate(lines):
            if line.startswith("["):
                assert lines[n + 1].startswith("# "), f"{path.name}: {line} has no comment"


def test_entries_are_folded_once_and_kept() -> None:
    assert fold("الدورة") in cues.EVENTS.SESSION
    assert (fold("مذكرة"), fold("تفاهم")) == cues.AGREEMENTS.MEMO
    assert words.CALENDAR.MONTHS[fold("دجنبر")] == 12
    assert words.CALENDAR.MASHRIQ_MONTHS[(fold("كانون"), fold("الثاني"))] == 1
    assert cues.EVENTS.SESSION is cues.EVENTS.SESSION  # read once, then the same object


def test_a_list_two_readers_share_is_read_with_each() -> None:
    organise_it = {fold(w) for w in read_groups(cues.EVENTS.path)["organise_it"]}
    assert fold("نظمته") in organise_it
    assert organise_it <= cues.EVENTS.ORGANISE_BACK and organise_it <= cues.EVENTS.ORGANISED_BY
    assert fold("تستضيفه") in cues.EVENTS.ORGANISE_BACK and fold("تستضيفه") not in cues.EVENTS.ORGANISED_BY
    assert fold("بتنظيم") in cues.EVENTS.ORGANISED_BY and fold("بتنظيم") not in cues.EVENTS.ORGANISE_BACK


def test_the_meeting_verbs_share_one_base() -> None:
    met = frozenset(fold(w) for w in ("التقى", "التقت"))
    gathered = frozenset(fold(w) for w in ("اجتمع", "اجتمعت"))
    received = frozenset(fold(w) for w in ("استقبل", "استقبلت"))
    had_met = met | gathered | received | {fold(w) for w in ("زار", "زارت", "شارك", "شاركت", "حضر", "حضرت")}
    assert met == cues.EVENTS.MET
    assert received == cues.EVENTS.RECEIVED
    assert met | gathered == cues.EVENTS.MET_OR_GATHERED
    assert met | received == cues.EVENTS.MET_OR_RECEIVED
    assert had_met == cues.EVENTS.HAD_MET
    assert received <= cues.ROLES.RECEIVE
    assert gathered <= cues.EVENTS.MEET_VERBS and not met & cues.EVENTS.MEET_VERBS


def test_the_compass_points_are_one_group() -> None:
    points = ("شمال", "جنوب", "شرق", "غرب")
    expected = {fold(w) for w in points} | {fold(w + "ي") for w in points} | {fold("وسط")}
    assert expected == words.FUNCTION_WORDS.COMPASS


def test_the_file_format() -> None:
    text = "# header\n\n[one]\n# what it is\nكلمة\nعبارة من كلمتين\n\n[two]\nأ = 1\n"
    assert parse(text, name="x.txt") == {"one": ("كلمة", "عبارة من كلمتين"), "two": ("أ = 1",)}
    with pytest.raises(ResourceMissing, match=r"x\.txt.*outside any \[group\]"):
        parse("كلمة\n[one]\n", name="x.txt")
    with pytest.raises(ResourceMissing, match=r"x\.txt.*\[one\] appears twice"):
        parse("[one]\nأ\n[one]\nب\n", name="x.txt")


def test_a_missing_file_or_group_raises_resource_missing_naming_it() -> None:
    class Absent(WordFile, file="no_such_list"):
        WORDS = word_group("anything")

    with pytest.raises(ResourceMissing, match=r"no_such_list\.txt"):
        Absent().load()

    class Incomplete(WordFile, file="events"):
        WORDS = word_group("no_such_group")

    with pytest.raises(ResourceMissing, match=r"events\.txt has no group \[no_such_group\]"):
        Incomplete().load()
