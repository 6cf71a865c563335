"""A full disk and a read-only folder: a clear message, and nothing lost.

The real ones need a small or read-only file system: where the test may mount one (root, Linux: a private mount
namespace with ``unshare``) it does; a read-only folder by permissions needs a non-root user. SQLite's own limits
(``max_page_count``, ``query_only``) simulate both everywhere else.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from core import db as dbmod
from tests.conftest import ROOT
from tests.helpers import copy_of


def _can_mount() -> bool:
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


def test_writing_to_a_read_only_database_gives_a_clear_message(demo_db_path: Path, tmp_path: Path) -> None:
    database = dbmod.open_database(copy_of(demo_db_path, tmp_path / "q.sqlite3"))
    try:
        with pytest.raises(dbmod.ReadOnlyError) as err:
            with database.transaction() as conn:
                conn.exec_driver_sql("PRAGMA query_only=ON")  # what a read-only file looks like to SQLite
                conn.execute(text("DELETE FROM member_tag"))
        assert "cannot write" in str(err.value) and "Nothing was changed" in str(err.value)
        with database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA query_only=OFF")
            assert conn.execute(text("SELECT COUNT(*) FROM member_tag")).scalar() > 0
    finally:
        database.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a user that folder permissions bind")
def test_a_read_only_folder_is_refused_before_anything_happens(demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    path = copy_of(demo_db_path, folder / "q.sqlite3")
    folder.chmod(0o500)
    try:
        with pytest.raises(dbmod.ReadOnlyError):
            dbmod.open_database(path)
        with pytest.raises(dbmod.ReadOnlyError):
            dbmod.open_database(folder / "new.sqlite3")
    finally:
        folder.chmod(0o700)


_DRIVER = r"""
import json, sys
from pathlib import Path
from sqlalchemy import text
from core import backup, db as dbmod
from core.check import check_database
from core.demo import generate_demo
disk = Path(sys.argv[1])
out = {}
db = dbmod.open_database(disk / "q.sqlite3")
generate_demo(db, members=60, seed=3)
before = check_database(db.path).counts
# fill the disk, leaving a little room
filler = disk / "filler"
try:
    with filler.open("wb") as fh:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
except OSError:
    pass
filler.write_bytes(filler.read_bytes()[: -8 * 4096])
try:
    with db.transaction() as conn:
        conn.execute(text("UPDATE member SET notes = printf('%.4000c', 'x')"))
    out["bulk"] = "no error"
except dbmod.DatabaseError as exc:
    out["bulk"] = type(exc).__name__ + ": " + str(exc)
try:
    backup.make_backup(db.path, "manual")
    out["backup"] = "no error"
except dbmod.DatabaseError as exc:
    out["backup"] = type(exc).__name__ + ": " + str(exc)
db.close()
report = check_database(disk / "q.sqlite3")
out["ok"], out["same"] = report.ok, report.counts == before
out["partials"] = [p.name for p in disk.rglob("*.partial")]
print("RESULT " + json.dumps(out))
"""


@pytest.mark.skipif(not _can_mount(), reason="needs a private mount namespace (root on Linux)")
def test_a_full_disk_loses_nothing_and_says_so(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    script = tmp_path / "driver.py"
    script.write_text(_DRIVER)
    out = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            f'mount -t tmpfs -o size=3m tmpfs "{disk}" && "{sys.executable}" "{script}" "{disk}"',
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line, out.stdout + out.stderr
    result = json.loads(line[7:])
    assert result["bulk"].startswith("DiskFullError") and "Nothing was changed" in result["bulk"]
    assert result["backup"].startswith("BackupError") and "not enough free space" in result["backup"]
    assert result["ok"] and result["same"] and result["partials"] == []


@pytest.mark.skipif(not _can_mount(), reason="needs a private mount namespace (root on Linux)")
def test_a_read_only_file_system_is_refused_with_a_clear_message(demo_db_path: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    main = ROOT / "main.py"
    cmd = (
        f'mount -t tmpfs -o size=8m tmpfs "{disk}" && cp "{demo_db_path}" "{disk}/q.sqlite3" '
        f'&& mount -o remount,ro "{disk}" '
        f'&& "{sys.executable}" "{main}" --db "{disk}/q.sqlite3" stats; echo "STATS=$?"; '
        f'"{sys.executable}" "{main}" --db "{disk}/q.sqlite3" check --json; echo "CHECK=$?"'
    )
    out = subprocess.run(["unshare", "-m", "sh", "-c", cmd], capture_output=True, text=True, timeout=300)
    assert "STATS=1" in out.stdout, out.stdout + out.stderr
    assert "cannot write" in out.stderr and "read-only" in out.stderr
    assert "CHECK=0" in out.stdout  # checking never needs to write
    report = json.loads(next(x for x in out.stdout.splitlines() if x.startswith("{")))
    assert report["ok"] and report["counts"]["member"] == 400
