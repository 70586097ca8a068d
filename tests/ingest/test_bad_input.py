"""The catalogue of bad input: each gets a one-line error naming the file, and the database stays as it was.

Every case runs against a registry holding the seed fixture; a checksum of every table taken
before and after must be identical.
"""

import hashlib
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from tests.paths import ROOT

SEED_ARTICLE = ROOT / "fixtures" / "articles" / "iukl-delegation-visit.txt"
SEED_FIXTURE = ROOT / "fixtures" / "seed.json"

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def registry(django_db_setup, django_db_blocker):
    """The seed fixture, loaded once for the module in a transaction rolled back at the module's end.

    Each test runs in a savepoint inside it (pytest-django's `db`), so what one test changes is
    undone before the next; loading the seed for each of the 30 tests cost 0.4 s of CPU each.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("loaddata", str(SEED_FIXTURE), verbosity=0)
        yield
        transaction.set_rollback(True)


def table_checksums():
    """Row count and a hash of every row, per table of the database."""
    sums = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = sorted(repr(row) for row in cursor.fetchall())
            sums[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return sums


# Bad article files: (name, how to make it, what the message says)
def write_text(text):
    return lambda path: path.write_text(text, encoding="utf-8")


ARTICLES = {
    "empty": (write_text(""), "empty file"),
    "directory": (lambda path: path.mkdir(), "is a directory"),
    "missing": (lambda path: None, "no such file"),
    "latin-1": (
        lambda path: path.write_bytes("Université de Liège signed an MoU".encode("latin-1")),
        "not UTF-8",
    ),
    "binary": (lambda path: path.write_bytes(bytes(range(256)) * 8), "binary"),
    "huge": (lambda path: path.write_bytes(b"University of Haifa signed an MoU. " * 1_500_000), "too large"),
    "html": (write_text("<!DOCTYPE html><html><body><p>RWTH signed an MoU.</p></body></html>"), "HTML"),
    "no-institution": (
        write_text("Spring has come.\n\nThe weather was lovely and everybody smiled."),
        "names no institution",
    ),
}


def bad_article(tmp_path, case):
    make, message = ARTICLES[case]
    path = tmp_path / f"{case}.txt"
    make(path)
    return path, message


def run(command, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("case", sorted(ARTICLES))
@pytest.mark.parametrize("command", ["load_articles", "build_fixtures"])
def test_a_bad_article_stops_the_load_with_one_line_naming_it_and_changes_nothing(
    registry, tmp_path, command, case
):
    path, message = bad_article(tmp_path, case)
    extra = ["-o", tmp_path / "out.json"] if command == "build_fixtures" else []
    before = table_checksums()
    with pytest.raises(CommandError) as refused:
        run(command, SEED_ARTICLE, path, *extra)
    first_line = str(refused.value).splitlines()[0]
    assert str(path) in first_line and message in first_line
    assert table_checksums() == before
    assert not (tmp_path / "out.json").exists()


# extract_articles prints an article that names no institution (test_extract_articles_command.py): only
# the loaders, which would have nothing to load, refuse it.
@pytest.mark.parametrize("case", sorted(set(ARTICLES) - {"no-institution"}))
def test_extract_articles_names_each_bad_file_on_one_line_and_still_parses_the_others(tmp_path, case):
    path, message = bad_article(tmp_path, case)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 file"):
        call_command(
            "extract_articles", str(path), str(SEED_ARTICLE), "--format", "json", stdout=out, stderr=err
        )
    (line,) = [line for line in err.getvalue().splitlines() if path.name in line]
    assert message.lower() in line.lower()
    extracted = json.loads(out.getvalue())
    assert [e["article"]["file"] for e in extracted] == [SEED_ARTICLE.name]


# Bad fixtures for loaddata: (name, the records, what the message says)
def seed_objects(model):
    return [obj for obj in json.loads(SEED_FIXTURE.read_text(encoding="utf-8")) if obj["model"] == model]


def with_fields(obj, **fields):
    return {**obj, "fields": {**obj["fields"], **fields}}


def fixtures():
    party = seed_objects("agreements.party")[0]
    source = seed_objects("agreements.source")[0]
    institution = seed_objects("agreements.institution")[0]
    return {
        "dangling-foreign-key": (
            json.dumps([with_fields(party, institution=["no such university"])]),
            "record 1",
        ),
        "duplicate-natural-key": (
            json.dumps([with_fields(institution, name="A"), with_fields(institution, name="B")]),
            "record 2: duplicate natural key",
        ),
        "impossible-date": (
            json.dumps(
                [
                    with_fields(
                        source, file_name="new.txt", published_on="2022-02-30", published_on_precision="day"
                    )
                ]
            ),
            "2022-02-30",
        ),
        "unknown-choice": (
            json.dumps([with_fields(institution, normalized_name="x", kind="college")]),
            "record 1",
        ),
        "truncated-json": (SEED_FIXTURE.read_text(encoding="utf-8")[:3000], "not a valid fixture"),
        "empty": ("", "not a valid fixture"),
    }


@pytest.mark.parametrize("case", sorted(fixtures()))
def test_a_bad_fixture_is_refused_with_one_line_naming_it_and_changes_nothing(registry, tmp_path, case):
    text, message = fixtures()[case]
    path = tmp_path / f"{case}.json"
    path.write_text(text, encoding="utf-8")
    before = table_checksums()
    with pytest.raises(CommandError) as refused:
        call_command("loaddata", str(path), verbosity=0)
    assert len(str(refused.value).splitlines()) == 1
    assert str(refused.value).startswith(str(path)) and message in str(refused.value)
    assert table_checksums() == before


def test_a_missing_fixture_file_is_named(tmp_path):
    with pytest.raises(CommandError, match=rf"{tmp_path}/gone\.json: no such file"):
        call_command("loaddata", str(tmp_path / "gone.json"), verbosity=0)
