"""Stable keys shared by the command line, core and the UI.

No imports here: the command-line parser (``core.cli_args``) reads these before anything heavy is loaded.
"""

# Recall segments (issue 6): the keys of ``main.py recall --segment`` and of ``--format json``'s ``segment``.
SEGMENTS = (
    "active",
    "lurker",
    "freebie",
    "shallow_churn",
    "deep_churn",
    "early_warning",
    "points_expiring",
    "repurchase_due",
    "anniversary",
    "birthday",
    "resuming",
    "koc_candidate",
    "left",
)

# Chat-export formats (issue 4): ``main.py import chat --format``.
CHAT_FORMATS = ("memotrace-csv", "memotrace-txt", "whatsapp", "telegram", "csv")
