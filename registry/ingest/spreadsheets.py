"""Import an existing list of agreements from a spreadsheet (.csv or .xlsx): rows -> a plan -> records.

`read_table(path)` reads the rows; `plan_import(table)` decides, per row, what would happen (an
agreement created, one already in the registry matched, a repeat of an earlier row, or the row
refused and why) without writing anything; `apply_plan(plan)` writes what the plan says in one
transaction. The command (`import_agreements`) and the admin's import page both go this way, so the
preview a person reads is exactly what is then written.

Columns are found by their header, whatever its case and spacing (COLUMNS lists the spellings each
field answers to, ours and those of other systems' exports). Institutions are resolved as an
article's are (registry/ingest/institution_matching.py): "Univ. of Haifa" is the University of
Haifa the registry has, not a second one; a name that fits several institutions, or none the
registry or the gazetteer knows, refuses its row for a person to decide.
"""

import csv
import datetime
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from agreements.models import (
    Agreement,
    AgreementCitation,
    AgreementKind,
    AgreementStatus,
    Institution,
    InstitutionCitation,
    Party,
    Source,
)
from registry.common.names import normalize_name
from registry.common.partial_dates import DAY, MONTH, PartialDate
from registry.ingest.institution_matching import InstitutionMatcher
from registry.ingest.loading import name_kind

#: Each field and the headers it is read from (compared lower-case, spaces and punctuation folded).
#: The second group of each is how partner-management systems label the column in their exports.
COLUMNS = {
    "partners": [
        "partner",
        "partners",
        "partner institution",
        "partner institutions",
        "institution",
        "institutions",
        "partner name",
        "organisation",
        "organization",
        "partner organisation",
        "partner organization",
        "counterpart",
        "host institution",
        "university",
    ],
    "country": ["country", "partner country", "country of partner", "nation", "country code"],
    "kind": [
        "kind",
        "type",
        "agreement type",
        "type of agreement",
        "agreement kind",
        "category",
        "agreement category",
    ],
    "title": [
        "title",
        "agreement",
        "agreement title",
        "agreement name",
        "name of agreement",
        "subject",
        "description",
    ],
    "signed": [
        "signed",
        "signed on",
        "date signed",
        "signature date",
        "date of signature",
        "signing date",
        "signed date",
    ],
    "start": [
        "start",
        "start date",
        "valid from",
        "begin",
        "begins",
        "effective date",
        "from",
        "validity start",
        "start of validity",
    ],
    "end": [
        "end",
        "end date",
        "valid until",
        "valid to",
        "expires",
        "expiry",
        "expiry date",
        "expiration",
        "expiration date",
        "until",
        "to",
        "validity end",
        "end of validity",
    ],
    "status": ["status", "state", "agreement status"],
    "coordinator": [
        "coordinator",
        "contact",
        "contact person",
        "responsible",
        "responsible person",
        "academic coordinator",
        "coordinator name",
        "owner",
    ],
    "notes": ["notes", "note", "comments", "comment", "remarks", "remark"],
}
REQUIRED = ("partners",)

