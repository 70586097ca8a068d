"""Importing an office's existing agreement list (registry/ingest/spreadsheets.py, `import_agreements`)."""

import csv
import datetime
import io
import json
import random

import pytest
import xlsxwriter
from django.core.management import CommandError, call_command

from agreements.models import Agreement, AgreementKind, Institution, NameKind, Source
from registry.ingest.spreadsheets import (
    CREATE,
    MATCH,
    REFUSE,
    REPEAT,
    ImportRefused,
    SpreadsheetError,
    apply_plan,
    header_key,
    parse_country,
    parse_partial_date,
    plan_import,
    read_table,
)
from tests.builders import make_home, make_institution

pytestmark = pytest.mark.django_db
HEADER = [
    "Partner institution",
    "Country",
    "Kind",
    "Title",
    "Signed",
    "Start date",
    "End date",
    "Status",
    "Coordinator",
    "Notes",
]
#: How people write the partners the registry (or the gazetteer) knows: typos, acronyms, abbreviations.
SPELLINGS = {
    "University of Haifa": (
        ["University of Haifa", "Univ. of Haifa", "Haifa University", "University of Hiafa", "UH"],
        "IL",
    ),
    "Technical University of Munich": (
        ["TUM", "Technische Universität München", "Technical Univ. of Munich"],
        "DE",
    ),
    "Kyoto University": (["Kyoto University", "Kyoto Univ.", "Kyoto Universty"], "JP"),
    "University of Vienna": (["Universität Wien", "University of Vienna", "Univ. Wien"], "AT"),
    "Tel Aviv University": (["Tel Aviv University", "Tel-Aviv University", "TAU"], "IL"),
}
#: Misspellings: the gazetteer forgives them within the partner's country, which such rows give.
TYPOS = {"University of Hiafa", "Kyoto Universty"}
KINDS = [
    "MoU",
    "Memorandum of understanding",
    "Student exchange",
    "Erasmus+",
    "Cooperation agreement",
    "strategic partnership",
    "",
]
SIGNED = ["2019-12-15", "2019-12", "2019", "15/03/2021", "03.2018", "Mar 2018", "December 5, 2017", ""]
#: Bad rows: what is wrong with each, and the row's cells.
BAD_ROWS = {
    "unknown institution": [
        "Zzyzx Institute of Nothing Whatsoever",
        "",
        "MoU",
        "",
        "2020",
        "",
        "",
        "",
        "",
        "",
    ],
    "ambiguous acronym": ["HUST", "", "MoU", "", "2020", "", "", "", "", ""],
    "impossible date": ["University of Haifa", "IL", "MoU", "", "31/02/2020", "", "", "", "", ""],
    "ends before it starts": ["TUM", "DE", "MoU", "", "", "2021-01-01", "2020-01-01", "", "", ""],
    "unknown kind": ["Kyoto University", "JP", "Treaty of friendship", "", "", "", "", "", "", ""],
    "unknown country": ["Kyoto University", "Atlantis", "MoU", "", "", "", "", "", "", ""],
    "no partner": ["", "IL", "MoU", "Orphan row", "2020", "", "", "", "", ""],
    "unknown status": ["Tel Aviv University", "IL", "MoU", "", "", "", "", "frozen-ish", "", ""],
}


@pytest.fixture
def registry():
    """The registry before the import: its home, the University of Haifa, and two institutions called HUST."""
    home = make_home("Harbin Institute of Technology", country="CN")
    haifa = make_institution("University of Haifa", country="IL", ror="https://ror.org/02f009v59")
    haifa.add_name("UH", NameKind.ACRONYM)
    for name, country in [
        ("Huazhong University of Science and Technology", "CN"),
        ("Hanoi University of Science and Technology", "VN"),
    ]:
        make_institution(name, country=country).add_name("HUST", NameKind.ACRONYM)
    return {"home": home, "haifa": haifa}


