"""A document read with one party only, where the article tells another document of that party with its
partners: of the same time, the lone one announced what the later sentences tell ("X signed two MoUs with key
partners. ... X signed an MoU with Y") and is no record of its own; of another year, it is that pair's other
document ("their first agreement, signed in 2016"). A document that stays with one party is left as read."""

from types import SimpleNamespace

import pytest

from registry.ingest.extraction.agreements import a_lone_signer_is_told_with_its_partners
from registry.ingest.extraction.records import AgreementRecord
from tests.ingest.extraction.reading import actions_and_parties, article

SIGNER = "Ostrelin Polytechnic"


@pytest.mark.parametrize(
    "sentences, partners",
    [
        (
            (
                f"The tour proved fruitful, with {SIGNER} signing two new memoranda of understanding "
                "with key partners.",
                f"On 4 June, {SIGNER} signed an MoU with the Harrowfield Skills Council.",
                f"{SIGNER} also signed an MoU with the Tamsworth Skills Council.",
            ),
            ["Harrowfield Skills Council", "Tamsworth Skills Council"],
        ),
        (
            (
                f"The trip proved fruitful, with {SIGNER} signing three new agreements "
                "with partners in the region.",
                f"{SIGNER} signed an agreement with the Harrowfield Skills Council on 4 June.",
            ),
            ["Harrowfield Skills Council"],
        ),
    ],
)
def test_a_lone_signing_announced_before_its_partners_is_no_record_of_its_own(sentences, partners):
    assert actions_and_parties(article(*sentences)) == [("signed", sorted([SIGNER, p])) for p in partners]


def _record(parties, date, action="signed"):
    return AgreementRecord("agreement", "cooperation_agreement", action, parties, date, "", 0)


def _body(name):
    return SimpleNamespace(name=name)


def test_a_lone_document_of_the_same_year_as_its_partners_document_is_dropped():
    trust, network = _body("Kestrelby Hospital Trust"), _body("Ardenwick Care Network")
    lone, full = _record([trust], "2021-02"), _record([trust, network], "2021-02-18")
    ctx = SimpleNamespace(agreements=[lone, full])
    a_lone_signer_is_told_with_its_partners(ctx)
    assert ctx.agreements == [full]


def test_a_lone_document_of_another_year_is_the_pairs_earlier_one():
    trust, network = _body("Kestrelby Hospital Trust"), _body("Ardenwick Care Network")
    full, lone = _record([trust, network], "2021-02-18"), _record([network], "2016")
    ctx = SimpleNamespace(agreements=[full, lone])
    a_lone_signer_is_told_with_its_partners(ctx)
    assert ctx.agreements == [full, lone]
    assert lone.parties == [trust, network] and lone.date == "2016"


def test_a_lone_document_beside_no_document_of_its_party_stays_as_read():
    college, other = _body("Tindle College"), _body("Brackwater Academy")
    third = _body("Ravensfold Institute")
    lone, full = _record([college], None), _record([other, third], None)
    ctx = SimpleNamespace(agreements=[lone, full])
    a_lone_signer_is_told_with_its_partners(ctx)
    assert ctx.agreements == [lone, full]


def test_a_plan_is_not_the_announcement_of_a_signing():
    college, partner = _body("Tindle College"), _body("Ravensfold Institute")
    plan, full = _record([college], None, action="discussed"), _record([college, partner], None)
    ctx = SimpleNamespace(agreements=[plan, full])
    a_lone_signer_is_told_with_its_partners(ctx)
    assert ctx.agreements == [plan, full]
