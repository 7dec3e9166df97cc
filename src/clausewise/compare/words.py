"""Word-level diff of two paragraph texts, as phrases a person can read.

Tokens are words (with their inner hyphens and apostrophes) and punctuation; whitespace
rides along with the token before it. rapidfuzz's Indel opcodes (an LCS alignment in C)
do the alignment; a cleanup pass then absorbs short unchanged islands between two changes,
so "for further progress" -> "for more rapid progress" reads as one replacement, not as
scattered words. Typographic quotes and dashes compare equal to their plain forms, so they
never show as edits.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

# inner hyphens of every kind stay in the word, so "2008–2017" and "2008-2017" tokenise alike;
# "65/214" and "3.5" are one token each (a changed resolution number reads as one change)
# (Chinese has no spaces: each character is a token, so a changed word reads as itself)
_TOKEN = re.compile(
    r"\d+(?:[./]\d+)+\s*|[\u3400-\u9fff\uf900-\ufaff]\s*|\w+(?:[’'\-–‑]\w+)*\s*|[^\w\s]\s*|\s+"
)
_FOLD = str.maketrans(
    {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‑": "-", "\u00a0": " "}
)

EQUAL, INSERT, DELETE = "=", "+", "-"


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


_FOLDABLE = re.compile("[“”‘’–—‑\u00a0]")


def fold(text: str) -> str:
    """Typographic quotes, dashes and no-break spaces as their plain forms (translate is
    slow on long strings, so only when there is something to fold)."""
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


def _key(tok: str) -> str:
    return tok.strip().translate(_FOLD)


def _keys(text: str, toks: list[str]) -> list[str]:
    """Keys of all tokens at once: folding is one character for one, so tokenising the
    folded text gives the same boundaries (checked; token by token otherwise)."""
    folded = _TOKEN.findall(fold(text))
    if len(folded) == len(toks):
        return [t.strip() for t in folded]
    return [_key(t) for t in toks]


def diff_words(old: str, new: str) -> list[tuple[str, str]]:
    """Segments (op, text), op in "=", "+", "-": the "=" and "+" texts joined give `new`;
    the "=" and "-" texts give `old` up to typographic variants and spacing (an "=" segment
    is written as in `new`: a curly quote against a straight one is not an edit)."""
    return _segments(
        [(op, "".join(dst if op != DELETE else src)) for op, src, dst in diff_tokens(old, new)]
    )


def diff_tokens(old: str, new: str) -> list[tuple[str, list[str], list[str]]]:
    """The same diff with both sides kept: (op, old tokens, new tokens). In an "=" segment
    the two lists pair one to one and differ at most in spacing and typography, which a
    renderer that must rebuild both texts exactly (Word's tracked changes) needs."""
    a, b = tokens(old), tokens(new)
    ka, kb = _keys(old, a), _keys(new, b)
    raw: list[tuple[str, list[str], list[str]]] = []  # (op, old tokens, new tokens)
    for op in Indel.opcodes(ka, kb):
        src, dst = a[op.src_start : op.src_end], b[op.dest_start : op.dest_end]
        if op.tag == "equal":
            raw.append((EQUAL, src, dst))
        elif op.tag == "insert":
            raw.append((INSERT, [], dst))
        else:
            raw.append((DELETE, src, []))
    return _cleanup(raw)


def diff_exact(old: str, new: str, spacing: bool = True) -> list[tuple[str, str]]:
    """Like `diff_words`, but "=" + "-" rebuild `old` exactly and "=" + "+" rebuild `new`
    exactly, save typography (a curly against a straight quote is written as in `new`,
    unmarked: not an edit). A word whose trailing space differs gets the space marked, or a
    rejected change would glue two words ("2009and"). With `spacing=False` a space-only
    change standing alone between unchanged words is written as in `new`, unmarked: that
    is the reader's form; Word's tracked changes need the exact one."""
    out: list[tuple[str, str]] = []
    for op, src, dst in diff_tokens(old, new):
        if op == DELETE:
            out.append((DELETE, "".join(src)))
        elif op == INSERT:
            out.append((INSERT, "".join(dst)))
        elif src == dst:
            out.append((EQUAL, "".join(dst)))
        else:
            for a, b in zip(src, dst, strict=True):
                if a == b:
                    out.append((EQUAL, b))
                    continue
                core = b.rstrip()
                out.append((EQUAL, core))
                sa, sb = a[len(a.rstrip()) :], b[len(core) :]
                if sa != sb:
                    out += [(DELETE, sa), (INSERT, sb)]
                else:
                    out.append((EQUAL, sb))
    out = _segments(_dels_first(out))
    if not spacing:
        out = _segments(_fold_spacing(out))
    return out


def _dels_first(segs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """In each run of changes, what goes before what comes: one deletion, one insertion."""
    out: list[tuple[str, str]] = []
    dels: list[str] = []
    ins: list[str] = []
    for op, text in [*segs, (EQUAL, "")]:
        if op == EQUAL:
            if dels:
                out.append((DELETE, "".join(dels)))
            if ins:
                out.append((INSERT, "".join(ins)))
            dels, ins = [], []
            out.append((EQUAL, text))
        else:
            (dels if op == DELETE else ins).append(text)
    return [x for x in out if x[1]]


# A footnote number glued to the punctuation before it ("human rights,15 adopted"): how
# footnote markers look in clean corpus text, where they are plain digits. One or two digits
# only ("1,000" is a number), and not after a digit and a full stop ("3.5" is a decimal).
MARKER = re.compile(r"(?:(?<=[,;:\u201d\u2019)\]])|(?<=[^\d\s][.]))\d{1,2}(?=\s|$)")
# the same, to strip markers from a whole text: matching starts at the punctuation, which is
# much faster than a lookbehind tried at every character
_MARKER_AFTER = re.compile(r"([,;:\u201d\u2019)\]]|(?<=[^\d\s])\.)\d{1,2}(?=\s|$)")


def strip_markers(text: str) -> str:
    return _MARKER_AFTER.sub(r"\1", text)


def _trivial(prev: str, text: str) -> bool:
    """Only spacing, or only a footnote number right after `prev`'s closing punctuation."""
    core = text.strip()
    if not core:
        return True
    ctx = prev.rstrip() + core
    m = MARKER.match(ctx, len(ctx) - len(core))  # the lookbehind sees `prev`
    return bool(m and m.end() == len(ctx))


def _fold_spacing(segs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Unmark runs of changes that are only spacing or footnote numbers and have unchanged
    text on both sides: written as in the new text."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(segs):
        j = i
        prev = segs[i - 1][1] if i else ""
        while j < len(segs) and segs[j][0] != EQUAL and _trivial(prev, segs[j][1]):
            j += 1
        alone = (
            j > i
            and (i == 0 or segs[i - 1][0] == EQUAL)
            and (j == len(segs) or segs[j][0] == EQUAL)
        )
        if alone:
            out.append((EQUAL, "".join(t for op, t in segs[i:j] if op == INSERT)))
            i = j
        else:
            out.append(segs[i])
            i += 1
    return out


def _cleanup(raw):
    """Absorb an unchanged island of at most two short words lying between two changes."""
    out: list[list] = []
    for i, (op, src, dst) in enumerate(raw):
        between = 0 < i < len(raw) - 1 and raw[i - 1][0] != EQUAL and raw[i + 1][0] != EQUAL
        small = op == EQUAL and len(src) <= 2 and sum(len(t.strip()) for t in src) <= 8
        if between and small:
            out.append([DELETE, list(src), []])
            out.append([INSERT, [], list(dst)])
        else:
            out.append([op, list(src), list(dst)])
    # merge runs of changes: all deletions first, then all insertions, per run
    merged: list[tuple[str, list[str], list[str]]] = []
    run_del: list[str] = []
    run_ins: list[str] = []

    def flush():
        if run_del:
            merged.append((DELETE, list(run_del), []))
        if run_ins:
            merged.append((INSERT, [], list(run_ins)))
        run_del.clear()
        run_ins.clear()

    for op, src, dst in out:
        if op == EQUAL:
            flush()
            if merged and merged[-1][0] == EQUAL:
                merged[-1][1].extend(src)
                merged[-1][2].extend(dst)
            else:
                merged.append((EQUAL, list(src), list(dst)))
        else:
            run_del.extend(src)
            run_ins.extend(dst)
    flush()
    return merged


def _segments(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for op, text in parts:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


def old_text(segments: list[tuple[str, str]]) -> str:
    return "".join(t for op, t in segments if op != INSERT)


def new_text(segments: list[tuple[str, str]]) -> str:
    return "".join(t for op, t in segments if op != DELETE)
