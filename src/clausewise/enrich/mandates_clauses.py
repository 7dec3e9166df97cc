"""The asking clauses of a version in a language with no action grammar yet (Russian, Arabic,
Chinese): one mandate per clause that asks someone to act, read in the language's own words.

What this reading is:

- an operative paragraph (and each point that opens with its own operative verb) is cut into
  clauses where another operative verb begins mid-sentence (", и просит", "; призывает",
  "، وتطلب إلى", "؛ وتهيب", "，并请", "；鼓励"): the joiners are the language's
  `CLAUSE_GAP`, the verbs its lead grammar (`clausewise.grammar.language(code).leads`);
- a clause whose lead asks for action (its English lemma in `clauses.TYPES`: request,
  invite, urge, encourage, call, decide, recommend, authorize ...) gives ONE mandate: type
  from the lemma, verb = the lead as written, text = the clause, action = the clause after
  the lead, addressees = the known actors the clause names first (`MANDATE_ACTORS`, in the
  case forms the texts use: "Генерального секретаря", "государствам-членам"; kept in
  English so the six versions name one actor alike), due from the session ordinal of the
  body's own session ("на своей семьдесят шестой сессии", "في دورتها السادسة والسبعين",
  "第七十六届会议") and report_to the body when a report is asked by then;
- a decision done when adopted ("постановляет утвердить", "تقرر أن تقسم", "决定核准")
  asks nothing; "decides to remain seized" is remain_seized and "to continue its
  consideration" / "to include in the provisional agenda" continue_consideration, as in
  English; an ask that names no one ("призывает к прекращению", "рекомендует продолжать",
  "تدعو إلى تكثيف الجهود", "鼓励进一步合作": English "Calls for", "Encourages further")
  asks no one.

What it is not: an action grammar. A clause that asks two things ("to submit ... and to
consult ...") is one mandate here, and the addressee is whom the clause names, not a parse
of the verb's object. Beside its English twin that is enough: `mandates_align.beside` gives
each English mandate of a paragraph the version's clause (the versions are parallel, the
eIds the same), so the registry shows one mandate with its Russian, Arabic or Chinese
wording (scripts/mandates_lang_agreement.py --langs ru,ar,zh measures how often).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..grammar import Language, language
from ..grammar.engine import ANY, OPERATIVE
from ..lexicon import Lead
from ..model import Addressee, Document, Mandate, Paragraph, leaves
from .addressees import BODY_NAMES, body_itself
from .clauses import SPLIT_LEMMAS, TYPES
from .mandates_lang import due_by_ordinal

SUPPORTED = ("ru", "ar", "zh")

# operative verbs that end the clause before them ("..., и подчеркивает"): the asking
# verbs and the common others, as English cuts (`clauses.SPLIT_LEMMAS`)
_KINDS = (OPERATIVE, ANY)


@dataclass(frozen=True)
class _Words:
    """A language's clause words, compiled."""

    lang: Language
    gap: re.Pattern
    due: re.Pattern
    report: re.Pattern
    remain: re.Pattern
    cont: re.Pattern
    self_executing: re.Pattern
    own: dict[str, re.Pattern]  # by body, where the language marks the body's own acts
    no_one: re.Pattern
    no_one_lemmas: frozenset[str] | None  # the lemmas `no_one` is read for (None: all)
    actors: tuple[tuple[re.Pattern, Addressee], ...]
    restated: tuple[tuple[re.Pattern, str], ...]  # (the noun of an ask restated, its lemma)
    that: re.Pattern | None  # an ask put as a that-clause, of whom it names
    not_mid: frozenset[str]  # verbs that open no clause mid-sentence
    pronoun: re.Pattern | None  # an addressee named by a pronoun: the actor named before
    between: re.Pattern | None  # "cooperation between ...": the parties named are asked
    not_asking: re.Pattern | None  # what an asking verb offers, not asks ("предлагает вниманию")
    continued: tuple[tuple[re.Pattern, str], ...]  # "продолжает призывать": the ask goes on
    unaddressed: re.Pattern | None  # a request that names no one it is made to ("تطلب تزويد")
    relative: re.Pattern | None  # the ones asked named after what qualifies them ("...的会员国")
    lead_prefix: re.Pattern | None  # "therefore" before a verb ("ولذلك تشجع")
    attached: re.Pattern | None  # a verb with its object as a suffix ("وتشجعها"): (verb, suffix)
    restated_decision: re.Pattern | None  # a decision made before, renewed ("再次决定")
    supported: re.Pattern | None  # "supports" the doers' efforts: asks them ("поддерживает усилия")
    we: re.Pattern | None  # a sentence in the first person ("Мы просим", "وإننا نطلب", "我们请")
    we_gap: re.Pattern | None  # where such a sentence begins mid-paragraph


