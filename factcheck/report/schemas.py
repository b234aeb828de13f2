"""The JSON Schemas factcheck publishes (schema/*.schema.json): the report, the claim ledgers and
the reviews file, each with ``$schema`` (the dialect: pydantic writes JSON Schema 2020-12) and an
``$id`` naming the document and its schema version, so an editor's tool can validate a hand-edited
ledger or reviews.json before a run refuses it."""
from __future__ import annotations

from typing import Any

from ..models import SCHEMA_VERSION, Ledger, Report
from ..store.reviews import ReviewsFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"
DOCUMENTS = {"report": Report, "ledger": Ledger, "reviews": ReviewsFile}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of the report, a ledger (claims/<source>.json) or reviews.json."""
    schema = DOCUMENTS[name].model_json_schema()
    return {"$schema": DIALECT, "$id": f"urn:factcheck:schema:{name}:{SCHEMA_VERSION}", **schema}
