"""The grammar of each official language, as data beside one engine.

`clausewise.lexicon` is English's (compiled: the corpus is English); French, Spanish,
Russian, Arabic and Chinese each have a module here holding their words: the lead
grammar's verbs, adjectives, adverbs and phrases of manner (with the English lemma each
verb says), the formula and the names of bodies, months and ordinal numbers, and the
masthead's wording (session, agenda item, adoption, origin, distribution, meeting line).
`language(code)` builds a `Language` from its module once; structure, the AKN reader,
mandates and search read a language only through it. Structure itself (numbering,
sub-items, footnotes) is the same in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from types import ModuleType

from ..lexicon import Lead, match_lead
from .engine import ANY, OPERATIVE, PREAMBULAR, Head, LeadGrammar, fold, phrases

__all__ = ["CODES", "Language", "detect", "fold", "language"]

CODES = ("en", "fr", "es", "ru", "ar", "zh")
_MODULES = {"fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh": "zh"}


@dataclass(frozen=True)
class Language:
    code: str
    module: ModuleType | None  # None for English (the lexicon and the structure patterns)
    leads: LeadGrammar | None
    formula: re.Pattern | None  # a formula line; group "body": the body's name as written
    bodies: dict[str, str]  # a body's name as the language writes it -> GA, HRC ...
    date: re.Pattern | None
    months: dict[str, int]
    session: re.Pattern | None
    meeting: re.Pattern | None
    adopted: re.Pattern | None
    agenda: re.Pattern | None
    origin: re.Pattern | None
    committees: dict[str, str]
    distribution: dict[str, str]
    annex: re.Pattern | None
    draft: re.Pattern | None

    def match_lead(self, text: str) -> Lead | None:
        if self.leads is None:
            return match_lead(text)
        return self.leads.match(text)

    def iso_date(self, text: str) -> str | None:
        """The first date the text writes, as ISO."""
        if self.date is None:
            from ..dates import iso_date

            return iso_date(text)
        m = self.date.search(text)
        if m is None:
            return None
        month = self.months.get(_fold_name(m.group("m")))
        day, year = int(m.group("d")), int(m.group("y"))
        if month is None or not 1 <= day <= 31:
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"

    def ordinal(self, words: str) -> int | None:
        """ "soixante-quinzième" -> 75 (the session ordinals the language writes)."""
        if self.module is None:
            from ..ordinals import ordinal_value

            return ordinal_value(words)
        return self.module.ordinal(words)

    def body_of_formula(self, line: str) -> str | None:
        """GA, HRC ... when `line` is the language's formula ("L’Assemblée générale,")."""
        if self.formula is None:
            return None
        m = self.formula.match(line.strip())
        if m is None:
            return None
        return self.bodies.get(_fold_name(m.group("body")))

    def committee(self, name: str) -> str:
        """A committee's name in English ("Troisième Commission" -> "Third Committee"), found
        in a name as written ("La Comisión Política Especial ...", "Третий комитет")."""
        folded = _fold_name(name)
        if folded in self.committees:
            return self.committees[folded]
        for key in sorted(self.committees, key=len, reverse=True):
            if key in folded or (len(folded) > 6 and folded in key):
                return self.committees[key]
        return name


def _fold_name(name: str) -> str:
    return " ".join(fold(w) for w in name.split())


def _grammar(mod: ModuleType) -> LeadGrammar:
    g = LeadGrammar(chars=getattr(mod, "CHARS", False), capital=getattr(mod, "CAPITAL", False))
    agree = getattr(mod, "agree", lambda a: [a])
    adjectives: list[tuple[str, str]] = []
    for line in getattr(mod, "ADJECTIVES", "").strip().splitlines():
        lemma, words = line.split(":", 1)
        for adj in words.split():
            for form in agree(adj):
                adjectives.append((lemma.strip(), form))
    for lemma, form in adjectives:
        words = tuple(fold(w) for w in form.split())
        g.adjectives.add(words)
        g.add_head(words, Head(lemma, PREAMBULAR))

    def forms(slot: str) -> list[tuple[str, ...]]:
        return [
            tuple(fold(w) for w in f.split()) for f in slot.split(",") if f.strip() not in ("", "-")
        ]

    for line in mod.VERBS.strip().splitlines():
        lemma, rest = (s.strip() for s in line.split(":", 1))
        pre, _, op = rest.partition("/")
        for words in forms(pre):
            g.add_head(words, Head(lemma, PREAMBULAR if op.strip() else ANY))
        for words in forms(op):
            g.add_head(words, Head(lemma, OPERATIVE))
    for line in getattr(mod, "ANY", "").strip().splitlines():  # forms of both parts
        lemma, rest = (s.strip() for s in line.split(":", 1))
        for words in forms(rest.replace(" ", ",") if g.chars else rest):
            g.add_head(words, Head(lemma, ANY))
    for line in getattr(mod, "NEEDS", "").strip().splitlines():
        lemma_forms, _, comps = line.partition("|")
        lemma, rest = (s.strip() for s in lemma_forms.split(":", 1))
        pre, _, op = rest.partition("/")
        needs = tuple(phrases(comps))
        for words in forms(pre):
            g.add_head(words, Head(lemma, PREAMBULAR, needs))
        for words in forms(op):
            g.add_head(words, Head(lemma, OPERATIVE, needs))

    def words(name: str, default: str = "") -> set[tuple[str, ...]]:
        text = getattr(mod, name, default)
        if g.chars:  # (no spaces in the language: each item is one word)
            return {(fold(w),) for w in text.split()}
        return set(phrases(text))

    g.pre = words("PRE")
    g.post = words("POST", getattr(mod, "PRE", ""))
    g.manner = words("MANNER")
    g.manner_preps = {fold(w) for w in getattr(mod, "MANNER_PREPS", "").split()}
    g.manner_articles = {fold(w) for w in getattr(mod, "MANNER_ARTICLES", "").split()}
    g.manner_mods = {fold(w) for w in getattr(mod, "MANNER_MODS", "").split()}
    g.manner_nouns = {fold(w) for w in getattr(mod, "MANNER_NOUNS", "").split()}
    g.objects = set(phrases(getattr(mod, "OBJECTS", "")))
    return g.finish()


