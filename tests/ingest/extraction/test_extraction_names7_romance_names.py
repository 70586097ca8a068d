"""The name grammar on names in French, Spanish and Portuguese: the article after a connector ("Universidad
de la Frontera"), the French "à" of a campus town ("Université du Québec à Montréal"), and an English "and"
after such a name, which starts the next name. Every name is invented."""

from registry.ingest.extraction.names import find_names


def printed(sentence):
    return [m.text for m in find_names(sentence, 0)]


def test_an_article_after_the_connector_stays_in_the_name():
    assert printed("A team from the Universidad de la Costa Verde arrived on Monday.") == [
        "Universidad de la Costa Verde"
    ]
    assert printed("She studied at Universidad de las Sierras Altas before joining us.") == [
        "Universidad de las Sierras Altas"
    ]
    assert printed("The rector of Université de la Vallée Bleue signed the agreement.") == [
        "Université de la Vallée Bleue"
    ]
    assert printed("Delegates of the Instituto de los Llanos Orientales came too.") == [
        "Instituto de los Llanos Orientales"
    ]


def test_the_french_a_of_a_campus_town_stays_in_the_name():
    assert printed("Kelvar University and Université du Bas-Rhône à Valcourt signed.") == [
        "Kelvar University",
        "Université du Bas-Rhône à Valcourt",
    ]
    assert printed("A delegation of the Université de Brenmoor à Sainte-Orle visited Ostravel.") == [
        "Université de Brenmoor à Sainte-Orle"
    ]
    assert printed("The École des Mines à Valcourt hosted the forum.") == ["École des Mines à Valcourt"]


def test_an_english_and_after_a_romance_name_starts_the_next_name():
    assert printed("Universidad de Costa Verde and Kelvar Polytechnic signed an agreement.") == [
        "Universidad de Costa Verde",
        "Kelvar Polytechnic",
    ]
    assert printed("Delegates from Université du Bas-Rhône à Valcourt and Brenmoor Labs attended.") == [
        "Université du Bas-Rhône à Valcourt"
    ]
    assert printed("Staff of Universidade do Vale Alto and Ostravel College met in June.") == [
        "Universidade do Vale Alto",
        "Ostravel College",
    ]
