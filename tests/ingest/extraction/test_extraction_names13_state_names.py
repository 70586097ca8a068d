"""A state named in a body's name in any of the forms a text prints (its formal name, "the Russian
Federation", "the People's Republic of China", a code in capitals) gives that body its country; a mission's
name runs on to the state it is accredited to. Every sentence is invented."""

from tests.ingest.extraction.test_extraction import parse


def institution(result, name):
    return next(i for i in result["institutions"] if i["name"] == name)


def test_a_ministry_of_the_russian_federation_is_russian():
    result = parse(
        "Diplomats visit Ostravel\n\n"
        "Mr. Ivan Dorokhov, an adviser of the Department of Culture of the Ministry of Science of the "
        "Russian Federation, visited Ostravel University on 4 March 2024 and met Rector Mira Tonsk."
    )
    assert institution(result, "Ministry of Science of the Russian Federation")["country"] == "RU"


def test_a_ministry_of_a_peoples_republic_takes_its_state():
    result = parse(
        "A delegation visits Ostravel\n\n"
        "A delegation of the Ministry of Commerce of the People's Republic of China visited Ostravel "
        "University on 12 May 2023."
    )
    assert institution(result, "Ministry of Commerce of the People's Republic of China")["country"] == "CN"


def test_an_embassy_of_a_republic_in_a_city_takes_the_republic():
    result = parse(
        "Envoy visits Ostravel\n\n"
        "Counsellor Min-jun Park of the Embassy of the Republic of Korea in Ostravel visited Ostravel "
        "University on 2 June 2022."
    )
    assert institution(result, "Embassy of the Republic of Korea in Ostravel")["country"] == "KR"


def test_a_mission_accredited_to_a_state_keeps_that_state_in_its_name():
    result = parse(
        "Envoy visits Kelvar\n\n"
        "A delegation of the Embassy of Vietnam in the Russian Federation visited Kelvar State University on "
        "2 June 2022."
    )
    assert institution(result, "Embassy of Vietnam in the Russian Federation")["country"] == "VN"


def test_a_mission_in_a_season_stays_without_it():
    result = parse(
        "Envoy visits Kelvar\n\n"
        "A delegation of the Embassy of Vietnam in the spring visited Kelvar State University on 2 June 2022."
    )
    assert "Embassy of Vietnam" in {i["name"] for i in result["institutions"]}
