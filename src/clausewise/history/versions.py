"""What a document symbol says about the version it names.

"A/C.2/80/L.13/Rev.1" is the first revision of draft A/C.2/80/L.13; "A/RES/79/178/Corr.1"
corrects A/RES/79/178; "A/C.3/80/L.29/Rev.1/Corr.1" corrects a revision. Pure functions of
the symbol's normal form (`clausewise.symbols.normalise`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUFFIX = re.compile(r"/(Rev|Corr|Add)\.(\d{1,2})$", re.I)


@dataclass(frozen=True, slots=True)
class Version:
    base: str  # the original document: "A/C.2/80/L.13"
    revision: int  # 0 for the original, n for "/Rev.n"
    corrigendum: int  # 0, or n for "/Corr.n"
    addendum: int  # 0, or n for "/Add.n"

    @property
    def revised(self) -> str:
        """The symbol of the text this version's revision number names (without Corr/Add)."""
        return self.base + (f"/Rev.{self.revision}" if self.revision else "")


def version(symbol: str) -> Version:
    """ "A/C.2/80/L.13/Rev.1/Corr.2" -> Version("A/C.2/80/L.13", 1, 2, 0)."""
    rest, found = symbol, {"rev": 0, "corr": 0, "add": 0}
    while (m := _SUFFIX.search(rest)) is not None:
        found[m.group(1).lower()] = found[m.group(1).lower()] or int(m.group(2))
        rest = rest[: m.start()]
    return Version(rest, found["rev"], found["corr"], found["add"])


def earlier_versions(symbol: str) -> list[str]:
    """The symbols a revision follows, nearest first: Rev.2 -> [Rev.1, the original]."""
    v = version(symbol)
    if v.corrigendum or v.addendum:
        return [v.revised]
    return [v.base + (f"/Rev.{n}" if n else "") for n in range(v.revision - 1, -1, -1)]


def same_work(a: str, b: str) -> bool:
    """Two symbols of one document's versions (the original, its revisions, corrigenda)."""
    return version(a).base == version(b).base
