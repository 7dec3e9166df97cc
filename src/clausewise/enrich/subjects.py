"""Who a clause asks, who they work with, and where the action begins.

After the verb, a clause names its addressees, then (between commas) asides and
collaborators, then the action: "Requests, in this regard, the United Nations Office on Drugs
and Crime, within its mandate and resources, in line with Council resolution 2013/40 and in
close cooperation with Member States, to continue ...". The text is read as comma-separated
pieces: a piece that opens with "in collaboration with", "with the support of" ... starts a
list of collaborators (it and the pieces after it that are nothing but actors); a piece that
opens with an aside ("in this regard", "within its mandate", "acting nationally") names no
addressee; the first infinitive outside an aside starts the action. Collaborators named
inside the action ("to prepare, in consultation with States, ..., a report") are taken out
of it, so the action reads "to prepare a report". Beneficiaries ("to provide assistance to
States") stay in the action: only the actor slot names addressees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Addressee
from .addressees import actors
from .clauses import depth_ok

# An infinitive that starts an action: "to consult", not "to the Council" or "to that end".
_NOT_VERBS = (
    r"the|a|an|its|his|her|their|this|that|these|those|all|any|each|every|such|other|some"
    r"|it|them|us|him"
    # "to be" mostly begins a passive ("bodies to be granted access"); a few predicates ask
    # the addressees themselves ("Invites Member States ... to be represented at the highest
    # possible level", "encourages Member States to be mindful of the recommendations")
    r"|States|Member|United|date|ensure\b(?=,)|conflict|armed|which|whom|what|whose"
    r"|be(?!\s+(?:represented|mindful|guided|vigilant|ready|prepared|aware|actively|fully|"
    r"engaged|involved)\b)"
    r"|article|paragraph|paragraphs|resolution|resolutions|decision|annex|section|part"
)
INFINITIVE = re.compile(
    r"(?<!order )(?<!so as )(?<!a view )(?<!an effort )(?<!with regard )(?<!in regard )(?<!pursuant )"
    r"(?<!subject )(?<!according )(?<!addition )(?<!relating )(?<!related )(?<!respect )"
    rf"\b(?:not\s+|neither\s+)?to\s+(?!(?:{_NOT_VERBS})\b)(?!(?!(?:bring|spring|string|swing|cling|fling|wring|sing)\b)[a-z]+ing\b)(?:[a-z][\w-]*)"
)
WITH_OPEN = re.compile(
    r"(?:and\s+)?(?:in\s+(?:close\s+|full\s+|continued\s+|closer\s+)?(?:collaboration|cooperation|"
    r"consultations?|coordination|partnership|conjunction|liaison|contact)"
    r"(?:\s+and\s+(?:collaboration|cooperation|consultations?|coordination|partnership))?\s+with|"
    r"jointly\s+with|together\s+with|working\s+(?:closely\s+)?with|"
    # "and through continuous dialogue with Governments, intergovernmental ... organizations"
    r"(?:through|in)\s+(?:continuous\s+|continued\s+|regular\s+|close\s+|constant\s+|"
    r"constructive\s+)?dialogue\s+with|"
    r"with\s+(?:the\s+)?(?:full\s+)?(?:support|assistance|help|cooperation|collaboration|involvement|"
    r"participation|contributions?|engagement)\s+(?:of|from)|"
    r"with\s+(?:inputs?|contributions?)\s+from|drawing\s+on\s+(?:the\s+)?(?:expertise|work)\s+of)\s+"
)
# A piece that opens with one of these is an aside: it names no addressee.
_ASIDE = re.compile(
    r"(?:and\s+|or\s+)?(?:in|as|with|on|through|within|by|for|from|under|upon|taking|bearing|where|"
    r"which|who|whose|that|such\s+as|particularly|notably|especially|while|so\s+as|if|when|"
    r"without|among|inter\s+alia|consistent|pursuant|according|subject|building|based|"
    r"drawing|paying|giving|using|making|focusing|following|acting|at|including|also|further|"
    r"again|once|where|whenever|after|before|during|until|prior|if|unless|thereby|thus|"
    r"respectively|inter|alia|mindful|recognizing|noting|bearing|given|via|beyond|across|"
    r"individually|collectively|nationally|bilaterally|directly|"
    r"regardless|irrespective|together|jointly|alongside|notwithstanding|except|other\s+than|"
    r"supported|assisted|accompanied|aided|backed|led|chaired|coordinated|mandated|established)\b",
    re.I,
)
_INCLUDING = re.compile(
    r"^\s*(?:and\s+)?(?:including|in\s+particular|notably|especially|such\s+as|inter\s+alia)\s+"
)
_PRONOUN = re.compile(
    r"^\s*(?:them|it|him|her|the\s+latter|the\s+former|those\s+\w+|such\s+\w+|these\s+\w+)\s*$",
    re.I,
)
_FOLLOWING = re.compile(r"^\s*the\s+following(?:\s+for\s+(?:consideration|action))?\s+(?:by|to)\s+")


@dataclass(frozen=True, slots=True)
class Subject:
    addressees: tuple[Addressee, ...]
    collaborators: tuple[Addressee, ...]
    action: str  # from the infinitive on, collaborators taken out ("" when there is none)
    pronoun: bool  # the addressee is "them" / "it": the caller resolves it
    listed: bool  # the actor slot ends in a colon: the items say what to do


def pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the comma-separated pieces of `text`, commas inside brackets or
    quotation marks left alone."""
    out, start = [], 0
    for m in re.finditer(r",", text):
        if depth_ok(text, m.start()):
            out.append((start, m.start()))
            start = m.end()
    out.append((start, len(text)))
    return out


