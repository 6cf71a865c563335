"""One kind of error the user can act on: every error class core raises at the user derives from UserError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import core
from core import cli
from core.errors import UserError

# Exceptions of core that are not for the user: control flow inside core (caught before they reach anyone).
INTERNAL = {"core.importers.members._Rollback", "core.importers.member_cells._RowError"}


def _core_exceptions() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages(core.__path__, "core."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == info.name:
                found.append(obj)
    return found


def test_every_error_class_of_core_is_a_user_error() -> None:
    classes = _core_exceptions()
    assert len(classes) > 30  # the walk found core's errors
    strays = [f"{c.__module__}.{c.__qualname__}" for c in classes if not issubclass(c, UserError)]
    assert [s for s in strays if s not in INTERNAL] == []


@pytest.mark.parametrize("kind", ["recall", "period"])
def test_the_command_line_prints_a_user_error_as_one_line(kind, tmp_path, capsys) -> None:
    db = str(tmp_path / "x.sqlite3")
    args = ["recall", "--segment", "nonsense"] if kind == "recall" else ["metrics", "--period", "2026-W99"]
    assert cli.run(cli.parse(["--db", db, *args])) == cli.EXIT_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("qunzhu: ") and "Traceback" not in err[0]


def test_the_gui_shows_a_user_error_translated_and_a_bug_by_its_type(qapp) -> None:
    from core.metrics import PeriodError
    from ui import i18n
    from ui.workers import user_message

    i18n.install(qapp, "en")
    assert user_message(PeriodError("not a period: 'x'")) != "PeriodError: not a period: 'x'"
    assert user_message(KeyError("oops")).startswith("KeyError")
