"""Records with their prefetched lists in one query (registry.common.prefetched_rows).

What a timeline card or an institution's panels show must be the same whether its records came
through Django's prefetch_related (a query per list, and SQLite's way) or through the one query
PostgreSQL answers: the same records, fields, joined rows and lists in the same order.
"""

import datetime

import pytest
from django.db import connection
from django.db.models import Prefetch
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext

from agreements.models import Agreement, Institution, InstitutionName, NameKind, Signatory
from agreements.views import panel_lists
from delegations.models import Delegation, DelegationMember, Meeting
from registry.common.prefetched_rows import lists_inline, records_with_prefetches
from tests.builders import (
    make_agreement,
    make_contact,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite takes the ORM's way")


def described(record, parent=None):
    """Every loaded column of `record`, its joined rows (select_related; a listed row's own record
    apart) and its lists, compared whole."""
    if record is None:
        return None
    columns = {
        field.attname: getattr(record, field.attname)
        for field in record._meta.concrete_fields
        if field.attname not in record.get_deferred_fields()
    }
    joined = {
        name: described(value) for name, value in record._state.fields_cache.items() if value is not parent
    }
    lists = {
        name: [described(item, record) for item in value]
        for name, value in vars(record).items()
        if isinstance(value, list) and name.startswith(("card_", "panel_"))
    }
    return {"model": type(record).__name__, "columns": columns, "joined": joined, "lists": lists}


def by_orm(queryset, pks):
    return sorted(
        (described(record) for record in queryset.filter(pk__in=pks)), key=lambda d: d["columns"]["id"]
    )


def in_one_query(queryset, pks):
    found = records_with_prefetches(queryset, pks)
    return sorted((described(record) for record in found), key=lambda d: d["columns"]["id"])


@pytest.fixture
def history():
    """Records with every list a card shows, empty lists, null keys, dates, JSON and partial dates."""
    home = make_home()
    bonn = make_institution("University of Bonn", country="DE", city="Bonn")
    kyoto = make_institution("Kyoto University")
    article = make_source("a.txt", title="Signed", url="https://news.example/a")
    article.published = "2020-05-02"  # a partial date: its day and its precision
    article.save()
    first = make_agreement(home, bonn, kyoto, signed="2019", source=article, evidence="They signed.")
    renewal = make_agreement(
        home, bonn, signed="2023-05", renews=first, valid_until=datetime.date(2028, 1, 1)
    )
    Signatory.objects.create(
        agreement=first, person=make_person("Rector Weber", variants=["R. Weber"]), title="Rector"
    )
    Signatory.objects.create(agreement=first, person=make_person("Dean Sato"))
    bare = make_agreement(bonn, title="", signed=None)  # no date, no citation, no signatory, no renewal
    leader = make_person("Professor Ito", title="Dean")
    sent = make_delegation(
        bonn, None, start="2021-03-01", leader=leader, source=make_source(), purpose="Talks."
    )
    DelegationMember.objects.create(delegation=sent, person=make_person("Mr Lee"), title="Secretary")
    received = make_delegation(kyoto, bonn, start="2022")  # no leader, members, citations
    talks = make_meeting(bonn, kyoto, home, date="2022-01-10", location="Bonn", source=make_source())
    lonely = make_meeting(bonn)
    make_contact(bonn, "Anna Coordinator", email="anna@bonn.de")
    make_contact(bonn, "Old Contact", is_current=False)
    bonn.add_name("Uni Bonn")
    make_institution("Faculty of Law", parent=bonn)
    make_person("Professor Kant", institution=bonn)
    bonn.citations.create(source=article, evidence="Bonn")
    return {
        Agreement: [first.pk, renewal.pk, bare.pk],
        Delegation: [sent.pk, received.pk],
        Meeting: [talks.pk, lonely.pk],
        Institution: [bonn.pk, kyoto.pk],
    }


@pytest.mark.parametrize("model", [Agreement, Delegation, Meeting])
def test_a_timelines_records_come_with_the_same_fields_rows_and_lists_as_from_prefetch_related(
    history, model
):
    queryset = model.objects.for_timeline()
    assert in_one_query(queryset, history[model]) == by_orm(queryset, history[model])


def test_an_institutions_panels_come_with_the_same_lists_as_from_prefetch_related(history):
    queryset = panel_lists()
    assert in_one_query(queryset, history[Institution]) == by_orm(queryset, history[Institution])


@on_postgresql
@pytest.mark.parametrize("model", [Agreement, Delegation, Meeting])
def test_a_timelines_records_and_all_their_lists_are_one_query(history, model, django_assert_num_queries):
    many = model.objects.for_timeline()
    with django_assert_num_queries(1):
        records_with_prefetches(many, history[model])
    with django_assert_num_queries(1):
        records_with_prefetches(many, history[model][:1])


@pytest.mark.parametrize("model", [Agreement, Delegation, Meeting, Institution])
def test_one_record_comes_as_it_comes_among_others(history, model):
    """One record is read by its own statement (`= id`, not `= ANY(ids)`): the same fields, rows,
    lists and row version as when it is read with others, and none when it does not exist."""
    from registry.common.row_versions import keeps_row_versions

    queryset = panel_lists() if model is Institution else model.objects.for_timeline()
    first, *others = history[model]
    assert in_one_query(queryset, [first]) == in_one_query(queryset, [first, *others])[:1]
    assert in_one_query(queryset, [first]) == by_orm(queryset, [first])
    assert records_with_prefetches(queryset, [987654321]) == []
    if keeps_row_versions(queryset.db) and model is not Institution:
        shown = queryset.card_rows_shown()
        (alone,) = records_with_prefetches(queryset, [first], row_versions_of=shown)
        among = records_with_prefetches(queryset, [first, *others], row_versions_of=shown)
        assert alone.row_version == next(record.row_version for record in among if record.pk == first)


@on_postgresql
def test_a_statement_reading_one_record_is_planned_once_for_any_record(history):
    """PostgreSQL keeps one plan for the statement reading one record (an institution page's own
    institution and panels), rather than planning it on every run: its plan for any id costs what
    a plan for the given id does. Read by `= ANY(ids)` it was planned on every run (no generic plan)."""
    bonn, kyoto = history[Institution]
    for _ in range(4):  # PostgreSQL plans a prepared statement for its first five runs' parameters
        for pk in (bonn, kyoto):
            records_with_prefetches(panel_lists(), [pk])
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
            "WHERE statement LIKE 'SELECT json_agg(%%' AND statement LIKE '%%agreements_contact%%'"
        )
        ((generic, custom),) = cursor.fetchall()
    assert (generic, custom) == (8 - 1 - 5, 5)  # the first run unprepared, then five planned for it


