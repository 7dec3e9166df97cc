"""Agreed language as pure functions: the stages the embedded library and the Spark job share.

Only the orchestration differs between the two engines (SQLite postings and one loop in
`clausewise.library.graph`; joins over partitions in `clausewise.spark.job`); every decision
about what is reused, from where, is made here.

**A reuse edge** is an ordered pair of paragraphs (source, target) in two different
documents of one collection (a library, or the documents one job reads) such that:

1. *Candidate.* The two share their exact key (`normal.exact_key`: the same words, case,
   punctuation and quote style aside) or one winnowed shingle fingerprint
   (`library.shingles`), and that key or fingerprint is held by at most `DF_CAP`
   paragraphs of the collection. A key held by more is boilerplate ("Decides to remain
   seized of the matter") and proposes no pair: that cap is what keeps the candidate pairs
   near-linear in the collection (`candidates`).
2. *Direction, earliest first.* The source's document is the target's draft (the one
   notion of the draft of an adopted text, `history.linking.draft_of` over the links of
   its body and session, which the library stores and `order.draft_links` computes from
   the documents' rows), or both documents are dated (`normal.date_key`) and the source's
   date is strictly earlier. Same-day and undated pairs have no edge, as the
   trace lists them neither as sources nor as descendants (`order.is_source`).
3. *Relation*, as the trace computes it over the two paragraphs' words (`normal.words` of
   the text with its items): `exact` when the exact keys are equal; else `near` when the
   word-level Indel similarity is at least `NEAR` (0.8); else `shared` when they share a
   run of at least `MIN_SPAN` (8) words; otherwise no edge (`align.relate`).

An edge carries that relation, the similarity rounded to 4 places, and the shared runs
(`align.shared_spans(source words, target words)`, longest first): exactly the `Match`
the trace returns for the source when it traces the target. Unlike the trace, the graph
lists every candidate (the trace aligns the 60 with most fingerprints in common) and caps
exact copies as it caps fingerprints (the trace lists up to 100 of them).
"""

from .align import MIN_SPAN, NEAR, Alignment, relate, shared_spans
from .candidates import DF_CAP, mates, shared_counts
from .edges import Edge, Side, edge_between, edge_json, read_jsonl, write_jsonl
from .order import (
    LinkDoc,
    draft_links,
    group_drafts,
    is_source,
    link_doc,
    link_group,
    may_link,
    settle,
)

__all__ = [
    "DF_CAP",
    "MIN_SPAN",
    "NEAR",
    "Alignment",
    "Edge",
    "LinkDoc",
    "Side",
    "draft_links",
    "edge_between",
    "edge_json",
    "group_drafts",
    "is_source",
    "link_doc",
    "link_group",
    "may_link",
    "mates",
    "read_jsonl",
    "relate",
    "settle",
    "shared_counts",
    "shared_spans",
    "write_jsonl",
]