@cache
def _words(code: str) -> _Words:
    lang = language(code)
    mod = lang.module
    actors = []
    for line in mod.MANDATE_ACTORS.strip().splitlines():
        pattern, _, rest = line.partition(" = ")
        english, _, kind = rest.partition("|")
        actors.append((re.compile(pattern.strip(), re.I), Addressee(english.strip(), kind.strip())))
    lemmas = getattr(mod, "NO_ONE_LEMMAS", None)

    def rx(source: str) -> re.Pattern:
        return re.compile(_norm(source), re.I)

    return _Words(
        lang=lang,
        gap=re.compile(mod.CLAUSE_GAP),
        due=re.compile(mod.DUE, re.I),
        report=re.compile(mod.REPORT, re.I),
        remain=rx(mod.REMAIN_SEIZED),
        cont=rx(mod.CONTINUE),
        self_executing=rx(mod.SELF_EXECUTING),
        own={
            body: rx(mod.SELF_EXECUTING.replace("[تي]", prefix))
            for body, prefix in getattr(mod, "OWN", {}).items()
        },
        no_one=rx(mod.NO_ONE),
        no_one_lemmas=frozenset(lemmas.split()) if lemmas else None,
        actors=tuple(actors),
        between=rx(mod.BETWEEN) if getattr(mod, "BETWEEN", None) else None,
        pronoun=rx(mod.PRONOUN) if getattr(mod, "PRONOUN", None) else None,
        not_mid=frozenset(getattr(mod, "NOT_MID", "").split()),
        that=rx(mod.THAT) if getattr(mod, "THAT", None) else None,
        restated=tuple(
            (re.compile(r"^\s*" + _norm(k)), v) for k, v in getattr(mod, "RESTATED", {}).items()
        ),
        not_asking=rx(mod.NOT_ASKING) if getattr(mod, "NOT_ASKING", None) else None,
        continued=tuple(
            (re.compile(r"^\s*" + _norm(k)), v) for k, v in getattr(mod, "CONTINUED", {}).items()
        ),
        unaddressed=rx(mod.UNADDRESSED) if getattr(mod, "UNADDRESSED", None) else None,
        relative=rx(mod.RELATIVE) if getattr(mod, "RELATIVE", None) else None,
        lead_prefix=rx(mod.LEAD_PREFIX) if getattr(mod, "LEAD_PREFIX", None) else None,
        attached=re.compile(mod.ATTACHED) if getattr(mod, "ATTACHED", None) else None,
        restated_decision=rx(mod.RENEWED) if getattr(mod, "RENEWED", None) else None,
        supported=rx(mod.SUPPORTED) if getattr(mod, "SUPPORTED", None) else None,
        we=re.compile(mod.WE) if getattr(mod, "WE", None) else None,
        we_gap=re.compile(mod.WE_GAP) if getattr(mod, "WE_GAP", None) else None,
    )


# Arabic is written with and without vowel marks ("تقسّم", "تقسم") and alef forms: the word
# lists of a decision are compared without them, as the lead grammar compares words
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _norm(text: str) -> str:
    if not any("\u0600" <= c <= "\u06ff" for c in text):
        return text.replace("ё", "е")
    text = _MARKS.sub("", text)
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")


# brackets and quotes a clause is not cut inside: "(...)", "（...）", "«...»", "《...》"
# (a closing bracket alone is a point's number: "пункты 40 с) и 51"), and "“...”", which
# Arabic writes ”...“ (so an odd count of either is inside)
_PAIRS = (("(", ")"), ("（", "）"), ("«", "»"), ("《", "》"))


def _outside(text: str, pos: int) -> bool:
    head = text[:pos]
    if any(head.count(a) > head.count(b) for a, b in _PAIRS):
        return False
    return head.count("“") == head.count("”")


# what stands between two verbs of one object ("поощряет и поддерживает", "تؤيد وتشجع")
_JOINERS = frozenset({"", "и", "и/или", "а также", "并", "和", "及"})


