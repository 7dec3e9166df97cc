"""Paragraph eIds, one rule for every reader: the text parser and the AKN reader name the
same paragraph the same way, so a text and its AKN give the same record."""

from __future__ import annotations


class ParagraphEids:
    """Hands out paragraph eIds in reading order.

    Preambular paragraphs count (`preamble__container_3`); numbered ones take their number
    (`para_15`), inside their section when numbering restarts per part (`sec_A__para_1`);
    unnumbered operative ones count, as `para_u2` when others are numbered so they never
    take a real number's eId. A repeat gets `_2`, `_3`.
    """

    def __init__(self, prefix: str, restarts: bool, numbered: bool) -> None:
        self.prefix = prefix
        self.restarts = restarts
        self.numbered = numbered
        self.seen: set[str] = set()
        self.k_pre = 0
        self.k_un = 0

    def next(self, preambular: bool, num: str | None, section: str | None) -> str:
        """The eId of the next paragraph. `num` is eId-ready ("15"); `section` is the full
        eId of the section it sits in, or None."""
        if preambular:
            self.k_pre += 1
            eid = f"{self.prefix}preamble__container_{self.k_pre}"
        elif num:
            eid = f"{self.prefix}para_{num}"
            if self.restarts and section:
                eid = f"{section}__para_{num}"
        else:
            self.k_un += 1
            eid = (
                f"{self.prefix}para_u{self.k_un}"
                if self.numbered
                else f"{self.prefix}para_{self.k_un}"
            )
        if eid in self.seen:
            n = 2
            while f"{eid}_{n}" in self.seen:
                n += 1
            eid = f"{eid}_{n}"
        self.seen.add(eid)
        return eid
