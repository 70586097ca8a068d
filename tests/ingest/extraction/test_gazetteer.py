"""The institution gazetteer: how a name as an article writes it resolves to one institution, or to none.

Plain functions over the real fixtures (fixtures/gazetteer/), no database; the cache tests build tiny
gazetteers from synthetic source files in tmp_path. Expected ROR ids and countries were checked
against the source records.
"""

import gzip
import json
import os
import subprocess
import sys

import pytest

from registry.ingest.extraction import gazetteer as gazetteer_module
from registry.ingest.extraction.gazetteer import CACHE_ENV_VAR, Gazetteer
from registry.ingest.extraction.places import place_countries, place_country_index
from tests.paths import ROOT

RWTH = "https://ror.org/04xfq0f34"
HAIFA = "https://ror.org/02f009v59"
ECNU = "https://ror.org/02n96ep67"
HIT = "https://ror.org/01yqg2h08"
HENAN = "https://ror.org/003xyzq10"
MAZANDARAN = "https://ror.org/05fp9g671"
ATYRAU = "https://ror.org/05nmhtv58"
TURIN = "https://ror.org/048tbm396"
OSTFALIA = "https://ror.org/01bk10867"
HUAZHONG = "https://ror.org/00p991c53"
HANOI_HUST = "https://ror.org/04nyv3z04"
UITM = "https://ror.org/05n8tts92"
NUST_PAKISTAN = "https://ror.org/03w2j5y17"
KAOHSIUNG_APPLIED_SCIENCES = "https://ror.org/04wydzr61"
QUEMOY = "https://ror.org/0370v7d46"
OSNABRUCK_UNIVERSITY = "https://ror.org/04qmmjx98"
LUBECK_UNIVERSITY = "https://ror.org/00t3r8h32"
CENTRALESUPELEC = "https://ror.org/019tcpt25"


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.default()


def resolved(gazetteer, name, country=None):
    """(name, country, ROR id) of the confident match, or None."""
    match = gazetteer.resolve(name, country=country)
    return match and (match.entry.name, match.entry.country, match.entry.ror)


# -- exact names, aliases, labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, country, ror",
    [
        ("RWTH Aachen University", "DE", RWTH),
        ("University of Haifa", "IL", HAIFA),
        ("East China Normal University", "CN", ECNU),
        ("Harbin Institute of Technology", "CN", HIT),
        ("Henan University", "CN", HENAN),
        ("University of Mazandaran", "IR", MAZANDARAN),
        ("Khalel Dosmukhamedov Atyrau University", "KZ", ATYRAU),
        ("Ostfalia University of Applied Sciences", "DE", OSTFALIA),
    ],
)
def test_a_ror_display_name_resolves_exactly_with_its_ror_id_and_country(gazetteer, name, country, ror):
    match = gazetteer.resolve(name)
    assert (match.entry.name, match.entry.country, match.entry.ror) == (name, country, ror)
    assert (match.method, match.score) == ("exact", 100.0)
    assert match.entry.kind == "university"


def test_a_ror_alias_resolves_to_the_record_that_lists_it(gazetteer):
    assert resolved(gazetteer, "Atyrau University") == (
        "Khalel Dosmukhamedov Atyrau University",
        "KZ",
        ATYRAU,
    )
    assert resolved(gazetteer, "Rheinisch-Westfälische Technische Hochschule Aachen")[2] == RWTH


def test_case_punctuation_abbreviations_and_a_leading_the_do_not_matter(gazetteer):
    assert resolved(gazetteer, "THE UNIVERSITY OF HAIFA")[2] == HAIFA
    assert resolved(gazetteer, "Univ. of Haifa")[2] == HAIFA
    assert resolved(gazetteer, "The Hong Kong Polytechnic University")[1] == "HK"


def test_an_institution_only_the_world_list_has_resolves_without_a_ror_id(gazetteer):
    # ROR's partial copy lacks Bauman; the world universities list has it.
    assert resolved(gazetteer, "Bauman Moscow State Technical University") == (
        "Bauman Moscow State Technical University",
        "RU",
        None,
    )


# -- word order, typos, accents, other languages -------------------------------------------------------------


def test_word_order_and_of_do_not_matter_but_score_below_an_exact_name(gazetteer):
    match = gazetteer.resolve("Haifa University")
    assert match.entry.ror == HAIFA
    assert match.method == "exact"
    assert match.score < 100
    assert match.matched == "University of Haifa"


