#!/usr/bin/env python3
"""Writes the static Open Science Catalog test fixture to tests/fixtures/osc/.

Every record here is invented for tests (titles end in "(fictional)"), but shaped like
the EarthCODE Open Science Catalog: a root catalog.json with children projects, themes,
variables, eo-missions, products, workflows and experiments; products are STAC
Collections (products/ID/collection.json); workflows and experiments are OGC API Records
features (workflows/ID/record.json, experiments/ID/record.json); all internal hrefs are
relative. Platforms are named only through links, as in the real catalog.

Deterministic: run it again and the output is byte-identical. The generated files are
committed; re-run after editing the tables below:

    python3 scripts/catalog/make_fixtures.py            # writes tests/fixtures/osc/
    python3 scripts/catalog/make_fixtures.py --check    # exits 1 if the files differ

It also writes tests/fixtures/osc/_inventory.json (not linked from the catalog): the
expected platform of every record, for tests to assert against.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "tests" / "fixtures" / "osc"

OSC_EXT = "https://stac-extensions.github.io/osc/v1.0.0/schema.json"
THEMES_EXT = "https://stac-extensions.github.io/themes/v1.0.0/schema.json"
CONTACTS_EXT = "https://stac-extensions.github.io/contacts/v0.1.1/schema.json"
RECORD_CORE = "http://www.opengis.net/spec/ogcapi-records-1/1.0/req/record-core"
APP_EXT = "https://stac-extensions.github.io/application/v0.1.0/schema.json"
THEME_SCHEME = "https://github.com/stac-extensions/osc#theme"

GLOBAL_BBOX = [-180.0, -90.0, 180.0, 90.0]

# --- platform links (the only way records name a platform) --------------------------

DEEPESDL_URL = "https://deep.earthsystemdatalab.net/"
EOXHUB_URL = "https://workspace.cif.hub-otc.eox.at/"
PANGEO_URL = "https://pangeo.io"
OPENEO_SERVER = "https://openeofed.dataspace.copernicus.eu/openeo"


def deepesdl_origin() -> dict:
    return {
        "rel": "application-originating-platform",
        "title": "DeepESDL platform",
        "href": DEEPESDL_URL,
        "type": "text/html",
        "application:platform_supports": ["jupyter-notebook"],
        "application:preferred_app": "JupyterLab",
    }


def deepesdl_open_notebook(rid: str) -> dict:
    return {
        "rel": "related",
        "href": (
            "https://deep.earthsystemdatalab.net/hub/user-redirect/git-pull?repo="
            "https%3A%2F%2Fexample.org%2Fgit%2F" + rid
            + "&urlpath=lab%2Ftree%2F" + rid + "%2Fnotebook.ipynb&branch=main"
        ),
        "type": "text/html",
        "title": "Open notebook on the DeepESDL platform",
    }


def eoxhub_origin(supports: str) -> dict:
    return {
        "rel": "application-originating-platform",
        "title": "EOxHub Workspaces",
        "href": EOXHUB_URL,
        "type": "text/html",
        "application:platform_supports": [supports],
        "application:preferred_app": "argo" if supports == "argo-workflow" else "JupyterLab",
    }


def edc_open_notebook(rid: str) -> dict:
    return {
        "rel": "related",
        "href": "https://hub.eox.at/hub/user-redirect/lab/tree/" + rid + "/notebook.ipynb",
        "type": "text/html",
        "title": "Open notebook on the EDC platform",
    }


def pangeo_platform() -> dict:
    return {
        "rel": "application-platform",
        "title": "Pangeo",
        "href": PANGEO_URL,
        "type": "text/html",
        "application:platform_supports": ["jupyter-notebook"],
    }


def openeo_process_url(process: str) -> str:
    return (
        "https://openeo.dataspace.copernicus.eu/openeo/1.2/processes/"
        "u:00000000-fixture-0000-0000-000000000000/" + process
    )


def openeo_editor(process: str, rel: str) -> dict:
    return {
        "rel": rel,
        "href": (
            "https://editor.openeo.org/?wizard=UDP&wizard~process=" + process
            + "&wizard~processUrl=" + openeo_process_url(process)
            + "&server=" + OPENEO_SERVER
        ),
        "type": "text/html",
        "title": "openEO Web Editor execution URL",
    }


# --- taxonomies ------------------------------------------------------------------------

PROJECTS = {
    "aurora-ice-dynamics": ("Aurora Ice Dynamics (fictional)", "ongoing", "cryosphere",
                            "A fictional project studying glaciers, fjords and sea ice."),
    "coastal-pulse": ("Coastal Pulse (fictional)", "completed", "oceans",
                      "A fictional project on coastal seas, salinity and harbour traffic."),
    "verdant-lands": ("Verdant Lands (fictional)", "ongoing", "land",
                      "A fictional project on crops, floods and snow on land."),
    "skyline-aerosols": ("Skyline Aerosols (fictional)", "ongoing", "atmosphere",
                         "A fictional project on aerosols in the atmosphere."),
}

THEMES = {
    "atmosphere": "Atmosphere",
    "cryosphere": "Cryosphere",
    "land": "Land",
    "oceans": "Oceans",
}

VARIABLES = {
    "aerosol-optical-depth": ("Aerosol Optical Depth", "atmosphere"),
    "chlorophyll-a": ("Chlorophyll-a", "oceans"),
    "crop-type": ("Crop Type", "land"),
    "flood-extent": ("Flood Extent", "land"),
    "glacier-velocity": ("Glacier Velocity", "cryosphere"),
    "leaf-area-index": ("Leaf Area Index", "land"),
    "meltwater-runoff": ("Meltwater Runoff", "cryosphere"),
    "sea-ice-lead-fraction": ("Sea-Ice Lead Fraction", "cryosphere"),
    "sea-surface-salinity-anomaly": ("Sea Surface Salinity Anomaly", "oceans"),
    "snow-cover-extent": ("Snow Cover Extent", "cryosphere"),
    "vessel-density": ("Vessel Density", "oceans"),
}

MISSIONS = {
    "cryosat-2": "CryoSat-2",
    "sentinel-1": "Sentinel-1",
    "sentinel-2": "Sentinel-2",
    "sentinel-3": "Sentinel-3",
    "smos": "SMOS",
}

# --- products ----------------------------------------------------------------------------
# id: (title, project, themes, variables, missions, produced-by experiment or None, region)

PRODUCTS = {
    "fjord-meltwater-plumes": ("Fjord Meltwater Plumes (fictional)", "aurora-ice-dynamics",
                               ["cryosphere"], ["meltwater-runoff"], ["sentinel-2"],
                               "fjord-melt-run-2024", "Greenland"),
    "glacier-pulse": ("Glacier Pulse Velocity Mosaics (fictional)", "aurora-ice-dynamics",
                      ["cryosphere"], ["glacier-velocity"], ["sentinel-1"],
                      "glacier-pulse", "Svalbard"),
    "crop-phenology-maps-2023": ("Crop Phenology Maps 2023 (fictional)", "verdant-lands",
                                 ["land"], ["crop-type", "leaf-area-index"], ["sentinel-2"],
                                 "crop-phenology-run-2023", "Europe"),
    "sea-ice-lead-fraction": ("Sea-Ice Lead Fraction (fictional)", "aurora-ice-dynamics",
                              ["cryosphere", "oceans"], ["sea-ice-lead-fraction"],
                              ["cryosat-2", "sentinel-1"], "sea-ice-lead-experiment", "Arctic"),
    "salinity-anomalies-monthly": ("Sea Surface Salinity Monthly Anomalies (fictional)",
                                   "coastal-pulse", ["oceans"],
                                   ["sea-surface-salinity-anomaly"], ["smos"],
                                   "salinity-anomaly-run", "global"),
    "snowline-elevation-alps": ("Alpine Snowline Elevation (fictional)", "verdant-lands",
                                ["cryosphere", "land"], ["snow-cover-extent"], ["sentinel-2"],
                                "snowline-tracker-experiment", "Alps"),
    "flood-extent-danube-2024": ("Danube Flood Extent 2024 (fictional)", "verdant-lands",
                                 ["land"], ["flood-extent"], ["sentinel-1"],
                                 "flood-extent-run-2024", "Danube basin"),
    "harbour-traffic-density": ("Harbour Traffic Density (fictional)", "coastal-pulse",
                                ["oceans"], ["vessel-density"], ["sentinel-1"],
                                "harbour-watch-experiment", "North Sea"),
    "plankton-bloom-index": ("Plankton Bloom Index (fictional)", "coastal-pulse", ["oceans"],
                             ["chlorophyll-a"], ["sentinel-3"], None, "Baltic Sea"),
    "aerosol-optical-depth-daily": ("Daily Aerosol Optical Depth (fictional)",
                                    "skyline-aerosols", ["atmosphere"],
                                    ["aerosol-optical-depth"], ["sentinel-3"], None, "global"),
}

# --- workflows -------------------------------------------------------------------------
# id: (title, platform, application:type, project, themes, keywords, experiments)
# platform: the expected platform id in the explorer (None: names no platform).

WORKFLOWS = {
    "fjord-melt-notebook": ("Fjord Melt Notebook (fictional)", "deepesdl", "jupyter-notebook",
                            "aurora-ice-dynamics", ["cryosphere"],
                            ["fjord", "meltwater", "greenland"], ["fjord-melt-run-2024"]),
    "salinity-anomaly-explorer": ("Salinity Anomaly Explorer (fictional)", "deepesdl",
                                  "jupyter-notebook", "coastal-pulse", ["oceans"],
                                  ["salinity", "anomalies", "climatology"],
                                  ["salinity-anomaly-run"]),
    "permafrost-notebook-lite": ("Permafrost Notebook Lite (fictional)", "deepesdl",
                                 "jupyter-notebook", "aurora-ice-dynamics", ["cryosphere"],
                                 ["permafrost", "ground temperature"], []),
    "glacier-pulse": ("Glacier Pulse (fictional)", "edc-eoxhub", "argo-workflow",
                      "aurora-ice-dynamics", ["cryosphere"],
                      ["glacier", "velocity", "offset tracking"], ["glacier-pulse"]),
    "harbour-watch-workflow": ("Harbour Watch (fictional)", "edc-eoxhub", "jupyter-notebook",
                               "coastal-pulse", ["oceans"], ["harbour", "vessels", "sar"],
                               ["harbour-watch-experiment"]),
    "sea-ice-lead-detector": ("Sea-Ice Lead Detector (fictional)", "pangeo-edc",
                              "jupyter-notebook", "aurora-ice-dynamics",
                              ["cryosphere", "oceans"], ["sea ice", "leads", "xarray"],
                              ["sea-ice-lead-experiment"]),
    "plankton-bloom-xarray": ("Plankton Bloom with xarray (fictional)", "pangeo-edc",
                              "jupyter-notebook", "coastal-pulse", ["oceans"],
                              ["plankton", "bloom", "dask"], []),
    "crop-phenology-openeo": ("Crop Phenology with openEO (fictional)", "cdse-openeo",
                              "openeo-process", "verdant-lands", ["land"],
                              ["crops", "phenology", "openeo"], ["crop-phenology-run-2023"]),
    "flood-extent-openeo": ("Flood Extent with openEO (fictional)", "cdse-openeo",
                            "openeo-process", "verdant-lands", ["land"],
                            ["flood", "sar", "openeo"], ["flood-extent-run-2024"]),
    "snowline-tracker": ("Snowline Tracker (fictional)", None, "cwl-workflow",
                         "verdant-lands", ["cryosphere", "land"], ["snow", "snowline", "alps"],
                         ["snowline-tracker-experiment"]),
    "markdown-sanitiser-probe": ("Markdown Sanitiser Probe (fictional)", None,
                                 "jupyter-notebook", "skyline-aerosols", ["atmosphere"],
                                 ["sanitiser", "markdown"], []),
}

# --- experiments -------------------------------------------------------------------------
# id: (title, workflow, platform, product)

EXPERIMENTS = {
    "fjord-melt-run-2024": ("Fjord Melt Run 2024 (fictional)", "fjord-melt-notebook",
                            "deepesdl", "fjord-meltwater-plumes"),
    "salinity-anomaly-run": ("Salinity Anomaly Run (fictional)", "salinity-anomaly-explorer",
                             "deepesdl", "salinity-anomalies-monthly"),
    "glacier-pulse": ("Glacier Pulse Experiment (fictional)", "glacier-pulse", "edc-eoxhub",
                      "glacier-pulse"),
    "harbour-watch-experiment": ("Harbour Watch Experiment (fictional)",
                                 "harbour-watch-workflow", "edc-eoxhub",
                                 "harbour-traffic-density"),
    "sea-ice-lead-experiment": ("Sea-Ice Lead Experiment (fictional)", "sea-ice-lead-detector",
                                "pangeo-edc", "sea-ice-lead-fraction"),
    "crop-phenology-run-2023": ("Crop Phenology Run 2023 (fictional)", "crop-phenology-openeo",
                                "cdse-openeo", "crop-phenology-maps-2023"),
    "flood-extent-run-2024": ("Flood Extent Run 2024 (fictional)", "flood-extent-openeo",
                              "cdse-openeo", "flood-extent-danube-2024"),
    "snowline-tracker-experiment": ("Snowline Tracker Experiment (fictional)",
                                    "snowline-tracker", None, "snowline-elevation-alps"),
}

# How an experiment names its product. The real catalog uses three shapes: a `child` link
# (the default here), a `related` link with the `osc:product` property (the WorldCereal
# experiment), or the property alone. A product whose experiment uses the property alone
# names its experiment only by its `related` link (no `osc:experiment`).
PRODUCT_SHAPE = {
    "crop-phenology-run-2023": "related+property",
    "flood-extent-run-2024": "property",
}

# Filler records so that a page size of 10 needs three pages (no platform, no experiment).
N_FILLER_PRODUCTS = 4
N_FILLER_WORKFLOWS = 3
_PROJECT_CYCLE = list(PROJECTS)
# Filler products use variables whose words no hand-written record uses, so that free-text
# searches for the hand-written records' words (glacier, fjord, ...) do not match them.
_FILLER_VARIABLES = ["leaf-area-index", "chlorophyll-a", "aerosol-optical-depth", "leaf-area-index"]
for _i in range(1, N_FILLER_PRODUCTS + 1):
    _p = _PROJECT_CYCLE[(_i - 1) % len(_PROJECT_CYCLE)]
    _v = _FILLER_VARIABLES[(_i - 1) % len(_FILLER_VARIABLES)]
    PRODUCTS[f"fixture-product-{_i:02d}"] = (
        f"Fixture Product {_i:02d} (fictional)", _p, [VARIABLES[_v][1]], [_v], ["sentinel-2"],
        None, "global")
for _i in range(1, N_FILLER_WORKFLOWS + 1):
    _p = _PROJECT_CYCLE[(_i - 1) % len(_PROJECT_CYCLE)]
    WORKFLOWS[f"fixture-workflow-{_i:02d}"] = (
        f"Fixture Workflow {_i:02d} (fictional)", None, "jupyter-notebook", _p,
        [PROJECTS[_p][2]], ["fixture", "filler"], [])

SANITISER_DESCRIPTION = """\
# Markdown sanitiser probe