#: What the kind column may say, beyond the kinds' own values and labels.
KIND_WORDS = {
    "mou": AgreementKind.MOU,
    "memorandum": AgreementKind.MOU,
    "loi": AgreementKind.MOU,
    "letter of intent": AgreementKind.MOU,
    "framework agreement": AgreementKind.COOPERATION_AGREEMENT,
    "cooperation": AgreementKind.COOPERATION_AGREEMENT,
    "co operation": AgreementKind.COOPERATION_AGREEMENT,
    "collaboration": AgreementKind.COOPERATION_AGREEMENT,
    "research agreement": AgreementKind.COOPERATION_AGREEMENT,
    "exchange": AgreementKind.STUDENT_EXCHANGE,
    "student exchange": AgreementKind.STUDENT_EXCHANGE,
    "erasmus": AgreementKind.STUDENT_EXCHANGE,
    "erasmus+": AgreementKind.STUDENT_EXCHANGE,
    "inter institutional agreement": AgreementKind.STUDENT_EXCHANGE,
    "iia": AgreementKind.STUDENT_EXCHANGE,
    "bilateral agreement": AgreementKind.STUDENT_EXCHANGE,
    "mobility": AgreementKind.STUDENT_EXCHANGE,
    "strategic partnership": AgreementKind.PARTNERSHIP,
    "partnership": AgreementKind.PARTNERSHIP,
    "joint institute": AgreementKind.JOINT_INSTITUTE,
    "other": AgreementKind.OTHER,
}
#: What the status column may say, beyond the statuses' own values and labels.
STATUS_WORDS = {
    "active": AgreementStatus.SIGNED,
    "in force": AgreementStatus.SIGNED,
    "valid": AgreementStatus.SIGNED,
    "current": AgreementStatus.SIGNED,
    "running": AgreementStatus.SIGNED,
    "renewal": AgreementStatus.RENEWED,
    "draft": AgreementStatus.DISCUSSED,
    "planned": AgreementStatus.DISCUSSED,
    "in negotiation": AgreementStatus.DISCUSSED,
    "negotiation": AgreementStatus.DISCUSSED,
    "under negotiation": AgreementStatus.DISCUSSED,
    "proposed": AgreementStatus.DISCUSSED,
    "pending": AgreementStatus.DISCUSSED,
    "inactive": AgreementStatus.EXPIRED,
    "ended": AgreementStatus.EXPIRED,
    "closed": AgreementStatus.EXPIRED,
    "lapsed": AgreementStatus.EXPIRED,
    "cancelled": AgreementStatus.TERMINATED,
    "canceled": AgreementStatus.TERMINATED,
    "withdrawn": AgreementStatus.TERMINATED,
}
#: Several partners in one cell are separated by these (not commas: "University of California, Berkeley").
PARTNER_SEPARATORS = re.compile(r"\s*(?:;|\||\n|\s/\s)\s*")
MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (datetime.date(2000, number, 1).strftime("%B"), datetime.date(2000, number, 1).strftime("%b"))
}
FILE_KINDS = (".csv", ".xlsx")


class SpreadsheetError(ValueError):
    """A file that cannot be imported at all (unreadable, no partner column); the message says why."""


def header_key(text):
    """ "Partner Institution(s) " -> "partner institution s": case, spacing and punctuation folded."""
    return " ".join(re.sub(r"[^\w+]+|_", " ", str(text or "").lower()).split())


HEADERS = {header_key(spelling): name for name, spellings in COLUMNS.items() for spelling in spellings}
HEADERS.update(
    {header_key(spelling) + " s": name for name, spellings in COLUMNS.items() for spelling in spellings}
)


@dataclass
class Table:
    """A spreadsheet's rows as {field: text}, with where each field was read from."""

    name: str
    rows: list  # (spreadsheet row number, {field: value})
    columns: dict  # field -> the header it was read from
    ignored: list  # headers that name no field


def read_table(path, name=None):
    """The rows of a .csv or .xlsx file at `path` (a path or a file object, then give `name`)."""
    name = name or Path(path).name
    suffix = Path(name).suffix.lower()
    if suffix not in FILE_KINDS:
        raise SpreadsheetError(f"{name}: not a spreadsheet this import reads (.csv or .xlsx)")
    try:
        cells = _xlsx_cells(path) if suffix == ".xlsx" else _csv_cells(path)
        header = next(cells, None)
        if header is None:
            raise SpreadsheetError(f"{name}: the file is empty")
        columns, ignored = _map_header(header)
        if missing := [f for f in REQUIRED if f not in columns.values()]:
            known = ", ".join(f'"{s}"' for s in COLUMNS[missing[0]][:4])
            raise SpreadsheetError(
                f"{name}: no column for the partner institution (a header such as {known})"
            )
        rows = []
        for number, values in enumerate(cells, start=2):  # row 1 is the header, as the spreadsheet shows it
            row = {
                field_name: _text(values[i]) if i < len(values) else "" for i, field_name in columns.items()
            }
            if any(row.values()):
                rows.append((number, row))
    except (UnicodeDecodeError, csv.Error, OSError, KeyError, ValueError) as error:
        if isinstance(error, SpreadsheetError):
            raise
        raise SpreadsheetError(f"{name}: cannot be read ({error})") from None
    return Table(name, rows, {columns[i]: str(header[i]).strip() for i in columns}, ignored)


def _csv_cells(path):
    raw = path.read() if hasattr(path, "read") else Path(path).read_bytes()
    text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return iter(list(csv.reader(io.StringIO(text, newline=""), dialect)))


def _xlsx_cells(path):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as error:
        raise SpreadsheetError(f"not a readable .xlsx file ({error})") from None
    return iter([list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)])


def _map_header(header):
    columns, ignored, taken = {}, [], set()
    for index, title in enumerate(header):
        field_name = HEADERS.get(header_key(title))
        if field_name and field_name not in taken:
            columns[index] = field_name
            taken.add(field_name)
        elif str(title or "").strip():
            ignored.append(str(title).strip())
    return columns, ignored


