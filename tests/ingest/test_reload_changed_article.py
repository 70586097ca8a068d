"""load_articles on an article already loaded: unchanged, it is silent; changed, it replaces or refuses."""

import io

import pytest
from django.core.management import CommandError, call_command

from agreements.models import Agreement, Institution, Person, Source
from delegations.models import Meeting
from registry.ingest.loading import load_extraction

pytestmark = pytest.mark.django_db

TOKYO_ARTICLE = """Partnership News

HIT signs MoU with the University of Tokyo

March 3, 2021

On March 2, 2021, Harbin Institute of Technology (HIT) and the University of Tokyo signed a \
memorandum of understanding on student exchange.
"""
KYOTO_ARTICLE = TOKYO_ARTICLE.replace("the University of Tokyo", "Kyoto University")
OTHER_TOKYO_ARTICLE = """Campus News

The University of Tokyo hosts HIT

May 5, 2021

On May 4, 2021, a delegation of Harbin Institute of Technology (HIT) visited the University of Tokyo.
"""


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("load_articles", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def article(tmp_path):
    """news.txt, as first written: HIT signs with the University of Tokyo."""
    path = tmp_path / "news.txt"
    path.write_text(TOKYO_ARTICLE, encoding="utf-8")
    return path


def agreement_partners():
    return sorted(
        institution.name
        for agreement in Agreement.objects.prefetch_related("parties")
        for institution in agreement.parties.all()
        if "Harbin" not in institution.name
    )


def test_loading_an_unchanged_article_again_is_silent(article):
    run(article)
    out, err = run(article)
    assert "nothing" in out
    assert "changed since" not in err


def test_a_changed_article_is_refused_with_what_would_be_replaced_and_nothing_is_loaded(article):
    run(article)
    article.write_text(KYOTO_ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        run(article)
    message = str(refused.value)
    assert "news.txt: changed since it was loaded on " in message
    assert "3 records would be replaced (1 institution, 1 agreement, 1 meeting: " in message
    assert "The University of Tokyo" in message
    assert "run again with --replace-changed to apply" in message
    assert "Nothing was loaded" in message
    assert agreement_partners() == ["The University of Tokyo"]


def test_replace_changed_deletes_what_only_the_old_version_reported_and_loads_the_new(article):
    run(article)
    article.write_text(KYOTO_ARTICLE, encoding="utf-8")
    out, err = run(article, "--replace-changed")
    assert agreement_partners() == ["Kyoto University"]
    assert not Institution.objects.filter(name__icontains="Tokyo").exists()
    assert Institution.objects.filter(name="Harbin Institute of Technology").count() == 1
    citation = Agreement.objects.get().citations.get()
    assert "Kyoto University" in citation.evidence
    assert "news.txt: changed since it was loaded: 3 records were replaced" in err
    assert "agreement deleted: 1" in out and "agreement created: 1" in out
    # The new version is now the one loaded: loading it again is silent.
    assert "nothing" in run(article)[0]


def test_records_other_articles_also_report_lose_only_the_changed_articles_citation(article, tmp_path):
    other = tmp_path / "visit.txt"
    other.write_text(OTHER_TOKYO_ARTICLE, encoding="utf-8")
    run(article, other)
    article.write_text(KYOTO_ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match="that other articles also report would lose only its citation"):
        run(article)
    run(article, "--replace-changed")
    tokyo = Institution.objects.get(name__icontains="Tokyo")
    assert [c.source.file_name for c in tokyo.citations.all()] == ["visit.txt"]
    assert Institution.objects.filter(name="Kyoto University").exists()
    harbin = Institution.objects.get(name="Harbin Institute of Technology")
    assert sorted(c.source.file_name for c in harbin.citations.all()) == ["news.txt", "visit.txt"]


def test_records_a_person_edited_since_loading_are_named(article, django_user_model):
    run(article)
    editor = django_user_model.objects.create_user("editor")
    agreement = Agreement.objects.get()
    agreement.notes = "Checked against the signed copy."
    agreement._history_user = editor
    agreement.save()
    article.write_text(KYOTO_ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match=r"edited by a person since loading: agreement .* \(by editor\)"):
        run(article)


def test_replacing_is_all_or_nothing_with_the_other_files_of_the_run(article, tmp_path):
    run(article)
    article.write_text(KYOTO_ARTICLE, encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(CommandError, match="broken.txt"):
        run(article, broken, "--replace-changed")
    assert agreement_partners() == ["The University of Tokyo"]
    assert Meeting.objects.count() == 1


def test_dry_run_shows_the_replacement_and_keeps_the_old_version(article):
    run(article)
    article.write_text(KYOTO_ARTICLE, encoding="utf-8")
    out, _ = run(article, "--replace-changed", "--dry-run")
    assert "agreement deleted: 1" in out
    assert agreement_partners() == ["The University of Tokyo"]
    with pytest.raises(CommandError, match="changed since it was loaded"):
        run(article)


def test_the_source_remembers_the_digest_of_the_text_it_loaded(article):
    run(article)
    assert len(Source.objects.get().content_sha256) == 64


def person_article(file, title):
    return {
        "format": 1,
        "article": {"file": file, "title": file, "published": "2021-05-04", "source": None},
        "institutions": [{"name": "University of Haifa", "aliases": [], "kind": "university"}],
        "people": [
            {"name": "Ron Robin", "variants": [], "institution": "University of Haifa", "title": title}
        ],
        "agreements": [],
        "delegations": [],
        "meetings": [],
    }


def test_articles_spelling_a_title_differently_do_not_flip_it_on_every_load():
    articles = [person_article("a.txt", "Vice-Chancellor"), person_article("b.txt", "Vice Chancellor")]
    for extraction in articles:
        load_extraction(extraction)
    again = [load_extraction(extraction).changes for extraction in articles]
    assert again == [{}, {}]
    assert Person.objects.get().title == "Vice-Chancellor"


def test_a_new_article_with_a_new_title_updates_the_persons_latest_title():
    load_extraction(person_article("a.txt", "Vice-Chancellor"))
    changes = load_extraction(person_article("b.txt", "President")).changes
    assert changes["person updated"] == 1
    assert Person.objects.get().title == "President"
