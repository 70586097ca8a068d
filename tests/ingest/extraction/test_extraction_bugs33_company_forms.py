"""A company's legal form ends its name: "Corp." or "Corp" and "S.A." as "Ltd." and "GmbH" already did, and a
bracket between the name and its legal form ("X (East Africa) Ltd.") stays inside the one company's name. A
unit's "Research Group" stays a unit, and "Corp" inside a longer phrase ("Diplomatic Corp Liaison", the
diplomatic corps) is no company. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


def _bodies(sentence):
    result = parse(f"Brannoch Academy signs MoU\n\n{sentence}")
    return {i["name"]: i["kind"] for i in result["institutions"]}


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("Brannoch Academy signed an MoU with Torvane Fabrics Corp. on 3 May 2023.", "Torvane Fabrics Corp."),
        (
            "The delegation toured Quellstead Bottling Corp and signed a deal on 3 May 2023.",
            "Quellstead Bottling Corp",
        ),
        (
            "Brannoch Academy signed an MoU with Marvoss Logistics S.A. on 3 May 2023.",
            "Marvoss Logistics S.A.",
        ),
        (
            "Brannoch Academy signed MoUs with ZRTK (West Africa) Ltd. and Olvane Mills on 3 May 2023.",
            "ZRTK (West Africa) Ltd.",
        ),
        (
            "Brannoch Academy and Pellbrook (Pvt) Limited signed an MoU on 3 May 2023.",
            "Pellbrook (Pvt) Limited",
        ),
    ],
)
def test_a_legal_form_ends_a_companys_name(sentence, company):
    bodies = _bodies(sentence)
    assert bodies.get(company) == "company"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Research Group of Brannoch Academy signed an MoU with Quellmire Polytechnic on 3 May 2023.",
        "Tomas Verrill leads the Lichen Research Group of Brannoch Academy, host of Quellmire Polytechnic.",
        "A tour by Tomas Verrill, Brannoch Academy officer, Visitors and Diplomatic Corp Outreach.",
    ],
)
def test_no_company_where_no_company_is_named(sentence):
    assert "company" not in _bodies(sentence).values()
