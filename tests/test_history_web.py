"""Negotiation history in the web app, over a real library: the corpus's poverty series (two
bodies) and six PDFs of ../shared/pdf/mandate-pipeline/ (two negotiations). Each timeline
cell that changed opens the comparison at its paragraph; the document page lists the chain
and says what is new; amendments are applied from the page."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from clausewise import parse_text
from clausewise.library import Library
from clausewise.web import create_app

POVERTY = ["A_RES_73_163", "A_RES_75_175", "A_RES_77_223", "A_RES_79_178", "A_HRC_RES_53_10"]
PDFS = ["A_C.2_80_L.13", "A_C.2_80_L.62", "A_RES_80_121", "A_C.2_80_L.5", "A_C.2_80_L.48",
        "A_RES_80_150"]  # fmt: skip
HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(corpus_docs, pdf_dir, tmp_path_factory):
    folder = pdf_dir / "mandate-pipeline"
    if not folder.exists():
        pytest.skip(f"{folder} not found")
    path = tmp_path_factory.mktemp("web") / "lib.sqlite"
    with Library(path) as lib:
        for f, sym, text in corpus_docs:
            if f in POVERTY:
                lib.add_document(parse_text(text, f, sym, strict=False), f)
        lib.add_paths([folder / f"{f}.pdf" for f in PDFS])
    with TestClient(create_app(path)) as c:
        yield c


@pytest.mark.corpus
@pytest.mark.pdfs
def test_previous_in_series_is_of_the_same_body(client):
    page = client.get("/documents/A_RES_79_178", headers=HTML).text
    assert '/compare?old=A_RES_77_223&amp;new=A_RES_79_178">Compare with the previous' in page
    assert "Against A/RES/77/223: 5 new paragraphs" in page
    r = client.get("/api/compare", params={"new": "A_RES_79_178", "against": "previous"})
    assert r.json()["old"] == "A_RES_77_223"


@pytest.mark.corpus
@pytest.mark.pdfs
def test_timeline_cells_open_their_redlines(client):
    page = client.get("/series/A_RES_79_178/timeline", headers=HTML)
    assert page.status_code == 200
    links = [unescape(h) for h in re.findall(r'<a href="(/compare\?[^"]+)">', page.text)]
    assert len(links) > 40
    checked = set()
    for href in links:
        url, anchor = href.split("#")
        if url in checked and not anchor.startswith("o-"):
            continue
        compare = client.get(url, headers=HTML).text
        assert f'id="{anchor}"' in compare, href  # the cell lands on its paragraph
        checked.add(url)
    assert len(checked) == 3  # 73/163 -> 75/175 -> 77/223 -> 79/178
    across = client.get("/series/A_RES_79_178/timeline?all_bodies=true", headers=HTML).text
    assert "<th>53/10<br>" in across and "<th>53/10<br>" not in page.text
    data = client.get("/api/documents/A_RES_79_178/timeline").json()
    assert [c["id"] for c in data["columns"]] == POVERTY[:4]


@pytest.mark.corpus
@pytest.mark.pdfs
def test_document_page_lists_the_chain_and_its_views(client):
    page = client.get("/documents/A_RES_80_150", headers=HTML).text
    chain = page[page.index('aria-label="Negotiation"') :]
    order = [chain.index(s) for s in ("A/C.2/80/L.5<", "A/C.2/80/L.48<", "A/RES/80/150<")]
    assert order == sorted(order)
    assert "submitted on the basis of A/C.2/80/L.5" in chain
    side = client.get("/chain/A_RES_80_150", headers=HTML).text
    assert side.count("<th>A/") == 3  # draft, the Vice-Chair's draft, the resolution
    api = client.get("/api/documents/A_C.2_80_L.62/chain").json()
    assert [(c["summary"]["id"], c["role"]) for c in api] == [
        ("A_C.2_80_L.13", "draft"),
        ("A_C.2_80_L.62", "amendment"),
        ("A_RES_80_121", "adopted"),
    ]


@pytest.mark.corpus
@pytest.mark.pdfs
def test_amendments_applied_from_the_page(client):
    page = client.get("/documents/A_C.2_80_L.13", headers=HTML).text
    (link,) = re.findall(r'<a href="(/amend\?[^"]+)">Its amendments applied', page)
    amend = client.get(unescape(link), headers=HTML).text
    assert amend.count('class="status-not"') == 4 and amend.count("by number only") == 4
    (again,) = re.findall(r'<a href="(/amend\?[^"]+same_numbering=1)"', amend)
    forced = client.get(unescape(again), headers=HTML).text
    assert 'class="status-not"' not in forced and forced.count('class="not-adopted"') == 4
    data = client.get(
        "/api/amend", params={"draft": "A_C.2_80_L.13", "amendment": "A_C.2_80_L.62"}
    ).json()
    assert data["adopted"] == "A/RES/80/121"
    assert {o["status"] for o in data["outcomes"]} == {"not applied"}
    bad = client.get("/api/amend", params={"draft": "A_C.2_80_L.5", "amendment": "A_C.2_80_L.62"})
    assert bad.status_code == 422 and "amends A/C.2/80/L.13/Rev.1, not A/C.2/80/L.5" in bad.text
