"""benchmarks/first_seen.py scores a set with the code of the commit before the set was added: the commit it
finds must be the one that added the set's gold, its parent must not hold that gold, and the blind sets are never
offered (they are scored only when named, by benchmarks/extraction_score.py)."""

from __future__ import annotations

import subprocess
from types import ModuleType

import pytest
from benchmark_scripts import BENCHMARKS, load

REPO = BENCHMARKS.parent


def _first_seen() -> ModuleType:
    return load("first_seen")


def _has_history() -> bool:
    done = subprocess.run(["git", "-C", str(REPO), "rev-list", "--count", "HEAD"], capture_output=True, text=True,
                          check=False)
    return done.returncode == 0 and int(done.stdout.strip() or 0) > 1


def test_blind_sets_are_never_offered() -> None:
    module = _first_seen()
    with pytest.raises(SystemExit):
        module.main(["--sets", "blind3"])


@pytest.mark.skipif(not _has_history(), reason="a shallow checkout has no history to go back to")
def test_the_parent_of_the_adding_commit_lacks_the_gold() -> None:
    module = _first_seen()
    gold = module.SETS["tuning150"].gold
    commit = module.added_by(gold)
    assert commit is not None
    rel = str(gold.relative_to(REPO))
    assert module._git("ls-tree", "--name-only", commit, rel + "/")  # the commit holds the gold
    assert not module._git("ls-tree", "--name-only", f"{commit}^", rel + "/")  # its parent does not


def test_pooling_counts_tp_fp_fn() -> None:
    module = _first_seen()
    assert module.total({"persons": [3, 1, 2], "posts_held": [1, 0, 4]}) == [4, 1, 6]
    p, r, f = module.prf(4, 1, 6)
    assert (round(p, 3), round(r, 3), round(f, 3)) == (0.8, 0.4, 0.533)
    assert module.unmatched_events("x\n  + event: None استقبل\n  + participant: a\n  + event: None زار\n") == 2
