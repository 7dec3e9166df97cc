"""The records: what a resolution is, as frozen dataclasses, and their JSON form.

Every other part of clausewise reads these. The JSON form is a contract (see
`schema/document.schema.json`): field names and shapes change only with the schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any

PREAMBULAR = "preambular"
OPERATIVE = "operative"
TEXT = "text"  # an unnumbered paragraph with no leading phrase (annex prose, statements)


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    """A footnote marker inside a paragraph: `offset` is its character position in `text`."""

    marker: str
    offset: int


@dataclass(frozen=True, slots=True)
class Item:
    """A sub-paragraph: (a), (b), (i) ... `num` is the label without brackets."""

    eid: str
    num: str
    text: str
    items: tuple[Item, ...] = ()
    footnotes: tuple[FootnoteRef, ...] = ()


def leaves(items: tuple[Item, ...]) -> Iterator[Item]:
    """The points that hold no points of their own, in reading order: (a), (b)(i), (b)(ii)."""
    for it in items:
        if it.items:
            yield from leaves(it.items)
        else:
            yield it


@dataclass(frozen=True, slots=True)
class Paragraph:
    eid: str
    kind: str  # preambular | operative | text
    num: str | None
    lead: str | None
    text: str
    items: tuple[Item, ...] = ()
    footnotes: tuple[FootnoteRef, ...] = ()
    section: str | None = None  # eid of the Section it sits in


@dataclass(frozen=True, slots=True)
class Section:
    """A heading that groups paragraphs: "II. Follow-up", a part "B", or an unnumbered one."""

    eid: str
    num: str | None
    heading: str | None


@dataclass(frozen=True, slots=True)
class Annex:
    eid: str
    num: str | None  # "I", "II" ... or None for a single "Annex"
    heading: str  # as written: "Annex", "Annex II"
    title: str | None
    formula: str | None = None  # e.g. "We, the Heads of State and Government ..."
    paragraphs: tuple[Paragraph, ...] = ()
    sections: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Footnote:
    marker: str
    text: str
    # eid of what holds its first marker (a paragraph or item; a section heading; an annex's
    # opening "We, ..."), "header", or None
    paragraph: str | None


@dataclass(frozen=True, slots=True)
class Sponsor:
    name: str
    marker: str | None = None
    note: str | None = None  # the text of the marker's footnote, e.g. "On behalf of ..."


@dataclass(frozen=True, slots=True)
class Dates:
    issued: str | None = None  # ISO dates
    adopted: str | None = None


@dataclass(frozen=True, slots=True)
class Instruction:
    """One thing an amendment tells the reader to do to the draft it amends, as the UN words
    it: "In operative paragraph 68, after “...”, insert “...”" is an insert into `para_68`,
    after the anchor words. Reading only: applying it is another module's job."""

    action: str  # insert (words) | delete (words or a paragraph) | replace | add (a new paragraph)
    part: str | None  # preamble | operative | title | None (a place the text names otherwise)
    paragraph: (
        str | None
    )  # the addressed paragraph as the draft counts it: "68", "21", "5 bis", "last"
    eid: str | None  # its eid in the draft ("para_68", "preamble__container_21"), when it has one
    position: str | None  # after | before (the anchor, or the paragraph for add) | end | start
    anchor: str | None  # the words the new ones go after (or before)
    old: str | None  # the words deleted or replaced; a deleted paragraph's text when quoted
    new: str | None  # the words inserted, the replacement, or the added paragraph
    text: str  # the instruction verbatim


