"""benchmarks/extraction_score.py: its groups of sets and its pooled table, on made-up scorer output."""

from __future__ import annotations

from gold_sets import score_benchmark

SCORED = """category         tp   fp   fn      P      R     F1
events            3    1    2  0.750  0.600  0.667
participants      4    0    1  1.000  0.800  0.889
evidence spans checked 12, wrong 0
documents 2  precision 0.875  recall 0.700  F1 0.778
"""


def test_groups_expand_in_order_and_once() -> None:
    bench = score_benchmark()
    assert bench.expand_sets(["seeds", "blind"]) == ["seeds", "blind3", "blind4", "blind5", "blind6", "blind7"]
    assert bench.expand_sets(["unseen", "tuning170"]) == [f"tuning{n}" for n in range(169, 176)]
    tuned = bench.GROUPS["tuned"]
    assert "tuning" in tuned and "check" in tuned
    assert not {"seeds", "dev", "tuning169", "blind3"} & set(tuned)


def test_every_set_is_in_one_group_or_seeds_or_dev() -> None:
    bench = score_benchmark()
    grouped = [n for members in bench.GROUPS.values() for n in members]
    assert len(grouped) == len(set(grouped))
    assert set(grouped) | {"seeds", "dev"} | set(bench.BLIND_ONLY_WHEN_NAMED) == set(bench.SETS)  # (blind8: no group)


def test_table_counts_read_only_category_rows() -> None:
    bench = score_benchmark()
    assert bench.table_counts(SCORED) == {"events": [3, 1, 2], "participants": [4, 0, 1]}


def test_pooled_table_sums_sets_and_micro_averages() -> None:
    bench = score_benchmark()
    counts = bench.table_counts(SCORED)
    table = bench.pooled_table([counts, counts])
    assert "events              6     2     4  0.750  0.600  0.667" in table
    # 14 right, 2 false, 6 missed: precision 0.875, recall 0.700
    assert table.splitlines()[-1] == "right 14  false 2  missed 6  precision 0.875  recall 0.700  F1 0.778"
