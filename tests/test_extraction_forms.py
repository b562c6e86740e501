"""decisions.forms_passing: the set of words a rule's clitic test lets through is exactly those words.

The rules look a token up in that set instead of stripping its clitics (decisions.where); were strip_clitic to
strip a prefix that clitic_spellings does not enumerate, the set would miss words and the rules would silently skip
them. Every rule's set is checked here against its test on each of its words behind every prefix of up to three
letters that strip_clitic may take off or that the folding makes of one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import product

import pytest

from marsad.loaders.extraction import build, decisions, programs
from marsad.loaders.extraction.cues import AGREEMENTS, DECISIONS, EVENTS

_PREFIX_LETTERS = "وبلفكا"


def _firsts() -> frozenset[str]:
    return frozenset((AGREEMENTS.MEMO[0], *(pair[0] for pair in AGREEMENTS.AGREEMENT_TWO)))


RULES: dict[str, tuple[Callable[[str], bool], Callable[[], frozenset[str]], Callable[[], Iterable[str]]]] = {
    "approves_subject": (decisions._approves_subject, decisions._approving_forms, lambda: DECISIONS.APPROVE_SUBJECT),
    "approval cue": (decisions._may_cue, decisions._cue_forms, lambda: decisions._CUE_WORDS | decisions._CUE_BASES),
    "issue verb": (decisions._issue_verb, decisions._issuing_forms, lambda: EVENTS.ISSUE_VERBS),
    "appointment": (decisions._may_appoint, decisions._appointing_forms,
                    lambda: {decisions._NOMINATION, *decisions._CHOSEN, *decisions._ASSIGN_VERBS, *DECISIONS.APPOINT}),
    "agreement": (lambda w: decisions._may_agree(w, _firsts()), decisions._agreement_forms,
                  lambda: AGREEMENTS.AGREEMENT_WORDS | _firsts()),
    "programme head": (programs._may_open, programs._opening_forms, programs._head_firsts),
    "ministry": (build._refers_to_ministry, build._ministry_forms, lambda: build._THE_MINISTRY),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_forms_are_exactly_the_words_the_test_passes(rule: str) -> None:
    test, forms, words = RULES[rule]
    found = forms()
    prefixes = ["".join(p) for n in range(4) for p in product(_PREFIX_LETTERS, repeat=n)]
    candidates = {prefix + w[k:] for w in words() for prefix in prefixes for k in range(3)}
    wrong = sorted(w for w in candidates if test(w) != (w in found))
    assert not wrong, wrong[:10]
