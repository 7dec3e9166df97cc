"""Short human labels shared by the renderers: where a paragraph stands, what happened."""

from __future__ import annotations

from .model import DELETED, INSERTED, MERGED, MOVED, SPLIT, Change, Side

_PART = {"preamble": "PP", "operative": "OP", "annex": "Annex"}

# The redline's own words in the language of the versions compared, so that two French
# versions give a French redline: where a paragraph stands (as each language's UN texts
# refer to paragraphs: "par. 15", "al. 3 du préambule"), what happened to it, the headings.
WORDS: dict[str, dict[str, str]] = {
    "en": {"identical": "The two versions are identical."},
    "fr": {
        "preamble": "Al. {n} du préambule", "operative": "Par. {n}", "annex": "Annexe {n}",
        "inserted": "inséré", "deleted": "supprimé", "modified": "modifié",
        "moved": "déplacé", "renumbered": "renuméroté", "split": "scindé",
        "merged": "fusionné", "unchanged": "inchangé", "and modified": "et modifié",
        "Header": "En-tête", "Paragraphs": "Paragraphes", "Footnotes": "Notes",
        "Summary": "Résumé", "Legend": "Légende", "on": "sur",
        "identical": "Les deux versions sont identiques.",
        "inserted words": "mots insérés", "deleted words": "mots supprimés",
        "Inline": "Dans le texte", "Side by side": "Côte à côte",
    },
    "es": {
        "preamble": "Párr. {n} del preámbulo", "operative": "Párr. {n}", "annex": "Anexo {n}",
        "inserted": "insertado", "deleted": "suprimido", "modified": "modificado",
        "moved": "trasladado", "renumbered": "renumerado", "split": "dividido",
        "merged": "fusionado", "unchanged": "sin cambios", "and modified": "y modificado",
        "Header": "Encabezado", "Paragraphs": "Párrafos", "Footnotes": "Notas",
        "Summary": "Resumen", "Legend": "Leyenda", "on": "en",
        "identical": "Las dos versiones son idénticas.",
        "inserted words": "palabras insertadas", "deleted words": "palabras suprimidas",
        "Inline": "En el texto", "Side by side": "Lado a lado",
    },
    "ru": {
        "preamble": "Абз. {n} преамбулы", "operative": "П. {n}", "annex": "Приложение {n}",
        "inserted": "вставлен", "deleted": "исключен", "modified": "изменен",
        "moved": "перемещен", "renumbered": "перенумерован", "split": "разделен",
        "merged": "объединен", "unchanged": "без изменений", "and modified": "и изменен",
        "Header": "Шапка", "Paragraphs": "Пункты", "Footnotes": "Сноски",
        "Summary": "Сводка", "Legend": "Условные обозначения", "on": "в",
        "identical": "Обе версии совпадают.",
        "inserted words": "вставленные слова", "deleted words": "исключенные слова",
        "Inline": "В тексте", "Side by side": "Рядом",
    },
    "ar": {
        "preamble": "الفقرة {n} من الديباجة", "operative": "الفقرة {n}", "annex": "المرفق {n}",
        "inserted": "أُدرجت", "deleted": "حُذفت", "modified": "عُدّلت", "moved": "نُقلت",
        "renumbered": "أعيد ترقيمها", "split": "قُسّمت", "merged": "دُمجت",
        "unchanged": "دون تغيير", "and modified": "وعُدّلت",
        "Header": "الترويسة", "Paragraphs": "الفقرات", "Footnotes": "الحواشي",
        "Summary": "ملخص", "Legend": "مفتاح", "on": "في",
        "identical": "النسختان متطابقتان.",
        "inserted words": "كلمات مدرجة", "deleted words": "كلمات محذوفة",
        "Inline": "في النص", "Side by side": "جنبا إلى جنب",
    },
    "zh": {
        "preamble": "序言部分第{n}段", "operative": "第{n}段", "annex": "附件{n}",
        "inserted": "插入", "deleted": "删除", "modified": "修改", "moved": "移动",
        "renumbered": "重新编号", "split": "拆分", "merged": "合并", "unchanged": "未改动",
        "and modified": "并修改",
        "Header": "文件头", "Paragraphs": "段落", "Footnotes": "脚注",
        "Summary": "摘要", "Legend": "图例", "on": "位于",
        "identical": "两个版本完全相同。",
        "inserted words": "插入的文字", "deleted words": "删除的文字",
        "Inline": "文内", "Side by side": "并列",
    },
}  # fmt: skip