# A prepositional phrase after a list of actors: "the relevant United Nations entities in
# commemoration of the International Day", "Member States in the region".
_AFTER_NP = re.compile(
    r"\s(?:in|on|for|at|through|during|under|within|as|so|from|by|to)\s+(?:the\s+|a\s+|an\s+)?[a-z]"
)


def _np(text: str) -> str:
    """`text` up to the first prepositional phrase that follows its noun phrase."""
    m = _AFTER_NP.search(text)
    return text[: m.start()] if m else text


# A noun that is not an actor, then "of": "the formation of partnerships that bring together
# Governments", "the efforts of" (but "the members of", "the authorities of" are actors).
_NOT_ACTOR_OF = re.compile(
    r"^(?:(?:the|all|its|their|an?)\s+)?(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]+)"
    r"(?=\s+(?:of|on|about|concerning|regarding)\b)"
)


def _headed(who: list[str], body: str | None) -> bool:
    """The words right after the verb name an actor ("States and relevant international,
    regional ... organizations"); "Encourages focused action within and across sectors by
    countries ..." names no one."""
    if not who:
        return False
    chunks = [c for c in re.split(r"\s+(?:and|or)\s+|,", who[0].strip()) if c.strip()]
    # "regional, national, subnational and local authorities": past the lone adjectives
    first = next((c for c in chunks if not _ADJECTIVES.match(c)), chunks[0] if chunks else "")
    m = _NOT_ACTOR_OF.match(first)
    if m and not actors(m.group(), body)[0] and not _ACTOR_NOUN.search(m.group("noun")):
        return False  # "the formation of partnerships ...", "an interactive debate on the rights of
        # persons ..." (but "the special procedures of ...")

    return bool(actors(first, body)[0])


_ACTOR_NOUN = re.compile(
    r"(?:members|authorities|leaders|representatives|parties|secretariat|heads|organs|bodies)$"
)
# Adjectives a list of actors may be spread over: "regional, national and local authorities".
_ADJECTIVES = re.compile(
    r"^\s*(?:and\s+)?(?:(?:all|the|other)\s+)?(?:(?:international|regional|subregional|national|subnational|"
    r"local|bilateral|multilateral|public|private|governmental|non-governmental|intergovernmental|"
    r"relevant|financial|humanitarian|development|existing|new|neighbouring)\s*){1,3}$"
)


def _non_actor_head(part: str, body: str | None) -> bool:
    """ "the holding of a donors conference of Member States": a noun that names no actor,
    then "of"."""
    m = _NOT_ACTOR_OF.match(part.strip())
    return bool(m) and not actors(m.group(), body)[0] and not _ACTOR_NOUN.search(m.group("noun"))


def _act_head(who: list[str], body: str | None) -> bool:
    """ "the continued incorporation into this mechanism of experts", "closer public-private
    sector collaboration": the words after the verb are headed by an act, not an actor (the
    actors named inside it are not its addressees)."""
    if not who:
        return False
    head = re.split(
        r"\s+(?:of|into|in|on|at|for|from|to|between|among|by|with|and|or)\s|,", who[0].strip()
    )[0]
    last = head.split()[-1] if head.split() else ""
    return (
        not re.search(r"[A-Z]", head)
        and len(head.split()) <= 4
        # ("further progress with regard to the creation of a World Bank ... fund")
        and bool(re.fullmatch(r"[a-z-]+(?:tion|ment|ance|ence|sion|ship)|progress", last))
        and not re.fullmatch(
            r"development|government|parliament|department|management|settlement|commission|"
            r"federation|delegation|coalition|convention|conference|population|nation|presidence",
            last,
        )
        and not actors(last, body)[0]
    )


