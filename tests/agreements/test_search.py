"""Institution search (agreements.search): canonical names, variants, acronyms, word order, typos."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agreements.models import Institution, InstitutionName, NameKind
from agreements.search import MAX_QUERY_LENGTH, distinctive_words, search_names
from tests.builders import make_account, make_institution

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    """A few partners whose names trip up a plain substring search."""
    rwth = make_institution("RWTH Aachen University", country="DE")
    haifa = make_institution("University of Haifa", country="IL")
    haifa.add_name("Haifa University", NameKind.ALIAS)
    bauman = make_institution("Bauman Moscow State Technical University", country="RU")
    bauman.add_name("BMSTU", NameKind.ACRONYM)
    make_institution("Tsinghua University", country="CN")
    make_institution("University of Tokyo", country="JP")
    return {"rwth": rwth, "haifa": haifa, "bauman": bauman}


def found(text):
    return [
        institution.name
        for institution in search_names(Institution.objects.all(), text).order_by("-search_rank", "name")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RWTH", "RWTH Aachen University"),
        ("Haifa University", "University of Haifa"),
        ("Univeristy of Haifa", "University of Haifa"),
        ("Bauman", "Bauman Moscow State Technical University"),
        ("bmstu", "Bauman Moscow State Technical University"),
        ("university of haifa", "University of Haifa"),
    ],
)
def test_search_finds_an_institution_by_name_variant_acronym_or_misspelling(registry, text, expected):
    assert found(text)[0] == expected


def test_misspelling_does_not_bring_in_unrelated_universities(registry):
    assert found("Univeristy of Haifa") == ["University of Haifa"]


@pytest.mark.parametrize(
    "key, words",
    [
        ("wengeiford international university", ["wengeiford"]),
        ("univeristy of haifa", ["haifa"]),  # a generic word misspelt is still generic
        ("technical university", ["technical", "university"]),  # nothing else to go by
        ("rwth", ["rwth"]),
    ],
)
def test_distinctive_words_leave_out_what_most_names_share(key, words):
    assert distinctive_words(key) == words


def test_a_misspelling_is_found_however_many_names_share_its_common_words(monkeypatch):
    """The fallback's candidates are bounded; names sharing "uni" and "int" must not crowd it out."""
    from agreements import search

    monkeypatch.setattr(search, "MAX_FUZZY_CANDIDATES", 3)
    for number in range(10):
        make_institution(f"Aaron {number} International University")
    make_institution("Wengeiford International University")
    assert found("Wengeeiford International Univerity")[0] == "Wengeiford International University"


def test_words_match_in_any_order(registry):
    assert found("Aachen RWTH") == ["RWTH Aachen University"]


def test_an_exact_variant_ranks_above_a_partial_name_match(registry):
    make_institution("Haifa University Hospital Foundation")
    assert found("Haifa University")[0] == "University of Haifa"


def test_empty_query_leaves_the_queryset_alone(registry):
    queryset = Institution.objects.all()
    assert search_names(queryset, "   ") is queryset


def test_nothing_alike_finds_nothing(registry):
    assert found("Quantum Zebra Polytechnic") == []


def test_an_overlong_query_is_cut_not_sent_whole(registry):
    assert found("Haifa " * (MAX_QUERY_LENGTH // 3)) == ["University of Haifa"]


def test_search_keeps_the_filters_already_applied(registry):
    assert found("University") != []
    germans = Institution.objects.filter(country="DE")
    assert [i.name for i in search_names(germans, "University")] == ["RWTH Aachen University"]


@pytest.mark.postgres
@pytest.mark.parametrize("text", ["Univeristy of Haifa", "RWTH"])
def test_on_postgresql_the_search_can_use_the_trigram_indexes(registry, text):
    """Among many names, with sequential scans priced out, the plan reads both GIN trigram indexes."""
    others = Institution.objects.bulk_create(
        Institution(name=f"Institute number {number}", normalized_name=f"institute number {number}")
        for number in range(2000)
    )
    InstitutionName.objects.bulk_create(
        InstitutionName(institution=other, value=f"IN{other.pk}", normalized=f"in{other.pk}")
        for other in others
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE agreements_institution")
        cursor.execute("ANALYZE agreements_institutionname")
        # Small tables: a full pass over a covering btree index still looks cheaper than the GIN index.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexonlyscan = off")
    with CaptureQueriesContext(connection) as queries:  # the matches are read when the search is made
        search_names(Institution.objects.all(), text)
    (matching,) = queries.captured_queries
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {matching['sql']}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "agreements_institution_normalized_trgm" in plan
    assert "agreements_institutionname_normalized_trgm" in plan


@pytest.mark.postgres
def test_on_postgresql_the_best_matches_are_kept_among_the_filtered_institutions(
    monkeypatch, client, django_user_model
):
    """The search runs after the list's other filters, so its cap keeps the best of what they leave."""
    from agreements import search

    monkeypatch.setattr(search, "MAX_MATCHES", 2)
    for name in ("University of Haifa", "Haifa University", "Haifa Technion", "Haifa Port"):
        make_institution(name, country="IL")
    make_institution("University of Haifa Online", country="DE")
    client.force_login(make_account("staff", role="viewer", is_staff=True))
    response = client.get("/institutions/", {"q": "haifa", "country": "DE"})
    assert [institution.name for institution in response.context["object_list"]] == [
        "University of Haifa Online"
    ]
    response = client.get("/institutions/", {"q": "University of Haifa"})
    assert [institution.name for institution in response.context["object_list"]][:1] == [
        "University of Haifa"
    ]
    assert len(response.context["object_list"]) == 2