@dataclass(frozen=True, slots=True)
class Document:
    body: str | None  # GA, HRC, SC, ECOSOC, ...
    session: int | None
    status: str  # draft | adopted | amendment
    title: str | None
    number: str | None  # "72/169", "2417 (2018)"
    symbol: str | None
    doc_type: str = "resolution"  # resolution | decision | declaration | statement | other
    agenda_items: tuple[str, ...] = ()
    distribution: str | None = None
    dates: Dates = field(default_factory=Dates)
    sponsors: tuple[Sponsor, ...] = ()
    origin: str | None = None  # committee report or draft symbol it was adopted on
    committee: str | None = None  # "Third Committee"
    meeting: str | None = None  # "73rd plenary meeting"
    formula: str | None = None  # "The General Assembly,"
    preamble: tuple[Paragraph, ...] = ()
    operative: tuple[Paragraph, ...] = ()
    sections: tuple[Section, ...] = ()
    annexes: tuple[Annex, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str | None = None  # ISO 639-1 ("en", "fr"): the language the text is in
    amends: str | None = None  # an amendment's draft: "A/C.2/80/L.13/Rev.1"
    instructions: tuple[Instruction, ...] = ()  # an amendment's instructions, in order

    # -- navigation -------------------------------------------------------------------
    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Preamble then operative part (annexes not included)."""
        return self.preamble + self.operative

    def all_paragraphs(self) -> list[Paragraph]:
        """Every paragraph, annexes included, in document order."""
        out = list(self.preamble) + list(self.operative)
        for annex in self.annexes:
            out.extend(annex.paragraphs)
        return out

    def paragraph(self, eid: str) -> Paragraph | None:
        for p in self.all_paragraphs():
            if p.eid == eid:
                return p
        return None

    def footnote(self, marker: str) -> Footnote | None:
        for f in self.footnotes:
            if f.marker == marker:
                return f
        return None


# -- what a document cites and asks (derived by clausewise.enrich.cites / clausewise.enrich.mandates) ---


@dataclass(frozen=True, slots=True)
class Where:
    """A span of text: in paragraph or item `eid`, or in the text of footnote `footnote`
    (whose marker sits in `eid`). Offsets are into that paragraph's, item's or footnote's text."""

    eid: str
    start: int
    end: int
    footnote: str | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    raw: str  # as written: "its resolution 70/1 of 25 September 2015"
    symbol: str | None  # normalised: "A/RES/70/1"; None when it cannot be known
    kind: str  # resolution | decision | document | ...
    date: str | None  # ISO, when the text gives one
    where: Where


@dataclass(frozen=True, slots=True)
class Addressee:
    name: (
        str  # normalised: "Secretary-General", "United Nations High Commissioner for Human Rights"
    )
    kind: (
        str  # secretariat | body_itself | presiding_officer | member_states | un_system | non_state
    )


@dataclass(frozen=True, slots=True)
class Due:
    body: str  # GA, HRC, ...
    session: int | None
    year_from: int | None
    year_to: int | None
    # the real dates (ISO) from the session calendar (clausewise.enrich.sessions), or the
    # dates the text gives ("by 31 December 2025": no date_from); None when unknown
    date_from: str | None = None
    date_to: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewClause:
    """A review or sunset clause bearing on a mandate (the UN80 review's figure): `kind`
    review ("decides to review ...", "to consider the continuation of the mandate") or sunset
    ("for a period of three years", "until 31 December 2025"), where it is (`eid`), its words."""

    kind: str
    eid: str
    text: str


@dataclass(frozen=True, slots=True)
class Mandate:
    paragraph: str  # eid of the operative paragraph or item
    type: str  # e.g. request | decision | invitation | remain_seized | continue_consideration
    verb: str  # as written: "Requests", "requests", "Decides"
    addressees: tuple[Addressee, ...]
    with_: tuple[Addressee, ...]  # JSON "with": collaborators ("in collaboration with ...")
    action: str  # a short verb phrase: "to consult States ..."
    due: Due | None
    report_to: str | None
    recurrence: str | None  # one-off | annual | biennial | ...
    text: str  # the verbatim clause
    # (added by the mandate lifecycle; every field has a default so older records still read)
    dues: tuple[Due, ...] = ()  # every due the text gives, in its order (`due` is the first)
    kind: str = "action"  # report | meeting | mandate | consideration | action
    duration_years: float | None = None  # "for a further period of three years" -> 3.0
    ends: Due | None = None  # when a mandate given for a period ends, where derivable
    within_existing_resources: bool = False
    review_clause: ReviewClause | None = None


# -- JSON form --------------------------------------------------------------------------


def to_json(obj: Any) -> Any:
    """The JSON form of any record (dicts, lists and scalars only)."""
    if isinstance(obj, tuple | list):
        return [to_json(x) for x in obj]
    if hasattr(obj, "__dataclass_fields__"):
        # a trailing underscore only dodges a Python keyword: Mandate.with_ is "with"
        return {f.name.rstrip("_"): to_json(getattr(obj, f.name)) for f in fields(obj)}
    return obj


def _items_from(data: list[dict]) -> tuple[Item, ...]:
    return tuple(
        Item(
            eid=d["eid"],
            num=d["num"],
            text=d["text"],
            items=_items_from(d.get("items", [])),
            footnotes=_refs_from(d.get("footnotes", [])),
        )
        for d in data
    )


def _refs_from(data: list[dict]) -> tuple[FootnoteRef, ...]:
    return tuple(FootnoteRef(marker=d["marker"], offset=d["offset"]) for d in data)


def paragraph_from_json(d: dict) -> Paragraph:
    return Paragraph(
        eid=d["eid"],
        kind=d["kind"],
        num=d.get("num"),
        lead=d.get("lead"),
        text=d["text"],
        items=_items_from(d.get("items", [])),
        footnotes=_refs_from(d.get("footnotes", [])),
        section=d.get("section"),
    )


def _sections_from(data: list[dict]) -> tuple[Section, ...]:
    return tuple(Section(eid=s["eid"], num=s.get("num"), heading=s.get("heading")) for s in data)


def document_from_json(d: dict) -> Document:
    """Inverse of `to_json` for a Document."""
    return Document(
        body=d.get("body"),
        session=d.get("session"),
        status=d["status"],
        title=d.get("title"),
        number=d.get("number"),
        symbol=d.get("symbol"),
        doc_type=d.get("doc_type", "resolution"),
        agenda_items=tuple(d.get("agenda_items", [])),
        distribution=d.get("distribution"),
        dates=Dates(**d.get("dates", {})),
        sponsors=tuple(Sponsor(**s) for s in d.get("sponsors", [])),
        origin=d.get("origin"),
        committee=d.get("committee"),
        meeting=d.get("meeting"),
        formula=d.get("formula"),
        preamble=tuple(paragraph_from_json(p) for p in d.get("preamble", [])),
        operative=tuple(paragraph_from_json(p) for p in d.get("operative", [])),
        sections=_sections_from(d.get("sections", [])),
        annexes=tuple(
            Annex(
                eid=a["eid"],
                num=a.get("num"),
                heading=a["heading"],
                title=a.get("title"),
                formula=a.get("formula"),
                paragraphs=tuple(paragraph_from_json(p) for p in a.get("paragraphs", [])),
                sections=_sections_from(a.get("sections", [])),
            )
            for a in d.get("annexes", [])
        ),
        footnotes=tuple(Footnote(**f) for f in d.get("footnotes", [])),
        warnings=tuple(d.get("warnings", [])),
        language=d.get("language"),
        amends=d.get("amends"),
        instructions=tuple(Instruction(**i) for i in d.get("instructions", [])),
    )


def _due_from(d: dict | None) -> Due | None:
    return Due(**d) if d else None


def mandate_from_json(d: dict) -> Mandate:
    """Inverse of `to_json` for a Mandate (fields missing from older records take defaults)."""

    def people(xs):
        return tuple(Addressee(name=a["name"], kind=a["kind"]) for a in xs or [])

    review = d.get("review_clause")
    return Mandate(
        paragraph=d["paragraph"],
        type=d["type"],
        verb=d["verb"],
        addressees=people(d.get("addressees")),
        with_=people(d.get("with")),
        action=d.get("action", ""),
        due=_due_from(d.get("due")),
        report_to=d.get("report_to"),
        recurrence=d.get("recurrence"),
        text=d.get("text", ""),
        dues=tuple(Due(**x) for x in d.get("dues") or ()),
        kind=d.get("kind", "action"),
        duration_years=d.get("duration_years"),
        ends=_due_from(d.get("ends")),
        within_existing_resources=bool(d.get("within_existing_resources", False)),
        review_clause=ReviewClause(**review) if review else None,
    )
