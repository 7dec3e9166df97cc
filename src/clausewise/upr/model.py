"""The UPR's records: a recommendation or a voluntary pledge as UPR Info lists it, a
technical-assistance record, and the IMPACT OSS chain recommendation -> measure (with its
indicator and due date) -> progress notes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

KINDS = ("recommendation", "pledge")
RESPONSES = ("accepted", "noted")
MODALITIES = ("north-south", "south-south", "triangular")
STATUSES = ("requested", "agreed", "ongoing", "completed", "declined")
MEASURE_STATUSES = ("planned", "in progress", "done", "dropped")

# The UPR's cycles by session: the first ran sessions 1-12 (2008-2011), the second 13-26
# (2012-2016), the third 27-40 (2017-2022), the fourth from 41 (HRC res. 5/1 and 16/21).
_CYCLE_STARTS = (1, 13, 27, 41)


def cycle_of(session: int) -> int:
    return sum(session >= s for s in _CYCLE_STARTS)


@dataclass(frozen=True, slots=True)
class UprRecord:
    """One row of a UPR Info export: a recommendation made to a State under review (`to`)
    by another (`by`), or a pledge the State made itself (`by` is then `to`)."""

    kind: str  # recommendation | pledge
    to: str  # the State under review (UN name)
    by: str | None  # the recommending State (None: UPR Info does not know)
    text: str
    response: str | None  # accepted | noted | None (pledges, or none recorded)
    session: int
    themes: tuple[str, ...]
    action: int | None  # UPR Info's scale: 1 minimal .. 5 specific
    to_group: str | None  # regional group (Africa, Asia, EEG, GRULAC, WEOG)
    by_group: str | None
    occurrence: int = 1  # the n-th identical row of its export (UPR Info repeats a few)

    @property
    def cycle(self) -> int:
        return cycle_of(self.session)

    @property
    def id(self) -> str:
        """Stable across imports: what the row says, not where it sits in the file; the
        response, themes and action level are what a newer export may correct."""
        key = "\x1f".join(
            (self.kind, self.to, self.by or "", str(self.session), self.text, str(self.occurrence))
        )
        return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()

    @property
    def digest(self) -> str:
        """Everything stored: an import changes a row only when this differs."""
        key = "\x1f".join(
            (
                self.id,
                self.response or "",
                "|".join(self.themes),
                str(self.action or ""),
                self.to_group or "",
                self.by_group or "",
            )
        )
        return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row an import cannot take, with where it is (1-based line of the file)."""

    file: str
    line: int
    problem: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.problem}"


@dataclass(frozen=True, slots=True)
class Export:
    """An export read: its good records (with the line each came from) and its bad rows."""

    name: str
    records: tuple[tuple[int, UprRecord], ...]
    bad: tuple[BadRow, ...]
    sha256: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    name: str
    rows: int  # good rows read
    added: int
    updated: int
    unchanged: int
    bad: tuple[BadRow, ...]
    refused: bool  # bad rows and no --skip-bad: nothing written


@dataclass(frozen=True, slots=True)
class Assistance:
    """Technical assistance: asked by a State, offered by a State, organisation or office,
    in one modality, for the priorities the requesting State set (A/RES/72/169 OP11)."""

    id: int
    requested_by: str
    offered_by: str
    modality: str
    priorities: tuple[str, ...]
    status: str
    mandate: str | None  # a mandate registry id (the mandate that calls for it)
    recommendation: str | None  # a UprRecord id it answers
    note: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class Progress:
    id: int
    measure: int
    day: str  # ISO date the note reports on
    note: str
    created: str


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure a State takes to implement a recommendation (IMPACT OSS: recommendation
    -> measure -> indicator -> due date -> progress)."""

    id: int
    recommendation: str
    action: str
    indicator: str
    due: str | None
    status: str
    created: str
    progress: tuple[Progress, ...] = ()