def _alternation(names) -> str:
    return "|".join(
        sorted((re.escape(n).replace("’", "[’']") for n in names), key=len, reverse=True)
    )


@cache
def language(code: str | None) -> Language:
    """The language of an ISO 639-1 code (English for None or an unknown code)."""
    if code not in _MODULES:
        return Language(
            "en", None, None, None, {}, None, {}, None, None, None, None, None, {}, {}, None, None
        )
    mod = import_module(f"{__name__}.{_MODULES[code]}")
    bodies = {_fold_name(k): v for k, v in mod.BODIES.items()}
    bodies.update({_fold_name(v): k for k, v in mod.FORMULAS.items()})
    formula = re.compile(
        r"^[«“\"]?(?P<body>"
        + _alternation(mod.FORMULAS.values())
        + r")\s*(?:"
        + mod.FORMULA_END
        # (a formula may lose its comma, "La Asamblea General", where the masthead cannot
        # be taken for it: in Russian and Chinese the masthead names the body in the same
        # words, "Генеральная Ассамблея", "大会", and only the comma tells the formula)
        + (r")?$" if getattr(mod, "FORMULA_ARTICLE", False) else r")$"),
        re.I,
    )
    # (a month of two words, "كانون الأول/ديسمبر", is written with "_" in the list, so that
    # the list splits on spaces; in a text any space may stand there)
    names = mod.MONTHS.split()
    months = {_fold_name(m.replace("_", " ")): i + 1 for i, m in enumerate(names)}
    month_alt = "|".join(
        sorted((re.escape(m).replace("_", r"\s+") for m in names), key=len, reverse=True)
    )
    date = re.compile(mod.DATE.replace("MONTH", month_alt), re.I)

    def opt(name: str, flags: int = re.I) -> re.Pattern | None:
        value = getattr(mod, name, None)
        return re.compile(value, flags) if value else None

    return Language(
        code=code,
        module=mod,
        leads=_grammar(mod),
        formula=formula,
        bodies=bodies,
        date=date,
        months=months,
        session=opt("SESSION"),
        meeting=opt("MEETING"),
        adopted=opt("ADOPTED"),
        agenda=opt("AGENDA"),
        origin=opt("ORIGIN"),
        committees={_fold_name(k): v for k, v in mod.COMMITTEES.items()},
        distribution={fold(k): v for k, v in mod.DISTRIBUTION.items()},
        annex=opt("ANNEX"),
        draft=opt("DRAFT"),
    )


_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
)
_LATIN = re.compile(r"[^\W\d_]")


@cache
def _any_formula() -> re.Pattern:
    """One pattern for the five languages' formulas: most texts have none, and one search
    per line says so."""
    parts = [
        re.sub(r"\(\?P<\w+>", "(?:", language(code).formula.pattern.strip("^$"))  # type: ignore[union-attr]
        for code in _MODULES
    ]
    return re.compile("^(?:" + "|".join(f"(?:{p})" for p in parts) + ")$", re.I)


def detect(lines: list[str]) -> str | None:
    """The language of a text from its opening lines: a formula says it; else the script
    of most letters (Cyrillic, Arabic, Chinese); else None (the English reader decides)."""
    any_formula = _any_formula()
    for t in lines:
        if len(t) < 90 and any_formula.match(t.strip()):
            for code in _MODULES:
                if language(code).body_of_formula(t):
                    return code
    joined = "\n".join(lines)
    if joined.isascii():
        return None
    counts = {code: len(pattern.findall(joined)) for code, pattern in _SCRIPTS}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] == 0 or counts[best] * 2 < len(_LATIN.findall(joined)):
        return None  # mostly Latin letters: English, the reader's own
    return best