def _lead(w: _Words, text: str) -> Lead | None:
    g = w.lang.leads
    assert g is not None
    lead = g.match(text)
    if lead is not None and lead.kind in _KINDS:
        return lead
    if w.lead_prefix is not None:
        # ("ولذلك تشجع مفوضية ...": "therefore", then the verb)
        m = w.lead_prefix.match(_norm(text))
        if m:
            k = _written(text, m.end())
            lead = g.match(text[k:])
            if lead is not None and lead.kind in _KINDS:
                return Lead(text[: k + lead.end].strip(), lead.lemma, lead.kind, k + lead.end)
    if w.we is not None:
        # ("Мы просим Генерального секретаря", "وإننا نطلب إلى", "我们请秘书长": a declaration's
        # ask in the first person, its verb read in the third; asks only)
        m = w.we.match(text)
        if m:
            lead = g.match(w.lang.module.third_person(text[m.end() :]))
            if lead is not None and lead.kind in _KINDS and lead.lemma in TYPES:
                end = m.end() + lead.end
                return Lead(text[:end].strip(), lead.lemma, lead.kind, end)
    if w.attached is not None:
        # ("وتشجعها على", "وتدعوهم إلى": an asking verb with its object as a suffix)
        m = w.attached.match(text)
        if m:
            lead = g.match(m.group(1) + text[m.end() :])
            if (
                lead is not None
                and lead.kind in _KINDS
                and lead.end >= len(m.group(1))
                and lead.lemma in TYPES
            ):
                # (the verb and what the grammar reads after it: "ويشجعها بقوة")
                end = lead.end + len(m.group(2))
                return Lead(text[:end].strip(), lead.lemma, lead.kind, end)
    return None


def _written(text: str, end: int) -> int:
    """Where the `end`-th character of `_norm(text)` falls in `text` as written."""
    return next(k for k in range(len(text) + 1) if len(_norm(text[:k])) >= end)


def clauses(w: _Words, text: str) -> list[tuple[int, int, Lead]]:
    """(start, end, lead) of each clause of an operative `text`: the first at its opening
    verb, the others where another operative verb follows a joiner."""
    first = _lead(w, text)
    split = SPLIT_LEMMAS
    # (an opening the grammar does not know is still an operative paragraph's: "对秘书长...
    # 表示满意，并请其 ...", "仍然深为关切的是，...；敦促 ..." ask in their later clauses)
    found: list[tuple[int, Lead]] = [(0, first)] if first is not None else []
    starts = [m.end() for m in w.gap.finditer(text, first.end if first is not None else 0)]
    if w.we_gap is not None:
        # (a sentence in the first person: "... в киберпространстве. Мы призываем")
        starts = sorted(set(starts) | {m.end() for m in w.we_gap.finditer(text)})
    for at in starts:
        if at >= len(text) or not _outside(text, at):
            continue
        if found and at <= found[-1][0] + found[-1][1].end:
            continue
        lead = _lead(w, text[at:])
        if lead is None or lead.text.strip() in w.not_mid:
            continue
        if lead.lemma not in split and not (
            # ("..., и продолжает призывать": an ask that goes on opens a clause)
            lead.lemma == "continue"
            and any(p.match(_norm(text[at + lead.end :])) for p, _ in w.continued)
        ):
            continue
        if found and text[found[-1][0] + found[-1][1].end : at].strip(" ,،，\u200f") in _JOINERS:
            # (two verbs of one object: "поощряет и поддерживает все усилия правительства" is
            # one clause, the ask's; "приветствует и поддерживает" the second verb's)
            if found[-1][1].lemma in TYPES:
                continue
            found.pop()
        found.append((at, lead))
    return [
        (at, found[i + 1][0] if i + 1 < len(found) else len(text), lead)
        for i, (at, lead) in enumerate(found)
    ]


def _actors(w: _Words, phrase: str) -> list[tuple[int, Addressee]]:
    """(offset, actor) of each known actor named in `phrase`; where names overlap the longer
    one is read ("государствам-членам" is Member States, not States; "非政府组织" is
    non-governmental organizations, not the "政府" inside it)."""
    spans = [
        (m.start(), m.end(), who)
        for pattern, who in w.actors
        for m in pattern.finditer(phrase)
        if _outside(phrase, m.start())
    ]
    taken: list[tuple[int, int, Addressee]] = []
    for start, end, who in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, who))
    return sorted(((start, who) for start, _, who in taken), key=lambda x: x[0])


# how far past the verb the ones asked are named: the actors of the clause's opening words
# ("просит Генерального секретаря и Верховного комиссара представить ..."); an actor further
# on is what the action is about or whom it reports to
_REACH = {"ru": 120, "ar": 120, "zh": 40}