@pytest.mark.parametrize(
    "typo, ror, country",
    [
        ("Univeristy of Haifa", HAIFA, "IL"),
        ("Moscow Borman State Technical University", None, "RU"),  # Bauman, from the world list
        ("Universiti of Teknologi MARA", UITM, "MY"),
    ],
)
def test_a_typo_still_finds_the_institution(gazetteer, typo, ror, country):
    match = gazetteer.resolve(typo)
    assert match is not None
    assert (match.entry.ror, match.entry.country) == (ror, country)
    assert match.score < 100


def test_a_typo_in_the_only_telling_word_is_read_as_the_nearest_spelling(gazetteer):
    assert resolved(gazetteer, "Kanazwa Medical University")[:2] == ("Kanazawa Medical University", "JP")
    # A swap of two letters is one edit: "Colmia" is Colima (Mexico), not Columbia.
    assert resolved(gazetteer, "Universidad de Colmia")[2] == "https://ror.org/04znxe670"
    # "Salarm" is one edit from Salam University (Afghanistan) and from Salaam University (Somalia);
    # "eWstern" from Western and from Eastern Oklahoma State College.
    assert gazetteer.resolve("Salarm University") is None
    assert gazetteer.resolve("eWstern Oklahoma State College") is None
    western = resolved(gazetteer, "Western Oklahoma State College")
    assert western[:2] == ("Western Oklahoma State College", "US")


def test_a_mistyped_campus_in_parentheses_is_not_dropped(gazetteer):
    campus = resolved(gazetteer, "The Hong Kong University of Science and Technology (Guangzhu)")
    assert campus[1:] == ("CN", "https://ror.org/050h0vm43")  # the Guangzhou campus, not HKUST in Hong Kong


def test_the_far_off_typo_finds_bauman_by_its_name(gazetteer):
    assert resolved(gazetteer, "Moscow Borman State Technical University")[0] == (
        "Bauman Moscow State Technical University"
    )


def test_a_typo_of_an_institution_in_neither_data_set_gives_none(gazetteer):
    # Dezhou University is in neither source: its misspelling must not land on another "D... University".
    assert gazetteer.resolve("Dezhou University") is None
    assert gazetteer.resolve("Dezhous University") is None


def test_a_typo_of_a_name_two_institutions_share_resolves_only_with_the_country(gazetteer):
    # Trinity University is in San Antonio (US) and in Nigeria.
    assert gazetteer.resolve("Trinity Univeristy") is None
    assert resolved(gazetteer, "Trinity Univeristy", country="US") == (
        "Trinity University",
        "US",
        "https://ror.org/00t8gz605",
    )


def test_a_typo_needs_a_telling_word_spelt_right(gazetteer):
    # "Summit" is no typo of "SUMAIT University" (Tanzania) when nothing else but "University" agrees.
    assert gazetteer.resolve("Summit University") is None


def test_a_known_word_is_never_read_as_a_typo_of_another(gazetteer):
    # Hunan University of Technology is missing from the data; Henan University of Technology is not.
    assert gazetteer.resolve("Hunan University of Technology") is None
    assert resolved(gazetteer, "Henan University of Technology")[1] == "CN"


@pytest.mark.parametrize(
    "spelling, ror",
    [
        ("Osnabruck University", OSNABRUCK_UNIVERSITY),
        ("Osnabrück University", OSNABRUCK_UNIVERSITY),
        ("Luebeck University", LUBECK_UNIVERSITY),
        ("University of Lübeck", LUBECK_UNIVERSITY),
        ("CentraleSupelec", CENTRALESUPELEC),
    ],
)
def test_accents_and_german_transliteration_are_the_same_name(gazetteer, spelling, ror):
    assert resolved(gazetteer, spelling)[2] == ror


def test_an_italian_name_is_found_under_its_english_form(gazetteer):
    # ROR labels it "Università degli Studi di Torino"; articles write "University of Torino".
    assert resolved(gazetteer, "University of Torino") == ("University of Turin", "IT", TURIN)


def test_a_foreign_pattern_in_the_article_is_read_in_english_too(gazetteer):
    # The world list has "Fachhochschule Osnabrück"; "Hochschule Osnabrück" is the same in English.
    assert resolved(gazetteer, "Hochschule Osnabrück")[:2] == ("Fachhochschule Osnabrück", "DE")
    assert resolved(gazetteer, "Università di Torino")[2] == TURIN


def test_a_list_name_whose_english_form_ror_has_joins_that_record(gazetteer):
    graz = resolved(gazetteer, "Universität Graz")
    assert graz == ("University of Graz", "AT", "https://ror.org/01faaaf77")


