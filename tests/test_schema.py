"""The JSON Schemas factcheck publishes in schema/: the report, the claim ledgers and reviews.json."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "report.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def test_committed_schema_is_what_factcheck_schema_prints(capsys):
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == SCHEMA.read_text(encoding="utf-8"), (
        "regenerate it: factcheck schema > schema/report.schema.json")


def test_schema_is_a_valid_json_schema(schema):
    Draft202012Validator.check_schema(schema)


def test_committed_report_validates(schema):
    report = json.loads((ROOT / "reports" / "findings.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(report)


def test_report_of_the_code_validates(schema, bundled_report):
    Draft202012Validator(schema).validate(json.loads(bundled_report.model_dump_json()))


@pytest.mark.parametrize("path,bad", [
    (("findings", 0, "verdict"), "maybe"),
    (("findings", 0, "claims", 0, "kind"), "colour"),
    (("sources", 0, "published", "method"), "guessed"),
])
def test_schema_rejects_what_the_models_reject(schema, path, bad):
    report = copy.deepcopy(json.loads((ROOT / "reports" / "findings.json").read_text(encoding="utf-8")))
    target = report
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    assert list(Draft202012Validator(schema).iter_errors(report)), f"{path} = {bad!r} must not validate"


# --- the ledgers' and reviews.json's schemas ------------------------------------------------------

@pytest.mark.parametrize("document", ["report", "ledger", "reviews"])
def test_each_committed_schema_is_what_factcheck_schema_prints_with_its_dialect_and_id(capsys, document):
    assert main(["schema", document]) == 0
    committed = ROOT / "schema" / f"{document}.schema.json"
    assert capsys.readouterr().out == committed.read_text(encoding="utf-8"), (
        f"regenerate it: factcheck schema {document} > schema/{document}.schema.json")
    schema = json.loads(committed.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith(f"urn:factcheck:schema:{document}:")
    Draft202012Validator.check_schema(schema)


def test_committed_ledgers_validate_and_a_broken_edit_does_not():
    schema = json.loads((ROOT / "schema" / "ledger.schema.json").read_text(encoding="utf-8"))
    ledgers = sorted((ROOT / "claims").glob("*.json"))
    assert ledgers
    for path in ledgers:
        Draft202012Validator(schema).validate(json.loads(path.read_text(encoding="utf-8")))
    broken = json.loads(ledgers[0].read_text(encoding="utf-8"))
    broken["edits"]["rejected"] = "all of them"  # a list of claim ids, edited into a string
    assert list(Draft202012Validator(schema).iter_errors(broken))


def test_a_reviews_file_factcheck_writes_validates(tmp_path, capsys, monkeypatch):
    import shutil

    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    main(["check", "sources", "--quiet", "--format", "json"])
    finding = next(f for f in json.loads(capsys.readouterr().out)["findings"] if f["verdict"] == "conflict")
    assert main(["review", finding["id"], "--status", "explained", "--note", "two events"]) == 0
    schema = json.loads((ROOT / "schema" / "reviews.schema.json").read_text(encoding="utf-8"))
    reviews = json.loads((tmp_path / "sources" / "reviews.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(reviews)
    reviews["reviews"][finding["id"]]["status"] = "approved"  # not a status factcheck knows
    assert list(Draft202012Validator(schema).iter_errors(reviews))