# (a known actor this close to the verb is whom it asks: "يكرر دعوته إلى الأمين العام"; and
# "cooperation between" this close names the parties asked), in characters: Chinese says in
# one character what the others say in a word
_NEAR = {"zh": 2}
_BETWEEN = {"zh": 40}


def _between(w: _Words, rest: str, reach: int) -> bool:
    """Whether `rest` asks for cooperation between parties it names, within `reach` characters
    (the words after "between" read whole: "بين بلدان الشمال والجنوب" names regions)."""
    if w.between is None:
        return False
    m = w.between.search(_norm(rest[: reach + 40]))
    return m is not None and m.start() < reach


def addressees(w: _Words, action: str) -> list[Addressee]:
    """The known actors the clause asks: those named in its opening words, up to the first
    that comes after other words than actors and joiners."""
    reach = _REACH.get(w.lang.code, 120)
    out: list[Addressee] = []
    for at, who in _actors(w, action):
        if at > reach:
            break
        if who not in out:
            out.append(who)
    return out


def _make(w: _Words, eid: str, mtype: str, lead: Lead, who, clause: str, doc) -> Mandate:
    action = clause[lead.end :].strip(" ,，、;；")
    due = due_by_ordinal(w.due, w.lang, action, doc)
    report_to = None
    if due is not None and w.report.search(action):
        report_to = BODY_NAMES.get(due.body, due.body)
    return Mandate(
        paragraph=eid,
        type=mtype,
        verb=lead.text,
        addressees=tuple(who),
        with_=(),
        action=action,
        due=due,
        report_to=report_to,
        recurrence="one-off" if due else None,
        text=clause,
    )


# "постановляет, с учетом ..., распределить": an aside between the verb and what it decides
_ASIDE = re.compile(r"^\s*(?:\S+\s+)?[,،，][^;؛；]{1,250}?[,،，]\s*")


def _decision(w: _Words, eid: str, lead: Lead, clause: str, items, doc) -> list[Mandate]:
    rest = _norm(clause[lead.end :])
    itself = [body_itself(doc.body)]
    if w.remain.match(rest):
        return [_make(w, eid, "remain_seized", lead, itself, clause, doc)]
    if w.cont.match(rest):
        return [_make(w, eid, "continue_consideration", lead, itself, clause, doc)]
    listed = bool(items) and clause.rstrip().endswith((":", "："))
    bare = rest
    aside = _ASIDE.match(rest)
    if aside:
        bare = " " + rest[aside.end() :]
    done = w.own.get(doc.body or "", w.self_executing)
    if not listed and (done.match(rest) or done.match(bare)):
        return []  # done when adopted
    return [_make(w, eid, "decision", lead, itself, clause, doc)]


# verbs that restate an earlier ask by its noun ("Reiterates its request to ...")
_RESTATING = frozenset({"reiterate", "renew", "reaffirm", "recall"})
# "supports" and "endorses", the two lemmas of "поддерживает"
_SUPPORTING = frozenset({"support", "endorse"})
# (not "recall": "回顾...，决定" recalls, then decides anew)
_REAFFIRMING = frozenset({"reiterate", "renew", "reaffirm"})
# a decision's verb as it follows a reaffirming clause after a bare comma ("重申..., 决定")
_BARE_DECIDE = frozenset({"决定"})


def _restated(w: _Words, lead: Lead, clause: str, table=None) -> Lead:
    """The lead with the ask it restates ("تكرر طلبها", "重申呼吁", "напоминает о своей
    просьбе"): the noun's lemma, the words up to the noun as the verb. With `table`, the
    ask an ask that goes on names ("продолжает призывать")."""
    rest = clause[lead.end :]
    for pattern, lemma in w.restated if table is None else table:
        m = pattern.match(_norm(rest))
        if m:
            # (the match's end in the text as written, vowel marks and all)
            k = next(k for k in range(len(rest) + 1) if len(_norm(rest[:k])) >= m.end())
            end = lead.end + k
            return Lead(clause[:end].strip(), lemma, lead.kind, end)
    return lead