def _text(value):
    """A cell as text; a date cell (XLSX) as its ISO day."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value if value is not None else "").split())


# Reading the cells -----------------------------------------------------------------------------

_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./-](\d{4})$")
_WORDS_DATE = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?,?\s+(?:(\d{1,2}),?\s+)?(\d{4})$")
DATE_EXAMPLES = "e.g. 2019-12-15, 15/12/2019, 2019-12, Dec 2019 or 2019"


def parse_partial_date(text):
    """A date as offices write it, day first: "2019-12-15", "15/12/2019", "15.12.2019", "12/2019",
    "Dec 2019", "15 December 2019", "December 15, 2019", "2019". None for a blank; a ValueError else."""
    text = (text or "").strip().lower()
    if not text:
        return None
    try:
        if match := _DAY_FIRST.match(text):
            day, month, year = (int(part) for part in match.groups())
            return PartialDate(datetime.date(year, month, day), DAY)
        if match := _MONTH_YEAR.match(text):
            month, year = (int(part) for part in match.groups())
            return PartialDate(datetime.date(year, month, 1), MONTH)
        if (match := _WORDS_DATE.match(text)) and match[2] in MONTHS:
            day = match[1] or match[3]
            first = datetime.date(int(match[4]), MONTHS[match[2]], int(day or 1))
            return PartialDate(first, DAY if day else MONTH)
        return PartialDate.parse(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date ({DATE_EXAMPLES})") from None


def parse_country(text):
    """An ISO 3166 alpha-2 code from a code or a country's name ("IL", "ISR", "Israel"); "" for a blank."""
    text = (text or "").strip()
    if not text:
        return ""
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(text)
    except LookupError:
        found = []
    if len(found) == 1:
        return found[0].alpha_2
    raise ValueError(f"{text!r} is not a country this import knows (a name or ISO code, e.g. Israel or IL)")


def parse_choice(text, choices, words, default):
    """A member of `choices` from its value, its label or one of `words`; `default` for a blank."""
    key = header_key(text)
    if not key:
        return default
    for member in choices:
        if key in (header_key(member.value), header_key(member.label)):
            return member
    if key in words:
        return words[key]
    known = ", ".join(member.label for member in choices)
    raise ValueError(f"{text!r} is not one of: {known}")


# The plan: what each row would do ---------------------------------------------------------------

CREATE, MATCH, REPEAT, REFUSE = "create", "match", "repeat", "refuse"


@dataclass
class RowPlan:
    """One row's fate: CREATE an agreement, MATCH one the registry has, REPEAT an earlier row, or REFUSE."""

    number: int
    values: dict
    action: str = CREATE
    reasons: list = field(default_factory=list)  # why it is refused
    partners: list = field(default_factory=list)  # a Resolution per partner named
    fields: dict = field(default_factory=dict)  # the agreement's fields
    existing: Agreement | None = None  # MATCH: the registry's agreement
    same_as: int | None = None  # REPEAT: the earlier row

    def describe(self):
        """One line for a person: the row, what happens, and why."""
        partners = "; ".join(describe_partner(r) for r in self.partners) or "no partner"
        if self.action == REFUSE:
            return f"row {self.number}: refused: {' '.join(self.reasons)}"
        if self.action == REPEAT:
            return f"row {self.number}: repeats row {self.same_as}, imported once ({partners})"
        if self.action == MATCH:
            return f"row {self.number}: already in the registry as agreement {self.existing.pk} ({partners})"
        return f"row {self.number}: new agreement {self.fields['title'] or '(untitled)'!r} with {partners}"


def describe_partner(resolution):
    if resolution.institution is not None:
        found = {"name": "", "gazetteer": " via the gazetteer", "spelling": " by its spelling"}[
            resolution.how
        ]
        return f"{resolution.typed!r} = {resolution.institution.name} ({resolution.institution.pk}){found}"
    if resolution.new is not None:
        return (
            f"{resolution.typed!r} = new institution {resolution.new['name']} ({resolution.new['country']})"
        )
    return f"{resolution.typed!r} unresolved"


@dataclass
class Plan:
    table: Table
    rows: list
    home: Institution | None

    def counts(self):
        counts = dict.fromkeys((CREATE, MATCH, REPEAT, REFUSE), 0)
        for row in self.rows:
            counts[row.action] += 1
        counts["new_institutions"] = len({r.key for row in self.accepted() for r in row.partners if r.new})
        return counts

    def refused(self):
        return [row for row in self.rows if row.action == REFUSE]

    def accepted(self):
        return [row for row in self.rows if row.action != REFUSE]


