"""One module per feature's commands; each decorates `clausewise.cli.app` with the helpers
it imports from `clausewise.cli`. `cli.py` imports this package after `app` exists, so a
new feature adds one import line below and touches nothing else."""

from . import (  # noqa: F401
    akn,
    compare,
    enrich,
    library,
    registry,
    web,
)