def realistic_rows(count=500, seed=7):
    """`count` rows as an office's list has them: partners spelt many ways, partial dates, repeats,
    a three-party row, and one of each bad row every so often. Returns (rows, bad row numbers)."""
    chance = random.Random(seed)
    rows, bad = [], {}
    canonical = list(SPELLINGS)
    while len(rows) < count:
        number = len(rows) + 2  # the spreadsheet's row number (row 1 is the header)
        if number % 60 == 0:
            reason = list(BAD_ROWS)[len(bad) % len(BAD_ROWS)]
            rows.append(BAD_ROWS[reason])
            bad[number] = reason
            continue
        if number % 45 == 0 and rows:
            rows.append(list(rows[-1]))  # a row typed twice
            continue
        partner = chance.choice(canonical)
        spellings, country = SPELLINGS[partner]
        names = chance.choice(spellings)
        if number % 97 == 0:
            names += "; " + chance.choice(SPELLINGS["Kyoto University"][0])
        start = chance.choice(["", f"{2010 + number % 12}-09-01"])
        end = f"{2016 + number % 12}-08-31" if start and number % 3 else ""
        rows.append(
            [
                names,
                country if names in TYPOS else chance.choice([country, "", country.lower()]),
                chance.choice(KINDS),
                f"Agreement no. {number}",
                chance.choice(SIGNED),
                start,
                end,
                chance.choice(["signed", "active", "", "expired", "in negotiation"]),
                chance.choice(["", "Dr. Anna Weber", "Prof. Li Wei"]),
                chance.choice(["", "Renewal due"]),
            ]
        )
    return rows, bad