This **fictional** workflow exists to test how descriptions are rendered. It has
*emphasis*, `inline code`, a list:

- first item
- second item

and a [safe link](https://example.org/docs/sanitiser).

<script>alert('xss-script')</script>

<img src="x" onerror="alert('xss-img')">

[Click me](javascript:alert('xss-link'))

<a href="javascript:alert('xss-anchor')">raw anchor</a>
"""

DESCRIPTIONS = {
    "fjord-melt-notebook": (
        "Estimates meltwater plume extent in Greenland fjords from optical imagery.\n\n"
        "Steps:\n\n1. Load the fjord data cube\n2. Classify turbid water\n"
        "3. Aggregate plume area per week\n"),
    "markdown-sanitiser-probe": SANITISER_DESCRIPTION,
}


# --- helpers -----------------------------------------------------------------------------

def stamp(i: int) -> str:
    """A fixed, distinct timestamp per record (for sorting tests)."""
    t = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.timezone.utc) + dt.timedelta(days=7 * i, hours=i)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def link(rel: str, href: str, title: str | None = None, typ: str = "application/json") -> dict:
    out = {"rel": rel, "href": href, "type": typ}
    if title is not None:
        out["title"] = title
    return out


def root_parent(parent_title: str, depth: int = 2) -> list[dict]:
    up = "../" * depth
    return [
        link("root", f"{up}catalog.json", "Open Science Catalog"),
        link("parent", "../catalog.json", parent_title),
    ]


def themes_prop(themes: list[str]) -> list[dict]:
    return [{"scheme": THEME_SCHEME, "concepts": [{"id": t} for t in themes]}]


def project_link(p: str) -> dict:
    return link("related", f"../../projects/{p}/collection.json", f"Project: {PROJECTS[p][0]}")


def theme_links(themes: list[str]) -> list[dict]:
    return [link("related", f"../../themes/{t}/catalog.json", f"Theme: {THEMES[t]}") for t in themes]


def contact(name: str) -> list[dict]:
    return [{
        "name": name,
        "organization": "Fixture Lab (fictional)",
        "roles": ["principal_investigator"],
        "emails": [{"value": "nobody@example.org"}],
    }]


def catalog(cid: str, title: str, description: str, links: list[dict]) -> dict:
    """A first-level catalog (projects/, products/, ...) under the root."""
    return {
        "type": "Catalog",
        "id": cid,
        "stac_version": "1.0.0",
        "title": title,
        "description": description,
        "links": [
            link("root", "../catalog.json", "Open Science Catalog"),
            link("parent", "../catalog.json", "Open Science Catalog"),
        ] + links,
    }


def platform_links(platform: str | None, rid: str, variant: str) -> list[dict]:
    """Platform links of a record; variant picks which signal(s) the record carries."""
    if platform is None:
        return []
    if platform == "deepesdl":
        return {
            "origin+notebook": [deepesdl_origin(), deepesdl_open_notebook(rid)],
            "origin": [deepesdl_origin()],
            "notebook": [deepesdl_open_notebook(rid)],
        }[variant]
    if platform == "edc-eoxhub":
        return {
            "argo": [eoxhub_origin("argo-workflow")],
            "origin+edc-notebook": [eoxhub_origin("jupyter-notebook"), edc_open_notebook(rid)],
            "origin": [eoxhub_origin("jupyter-notebook")],
        }[variant]
    if platform == "pangeo-edc":
        return [pangeo_platform()]
    if platform == "cdse-openeo":
        proc = rid.replace("-", "_")
        if variant == "via":
            return [link("related", openeo_process_url(proc), "openEO process definition"),
                    openeo_editor(proc, "via")]
        return [openeo_editor(proc, "related")]
    raise ValueError(platform)


# Which platform signal each record carries (see platform_links); also goes to the inventory.
WORKFLOW_VARIANT = {
    "fjord-melt-notebook": "origin+notebook",
    "salinity-anomaly-explorer": "origin",
    "permafrost-notebook-lite": "notebook",
    "glacier-pulse": "argo",
    "harbour-watch-workflow": "origin+edc-notebook",
    "sea-ice-lead-detector": "application-platform",
    "plankton-bloom-xarray": "application-platform",
    "crop-phenology-openeo": "related",
    "flood-extent-openeo": "via",
}
EXPERIMENT_VARIANT = {
    "fjord-melt-run-2024": "origin",
    "salinity-anomaly-run": "origin+notebook",
    "glacier-pulse": "argo",
    "harbour-watch-experiment": "origin+edc-notebook",
    "sea-ice-lead-experiment": "application-platform",
    "crop-phenology-run-2023": "related",
    "flood-extent-run-2024": "via",
}

SIGNAL_TEXT = {
    "origin+notebook": "rel application-originating-platform + rel related 'Open notebook on the DeepESDL platform'",
    "origin": "rel application-originating-platform",
    "notebook": "rel related 'Open notebook on the DeepESDL platform' only",
    "argo": "rel application-originating-platform (EOxHub Workspaces, argo-workflow)",
    "origin+edc-notebook": "rel application-originating-platform + rel related 'Open notebook on the EDC platform'",
    "application-platform": "rel application-platform (Pangeo)",
    "related": "rel related openEO Web Editor link (server=openeofed)",
    "via": "rel via openEO Web Editor link (server=openeofed) + rel related openEO process URL",
}


# --- builders ----------------------------------------------------------------------------

def build() -> dict[str, object]:
    files: dict[str, object] = {}
    order = {}  # stable index per record for timestamps
    for n, key in enumerate(
        [f"p:{k}" for k in PRODUCTS] + [f"w:{k}" for k in WORKFLOWS] + [f"e:{k}" for k in EXPERIMENTS]
    ):
        order[key] = n

    # sanity checks on the tables
    for e, (_, w, _, p) in EXPERIMENTS.items():
        assert w in WORKFLOWS and e in WORKFLOWS[w][6], (e, w)
        assert PRODUCTS[p][5] == e, (e, p)
    for p, row in PRODUCTS.items():
        assert row[1] in PROJECTS and all(t in THEMES for t in row[2])
        assert all(v in VARIABLES for v in row[3]) and all(m in MISSIONS for m in row[4])

    products_of = lambda pred: sorted(p for p, row in PRODUCTS.items() if pred(row))  # noqa: E731

    # root
    files["catalog.json"] = {
        "type": "Catalog",
        "id": "osc",
        "stac_version": "1.0.0",
        "title": "Open Science Catalog (test fixture)",
        "description": (
            "A small, fictional Open Science Catalog for tests: products, workflows and "
            "experiments shaped like the EarthCODE Open Science Catalog."
        ),
        "updated": "2025-06-30T12:00:00Z",
        "links": [
            link("root", "./catalog.json", "Open Science Catalog"),
            link("child", "./projects/catalog.json", "Projects"),
            link("child", "./themes/catalog.json", "Themes"),
            link("child", "./variables/catalog.json", "Variables"),
            link("child", "./eo-missions/catalog.json", "EO Missions"),
            link("child", "./products/catalog.json", "Products"),
            link("child", "./workflows/catalog.json", "Workflows"),
            link("child", "./experiments/catalog.json", "Experiments"),
        ],
    }

    # projects
    files["projects/catalog.json"] = catalog(
        "projects", "Projects", "Research projects funded by ESA EO (fictional)",
        [link("child", f"./{p}/collection.json", PROJECTS[p][0]) for p in PROJECTS])
    for p, (title, status, theme, desc) in PROJECTS.items():
        files[f"projects/{p}/collection.json"] = {
            "type": "Collection",
            "id": p,
            "stac_version": "1.0.0",
            "stac_extensions": [OSC_EXT, THEMES_EXT, CONTACTS_EXT],
            "title": title,
            "description": desc,
            "osc:name": title,
            "osc:status": status,
            "osc:type": "project",
            "themes": themes_prop([theme]),
            "contacts": [{"name": "Fixture Technical Officer", "roles": ["technical_officer"],
                          "emails": [{"value": "nobody@example.org"}]}],
            "extent": {"spatial": {"bbox": [GLOBAL_BBOX]},
                       "temporal": {"interval": [["2023-01-01T00:00:00Z", "2026-12-31T23:59:59Z"]]}},
            "license": "proprietary",
            "links": root_parent("Projects")
            + [link("via", f"https://example.org/projects/{p}", "Website", "text/html")]
            + theme_links([theme])
            + [link("child", f"../../products/{q}/collection.json", PRODUCTS[q][0])
               for q in products_of(lambda r, p=p: r[1] == p)],
        }

    # themes
    files["themes/catalog.json"] = catalog(
        "themes", "Themes", "Earth science themes",
        [link("child", f"./{t}/catalog.json", THEMES[t]) for t in THEMES])
    for t, title in THEMES.items():
        files[f"themes/{t}/catalog.json"] = {
            "type": "Catalog", "id": t, "stac_version": "1.0.0", "title": title,
            "description": f"The {title} theme (fixture).",
            "links": root_parent("Themes")
            + [link("child", f"../../products/{q}/collection.json", PRODUCTS[q][0])
               for q in products_of(lambda r, t=t: t in r[2])],
        }

    # variables
    files["variables/catalog.json"] = catalog(
        "variables", "Variables", "Geoscience variables",
        [link("child", f"./{v}/catalog.json", VARIABLES[v][0]) for v in VARIABLES])
    for v, (title, theme) in VARIABLES.items():
        files[f"variables/{v}/catalog.json"] = {
            "type": "Catalog", "id": v, "stac_version": "1.0.0", "title": title,
            "description": f"{title} (fixture variable).",
            "links": root_parent("Variables") + theme_links([theme])
            + [link("child", f"../../products/{q}/collection.json", PRODUCTS[q][0])
               for q in products_of(lambda r, v=v: v in r[3])],
        }

    # eo-missions
    files["eo-missions/catalog.json"] = catalog(
        "eo-missions", "EO Missions", "Earth observation satellite missions",
        [link("child", f"./{m}/catalog.json", MISSIONS[m]) for m in MISSIONS])
    for m, title in MISSIONS.items():
        files[f"eo-missions/{m}/catalog.json"] = {
            "type": "Catalog", "id": m, "stac_version": "1.0.0", "title": title,
            "description": f"The {title} mission (fixture).",
            "links": root_parent("EO Missions")
            + [link("child", f"../../products/{q}/collection.json", PRODUCTS[q][0])
               for q in products_of(lambda r, m=m: m in r[4])],
        }

    # products
    files["products/catalog.json"] = catalog(
        "products", "Products",
        "Geoscience products representing the measured or inferred values of one or more "
        "variables over a given time range and spatial area",
        [link("child", f"./{p}/collection.json", PRODUCTS[p][0]) for p in PRODUCTS])
    for p, (title, proj, themes, variables, missions, exp, region) in PRODUCTS.items():
        i = order[f"p:{p}"]
        links = root_parent("Products") + [project_link(proj)] + theme_links(themes)
        links += [link("related", f"../../variables/{v}/catalog.json",
                       f"Variable: {VARIABLES[v][0]}") for v in variables]
        links += [link("related", f"../../eo-missions/{m}/catalog.json",
                       f"EO Mission: {MISSIONS[m]}") for m in missions]
        if exp:
            links.append(link("related", f"../../experiments/{exp}/record.json",
                              f"Experiment: {EXPERIMENTS[exp][0]}"))
        links += [
            link("via", f"https://example.org/data/{p}/", "Access", "text/html"),
            link("via", f"https://example.org/docs/{p}", "Documentation", "text/html"),
        ]
        # A product of a property-only experiment names it by its related link alone.
        names_experiment = exp and PRODUCT_SHAPE.get(exp) != "property"
        coll = {
            "type": "Collection",
            "id": p,
            "stac_version": "1.0.0",
            "stac_extensions": [OSC_EXT, THEMES_EXT],
            "title": title,
            "description": f"{title.replace(' (fictional)', '')} over {region}; an invented "
                           "product for tests.",
            "keywords": sorted({*variables, region.lower()}),
            "osc:type": "product",
            "osc:project": proj,
            "osc:status": "completed" if exp else "ongoing",
            "osc:region": region,
            "osc:variables": variables,
            "osc:missions": missions,
            "themes": themes_prop(themes),
            "created": stamp(i),
            "updated": stamp(i + 1),
            "extent": {
                "spatial": {"bbox": [GLOBAL_BBOX]},
                "temporal": {"interval": [[f"{2018 + i % 5}-01-01T00:00:00Z",
                                           f"{2023 + i % 2}-12-31T23:59:59Z"]]},
            },
            "license": "CC-BY-4.0",
            "links": links,
        }
        if names_experiment:
            coll["osc:experiment"] = exp
        files[f"products/{p}/collection.json"] = coll

    # workflows
    files["workflows/catalog.json"] = catalog(
        "workflows", "Workflows", "Geoscience workflows for experiments",
        [link("item", f"./{w}/record.json", WORKFLOWS[w][0]) for w in WORKFLOWS])
    for w, (title, platform, app_type, proj, themes, keywords, exps) in WORKFLOWS.items():
        i = order[f"w:{w}"]
        links = root_parent("Workflows") + [project_link(proj)] + theme_links(themes)
        for e in exps:
            # the real catalog has both: older records link their experiment as child
            links.append(link("child" if w == "glacier-pulse" else "related",
                              f"../../experiments/{e}/record.json",
                              f"Experiment: {EXPERIMENTS[e][0]}"))
        links.append({"rel": "git", "href": f"https://example.org/git/{w}.git",
                      "type": "text/html", "title": "Git source repository"})
        if app_type == "jupyter-notebook":
            links.append({"rel": "application", "href": f"https://example.org/git/{w}/notebook.ipynb",
                          "type": "application/x-ipynb+json", "title": f"Jupyter Notebook: {title}",
                          "application:type": "jupyter-notebook",
                          "application:container": "true", "application:language": "Python"})
        links += platform_links(platform, w, WORKFLOW_VARIANT.get(w, ""))
        desc = DESCRIPTIONS.get(w, f"{title.replace(' (fictional)', '')}: an invented workflow "
                                   "for tests.")
        files[f"workflows/{w}/record.json"] = {
            "id": w,
            "type": "Feature",
            "conformsTo": [RECORD_CORE, APP_EXT],
            "geometry": None,
            "properties": {
                "created": stamp(i),
                "updated": stamp(i + 1),
                "type": "workflow",
                "title": title,
                "description": desc,
                "keywords": keywords,
                "contacts": contact("Fixture Author"),
                "themes": themes_prop(themes),
                "formats": [{"name": "Zarr"}],
                "license": "MIT",
                "osc:project": proj,
                "osc:status": "completed" if exps else "ongoing",
                "application:type": app_type,
                "application:language": "Python",
            },
            "linkTemplates": [],
            "links": links,
        }

    # experiments
    files["experiments/catalog.json"] = catalog(
        "experiments", "Experiments", "Geoscience experiments",
        [link("item", f"./{e}/record.json", EXPERIMENTS[e][0]) for e in EXPERIMENTS])
    for e, (title, w, platform, product) in EXPERIMENTS.items():
        i = order[f"e:{e}"]
        _, _, app_type, proj, themes, keywords, _ = WORKFLOWS[w]
        links = root_parent("Experiments")
        links.append(link("related", f"../../workflows/{w}/record.json",
                          f"Workflow: {WORKFLOWS[w][0]}"))
        links.append(project_link(proj))
        links += theme_links(themes)
        links += platform_links(platform, e, EXPERIMENT_VARIANT.get(e, ""))
        links.append(link("input", "./input.yaml", "Input parameters", "application/yaml"))
        links.append(link("environment", "./environment.yaml", "Execution environment",
                          "application/yaml"))
        shape = PRODUCT_SHAPE.get(e, "child")
        if shape != "property":
            links.append(link("child" if shape == "child" else "related",
                              f"../../products/{product}/collection.json", PRODUCTS[product][0]))
        files[f"experiments/{e}/record.json"] = {
            "id": e,
            "type": "Feature",
            "conformsTo": [RECORD_CORE],
            "geometry": None,
            "properties": {
                "created": stamp(i),
                "updated": stamp(i + 1),
                "type": "experiment",
                "title": title,
                "description": f"One run of the {WORKFLOWS[w][0].replace(' (fictional)', '')} "
                               f"workflow that produced {PRODUCTS[product][0]}.",
                "keywords": keywords,
                "contacts": contact("Fixture Author"),
                "themes": themes_prop(themes),
                "formats": [{"name": "Zarr"}],
                "license": "MIT",
                "osc:workflow": w,
                "osc:project": proj,
                "application:type": app_type,
                **({"osc:product": product} if shape != "child" else {}),
            },
            "linkTemplates": [],
            "links": links,
        }
        files[f"experiments/{e}/input.yaml"] = (
            f"# Input parameters of the fictional experiment {e}\nregion: "
            f"{PRODUCTS[product][6]}\nstart: 2023-01-01\nend: 2023-12-31\n")
        files[f"experiments/{e}/environment.yaml"] = (
            f"# Execution environment of the fictional experiment {e}\nname: {e}\n"
            "dependencies:\n  - python=3.11\n  - xarray\n  - zarr\n")

    files["_inventory.json"] = inventory()
    return files


def api_workflow_id(w: str) -> str:
    return w if "workflow" in w.lower() else f"{w}-workflow"


def api_experiment_id(e: str) -> str:
    return e if "experiment" in e.lower() else f"{e}-experiment"


def inventory() -> dict:
    """Expected facts per record, for tests. Not part of the STAC catalog."""
    wf = {}
    for w, row in WORKFLOWS.items():
        v = WORKFLOW_VARIANT.get(w)
        wf[w] = {
            "type": "workflow",
            "title": row[0],
            "platform": row[1],
            "signal": SIGNAL_TEXT.get(v) if v else None,
            "experiments": row[6],
            "static_href": f"workflows/{w}/record.json",
            "api_collection": api_workflow_id(w),
            "api_platform_links": [],
        }
    ex = {}
    for e, (title, w, platform, product) in EXPERIMENTS.items():
        v = EXPERIMENT_VARIANT.get(e)
        # the crawler keeps only some rels (related among platform links), and the API
        # serves item links other than self/parent/root/child/item/collection/items
        kept = [{"rel": ln["rel"], "title": ln.get("title"), "href": ln["href"]}
                for ln in platform_links(platform, e, v or "") if ln["rel"] == "related"]
        ex[e] = {
            "type": "experiment",
            "title": title,
            "platform": platform,
            "signal": SIGNAL_TEXT.get(v) if v else None,
            "workflow": w,
            "product": product,
            "product_shape": PRODUCT_SHAPE.get(e, "child"),
            "static_href": f"experiments/{e}/record.json",
            "api_collection": api_workflow_id(w),
            "api_item": api_experiment_id(e),
            "api_platform_links": kept,
        }
    pr = {}
    for p, row in PRODUCTS.items():
        pr[p] = {
            "type": "product",
            "title": row[0],
            "platform": None,
            "experiment": row[5],
            "static_href": f"products/{p}/collection.json",
            "api_collection": p,
        }
    platforms = {}
    for kind, table in (("workflow", wf), ("experiment", ex)):
        for rid, rec in table.items():
            if rec["platform"]:
                platforms.setdefault(rec["platform"], []).append({"id": rid, "type": kind})
    return {
        "note": "Expected facts about tests/fixtures/osc (generated by "
                "scripts/catalog/make_fixtures.py). Products name no platform.",
        "platforms": {k: platforms[k] for k in sorted(platforms)},
        "no_platform": sorted(
            [{"id": w, "type": "workflow"} for w, r in wf.items() if not r["platform"]]
            + [{"id": e, "type": "experiment"} for e, r in ex.items() if not r["platform"]],
            key=lambda r: (r["type"], r["id"])),
        "collisions": sorted(set(WORKFLOWS) & set(PRODUCTS)),
        "sanitiser_probe": "markdown-sanitiser-probe",
        "counts": {"products": len(pr), "workflows": len(wf), "experiments": len(ex),
                   "api_collections": len(pr) + len(wf), "api_items": len(ex)},
        "workflows": wf,
        "experiments": ex,
        "products": pr,
    }


def render(obj: object) -> str:
    if isinstance(obj, str):
        return obj
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def write(dest: Path, files: dict[str, object]) -> None:
    for rel, obj in sorted(files.items()):
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(obj), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the fixture is out of date")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    files = build()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            write(Path(tmp), files)
            want = {p.relative_to(tmp): p.read_bytes() for p in Path(tmp).rglob("*") if p.is_file()}
        have = {p.relative_to(args.out): p.read_bytes() for p in args.out.rglob("*") if p.is_file()}
        if want != have:
            diff = sorted(str(k) for k in set(want) | set(have) if want.get(k) != have.get(k))
            print("fixture out of date:", *diff[:20], sep="\n  ", file=sys.stderr)
            return 1
        print(f"fixture up to date ({len(want)} files)")
        return 0
    if args.out.exists():
        shutil.rmtree(args.out)
    write(args.out, files)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
