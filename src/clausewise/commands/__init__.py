"""The command line's commands, one module per feature. `base` owns the Typer app and the
shared helpers; each feature module decorates that app, and importing this package
registers them all. A new feature adds one import line below and touches nothing else."""

# isort: off
# Registration order is the order `clausewise --help` lists the commands in.
from . import parse  # noqa: F401
from . import compare  # noqa: F401
from . import enrich  # noqa: F401
from . import library  # noqa: F401
from . import akn  # noqa: F401
from . import web  # noqa: F401
from . import reuse  # noqa: F401
from . import history  # noqa: F401
from . import registry  # noqa: F401

# isort: on
from .base import app

__all__ = ["app"]