def test_no_records_asked_for_cost_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert records_with_prefetches(Agreement.objects.for_timeline(), []) == []


@pytest.mark.parametrize(
    "prefetch",
    [
        Prefetch("signatories", queryset=Signatory.objects.filter(title="Rector"), to_attr="card_rectors"),
        Prefetch("signatories", queryset=Signatory.objects.order_by("person__name"), to_attr="card_by_name"),
        "signatories",  # into the related manager's cache, not a list
        Prefetch("signatories__person", to_attr="card_people"),
    ],
)
def test_what_the_query_cannot_say_is_fetched_by_the_orm_alike(history, prefetch):
    queryset = Agreement.objects.prefetch_related(prefetch)
    found = records_with_prefetches(queryset, history[Agreement])
    expected = list(queryset.filter(pk__in=history[Agreement]))
    assert sorted(record.pk for record in found) == sorted(record.pk for record in expected)
    if isinstance(prefetch, Prefetch) and "__" not in prefetch.prefetch_through:
        assert {record.pk: [s.pk for s in getattr(record, prefetch.to_attr)] for record in found} == {
            record.pk: [s.pk for s in getattr(record, prefetch.to_attr)] for record in expected
        }


def test_only_the_columns_asked_for_are_read(history):
    (record,) = records_with_prefetches(
        Agreement.objects.prefetch_related(
            Prefetch("parties", queryset=Institution.objects.only("name"), to_attr="card_parties")
        ),
        history[Agreement][:1],
    )
    assert all(party.get_deferred_fields() >= {"country", "city", "notes"} for party in record.card_parties)
    assert [party.name for party in record.card_parties] == [
        "Home University",
        "Kyoto University",
        "University of Bonn",
    ]


