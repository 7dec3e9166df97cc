"""A language's mandate words (`clausewise.grammar.fr`/`es`: the actors it names, the words
that open an action, a report, a due session ...), compiled once per language: what
`mandates_lang`, `addressees_lang`, `that_lang` and `actions_lang` read French and Spanish
with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..grammar import Language, language
from ..lexicon import Lead
from ..model import Addressee


@dataclass(frozen=True)
class Words:
    """A language's mandate words, compiled."""

    lang: Language
    action: re.Pattern
    next_action: re.Pattern
    gap: re.Pattern
    call_names: re.Pattern
    remain: re.Pattern
    cont: re.Pattern
    decide_acts: re.Pattern
    due: re.Pattern
    report: re.Pattern
    actors: tuple[tuple[re.Pattern, Addressee], ...]
    joined: re.Pattern
    purpose: re.Pattern
    governed: re.Pattern
    delivery: re.Pattern
    light: frozenset[str]
    bare_content: int  # words an action needs before a bare "et de" / "y que" cuts
    next_verb: re.Pattern | None  # a further action's bare verb ("y proporcione"), group "verb"
    verb_purpose: re.Pattern  # after it a bare verb goes on with the purpose ("para que puedan")
    clitic: re.Pattern
    self_executing: re.Pattern
    restated: re.Pattern  # group "noun": a restated ask's noun, a key of `restated_type`
    restated_type: dict[str, str]


@cache
def words_for(code: str) -> Words:
    lang = language(code)
    mod = lang.module
    actors = []
    for line in mod.ADDRESSEES.strip().splitlines():
        name, _, rest = line.partition("=")
        english, _, kind = rest.partition("|")
        # (an apostrophe either way, a hyphen or a non-breaking one: "Haut‑Commissariat")
        words = [re.escape(w).replace("’", "[’']").replace(r"\-", "[-‑]") for w in name.split()]
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I)
        actors.append((pattern, Addressee(english.strip(), kind.strip())))
    actors.sort(key=lambda x: len(x[0].pattern), reverse=True)
    return Words(
        lang=lang,
        action=re.compile(mod.ACTION_MARK, re.I),
        next_action=re.compile(mod.NEXT_ACTION, re.I),
        gap=re.compile(mod.CLAUSE_GAP, re.I),
        call_names=re.compile(mod.CALL_NAMES, re.I),
        remain=re.compile(mod.REMAIN_SEIZED, re.I),
        cont=re.compile(mod.CONTINUE, re.I),
        decide_acts=re.compile(mod.DECIDE_ACTS, re.I),
        due=re.compile(mod.DUE, re.I),
        report=re.compile(mod.REPORT, re.I),
        actors=tuple(actors),
        joined=re.compile(mod.JOINED, re.I),
        purpose=re.compile(mod.PURPOSE, re.I),
        governed=re.compile(mod.GOVERNED, re.I),
        delivery=re.compile(mod.DELIVERY, re.I),
        light=frozenset(mod.LIGHT.split()),
        bare_content=mod.BARE_CONTENT,
        next_verb=re.compile(mod.NEXT_VERB, re.I) if hasattr(mod, "NEXT_VERB") else None,
        verb_purpose=re.compile(getattr(mod, "VERB_PURPOSE", mod.PURPOSE), re.I),
        clitic=re.compile(mod.CLITIC_LEAD, re.I),
        self_executing=re.compile(mod.SELF_EXECUTING, re.I),
        restated=re.compile(
            mod.RESTATED_OPEN + r"(?P<noun>" + "|".join(mod.RESTATED) + r")(?:e?s)?\b", re.I
        ),
        restated_type={k: v for k, v in mod.RESTATED.items()},
    )


def verb_lead(w: Words, text: str) -> Lead | None:
    """The operative verb opening `text`, capital or not (a clause mid-sentence)."""
    g = w.lang.leads
    assert g is not None
    if g.capital and text[:1].islower():
        text = text[:1].upper() + text[1:]
    return g.match(text)
