"""The header of a resolution in French, Spanish, Russian, Arabic or Chinese: the same
fields as `header.parse_header` reads in English, found by the wording of the language
(`clausewise.grammar`): "Soixante-quinzième session", "Tema 72 b) del programa",
"Резолюция, принятая Генеральной Ассамблеей 16 декабря 2020 года", "[بناء على تقرير
اللجنة الثالثة (A/75/478/Add.2)]", "议程项目72(b)".

Values are kept as the English record holds them, so that the six versions of a
resolution have one header: the body as a code (GA), the session and dates as numbers,
agenda items as "72 (b)" (a letter point in Latin letters, the Arabic "(ب)" too), the
committee by its English name. Russian, Arabic and Chinese mastheads write the
distribution and the date of issue in English ("Distr.: General", "28 December 2020"):
both are read either way.
"""

from __future__ import annotations

import re

from ..dates import iso_date as english_date
from ..grammar import Language, fold
from ..symbols import SYMBOL_RE, normalise
from .header import _NUMBERED_TITLE, Header, split_sponsors
from .lines import Line

_DISTR = re.compile(r"\bDistr\.?\s*:?\s*(\w+)", re.I)
_ARABIC_LETTERS = ["أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن"]
_AGENDA_ITEM = re.compile(r"(\d{1,3})\s*(?:\(?([a-z]{1,2}|[\u0621-\u064a])\))?")
# "… : projet de résolution" / "…: проект резолюции": sponsors before the colon
_AND = {"fr": " et ", "es": " y ", "ru": " и ", "ar": " و", "zh": "和"}


def parse_header(lines: list[Line], lang: Language) -> Header:
    h = Header()
    candidates: list[Line] = []
    for idx, line in enumerate(lines):
        t = line.text.strip()
        if not t:
            continue
        known = False
        body = lang.bodies.get(" ".join(fold(w) for w in t.split()))
        if body is not None:
            h.body = body  # (the Council's masthead names the Assembly first, then itself)
            continue
        if "distr" in t.casefold() and (m := _DISTR.search(t)) is not None:
            word = fold(m.group(1))
            h.distribution = lang.distribution.get(word, m.group(1).capitalize())
            rest = t[m.end() :]
            h.issued = h.issued or _date(rest, lang)
            if h.issued is None and idx + 1 < len(lines):
                h.issued = _date(lines[idx + 1].text, lang)
            continue
        if h.distribution and h.issued is None and _date_only(t, lang):
            h.issued = _date(t, lang)
            continue
        if _date_only(t, lang):
            continue
        if lang.adopted is not None and (m := lang.adopted.match(t)) is not None:
            h.status, h.doc_type = "adopted", "resolution"
            h.adopted = _date(m.group("date"), lang)
            named = lang.bodies.get(" ".join(fold(w) for w in m.group("body").split()))
            h.body = named or h.body
            continue
        if t.startswith("[") and t.endswith("]") and (syms := SYMBOL_RE.findall(t)):
            # "[sur la base du rapport de la Troisième Commission (A/75/478/Add.2)]", "[sans
            # renvoi à une grande commission (A/75/L.20)]": the origin, and the committee
            h.origin = normalise(syms[0])
            m = lang.origin.match(t) if lang.origin is not None else None
            named = lang.committee(m.group("by").strip() if m is not None else t)
            if named in lang.committees.values():
                h.committee = named
            continue
        if h.session is None and lang.session is not None:
            m = lang.session.search(t)
            if m is not None and (n := lang.ordinal(m.group("ord"))) is not None:
                h.session = n
                known = m.start() == 0 and len(t) < 80
        if not h.agenda_items and lang.agenda is not None:
            m = lang.agenda.search(t)
            if m is not None:
                h.agenda_items = _agenda(m.group("items"))
                known = known or m.start() == 0
        if lang.draft is not None and ":" in t.replace("：", ":"):
            who, _, what = t.replace("：", ":").rpartition(":")
            if lang.draft.search(what) and len(what) < 60:
                h.status = "draft"
                h.doc_type = "resolution"
                joiner = _AND.get(lang.code, " and ")
                h.sponsors = split_sponsors(who.replace("、", ", ").replace(joiner, " and "))
                continue
        if t[0].isdecimal() and not known and (m := _NUMBERED_TITLE.match(t)) is not None:
            h.number = re.sub(r"\s+", " ", m.group("num"))
            h.title = m.group("title").strip().lstrip("-– ").strip()
            h.title_markers = [mk for mk, _ in line.refs]
            continue
        sym = SYMBOL_RE.fullmatch(t) if "/" in t else None
        if sym:
            h.symbol = normalise(sym.group())
            continue
        if len(t) == 1 and t.isupper():
            h.part = t
            continue
        if not known:
            candidates.append(line)
    if h.title is None and candidates:
        last = candidates[-1]
        if len(last.text) < 400:
            h.title = last.text
            h.title_markers = [mk for mk, _ in last.refs]
    for line in lines:
        h.header_markers.extend(mk for mk, _ in line.refs)
    return h


def _date(text: str, lang: Language) -> str | None:
    return lang.iso_date(text) or english_date(text)


def _date_only(text: str, lang: Language) -> bool:
    """A line that holds a date and little else."""
    if len(text) > 40 or _date(text, lang) is None:
        return False
    return not any(c.isalpha() for c in re.sub(r"[^\W\d_]+", "", text)) and len(text.split()) <= 6


def _agenda(raw: str) -> list[str]:
    """ "72 b)" -> ["72 (b)"]; "72 (ب)" -> ["72 (b)"]; "139 et 151" -> ["139", "151"]."""
    out = []
    for m in _AGENDA_ITEM.finditer(raw):
        num, sub = m.group(1), m.group(2)
        if sub and sub in _ARABIC_LETTERS:
            sub = chr(ord("a") + _ARABIC_LETTERS.index(sub))
        out.append(f"{num} ({sub})" if sub else num)
    return out
