"""An operative paragraph cut into clauses, each opening with its verb.

"Decides to devote one meeting ..., and requests the President to ..." is two clauses; so is
"Appeals to the international community ..., at the same time calls upon the Government
...". Declarations speak in the first person plural and in sentences: "We request the
Secretary-General ... We will encourage UN-Habitat ..., and request United Nations entities
..." is three. A clause also opens after a short lead-in ("In this context, encourages",
"Acting under Chapter VII of the Charter, decides"), after a modal ("we will continue to
encourage") and in the restated form "Reiterates its call upon all parties to ...".

Only where a clause begins is decided here; who is asked to do what is `subjects`' and
`mandates`' work.
"""

from __future__ import annotations

import re

from ..lexicon import Lead, match_lead, third_person
from .addressees import actors

# Verb lemma -> mandate type. Verbs outside this table state, note or welcome: no mandate.
TYPES = {
    "request": "request",
    "ask": "request",
    "mandate": "request",
    "entrust": "request",
    "direct": "request",
    "instruct": "request",
    "decide": "decision",
    "invite": "invitation",
    "call": "call",
    "appeal": "call",
    "urge": "urge",
    "exhort": "urge",
    "demand": "demand",
    "encourage": "encouragement",
    "authorize": "authorization",
    "authorise": "authorization",
    "recommend": "recommendation",
}

# Verbs at which a paragraph is cut into clauses, mid-sentence: the mandate verbs and the
# common operative verbs that would otherwise run on into the clause before them. Lemmas
# that are also common nouns ("states", "uses", "views", "records") are left out.
_OTHER_VERBS = """welcome note take emphasize emphasise stress underline underscore reaffirm recognize
    recognise acknowledge express reiterate affirm condemn deplore commend recall endorse
    approve look expect consider believe appreciate highlight remind regret reject agree
    insist observe confirm declare designate proclaim renew adopt thank pay salute
    congratulate applaud commit pledge resolve propose"""
SPLIT_LEMMAS = frozenset(TYPES) | frozenset(_OTHER_VERBS.split())
# In declarations the verbs are bare ("and request", "we encourage"); bare forms that are
# also common nouns are cut at only after "we" ("we support", not "and support").
_NOUN_LIKE = {"support", "note", "request", "call", "look", "pay", "express", "take", "demand"}

_ADVERBS = (
    r"(?:(?:[a-z]+ly|also|further|again|once\s+again|moreover|hereby|therefore|thus|"
    r"furthermore|in\s+addition|in\s+this\s+regard|in\s+that\s+regard)\s+)"
)
# A short phrase between the gap and the verb: ", at the same time calls upon", ", and in
# this regard invites", "; to this end, requests".
_LEAD_IN = (
    r"(?i:(?:at\s+the\s+same\s+time|in\s+(?:this|that)\s+(?:regard|context|connection|respect|sense)|"
    r"to\s+(?:this|that)\s+end|in\s+(?:particular|addition)|accordingly|therefore|thus|"
    r"furthermore|moreover|finally|also|further|in\s+so\s+doing|hence|for\s+(?:that|this)\s+"
    r"reason)\s*,?\s+)"
)
_GAP = r"(?:[,;:]\s+(?:and\s+|as\s+well\s+as\s+|but\s+)?|\s+and\s+|\.\s+)"


def _alternation(words) -> str:
    return "|".join(sorted(set(words), key=len, reverse=True))


# "supports" is cut at only after a comma or semicolon ("..., fully supports the Special
# Envoy"): after "and" it is as often a noun ("services and supports for persons ...")
_THIRD = _alternation(third_person(v) for v in SPLIT_LEMMAS) + "|continues\\s+to|supports"
_BARE = _alternation(SPLIT_LEMMAS) + "|continue\\s+to"

# Where a clause may start inside a paragraph: a gap, a lead-in, adverbs, then a verb in
# the third person ("requests") or, after "we", in its bare form ("request").
# A participle that asks as a finite verb does: "while urging all States to ...", "including
# by urging the international community to ...", ", calling upon those stakeholders to ...".
PARTICIPLE = re.compile(
    # ("while simultaneously inviting Member States to take measures")
    r"(?:,\s*(?:and\s+)?|\bwhile\s+|\bby\s+|\band\s+)(?:also\s+|further\s+|[a-z]+ly\s+)?"
    r"(?P<at>(?P<verb>urging|calling\s+upon|calling\s+on|requesting|inviting|encouraging)\s+)"
    r"(?=(?:the\s+|all\s+|relevant\s+|those\s+|[A-Z]))"
)
_PARTICIPLE_LEMMA = {
    "urging": "urge",
    "calling upon": "call",
    "calling on": "call",
    "requesting": "request",
    "inviting": "invite",
    "encouraging": "encourage",
}


