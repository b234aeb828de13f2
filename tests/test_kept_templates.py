"""The HTML templates' compiled code kept in the cache folder (html_report._KeptTemplates) makes the same page."""
from __future__ import annotations

import pytest

from factcheck.report import html_report
from factcheck.report.html_report import ENVIRONMENT, keep_templates_in, render_html
from tests.test_html_report import _hostile_report


def _fresh_templates() -> None:
    html_report._templates.cache_clear()  # as a new process: nothing compiled yet
    ENVIRONMENT.cache.clear()


@pytest.fixture
def folder(tmp_path):
    keep_templates_in(tmp_path)
    _fresh_templates()
    yield tmp_path
    keep_templates_in(None)
    _fresh_templates()


def _refuse(*args, **kwargs):
    raise AssertionError("compiled again, not read from the cache folder")


def test_a_run_reads_the_templates_the_last_one_compiled_and_makes_the_same_page(folder, monkeypatch):
    report = _hostile_report("<b>x</b>")
    first = render_html(report)
    assert len(list(folder.glob("template-*.jinja"))) == 2  # the page and parts.html
    _fresh_templates()
    monkeypatch.setattr(ENVIRONMENT, "compile", _refuse)
    assert render_html(report) == first


@pytest.mark.parametrize("damage", [b"", b"not jinja at all", None])
def test_a_damaged_kept_template_is_compiled_again(folder, damage):
    report = _hostile_report("x")
    first = render_html(report)
    for path in folder.glob("template-*.jinja"):
        data = path.read_bytes()
        path.write_bytes(damage if damage is not None else data[: len(data) // 2])
    _fresh_templates()
    assert render_html(report) == first
    _fresh_templates()
    assert render_html(report) == first  # and kept whole again


def test_without_a_folder_nothing_is_written(tmp_path):
    keep_templates_in(None)
    _fresh_templates()
    render_html(_hostile_report("x"))
    assert not list(tmp_path.iterdir())
