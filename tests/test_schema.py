"""The JSON Schema of the report, as published in schema/report.schema.json."""
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