def language_of(c) -> str | None:
    """The language a comparison speaks: its versions', when they share one."""
    lang = c.new.language
    return lang if lang == c.old.language and lang in WORDS else None


def word(key: str, lang: str | None) -> str:
    return WORDS.get(lang or "en", {}).get(key, key)


def place(s: Side, order: int | None = None, lang: str | None = None) -> str:
    """ "OP 15", "PP 12" (preambular paragraphs are counted, not numbered), "Annex 3"; in
    another language as its texts say it ("Par. 15", "Al. 12 du préambule")."""
    n = s.num if s.num else (order if order is not None else s.eid)
    fmt = WORDS.get(lang or "en", {}).get(s.part)
    if fmt is not None:
        return fmt.format(n=n)
    return f"{_PART[s.part]} {n}"


def preamble_orders(changes: tuple[Change, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """Position (1-based) of each unnumbered paragraph in its part, old and new, by eid."""
    old: dict[str, int] = {}
    new: dict[str, int] = {}
    for table, sides in (
        (old, sorted({c.old for c in changes if c.old} | _parts(changes, MERGED), key=_idx)),
        (new, sorted({c.new for c in changes if c.new} | _parts(changes, SPLIT), key=_idx)),
    ):
        count: dict[str, int] = {}
        for s in sides:
            count[s.part] = count.get(s.part, 0) + 1
            table[s.eid] = count[s.part]
    return old, new


def _idx(s: Side) -> int:
    return s.index


def _parts(changes, kind) -> set[Side]:
    return {p for c in changes if c.type == kind for p in c.parts}


def describe(
    c: Change, old_order: dict[str, int], new_order: dict[str, int], lang: str | None = None
) -> str:
    """One line: "OP 15 -> OP 16 renumbered", "PP 12 modified", "OP 10 -> PP 13 moved"
    (in French "Par. 15 → Par. 16 renuméroté")."""

    def lab(s: Side | None, table) -> str:
        return place(s, table.get(s.eid), lang) if s else ""

    o, n = lab(c.old, old_order), lab(c.new, new_order)
    extra = ""
    if c.type == SPLIT:
        n = " + ".join(lab(s, new_order) for s in (c.new, *c.parts))
    elif c.type == MERGED:
        o = " + ".join(lab(s, old_order) for s in (c.old, *c.parts))
    if c.type == MOVED and c.edited:
        extra = " " + word("and modified", lang)
    kind = word(c.type, lang)
    if c.type == INSERTED:
        return f"{n} {kind}"
    if c.type == DELETED:
        return f"{o} {kind}"
    if o == n:
        return f"{n} {kind}"
    return f"{o} \u2192 {n} {kind}{extra}"


HERE, FROM = "here", "from"


def with_sources(changes: tuple[Change, ...]) -> list[tuple[str, Change]]:
    """The changes in reading order, plus a ("from", change) entry for each moved paragraph
    at the place it left (after the nearest earlier old paragraph that stayed put), so a
    renderer can show both ends of a move."""
    seq: list[tuple[str, Change]] = [(HERE, c) for c in changes]
    moved = sorted((c for c in changes if c.type == MOVED), key=lambda c: c.old.index)
    for c in moved:
        at = -1
        best = -1
        for i, (role, d) in enumerate(seq):
            if role == HERE and d.old and d.type != MOVED and best < d.old.index < c.old.index:
                at, best = i, d.old.index
        at += 1
        # after any deletions standing right there, and earlier sources
        while at < len(seq) and (
            (seq[at][0] == FROM and seq[at][1].old.index < c.old.index)
            or (seq[at][1].type == DELETED and seq[at][1].old.index < c.old.index)
        ):
            at += 1
        seq.insert(at, (FROM, c))
    return seq


def name(d) -> str:
    """A version's name: its symbol, else its status and date ("draft of 2017-10-30")."""
    if d.symbol:
        return d.symbol
    date = d.dates.adopted or d.dates.issued
    return f"{d.status} of {date}" if date else d.status


def footnote_place(c, f) -> str:
    """Where a footnote hangs, as a reader says it: "OP 15", "PP 3", "header"."""
    eid = f.paragraph
    if not eid or eid == "header":
        return eid or "nowhere"
    old_order, new_order = preamble_orders(c.changes)
    for ch in c.changes:
        for s, table in ((ch.new, new_order), (ch.old, old_order)):
            if s and s.eid == eid and (f.new is None) == (s is ch.old):
                return place(s, table.get(s.eid), language_of(c))
    return eid