@pytest.mark.parametrize(
    "queryset",
    [
        Delegation.objects.select_related("visitor", "host").defer(
            "created_at", "visitor__city", "host__notes"
        ),
        Delegation.objects.select_related("visitor", "leader").only("purpose", "visitor__name", "leader"),
        Agreement.objects.prefetch_related(
            Prefetch(
                "signatories",
                queryset=Signatory.objects.select_related("person").only(
                    "title", "agreement", "person__name"
                ),
                to_attr="card_signatories",
            )
        ),
    ],
)
def test_the_joined_rows_columns_named_by_only_or_defer_are_read_as_django_reads_them(history, queryset):
    """`only()` and `defer()` through a joined row ("visitor__name") leave the same columns unread, in
    the record and in the joined row, as the ORM does."""
    model = queryset.model
    with CaptureQueriesContext(connection) as queries:
        read = in_one_query(queryset, history[model])
    assert read == by_orm(queryset, history[model])
    if connection.vendor == "postgresql":  # written in the one statement, not left to the ORM
        assert len(queries) == 1


@pytest.mark.parametrize("model", [Agreement, Delegation, Meeting])
def test_a_card_reads_no_column_it_does_not_show(history, model):
    """What `for_timeline` reads of a record and its joined and listed rows: not the timestamps, not a
    delegation's sides' columns but their names and whether each is home, not a renewal's columns but
    its name's, not a source's import time. A card reading one would ask a query of its own (the
    institution page's query-count tests)."""
    for record in records_with_prefetches(model.objects.for_timeline(), history[model]):
        assert {"created_at", "updated_at", "reviewed_by_id"} <= record.get_deferred_fields()
        for citation in record.card_citations:
            assert {"imported_at", "content_sha256"} <= citation.source.get_deferred_fields()
            assert citation.source.get_deferred_fields().isdisjoint(
                {"title", "file_name", "url", "published_on"}
            )
        sides = [record.visitor, record.host] if model is Delegation else []
        renewals = (
            [*record.card_renewals, *([record.renews] if record.renews else [])] if model is Agreement else []
        )
        for side in filter(None, sides):
            assert {"country", "created_at", "notes"} <= side.get_deferred_fields()
            assert side.get_deferred_fields().isdisjoint({"name", "is_home"})
        for renewal in renewals:
            assert {"notes", "status", "created_at"} <= renewal.get_deferred_fields()
            assert renewal.get_deferred_fields().isdisjoint({"title", "kind", "signed_on"})


@on_postgresql
def test_records_asked_for_that_do_not_exist_are_not_found_in_the_one_value_read(history):
    """All the records are read as one JSON value; none found is an empty list, not an error."""
    assert records_with_prefetches(Agreement.objects.for_timeline(), [987654321]) == []
    found = records_with_prefetches(Agreement.objects.for_timeline(), [987654321, *history[Agreement]])
    assert sorted(record.pk for record in found) == sorted(history[Agreement])


@on_postgresql
def test_the_institution_page_reads_each_kinds_cards_and_its_panels_in_one_query_each(staff_client, history):
    bonn = Institution.objects.get(pk=history[Institution][0])
    with CaptureQueriesContext(connection) as queries:
        assert staff_client.get(bonn.get_absolute_url()).status_code == 200
    sql = [query["sql"] for query in queries.captured_queries]
    # A statement reading records with their lists aggregates each list in a subquery.
    with_lists = [statement for statement in sql if "(SELECT json_agg(" in statement]
    assert len(with_lists) == 5  # agreements, delegations, meetings, panels; the institution with its keys
    # No list read on its own (the digests of row versions name them too, and read no row).
    lists = [
        statement for statement in sql if "(SELECT json_agg(" not in statement and "md5(" not in statement
    ]
    for table in ("agreements_signatory", "delegations_delegationmember", "agreements_contact"):
        assert [statement for statement in lists if f'"{table}"' in statement] == []


@on_postgresql
@pytest.mark.parametrize("model", [Agreement, Delegation, Meeting])
def test_records_asked_for_with_their_row_versions_have_those_row_versions_gives_in_the_same_query(
    history, model
):
    """The digests read beside the records are those `row_versions` reads alone (the cards' keys)."""
    from registry.common.row_versions import row_versions

    queryset = model.objects.for_timeline()
    shown = queryset.card_rows_shown()
    with CaptureQueriesContext(connection) as queries:
        found = records_with_prefetches(queryset, history[model], row_versions_of=shown)
    # One statement; outside a request the data versions are read for the digests' generation too.
    assert [query["sql"] for query in queries if "data_versions" not in query["sql"]] == [queries[-1]["sql"]]
    assert {record.pk: record.row_version for record in found} == row_versions(
        "default", model, history[model], shown
    )
    assert in_one_query(queryset, history[model]) == sorted(
        (described(record) for record in found), key=lambda d: d["columns"]["id"]
    )


