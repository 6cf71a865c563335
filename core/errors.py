"""The one base class of the errors a user can act on.

``UserError``: bad input, a refused change, a database that cannot be used. Its ``str()`` is one clear English
sentence: the command line prints it (exit code 1, no traceback) and the GUI shows it in the user's language through
``ui.errors.translate_error`` (add a template there for each new message). Any other exception that escapes is a
bug and is reported with its traceback. Subclasses may also derive from a builtin (``ValueError``,
``LookupError``) where callers catch those.
"""

from __future__ import annotations


class UserError(Exception):
    """An error the user can act on; ``str()`` is the message to show."""
