#!/usr/bin/env python3
"""Loads the static OSC fixture into pgstac the way the osc-to-eoapi crawler shapes it.

Reads tests/fixtures/osc/ from disk and builds what the crawler would POST to the STAC
API, then writes it straight into pgstac with pypgstac:

- products (products/ID/collection.json) -> collections, id = product id, keyword
  "product" added, links replaced by self + queryables;
- workflows (workflows/ID/record.json, linked as items of workflows/catalog.json) ->
  collections, id = ID, or ID + "-workflow" when ID lacks "workflow" (so a product and a
  workflow that share an id in the static catalog do not collide here); title and
  description from the record, the other properties copied to the top level, keywords
  "workflow" + the record's, licence "proprietary", global extent from 1970, links
  replaced by self + queryables;
- experiments (experiments/ID/record.json) -> items of the collection of the workflow
  named by osc:workflow (suffixed the same way), id suffixed "-experiment" when it lacks
  "experiment", osc:workflow renamed kb:workflow, keyword "experiment" added, the
  record's other top-level members kept as properties "record:<name>", geometry null
  replaced by a global polygon (pgstac refuses null), a self link to the source record
  added, and only links with rel self, queryables, related, child, parent, item, about,
  derived_from, root or canonical kept; relative links into workflows/ or products/ are
  rewritten to the API's collection URLs, other relative links made absolute against the
  static catalog's URL;
- every record is enriched from the taxonomies (projects, themes, variables,
  eo-missions): osc:project, kb:theme / kb:variable / kb:eo-mission, kb:<kind>:title,
  kb:<kind>:<osc field>, and keywords "<kind>_<id>".

Deliberate differences from the crawler, for repeatable tests: an item's datetime is its
properties.datetime, else updated, else created (the crawler uses the time of the crawl);
keyword lists keep a fixed order (the crawler's come out of a Python set); relative links
are resolved against the record's own URL (the crawler strips leading ../ instead).

    load_api.py --dsn postgresql://postgres@127.0.0.1:55432/postgis \\
                --api-url http://127.0.0.1:8081 --source-url http://127.0.0.1:8082
    load_api.py --dump out/ --no-load     # only write collections.ndjson / items.ndjson
"""

from __future__ import annotations

import argparse
import copy
import json
import posixpath
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_FIXTURE = REPO / "tests" / "fixtures" / "osc"

STAC_VERSION = "1.1.0"  # what pystac (used by the crawler) writes
GLOBAL_BBOX = [-180.0, -90.0, 180.0, 90.0]
GLOBAL_GEOMETRY = {
    "type": "Polygon",
    "coordinates": [[[-180.0, -90.0], [180.0, -90.0], [180.0, 90.0], [-180.0, 90.0], [-180.0, -90.0]]],
}
ALLOWED_RELS = {"self", "queryables", "related", "child", "parent", "item", "about",
                "derived_from", "root", "canonical"}
TAXONOMIES = ("projects", "themes", "eo-missions", "variables")
CATEGORIES = ("products", "workflows", "experiments")
ITEM_TOP_LEVEL = {"id", "geometry", "bbox", "type", "properties", "links", "assets",
                  "stac_version", "stac_extensions"}


def workflow_collection_id(wid: str) -> str:
    return wid if "workflow" in wid.lower() else f"{wid}-workflow"


def experiment_item_id(eid: str) -> str:
    return eid if "experiment" in eid.lower() else f"{eid}-experiment"


def dedupe(values: list) -> list:
    out = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


