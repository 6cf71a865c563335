"""Qunzhu (群主): start the desktop app, or run a command (``main.py --help``)."""

import sys

from core import cli_args

if __name__ == "__main__":
    args = cli_args.parse(sys.argv[1:])
    if args.self_test or args.command is None:
        from ui import app  # the desktop app: shows its window before the database layer is imported

        sys.exit(app.self_test(args) if args.self_test else app.run(args))
    from core import cli

    sys.exit(cli.run(args))
