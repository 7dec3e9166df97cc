"""The header of an Akoma Ntoso resolution, field by field, from where AKN4UN puts it.

The masthead is in `coverPage` (symbol, body, distribution, date of issue, session, agenda
item, the "[on the report of the Third Committee (A/75/478/Add.2)]" line, sponsors),
the number and title in `preface`, the meeting and adoption date in `conclusions`, the
language in the FRBR expression, the kind of text and its stage in the statement's name.
The UN's files word these for readers ("Distr.: General", "Agenda items 14 and 122");
a file clausewise wrote also marks each value on its own (`inline name="agendaItem"`), and
a marked value is taken as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...aknprofile import BODY_OF_ACTOR, akn, doc_kind, iso639_1
from ...dates import iso_date
from ...grammar import language
from ...model import Dates, Footnote, Sponsor
from ...structure.header import _AGENDA, _ORIGIN, BODY_NAMES, _agenda_items, split_sponsors
from ...structure.masthead import _agenda as masthead_agenda
from ...symbols import SYMBOL_RE, normalise
from .inline import note_text, read_inline

_DISTRIBUTION = {
    "#generalDistribution": "General",
    "#limitedDistribution": "Limited",
    "#restrictedDistribution": "Restricted",
}
_DISTR_WORDS = re.compile(r"\b(General|Limited|Restricted)\b", re.I)
_PUBLISHER = "#publisher"


@dataclass(slots=True)
class Header:
    fields: dict = field(default_factory=dict)  # Document keyword arguments
    notes: list[Footnote] = field(default_factory=list)  # footnotes on the header


def _q(tag: str, attr: str | None = None, value: str | None = None) -> str:
    path = ".//" + akn(tag)
    return path + (f"[@{attr}='{value}']" if attr else "")


def _first(el, path: str):
    if el is None:
        return None
    return el.find(path)


class _Text:
    """Reads the text of header elements: squashed for the UN's files, exact for ours."""

    def __init__(self, squashed: bool):
        self.squashed = squashed

    def __call__(self, el) -> str:
        return read_inline(el, self.squashed).text


def read_header(doc, squashed: bool, part=None) -> Header:
    """`doc`: the statement (or documentCollection); `part`: for a collection, its first
    component's statement (its name tells the kind of text)."""
    text = _Text(squashed)
    cover = doc.find(akn("coverPage"))
    preface = doc.find(akn("preface"))
    meta = doc.find(akn("meta"))
    out = Header()
    f = out.fields
    named = doc if part is None else part
    doc_type, status = doc_kind(named.get("name") or "")
    f["doc_type"], f["status"] = doc_type, status
    f["symbol"] = _symbol(cover, text)
    f["body"] = _body(cover, meta, text)
    f["distribution"] = _distribution(cover, text)
    f["session"] = _session(cover)
    f["language"] = _language(meta)
    grammar = language(f["language"])
    f["agenda_items"] = _agenda(cover, text, grammar)
    origin, committee, sponsors = _proponents(cover, meta, text, doc)
    if committee is not None and grammar.module is not None:
        committee = grammar.committee(committee)  # the English name, in every version
    f["origin"], f["committee"], f["sponsors"] = origin, committee, sponsors
    f["number"], f["title"] = _number_title(preface, text)
    meeting, adopted = _conclusions(doc.find(akn("conclusions")), text)
    if meeting is None and part is not None:
        meeting, adopted = _conclusions(part.find(akn("conclusions")), text)
    f["meeting"] = meeting
    f["dates"] = Dates(
        issued=_issued(cover), adopted=adopted or _adoption(meta) or _adopted_line(cover, text)
    )
    for holder in (cover, preface) if squashed else ():  # (ours: notes are read in order)
        if holder is not None:
            _header_notes(holder, squashed, out.notes)
    return out


def _symbol(cover, text) -> str | None:
    el = _first(cover, _q("docNumber", "refersTo", "#symbol"))
    if el is None:
        return None
    value = text(el)
    return normalise(value) if text.squashed else value


