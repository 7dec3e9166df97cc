"""The universal periodic review beside the resolutions: UPR Info's recommendations and
voluntary pledges (imported from its CSV exports), technical-assistance records, IMPACT
OSS-style implementation tracking (measures, due dates, progress notes), and links from a
recommendation to the resolutions, paragraphs and mandates that frame it.

`model` holds the frozen records; `csvread` reads an export (pure: bytes in, records and
bad rows out); `store` is every SQL statement; `actions` the writes, one function per
action (each one transaction); `links` derives the links; `core.Upr` reads for the CLI and
the web app.
"""

from .model import (
    MODALITIES,
    STATUSES,
    Assistance,
    BadRow,
    Export,
    Measure,
    Progress,
    UprRecord,
    cycle_of,
)

__all__ = [
    "MODALITIES",
    "STATUSES",
    "Assistance",
    "BadRow",
    "Export",
    "Measure",
    "Progress",
    "UprRecord",
    "cycle_of",
]
