"""Line-end hyphens: a typesetter's split ("recog-/nize") goes, a real hyphen
("drug-/resistant") stays. Decided by the vocabulary of the development corpus
(`data/vocabulary.tsv.gz`, built by `scripts/build_vocabulary.py`): UN usage, not a general
English dictionary, is what tells "twenty-first" from "cooperation".
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources

# whole compounds: "case-/by-case" is decided as "case-by-case", not "case-by"
_WORD_END = re.compile(r"([A-Za-z]+(?:-[A-Za-z]+)*)$")
_WORD_START = re.compile(r"^([A-Za-z]+(?:-[A-Za-z]+)*)")


@cache
def vocabulary() -> dict[str, int]:
    raw = resources.files("clausewise.data").joinpath("vocabulary.tsv.gz").read_bytes()
    out: dict[str, int] = {}
    for line in gzip.decompress(raw).decode().splitlines():
        word, _, n = line.partition("\t")
        out[word] = int(n)
    return out


def keeps_hyphen(left: str, right: str) -> bool:
    """`left` ends with the word before a line-end hyphen (hyphen not included), `right`
    starts with the text after it. True when the hyphen is part of the text."""
    a = _WORD_END.search(left)
    b = _WORD_START.match(right)
    if a is None or b is None:
        return True  # "2015-/2030", "(a)-/..." : not a split word
    head, tail = a.group(1), b.group(1)
    if tail[0].isupper():
        return True  # "Afro-/Asian", "non-/United Nations"
    vocab = vocabulary()
    joined = vocab.get((head + tail).lower(), 0)
    hyphenated = vocab.get(f"{head}-{tail}".lower(), 0)
    if hyphenated > joined or (hyphenated and head[0].isupper()):
        # a capitalised compound is a name and keeps its spelling: "Economic Co-operation"
        return True
    if joined:
        return False
    # Neither form is attested: a compound of a known second word ("multidrug-resistant",
    # "tuberculosis-associated") keeps its hyphen; a fragment ("recog-nize") is a split.
    second = tail.split("-", 1)[0]
    return vocab.get(second.lower(), 0) > 0 and (len(second) > 2 or "-" in tail)


def join_lines(left: str, right: str) -> str:
    """Two wrapped lines as one text: a split word rejoined, a real hyphen kept."""
    left = left.rstrip()
    right = right.lstrip()
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        if keeps_hyphen(left[:-1], right):
            return left + right
        return left[:-1] + right
    if left[-1] in "-–" and len(left) > 1 and not left[-2].isspace():
        return left + right  # "2015-/2030": a range goes on
    return left + " " + right