def participles(text: str) -> list[tuple[int, Lead]]:
    """(start, lead) of each asking participle in `text` ("while urging all States to ...")."""
    out = []
    for m in PARTICIPLE.finditer(text):
        if not depth_ok(text, m.start("at")):
            continue
        verb = re.sub(r"\s+", " ", m.group("verb"))
        words = m.group("verb")
        out.append((m.start("at"), Lead(words, _PARTICIPLE_LEMMA[verb], "operative", len(words))))
    return out


_START = re.compile(
    rf"{_GAP}(?:{_LEAD_IN})?(?P<at>(?:[Ww]e\s+)?{_ADVERBS}{{0,3}}"
    r"(?:(?:will|shall)\s+(?:(?:also|further|continue\s+to|strongly)\s+)*)?"
    rf"(?:{_THIRD}|{_BARE})\b)"
)
# A lead-in phrase before a paragraph's verb: "In this context, encourages",
# "Acting under Chapter VII of the Charter of the United Nations, decides".
_OPENING = re.compile(r"^(?:[A-Z][^,;:]{1,120}?|[A-Z][^,;:]{0,60},[^,;:]{1,60}?),\s+(?=[a-z])")
_WE_MODAL = re.compile(
    r"^(?P<we>[Ww]e\s+)(?P<adv>(?:(?:also|further|therefore|hereby|strongly|accordingly|thus)\s+)*)"
    r"(?:will|shall)\s+(?P<more>(?:(?:also|further|strongly|continue\s+to)\s+)*)"
)
_CONTINUES = re.compile(r"^(?P<head>(?:[A-Za-z]+\s+){0,2}?)(?P<c>[Cc]ontinues?\s+to\s+)(?=[a-z])")
# "Reiterates its call upon", "Renews its request to the Secretary-General to": the noun
# says what is asked.
# Between the noun and its addressees: where the ask was made ("its request, made in
# paragraph 40 of its resolution 68/268, that the Secretary-General submit"), "in this
# regard", or who made it ("the request of the Human Rights Council that the Office ...
# organize"). "its request, made to the Secretary-General in its resolution 73/188, ...,
# to continue": the addressees follow "made to".
_RESTATED = re.compile(
    r"\s+(?:its|the)\s+(?:(?:urgent|strong|earlier|previous|repeated)\s+)?"
    r"(?P<noun>calls?|requests?|demands?|appeals?|invitation(?:\s+and\s+encouragement)?|"
    r"encouragement)\s*"
    r"(?:,\s*made\s+(?P<made>to)\b|"
    r"(?:in\s+(?:paragraphs?|its\s+resolutions?|resolutions?)\s[^,;:]{0,120}?\s|"
    r",\s*made\s+in\s+[^,;:]{0,120},\s*|in\s+(?:this|that)\s+regard\s*,?\s*|"
    r"(?:of|by)\s+(?:the\s+)?[A-Z][^;:]{0,200}?,?\s+(?=that\b))?"
    r"(?P<prep>upon|on|to|for|that)\b)"
)
_RESTATED_LEMMA = {
    "call": "call",
    "request": "request",
    "demand": "demand",
    "appeal": "call",
    "invitation": "invite",
    "encouragement": "encourage",
}


def depth_ok(text: str, pos: int) -> bool:
    """Outside brackets and quotation marks at `pos`."""
    head = text[:pos]
    return head.count("(") <= head.count(")") and head.count("\u201c") <= head.count("\u201d")


def unquoted(text: str) -> tuple[int, str]:
    """A paragraph that quotes the text it puts in place ("“Authorises all Member States
    ...;”", the Security Council amending an earlier resolution) without its outer marks:
    (offset of the inner text, inner text)."""
    if text[:1] in '\u201c"' and text.rstrip(" ;.,")[-1:] in '\u201d"':
        inner = text.rstrip(" ;.,")[:-1]
        if "\u201c" not in inner[1:] and '"' not in inner[1:]:
            return 1, text[1 : len(inner)]
    return 0, text


_DETERMINERS = {"the", "all", "its", "their", "relevant", "other", "those", "both", "each", "any"}


