"""Error messages from core/ in the user's language.

core/ has no Qt and writes its user-facing errors in English (the command line and the logs show them as they
are). The GUI shows them through ``translate_error``: each message core can raise is listed here once as a
template, with ``{name}`` where core puts a value; a message that fits a template is shown with that template's
translation and the same values. A message that fits none (a new one not listed yet) is shown in English rather
than lost. ``tests/ui/test_errors.py`` raises real errors and checks they come out translated.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_C = "Errors"
TEMPLATES = (
    # databases (core.db)
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} was created by a newer version of Qunzhu (schema {revision}). Please install the "
        "latest version of Qunzhu to open it; this version will not change it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The file {path} is not a Qunzhu database (or it is damaged). It was left unchanged."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The disk{where} is full. Nothing was changed: the last step was undone. Free some space (or choose another "
        "folder) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Qunzhu cannot write to {path}: the file or its folder {folder} is read-only, or you have no permission to "
        "change it. Nothing was changed. Move the database to a folder you can write (or change the permissions) "
        "and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path}is busy: another program is writing to it. Nothing was changed; try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path}is damaged ({detail}). Nothing more was written to it. Restart Qunzhu to restore it "
        "from a backup.",
    ),
    # files to import (core.importers)
    QT_TRANSLATE_NOOP("Errors", "There is no file {path}."),
    QT_TRANSLATE_NOOP("Errors", "{name} is empty."),
    QT_TRANSLATE_NOOP("Errors", "{name} is neither UTF-8 nor GBK text; save it as CSV UTF-8 and try again."),
    QT_TRANSLATE_NOOP("Errors", "{name} does not look like a CSV file with a header row."),
    QT_TRANSLATE_NOOP("Errors", "{name} has no column named {columns}."),
    QT_TRANSLATE_NOOP("Errors", "{name} cannot be read as an Excel workbook ({detail})."),
    QT_TRANSLATE_NOOP("Errors", "{name} is an Excel workbook saved with another extension; rename it to .xlsx."),
    QT_TRANSLATE_NOOP("Errors", "There is no import number {id}."),
    QT_TRANSLATE_NOOP("Errors", "Import {id} was already undone on {when}."),
    QT_TRANSLATE_NOOP("Errors", "The demo community cannot be undone as an import; start with a new database instead."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a MemoTrace (留痕) CSV export: the columns {missing} are missing (found: {found}).",
    ),
    # members, custom fields, bulk changes
    QT_TRANSLATE_NOOP("Errors", "A member needs a name."),
    QT_TRANSLATE_NOOP("Errors", "In {group}, the leaving date is before the joining date."),
    QT_TRANSLATE_NOOP("Errors", "This member no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "{field}: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "Not a number: {value}"),
    QT_TRANSLATE_NOOP("Errors", "Not a date: {value}"),
    QT_TRANSLATE_NOOP("Errors", "Not one of the choices ({choices}): {value}"),
    QT_TRANSLATE_NOOP("Errors", "A field needs a name."),
    QT_TRANSLATE_NOOP("Errors", "A choice field needs at least one choice."),
    QT_TRANSLATE_NOOP("Errors", "There is already a field named {name}."),
    QT_TRANSLATE_NOOP("Errors", "Choose two different members to merge."),
    QT_TRANSLATE_NOOP("Errors", "One of the two members is in the trash or no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "The merged member was emptied from the trash; this merge can no longer be undone."),
    QT_TRANSLATE_NOOP("Errors", "That group no longer exists."),
    QT_TRANSLATE_NOOP("Errors", "A view needs a name."),
    QT_TRANSLATE_NOOP("Errors", "No saved view named {name}. Saved views: {names}"),
)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    out = []
    for template in TEMPLATES:
        parts = re.split(r"(\{\w+\})", template)
        regex = "".join(f"(?P<{p[1:-1]}>.*?)" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts)
        out.append((re.compile(regex + r"\Z", re.DOTALL), template))
    # the most specific first: "Not a number: {value}" before the catch-all "{field}: {problem}"
    out.sort(key=lambda pt: -len(re.sub(r"\{\w+\}", "", pt[1])))
    return out


def translate_error(message: str) -> str:
    """``message`` in the user's language when it is one of the known messages, else as it is."""
    for pattern, template in _patterns():
        m = pattern.match(message)
        if m:
            values = {k: translate_error(v) if k in ("problem",) else v for k, v in m.groupdict().items()}
            text = QCoreApplication.translate(_C, template)
            for key, value in values.items():
                text = text.replace("{" + key + "}", value)
            return text
    return message
