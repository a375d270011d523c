#!/usr/bin/env python3
"""Smoke checks against running catalog servers (bash scripts/catalog/server.sh start).

    python3 scripts/catalog/check.py      # prints one line per check, then "N passed, N failed"

Standard library only. Reads the ports from the same CATALOG_* variables as server.sh and
the expected records from tests/fixtures/osc/_inventory.json.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
INV = json.loads((REPO / "tests/fixtures/osc/_inventory.json").read_text())
API = f"http://127.0.0.1:{os.environ.get('CATALOG_API_PORT', '8081')}"
STATIC = f"http://127.0.0.1:{os.environ.get('CATALOG_STATIC_PORT', '8082')}"
NOCORS = f"http://127.0.0.1:{os.environ.get('CATALOG_NOCORS_PORT', '8083')}"
FREETEXT = os.environ.get("CATALOG_SEARCH_FREETEXT", "0") == "1"

results: list[tuple[bool, str]] = []


def get(url: str, origin: str | None = "http://127.0.0.1:8080"):
    req = urllib.request.Request(url, headers={"Origin": origin} if origin else {})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status, dict(resp.headers), json.loads(resp.read())


def check(name: str, fn) -> None:
    try:
        fn()
        results.append((True, name))
    except Exception as e:  # noqa: BLE001 - report every failure and go on
        results.append((False, f"{name}: {type(e).__name__}: {e}"))


def expect(cond: bool, msg: str) -> None:
    if not cond:
        raise AssertionError(msg)


def pages(url: str, key: str) -> list[list[str]]:
    out = []
    while url:
        _, _, body = get(url)
        out.append([f["id"] for f in body[key]])
        url = next((ln["href"] for ln in body["links"] if ln["rel"] == "next"), None)
        expect(len(out) < 20, "too many pages")
    return out


def t_conformance():
    _, _, body = get(f"{API}/conformance")
    c = body["conformsTo"]
    expect("https://api.stacspec.org/v1.0.0-rc.1/collection-search#free-text" in c, "no collection free text")
    has_search_ft = "https://api.stacspec.org/v1.0.0-rc.1/item-search#free-text" in c
    expect(has_search_ft == FREETEXT, f"item-search#free-text advertised={has_search_ft}")


def t_collections_q():
    _, _, body = get(f"{API}/collections?q=glacier")
    ids = sorted(c["id"] for c in body["collections"])
    expect(ids == ["glacier-pulse", "glacier-pulse-workflow"], ids)


def t_collections_paging():
    got = pages(f"{API}/collections?limit=10", "collections")
    expect([len(p) for p in got] == [10, 10, 8], [len(p) for p in got])
    ids = {i for p in got for i in p}
    want = {r["api_collection"] for r in INV["products"].values()} | {
        r["api_collection"] for r in INV["workflows"].values()}
    expect(ids == want, sorted(ids ^ want))


def t_search_paging():
    got = pages(f"{API}/search?limit=3", "features")
    expect([len(p) for p in got] == [3, 3, 2], [len(p) for p in got])
    ids = {i for p in got for i in p}
    expect(ids == {r["api_item"] for r in INV["experiments"].values()}, sorted(ids))


def t_search_q():
    _, _, body = get(f"{API}/search?q=glacier&limit=50")
    ids = [f["id"] for f in body["features"]]
    if FREETEXT:
        expect(ids == ["glacier-pulse-experiment"], ids)
    else:  # stock 7.2: q is not a /search parameter and is ignored
        expect(len(ids) == INV["counts"]["experiments"], ids)


def t_workflow_items():
    for eid, rec in INV["experiments"].items():
        _, _, body = get(f"{API}/collections/{rec['api_collection']}/items")
        ids = [f["id"] for f in body["features"]]
        expect(rec["api_item"] in ids, (eid, ids))


def t_api_cors():
    _, headers, _ = get(f"{API}/collections")
    expect(headers.get("access-control-allow-origin") == "*", headers)


def t_static_cors():
    _, headers, body = get(f"{STATIC}/catalog.json")
    expect(body["id"] == "osc", body.get("id"))
    expect(headers.get("Access-Control-Allow-Origin") == "*", headers)


def t_nocors():
    _, headers, body = get(f"{NOCORS}/catalog.json")
    expect(body["id"] == "osc", body.get("id"))
    expect(not any(k.lower().startswith("access-control-") for k in headers), headers)


def t_static_records():
    for kind in ("workflows", "experiments", "products"):
        for rid, rec in INV[kind].items():
            _, _, body = get(f"{STATIC}/{rec['static_href']}")
            expect(body["id"] == rid, (rid, body.get("id")))


for name, fn in [
    ("conformance", t_conformance),
    ("collections free text q=glacier", t_collections_q),
    ("collections paging limit=10", t_collections_paging),
    ("search paging limit=3", t_search_paging),
    ("search q=glacier", t_search_q),
    ("experiments are items of their workflow collection", t_workflow_items),
    ("api CORS", t_api_cors),
    ("static catalog with CORS", t_static_cors),
    ("static catalog without CORS", t_nocors),
    ("static records resolve", t_static_records),
]:
    check(name, fn)

for ok, line in results:
    print(("ok   " if ok else "FAIL ") + line)
passed = sum(ok for ok, _ in results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if passed == len(results) else 1)
