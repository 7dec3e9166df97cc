"""Leading phrases of resolution paragraphs: "Recalling further", "Deeply concerned",
"Takes note with appreciation", "Calls upon", "We reaffirm".

A lead is matched by a small grammar over the first words of a paragraph, longest match:

    [adverb]* HEAD [complement] [post-adverb]* [with-phrase]

HEAD is an inflected form of a verb from the lemma list (operative "Requests", preambular
"Recalling", declaration "Reaffirm") or a preambular adjective ("Mindful", "Concerned").
The grammar, not a closed list of phrases, is what lets "Also strongly condemns" and
"Noting also with deep concern" be found without anyone listing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Verbs that open preambular (as -ing) and operative (as -s) paragraphs, and declarations
# (bare form). Spelling variants (-ise) are listed as their own lemmas.
_LEMMAS = """
accept acknowledge act address adopt affirm agree aim allocate appeal applaud appoint
appreciate approve ask assert assess assign associate assume attach authorize authorise
await bear believe call caution celebrate cherish choose clarify commemorate commend
commit communicate complement concur condemn confirm congratulate consider continue
convene convey decide declare deem defer define demand denounce deplore designate desire
determine direct discuss dismiss draw echo elect emphasize emphasise encourage endeavour
endorse engage enjoin ensure entrust envisage establish examine exhort expect express
extend find follow forward further guide hail have hear highlight hold honour hope
implore include inform insist inspire instruct intend invite invoke keep launch look
maintain mandate mark note notice observe offer oppose pay pledge praise proceed proclaim
promote propose provide reaffirm realize realise reassert recall receive reconfirm
recognize recognise recommend recommit record reemphasize re-emphasize reject refer
regard regret reinforce reiterate reject remain remind renew repeat request require
reserve resolve respond restate resume review salute seek share solicit state
stress strengthen strive submit suggest support take thank transmit trust underline
underscore understand undertake urge use view voice warn welcome wish witness
"""

# Preambular adjectives and participles that are not the -ing form of a lemma above.
_ADJECTIVES = """
alarmed appalled anxious aware cognizant cognisant committed concerned confident conscious
convinced desirous determined disappointed dismayed distressed disturbed eager
encouraged fearful gratified grieved guided heartened inspired mindful outraged persuaded
pleased reassured regretful resolved saddened satisfied shocked troubled worried
"""

_PRE_ADVERBS = """
also further furthermore moreover again additionally equally similarly likewise
deeply gravely seriously profoundly strongly firmly fully greatly particularly especially
highly extremely sincerely warmly most deeply equally still increasingly duly keenly
genuinely bitterly sorely acutely cordially unanimously solemnly categorically
unequivocally emphatically vigorously resolutely urgently earnestly respectfully formally
hereby therefore accordingly finally lastly once
"""

_POST_ADVERBS = {"also", "further", "again", "moreover", "furthermore", "once"}

# Nouns that follow "with" in a lead: "Noting with deep concern", "Welcomes with appreciation".
_WITH_NOUNS = {
    "concern",
    "appreciation",
    "satisfaction",
    "regret",
    "interest",
    "approval",
    "alarm",
    "gratitude",
    "thanks",
    "sadness",
    "dismay",
    "disappointment",
    "grief",
    "shock",
    "indignation",
    "outrage",
    "condolences",
    "sympathy",
    "pleasure",
    "honour",
    "anxiety",
}
_WITH_MODIFIERS = {
    "deep",
    "grave",
    "serious",
    "great",
    "profound",
    "particular",
    "utmost",
    "increasing",
    "growing",
    "renewed",
    "continuing",
    "sincere",
    "special",
    "deepest",
    "gravest",
}

# Words that complete a head into a fixed phrase: "Takes note", "Calls upon", "Bearing in mind".
_COMPLEMENTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "take": (("note",), ("into", "account"), ("into", "consideration"), ("action",)),
    "call": (("upon",), ("on",)),
    "bear": (("in", "mind"),),
    "look": (("forward",),),
    "pay": (("tribute",), ("special", "tribute")),
    "draw": (("attention",),),
    "guide": (("by",),),
    "inspire": (("by",),),
    "keep": (("in", "mind"), ("under", "review")),
    "act": (("under",),),
    # "Expresses its deep concern", "Expressing its appreciation": the object is the lead
    # (longest first: the first phrase that matches wins)
    "express": tuple(
        (*its, *adj, noun)
        for its in (("its",), ())
        for adj in (("deep",), ("grave",), ("serious",), ("sincere",), ("full",), ())
        for noun in (
            "concern",
            "appreciation",
            "conviction",
            "gratitude",
            "support",
            "satisfaction",
            "regret",
            "solidarity",
            "condolences",
            "hope",
            "commitment",
            "determination",
        )
    ),
}

_HAVING_PARTICIPLES = """
considered examined heard received reviewed adopted noted studied taken met regard
also decided convened reaffirmed recalled welcomed endorsed acknowledged discussed
participated concluded completed elected assembled gathered
"""


def third_person(v: str) -> str:
    """The present tense of an operative verb: request -> requests, urge -> urges."""
    if v.endswith(("s", "sh", "ch", "x", "z", "o")):
        return v + "es"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ies"
    return v + "s"


# Consonant doubling for verbs stressed on the last syllable (regret -> regretting).
_DOUBLING = {"commit", "recommit", "refer", "regret", "submit", "defer", "concur", "transmit"}


def _gerund(v: str) -> str:
    if v in _DOUBLING:
        return v + v[-1] + "ing"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + "ing"


def _past(v: str) -> str:
    if v in _DOUBLING:
        return v + v[-1] + "ed"
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and v[-2] not in "aeiou":
        return v[:-1] + "ied"
    return v + "ed"


@dataclass(frozen=True, slots=True)
class _Head:
    lemma: str
    kind: str  # preambular | operative | base


_HEADS: dict[str, _Head] = {}
for _lemma in _LEMMAS.split():
    _HEADS.setdefault(_gerund(_lemma), _Head(_lemma, "preambular"))
    _HEADS.setdefault(third_person(_lemma), _Head(_lemma, "operative"))
    _HEADS.setdefault(_lemma, _Head(_lemma, "base"))
_HEADS["bearing"] = _Head("bear", "preambular")
_HEADS["whereas"] = _Head("whereas", "preambular")
_HEADS["noting"] = _Head("note", "preambular")
for _adj in _ADJECTIVES.split():
    _HEADS.setdefault(_adj, _Head(_adj, "preambular"))
# -ed forms that open preambular paragraphs ("Guided by", "Inspired by")
_HEADS["guided"] = _Head("guide", "preambular")
_HEADS["inspired"] = _Head("inspire", "preambular")
# Irregular or odd forms
_HEADS["taking"] = _Head("take", "preambular")
_HEADS["having"] = _Head("have", "preambular")
_HEADS.pop("have", None)
_HEADS.pop("has", None)
_HEADS["being"] = _Head("be", "preambular")

_PRE = set(_PRE_ADVERBS.split())
_PAST_TO_LEMMA = {_past(v): v for v in _LEMMAS.split()} | {
    "heard": "hear",
    "met": "meet",
    "taken": "take",
}
_HAVING = set(_HAVING_PARTICIPLES.split())
_FIRST = set(_HEADS) | _PRE | {"we"}  # a lead's first word is one of these
_WORD = re.compile(r"[A-Za-z][A-Za-z\-’']*")
_WORDS = re.compile(r"[A-Za-z][A-Za-z\-’']*(?:\s+[A-Za-z][A-Za-z\-’']*){0,9}")


def _end_of_word(run: str, words: list[str], k: int) -> int:
    """Where the k-th word (from 0) of `run` ends. The run is words separated only by
    whitespace, so each word is found by a plain search from the end of the one before."""
    pos = 0
    for w in words[: k + 1]:
        pos = run.find(w, pos) + len(w)
    return pos


@dataclass(frozen=True, slots=True)
class Lead:
    text: str  # as written: "Recalling further"
    lemma: str  # "recall"
    kind: str  # preambular | operative | base (declarations: "Reaffirm")
    end: int  # character offset where the lead ends in the paragraph text


def match_lead(text: str) -> Lead | None:
    """The leading phrase of a paragraph, or None. `text` starts at the paragraph's first word."""
    # Most paragraphs open with plain words and spaces, and such openings repeat: the
    # answer for an opening of k words, seen before, holds whatever follows, as long as the
    # next word is not one the grammar knows (_GRAMMAR_WORDS); if it is, the opening one
    # word longer is looked up (see _opening).
    end = text.find(" ", 1, 41)
    while end != -1:
        hit = _OPENINGS.get(text[:end], _UNKNOWN)
        if hit is _UNKNOWN:
            hit = _opening(text[:end])
        if hit is _NEVER:
            return None
        if hit is _SLOW:
            break
        # the next token: at most 30 characters, up to the next space
        nxt = text.find(" ", end + 1, end + 31)
        tok = text[end + 1 : nxt] if nxt != -1 else text[end + 1 : end + 31]
        first = text[end + 1 : end + 2]
        if not first or first not in _LETTERS:
            if first.isspace():
                break  # "\s+" runs on: the grammar decides
            return hit  # type: ignore[return-value]  # the run of words ends here
        # a plain word (isalpha, quick, settles most; strip also admits - ’ ')
        if (tok.isascii() and tok.isalpha()) or not tok.strip(_WORD_CHARS):
            if tok.lower() not in _GRAMMAR_WORDS:
                return hit  # type: ignore[return-value]
            if nxt == -1:
                break
            end = nxt  # the grammar may read on: the longer opening
            continue
        k = 1
        while tok[k] in _WORD_CHARS:
            k += 1
        if tok[:k].lower() not in _GRAMMAR_WORDS:
            return hit  # type: ignore[return-value]  # a last word the grammar ignores
        break
    return grammar_lead(text)


