"""An acronym the article never spells out and the gazetteer knows for several bodies is the one school among
them of a country the article names (in a word, "Latvian", or as the country of one of its institutions);
where two or none of them fit, it stays unread."""

from functools import partial

import pytest

from registry.ingest.extraction.acronyms import abbreviates
from tests.ingest.extraction.reading import article, names_and_aliases

harbourside_news = partial(article, title="Harbourside University news", published="2024-05-06")


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "RTU and Harbourside University signed a memorandum on 3 May 2024. Five Latvian engineers from "
            "RTU will teach a summer course in the port laboratories.",
            "Riga Technical University",
            "RTU",
        ),
        (
            "A delegation from MMU arrived at Harbourside University on 3 May 2024. The Malaysian guests "
            "said MMU hoped to open a joint studio for game design.",
            "Multimedia University",
            "MMU",
        ),
        (
            "On 3 May 2024 Harbourside University hosted the vice-president of UCAS, who toured the "
            "marine station. UCAS, the largest graduate school in China, will send two doctoral students.",
            "University of Chinese Academy of Sciences",
            "UCAS",
        ),
    ],
)
def test_the_one_school_of_a_named_country_is_the_acronym(text, name, acronym):
    assert acronym in names_and_aliases(harbourside_news(text)).get(name, set())


def test_two_schools_of_the_named_country_leave_the_acronym_unread():
    found = names_and_aliases(
        harbourside_news(
            "XTU signed a memorandum with Harbourside University on 3 May 2024. Ten Chinese students from "
            "XTU will arrive in the autumn, the first XTU group to study abroad."
        )
    )
    assert not any(name != "XTU" and "XTU" in aliases for name, aliases in found.items())


@pytest.mark.parametrize(
    ("acronym", "name"),
    [
        ("MKU", "Mirza-i-Kalan University"),
        ("SNIC", "Shah-i-Nurabad Institute of Ceramics"),
        ("DKU", "Dasht-i-Kavir University"),
    ],
)
def test_the_joining_i_of_a_name_gives_no_letter(acronym, name):
    assert abbreviates(acronym, name)