def plan_import(table, matcher=None):
    """What importing `table` would do, row by row. Reads the registry; writes nothing."""
    matcher = matcher or InstitutionMatcher(source_name=table.name)
    plan = Plan(table, [], Institution.objects.home().first())
    for number, values in table.rows:
        row = RowPlan(number, values)
        _read_fields(row)
        row.partners = _resolve_partners(row, matcher)
        plan.rows.append(row)
    settled = iter(matcher.settle([r for row in plan.rows for r in row.partners]))
    for row in plan.rows:
        row.partners = [next(settled) for _ in row.partners]
        _check_partners(row)
        if not row.reasons:
            _validate(row)
        if row.reasons:
            row.action = REFUSE
    named = {r.institution.pk for row in plan.accepted() for r in row.partners if r.institution is not None}
    existing = existing_agreements(named)
    seen = {}  # what identifies an agreement -> the row that first gave it
    for row in plan.accepted():
        _identify(row, plan.home, seen, existing)
    return plan


def _read_fields(row):
    values, fields = row.values, row.fields
    readers = {
        "country": lambda: parse_country(values.get("country")),
        "kind": lambda: parse_choice(values.get("kind"), AgreementKind, KIND_WORDS, AgreementKind.OTHER),
        "status": lambda: parse_choice(
            values.get("status"), AgreementStatus, STATUS_WORDS, AgreementStatus.SIGNED
        ),
        "signed": lambda: parse_partial_date(values.get("signed")),
        "start": lambda: parse_partial_date(values.get("start")),
        "end": lambda: parse_partial_date(values.get("end")),
    }
    for name, read in readers.items():
        try:
            fields[name] = read()
        except ValueError as error:
            row.reasons.append(f"{name}: {error}.")
    fields["title"] = values.get("title", "")[:300]
    notes = [values.get("notes", "")]
    if values.get("coordinator"):
        notes.append(f"Coordinator: {values['coordinator']}")
    fields["notes"] = "\n".join(note for note in notes if note)


def _partner_names(row):
    return [name for name in PARTNER_SEPARATORS.split(row.values.get("partners", "")) if name.strip()]


def _resolve_partners(row, matcher):
    """A Resolution per partner named. The country column is the partner's, so it narrows the search
    only when the row names one partner (a row with partners in two countries gives one of them)."""
    names = _partner_names(row)
    country = (row.fields.get("country") or "") if len(names) == 1 else ""
    return [matcher.resolve(name, country) for name in names]


def _check_partners(row):
    if not row.partners:
        row.reasons.append("No partner institution.")
    country = row.fields.get("country") or ""
    for resolution in row.partners:
        institution = resolution.institution
        if resolution.problem:
            nearest = ", ".join(f"{i.name} ({i.pk})" for i in resolution.candidates)
            nearest = f": {nearest}" if nearest else ""
            row.reasons.append(f"{resolution.problem}{nearest}; name it as the registry does.")
        elif len(row.partners) == 1 and country and institution and institution.country not in ("", country):
            row.reasons.append(
                f"{resolution.typed!r} is {institution.name}, in {institution.country}, "
                f"but the row says {country}."
            )


def _validate(row):
    """The model's own checks (the admin's): each field, then every constraint on the whole agreement."""
    fields = row.fields
    agreement = Agreement(
        title=fields["title"],
        kind=fields["kind"],
        status=fields["status"],
        notes=fields["notes"],
        valid_from=fields["start"].first_day if fields["start"] else None,
        valid_until=fields["end"].last_day if fields["end"] else None,
    )
    agreement.signed = fields["signed"]
    try:
        agreement.clean_fields(exclude=["renews", "document"])
        agreement.clean()
    except ValidationError as error:
        labels = {"valid_from": "start", "valid_until": "end", "__all__": ""}
        for name, messages in error.message_dict.items():
            prefix = labels.get(name, name)
            row.reasons += [f"{prefix}: {message}" if prefix else message for message in messages]
        return
    if refusal := constraint_refusal(agreement):
        row.reasons.append(refusal)
        return
    row.fields["agreement"] = agreement


class _Probe(Exception):
    """Undoes a trial save."""


def constraint_refusal(record):
    """The message of the model constraint `record` breaks, or "": the database itself is asked.

    The record is saved in a savepoint that is then rolled back. Model.validate_constraints() asks the
    same question one constraint at a time (about 28 ms a record on SQLite, 14 s for a 500-row file);
    one trial INSERT asks it at once.
    """
    try:
        with transaction.atomic():
            record.save()
            raise _Probe
    except _Probe:
        return ""
    except IntegrityError as error:
        broken = [c for c in record._meta.constraints if c.name in str(error)]
        return broken[0].get_violation_error_message() if broken else f"The database refused it: {error}"
    finally:
        record.pk, record._state.adding = None, True