def grammar_lead(text: str) -> Lead | None:
    """match_lead without the remembered openings: the grammar over the opening run of words."""
    first = _WORD.search(text, 0, min(len(text), 160))
    if first is None or first.start() > 2 or first.group().lower() not in _FIRST:
        return None  # most lines fail here: one regex and one set lookup
    # A lead never spans punctuation: at most ten words separated only by spaces.
    # (it matches where _WORD found a word: that word at least)
    run = _WORDS.match(text, first.start(), min(len(text), 160))
    end = run.end() if run is not None else first.end()
    return _lead_of_run(text[:end], first.start())


# What an opening (the text up to a space: plain words, single spaces) says of the lead,
# for openings seen before:
#   _NEVER  no lead, whatever follows (its first word cannot open one);
#   a Lead, or None: the answer while the next word is one the grammar does not know;
#   _SLOW   ask the grammar.
_UNKNOWN = object()
_NEVER = object()
_SLOW = object()
_OPENINGS: dict[str, object] = {}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WORD_CHARS = _LETTERS + "-’'"  # as _WORD: a letter, then these
# Every word the grammar compares a word with. Any other word it treats alike and reads
# nothing after: a lead never includes it, and no set the grammar looks in holds it.
_GRAMMAR_WORDS = frozenset(
    {*_HEADS, *_PRE, "we", "with", "again", *_POST_ADVERBS, *_WITH_MODIFIERS, *_WITH_NOUNS}
    | _HAVING
    | {w for phrases in _COMPLEMENTS.values() for phrase in phrases for w in phrase}
)
_FOREIGN = " zzzz"  # a word the grammar does not know


