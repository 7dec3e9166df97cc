"""Properties over many random edits of real text (Hypothesis): the words of every change
rebuild both texts, and the Word file accepts to the new version and rejects to the old,
whatever mix of rewordings, moves, insertions, deletions, splits and merges."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausewise.compare import compare
from clausewise.compare.docx import to_docx
from clausewise.compare.words import diff_exact, new_text, old_text
from tests.conftest import SEED_001
from tests.test_compare_docx import expected, norm, resolve

WORDS = SEED_001.read_text(encoding="utf-8").replace("*", "").split()[40:400]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=40),
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=40),
    st.sampled_from([" ", "  ", ", ", " ; "]),
)
def test_exact_words_rebuild_both_texts(a, b, sep):
    old, new = sep.join(a), " ".join(b)
    d = diff_exact(old, new)
    assert new_text(d) == new and old_text(d) == old


edit = st.tuples(
    st.sampled_from(["reword", "move", "delete", "insert", "split", "merge"]),
    st.integers(0, 1000),
    st.integers(0, 1000),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(edit, min_size=1, max_size=6))
def test_word_file_round_trips_any_edit_script(seed001, script):
    ops = [p.text for p in seed001.operative]
    for kind, i, j in script:
        i, j = i % len(ops), j % len(ops)
        if kind == "reword":
            w = ops[i].split()
            w[j % len(w)] = "urgently"
            ops[i] = " ".join(w)
        elif kind == "move":
            ops.insert(j, ops.pop(i))
        elif kind == "delete" and len(ops) > 3:
            ops.pop(i)
        elif kind == "insert":
            ops.insert(
                j, "Decides to convene an intersessional seminar on the question " + str(j) + ";"
            )
        elif kind == "split":
            w = ops[i].split()
            if len(w) > 8:
                cut = 4 + j % (len(w) - 6)
                ops[i : i + 1] = [" ".join(w[:cut]) + ";", "Also " + " ".join(w[cut:])]
        elif kind == "merge" and i + 1 < len(ops):
            ops[i : i + 2] = [ops[i].rstrip(";.") + ", and " + ops[i + 1]]
    paras = tuple(
        replace(seed001.operative[0], eid=f"para_{k + 1}", num=str(k + 1), text=t, footnotes=())
        for k, t in enumerate(ops)
    )
    new = replace(seed001, operative=paras)
    c = compare(seed001, new)
    # every paragraph on each side is accounted for once
    olds = [
        s.eid for x in c.changes for s in [x.old, *(x.parts if x.type == "merged" else ())] if s
    ]
    news = [s.eid for x in c.changes for s in [x.new, *(x.parts if x.type == "split" else ())] if s]
    assert sorted(olds) == sorted(p.eid for p in seed001.all_paragraphs())
    assert sorted(news) == sorted(p.eid for p in new.all_paragraphs())
    data = to_docx(c)
    assert norm(resolve(data, accept=True)) == norm(expected(new, c))
    assert norm(resolve(data, accept=False)) == norm(expected(seed001, c))
