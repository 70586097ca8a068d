"""`manage.py extract_articles`: JSON or a table on stdout, one line on stderr per file it cannot read."""

import json
from io import StringIO

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from registry.ingest.extraction import parser
from tests.ingest.extraction.test_extraction import GAZETTEER, SCHEMA
from tests.paths import ROOT

ARTICLES = ROOT / "fixtures" / "articles"
GOOD = ARTICLES / "hust-rwth-key-partnership.txt"


@pytest.fixture(autouse=True)
def fake_gazetteer(monkeypatch):
    """The command uses the process-wide gazetteer; the tests use the small fake one."""
    monkeypatch.setattr(parser, "_default_gazetteer", lambda: GAZETTEER)


def run(*args):
    """Run the command; return (stdout, stderr, error) where error is the CommandError raised, if any."""
    out, err = StringIO(), StringIO()
    try:
        call_command("extract_articles", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def test_json_is_a_list_with_one_schema_valid_object_per_file_in_order():
    files = sorted(ARTICLES.glob("*.txt"))
    out, err, error = run(*files, "--format", "json")
    results = json.loads(out)
    assert [r["article"]["file"] for r in results] == [f.name for f in files]
    for result in results:
        jsonschema.validate(result, SCHEMA)
    assert error is None and err == ""


def test_table_is_a_summary_for_a_person():
    out, _, error = run(GOOD, "--format", "table")
    assert error is None
    assert "HUST signs Key Partnership Agreement" in out
    assert "partnership" in out and "RWTH Aachen University" in out


def test_home_institution_stands_in_for_our_school():
    out, _, _ = run(ARTICLES / "iukl-delegation-visit.txt", "--home-institution", "Guangxi Home University")
    (result,) = json.loads(out)
    assert result["delegations"][0]["host"] == "Guangxi Home University"


@pytest.fixture
def bad_files(tmp_path):
    """One file for each way an input can fail to be an article, named for the failure."""
    files = {}
    files["empty"] = tmp_path / "empty.txt"
    files["empty"].write_text("")
    files["directory"] = tmp_path / "a-directory"
    files["directory"].mkdir()
    files["missing"] = tmp_path / "missing.txt"
    files["binary"] = tmp_path / "image.txt"
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    files["latin1"] = tmp_path / "latin1.txt"
    files["latin1"].write_bytes("Universit\xe9 de Montr\xe9al signs an agreement".encode("latin-1"))
    files["html"] = tmp_path / "page.txt"
    files["html"].write_text(
        "<!DOCTYPE html><html><head><title>News</title></head><body><p>Harbin Institute of "
        "Technology signed an agreement.</p></body></html>"
    )
    files["huge"] = tmp_path / "huge.txt"
    with files["huge"].open("wb") as handle:  # 50 MB without writing 50 MB: a sparse file
        handle.truncate(50 * 1024 * 1024)
    files["no_institution"] = tmp_path / "weather.txt"
    files["no_institution"].write_text(
        "Sunny weekend ahead\n\nThe weather will be sunny on Saturday and Sunday."
    )
    return files


@pytest.mark.parametrize(
    "kind, message",
    [
        ("empty", "empty"),
        ("directory", "directory"),
        ("missing", "no such file"),
        ("binary", "binary"),
        ("latin1", "UTF-8"),
        ("html", "HTML"),
        ("huge", "too large"),
    ],
)
def test_a_bad_file_gets_one_line_on_stderr_the_others_are_still_processed(bad_files, kind, message):
    bad = bad_files[kind]
    out, err, error = run(GOOD, bad, ARTICLES / "ecnu-haifa-renewal.txt")
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0]
    files = [r["article"]["file"] for r in json.loads(out)]
    assert files == [GOOD.name, "ecnu-haifa-renewal.txt"]
    assert error is not None  # non-zero exit status


def test_every_failure_is_reported_not_only_the_first(bad_files):
    bad = [path for kind, path in bad_files.items() if kind != "no_institution"]
    out, err, error = run(*bad)
    assert len(err.strip().splitlines()) == len(bad)
    assert json.loads(out) == []
    assert "7 of 7" in str(error)


def test_an_article_that_names_no_institution_is_printed_with_a_warning_and_is_no_failure(bad_files):
    """Nothing in it is a record, but it is an article: its place in the list is kept (the format gives one
    object per file, in order), with what it holds and a warning saying why nothing is tied to a body."""
    out, err, error = run(GOOD, bad_files["no_institution"])
    first, second = json.loads(out)
    assert second["article"]["file"] == "weather.txt"
    assert second["institutions"] == second["agreements"] == second["delegations"] == []
    assert any("names no institution" in warning for warning in second["warnings"])
    assert first["institutions"] and not any("names no institution" in w for w in first["warnings"])
    assert err == "" and error is None


def test_a_parser_failure_on_one_file_is_reported_and_the_others_still_printed(monkeypatch):
    from registry.management.commands import extract_articles

    real = extract_articles.parse_article

    def fragile(text, *, file, **options):
        if file == "ecnu-haifa-renewal.txt":
            raise RuntimeError("boom")
        return real(text, file=file, **options)

    monkeypatch.setattr(extract_articles, "parse_article", fragile)
    out, err, error = run(GOOD, ARTICLES / "ecnu-haifa-renewal.txt")
    assert [r["article"]["file"] for r in json.loads(out)] == [GOOD.name]
    assert "ecnu-haifa-renewal.txt" in err and "RuntimeError" in err
    assert error is not None
