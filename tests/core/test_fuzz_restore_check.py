"""Hostile files fed to ``check`` and ``restore`` (Hypothesis): random bytes, and real databases with random
damage. ``check`` always answers (never raises); ``restore`` either restores a sound Qunzhu database or refuses
with its own clear error — and the live database is never left damaged or half-replaced."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import db as dbmod
from core import recovery
from core.check import check_database
from core.db import DatabaseError
from core.demo import generate_demo

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small, sound Qunzhu database (a backup-like, self-contained file) and a live one to restore into."""
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "source.sqlite3"
    database = dbmod.open_database(source)
    generate_demo(database, members=15, seed=2)
    database.close()
    dbmod.copy_database(source, folder / "good.sqlite3")
    return folder / "good.sqlite3"


def _members(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM member").fetchone()[0]
    finally:
        conn.close()


def _restore_and_judge(candidate: Path, good: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        live = Path(tmp) / "live.sqlite3"
        shutil.copyfile(good, live)
        conn = sqlite3.connect(live)
        conn.execute("PRAGMA foreign_keys=ON")  # their tags, events … go with them
        with conn:
            conn.execute("DELETE FROM member WHERE id > 5")  # the live data differs from the good backup
        conn.close()
        report = check_database(candidate)
        assert isinstance(report.ok, bool) and (report.ok or report.problems)
        try:
            result = recovery.restore(live, candidate)
        except DatabaseError as error:
            assert str(error)  # a message to show
            assert _members(live) == 5  # refused: the live data is as it was
        else:
            assert result.members == _members(live)
        assert dbmod.integrity_problems(live) == []
        assert check_database(live).ok


@FUZZ
@given(data=st.binary(max_size=20_000))
def test_random_bytes(data: bytes, small: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / "candidate.sqlite3"
        candidate.write_bytes(data)
        _restore_and_judge(candidate, small)


@FUZZ
@given(data=st.binary(max_size=8_000))
def test_random_bytes_behind_a_sqlite_header(data: bytes, small: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / "candidate.sqlite3"
        candidate.write_bytes(dbmod.SQLITE_HEADER + data)
        _restore_and_judge(candidate, small)


@FUZZ
@given(
    damage=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10**7), st.binary(min_size=1, max_size=64)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=10**7)),
)
def test_a_real_database_with_random_damage(damage, cut, small: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / "candidate.sqlite3"
        raw = bytearray(small.read_bytes())
        for offset, chunk in damage:
            at = offset % len(raw)
            raw[at : at + len(chunk)] = chunk
        if cut is not None:
            raw = raw[: cut % len(raw)]  # a truncated copy (an interrupted download or sync)
        candidate.write_bytes(bytes(raw))
        _restore_and_judge(candidate, small)
