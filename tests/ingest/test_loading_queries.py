"""Loading asks the database set-wise: queries per article do not grow with its records or the registry."""

import io
import shutil

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from agreements.models import Agreement, Institution, InstitutionName, NameKind, Person
from delegations.models import Delegation, Meeting
from registry.ingest.loading import load_extraction
from tests.builders import make_institution
from tests.paths import ROOT

pytestmark = pytest.mark.django_db

SEEDS = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))


def extraction(file, partners, town="Harbin"):
    """An article: a university and `partners` others, each with a person, agreement, visit and signing."""
    home = f"{town} University of Science and Technology"
    names = [f"University of {town} Partner {n}" for n in range(partners)]
    return {
        "format": 1,
        "article": {"file": file, "title": "Partners", "published": "2021-05-04", "source": None},
        "institutions": [
            {"name": home, "aliases": [f"{town[0]}UST"], "country": "CN", "kind": "university", "ror": None},
            *(
                {
                    "name": name,
                    "aliases": [f"{town} Partner {n} University", f"{town[0]}UP{n}"],
                    "country": "DE",
                    "kind": "university",
                    "ror": f"https://ror.org/0{town}{n:02d}",
                }
                for n, name in enumerate(names)
            ),
        ],
        "people": [
            {
                "name": f"Person Number{n}",
                "variants": [f"P. Number{n}"],
                "institution": name,
                "title": "President",
            }
            for n, name in enumerate(names)
        ],
        "agreements": [
            {
                "title": "MoU",
                "kind": "mou",
                "action": "signed",
                "parties": [home, name],
                "date": "2021-05",
                "evidence": f"HUST and {name} signed an MoU.",
            }
            for name in names
        ],
        "delegations": [
            {
                "visitor": name,
                "host": home,
                "leader": f"Person Number{n}",
                "leader_title": "President",
                "size": None,
                "start": "2021-05-03",
                "end": None,
                "mode": "in_person",
                "evidence": f"{name} visited HUST.",
            }
            for n, name in enumerate(names)
        ],
        "meetings": [
            {
                "date": "2021-05-03",
                "mode": "in_person",
                "kind": "signing",
                "location": None,
                "parties": [home, name],
                "evidence": f"The signing with {name}.",
            }
            for name in names
        ],
        "warnings": [],
    }


def queries(function):
    with CaptureQueriesContext(connection) as captured, transaction.atomic():
        function()
    return len(captured.captured_queries)


def load(data):
    return queries(lambda: load_extraction(data))


def counts():
    return [
        model.objects.count()
        for model in (Institution, InstitutionName, Person, Agreement, Delegation, Meeting)
    ]


def known_records(partners, town):
    """Queries to reload an article, and to load another article reporting the same events."""
    load(extraction(f"first-{town}.txt", partners, town))
    before = counts()
    again = load(extraction(f"first-{town}.txt", partners, town))  # nothing to write
    other = load(extraction(f"second-{town}.txt", partners, town))  # citations only
    assert counts() == before
    return again, other


def test_an_article_about_known_records_costs_the_same_few_queries_whatever_its_size():
    small, large = known_records(2, "Harbin"), known_records(8, "Dalian")
    assert small == large
    again, other = large
    assert again <= 25 and other <= 25, f"{again} queries to reload an article, {other} to load another"


def test_queries_do_not_grow_with_the_records_an_article_cites():
    small, large = (extraction("small.txt", 2, "Harbin"), extraction("large.txt", 12, "Dalian"))
    load(extraction("first-small.txt", 2, "Harbin"))
    load(extraction("first-large.txt", 12, "Dalian"))
    assert load(small) == load(large)


def test_queries_do_not_grow_with_the_registry():
    def grow(size):  # other institutions, some sharing a spelling with the article's
        for n in range(Institution.objects.count(), size):
            other = make_institution(f"Institute of Other Things {n}")
            other.add_name("HUST" if n % 2 else f"IOT{n}", NameKind.ACRONYM)

    load(extraction("first.txt", 3))
    grow(20)
    quiet = load(extraction("second.txt", 3))
    grow(200)
    busy = load(extraction("third.txt", 3))
    assert busy == quiet


def test_loading_many_articles_costs_at_most_a_query_each(tmp_path):
    def run(count):
        paths = []
        for n in range(count):
            for seed in SEEDS:
                paths.append(tmp_path / f"{seed.stem}-{count}-{n}.txt")
                shutil.copyfile(seed, paths[-1])
        return queries(
            lambda: call_command(
                "load_articles", *map(str, paths), "--dry-run", stdout=io.StringIO(), stderr=io.StringIO()
            )
        )

    few, many = run(2), run(10)
    per_article = (many - few) / (8 * len(SEEDS))
    assert per_article <= 1, f"{per_article:.1f} queries per further article"
