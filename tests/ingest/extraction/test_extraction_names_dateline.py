"""A university's own news often opens with the city it writes from ("BUDAPEST –", "CHIANG MAI, Thailand –")
and never names its own country again. The dateline's country is then the publisher's: the first university
or company the lead names, where nothing else gives its country. Not the guest's in a lead that tells a
visit, not an alliance's, never over a country the article or the name states. Three phrasings per rule,
none from an article."""

import pytest

from registry.ingest.extraction import parse_article


def read(body):
    return parse_article(f"Partners meet\n\ndate 2023-05-10\n\n{body}\n", file="t.txt", gazetteer=None)


def countries(result):
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("body", "publisher", "country"),
    [
        (
            "WARSAW – Vistula Meadow University signed a cooperation agreement with Tallinn Sea College, "
            "Estonia, on 8 May 2023.",
            "Vistula Meadow University",
            "PL",
        ),
        (
            "DEBRECEN, Hungary – The Tisza Plain University and the Carpathian Ridge University of Ukraine "
            "signed an MoU on 8 May 2023.",
            "Tisza Plain University",
            "HU",
        ),
        (
            "Nairobi - Rift Valley Highlands University has signed a memorandum of understanding with "
            "Tallinn Sea College of Estonia on 8 May 2023.",
            "Rift Valley Highlands University",
            "KE",
        ),
    ],
)
def test_the_datelines_country_is_the_publishers(body, publisher, country):
    result = countries(read(body))
    assert result[publisher] == country
    assert all(found != country for name, found in result.items() if name != publisher)  # the partner's own


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        # a visit: the first name is the guest's
        (
            "WARSAW – A delegation of Nordic Fjord University visited Vistula Meadow University on "
            "8 May 2023.",
            "Nordic Fjord University",
            None,
        ),
        # an alliance has no country of its own; the next university gets it
        (
            "BUDAPEST – Rectors of the Danube Ridge Alliance of Universities gathered at Tisza Plain "
            "University on 8 May 2023 and signed a joint declaration.",
            "Tisza Plain University",
            "HU",
        ),
        # the article states another country for it
        (
            "WARSAW – Carpathian Ridge University, Ukraine, signed an MoU with Vistula Meadow University on "
            "8 May 2023.",
            "Carpathian Ridge University",
            "UA",
        ),
    ],
)
def test_the_dateline_gives_no_country_where_the_lead_says_otherwise(body, name, country):
    assert countries(read(body)).get(name) == country


@pytest.mark.parametrize(
    ("body", "publisher", "country"),
    [
        (
            "ALMATY, March 27 (Kazinform) - Steppe Polytechnic University signed a memorandum with Lakeshore "
            "University.",
            "Steppe Polytechnic University",
            "KZ",
        ),
        (
            "NAIROBI, 3 May 2023 (KNA) - Jacaranda Technical University signed an MoU with Lakeshore "
            "University.",
            "Jacaranda Technical University",
            "KE",
        ),
        (
            "HANOI (VNA) – Lotus Pond University of Education and Lakeshore University signed an agreement "
            "on student exchange on 3 May 2023.",
            "Lotus Pond University of Education",
            "VN",
        ),
    ],
)
def test_an_agency_datelines_place_gives_the_publishers_country(body, publisher, country):
    """The agency's dateline ("ALMATY, March 27 (Kazinform) -") is stripped with its day and tag before the
    sentences are read; its place still tells the publisher's country."""
    result = read(body)
    assert countries(result)[publisher] == country
    assert all("Kazinform" not in name and name != "KNA" for name in countries(result))


def test_an_agency_dateline_before_a_visit_gives_the_guest_no_country():
    result = read(
        "ALMATY, March 27 (Kazinform) - A delegation of Steppe Polytechnic University visited Lakeshore "
        "University."
    )
    assert countries(result)["Steppe Polytechnic University"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Lakeshore and Hanover sign an MoU\n\ndate 2023-05-04\n\nPerth [Australia], May 3 (AAP): Lakeshore "
        "University and Hanover College signed an MoU on Wednesday.\n\nThe MoU runs for five years, the "
        "release said. (AAP)\n",
        "Lakeshore and Hanover sign an MoU\n\ndate 2023-05-04\n\nPERTH, May 3 (AAP) - Lakeshore University "
        "and Hanover College signed an MoU on Wednesday (Photo/AAP).\n\nThe MoU runs for five years. (AAP)\n",
        "Lakeshore and Hanover sign an MoU\n\ndate 2023-05-04\n\nPerth, 3 May: Lakeshore University and "
        "Hanover College signed an MoU on Wednesday.\n\nThe MoU runs for five years.-AAP\n",
    ],
)
def test_an_agencys_tag_in_a_dateline_a_credit_or_a_last_line_is_no_institution(text):
    result = parse_article(text, file="t.txt", gazetteer=None)
    assert sorted(countries(result)) == ["Hanover College", "Lakeshore University"]
