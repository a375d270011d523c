"""stac-fastapi-pgstac 7.2 with the free-text extension also on /search (opt-in variant).

Stock 7.2 registers free text (`q`) only for collection search (GET /collections): its
default /search extensions are query, sort, fields, filter and pagination, and neither
ENABLED_EXTENSIONS nor any other setting can add free text there, because
ENABLED_EXTENSIONS only selects among those defaults. This module adds it in code, the way
the package's Extensions(search_map=...) hook allows. server.sh uses it only when
CATALOG_SEARCH_FREETEXT=1; by default the stock app (stac_fastapi.pgstac.app) runs.

    uvicorn app_freetext:create_app --factory   (with scripts/catalog on PYTHONPATH)
"""

from fastapi import FastAPI
from stac_fastapi.extensions.free_text import FreeTextConformanceClasses
from stac_fastapi.pgstac.app import instantiate_api
from stac_fastapi.pgstac.extensions import FreeTextExtension
from stac_fastapi.pgstac.models.extensions import Extensions


def create_app() -> FastAPI:
    extensions = Extensions(
        search_map={
            "free_text": FreeTextExtension(conformance_classes=[FreeTextConformanceClasses.SEARCH]),
        },
        item_collection_map={
            "free_text": FreeTextExtension(conformance_classes=[FreeTextConformanceClasses.ITEMS]),
        },
    )
    return instantiate_api(extensions=extensions).app