def write_csv(path, rows, header=HEADER, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def realistic_file(tmp_path):
    rows, bad = realistic_rows()
    return write_csv(tmp_path / "partners-2024.csv", rows), bad


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_agreements", str(path), *args, stdout=out, stderr=err)
    return json.loads(out.getvalue()), err.getvalue()


# The realistic file


def test_one_bad_row_stops_the_whole_import_with_every_refused_row_and_its_reason(registry, realistic_file):
    path, bad = realistic_file
    institutions = Institution.objects.count()
    with pytest.raises(CommandError) as refused:
        run(path)
    message = str(refused.value)
    assert f"{len(bad)} row(s) refused, nothing imported" in message
    for number in bad:
        assert f"row {number}: refused:" in message
    assert "'31/02/2020' is not a date" in message
    assert "'HUST' is a name of several institutions" in message
    assert (Agreement.objects.count(), Institution.objects.count(), Source.objects.count()) == (
        0,
        institutions,
        0,
    )


def test_with_skip_refused_the_good_rows_go_in_and_no_partner_is_made_twice(registry, realistic_file):
    path, bad = realistic_file
    counts, report = run(path, "--skip-refused")
    assert counts["refuse"] == len(bad)
    assert counts["create"] + counts["match"] + counts["repeat"] + counts["refuse"] == 500
    assert counts["repeat"] >= 5
    assert Agreement.objects.count() == counts["create"]
    assert (
        Institution.objects.filter(name__icontains="Haifa").count() == 1
    )  # "Univ. of Haifa", "UH", a typo...
    for name in (
        "Technical University of Munich",
        "Kyoto University",
        "University of Vienna",
        "Tel Aviv University",
    ):
        assert Institution.objects.filter(name=name).count() == 1, name
    assert Institution.objects.get(name="Technical University of Munich").ror == "https://ror.org/02kkvpp62"
    assert Institution.objects.count() == 4 + 4  # the registry's four, and four new from the gazetteer
    assert set(bad) == {int(line.split()[1].rstrip(":")) for line in report.splitlines() if "refused" in line}


def test_imported_agreements_are_unreviewed_with_the_file_as_their_source_and_the_home_as_a_party(
    registry, realistic_file
):
    path, _bad = realistic_file
    run(path, "--skip-refused")
    source = Source.objects.get(file_name="partners-2024.csv")
    agreements = Agreement.objects.prefetch_related("citations", "parties")
    assert agreements and all(a.reviewed_at is None for a in agreements)
    assert all([c.source_id for c in a.citations.all()] == [source.pk] for a in agreements)
    assert all(registry["home"] in a.parties.all() for a in agreements)
    three_party = [a for a in agreements if len(a.parties.all()) == 3]
    assert three_party and all("Kyoto University" in {p.name for p in a.parties.all()} for a in three_party)
    evidence = agreements[0].citations.all()[0].evidence
    assert evidence.startswith("Row ") and "Partner institution: " in evidence


def test_partial_dates_keep_their_precision(registry, tmp_path):
    rows = [
        ["University of Haifa", "IL", "MoU", f"Signed {text}", text, "", "", "", "", ""] for text in SIGNED
    ]
    run(write_csv(tmp_path / "dates.csv", rows))
    signed = {a.title: (a.signed_on, a.signed_on_precision) for a in Agreement.objects.all()}
    assert signed == {
        "Signed 2019-12-15": (datetime.date(2019, 12, 15), "day"),
        "Signed 2019-12": (datetime.date(2019, 12, 1), "month"),
        "Signed 2019": (datetime.date(2019, 1, 1), "year"),
        "Signed 15/03/2021": (datetime.date(2021, 3, 15), "day"),
        "Signed 03.2018": (datetime.date(2018, 3, 1), "month"),
        "Signed Mar 2018": (datetime.date(2018, 3, 1), "month"),
        "Signed December 5, 2017": (datetime.date(2017, 12, 5), "day"),
        "Signed": (None, ""),
    }


def test_a_second_import_of_the_same_file_matches_what_the_first_made(registry, realistic_file):
    path, _bad = realistic_file
    first, _ = run(path, "--skip-refused")
    agreements, institutions = Agreement.objects.count(), Institution.objects.count()
    second, _ = run(path, "--skip-refused")
    assert (second["create"], second["match"]) == (0, first["create"])
    assert (Agreement.objects.count(), Institution.objects.count()) == (agreements, institutions)


def test_a_dry_run_reports_the_same_plan_and_writes_nothing(registry, realistic_file):
    path, bad = realistic_file
    counts, report = run(path, "--dry-run")
    assert counts["dry_run"] and counts["refuse"] == len(bad) and counts["create"] > 400
    assert "new institution Technical University of Munich" in report
    assert (Agreement.objects.count(), Source.objects.count()) == (0, 0)


# The preview, row by row


def test_the_plan_says_per_row_what_is_created_matched_repeated_or_refused_and_why(registry, tmp_path):
    existing = Agreement.objects.create(title="Old MoU", kind=AgreementKind.MOU)
    existing.parties.set([registry["home"], registry["haifa"]])
    rows = [
        ["Univ. of Haifa", "Israel", "MoU", "Old MoU", "", "", "", "", "", ""],
        ["TUM", "DE", "Exchange", "Erasmus", "2021", "", "", "", "", ""],
        ["Technische Universität München", "DE", "Exchange", "Erasmus", "2021", "", "", "", "", ""],
        ["HUST", "", "MoU", "", "", "", "", "", "", ""],
    ]
    plan = plan_import(read_table(write_csv(tmp_path / "four.csv", rows)))
    assert [row.action for row in plan.rows] == [MATCH, CREATE, REPEAT, REFUSE]
    lines = [row.describe() for row in plan.rows]
    assert lines[0] == (
        f"row 2: already in the registry as agreement {existing.pk} "
        f"('Univ. of Haifa' = University of Haifa ({registry['haifa'].pk}) via the gazetteer)"
    )
    assert "'TUM' = new institution Technical University of Munich (DE)" in lines[1]
    assert lines[2].startswith("row 4: repeats row 3")
    assert "Huazhong University of Science and Technology" in lines[3]
    assert "Hanoi University of Science and Technology" in lines[3]
    assert plan.counts()["new_institutions"] == 1


def test_a_name_the_registry_knows_in_another_country_is_refused_not_guessed(registry, tmp_path):
    rows = [["University of Haifa", "DE", "MoU", "", "", "", "", "", "", ""]]
    (row,) = plan_import(read_table(write_csv(tmp_path / "x.csv", rows))).rows
    assert row.action == REFUSE and "in IL, but the row says DE" in row.reasons[0]


def test_refused_rows_raise_from_apply_and_write_nothing(registry, tmp_path):
    rows = [["University of Haifa", "IL", "MoU", "", "", "", "", "", "", ""], BAD_ROWS["impossible date"]]
    plan = plan_import(read_table(write_csv(tmp_path / "x.csv", rows)))
    with pytest.raises(ImportRefused) as refused:
        apply_plan(plan)
    assert [row.number for row in refused.value.rows] == [3]
    assert not Agreement.objects.exists()


# Columns and cells


def test_headers_are_matched_whatever_their_case_spacing_and_the_system_that_wrote_them(registry, tmp_path):
    header = [
        "  PARTNER   Institution ",
        "country_code",
        "Agreement Type",
        "Agreement title",
        "Date of signature",
        "Valid from",
        "valid-until",
        "Agreement status",
        "Contact person",
        "Comments",
        "Internal id",
    ]
    rows = [
        ["UH", "IL", "MoU", "T", "2020-05", "2020-06-01", "2025-05-31", "active", "Dr. Weber", "Note", "17"]
    ]
    table = read_table(write_csv(tmp_path / "export.csv", rows, header, delimiter=";"))
    assert set(table.columns) == {
        "partners",
        "country",
        "kind",
        "title",
        "signed",
        "start",
        "end",
        "status",
        "coordinator",
        "notes",
    }
    assert table.ignored == ["Internal id"]
    apply_plan(plan_import(table))
    agreement = Agreement.objects.get()
    assert (agreement.valid_from, agreement.valid_until) == (
        datetime.date(2020, 6, 1),
        datetime.date(2025, 5, 31),
    )
    assert agreement.notes == "Note\nCoordinator: Dr. Weber"


def test_an_xlsx_file_with_date_cells_is_read_like_a_csv(registry, tmp_path):
    path = tmp_path / "list.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write_string(1, 0, "Univ. of Haifa")
    sheet.write_datetime(
        1, 4, datetime.datetime(2019, 12, 15), workbook.add_format({"num_format": "dd/mm/yyyy"})
    )
    sheet.write_number(1, 5, 2020)
    workbook.close()
    counts, _ = run(path)
    assert counts["create"] == 1
    agreement = Agreement.objects.get()
    assert (agreement.signed_on, agreement.valid_from) == (
        datetime.date(2019, 12, 15),
        datetime.date(2020, 1, 1),
    )


def test_the_sample_file_in_fixtures_imports(registry):
    counts, _ = run("fixtures/import/sample-agreements.csv")
    assert counts["create"] == 4 and counts["refuse"] == 0


@pytest.mark.parametrize(
    "content, name, message",
    [
        (b"", "empty.csv", "the file is empty"),
        (b"Name,Amount\nx,1\n", "other.csv", "no column for the partner institution"),
        (b"\xff\xfe\x00garbage", "bad.csv", "cannot be read"),
        (b"not a zip", "bad.xlsx", "not a readable .xlsx file"),
        (b"x", "list.pdf", "not a spreadsheet this import reads"),
    ],
)
def test_a_file_that_cannot_be_imported_says_why(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=message):
        read_table(path)
    with pytest.raises(CommandError, match=message):
        run(path)


def test_a_missing_file_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "nowhere.csv")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15/12/2019", "2019-12-15"),
        ("5.3.2020", "2020-03-05"),
        ("12/2019", "2019-12"),
        ("Dec 2019", "2019-12"),
        ("15 December 2019", "2019-12-15"),
        ("December 15, 2019", "2019-12-15"),
        ("2019", "2019"),
        ("", None),
    ],
)
def test_dates_are_read_day_first_and_keep_what_is_known(text, expected):
    parsed = parse_partial_date(text)
    assert (parsed.isoformat() if parsed else None) == expected


@pytest.mark.parametrize("text", ["31/02/2020", "13/2020", "Smarch 2020", "soon", "2020-13"])
def test_an_impossible_or_unreadable_date_is_an_error(text):
    with pytest.raises(ValueError, match="is not a date"):
        parse_partial_date(text)


def test_countries_are_read_from_names_and_codes():
    assert [parse_country(t) for t in ["Israel", "IL", "isr", "Germany", ""]] == ["IL", "IL", "IL", "DE", ""]
    with pytest.raises(ValueError):
        parse_country("Atlantis")
    assert header_key("  Partner   Institution(s) ") == "partner institution s"