def _restated(text: str, lead: Lead) -> Lead:
    """ "Reiterates its call upon X to ..." -> a clause of lemma call, lead up to "upon"."""
    # (also recalled: "Recalls its request to the five regional groups to nominate ...")
    if lead.lemma not in (
        "recall",
        "reiterate",
        "renew",
        "repeat",
        "reaffirm",
        "stress",
        "emphasize",
        "underline",
        "underscore",
    ):
        return lead
    m = _RESTATED.match(text, lead.end)
    if not m:
        return lead
    if lead.lemma == "recall" and re.search(r"\b(?:of|by)\s+(?:the\s+)?[A-Z]", m.group()):
        return lead  # "Recalls the request of the Commission on Human Rights that ...": its ask
    noun = m.group("noun").split()[0]
    noun = noun.rstrip("s") if noun.endswith("s") else noun
    lemma = _RESTATED_LEMMA[noun]
    prep = m.group("made") or m.group("prep")
    after = re.split(r"\s+to\s|[,;:]", text[m.end() :], maxsplit=1)[0]
    first = after.split()[:1]
    if (
        prep == "to"
        and first
        and re.fullmatch(r"[a-z]+", first[0])
        and first[0] not in _DETERMINERS
        and not actors(after, None)[0]
    ):
        # "Reiterates its request to present annual reports to the programme country
        # Governments": an infinitive, no one named ("Demande de nouveau que soient présentés")
        return lead
    if prep == "that" and lemma not in ("demand", "request"):
        return lead
    end = m.end() if prep != "that" else m.start("prep")
    return Lead(text[:end], lemma, lead.kind, end)


def lead_at(text: str) -> Lead | None:
    """The lead of a clause that starts at text[0], with modals and "continue to" read
    through ("We will encourage", "Continues to urge") and restated asks made plain."""
    m = _WE_MODAL.match(text)
    if m:  # "We will also encourage X" is read as "We also encourage X"
        probe = m.group("we") + m.group("adv") + text[m.end() :]
        inner = match_lead(probe)
        if inner is None:
            return None
        skipped = m.end() - m.end("adv")
        return Lead(text[: inner.end + skipped], inner.lemma, "base", inner.end + skipped)
    c = _CONTINUES.match(text)
    if c and c.group("head").strip().lower() in ("", "also", "further", "we", "we also"):
        inner = match_lead(text[c.end() :])
        if inner is not None and inner.lemma in SPLIT_LEMMAS:
            cut = c.end()
            return Lead(text[: cut + inner.end], inner.lemma, "operative", cut + inner.end)
    lead = match_lead(text)
    if lead is None:
        return None
    return _restated(text, lead)


def _opening_lead(text: str) -> tuple[int, Lead] | None:
    """The paragraph's own lead, after a lead-in phrase if one comes first."""
    lead = lead_at(text)
    if lead is not None and lead.kind in ("operative", "base"):
        return 0, lead
    m = _OPENING.match(text)
    if m and depth_ok(text, m.end()):
        lead = lead_at(text[m.end() :])
        if lead is not None and lead.kind == "operative" and lead.lemma in SPLIT_LEMMAS:
            return m.end(), lead
    if text.startswith(("We ", "we ")):  # "We will encourage ..." (no lead the lexicon knows)
        lead = lead_at(text)
        if lead is not None:
            return 0, lead
    return None


# An operative paragraph's opening verb in the third person: "Strongly objects", "Deems".
_UNKNOWN_VERB = re.compile(r"^(?:[A-Z][a-z]+ly\s+[a-z]+|[A-Z][a-z]+)(?<=[^s]s)\s+(?=[a-z])")


