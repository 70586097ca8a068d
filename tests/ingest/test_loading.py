"""load_extraction: extraction-format records into the registry, idempotently, with provenance."""

import copy
import re

import pytest
from django.db import transaction

from agreements.models import (
    Agreement,
    AgreementStatus,
    Institution,
    InstitutionName,
    NameKind,
    Person,
    Source,
)
from delegations.models import Delegation, Direction, Meeting
from registry.ingest.loading import LoadError, load_extraction
from tests.builders import make_home, make_institution

pytestmark = pytest.mark.django_db

ECNU = "East China Normal University"
HAIFA = "University of Haifa"


def extraction(file="ecnu-haifa.txt", **records):
    """A small article's extraction in format 1: ECNU renews its MoU with Haifa during a visit."""
    base = {
        "format": 1,
        "article": {
            "file": file,
            "title": "ECNU delegation visits Haifa",
            "published": "2019-12-20",
            "source": None,
        },
        "institutions": [
            {"name": ECNU, "aliases": ["ECNU"], "country": "CN", "kind": "university", "ror": None},
            {
                "name": HAIFA,
                "aliases": ["Haifa University", "Univeristy of Haifa"],
                "country": "IL",
                "kind": "university",
                "ror": "https://ror.org/02f009v59",
            },
        ],
        "people": [
            {"name": "Qian Xuhong", "variants": [], "institution": ECNU, "title": "President"},
            {"name": "Ron Robin", "variants": ["Rob Robin"], "institution": HAIFA, "title": "President"},
        ],
        "agreements": [
            {
                "title": "Memorandum of Understanding",
                "kind": "mou",
                "action": "renewed",
                "parties": [ECNU, HAIFA],
                "date": "2019-12",
                "evidence": "ECNU and Univeristy of Haifa renewed the Memorandum of Understanding.",
            },
        ],
        "delegations": [
            {
                "visitor": ECNU,
                "host": HAIFA,
                "leader": "Qian Xuhong",
                "leader_title": "President",
                "size": None,
                "start": "2019-12-15",
                "end": "2019-12-16",
                "mode": "in_person",
                "evidence": "ECNU president Qian Xuhong led a delegation to visit the University of Haifa.",
            },
        ],
        "meetings": [
            {
                "date": "2019-12-15",
                "mode": "in_person",
                "kind": "talk",
                "location": None,
                "parties": [ECNU, HAIFA],
                "evidence": "Qian Xuhong held two separate talks with Rob Robin.",
            },
            {
                "date": None,
                "mode": "in_person",
                "kind": "committee",
                "location": None,
                "parties": [ECNU, HAIFA],
                "evidence": "The second meeting of the Joint Administrative Committee.",
            },
        ],
        "warnings": [],
    }
    base.update(records)
    return base


def load(data, **options):
    with transaction.atomic():
        return load_extraction(data, **options)


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Institution, InstitutionName, Person, Source, Agreement, Delegation, Meeting)
    }


def test_an_article_becomes_records_that_cite_it_with_their_evidence():
    load(extraction())
    haifa = Institution.objects.get(name=HAIFA)
    assert (haifa.country, haifa.ror, haifa.kind) == ("IL", "https://ror.org/02f009v59", "university")
    agreement = Agreement.objects.get()
    assert (agreement.kind, agreement.status, str(agreement.signed)) == (
        "mou",
        AgreementStatus.RENEWED,
        "Dec 2019",
    )
    assert set(agreement.parties.values_list("name", flat=True)) == {ECNU, HAIFA}
    citation = agreement.citations.get()
    assert citation.source.file_name == "ecnu-haifa.txt"
    assert citation.evidence == "ECNU and Univeristy of Haifa renewed the Memorandum of Understanding."
    delegation = Delegation.objects.get()
    assert (delegation.visitor.name, delegation.host.name, str(delegation.start), str(delegation.end)) == (
        ECNU,
        HAIFA,
        "15 Dec 2019",
        "16 Dec 2019",
    )
    assert (delegation.leader.name, delegation.leader_title) == ("Qian Xuhong", "President")
    assert Meeting.objects.count() == 2
    assert Meeting.objects.get(kind="talk").delegation == delegation
    assert str(Source.objects.get().published) == "20 Dec 2019"


def test_every_spelling_the_article_used_becomes_a_searchable_name_with_its_kind():
    load(extraction())
    names = dict(Institution.objects.get(name=HAIFA).names.values_list("value", "kind"))
    assert names == {"Haifa University": NameKind.ALIAS, "Univeristy of Haifa": NameKind.MISSPELLING}
    assert dict(Institution.objects.get(name=ECNU).names.values_list("value", "kind")) == {
        "ECNU": NameKind.ACRONYM
    }
    assert (
        Institution.objects.get(name=HAIFA).names.get(value="Haifa University").source.file_name
        == "ecnu-haifa.txt"
    )


def test_loading_the_same_article_twice_changes_nothing():
    load(extraction())
    before = counts()
    result = load(extraction())
    assert counts() == before
    assert not result.changes