def _clause_mandates(w: _Words, eid: str, text: str, items, doc) -> list[Mandate]:
    types = TYPES
    out: list[Mandate] = []
    prev = ""  # the lemma of the clause before
    for start, end, lead in clauses(w, text):
        restating, prev = prev in _REAFFIRMING, lead.lemma
        if w.restated_decision is not None and (
            w.restated_decision.match(_norm(lead.text))
            or (restating and lead.lemma == "decide" and lead.text.strip() in _BARE_DECIDE)
        ):
            # ("重申按照其第71/222号决议，决定在...审查", "再次决定召开": English "Reaffirms its
            # decision ... to review", "Renews its decision to convene": made before, no new ask)
            continue
        if lead.lemma in _RESTATING:
            lead = _restated(w, lead, text[start:end])
        elif lead.lemma == "continue" and w.continued:
            lead = _restated(w, lead, text[start:end], w.continued)
        supports = False
        if lead.lemma in _SUPPORTING and w.supported is not None:
            # ("поддерживает дальнейшие усилия государств-участников и Технического
            # секретариата": the doers named asked, as English "supports further efforts by")
            rest = text[start + lead.end : end]
            m = w.supported.match(_norm(rest))
            if m and (_actors(w, rest[m.end() : m.end() + 40]) or _between(w, rest[m.end() :], 60)):
                lead, supports = Lead(lead.text, "encourage", lead.kind, lead.end), True
        mtype = types.get(lead.lemma)
        if mtype is None:
            continue
        if w.not_asking is not None and w.not_asking.match(_norm(text[start + lead.end : end])):
            continue  # "предлагает вниманию": commends to someone's attention
        clause = text[start:end].strip().rstrip(";；.。,，،؛")
        last = end >= len(text.rstrip())
        if mtype == "decision":
            # (what it decides may run past the clause: "决定在现有结构和可用资源范围内，宣布
            # 2021-2030年为 ...", a proclamation after an aside, is done on adoption)
            done = w.own.get(doc.body or "", w.self_executing).match(
                _norm(text[start + lead.end :])
            )
            if not done or (last and items):
                out.extend(_decision(w, eid, lead, clause, items if last else (), doc))
            continue
        rest = clause[lead.end :]
        asks = w.no_one_lemmas is None or lead.lemma in w.no_one_lemmas
        code = w.lang.code
        # (a suffix the grammar did not read as written: not "تكرر طلبها", its own noun)
        attached = (
            w.attached is not None
            and w.lang.leads.match(text[start:end]) is None
            and w.attached.match(lead.text.split()[0])
        )
        named = (
            attached
            or supports
            or _actors(w, rest[: _NEAR.get(code, 30)])
            or _between(w, rest, _BETWEEN.get(code, 100))
            # ("邀请在武装冲突中使用过贫铀武器弹药的会员国": whom it asks, after what they did)
            or (w.relative is not None and w.relative.match(_norm(rest)))
        )
        if asks and w.no_one.match(_norm(rest)) and not named:
            continue  # "призывает к ...", "鼓励进一步合作": an ask of no one
        if (
            lead.lemma == "request"
            and w.unaddressed is not None
            and w.unaddressed.match(_norm(rest))
            and not _actors(w, rest[:30])
            and not attached
        ):
            continue  # "تطلب تزويد جميع البعثات": English "Requests that ... be provided"
        if w.that is not None and w.that.match(_norm(rest)) and not addressees(w, rest):
            continue  # "призывает к тому, чтобы ... учитывались": a that-clause naming no one
        who = addressees(w, rest)
        if (w.pronoun is not None and w.pronoun.match(_norm(rest))) or attached:
            # "и просит его", "وتطلب إليه", "并请其": the last actor named before
            before = _actors(w, text[:start])
            if attached and attached.group(2) in _PLURAL:
                # ("وتحثهم", "وتشجعهما": more than one; not the one Secretary-General)
                before = [b for b in before if b[1].kind not in _ONE]
            who = [before[-1][1]] if before else who
        out.append(_make(w, eid, mtype, lead, who, clause, doc))
    return out


# an attached pronoun for more than one ("هم", "هما") and the kinds of actor that are one person
_PLURAL = frozenset({"هم", "هما"})
_ONE = frozenset({"secretariat", "presiding_officer"})


def _paragraph(w: _Words, p: Paragraph, doc: Document) -> list[Mandate]:
    out = _clause_mandates(w, p.eid, p.text, p.items, doc)
    for it in leaves(p.items):
        if _lead(w, it.text) is not None:
            out.extend(_clause_mandates(w, it.eid, it.text, (), doc))
    return out


def mandates(doc: Document) -> list[Mandate]:
    """Every asking clause in the operative part of `doc`, a text in Russian, Arabic or
    Chinese, one mandate each, in paragraph order."""
    w = _words(doc.language or "")
    out: list[Mandate] = []
    for p in doc.operative:
        out.extend(_paragraph(w, p, doc))
    return out


__all__ = ["mandates", "clauses", "addressees", "SUPPORTED"]
