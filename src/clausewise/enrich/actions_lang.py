"""Where a French or Spanish clause's actions are cut: as English cuts its infinitives
(`enrich.mandates._actions`), by what each language's text shows of the cut (its words in
`clausewise.grammar.fr`/`es`: NEXT_ACTION, JOINED, PURPOSE, GOVERNED, LIGHT, DELIVERY,
NEXT_VERB ...). One job, split from `mandates_lang`, which reads what a clause asks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .words_lang import Words


def depth_ok(text: str, pos: int) -> bool:
    head = text[:pos]
    return (
        head.count("(") <= head.count(")")
        and head.count("«") <= head.count("»")
        and head.count("“") <= head.count("”") + head.count("ˮ")  # (a typo'd close in 75/241)
    )


def _marker(text: str) -> str:
    """The kind of word that opens an action: "de" (de, d’), "à"/"a", "que" (que, qu’, a que)."""
    t = text.lstrip(" ,;").lower()
    t = re.sub(r"^(?:et|y|ainsi\s+que|así\s+como|ou|o)\s+", "", t)
    if t.startswith(("qu", "a que")):
        return "que"
    if t.startswith(("de ", "d’", "d'")):
        return "de"
    return t[:1]


def _content(w: Words, text: str) -> int:
    """Words carrying content (not "de", "à", pronouns, adverbs in -ment/-mente)."""
    words = re.findall(r"[^\W\d_]+(?:[’'][^\W\d_]+)?", text.lower())
    return sum(1 for x in words if x not in w.light and not x.endswith(("ment", "mente")))


def actions(w: Words, rest: str) -> list[str]:
    """The actions of a clause, cut where English cuts its infinitives: each ", et de ...",
    "; à ...", " et d’étudier ..." that takes up the first action's own word ("de présenter
    ..., et de veiller"), not a verb's complement after an aside ("de s’employer, dans la
    mesure de leurs capacités, à soutenir ..."), not a second verb of one action ("d’élaborer
    et d’appliquer des mesures"), not what a purpose or a noun governs ("pour renforcer ... et
    de", "les moyens de ... et de"), not the delivery of what the action made ("et de le lui
    présenter"); a list joined by commas alone ends with "et" or ";". A bare "et de" (no
    comma) cuts only after an action of some length (`bare_content` words): French repeats
    "de" where English says "to take measures and support programmes".

    In Spanish, which seldom repeats "que", a further verb in the subjunctive cuts too
    (`_candidates`): in a list ("a que creen conciencia ..., informen ... y reaccionen ...")
    or after a comma (", y garanticen"), not a verb of the same few words ("a que promueva,
    apoye y posibilite"), not where the clause repeats "que" itself (the bare verb is then
    one action's second verb: "a que determinen ..., y les den ..., y a que amplíen")."""
    first = _marker(rest)
    cuts: list[tuple[int, bool]] = []
    last = 0
    at = _first_verb(w, rest) if first == "que" and w.next_verb is not None else None
    prev = at.end() if at else 0  # where the words since the last candidate begin
    listed = False  # a bare verb after a comma was cut: a list, ended by " y" and a verb
    marked = False  # the clause repeats its own word ("y que", "y a que")
    for start, end, verb in _candidates(w, rest, at):
        if not depth_ok(rest, start) or start < last:
            continue
        if not verb and _marker(rest[end:]) != first:
            continue
        between = rest[last:start]
        gap = rest[start:end]
        joined = bool(w.joined.match(gap))
        bare = gap[:1] not in ",;"  # "et de", "y que" with no comma
        since, prev = rest[prev:start], end
        if bare and (
            _content(w, between) < (2 if verb else w.bare_content)
            or w.purpose.search(between)
            or w.governed.search(between)
            or w.delivery.match(re.sub(r"^\s*(?:et|y|e)\s+", " ", gap) + rest[end:])
        ):
            continue
        if verb:
            if any(p.search(between) for p in (w.purpose, w.governed, w.verb_purpose)):
                continue
            if _content(w, since) < 2 or marked or (bare and not listed):
                continue
            listed = listed or not bare
        elif gap.strip()[:1] != ";" and _relative(w, rest[end:]):
            continue
        else:
            marked = True
        cuts.append((start, joined))
        last = end
    while cuts and not cuts[-1][1]:
        cuts.pop()
    out, start = [], 0
    for c, _ in cuts:
        out.append(rest[start:c])
        start = c
    out.append(rest[start:])
    return [
        re.sub(r"^\s*[,;]?\s*(?:(?:et|y|e|ainsi\s+que|así\s+como|o|ou)\s+)?", "", a).strip()
        for a in out
    ]


def _relative(w: Words, text: str) -> bool:
    """ ", que complementa la Convención", "y que ofrece orientaciones": a "que" whose verb is
    a known verb's indicative (not its subjunctive) opens a relative clause, not an action
    (Spanish; French marks its actions with "de" and "à")."""
    if w.next_verb is None:
        return False
    m = re.match(r"que\s+(?:(?:no|se|le|les|lo|la|los|las)\s+)*([^\W\d_]+)", text)
    return bool(m) and w.lang.module.indicative(m.group(1))


def _candidates(w: Words, rest: str, at: re.Match | None):
    """(start, where the action's words begin, bare verb) of each place a further action may
    begin, in order: the action's own word repeated (", et de", "; que"), and in Spanish a
    subjunctive after ", " or " y " agreeing in number with the first action's verb `at`
    ("a que prosiga ... y proporcione ...")."""
    found = [(m.start(), m.end(), False) for m in w.next_action.finditer(rest)]
    if at is not None and w.next_verb is not None:
        number = w.lang.module.subjunctive(at.group())
        for m in w.next_verb.finditer(rest, at.end()):
            if w.lang.module.subjunctive(m.group("verb")) == number:
                found.append((m.start(), m.start("verb"), True))
    return sorted(found)


def _first_verb(w: Words, rest: str) -> re.Match | None:
    """The first action's verb: "que presente", "a que, con arreglo a sus mandatos, lleven"
    (after an aside, the first verb after a comma: "que, hasta que se ponga fin ..., siga")."""
    aside = re.match(r"\s*(?:a\s+)?que\s*,", rest)
    for m in re.finditer(r"[^\W\d_]+", rest):
        if aside and not re.search(r",\s*$", rest[: m.start()]):
            continue
        if w.lang.module.subjunctive(m.group()) is not None:
            return m
    return None
