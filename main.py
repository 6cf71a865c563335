"""Qunzhu (群主): start the desktop app, or run a command (``main.py --help``)."""

import sys

from core import cli

if __name__ == "__main__":
    args = cli.parse(sys.argv[1:])
    if args.self_test or args.command is None:
        from ui import app

        sys.exit(app.self_test(args) if args.self_test else app.run(args))
    sys.exit(cli.run(args))
