"""Reading speed in each official language, against English in the same run.

    .venv/bin/python bench/languages.py [AKN_FOLDER]

For each language, the resolutions of ../shared/akn that exist in it and in English:
(1) the AKN import (`parse_bytes` of the UN's file), (2) the text reader on the clean text
of the same resolution (masthead, paragraphs, notes: `tests/language_text.py`, the form a
user copies from the page). CPU seconds of one process, best of 3; the ratio to English is
the result (the same resolutions, so the same amount of structure; the languages' texts
differ in length: Chinese is the shortest in characters, Russian and Spanish the longest).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from common import ROOT, SHARED, best_of, machine

sys.path.insert(0, str(ROOT))

from clausewise import parse_bytes, parse_text
from tests.language_text import text_of

SUFFIX = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}


def key(p: Path, lang: str) -> str:
    return p.parent.parent.name + "/" + re.sub(SUFFIX[lang] + "$", "", p.stem).rstrip("_-")


_SKIP = {"GA-75/75_112", "GA-75/A_RES_S-32_1-2107229"}


def _reads(text: str) -> bool:
    from clausewise import InputError

    try:
        parse_text(text)
    except InputError:
        return False
    return True


def main(folder: Path) -> int:
    by_lang = {
        lang: {key(p, lang): p for p in sorted(folder.glob(f"*/{lang}/*.xml"))} for lang in SUFFIX
    }
    if not by_lang["en"]:
        print(f"no AKN files under {folder} (set CLAUSEWISE_SHARED or pass the folder)")
        return 1
    print(f"{machine()}; CPU seconds of one process, best of 3\n")
    print(
        "| language | resolutions | AKN files/s | × English | text MB | text docs/s | "
        "text MB/s | × English |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base: dict[str, float] = {}
    for lang in SUFFIX:
        keys = sorted(set(by_lang[lang]) & set(by_lang["en"]))
        texts_of = {k: text_of(by_lang[lang][k])[0] for k in keys}
        # (two files whose markup glues the formula, "L’Assembléegénérale", are no text a
        # reader would hold: left out, as their English twins)
        keys = [k for k in keys if _reads(texts_of[k]) and k not in _SKIP]
        files = [(str(by_lang[lang][k]), by_lang[lang][k].read_bytes()) for k in keys]
        texts = [texts_of[k] for k in keys]

        def akn(files=files) -> None:
            for name, data in files:
                parse_bytes(data, name)

        def text(texts=texts) -> None:
            for t in texts:
                parse_text(t)

        t_akn, t_text = best_of(akn), best_of(text)
        n = len(keys)
        if lang == "en":  # (per document: the languages hold a few files fewer)
            base = {"akn": t_akn / n, "text": t_text / n}
        mb = sum(len(t.encode()) for t in texts) / 1e6
        print(
            f"| {lang} | {n} | {n / t_akn:,.0f} | {t_akn / n / base['akn']:.2f} | {mb:.1f} "
            f"| {n / t_text:,.0f} | {mb / t_text:.1f} | {t_text / n / base['text']:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "akn"))