def test_a_university_of_applied_sciences_is_not_the_university_of_the_same_town(gazetteer):
    match = gazetteer.resolve("Osnabruck University of Applied Sciences")
    assert match is not None and match.entry.ror != OSNABRUCK_UNIVERSITY
    assert match.entry.country == "DE"
    # Found as the English form of the world list's "Fachhochschule Osnabrück".
    assert match.matched.lower() == "osnabruck university of applied sciences"


def test_a_name_with_a_word_the_candidate_lacks_gives_none(gazetteer):
    # "HTW Dresden" in an article's own English: not TU Dresden ("Dresden University of Technology").
    assert gazetteer.resolve("Dresden University of Technology and Economy") is None
    assert gazetteer.resolve("Hanoi University of Science").entry.ror != HANOI_HUST


# -- places in the name --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, ror, country",
    [
        ("Kanto Gakuin University (Japan)", None, "JP"),
        ("National University of Sciences and Technology (Pakistan)", NUST_PAKISTAN, "PK"),
        ("Harbin Institute of Technology, China", HIT, "CN"),
        ("Atyrau University of Kazakhstan", ATYRAU, "KZ"),
        ("Bauman State Technical University in Moscow", None, "RU"),
        ("Huazhong University of Science and Technology, Wuhan", HUAZHONG, "CN"),
    ],
)
def test_a_trailing_country_or_city_is_read_as_a_place(gazetteer, name, ror, country):
    match = gazetteer.resolve(name)
    assert match is not None
    assert (match.entry.ror, match.entry.country) == (ror, country)


def test_a_country_in_the_name_that_contradicts_the_institution_gives_none(gazetteer):
    assert gazetteer.resolve("Harbin Institute of Technology (Japan)") is None


def test_a_leading_national_adjective_is_tolerated(gazetteer):
    assert resolved(gazetteer, "Russian Ural Federal University")[:2] == ("Ural Federal University", "RU")


def test_a_word_only_the_article_has_is_tolerated_only_if_it_names_the_country(gazetteer):
    assert gazetteer.resolve("Yale State University") is None  # "State" is no adjective of the United States
    assert gazetteer.resolve("Austrian University of Sydney") is None  # "Austrian" is not "Australian"


def test_a_city_cut_from_the_name_must_be_where_the_institution_is(gazetteer):
    assert gazetteer.resolve("Harbin Institute of Technology in Moscow") is None
    # Without ", Irvine" the name is the University of California system's, in Oakland.
    assert resolved(gazetteer, "University of California, Irvine")[:2] == (
        "University of California, Irvine",
        "US",
    )
    # A name spelt as an institution's comes before the system found in the same city.
    assert resolved(gazetteer, "The University of Texas at Austin")[2] == "https://ror.org/00hj54h04"
    # "in Santiago" is where the University of Chile is; the University of Santiago, Chile, is another.
    assert resolved(gazetteer, "University of Chile in Santiago")[:2] == ("University of Chile", "CL")


# -- acronyms ------------------------------------------------------------------------------------------------


def test_by_acronym_lists_every_institution_with_that_acronym(gazetteer):
    rors = {entry.ror for entry in gazetteer.by_acronym("HUST")}
    assert {HUAZHONG, HANOI_HUST} <= rors  # ROR lists Huazhong's; Hanoi's are its initials
    assert [entry.ror for entry in gazetteer.by_acronym("HUST", country="VN")] == [HANOI_HUST]


def test_an_ambiguous_acronym_resolves_only_when_the_country_decides(gazetteer):
    assert gazetteer.resolve("HUST") is None
    assert resolved(gazetteer, "HUST", country="VN")[2] == HANOI_HUST
    assert gazetteer.resolve("HUST", country="CN") is None  # Huazhong and Harbin Univ. of Sci. and Tech.


def test_an_unambiguous_acronym_resolves(gazetteer):
    match = gazetteer.resolve("ECNU")
    assert (match.entry.ror, match.method, match.matched) == (ECNU, "acronym", "ECNU")
    assert resolved(gazetteer, "RWTH")[2] == RWTH


def test_a_short_acronym_resolves_only_with_a_country_hint(gazetteer):
    # The data lists one "SOA" (a Chinese administration); an Indian article means a university.
    assert gazetteer.resolve("SOA") is None
    assert gazetteer.resolve("UMZ") is None
    assert resolved(gazetteer, "UMZ", country="IR")[2] == MAZANDARAN


def test_acronym_case_tells_institutions_apart(gazetteer):
    # "UiTM" is Universiti Teknologi MARA; "UITM" the University of IT and Management in Rzeszow.
    assert resolved(gazetteer, "UiTM")[2] == UITM
    assert resolved(gazetteer, "UITM")[1] == "PL"
    assert resolved(gazetteer, "UiTM", country="MY")[2] == UITM


