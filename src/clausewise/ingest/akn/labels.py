"""Sub-point labels as the six language versions write them, and the order they run in.

English and Chinese write "(a)", French, Spanish and Russian "a)" (Russian files sometimes
with a Cyrillic "а" that looks the same), Arabic "(أ)" in the order of the abjad; the level
below is "(i)" in English, "㈠" in Chinese and "’1‘" in Arabic. A label is read into its
kind and its place in the sequence, so that "(b)" after "(a)" and "(ب)" after "(أ)" are
the same step, and a point's eId is the same in every language ("point_b", "point_ii").
"""

from __future__ import annotations

import re

from ...structure.body import roman_value

_CJK_PAREN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_CJK_DIGITS = "一二三四五六七八九"
# the Arabic letters in the order Arabic lists run (abjad: a, b, j, d, h, w, z, ...)
_ABJAD = ["أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف"]
_ABJAD += ["ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]
_ARABIC_SPELLING = {"هـ": "ه", "ا": "أ", "إ": "أ", "آ": "أ"}
# Cyrillic letters typed for the Latin ones they look like
_HOMOGLYPHS = str.maketrans("абсевікмнорстухАВСЕНІКМОРТХ", "abcevikmhopctyxABCEHIKMOPTX")

LABEL = re.compile(
    r"^(?:\((?P<p>[^\W\d_]{1,4}|\d{1,2}|(?P<a>[\u0621-\u064a]) (?P=a))\)"  # (a) (iv) (12) (أ) (十一) (أ أ)
    r"|(?P<r>[^\W\d_]{1,4}|\d{1,2})\)"  # a) iv) 1)
    r"|[’‘'`]\s?(?P<q>\d{1,2})\s?[’‘'`]"  # ’1‘ (Arabic, the level under (أ))
    r"|(?P<c>[㈠-㈩]))"  # ㈠ (Chinese, the level under (a))
    r"\s*"
)


def split_label(text: str) -> tuple[str, int] | None:
    """(label, where the text after it starts), or None when `text` opens with none."""
    m = LABEL.match(text)
    if m is None:
        return None
    label = m.group("p") or m.group("r") or m.group("c")
    if label is None:
        label = f"’{m.group('q')}‘"
    return label, m.end()


def label_of(num: str) -> str | None:
    """A `num` element's text as a label ("(a)" -> "a"), or None if it is not one."""
    got = split_label(num.strip())
    return got[0] if got and got[1] >= len(num.strip()) else None


def kind_of(label: str) -> str:
    """The kind of list a label opens, as the text reader tells it ("i" opens a roman list;
    "ii" after "i" continues one, read by the list's own kind)."""
    if not label:
        return "bullet"
    if label.startswith("’") or label[0] in _CJK_PAREN or label[0] in _CJK_DIGITS + "十":
        return "roman"
    if not label.replace(" ", "").isalnum():  # ("أ أ", the Arabic for "aa", is a letter)
        return "bullet"
    if label.isdigit():
        return "digit"
    latin = label.translate(_HOMOGLYPHS)
    roman = latin == "i" or (len(latin) > 1 and roman_value(latin) and latin[0] != latin[-1])
    return "roman" if latin.isascii() and roman else "alpha"


def value_of(label: str, kind: str) -> int | None:
    """The label's place in a list of its kind: a = 1, ii = 2, ب = 2, ㈢ = 3."""
    if kind == "digit":
        return int(label) if label.isdigit() else None
    if kind == "roman":
        if label.startswith("’"):
            return int(label.strip("’‘"))
        if label[0] in _CJK_PAREN:
            return _CJK_PAREN.index(label[0]) + 1
        if label[0] in _CJK_DIGITS + "十":
            return _cjk_number(label)
        return roman_value(label.translate(_HOMOGLYPHS))
    if kind == "alpha":
        latin = label.translate(_HOMOGLYPHS).lower()
        if latin.isascii() and latin.isalpha():
            if len(latin) == 1:
                return ord(latin) - 96
            if len(set(latin)) == 1:  # aa, bb: after z
                return 26 * (len(latin) - 1) + ord(latin[0]) - 96
            return None
        twice = len(label) == 3 and label[1] == " " and label[0] == label[2]  # "أ أ": after غ
        arabic = _ARABIC_SPELLING.get(label[0] if twice else label, label[0] if twice else label)
        if arabic not in _ABJAD:
            return None
        return _ABJAD.index(arabic) + 1 + (len(_ABJAD) if twice else 0)
    return None


def follows(last: str, kind: str, label: str) -> bool:
    """Does `label` come right after `last` in a list of `kind`?"""
    if kind == "bullet":
        return label == last
    a, b = value_of(last, kind), value_of(label, kind)
    return a is not None and b is not None and b == a + 1


def eid_label(label: str, kind: str, position: int) -> str:
    """The label as an eId writes it, the same in every language: "b", "ii", "3"."""
    value = value_of(label, kind)
    if kind == "roman" and value:
        return _to_roman(value)
    if kind == "alpha" and value:
        return _letters(value)
    if kind == "digit" and value is not None:
        return str(value)
    return str(position)


def _letters(n: int) -> str:
    if n <= 26:
        return chr(96 + n)
    return chr(96 + (n - 1) % 26 + 1) * ((n - 1) // 26 + 1)


def _to_roman(n: int) -> str:
    out = []
    for v, s in (
        (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"),
        (1, "i"),
    ):  # fmt: skip
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _cjk_number(text: str) -> int | None:
    """一 .. 九十九."""
    if "十" not in text:
        return _CJK_DIGITS.index(text) + 1 if text in _CJK_DIGITS else None
    tens, _, units = text.partition("十")
    t = (_CJK_DIGITS.index(tens) + 1) if tens in _CJK_DIGITS else (1 if not tens else None)
    u = (_CJK_DIGITS.index(units) + 1) if units in _CJK_DIGITS else (0 if not units else None)
    return None if t is None or u is None else 10 * t + u
