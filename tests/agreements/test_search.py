"""Institution search (agreements.search): canonical names, variants, acronyms, word order, typos."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agreements.models import Institution, InstitutionName, NameKind
from agreements.search import MAX_QUERY_LENGTH, search_names
from registry.ingest.loading import load_extraction
from tests.builders import make_account, make_institution, name_words_counted, name_words_kept

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


def test_a_misspelling_is_found_however_many_names_share_its_common_words(monkeypatch):
    """The names read are bounded; names sharing "international university" must not crowd it out."""
    from agreements import search

    monkeypatch.setattr(search, "MAX_CANDIDATE_NAMES", 3)
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


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two letters swapped: trigrams alone miss it ("hiafa" and "haifa" share two of ten).
        ("Hiafa", "University of Haifa"),
        ("Haiffa", "University of Haifa"),  # one letter doubled
        ("Hafa", "University of Haifa"),  # one dropped
        ("Baumann Moscow", "Bauman Moscow State Technical University"),  # one added, words left out
        ("Bauman Moscw Stat Technicl Univrsity", "Bauman Moscow State Technical University"),
    ],
)
def test_a_corrected_word_finds_the_names_containing_it(registry, text, expected):
    assert found(text) == [expected]


def test_the_start_of_a_word_finds_the_names_with_words_starting_so(registry):
    assert found("Tsingh") == ["Tsinghua University"]
    assert found("Bauman Mosc Techn") == ["Bauman Moscow State Technical University"]


def test_a_word_being_typed_finds_any_completion_the_other_words_allow(monkeypatch):
    """ "shang" starts more words than the search keeps as completions: the others narrow the names."""
    from agreements import search

    monkeypatch.setattr(search, "MAX_CORRECTIONS", 2)
    for city in ("Shangaa", "Shangbb", "Shangcc"):
        make_institution(f"{city} University")
        make_institution(f"{city} Institute")
    make_institution("Western University of Chemistry of Shanglaihai")
    assert found("Western University of Chemistry of Shang") == [
        "Western University of Chemistry of Shanglaihai"
    ]
    # Alone, it stands for its two commonest completions (in two names each, Shanglaihai in one).
    assert {name.split()[0] for name in found("Shang")} == {"Shangaa", "Shangbb"}


def test_words_of_a_name_in_any_order_and_without_of(registry):
    assert found("Haifa of University") == ["University of Haifa"]
    assert found("university at haifa") == ["University of Haifa"]  # "at" is not required


def test_a_word_no_name_has_finds_nothing_even_beside_common_words(registry):
    assert found("Zqxvb University") == []


def test_the_dictionary_follows_names_added_renamed_and_deleted(registry):
    assert name_words_kept() == name_words_counted()
    assert name_words_kept()["haifa"] == 2  # the canonical name and its alias
    haifa = registry["haifa"]
    haifa.name = "University of Hayfa"
    haifa.save()
    InstitutionName.objects.filter(normalized="haifa university").update(
        value="x", normalized="hayfa college"
    )
    assert "haifa" not in name_words_kept()
    Institution.objects.filter(name="Tsinghua University").delete()
    assert "tsinghua" not in name_words_kept()
    Institution.objects.bulk_create([Institution(name="Kelbury Forge", normalized_name="kelbury forge")])
    assert name_words_kept() == name_words_counted()


def test_names_added_renamed_merged_and_deleted_are_found_or_not_at_once(registry):
    added = make_institution("Wengeiford International University")
    assert found("Wnegeiford") == ["Wengeiford International University"]
    added.name = "Qelmont International University"
    added.save()
    assert found("Wengeiford") == []
    assert found("Qelmnt") == ["Qelmont International University"]
    keeper = registry["haifa"]
    keeper.absorb([added])  # the duplicate's name becomes the keeper's alias
    assert found("Qelmont") == ["University of Haifa"]
    assert name_words_kept() == name_words_counted()
    Institution.objects.filter(pk=keeper.pk).delete()
    assert found("Qelmont") == found("Haifa") == []
    assert name_words_kept() == name_words_counted()


def test_institutions_loaded_from_an_article_are_found_by_a_typo_at_once():
    """The loader's bulk writes keep the dictionary in step like any other write."""
    from tests.ingest.test_loading import extraction

    load_extraction(extraction())
    assert name_words_kept() == name_words_counted()
    assert found("East Chnia Normal") == ["East China Normal University"]
    assert found("ECNU") == ["East China Normal University"]