# -- ambiguity, generic and unknown names --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "National University",
        "State University",
        "University of Technology",
        "Technical University",
        "University of Science and Technology",
        "International University",
    ],
)
def test_a_generic_name_gives_none(gazetteer, name):
    assert gazetteer.resolve(name) is None


def test_a_generic_name_resolves_when_the_country_hint_leaves_one_institution(gazetteer):
    assert resolved(gazetteer, "National University", country="PH")[1] == "PH"
    nust = resolved(gazetteer, "National University of Sciences and Technology", country="PK")
    assert nust[2] == NUST_PAKISTAN


@pytest.mark.parametrize(
    "name",
    [
        "Putin Animal Feed Company Limited",
        "Our University",
        "Haifa",
        "",
        "People's Committee of Vinh Long province",
    ],
)
def test_an_unknown_or_partial_name_gives_none(gazetteer, name):
    assert gazetteer.resolve(name) is None


def test_a_country_hint_rejects_institutions_of_other_countries(gazetteer):
    assert gazetteer.resolve("University of Haifa", country="CN") is None
    assert resolved(gazetteer, "University of Haifa", country="IL")[2] == HAIFA


def test_an_alias_that_is_another_records_label_does_not_take_that_records_name(gazetteer):
    # ROR lists "National Kaohsiung University of Applied Sciences" as an alias of National Quemoy University.
    kaohsiung = resolved(gazetteer, "National Kaohsiung University of Applied Sciences")
    assert kaohsiung[2] == KAOHSIUNG_APPLIED_SCIENCES
    assert resolved(gazetteer, "National Quemoy University")[2] == QUEMOY


def test_a_list_name_sharing_a_web_domain_with_another_institution_keeps_apart(gazetteer):
    # The world list's Sapporo International University shares its domain with ROR's junior college.
    match = gazetteer.resolve("Sapporo International University")
    assert (match.entry.name, match.entry.ror) == ("Sapporo International University", None)


def test_a_national_branch_is_resolved_only_with_its_country(gazetteer):
    # ROR's "LG (United States)" lists "LG Electronics", the group's name.
    assert gazetteer.resolve("LG Electronics") is None
    assert resolved(gazetteer, "LG Electronics", country="US")[1] == "US"


# -- candidates ----------------------------------------------------------------------------------------------


def test_candidates_show_what_resolve_refuses_to_choose_between(gazetteer):
    rors = [match.entry.ror for match in gazetteer.candidates("HUST", limit=10)]
    assert HUAZHONG in rors and HANOI_HUST in rors


def test_candidates_rank_the_confident_match_first(gazetteer):
    best = gazetteer.candidates("Univeristy of Haifa")[0]
    assert (best.entry.ror, best.method) == (HAIFA, "fuzzy")


# -- the cached compact form ---------------------------------------------------------------------------------


TECHNION = "https://ror.org/03qryx823"
COUNTRY_NAMES = {"DE": "Germany", "IL": "Israel"}


def ror_record(ror_id, name, country, *, acronym=None, aliases=(), website=None):
    """A ROR record as the source file has it, trimmed to what the gazetteer reads."""
    names = [{"value": name, "types": ["ror_display", "label"], "lang": "en"}]
    names += [{"value": alias, "types": ["alias"], "lang": None} for alias in aliases]
    names += [{"value": acronym, "types": ["acronym"], "lang": None}] if acronym else []
    location = {"country_code": country, "country_name": COUNTRY_NAMES[country], "city": None}
    links = [{"type": "website", "value": website}] if website else []
    return {
        "id": f"https://ror.org/{ror_id}",
        "status": "active",
        "types": ["education"],
        "names": names,
        "locations": [location],
        "links": links,
        "relationships": [],
    }


def listed(name, country, *domains):
    """A university as the world universities list has it."""
    return {
        "name": name,
        "alpha_two_code": country,
        "country": COUNTRY_NAMES[country],
        "domains": list(domains),
    }


def write_sources(directory, ror_records, universities):
    ror_path = directory / "ror.jsonl.gz"
    with gzip.open(ror_path, "wt", encoding="utf-8") as ror:
        ror.writelines(json.dumps(record) + "\n" for record in ror_records)
    universities_path = directory / "universities.json"
    universities_path.write_text(json.dumps(universities), encoding="utf-8")
    return ror_path, universities_path


@pytest.fixture
def sources(tmp_path):
    return write_sources(
        tmp_path,
        [ror_record("04xfq0f34", "RWTH Aachen University", "DE", acronym="RWTH")],
        [listed("University of Haifa", "IL", "haifa.ac.il")],
    )