def _identify(row, home, seen, existing):
    """REPEAT of an earlier row, MATCH of the registry's agreement (`existing`, by identity), or CREATE."""
    fields = row.fields
    parties = {r.key for r in row.partners} | ({("registry", home.pk)} if home else set())
    identity = (frozenset(parties), fields["kind"], fields["signed"], normalize_name(fields["title"]))
    if identity in seen:
        row.action, row.same_as = REPEAT, seen[identity]
        return
    seen[identity] = row.number
    row.existing = existing.get(identity)
    if row.existing is not None:
        row.action = MATCH


def existing_agreements(institution_pks):
    """{identity: agreement} for every agreement of these institutions, as _identify identifies a row's:
    its parties, kind, signed date and title. In two queries, whatever the number of rows."""
    parties = Institution.objects.filter(pk__in=institution_pks).values("pk")
    found = {}
    for agreement in Agreement.objects.involving_any(parties).prefetch_related("parties").order_by("pk"):
        keys = frozenset(("registry", party.pk) for party in agreement.parties.all())
        identity = (keys, agreement.kind, agreement.signed, normalize_name(agreement.title))
        found.setdefault(identity, agreement)
    return found


# Writing the plan -------------------------------------------------------------------------------


class ImportRefused(ValueError):
    """Rows were refused and the import is all or nothing: nothing was written. `rows`: the RowPlans."""

    def __init__(self, rows):
        self.rows = rows
        lines = "\n".join(row.describe() for row in rows)
        super().__init__(f"{len(rows)} row(s) refused, nothing imported:\n{lines}")


@transaction.atomic
def apply_plan(plan, *, skip_refused=False):
    """Write what `plan` says, all in one transaction; returns the plan's counts.

    A refused row stops the import (ImportRefused, nothing written) unless `skip_refused`: then the
    other rows are imported and the refused ones are left for the caller to report. Every created
    or matched agreement, and every institution it names, cites the file as its source, with the row.
    """
    if plan.refused() and not skip_refused:
        raise ImportRefused(plan.refused())
    source, _ = Source.objects.get_or_create(
        file_name=plan.table.name,
        defaults={"title": f"Spreadsheet import: {plan.table.name}", "imported_at": timezone.now()},
    )
    writer = _Writer(plan, source)
    for row in plan.accepted():
        writer.write(row)
    return plan.counts()


class _Writer:
    def __init__(self, plan, source):
        self.plan, self.source = plan, source
        self.institutions = {}  # Resolution.key -> Institution
        self.agreements = {}  # row number -> Agreement

    def write(self, row):
        parties = [self.institution(resolution) for resolution in row.partners]
        if row.action == REPEAT:
            agreement = self.agreements[row.same_as]
        elif row.action == MATCH:
            agreement = row.existing
        else:
            agreement = row.fields["agreement"]
            agreement.save()
            everyone = {i.pk: i for i in [*([self.plan.home] if self.plan.home else []), *parties]}
            Party.objects.bulk_create([Party(agreement=agreement, institution=i) for i in everyone.values()])
        self.agreements[row.number] = agreement
        AgreementCitation.objects.get_or_create(
            agreement=agreement, source=self.source, defaults={"evidence": self.evidence(row)}
        )

    def institution(self, resolution):
        """The registry's institution for a resolved name: made from the gazetteer's entry when new."""
        if resolution.key in self.institutions:
            return self.institutions[resolution.key]
        institution = resolution.institution
        if institution is None:
            new = resolution.new
            institution = Institution.objects.create(
                name=new["name"], kind=new["kind"], country=new["country"], ror=new["ror"]
            )
            for acronym in new["aliases"]:
                institution.add_name(acronym, name_kind(acronym, institution.name), source=None)
        institution.add_name(
            resolution.typed, name_kind(resolution.typed, institution.name), source=self.source
        )
        InstitutionCitation.objects.get_or_create(
            institution=institution, source=self.source, defaults={"evidence": f"Named {resolution.typed!r}."}
        )
        self.institutions[resolution.key] = institution
        return institution

    def evidence(self, row):
        columns = self.plan.table.columns
        cells = [f"{columns[name]}: {value}" for name, value in row.values.items() if value]
        return f"Row {row.number}: " + "; ".join(cells)