@pytest.mark.parametrize(
    "prefetch", [Prefetch("signatories", queryset=Signatory.objects.filter(title="Rector"), to_attr="card_x")]
)
def test_what_the_query_cannot_say_comes_with_its_row_versions_from_the_orm(history, prefetch):
    from registry.common.row_versions import Shown, with_row_versions

    shown = [Shown(Signatory, "agreement_id")]
    queryset = Agreement.objects.prefetch_related(prefetch)
    found = records_with_prefetches(queryset, history[Agreement], row_versions_of=shown)
    annotated = with_row_versions(queryset.filter(pk__in=history[Agreement]), shown)
    expected = {record.pk: record.row_version for record in annotated} if annotated is not None else None
    assert sorted(record.pk for record in found) == sorted(history[Agreement])
    if expected is not None:  # PostgreSQL; SQLite keeps no row versions
        assert {record.pk: record.row_version for record in found} == expected


@pytest.mark.parametrize("model", [Agreement, Delegation, Meeting])
def test_the_records_are_saved_records_of_the_database_they_came_from(history, model):
    for record in records_with_prefetches(model.objects.for_timeline(), history[model]):
        assert not record._state.adding
        assert record._state.db == "default"
        assert record == model.objects.get(pk=record.pk)
        for listed in vars(record).values():
            for item in listed if isinstance(listed, list) else []:
                assert not item._state.adding and item._state.db == "default"


def test_a_receiver_of_a_records_making_sees_every_record_made(history):
    """The records are made straight from their values only while no one listens to their making."""
    made = []

    def note(sender, instance, **kwargs):
        made.append((sender, instance.pk))

    post_init.connect(note, sender=Agreement)
    try:
        found = records_with_prefetches(Agreement.objects.for_timeline(), history[Agreement])
    finally:
        post_init.disconnect(note, sender=Agreement)
    assert {pk for sender, pk in made if sender is Agreement} == (
        {record.pk for record in found}
        | {r.pk for record in found for r in record.card_renewals}
        | {record.renews_id for record in found if record.renews_id}
    )


def test_a_statement_is_written_once_per_shape_of_query_whatever_its_filters():
    """The statement reads records by id: two querysets differing by their filters alone share it,
    and one differing by what it reads (a list, its columns, its order, the row versions) does not."""
    from registry.common.prefetched_rows import _statement
    from registry.common.row_versions import Shown

    def written(queryset, row_versions_of=None):
        return _statement(connection, queryset, row_versions_of)

    once = written(Agreement.objects.for_timeline())
    assert written(Agreement.objects.filter(title="Exchange").for_timeline()) is once
    assert written(Agreement.objects.for_timeline(evidence=False)) is not once
    by_title = Prefetch("signatories", queryset=Signatory.objects.order_by("title"), to_attr="card_x")
    by_id = Prefetch("signatories", queryset=Signatory.objects.order_by("pk"), to_attr="card_x")
    assert written(Agreement.objects.prefetch_related(by_title)) is not written(
        Agreement.objects.prefetch_related(by_id)
    )
    assert written(Agreement.objects.only("title")) is not written(Agreement.objects.all())
    shown = [Shown(Signatory, "agreement_id")]
    assert written(Agreement.objects.all(), shown) is not written(Agreement.objects.all())
    assert "md5(" in written(Agreement.objects.all(), shown).sql


@on_postgresql
def test_the_row_versions_read_with_records_name_the_generation_of_their_reading(history):
    """A statement kept from before a write to every table (bump_versions) reads the records' row
    versions under the new generation, as `row_versions` does: the cards kept before are not found."""
    from registry.common.data_versions import bump_versions
    from registry.common.row_versions import row_versions

    queryset = Agreement.objects.for_timeline()
    shown = queryset.card_rows_shown()
    before = {r.pk: r.row_version for r in records_with_prefetches(queryset, history[Agreement], shown)}
    bump_versions(scopes=["records"])
    after = {r.pk: r.row_version for r in records_with_prefetches(queryset, history[Agreement], shown)}
    assert after == row_versions("default", Agreement, history[Agreement], shown)
    assert all(after[pk] != before[pk] for pk in history[Agreement])