def clauses(text: str, inner: bool = False) -> list[tuple[int, int, Lead]]:
    """(start, end, lead) of each clause of an operative paragraph's text; a clause starts
    at its verb ("requests", after the ", and" that joined it) and ends where the next begins.
    `lead.end` counts from the clause's start. With `inner`, the text is an item whose own
    task opens it ("(a) Receive requests ..., and decides further that ..."): only the clauses
    that begin inside it are returned."""
    first = _opening_lead(text)
    if first is None and not inner and _UNKNOWN_VERB.match(text):
        # "Strongly objects to ..., and in this context calls upon all Member States ...": an
        # opening verb the lexicon does not know; the clauses after it are read all the same
        first = (0, Lead("", "", "operative", 0))
    if first is None:
        # a declaration's paragraph may open with a sentence no lead starts ("We are
        # concerned about ... We encourage the international community to ...")
        if not inner and not text.startswith("We "):
            return []
        first = (0, Lead("", "", "base" if text.startswith("We ") else "operative", 0))
    at0, lead0 = first
    declaration = lead0.kind == "base"
    found: list[tuple[int, int, Lead]] = [(at0, at0, lead0)]  # (gap start, verb start, lead)
    for m in _START.finditer(text, at0 + lead0.end):
        at = m.start("at")
        if at >= len(text) or not _depth_ok_start(text, at):
            continue
        word = text[at:].split(None, 1)[0]
        sentence = text[m.start() : at].lstrip().startswith(".")
        if word[0].isupper() and not sentence:
            continue  # "and We" does not happen; a capital mid-sentence is a name
        lead = lead_at(text[at:])
        if lead is None:
            continue
        if lead.lemma == "support":
            if lead.kind != "operative" or text[m.start()] not in ",;":
                continue
        elif lead.lemma not in SPLIT_LEMMAS:
            continue
        we = word.lower() == "we"
        if lead.kind == "operative" and not sentence and word[0].isupper():
            continue
        if lead.kind == "base":
            semicolon = text[m.start() : at].lstrip().startswith(";")
            if not (
                declaration
                or we
                or (semicolon and lead.lemma in TYPES)
                or _typo_third(text, m.start(), at, lead, found[-1][2])
            ):
                continue  # a bare verb in a resolution: "and support" is not a clause
            if not we and lead.lemma in _NOUN_LIKE and _NOUN_NEXT.match(text, at + lead.end):
                continue  # "and request for assistance": a noun
        elif lead.kind != "operative":
            continue
        found.append((m.start(), at, lead))
    if found and found[0][2].lemma == "":
        found = found[1:]
    ends = sentence_ends(text)
    out = []
    for i, (_, at, lead) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        # a clause never runs past its sentence: "... these practices. We are mindful ..."
        end = min([e for e in ends if e > at + lead.end] + [end])
        out.append((at, end, lead))
    return out


# A bare asking verb that the source misspelled for its third person, after "and", in a
# paragraph whose own verbs are in the third person: "notes legislative steps taken by
# certain countries to prevent these activities and encourage all Governments to take
# action" (A/RES/75/205; the translations write "et engage tous les gouvernements", "y
# alienta a todos los gobiernos"). A bare verb after "and" is far more often an infinitive
# of a list ("to celebrate ..., recognize ... and encourage young people to", "to empower
# and encourage staff to", "to take the initiative and invite other agencies"): measured over
# ../shared/corpus, what tells the typo apart is that it addresses everyone of a kind ("all
# Governments"), which a list of another actor's tasks does not.
_TYPO_LEMMAS = frozenset({"encourage", "urge", "invite", "request"})
_TYPO_GAP = re.compile(r",?\s+and\s+$")
_TYPO_ALL = re.compile(r"\s+(?:all|each|every)\s+[A-Za-z]")


def _typo_third(text: str, gap: int, at: int, lead: Lead, before: Lead) -> bool:
    """`before` is the lead of the clause the bare verb would follow: a stating verb in the
    third person ("notes"); after an asking one the bare verb is more often an infinitive of
    the ask ("calls upon Member States to press and urge the Russian Federation")."""
    return (
        lead.lemma in _TYPO_LEMMAS
        and before.kind == "operative"
        and bool(before.text)
        and before.lemma not in TYPES
        and bool(_TYPO_GAP.fullmatch(text, gap, at))
        and bool(_TYPO_ALL.match(text, at + lead.end))
    )


def _depth_ok_start(text: str, at: int) -> bool:
    return depth_ok(text, at)


_NOUN_NEXT = re.compile(
    r"\s+(?:for|of|from|to|by|in|on|at|with|as|is|are|was|were|has|have|and|or|that)\b|[,;.:]"
)
# The end of a sentence: a full stop, then a capital (not after an abbreviation or initial).
_SENTENCE_END = re.compile(r"(?<=[a-z\d)\]”’])\.\s+(?=[A-Z“\"(])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:No|Nos|Art|para|paras|vol|Corr|Rev|Add|e\.g|i\.e|Mr|Ms|Dr|St|Inc|Ltd|Co|al|cf|etc|op|cit))$"
)


def sentence_ends(text: str) -> list[int]:
    """Where the sentences of a paragraph end (declarations hold several)."""
    return [
        m.start()
        for m in _SENTENCE_END.finditer(text)
        if depth_ok(text, m.start())
        and not _ABBREVIATIONS.search(text[max(0, m.start() - 6) : m.start()])
    ]


def mandate_type(lead: Lead) -> str | None:
    """The mandate type a clause's verb makes, or None (it states, notes or welcomes)."""
    return TYPES.get(lead.lemma)