def _body(cover, meta, text) -> str | None:
    """The body that adopted the text: its actor where one is named (clausewise's files,
    and the FRBR work IRI of the UN's), else the name on the masthead."""
    names = []
    for el in cover.iter(akn("docAuthority")) if cover is not None else ():
        ref = el.get("refersTo") or ""
        if ref.lstrip("#") in BODY_OF_ACTOR:
            return BODY_OF_ACTOR[ref.lstrip("#")]
        if ref != _PUBLISHER:
            names.append(text(el))
    if text.squashed:
        actor = _work_actor(meta)
        if actor in BODY_OF_ACTOR:
            return BODY_OF_ACTOR[actor]
    if not names:
        return None
    # the Council's masthead names the Assembly first (its parent body), then the Council
    name = names[-1]
    return BODY_NAMES.get(name, name)


def _work_actor(meta) -> str | None:
    el = _first(meta, ".//" + akn("FRBRWork") + "/" + akn("FRBRthis"))
    if el is None:
        return None
    parts = (el.get("value") or "").strip("/").split("/")
    # /akn/un/statement/deliberation/{actor}/{date}/{number}
    return parts[4] if len(parts) > 4 and parts[0] == "akn" else None


def _distribution(cover, text) -> str | None:
    el = _first(cover, _q("docStatus"))
    if el is None:
        return None
    marked = _first(el, _q("inline", "name", "distribution"))
    if marked is not None:
        return text(marked)
    known = _DISTRIBUTION.get(el.get("refersTo") or "")
    if known is not None:
        return known
    m = _DISTR_WORDS.search(text(el))
    return m.group(1).capitalize() if m else None


def _session(cover) -> int | None:
    el = _first(cover, _q("session"))
    value = (el.get("value") or "").strip() if el is not None else ""
    return int(value) if value.isdigit() else None


def _agenda(cover, text, grammar) -> tuple[str, ...]:
    if cover is None:
        return ()
    items: list[str] = []
    for el in cover.iter(akn("inline")):
        name = el.get("name")
        if name == "agendaItem" and el.getparent().get("name") != "agenda item":
            items.append(text(el))  # marked alone, without the wording around it
        elif name == "agenda item":
            marked = [c for c in el.iter(akn("inline")) if c.get("name") == "agendaItem"]
            if marked:
                items.extend(text(c) for c in marked)
                continue
            wording = text(el)
            if grammar.agenda is not None and (g := grammar.agenda.search(wording)):
                # "Point 72 b) de l’ordre du jour", "البند 72 (ب)": as English writes it
                items.extend(masthead_agenda(g.group("items")))
                continue
            m = _AGENDA.search(wording)
            # the numbers after "Agenda item(s)" (all of them: "139 and 151"), or in any
            # other language the numbers it holds ("Point 14 de l'ordre du jour", "议程项目14")
            items.extend(_agenda_items(wording[m.start(1) :] if m else wording))
    return tuple(items)


def _proponents(cover, meta, text, doc):
    """The origin line ("[on the report of the Third Committee (A/75/478/Add.2)]") and the
    sponsors: both are docProponents in AKN4UN, the committee being the proponent."""
    origin = committee = None
    sponsors: list[Sponsor] = []
    if cover is None:
        return origin, committee, ()
    header_notes = {}  # a sponsor's marker may point at a note kept with the header
    for el in doc.iter(akn("authorialNote")):
        if el.get("eId"):
            header_notes[el.get("eId")] = note_text(el, text.squashed)
    for el in cover.iter(akn("docProponent")):
        source = _first(el, _q("inline", "name", "originating document"))
        if source is not None or (el.get("as") != "#sponsor" and _looks_like_origin(text(el))):
            origin, committee = _origin(el, source, meta, text)
            continue
        sponsors.extend(_sponsors(el, text, header_notes))
    if committee is None:
        # a draft's masthead names the committee it is before, on a line of its own
        for el in cover.iter(akn("inline")):
            if el.get("name") == "committee" and el.getparent().tag != akn("docProponent"):
                committee = text(el)
    return origin, committee, tuple(sponsors)


def _looks_like_origin(wording: str) -> bool:
    return wording.startswith("[")