def _is_aside(piece: str) -> bool:
    return bool(_ASIDE.match(piece.lstrip()))


def _infinitive(text: str, start: int = 0) -> int | None:
    for m in INFINITIVE.finditer(text, start):
        if depth_ok(text, m.start()):
            return m.start()
    return None


def _collaborators(text: str, spans: list[tuple[int, int]], i: int, body: str | None):
    """Collaborators from piece i (which holds an opener) and the actor-only pieces after
    it: (actors, index of the first piece not consumed, end offset of what was consumed)."""
    s, e = spans[i]
    m = WITH_OPEN.search(text, s, e)
    assert m is not None
    found: list[Addressee] = []
    head = text[m.end() : e]
    inf = _infinitive(head)
    if inf is not None:  # "in consultation with States to prepare": the action begins here
        found.extend(actors(head[:inf], body)[0])
        return found, i, m.end() + inf
    found.extend(actors(head, body)[0])
    j = i + 1
    end = e
    while j < len(spans):
        s2, e2 = spans[j]
        piece = text[s2:e2]
        inf = _infinitive(piece)
        part = piece if inf is None else piece[:inf]
        # "..., United Nations bodies, including the Assistance Mission, and ...": still the list
        part = _INCLUDING.sub("", part)
        names, covered = actors(part, body)
        # (not "the holding of a donors conference of Member States and relevant international")
        if not names or not covered or _is_aside(part) or _non_actor_head(part, body):
            break
        found.extend(n for n in names if n not in found)
        if inf is not None:
            return found, j, s2 + inf
        end = e2
        j += 1
    return found, j, end


_RELATIVE = re.compile(
    r"\s+(?:that|which|who)\s+(?:have|has|had|are|is|were|was|do|does|did)\b"
    r"[^;]*?(?=,\s*(?:and|as\s+well\s+as)\s|$)"
)


def parse(rest: str, body: str | None, strict: bool = False) -> Subject:
    """Read the text after a clause's verb. With `strict` ("calls for X to ..."), the actor
    slot must hold nothing but actors."""
    rest = _FOLLOWING.sub("", rest)
    spans = _merge_adjectives(rest, pieces(rest))
    who: list[str] = []
    with_: list[Addressee] = []
    action_at: int | None = None
    i = 0
    while i < len(spans):
        s, e = spans[i]
        piece = rest[s:e]
        if not piece.strip():
            i += 1
            continue
        if WITH_OPEN.match(piece.lstrip()):
            found, j, end = _collaborators(rest, spans, i, body)
            with_.extend(a for a in found if a not in with_)
            if j < len(spans) and spans[j][0] <= end < spans[j][1]:
                action_at = end  # the action begins inside piece j
                break
            i = j
            continue
        if re.match(r"\s*as\s+well\s+as\s", piece) and who:  # ", as well as all relevant ..."
            piece = re.sub(r"^\s*as\s+well\s+as\s", " ", piece)
            s = e - len(piece)  # offsets into `rest` follow the shortened piece
            spans[i] = (s, e)
        if _is_aside(piece) and who:
            m = WITH_OPEN.search(piece)  # "in line with ... and in close cooperation with X"
            if m:
                with_.extend(a for a in actors(piece[m.end() :], body)[0] if a not in with_)
            inf = _infinitive(piece)
            if (
                inf is not None
                and (
                    not piece[:inf].strip()
                    or re.search(r"(?:[A-Z][\w-]*|\))\s+$", piece[:inf])
                    # "..., in particular in the private sector, that have not yet done so to ..."
                    or re.match(r"\s*that\s+have\s+not\s+(?:yet\s+)?done\s+so\s+$", piece[:inf])
                )
            ):
                # "Urges Myanmar, in accordance with the order of the International Court of
                # Justice to take all measures ...": after a name, the infinitive is the action
                action_at = s + inf
                break
            i += 1
            continue
        inf = _infinitive(piece)
        if inf is not None:
            head = piece[:inf]
            m = WITH_OPEN.search(head)
            if m:  # "the Secretary-General in consultation with States to ..."
                with_.extend(a for a in actors(head[m.end() :], body)[0] if a not in with_)
                head = head[: m.start()]
            # "all parties expeditiously", "them once again"
            who.append(
                re.sub(r"(?:\s+(?:[a-z]+ly|once\s+again|once\s+more|again))+\s*$", " ", head)
            )
            action_at = s + inf
            break
        if _is_aside(piece):  # an aside before any addressee: "Requests, in this regard, X"
            i += 1
            continue
        m = WITH_OPEN.search(piece)
        who.append(piece[: m.start()] if m else piece)
        if m:
            with_.extend(a for a in actors(piece[m.end() :], body)[0] if a not in with_)
        i += 1
    phrase = ",".join(who)
    listed = action_at is None and rest.rstrip().endswith(":")
    if listed:
        phrase = phrase.rstrip(" :")
    action = _action(rest, action_at, body, with_)  # (adds the collaborators inside it)
    if _PRONOUN.match(phrase):
        return Subject((), tuple(with_), action, True, listed)
    # "those States and regional integration organizations that have not yet ratified ...
    # the Convention and the Optional Protocol": what a relative clause names is not asked
    phrase = _RELATIVE.sub("", phrase)
    if action and re.fullmatch(r"\s*those\s*", phrase):
        # "calls upon those that have not yet ratified the Protocols ... to do so": of the
        # actors named before
        return Subject((), tuple(with_), action, True, listed)
    # "African countries and their partners during the coordination segment of the 1999
    # substantive session": a time, not part of a name
    phrase = re.sub(r"\s+during\s+[^,;]*", "", phrase)
    # "States individually and through regional fisheries management organizations": the
    # means they act through, not more addressees
    phrase = re.sub(
        r"\s+(?:individually|collectively|directly|jointly)\b(?:\s*,?\s*(?:and|or)\s*,?\s*"
        r"(?:(?:where|as)\s+appropriate\s*,?\s*)?(?:through|via|within)\b[^,;]*)?",
        "",
        phrase,
    )
    names, covered = actors(phrase, body)
    if phrase.strip(" ,") == "all" and action:  # "calls upon all, in particular ..., to help"
        names, covered = (Addressee("all", "non_state"),), True
    if (strict and not covered) or not (covered or _headed(who, body)) or _act_head(who, body):
        names = ()
    return Subject(tuple(names), tuple(with_), action, False, listed)