def _opening(text: str) -> object:
    """Classify an opening (see _OPENINGS) and remember it."""
    if len(_OPENINGS) > 1 << 16:
        _OPENINGS.clear()  # a bound for long-running processes fed arbitrary text
    words = text.split(" ")
    if len(words) > 4 or not all(
        w and w[0] in _LETTERS and not w.strip(_WORD_CHARS) for w in words
    ):
        out: object = _SLOW  # (long openings are rare: the grammar is quicker than a key)
    elif words[0].lower() not in _FIRST:
        out = _NEVER  # the grammar's first test
    else:
        # The answer holds for any next word the grammar does not know when it is the
        # answer both with the words ending here and with one such word after them.
        here = _lead_of_run(text, 0)
        out = here if here == _lead_of_run(text + _FOREIGN, 0) else _SLOW
    _OPENINGS[text] = out
    return out


# The lead depends only on the text up to the end of that run of words, and such openings
# repeat across a corpus ("Requests the Secretary-General to submit"): remember them.
@lru_cache(maxsize=1 << 14)
def _lead_of_run(text: str, start: int) -> Lead | None:
    group = text[start:]
    words = group.split()
    low = group.lower().split()
    n = len(low)
    i = 1 if (low[0] == "we" and n > 1) else 0
    we = i == 1
    while i < n and low[i] in _PRE:
        if low[i] == "once":
            if i + 1 < n and low[i + 1] == "again":
                i += 2
                continue
            return None
        i += 1
    if i >= n or low[i] not in _HEADS:
        return None
    head = _HEADS[low[i]]
    end = i
    lemma = head.lemma
    if head.lemma == "have":
        # "Having considered", "Having also examined"
        if end + 1 < n and low[end + 1] == "also":
            end += 1
        if end + 1 < n and low[end + 1] in _HAVING:
            end += 1
            lemma = _PAST_TO_LEMMA.get(low[end], low[end])
        else:
            return None
    end = _complement(low, head.lemma, end)
    while end + 1 < n and low[end + 1] in _POST_ADVERBS:
        if low[end + 1] == "once":
            if end + 2 < n and low[end + 2] == "again":
                end += 2
                continue
            break
        end += 1
    end = _complement(low, head.lemma, end)
    if end + 2 < n and low[end + 1] == "with":
        j = end + 2
        while j < n - 1 and low[j] in _WITH_MODIFIERS:
            j += 1
        if low[j] in _WITH_NOUNS:
            end = j
    kind = "base" if we else head.kind
    char_end = start + _end_of_word(group, words, end)
    return Lead(text[:char_end], lemma, kind, char_end)


# No complement of a verb is the start of another of its complements, so at most one can
# follow a head: a set lookup per length finds it (a scan of "express"'s 72 was slow).
_COMPLEMENT_SETS: dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]] = {
    lemma: tuple(
        (k, frozenset(p for p in phrases if len(p) == k))
        for k in sorted({len(p) for p in phrases}, reverse=True)
    )
    for lemma, phrases in _COMPLEMENTS.items()
}


def _complement(low: list[str], lemma: str, end: int) -> int:
    for k, phrases in _COMPLEMENT_SETS.get(lemma, ()):
        if tuple(low[end + 1 : end + 1 + k]) in phrases:
            return end + k
    return end


def looks_like_lead(word: str) -> bool:
    """A capitalised first word that probably opens a new paragraph (lexicon or -ing form)."""
    w = word.lower()
    return w in _HEADS or w in _PRE or (w.endswith("ing") and len(w) > 5)
