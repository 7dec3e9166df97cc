"""One engine for the leading phrases of every language but English (whose grammar is
`clausewise.lexicon`, compiled and tuned for the corpus): a language module gives words,
this module matches them.

A lead is read over the paragraph's opening words, longest match at each step:

    (PRE | MANNER)* HEAD (POST | MANNER | COMPLEMENT)*

PRE and POST are adverbs ("également", "вновь", "أيضا", "又"), MANNER a phrase of manner
("avec une vive préoccupation", "с глубокой обеспокоенностью", "مع التقدير", "满意地"), HEAD
a verb form or a predicative adjective that the language lists with its kind (preambular
participle, operative present) and its English lemma ("Prie" -> request, "ссылаясь" ->
recall), COMPLEMENT the words a head takes into its phrase ("Prend note", "Ayant à
l’esprit", "تحيط علما", "Expresa su profunda preocupación"). A head that needs its
complement ("Prend", "Ayant") is no lead without it.

Words are compared folded (case, apostrophes, Arabic vowel marks and elongation); the lead
is the text as written up to the end of its last word. Chinese has no spaces: its words are
the grammar's own, found by longest match from the left (what no grammar word starts is
not part of a lead, so nothing else needs segmenting here).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..lexicon import Lead

PREAMBULAR = "preambular"
OPERATIVE = "operative"
ANY = "any"  # a form both parts open with (Chinese does not inflect): the place decides

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks, dagger alef, tatweel
# a word: letters, with the marks Arabic writes on them (vowels, shadda, elongation), and
# inner apostrophes or hyphens ("l’esprit", "по-прежнему")
_LETTERS = r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])+"
_WORD = re.compile(_LETTERS + r"(?:[’'\-‐]" + _LETTERS + ")*")


def fold(word: str) -> str:
    """A word as the grammar compares it: case, apostrophe, Arabic marks and alef forms."""
    w = word.casefold().replace("’", "'").replace("‐", "-")
    if any("\u0600" <= c <= "\u06ff" for c in w):
        w = _ARABIC_MARKS.sub("", w)
        w = w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
    return unicodedata.normalize("NFC", w)


def phrases(text: str) -> list[tuple[str, ...]]:
    """Lines of words (a language module's data) -> folded word tuples."""
    out = []
    for line in text.replace(";", "\n").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(tuple(fold(w) for w in line.split()))
    return out


@dataclass(frozen=True, slots=True)
class Head:
    lemma: str  # the English lemma it says: "request", "recall"
    kind: str  # preambular | operative | any
    needs: tuple[tuple[str, ...], ...] = ()  # complements, one of which must follow


@dataclass(slots=True)
class LeadGrammar:
    """A language's lead grammar: built once from its module's data."""

    heads: dict[tuple[str, ...], list[Head]] = field(default_factory=dict)
    pre: set[tuple[str, ...]] = field(default_factory=set)
    post: set[tuple[str, ...]] = field(default_factory=set)
    manner: set[tuple[str, ...]] = field(default_factory=set)
    # "avec" + [une] + (modifier)* + noun: the productive manner phrases
    manner_preps: set[str] = field(default_factory=set)
    manner_articles: set[str] = field(default_factory=set)
    manner_mods: set[str] = field(default_factory=set)
    manner_nouns: set[str] = field(default_factory=set)
    complements: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)  # by lemma
    objects: set[tuple[str, ...]] = field(default_factory=set)  # "sa vive préoccupation" ...
    # the verbs whose object is part of their lead ("Exprime sa vive préoccupation"), as
    # English takes in "Expresses its deep concern" and not "Reaffirms its commitment"
    object_lemmas: frozenset[str] = frozenset({"express"})
    chars: bool = False  # words are the grammar's own, matched without spaces (Chinese)
    # a lead opens with a capital (French, Spanish): "demande de nouveau ..." in lower case
    # goes on a sentence, where a Russian paragraph opens in lower case ("просит")
    capital: bool = False
    longest: int = 1  # the most words in any phrase
    _vocab: set[str] = field(default_factory=set)  # (chars: every phrase as one string)
    _seen: dict[str, Lead | None] = field(default_factory=dict)

    adjectives: set[tuple[str, ...]] = field(default_factory=set)  # for the complement ADJ

    def add_head(self, words: tuple[str, ...], head: Head) -> None:
        """A form may head several phrases ("ayant à l’esprit", "ayant examiné"): those that
        need a complement are tried first."""
        have = self.heads.setdefault(words, [])
        if head not in have:
            have.append(head)
            have.sort(key=lambda h: not h.needs)

    def finish(self) -> LeadGrammar:
        sets = [self.heads.keys(), self.pre, self.post, self.manner, self.objects]
        sets += list(self.complements.values())
        self.longest = max((len(p) for s in sets for p in s), default=1)
        if self.chars:
            self._vocab = {"".join(p) for s in sets for p in s}
            self._vocab |= self.manner_mods | self.manner_nouns | self.manner_preps
            self.longest = max(len(v) for v in self._vocab)
        return self

    # -- reading ---------------------------------------------------------------------------
    def tokens(self, text: str) -> list[tuple[str, int]]:
        """(folded word, end offset) for the opening words of `text`."""
        if self.chars:
            return self._char_tokens(text)
        out = []
        for m in _WORD.finditer(text, 0, min(len(text), 240)):
            gap = text[out[-1][1] if out else 0 : m.start()]
            if out and gap.strip():
                break  # a lead never spans punctuation
            if not out and m.start() > 3:
                break
            out.append((fold(m.group()), m.end()))
            if len(out) >= 14:
                break
        return out

    def _char_tokens(self, text: str) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        i = 0
        while i < len(text) and text[i] in " \t\u3000":
            i += 1
        limit = min(len(text), 40)
        while i < limit:
            for k in range(min(self.longest, limit - i), 0, -1):
                if text[i : i + k] in self._vocab:
                    out.append((text[i : i + k], i + k))
                    i += k
                    break
            else:
                break
        return out

    def match(self, text: str) -> Lead | None:
        # a lead is read within the opening 240 characters: openings repeat (the same
        # paragraph is asked about by several rules), so the answer is remembered
        head = text[:240]
        if head in self._seen:
            return self._seen[head]
        if len(self._seen) > 1 << 15:
            self._seen.clear()
        lead = self._match(head)
        self._seen[head] = lead
        return lead

    def _match(self, text: str) -> Lead | None:
        if self.capital:
            first = text.lstrip()[:1]
            if not first or not first.isupper():
                return None
        toks = self.tokens(text)
        if not toks:
            return None
        words = [w for w, _ in toks]
        n = len(words)
        i = 0
        head: Head | None = None
        while i < n:  # PRE and MANNER, then the HEAD
            k = self._take(words, i, self.heads.keys())
            if k:
                for head in self.heads[tuple(words[i : i + k])]:
                    j = self._complement(words, i + k, head)
                    if j is not None:
                        break
                else:
                    head = None
                if head is not None and j is not None:
                    i = j
                    break
            k = self._take(words, i, self.pre) or self._manner(words, i)
            if not k:
                return None
            i += k
        if head is None:
            return None
        while i < n:  # POST, MANNER, complements, an object
            k = (
                self._take(words, i, self.post)
                or self._manner(words, i)
                or self._take(words, i, self.complements.get(head.lemma, ()))
                or (head.lemma in self.object_lemmas and self._take(words, i, self.objects))
            )
            if not k:
                break
            i += k
        end = toks[i - 1][1]
        return Lead(text[:end], head.lemma, head.kind, end)

    def _complement(self, words: list[str], i: int, head: Head) -> int | None:
        """Where the head's phrase goes on after its required complement (adverbs may come
        between: "Prend également note"), or None when it needs one and has none."""
        if not head.needs:
            return i
        j = i
        while True:
            k = self._take(words, j, head.needs)
            if k:
                return j + k
            if ("adj",) in head.needs and (k := self._take(words, j, self.adjectives)):
                return j + k
            k = self._take(words, j, self.post) or self._take(words, j, self.pre)
            if not k:
                return None
            j += k

    def _take(self, words: list[str], i: int, options) -> int:
        """The length of the longest phrase of `options` at word i (0 for none)."""
        for k in range(min(self.longest, len(words) - i), 0, -1):
            if tuple(words[i : i + k]) in options:
                return k
        return 0

    def _manner(self, words: list[str], i: int) -> int:
        k = self._take(words, i, self.manner)
        if k or i >= len(words) or words[i] not in self.manner_preps:
            return k
        j = i + 1
        if j < len(words) and words[j] in self.manner_articles:
            j += 1
        while j < len(words) and words[j] in self.manner_mods:
            j += 1
        if j < len(words) and words[j] in self.manner_nouns:
            return j + 1 - i
        return 0
