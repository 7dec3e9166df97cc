"""Words for the search index in each official language.

tantivy stems the European languages and Arabic itself (its stemmers are Snowball's:
French, Spanish, Russian, English, and the Arabic light stemmer); Chinese has no spaces,
so its words come from jieba (the widely used dictionary-based segmenter, `cut_for_search`:
the words and the shorter words inside them, "秘书长" and "秘书"), joined by spaces for a
whitespace tokenizer. A paragraph is indexed in the field of its document's language; a
query is read in the languages its script allows (Latin: English, French, Spanish).
"""

from __future__ import annotations

import logging
import re
from functools import cache

import tantivy

# field -> (ISO 639-1 languages it holds, the tantivy stemmer's language)
FIELDS = {
    "text": (None, "english"),  # English, and a text whose language is not known
    "text_fr": ("fr", "french"),
    "text_es": ("es", "spanish"),
    "text_ru": ("ru", "russian"),
    "text_ar": ("ar", "arabic"),
    "text_zh": ("zh", None),
}
FIELD_OF = {lang: f for f, (lang, _) in FIELDS.items() if lang}


def field_of(language: str | None) -> str:
    return FIELD_OF.get(language or "", "text")


def register(index: tantivy.Index) -> None:
    """The analyzers of the language fields (tantivy keeps only their names on disk)."""
    for name, (_, stemmer) in FIELDS.items():
        if name == "text":
            continue  # (tantivy's own en_stem)
        builder = tantivy.TextAnalyzerBuilder(
            tantivy.Tokenizer.simple() if stemmer else tantivy.Tokenizer.whitespace()
        ).filter(tantivy.Filter.lowercase())
        if stemmer:
            builder = builder.filter(tantivy.Filter.stemmer(stemmer))
        index.register_tokenizer(name, builder.build())


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")


def chinese_words(text: str) -> str:
    """Chinese text as space-separated words (what the whitespace tokenizer reads); other
    characters (numbers, Latin) kept as they stand."""
    jieba = _jieba()
    return _CJK_RUN.sub(lambda m: " " + " ".join(jieba.cut_for_search(m.group())) + " ", text)


def query_fields(query: str, language: str | None) -> list[str]:
    """The fields a query is read in: its language's, or those its script allows."""
    if language:
        return [field_of(language)]
    if _CJK.search(query):
        return ["text_zh"]
    if re.search(r"[\u0600-\u06ff]", query):
        return ["text_ar"]
    if re.search(r"[\u0400-\u04ff]", query):
        return ["text_ru"]
    return ["text", "text_fr", "text_es"]


def prepare(query: str, fields: list[str]) -> str:
    """A query as its fields' tokenizers need it: Chinese segmented into words, each run of
    characters a phrase of them (so "秘书长报告" finds those words in that order)."""
    if "text_zh" not in fields or not _CJK.search(query):
        return query
    jieba = _jieba()

    def words(m: re.Match) -> str:
        ws = [w for w in jieba.cut(m.group()) if w.strip()]
        return ws[0] if len(ws) == 1 else '"' + " ".join(ws) + '"'

    # (inside quotes the words are already a phrase: segment without adding quotes)
    parts = re.split(r'("[^"]*")', query)
    out = []
    for part in parts:
        if part.startswith('"'):
            out.append('"' + " ".join(w for w in jieba.cut(part.strip('"')) if w.strip()) + '"')
        else:
            out.append(_CJK_RUN.sub(words, part))
    return "".join(out)
