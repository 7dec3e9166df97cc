"""The web app for a day's work, over a real library (the seeds and a sample of the corpus)
on both engines: the library and search a page at a time, facets, sorting, symbol
permalinks, enum parameters answered 422, prefix and fuzzy words, snippets on word
boundaries, links to the UN's copies."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from clausewise.web import create_app

from .conftest import BACKENDS, new_library
from .webkit import TOKEN, sampled_library

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("daily")
    path = new_library(request.param, folder)
    ids = sampled_library(path, folder)
    with TestClient(create_app(path, token=TOKEN, embed=False)) as c:
        yield c, ids


def all_docs(c) -> list[dict]:
    return c.get("/api/documents", params={"limit": 10000, "sort": "oldest"}).json()["documents"]


def test_total_counts_the_matches_and_offset_pages(site):
    c, ids = site
    every = all_docs(c)
    assert len(every) > 100
    r = c.get("/api/documents", params={"body": "HRC", "limit": 3}).json()
    hrc = [d for d in every if d["body"] == "HRC"]
    assert r["total"] == len(hrc) and r["count"] == min(3, len(hrc))
    assert r["more"] == (len(hrc) > 3)
    # offset + limit walk the same list the whole query gives, without gaps or repeats
    whole = c.get("/api/documents", params={"limit": 10000}).json()["documents"]
    walked = []
    for offset in range(0, len(whole), 40):
        page = c.get("/api/documents", params={"limit": 40, "offset": offset}).json()
        assert page["offset"] == offset
        walked += page["documents"]
    assert [d["id"] for d in walked] == [d["id"] for d in whole]


def test_newest_first_by_default_and_sorts(site):
    c, _ = site
    newest = c.get("/api/documents", params={"limit": 10000}).json()["documents"]
    dates = [d["date"] for d in newest if d["date"]]
    assert dates == sorted(dates, reverse=True)
    by_symbol = c.get("/api/documents", params={"limit": 10000, "sort": "symbol"}).json()
    symbols = [d["symbol"] for d in by_symbol["documents"] if d["symbol"]]
    assert symbols == sorted(symbols)
    by_title = c.get("/api/documents", params={"limit": 10000, "sort": "title"}).json()
    titles = [d["title"].lower() for d in by_title["documents"] if d["title"]]
    assert titles == sorted(titles)


def test_year_filter_and_facets_count_what_the_filters_leave(site):
    c, _ = site
    every = all_docs(c)
    r = c.get("/api/documents", params={"year": 2017, "facets": "true", "limit": 500}).json()
    in_2017 = [d for d in every if (d["date"] or "").startswith("2017")]
    assert r["total"] == len(in_2017) > 0
    assert {d["id"] for d in r["documents"]} == {d["id"] for d in in_2017}
    bodies = {f["value"]: f["count"] for f in r["facets"]["body"]}
    for body, n in bodies.items():
        assert n == sum(1 for d in in_2017 if d["body"] == body)
    # a facet leaves its own filter out: every year keeps its count beside the chosen one
    years = {f["value"]: f["count"] for f in r["facets"]["year"]}
    assert years["2017"] == len(in_2017) and len(years) > 1
    with_mandates = c.get("/api/documents", params={"mandates": "yes", "limit": 1}).json()
    without = c.get("/api/documents", params={"mandates": "no", "limit": 1}).json()
    assert with_mandates["total"] + without["total"] == len(every)
    assert with_mandates["total"] > 0 and without["total"] > 0


@pytest.mark.parametrize(
    "url",
    [
        "/api/mandates?kind=nonsense",
        "/api/documents?status=nonsense",
        "/api/documents?sort=nonsense",
        "/api/documents?mandates=maybe",
        "/api/search?q=poverty&kind=nonsense",
        "/api/registry?status=nonsense",
        "/api/registry?kind=nonsense",
        "/api/documents?year=17",
    ],
)
def test_invalid_enum_values_are_422(site, url):
    c, _ = site
    r = c.get(url)
    assert r.status_code == 422, (url, r.status_code)
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


def test_library_page_is_paginated_newest_first(site):
    c, _ = site
    total = len(all_docs(c))
    first = c.get("/", headers=HTML).text
    assert f"1–50 of {total:,} documents" in first
    assert 'aria-current="page">1<' in first and 'href="/?page=2"' in first
    second = c.get("/?page=2", headers=HTML).text
    assert f"51–100 of {total:,} documents" in second
    rows1 = re.findall(r'<td><a href="/documents/([^"]+)">', first)
    rows2 = re.findall(r'<td><a href="/documents/([^"]+)">', second)
    assert len(rows1) == 50 and rows2 and not set(rows1) & set(rows2)
    # a facet's link filters, and the filter shows as current; the page number resets
    hrc = c.get("/?body=HRC&sort=title", headers=HTML).text
    assert 'class="chip current"' in hrc and 'data-value="HRC"' in hrc
    assert '<option value="title" selected>' in hrc


def test_header_search_box_is_not_filled_by_the_library_filter(site):
    c, _ = site
    page = c.get("/?q=poverty", headers=HTML).text
    assert 'id="quick-q" name="q" type="search" placeholder="Search paragraphs" value=""' in page
    search = c.get("/search?q=poverty", headers=HTML).text
    assert 'placeholder="Search paragraphs" value="poverty"' in search


def test_search_offset_and_page_are_honoured(site):
    c, _ = site
    whole = c.get("/api/search", params={"q": "human rights", "limit": 60}).json()
    assert whole["total"] >= 60 and whole["count"] == 60
    part = c.get("/api/search", params={"q": "human rights", "limit": 20, "offset": 20}).json()
    assert part["total"] == whole["total"]
    key = [(h["doc"], h["eid"]) for h in whole["hits"]]
    assert [(h["doc"], h["eid"]) for h in part["hits"]] == key[20:40]
    p1 = c.get("/search", params={"q": "human rights"}, headers=HTML).text
    p2 = c.get("/search", params={"q": "human rights", "page": 2}, headers=HTML).text
    assert f"21–40 of {whole['total']:,} paragraphs" in p2
    assert 'rel="prev"' in p2 and 'rel="next"' in p1
    where = re.compile(r'<div class="where"><a href="([^"]+)"')
    assert set(where.findall(p1)).isdisjoint(where.findall(p2))


@pytest.mark.parametrize("q", ["pov*", "poverty~1", "povrty~2"])
def test_prefix_and_fuzzy_words_find_poverty(site, q):
    c, _ = site
    r = c.get("/api/search", params={"q": q, "limit": 50})
    assert r.status_code == 200, r.text
    hits = r.json()["hits"]
    with_poverty = ["pover" in h["text"].lower() for h in hits]
    # two differences from "povrty" also reach other words ("party"): some, not all
    assert hits and (any(with_poverty) if q.endswith("~2") else all(with_poverty))
    marked = {t.lower() for h in hits for t, on in h["snippet"] if on}
    assert "poverty" in marked
    if not q.endswith("~2"):  # each says what matched
        assert all(any(on for _, on in h["snippet"]) for h in hits)


def test_unknown_field_message_names_no_cli_flag(site):
    c, _ = site
    page = c.get("/search", params={"q": "title:review"}, headers=HTML).text
    assert "unknown field" in page and "--body" not in page and "--" not in page.split("<main")[1]
    r = c.get("/api/search", params={"q": "poverty~3"})
    assert r.status_code == 422 and "at most 2" in r.json()["detail"]


def test_snippets_cut_on_word_boundaries_with_an_ellipsis(site):
    c, _ = site
    hits = c.get("/api/search", params={"q": "poverty", "limit": 50}).json()["hits"]
    cut = 0
    for h in hits:
        shown = "".join(t for t, _ in h["snippet"])
        body = shown.removeprefix("… ").removesuffix(" …")
        assert body in h["text"], (body, h["text"])
        start = h["text"].index(body)
        if start > 0:
            assert shown.startswith("… ") and not h["text"][start - 1].isalnum()
            cut += 1
        end = start + len(body)
        if end < len(h["text"]):
            assert shown.endswith(" …") and not h["text"][end].isalnum()
            cut += 1
    assert cut > 0


def test_symbol_permalinks(site):
    c, ids = site
    page = c.get("/documents/A/RES/72/169", headers=HTML)
    assert page.status_code == 200
    assert 'id="para_15"' in page.text and "Enhancement of international cooperation" in page.text
    assert page.text == c.get(f"/documents/{ids['001']}", headers=HTML).text
    rec = c.get("/api/documents/A/RES/72/169")
    assert rec.status_code == 200 and rec.json() == c.get(f"/api/documents/{ids['001']}").json()
    r = c.get("/documents/A/RES/72/169/akn.xml", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == f"/documents/{ids['001']}/akn.xml"
    r = c.get("/api/documents/A/RES/72/169/series")
    assert r.status_code == 200 and any(d["id"] == ids["001"] for d in r.json())
    assert c.get("/documents/A/RES/1/999", headers=HTML).status_code == 404
    # the library and search link by symbol
    assert 'href="/documents/A/RES/72/169"' in c.get("/?q=72/169", headers=HTML).text


def test_old_style_rows_read_as_their_own_resolution(site):
    c, _ = site
    rec = c.get("/api/documents", params={"q": "A/RES/364(IV)"}).json()["documents"]
    assert [d["number"] for d in rec] == ["364 (IV) A"]
    sc = c.get("/api/documents", params={"q": "S/RES/39(1948)"}).json()["documents"]
    assert sc and not sc[0]["title"].startswith("[")


def test_citations_outside_the_library_and_the_official_pdf(site):
    c, ids = site
    page = c.get(f"/documents/{ids['001']}", headers=HTML).text
    assert re.search(r'<a class="cite external" href="https://undocs.org/en/A/RES/[^"]+"', page)
    assert (
        'href="https://documents.un.org/api/symbol/access?s=A%2FRES%2F72%2F169&amp;l=en&amp;t=pdf"'
        in page
    )


def test_suggest_offers_documents_by_symbol_or_title_words(site):
    c, ids = site
    by_symbol = c.get("/api/suggest", params={"q": "72/169"}).json()["suggestions"]
    assert by_symbol[0]["id"] == ids["001"] and by_symbol[0]["label"].startswith("A/RES/72/169")
    by_title = c.get("/api/suggest", params={"q": "extreme poverty", "limit": 5}).json()
    assert 0 < len(by_title["suggestions"]) <= 5
    assert all("extreme poverty" in s["title"].lower() for s in by_title["suggestions"])
    page = c.get("/compare", headers=HTML).text
    # no list of every document: the pickers' lists are empty until one types
    assert '<datalist id="old-suggest"></datalist>' in page
    assert '<datalist id="new-suggest"></datalist>' in page


def test_compare_with_one_side_says_what_is_missing(site):
    c, ids = site
    page = c.get("/compare", params={"new": "A/RES/72/169"}, headers=HTML).text
    assert "A/RES/72/169 is the new side: choose the old document" in page
    assert f"/compare?new={ids['001']}&amp;against=draft" in page  # it has a draft here
    old = c.get("/compare", params={"old": ids["000"]}, headers=HTML).text
    assert "is the old side: choose the new document" in old


def test_compare_counts_link_to_the_first_change_of_each_type(site):
    c, ids = site
    page = c.get("/compare", params={"old": ids["000"], "new": ids["001"]}, headers=HTML).text
    counts = re.search(r'<span class="change-counts">(.*?)</span>', page).group(1)
    links = re.findall(r'<a href="#([^"]+)" data-type="(\w+)">(\d+) (\w+)</a>', counts)
    assert ("n-para_15", "inserted", "1", "inserted") in links
    for anchor, *_ in links:
        assert f'id="{anchor}"' in page  # each count's link lands on its change
    assert 'id="changes-only"' in page and "/static/app.js" in page


def test_trace_shows_scores_folds_weak_matches_and_agrees_on_the_earliest(site):
    c, ids = site
    page = c.get(f"/trace/{ids['004']}/preamble__container_20", headers=HTML).text
    scores = [int(x) for x in re.findall(r'class="score"[^>]*>(\d+)% alike', page)]
    assert scores
    main, _, weak = page.partition('<details class="weak">')
    shown = [int(x) for x in re.findall(r'class="score"[^>]*>(\d+)% alike', main)]
    assert all(s >= 50 for s in shown)
    assert all(int(x) < 50 for x in re.findall(r'class="score"[^>]*>(\d+)% alike', weak))
    # the earliest source named above the line is the line's first source
    first = re.search(r'<li class="source">\s*<div class="where"><strong>([^<]+)</strong>', main)
    earliest = re.search(r"Earliest source at 50% or more: .*?\((\d{4}-\d\d-\d\d)\)", main)
    if first:
        assert earliest and earliest.group(1) == first.group(1)
    # a threshold of 0 shows every match in the line, none folded
    everything = c.get(f"/trace/{ids['004']}/preamble__container_20?min=0", headers=HTML).text
    assert '<details class="weak">' not in everything
    assert everything.count('class="score"') == len(scores)


def _dates(c) -> dict[str, str | None]:
    return {d["id"]: d["date"] for d in all_docs(c)}


def test_search_date_range_keeps_only_documents_in_it(site):
    c, _ = site
    dates = _dates(c)
    every = c.get("/api/search", params={"q": "human rights", "limit": 500}).json()
    r = c.get(
        "/api/search", params={"q": "human rights", "from": "2015", "to": "2016-06", "limit": 500}
    ).json()
    inside = [h for h in every["hits"] if "2015" <= (dates[h["doc"]] or "") <= "2016-06-99"]
    assert 0 < r["total"] < every["total"] and inside
    assert all("2015-01-01" <= dates[h["doc"]] <= "2016-06-30" for h in r["hits"])
    # every match of the whole list that falls in the range is in the ranged one
    ranged = {(h["doc"], h["eid"]) for h in r["hits"]}
    assert {(h["doc"], h["eid"]) for h in inside} <= ranged
    bad = c.get("/api/search", params={"q": "rights", "from": "2017-13"})
    assert bad.status_code == 422 and "no such date" in bad.json()["detail"]
    assert (
        c.get("/api/search", params={"q": "rights", "from": "2018", "to": "2017"}).status_code
        == 422
    )
    page = c.get("/search", params={"q": "rights", "from": "last year"}, headers=HTML).text
    assert "from: a date (2017-12-19)" in page


@pytest.mark.parametrize("sort", ["newest", "oldest"])
def test_search_sorted_by_date_pages_consistently(site, sort):
    c, _ = site
    dates = _dates(c)
    q = {"q": "human rights", "sort": sort}
    whole = c.get("/api/search", params={**q, "limit": 200}).json()
    keys = [(h["doc"], h["eid"]) for h in whole["hits"]]
    got = [dates[h["doc"]] or "" for h in whole["hits"]]
    dated = [d for d in got if d]
    assert len(set(dated)) > 3
    assert dated == sorted(dated, reverse=sort == "newest")
    # undated documents last either way, as on the library page
    assert "" not in got or set(got[got.index("") :]) == {""}
    walked = []
    for offset in range(0, 200, 50):
        page = c.get("/api/search", params={**q, "limit": 50, "offset": offset}).json()
        assert page["total"] == whole["total"]
        walked += [(h["doc"], h["eid"]) for h in page["hits"]]
    assert walked == keys  # no gap, no repeat across pages
    # the page keeps the sort and the range in its pager links and its form
    html = c.get("/search", params={**q, "from": "2000"}, headers=HTML).text
    assert f"sort={sort}" in html and "from=2000" in html
    assert f'<option value="{sort}" selected>' in html
