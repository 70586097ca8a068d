"""A person's name is read whole when a word of it starts with a capital outside A-Z ("Łukasz", "Žalėnienė",
"Özçelik"), carries an Arabic article or patronymic joined by a hyphen ("el-Dessouqy", "al-Tamimi"), or
has a hyphen the page printed before a space ("Frąk- Dudzińska"). Three phrasings per rule, none taken from
an article."""

import pytest

from registry.ingest.extraction import parse_article


def names_in(*sentences):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return {p["name"] for p in parse_article(text, file="t.txt")["people"]}


VISIT = "A delegation from Ghent University visited Leiden University on 3 May."


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The delegation was led by Vice-Rector Łucja Żmuda.", "Łucja Żmuda"),
        ("Rector Ömer Şahin welcomed the guests.", "Ömer Şahin"),
        ("Prof. Dr. Jūratė Čėsnienė, Dean of Law, signed the agreement.", "Jūratė Čėsnienė"),
    ],
)
def test_a_name_may_start_with_any_latin_capital(sentence, name):
    assert name in names_in(VISIT, sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The delegation included Dr Samir el-Haddad and two deans.", "Samir el-Haddad"),
        ("Rector Khalid al-Rashid welcomed the guests.", "Khalid al-Rashid"),
        ("Prof. Nabil Abu al-Hassan, the Vice-President, signed the agreement.", "Nabil Abu al-Hassan"),
    ],
)
def test_an_arabic_article_joined_by_a_hyphen_is_a_word_of_the_name(sentence, name):
    assert name in names_in(VISIT, sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The delegation included Ms. Ewa Nowak- Kowalska, head of the office.", "Ewa Nowak-Kowalska"),
        ("Rector Jean-Marc Dupont- Leroy welcomed the guests.", "Jean-Marc Dupont-Leroy"),
        ("The agreement was signed by Dr Samir el- Haddad on behalf of Ghent University.", "Samir el-Haddad"),
    ],
)
def test_a_hyphen_printed_before_a_space_joins_the_name(sentence, name):
    names = names_in(VISIT, sentence)
    assert name in names
    assert not names & set(name.replace("-", " ").split())  # not split into halves
