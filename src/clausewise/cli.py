"""The command line: a thin shell that runs the app `clausewise.commands` builds."""

from __future__ import annotations

import sys

from .commands import app


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        print("clausewise: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