def test_an_acronym_is_found_whole_not_only_as_the_start_of_longer_words(registry):
    make_institution("Bmstukov Academy of Arts")
    assert found("BMSTU")[0] == "Bauman Moscow State Technical University"


@pytest.mark.postgres
@pytest.mark.parametrize("text", ["Univeristy of Haifa", "RWTH"])
def test_on_postgresql_the_search_reads_the_word_indexes(registry, text):
    """Among many names, with sequential scans priced out, the plans read the dictionary's trigram
    index and both tables' indexes of name words."""
    others = Institution.objects.bulk_create(
        Institution(name=f"Institute number {number}", normalized_name=f"institute number {number}")
        for number in range(2000)
    )
    InstitutionName.objects.bulk_create(
        InstitutionName(institution=other, value=f"IN{other.pk}", normalized=f"in{other.pk}")
        for other in others
    )
    with connection.cursor() as cursor:
        for table in ("agreements_institution", "agreements_institutionname", "agreements_nameword"):
            cursor.execute(f"ANALYZE {table}")
        cursor.execute("SET LOCAL enable_seqscan = off")
    with CaptureQueriesContext(connection) as queries:  # the matches are read when the search is made
        search_names(Institution.objects.all(), text)
    corrections, matching = queries.captured_queries
    plans = []
    for query in (corrections, matching):
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN {query['sql']}")
            plans.append("\n".join(row[0] for row in cursor.fetchall()))
    if len(text) >= 4:
        assert "agreements_nameword_word_trgm" in plans[0]
    assert "agreements_institution_words" in plans[1]
    assert "agreements_institutionname_words" in plans[1]


def test_the_database_narrows_by_the_rarest_word_alone_when_its_names_fit_the_names_read(monkeypatch):
    """Python checks the other words on those few names; common words are left to the database only
    when the rarest word's names are too many to read."""
    from agreements import search

    wengeiford, international = {"wengeiford": 74, "wengiford": 2}, {"international": 2903}
    assert search.narrowing_words([international, wengeiford]) == [wengeiford]
    monkeypatch.setattr(search, "MAX_CANDIDATE_NAMES", 50)
    assert search.narrowing_words([international, wengeiford]) == [international, wengeiford]


def test_a_short_word_is_found_alone_first_last_or_within_a_name_but_not_inside_other_words():
    for name in ("Hia", "Hia Polytechnic", "Institute of Hia", "Kent Hia College", "Zhiang University"):
        make_institution(name)
    assert sorted(found("hia")) == ["Hia", "Hia Polytechnic", "Institute of Hia", "Kent Hia College"]


def test_on_sqlite_a_short_word_is_looked_up_with_the_spaces_beside_it():
    """A trigram match is a substring: "hia" alone would read every name with "zhiang" in it."""
    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 trigram tables are SQLite's")
    make_institution("Hia Polytechnic")
    with CaptureQueriesContext(connection) as queries:
        search_names(Institution.objects.all(), "hia")
    assert '" hia "' in queries.captured_queries[-1]["sql"]


@pytest.mark.postgres
def test_on_postgresql_the_names_are_read_by_the_rarest_words_index_entries_only(registry):
    """One overlap condition per name table for "Univeristy of Haifa": "haifa"'s, not also "university"'s."""
    with CaptureQueriesContext(connection) as queries:
        search_names(Institution.objects.all(), "Univeristy of Haifa")
    _corrections, matching = queries.captured_queries
    assert matching["sql"].count("&&") == 2


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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Technological Institute of Harbin", "Harbin Institute of Technology"),
        ("Agriculture University of Hebei", "Hebei Agricultural University"),
        ("Linguistics University of Minsk", "Minsk State Linguistic University"),
    ],
)
def test_another_form_of_a_long_word_finds_the_name(text, expected):
    """News and registries write one name with other forms of its words ("Technological" for "Technology")."""
    make_institution("Harbin Institute of Technology", country="CN")
    make_institution("Hebei Agricultural University", country="CN")
    make_institution("Minsk State Linguistic University", country="BY")
    make_institution("Harbin Medical University", country="CN")
    assert found(text) == [expected]