def load_small(cache, sources):
    ror_path, universities_path = sources
    return Gazetteer.load(cache, ror_path=ror_path, universities_path=universities_path)


def test_load_builds_the_cache_once_and_reads_it_afterwards(tmp_path, sources, monkeypatch):
    cache = tmp_path / "cache" / "gazetteer.pickle"
    first = load_small(cache, sources)
    assert cache.is_file()
    assert not list(cache.parent.glob("*.tmp"))  # written atomically: nothing left behind
    assert resolved(first, "RWTH")[2] == RWTH

    def no_build(*args):
        raise AssertionError("the cache is current: nothing should be rebuilt")

    monkeypatch.setattr(gazetteer_module._Builder, "build", no_build)
    again = load_small(cache, sources)
    assert resolved(again, "Haifa University") == ("University of Haifa", "IL", None)


def test_load_rebuilds_the_cache_when_a_source_changes(tmp_path, sources):
    cache = tmp_path / "gazetteer.pickle"
    assert load_small(cache, sources).resolve("Technion") is None

    write_sources(
        tmp_path,
        [
            ror_record("04xfq0f34", "RWTH Aachen University", "DE", acronym="RWTH"),
            ror_record("03qryx823", "Technion – Israel Institute of Technology", "IL", aliases=["Technion"]),
        ],
        [listed("University of Haifa", "IL")],
    )
    reloaded = load_small(cache, sources)
    assert resolved(reloaded, "Technion") == ("Technion – Israel Institute of Technology", "IL", TECHNION)


def test_a_damaged_cache_is_rebuilt(tmp_path, sources):
    cache = tmp_path / "gazetteer.pickle"
    cache.write_bytes(b"not a pickle")
    assert resolved(load_small(cache, sources), "RWTH")[2] == RWTH


def test_the_cache_location_can_be_set_by_environment_variable(tmp_path, sources, monkeypatch):
    cache = tmp_path / "elsewhere.pickle"
    monkeypatch.setenv(CACHE_ENV_VAR, str(cache))
    load_small(None, sources)
    assert cache.is_file()


def test_an_unwritable_cache_location_still_gives_a_gazetteer(tmp_path, sources):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    with pytest.warns(UserWarning, match="cache not written"):
        small = load_small(blocked / "gazetteer.pickle", sources)
    assert resolved(small, "RWTH")[2] == RWTH


def test_a_list_university_that_ror_has_becomes_an_alias_not_a_second_entry(tmp_path):
    ror_path, universities_path = write_sources(
        tmp_path,
        [ror_record("02f009v59", "University of Haifa", "IL", website="https://www.haifa.ac.il")],
        [
            listed("University of Haifa", "IL"),
            listed("Haifa University", "IL", "haifa.ac.il"),
            listed("Haifa Junior College", "IL", "haifa.ac.il"),
        ],
    )
    small = Gazetteer.build(ror_path, universities_path)
    # Same name, or same web domain and the same words: one institution. Same domain, other words: two.
    assert [(entry.name, entry.ror) for entry in small.entries] == [
        ("University of Haifa", HAIFA),
        ("Haifa Junior College", None),
    ]
    assert small.entries[0].aliases == ("Haifa University",)


def test_the_gazetteer_never_imports_django():
    code = "import sys, registry.ingest.extraction.gazetteer; print('django' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": "."},
    )
    assert result.stdout.strip() == "False"


def test_the_place_words_of_one_country_come_built_with_the_gazetteer(gazetteer):
    """The cache carries the place-word index, the same one places.py would build from the entries, so a
    process does not spend most of a second on it at its first article."""
    built = place_country_index((entry.name, entry.country) for entry in gazetteer.entries)
    assert gazetteer.place_countries == built
    assert place_countries(gazetteer) is gazetteer.place_countries
    assert built.get("zhejiang") == "CN"


def test_typo_look_ups_do_not_depend_on_the_hash_seed():
    """Two processes with different hash seeds find the same typo neighbours and the same candidates: ties
    are broken in one order, not a set's, so an article gets the same records on every run."""
    code = (
        "from registry.ingest.extraction.gazetteer import Gazetteer\n"
        "g = Gazetteer.default()\n"
        "for word in ('aseen', 'asien', 'samen', 'pairs'):\n"
        "    print(word, g._typo_neighbours(word))\n"
        "for name in ('Aseen University', 'Pairs Institute of Samen'):\n"
        "    print(name, [(m.entry.name, m.score) for m in g.candidates(name, limit=5)])\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": ".", "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