class Fixture:
    """The static catalog on disk; paths are relative to its root ("products/x/collection.json")."""

    def __init__(self, root: Path, source_url: str, api_url: str):
        self.root = root
        self.source_url = source_url.rstrip("/")
        self.api_url = api_url.rstrip("/")
        self.kb: dict[str, dict[str, dict]] = {t: {} for t in TAXONOMIES}

    def read(self, rel: str) -> dict:
        return json.loads((self.root / rel).read_text(encoding="utf-8"))

    @staticmethod
    def resolve(base_rel: str, href: str) -> str:
        return posixpath.normpath(posixpath.join(posixpath.dirname(base_rel), href))

    def url(self, rel: str) -> str:
        return f"{self.source_url}/{rel}"

    def links(self, obj: dict, rel: str, base_rel: str) -> list[tuple[str, dict]]:
        return [(self.resolve(base_rel, ln["href"]), ln) for ln in obj.get("links", [])
                if ln.get("rel") == rel and not ln["href"].startswith(("http://", "https://"))]

    # -- knowledge base (crawler: build_knowledge_base) --
    def build_kb(self, root: dict) -> None:
        for child_rel, _ in self.links(root, "child", "catalog.json"):
            kind = child_rel.split("/")[0]
            if kind not in TAXONOMIES:
                continue
            tax = self.read(child_rel)
            for entity_rel, _ in self.links(tax, "child", child_rel):
                entity = self.read(entity_rel)
                data = {"title": entity.get("title")}
                data.update({k: v for k, v in entity.items() if k.startswith("osc:")})
                self.kb[kind][entity["id"]] = data

    # -- crawler: enrich_properties --
    def enrich(self, props: dict, links: list[dict]) -> dict:
        keywords = list(props.get("keywords") or []) if isinstance(props.get("keywords"), list) else []
        for ln in links:
            href = ln.get("href", "")
            for kind in TAXONOMIES:
                marker = f"/{kind}/"
                if marker not in href:
                    continue
                tax_id = href.split(marker)[1].split("/")[0]
                if tax_id not in self.kb[kind]:
                    continue
                singular = kind[:-1]
                if singular == "project":
                    props["osc:project"] = tax_id
                else:
                    props[f"kb:{singular}"] = tax_id
                keywords.append(f"{singular}_{tax_id}")
                data = self.kb[kind][tax_id]
                props[f"kb:{singular}:title"] = data.get("title", "")
                for k, v in data.items():
                    if k.startswith("osc:"):
                        props[f"kb:{singular}:{k[4:]}"] = v
        keywords = dedupe(keywords)
        if keywords:
            props["keywords"] = keywords
        else:
            props.pop("keywords", None)
        return props

    # -- crawler: prepare_links --
    def api_links(self, links: list[dict], base_rel: str) -> list[dict]:
        out = []
        for ln in links:
            if ln.get("rel") not in ALLOWED_RELS:
                continue
            ln = dict(ln)
            href = ln.get("href", "")
            if href and not href.startswith("http"):
                target = self.resolve(base_rel, href)
                parts = target.split("/")
                if parts[0] == "workflows" and len(parts) > 1:
                    ln["href"] = f"{self.api_url}/collections/{workflow_collection_id(parts[1])}"
                    ln["type"] = "application/json"
                elif parts[0] == "products" and len(parts) > 1:
                    ln["href"] = f"{self.api_url}/collections/{parts[1]}"
                    ln["type"] = "application/json"
                else:
                    ln["href"] = self.url(target)
            out.append(ln)
        return out

    def collection_links(self, cid: str) -> list[dict]:
        return [
            {"rel": "self", "type": "application/json", "href": f"{self.api_url}/collections/{cid}"},
            {"rel": "queryables", "type": "application/schema+json", "title": "Queryables",
             "href": f"{self.api_url}/collections/{cid}/queryables"},
        ]

    # -- products --
    def product(self, rel: str) -> dict:
        src = self.read(rel)
        col = copy.deepcopy(src)
        col["stac_version"] = STAC_VERSION
        col.setdefault("stac_extensions", [])
        own_keywords = dedupe(list(col.get("keywords") or []) + ["product"])
        extra = {k: v for k, v in col.items() if k != "keywords"}
        extra = self.enrich(extra, src.get("links", []))
        enriched = extra.pop("keywords", [])
        col.update(extra)
        col["keywords"] = dedupe(own_keywords + enriched)
        for i, bbox in enumerate(col.get("extent", {}).get("spatial", {}).get("bbox", [])):
            if bbox == [90, 180, -90, -180]:
                col["extent"]["spatial"]["bbox"][i] = list(GLOBAL_BBOX)
        col["links"] = self.api_links(self.collection_links(col["id"]), rel)
        return col

    # -- workflows --
    def workflow(self, rel: str, parent: dict) -> dict:
        rec = self.read(rel)
        raw_id = rel.split("/")[-2]
        cid = workflow_collection_id(raw_id)
        props = rec.get("properties", {})
        title = props.get("title", raw_id)
        desc = props.get("description", f"Workflow: {title}")
        extra = {k: v for k, v in props.items() if k not in ("title", "description", "type")}
        extra = self.enrich(extra, rec.get("links", []) + parent.get("links", []))
        keywords = dedupe(["workflow"] + extra.pop("keywords", []))
        col = {
            "type": "Collection",
            "id": cid,
            "stac_version": STAC_VERSION,
            "stac_extensions": [],
            "title": title,
            "description": desc,
            "keywords": keywords,
            "license": "proprietary",
            "extent": {"spatial": {"bbox": [list(GLOBAL_BBOX)]},
                       "temporal": {"interval": [["1970-01-01T00:00:00Z", None]]}},
        }
        for k, v in extra.items():
            col.setdefault(k, v)
        col["links"] = self.api_links(self.collection_links(cid), rel)
        return col

    # -- experiments --
    def experiment(self, rel: str, parent: dict) -> dict:
        rec = self.read(rel)
        rid = experiment_item_id(rec.get("id") or f"{rel.split('/')[-2]}-record")
        props = copy.deepcopy(rec.get("properties") or {})
        for k, v in rec.items():
            if k not in ITEM_TOP_LEVEL:
                props[f"record:{k}"] = v
        props = self.enrich(props, rec.get("links", []) + parent.get("links", []))
        props["keywords"] = dedupe(list(props.get("keywords", [])) + ["experiment"])
        props["datetime"] = props.get("datetime") or props.get("updated") or props.get("created")
        wf = props.pop("osc:workflow", None) or props.get("kb:workflow")
        collection = workflow_collection_id(wf) if wf else "experiments"
        if wf:
            props["kb:workflow"] = workflow_collection_id(wf)
        links = list(rec.get("links", [])) + [
            {"rel": "self", "href": self.url(rel), "type": "application/json"}]
        return {
            "type": "Feature",
            "stac_version": STAC_VERSION,
            "stac_extensions": [],
            "id": rid,
            "geometry": rec.get("geometry") or GLOBAL_GEOMETRY,
            "bbox": rec.get("bbox") or list(GLOBAL_BBOX),
            "properties": props,
            "links": self.api_links(links, rel),
            "assets": {},
            "collection": collection,
        }

    def crawl(self) -> tuple[list[dict], list[dict]]:
        root = self.read("catalog.json")
        self.build_kb(root)
        collections: dict[str, dict] = {}
        items: list[dict] = []
        for child_rel, _ in self.links(root, "child", "catalog.json"):
            category = child_rel.split("/")[0]
            if category not in CATEGORIES:
                continue
            cat = self.read(child_rel)
            if category == "products":
                for rel, _ in self.links(cat, "child", child_rel):
                    col = self.product(rel)
                    collections[col["id"]] = col
            elif category == "workflows":
                for rel, _ in self.links(cat, "item", child_rel):
                    col = self.workflow(rel, cat)
                    if col["id"] in collections:
                        print(f"warning: workflow {rel} collides with collection {col['id']}; "
                              "the later one wins", file=sys.stderr)
                    collections[col["id"]] = col
            else:
                for rel, _ in self.links(cat, "item", child_rel):
                    items.append(self.experiment(rel, cat))
        missing = sorted({i["collection"] for i in items} - set(collections))
        if missing:
            raise SystemExit(f"experiments name workflows that are not in the catalog: {missing}")
        return list(collections.values()), items


