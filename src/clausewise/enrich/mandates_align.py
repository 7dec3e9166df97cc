"""One resolution's mandates across its language versions.

The six versions are parallel (the same paragraphs and points, the same eIds), so a mandate
is the work's, not a language's: its place is (paragraph or point eId, ordinal among that
place's mandates). How many actions a clause holds is not: English cuts where "to" is
repeated ("to provide ..., support ... and to strengthen" is two), French repeats "de"
before every infinitive ("de fournir ..., de soutenir ... et de renforcer", three) and
Spanish rarely repeats "que" ("que apliquen ... y las usen", one). Measured on the UN's
files, no reading of one language's punctuation gives the other's count (see
scripts/mandates_lang_agreement.py). So a version read beside its English takes the
English reading's cut into mandates, and fills each with its own words:

- in each operative paragraph both readings ask someone in, each English mandate is paired
  with the version's mandate at the same point (or paragraph), in order: the version's
  clause (`text`), action, verb, addressees, due and report_to, read in its own language;
  type and place are the English mandate's (one mandate, one type);
- a paragraph where only one reading finds a mandate stays unpaired: the English mandate
  has no wording in that language, the version's own mandate keeps its own place. These
  are what the agreement counts measure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Mandate


def _top(eid: str) -> str:
    return eid.split("__")[0]


def _groups(found: Sequence[Mandate]) -> dict[str, list[Mandate]]:
    out: dict[str, list[Mandate]] = {}
    for m in found:
        out.setdefault(_top(m.paragraph), []).append(m)
    return out


def _partner(e: Mandate, i: int, english: list[Mandate], other: list[Mandate]) -> Mandate:
    """The version's mandate for the i-th English mandate of a paragraph."""
    if len(english) == len(other):
        return other[i]
    same = [o for o in other if o.paragraph == e.paragraph]
    if same:
        k = sum(1 for x in english[:i] if x.paragraph == e.paragraph)
        n = sum(1 for x in english if x.paragraph == e.paragraph)
        return same[k * len(same) // n]
    return other[i * len(other) // len(english)]


def pair(
    english: Sequence[Mandate], other: Sequence[Mandate]
) -> list[tuple[Mandate | None, Mandate | None]]:
    """(English mandate, the version's) in the English order; a paragraph only one reading
    asks in gives (e, None) or (None, o), the latter after the English paragraph before it."""
    mine, theirs = _groups(english), _groups(other)
    out: list[tuple[Mandate | None, Mandate | None]] = []
    order = list(dict.fromkeys([_top(m.paragraph) for m in english] + list(theirs)))
    for place in order:
        es, os_ = mine.get(place, []), theirs.get(place, [])
        if not es:
            out.extend((None, o) for o in os_)
        elif not os_:
            out.extend((e, None) for e in es)
        else:
            out.extend((e, _partner(e, i, es, os_)) for i, e in enumerate(es))
    return out


def renamed(found: Sequence[Mandate], eids: dict[str, str]) -> list[Mandate]:
    """`found` with each mandate's place renamed by `eids` (a version's eIds -> its English
    version's, where the markups number them otherwise: `versions.eids_onto`)."""
    if not eids:
        return list(found)
    return [replace(m, paragraph=eids.get(m.paragraph, m.paragraph)) for m in found]


def beside(english: Sequence[Mandate], other: Sequence[Mandate]) -> list[Mandate]:
    """The version's mandates cut as the English reading cuts them: one per English mandate
    the version reads too (at the English mandate's place, with its type), and the
    version's own where the English reads none."""
    out = []
    for e, o in pair(english, other):
        if o is None:
            continue
        out.append(o if e is None else replace(o, paragraph=e.paragraph, type=e.type))
    return out