def _origin(el, source, meta, text) -> tuple[str | None, str | None]:
    marked = _first(el, _q("inline", "name", "committee"))
    if not text.squashed:  # ours: each value marked, as it stands
        origin = text(source) if source is not None else None
        return origin, text(marked) if marked is not None else None
    wording = text(el)
    origin = None
    found = SYMBOL_RE.findall(text(source) if source is not None else wording)
    if found:
        origin = normalise(found[0])
    committee = None
    m = _ORIGIN.match(wording)
    if m and m.group("by") and "Committee" in m.group("by"):
        committee = re.sub(r"^the\s+", "", m.group("by").strip())
    elif (el.get("refersTo") or "") not in ("", "#noMainCommittee"):
        # another language: the committee's name as the file's references give it
        term = _first(meta, f".//*[@eId='{(el.get('refersTo') or '').lstrip('#')}']")
        if term is not None and term.get("showAs"):
            committee = term.get("showAs")
    return origin, committee


def _sponsors(el, text, header_notes) -> list[Sponsor]:
    name = text(el)
    nxt = el.getnext()
    marker = note = None
    if nxt is not None and nxt.get("class") == "sponsorNote":
        marker = nxt.get("marker")
        if nxt.tag == akn("noteRef"):  # points at the header's own footnote
            note = header_notes.get((nxt.get("href") or "").lstrip("#"))
        else:
            note = note_text(nxt, text.squashed)
    if text.squashed and (", " in name or " and " in name):
        # the UN's drafts name their sponsors in one run: "Belarus, Burundi and Cuba"
        return [Sponsor(n, m) for n, m in split_sponsors(name)]
    return [Sponsor(name, marker, note)]


def _number_title(preface, text) -> tuple[str | None, str | None]:
    if preface is None:
        return None, None
    number = title = None
    part = None
    for el in preface.iter(akn("docNumber")):
        ref = el.get("refersTo")
        value = text(el)
        if ref == "#letter" or (number is not None and re.fullmatch(r"[A-Z]", value.strip())):
            part = value.strip()  # the part of a multi-part resolution: "75/290 A"
        elif number is None and ref in (None, "#resolutionNumber"):
            number = value.removesuffix(".").strip() if text.squashed else value
    for el in preface.iter(akn("docTitle")):
        title = text(el)
        if text.squashed:
            title = title.lstrip("-–— ").strip() or title  # "75/180. - تعزيز ..." (Arabic)
        break
    if number is not None and part:
        number = f"{number} {part}"
    return number, title


def _conclusions(concl, text) -> tuple[str | None, str | None]:
    if concl is None:
        return None, None
    meeting = adopted = None
    for el in concl.iter():
        if not isinstance(el.tag, str):
            continue
        name = el.get("name")
        ref = el.get("refersTo")
        if meeting is None and (
            (el.tag == akn("inline") and name == "adoptionMeeting")
            or (el.tag == akn("location") and ref == "#adoptionMeeting")
            or (el.tag == akn("event") and ref == "#meeting")
        ):
            meeting = text(el)
        elif (
            adopted is None
            and el.tag in (akn("docDate"), akn("date"))
            and el.get("date")
            and ref in ("#adoptionDate", "#adoption", None)
        ):
            adopted = el.get("date")
    return meeting, adopted


def _issued(cover) -> str | None:
    el = _first(cover, _q("docDate", "refersTo", "#dateOfIssuance"))
    return el.get("date") if el is not None else None


def _adoption(meta) -> str | None:
    el = _first(meta, ".//" + akn("FRBRWork") + "/" + akn("FRBRdate") + "[@name='adoption']")
    return el.get("date") if el is not None else None


def _adopted_line(cover, text) -> str | None:
    """ "Resolution adopted by the General Assembly on 16 December 2020" on the masthead."""
    el = _first(cover, _q("docTitle"))
    if el is None:
        return None
    wording = text(el)
    return iso_date(wording) if "adopted" in wording else None


def _language(meta) -> str | None:
    el = _first(meta, ".//" + akn("FRBRExpression") + "/" + akn("FRBRlanguage"))
    return iso639_1(el.get("language")) if el is not None else None


def _header_notes(holder, squashed: bool, out: list[Footnote]) -> None:
    """Notes on the masthead or the title (the "B" of a part): footnotes of the header."""
    for el in holder.iter(akn("authorialNote")):
        if el.get("class") != "sponsorNote":
            out.append(Footnote(el.get("marker") or "", note_text(el, squashed), "header"))