def load(dsn: str, collections: list[dict], items: list[dict]) -> None:
    from pypgstac.db import PgstacDB
    from pypgstac.load import Loader, Methods

    with PgstacDB(dsn=dsn) as db:
        loader = Loader(db=db)
        loader.load_collections(iter(collections), insert_mode=Methods.upsert)
        if items:
            loader.load_items(iter(items), insert_mode=Methods.upsert)


def main() -> int:
    ap = argparse.ArgumentParser(description="Load the OSC fixture into pgstac, shaped like osc-to-eoapi.")
    ap.add_argument("--fixture", type=Path, default=DEFAULT_FIXTURE, help="static catalog directory")
    ap.add_argument("--source-url", default="http://127.0.0.1:8082",
                    help="URL where the static catalog is served (for absolute links)")
    ap.add_argument("--api-url", default="http://127.0.0.1:8081", help="public URL of the STAC API")
    ap.add_argument("--dsn", help="PostgreSQL DSN (default: from PG* environment variables)")
    ap.add_argument("--dump", type=Path, help="also write collections.ndjson and items.ndjson here")
    ap.add_argument("--no-load", action="store_true", help="do not touch the database")
    args = ap.parse_args()

    fixture = Fixture(args.fixture, args.source_url, args.api_url)
    collections, items = fixture.crawl()
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for name, rows in (("collections", collections), ("items", items)):
            with open(args.dump / f"{name}.ndjson", "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    if not args.no_load:
        load(args.dsn or "", collections, items)
    print(f"{'shaped' if args.no_load else 'loaded'} {len(collections)} collections, {len(items)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