def _merge_adjectives(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "regional, national, subnational and local authorities": pieces that are a lone
    adjective belong with the piece after them."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for s, e in spans:
        if _ADJECTIVES.match(text[s:e]) and carry is None:
            carry = s
            continue
        if carry is not None:
            if _ADJECTIVES.match(text[s:e]):
                continue
            out.append((carry, e))
            carry = None
        else:
            out.append((s, e))
    if carry is not None:
        out.append((carry, len(text)))
    return out


def _action(rest: str, at: int | None, body: str | None, with_: list[Addressee]) -> str:
    """The action from its infinitive on, with the collaborator lists inside it taken out
    (and added to `with_`)."""
    if at is None:
        return ""
    text = rest[at:]
    spans = pieces(text)
    keep: list[str] = []
    cut = False  # a collaborator list was taken out just before the next piece
    i = 0
    while i < len(spans):
        s, e = spans[i]
        piece = text[s:e]
        if i > 0 and WITH_OPEN.match(piece.lstrip()):
            found, j, end = _collaborators(text, spans, i, body)
            with_.extend(a for a in found if a not in with_)
            if j < len(spans) and spans[j][0] <= end < spans[j][1]:
                keep.append(" " + text[end : spans[j][1]].lstrip())  # the rest of that piece
                i = j + 1
            else:
                cut = True
                i = j
            continue
        if cut:  # "to prepare, in consultation with X, Y, a report": "to prepare a report"
            # (but ", and to present ..." after the list is still the next action, comma and all)
            keep.append(("," if re.match(r"\s*and\s+to\s", piece) else "") + " " + piece.lstrip())
            cut = False
            i += 1
            continue
        m = WITH_OPEN.search(piece)
        if m and m.start() > 0 and piece[m.start() - 1].isspace():
            # "to work together in partnership with all stakeholders to provide ...": the
            # collaborators end at the next infinitive; "to review the system in consultation
            # with staff through ...": or with the piece
            tail = piece[m.end() :]
            inf = _infinitive(tail)
            with_.extend(a for a in actors(_np(tail[:inf]), body)[0] if a not in with_)
            # "... with the participation of all sectors of the international community and to
            # ensure ...": the "and" that joins the next action stays
            joiner = (
                " and " if inf is not None and re.search(r"\band\s*,?\s*$", tail[:inf]) else " "
            )
            piece = piece[: m.start()].rstrip() + (joiner + tail[inf:] if inf is not None else "")
        keep.append(("," if keep else "") + piece)
        i += 1
    out = "".join(keep)
    return re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", out)).strip()