def test_an_institution_known_under_another_spelling_is_reused_and_learns_the_new_one():
    haifa = make_institution("Haifa University", country="IL")
    data = extraction()
    data["institutions"][1]["aliases"] = ["Univeristy of Haifa"]
    data["institutions"][1]["name"] = "Univeristy of Haifa"  # the article only ever misspells it
    for record in (*data["agreements"], *data["meetings"]):
        record["parties"] = [ECNU, "Univeristy of Haifa"]
    data["delegations"][0]["host"] = "Univeristy of Haifa"
    data["people"][1]["institution"] = "Univeristy of Haifa"
    haifa.add_name("Univeristy of Haifa", NameKind.MISSPELLING)
    load(data)
    assert Institution.objects.filter(country="IL").get() == haifa
    assert Agreement.objects.get().parties.filter(pk=haifa.pk).exists()


def test_acronyms_alone_do_not_identify_an_institution():
    hanoi = make_institution("Hanoi University of Science and Technology")
    hanoi.add_name("HUST", NameKind.ACRONYM)
    data = extraction(
        institutions=[
            {
                "name": "Huazhong University of Science and Technology",
                "aliases": ["HUST"],
                "country": "CN",
                "kind": "university",
                "ror": None,
            }
        ],
        people=[],
        agreements=[],
        delegations=[],
        meetings=[],
    )
    load(data)
    assert Institution.objects.count() == 2
    assert InstitutionName.objects.filter(value="HUST").count() == 2


def test_what_a_person_corrected_is_not_overwritten():
    make_institution(HAIFA, country="IL", ror="https://ror.org/02f009v59", kind="university")
    data = extraction()
    data["institutions"][1]["country"] = "US"
    load(data)
    assert Institution.objects.get(name=HAIFA).country == "IL"


def test_a_second_article_reporting_the_same_signing_adds_a_source_not_an_agreement():
    load(extraction())
    second = extraction(file="haifa-news.txt")
    second["agreements"][0]["evidence"] = "Haifa and ECNU renewed their MoU."
    load(second)
    agreement = Agreement.objects.get()
    assert sorted(agreement.sources.values_list("file_name", flat=True)) == [
        "ecnu-haifa.txt",
        "haifa-news.txt",
    ]
    assert Delegation.objects.count() == 1


def test_two_records_of_one_article_that_look_alike_stay_two_records():
    data = extraction()
    data["meetings"] = [
        dict(data["meetings"][1]),
        dict(data["meetings"][1], evidence="Another committee meeting."),
    ]
    load(data)
    load(data)
    assert Meeting.objects.filter(kind="committee").count() == 2


def test_a_renewal_links_to_the_earlier_agreement_between_the_same_parties():
    first = extraction(file="2014.txt", delegations=[], meetings=[])
    first["agreements"][0].update(action="signed", date="2014")
    load(first)
    load(extraction())
    renewal = Agreement.objects.get(status=AgreementStatus.RENEWED)
    assert renewal.renews == Agreement.objects.get(status=AgreementStatus.SIGNED)


def test_people_variants_merge_into_one_person():
    load(extraction())
    again = extraction(file="other.txt")
    again["people"][1] = {
        "name": "Rob Robin",
        "variants": ["Ron R."],
        "institution": HAIFA,
        "title": "President",
    }
    load(again)
    ron = Person.objects.get(institution__name=HAIFA)
    assert (ron.name, ron.variants) == ("Ron Robin", ["Rob Robin", "Ron R."])


def test_the_unnamed_publisher_is_the_home_institution():
    home = make_home("Harbin University of Science and Technology")
    data = extraction(agreements=[], meetings=[])
    data["delegations"][0]["host"] = None
    load(data)
    assert Delegation.objects.get().direction == Direction.INBOUND
    data["delegations"][0]["host"] = home.name
    load(extraction(file="again.txt", agreements=[], meetings=[], delegations=[dict(data["delegations"][0])]))
    assert Delegation.objects.filter(host=home).count() == 1


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("agreements", 0, "date"), "2022-02-30", "agreement 1: date: impossible date '2022-02-30'"),
        (("delegations", 0, "end"), "2019-12-01", "delegation 1: ends (2019-12-01) before it starts"),
        (("article", "published"), "December 2019", "article.published: not a date"),
        (("institutions", 0, "kind"), "college", "unknown kind 'college'"),
    ],
)
def test_bad_records_are_refused_with_the_file_and_record_named_and_nothing_kept(path, value, message):
    data = copy.deepcopy(extraction())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    before = counts()
    with pytest.raises(LoadError, match=rf"ecnu-haifa\.txt: .*{re.escape(message)}"):
        load(data)
    assert counts() == before


def test_an_institution_the_article_names_only_by_an_acronym_is_found_again_by_it():
    data = extraction(
        institutions=[{"name": "UANSR", "aliases": [], "country": None, "kind": "alliance", "ror": None}],
        people=[],
        agreements=[],
        delegations=[],
        meetings=[],
    )
    load(data)
    load(
        extraction(
            file="other.txt",
            **{k: data[k] for k in ("institutions", "people", "agreements", "delegations", "meetings")},
        )
    )
    assert Institution.objects.get().name == "UANSR"


def test_reloading_an_article_whose_records_another_article_created_changes_nothing():
    load(extraction(file="first.txt"))
    load(extraction(file="second.txt"))  # the same events: citations only
    before = counts()
    load(extraction(file="second.txt"))
    load(extraction(file="first.txt"))
    assert counts() == before
    assert Meeting.objects.count() == 2 and Delegation.objects.count() == 1
