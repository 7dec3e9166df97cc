"""One module per feature's commands; each decorates `clausewise.cli.app` with the helpers
it imports from `clausewise.cli`. `cli.py` imports this package after `app` exists, so a
new feature adds one import line below and touches nothing else."""

from . import compare  # noqa: F401
from . import enrich  # noqa: F401
from . import (
    akn,  # noqa: F401
    enrich,  # noqa: F401
from . import (
    compare,  # noqa: F401
    enrich,  # noqa: F401
    library,  # noqa: F401
    web,  # noqa: F401
)
