"""The kind registry (factcheck/kinds.py): each row's pieces exist, and every stage reads them."""
from __future__ import annotations

import typing
from pathlib import Path

import pytest

from factcheck.compare.compare import RULES
from factcheck.extract import EXTRACTORS
from factcheck.kinds import FIGURES, KINDS, REGISTRY, SPEC
from factcheck.models import Claim, Kind

CASES = Path(__file__).parent / "cases"


def test_the_registry_names_every_kind_of_the_records_once():
    assert KINDS == typing.get_args(Kind)
    union = typing.get_args(typing.get_args(Claim)[0])
    assert {cls.model_fields["kind"].default for cls in union} == set(KINDS)
    assert len(set(KINDS)) == len(KINDS) and list(SPEC) == list(KINDS)


@pytest.mark.parametrize("spec", REGISTRY, ids=lambda spec: spec.name)
def test_each_row_points_at_real_pieces(spec):
    assert spec.claim.model_fields["kind"].default == spec.name
    assert spec.rule in RULES, f"{spec.name}: no verdict rule family {spec.rule!r} in compare.RULES"
    assert 0 < spec.threshold <= 1
    header = (CASES / spec.cases).read_text(encoding="utf-8").splitlines()[0]
    assert spec.name in header.split(":", 1)[1].split(), f"{spec.cases} does not declare kind {spec.name}"
    value = spec.claim.model_fields["value"].annotation
    assert callable(value.interval) and callable(value.inconsistency)
    # A figure's value is a number range: what echoes and the quantity rule read.
    assert spec.figure == ("low" in value.model_fields)


def test_extractors_run_in_rank_order_and_cover_every_kind():
    assert [kind for kind, _ in EXTRACTORS] == [spec.name for spec in sorted(REGISTRY, key=lambda s: s.extract_rank)]
    # A year is a date and "20 per cent" a percentage before counts read them.
    order = [kind for kind, _ in EXTRACTORS]
    assert order.index("date") < order.index("count") and order.index("percent") < order.index("count")
    assert sorted(order) == sorted(KINDS) and all(callable(function) for _, function in EXTRACTORS)
    assert len({spec.extract_rank for spec in REGISTRY}) == len(REGISTRY)


def test_figures_are_the_quantity_kinds():
    assert FIGURES == {spec.name for spec in REGISTRY if spec.rule == "quantity"}
