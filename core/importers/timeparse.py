"""Reading the time column of spreadsheets (generic chat CSV, shop orders): one format per file.

The format is learned from the first value; every later value must be in the same one, else the import stops
with the row number (``MixedFormatError``) instead of silently reading 03/04 two ways. Day/month order of
slashed dates is taken from the caller or inferred from the values (a day above 12), else asked for.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from core.importers.base import AmbiguousDateOrderError, BadRowError, MixedFormatError

_CLOCK = r"(?:\s*(上午|下午|凌晨|中午|晚上|早上))?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([AaPp])\.?[Mm]\.?)?"
STYLES: dict[str, re.Pattern] = {
    "iso": re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]" + _CLOCK + r")?$"),
    "ymd-slash": re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T ]" + _CLOCK + r")?$"),
    "chinese": re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*" + _CLOCK + r")?$"),
    "dm-slash": re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4}),?(?:\s+" + _CLOCK + r")?$"),
    "epoch": re.compile(r"^(\d{10})(?:\.\d+)?$"),
    "epoch-ms": re.compile(r"^(\d{13})$"),
}


def style_of(value: str) -> str | None:
    for name, pattern in STYLES.items():
        if pattern.match(value):
            return name
    return None


class TimeColumn:
    """Parses one column's values into the stored text form, holding the file to one style."""

    def __init__(self, date_order: str | None = None, what: str = "time") -> None:
        self.style: str | None = None
        self.first_example = ""
        self.first_row = 0
        self.date_order = date_order  # for dm-slash: "dmy" / "mdy"
        self.what = what
        self.twelve: bool | None = None
        self._ambiguous_example: str | None = None

    def learn_order(self, values) -> None:
        """Infer day/month order from an iterable of raw values (only needed for the dm-slash style)."""
        for value in values:
            m = STYLES["dm-slash"].match(value.strip())
            if not m:
                continue
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                self.date_order = "dmy"
                return
            if b > 12 >= a:
                self.date_order = "mdy"
                return
            self._ambiguous_example = self._ambiguous_example or value.strip()

    def parse(self, raw: str, row: int) -> str:
        value = raw.strip().replace("\u202f", " ").replace("\u00a0", " ")
        if not value:
            raise BadRowError(row, f"the {self.what} is empty.")
        if self.style is None:
            style = style_of(value)
            if style is None:
                raise BadRowError(row, f"cannot read the {self.what} {raw!r} as a date and time.")
            self.style, self.first_example, self.first_row = style, value, row
            if style == "dm-slash" and self.date_order is None:
                raise AmbiguousDateOrderError(self._ambiguous_example or value)
        m = STYLES[self.style].match(value)
        if m is None:
            raise MixedFormatError(
                f"Row {row}: the {self.what} {raw!r} is written differently from row {self.first_row} "
                f"({self.first_example!r}). The column must use one format; fix the file and import it again."
            )
        g = m.groups()
        if self.style == "epoch":
            return datetime.fromtimestamp(int(g[0])).isoformat(" ", "microseconds")
        if self.style == "epoch-ms":
            return (datetime.fromtimestamp(int(g[0]) // 1000)).isoformat(" ", "microseconds")
        if self.style == "dm-slash":
            a, b, y = int(g[0]), int(g[1]), int(g[2])
            d, mo = (a, b) if self.date_order == "dmy" else (b, a)
            y = y + 2000 if y < 100 else y
        else:
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        zh, hh, mm, ss, ap = g[3:8]
        h = int(hh) if hh else 0
        marker = zh or ap
        if hh:
            twelve = bool(marker)
            if self.twelve is None:
                self.twelve = twelve
            elif twelve != self.twelve:
                raise MixedFormatError(
                    f"Row {row}: the {self.what} {raw!r} uses a {'12' if twelve else '24'}-hour clock, unlike row "
                    f"{self.first_row} ({self.first_example!r}). The column must use one format."
                )
        if marker:
            pm = marker in ("p", "P", "下午", "晚上")
            if h == 12:
                h = 0 if marker in ("a", "A", "上午", "凌晨", "早上") else 12
            elif pm:
                h += 12
        try:
            moment = datetime(y, mo, d, h, int(mm or 0), int(ss or 0))
        except ValueError:
            raise BadRowError(row, f"{raw!r} is not a valid date and time.") from None
        return moment.isoformat(" ", "microseconds")


def days_between(a: datetime, b: datetime) -> float:
    return (b - a) / timedelta(days=1)
