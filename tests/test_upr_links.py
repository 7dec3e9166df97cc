"""Links from real UPR recommendations (sessions 1-5) to real resolutions of the corpus,
on both engines: on the theme, by shared language (to the paragraph and its mandate), with
their reasons; and the matching rules on their own."""

from __future__ import annotations

import pytest

from clausewise import parse_text
from clausewise.library import Library
from clausewise.upr import actions
from clausewise.upr.links import MIN_SPAN, derive, match_language

from .conftest import BACKENDS, SHARED, new_library

EXPORT = SHARED / "upr" / "upr-info-sessions-1-5.csv"
TEXTS = (
    "A_RES_70_163",  # National institutions for the promotion and protection of human rights
    "A_RES_77_222",  # Moratorium on the use of the death penalty
    "A_HRC_RES_44_5",  # Mandate of the Special Rapporteur on extrajudicial ... executions
    "A_HRC_RES_43_26",  # Situation of human rights in Myanmar
    "A_RES_67_185",  # Promoting efforts to eliminate violence against migrants
)


@pytest.fixture(scope="module", params=BACKENDS)
def linked(request, tmp_path_factory, corpus_docs):
    if not EXPORT.exists():
        pytest.skip("UPR exports not found (set CLAUSEWISE_SHARED)")
    path = new_library(request.param, tmp_path_factory.mktemp("uprlinks"))
    lib = Library(path)
    for name in TEXTS:
        f, sym, text = next(d for d in corpus_docs if d[0] == name)
        lib.add_document(parse_text(text, f, sym, strict=False), name, sync=False)
    lib.sync_indexes(search=False)
    actions.import_file(lib.db, EXPORT.read_bytes(), EXPORT.name, actor="test")
    ids, rows = derive(lib.db)
    actions.relink(lib.db, rows, ids, actor="test")
    yield lib, rows
    lib.close()


def _item(lib, text: str) -> dict:
    from clausewise.upr.core import Upr

    with lib.db.connection() as conn:
        ident = conn.execute(
            "SELECT id FROM upr_items WHERE text = ? ORDER BY id LIMIT 1", (text,)
        ).fetchone()[0]
    return Upr(lib.db).item(ident)


def test_an_nhri_recommendation_links_to_the_nhri_resolution_by_theme_and_language(linked):
    lib, _ = linked
    it = _item(
        lib,
        "Establish a national institution on human rights in accordance with the Paris Principles",
    )
    theme = [x for x in it["links"] if x["kind"] == "theme"]
    assert [x["doc"] for x in theme] == ["A_RES_70_163"]
    assert theme[0]["reason"].startswith(
        "theme NHRI: title says “national institutions for the promotion and protection of"
    )
    assert "paris" in theme[0]["reason"]
    lang = [x for x in it["links"] if x["kind"] == "language"]
    assert [(x["doc"], x["reason"]) for x in lang] == [
        (
            "A_RES_70_163",
            "shares “human rights in accordance with the paris principles”",
        )
    ]
    # eight words of the thirteen clausewise counts ("a" is no word to it)
    assert (lang[0]["eid"], lang[0]["score"]) == ("para_2", round(8 / 13, 3))


def test_death_penalty_links_to_the_moratorium_and_not_elsewhere(linked):
    lib, _ = linked
    it = _item(
        lib, "Abolish the death penalty and immediately declare a moratorium on all executions."
    )
    assert {x["doc"] for x in it["links"] if x["kind"] == "theme"} == {"A_RES_77_222"}


def test_shared_language_names_the_mandate_of_its_paragraph(linked):
    lib, _ = linked
    it = _item(
        lib, "Extend a standing invitation to all special procedures of the Human Rights Council."
    )
    (lang,) = [x for x in it["links"] if x["kind"] == "language"]
    assert lang["doc"] == "A_HRC_RES_43_26"
    assert lang["mandate"] and lang["mandate"].startswith(f"A_HRC_RES_43_26:{lang['eid']}:")
    assert "standing invitation to all special procedures" in lang["reason"]
    # on the theme: the one text whose title names a special procedure
    (theme,) = [x for x in it["links"] if x["kind"] == "theme"]
    assert theme["doc"] == "A_HRC_RES_44_5"
    assert theme["reason"].startswith("theme Special procedures: title says “special rapporteur”")


def test_themes_too_broad_for_a_title_give_no_theme_link(linked):
    lib, rows = linked
    with lib.db.connection() as conn:
        broad = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM upr_items WHERE themes = 'International instruments'"
            )
        }
    assert len(broad) > 50
    assert not [r for r in rows if r[0] in broad and r[4] == "theme"]


def test_a_record_linked_alone_gets_the_links_it_gets_with_all(linked):
    lib, rows = linked
    some = sorted({r[0] for r in rows})[:25]
    ids, alone = derive(lib.db, ids=some)
    assert sorted(ids) == some
    assert sorted(alone, key=repr) == sorted((r for r in rows if r[0] in set(some)), key=repr)


def test_every_link_says_why():
    # (the fixture's rows, on either engine, hold reasons; checked on the pure rule here)
    para = "Calls upon all States to extend a standing invitation to all special procedures"
    rec = "Extend a standing invitation to all special procedures of the Council."
    (f,) = match_language(rec, {1: (7, "s", "para_3", para)}, {(7, "para_3"): "X:para_3:1"})
    assert (f.doc, f.eid, f.mandate, f.kind) == (7, "para_3", "X:para_3:1", "language")
    assert f.reason == "shares “extend a standing invitation to all special procedures”"


def test_a_run_shorter_than_min_span_or_a_small_share_is_no_link():
    para = "Calls upon States to " + " ".join(f"w{i}" for i in range(MIN_SPAN - 1)) + " now"
    rec = "Please " + " ".join(f"w{i}" for i in range(MIN_SPAN - 1)) + " today"
    assert match_language(rec, {1: (1, "", "p", para)}, {}) == []
    # the same eight-word run in a record of forty words: a common phrase, not its language
    run = "in the field of economic social and cultural rights"
    long_rec = f"Strengthen cooperation {run} " + " ".join(f"x{i}" for i in range(30))
    assert match_language(long_rec, {1: (1, "", "p", f"Affirms action {run} here")}, {}) == []
    assert match_language(f"Act {run} now", {1: (1, "", "p", f"Affirms action {run} here")}, {})
