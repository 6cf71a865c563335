"""Kill -9 in the middle of large writes: the database is always as before or as after, never in between.

A short version of ``tests/stress/kill_stress.py`` (run that for hundreds of rounds at random moments): here each
kind of work is killed once, as soon as it is visibly writing (its -wal or .partial file is growing).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.stress import kill_stress


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "written", "must_be_mid_write"),
    [("demo", 200_000, True), ("bulk", 1_000_000, True), ("backup", 4096, False)],
)
def test_killed_mid_write_leaves_the_state_before(kind, written, must_be_mid_write, demo_db_path, tmp_path) -> None:
    r = kill_stress.run_round(kind, tmp_path / kind, random.Random(1), 1500, demo_db_path, written)
    assert not r.finished, "the work ended before it could be killed"
    if must_be_mid_write:
        assert r.mid_write
        assert r.outcome == "before", r.outcome
    else:
        assert r.outcome in ("before", "after"), r.outcome  # a backup is complete and sound, or not there


def test_a_finished_write_is_all_there(demo_db_path: Path, tmp_path: Path) -> None:
    r = kill_stress.run_round("backup", tmp_path / "b", random.Random(1), 0, demo_db_path, written=10**12)
    assert r.finished and r.outcome == "after", r.outcome