# A list page's lists in its rows' own query (`lists_inline`) ------------------------------------


def listed(records, to_attr):
    """Each record's id and its list `to_attr`, each listed row whole (`described`, its record apart)."""
    return [(record.pk, [described(item, record) for item in getattr(record, to_attr)]) for record in records]


def acronyms_prefetch():
    acronyms = InstitutionName.objects.filter(kind=NameKind.ACRONYM).order_by("value")
    return Prefetch("names", queryset=acronyms, to_attr="acronyms")


@pytest.fixture
def named():
    """Institutions with acronyms (two, one, none) beside other kinds of names, parties of agreements."""
    bonn = make_institution("University of Bonn")
    bonn.add_name("UB", kind=NameKind.ACRONYM)
    bonn.add_name("RFWU", kind=NameKind.ACRONYM)
    bonn.add_name("Uni Bonn")  # an alias: not an acronym
    kyoto = make_institution("Kyoto University")
    kyoto.add_name("KU", kind=NameKind.ACRONYM)
    lone = make_institution("Lone College")
    make_agreement(bonn, kyoto, signed="2019")
    make_agreement(kyoto, signed="2020")
    make_agreement(lone, title="", signed=None)
    return [bonn, kyoto, lone]


def test_a_filtered_list_read_in_the_rows_query_is_the_list_prefetch_related_gives(named):
    """The institution lists' acronyms: the names of one kind alone, in their order, each with its
    record, whether they come in the rows' query (PostgreSQL) or in one of their own."""
    rows = Institution.objects.prefetch_related(acronyms_prefetch()).order_by("name", "pk")
    assert listed(lists_inline(rows), "acronyms") == listed(rows, "acronyms")
    by_name = {record.name: [n.value for n in record.acronyms] for record in lists_inline(rows)}
    assert by_name == {"Kyoto University": ["KU"], "Lone College": [], "University of Bonn": ["RFWU", "UB"]}
    assert all(n.institution is record for record in lists_inline(rows) for n in record.acronyms)


def test_a_many_to_many_list_read_in_the_rows_query_is_the_list_prefetch_related_gives(named):
    names = Institution.objects.only("name").order_by("name")
    parties = Prefetch("parties", queryset=names, to_attr="listed")
    rows = Agreement.objects.select_related("renews").prefetch_related(parties).order_by("pk")
    assert listed(lists_inline(rows), "listed") == listed(rows, "listed")
    assert [[party.name for party in agreement.listed] for agreement in lists_inline(rows)] == [
        ["Kyoto University", "University of Bonn"],
        ["Kyoto University"],
        ["Lone College"],
    ]


@on_postgresql
def test_a_list_pages_rows_and_their_lists_are_one_query(named, django_assert_num_queries):
    """A page of rows (sliced, filtered after the list was written in) is one query with its lists."""
    rows = lists_inline(Institution.objects.prefetch_related(acronyms_prefetch()).order_by("name", "pk"))
    with django_assert_num_queries(1):
        page = list(rows.filter(name__contains="U")[:25])
    assert [record.name for record in page] == ["Kyoto University", "University of Bonn"]
    with django_assert_num_queries(1):  # counted without the lists
        assert rows.count() == 3


def test_a_list_filtered_through_another_table_stays_a_query_of_its_own(named, django_assert_num_queries):
    """What the subquery cannot say (a filter through a relation) is prefetched as before, alike."""
    through = InstitutionName.objects.filter(institution__name__startswith="Uni").order_by("value")
    rows = Institution.objects.prefetch_related(
        Prefetch("names", queryset=through, to_attr="through"), acronyms_prefetch()
    ).order_by("pk")
    inline = lists_inline(rows)
    assert listed(inline, "through") == listed(rows, "through")
    assert listed(inline, "acronyms") == listed(rows, "acronyms")
    with django_assert_num_queries(2 if connection.vendor == "postgresql" else 3):
        list(inline.all())


def test_rows_read_as_values_leave_the_lists_out(named):
    rows = lists_inline(Institution.objects.prefetch_related(acronyms_prefetch()).order_by("pk"))
    assert list(rows.values_list("name", flat=True)) == [record.name for record in named]
    assert list(rows.values("name"))[0] == {"name": "University of Bonn"}
