"""A state's envoy acts for that state's mission (extraction-format.md: a diplomatic mission has the country
of the state it represents), read as specifications in phrasings of our own."""

from registry.ingest.extraction import parse_article


def _read(text):
    result = parse_article(text, file="envoy.txt")
    people = {p["name"]: p["institution"] for p in result["people"]}
    bodies = {i["name"]: (i["country"], i["kind"]) for i in result["institutions"]}
    return people, bodies


def test_a_nationality_before_the_title_names_the_state_of_the_mission_the_article_names():
    people, bodies = _read(
        "Chilean envoy visits Velmora Tech\n\n"
        "Staff of the Embassy of Chile and of the Embassy of Peru visited Velmora Institute of Technology "
        "in Nairobi on Monday. The Chilean Ambassador to Kenya, Tomas Quellbrook, met Rector Prof. Anika "
        "Dorrow.\n"
    )
    assert people["Tomas Quellbrook"] == "Embassy of Chile"
    assert bodies["Embassy of Chile"] == ("CL", "government")


def test_the_state_a_title_names_after_of_picks_its_mission_among_two():
    people, _bodies = _read(
        "Talks at Orsk Lakeside University\n\n"
        "Orsk Lakeside University in Malaysia hosted teams of the Embassy of Ghana and the Embassy of Norway "
        "on 4 June 2024, among them Mr. Joran Pellweather, Ambassador of Ghana to Malaysia. Rector Dr. "
        "Lisbet Cawdrey welcomed them.\n"
    )
    assert people["Joran Pellweather"] == "Embassy of Ghana"


def test_no_mission_is_made_up_from_the_title_alone():
    people, bodies = _read(
        "Envoy at Velmora Tech\n\n"
        "The Chilean Ambassador to Kenya, Tomas Quellbrook, visited Velmora Institute of Technology on "
        "Monday and met its Rector, Prof. Anika Dorrow.\n"
    )
    assert people["Tomas Quellbrook"] is None
    assert not any("Embassy" in name for name in bodies)


def test_an_envoy_whose_state_is_not_printed_acts_for_the_one_mission_the_article_names():
    people, _bodies = _read(
        "Ambassador calls on Brenwick College\n\n"
        "The Embassy of Peru paid a visit to Brenwick College in Nairobi on Tuesday. Ambassador Halvard "
        "Ostrune discussed scholarships with President Dr. Temperance Quill.\n"
    )
    assert people["Halvard Ostrune"] == "Embassy of Peru"


def test_the_mission_the_article_names_is_used_rather_than_a_second_one():
    people, bodies = _read(
        "Consular visit to Tarnby Polytechnic\n\n"
        "Staff of the Consulate General of Nepal visited Tarnby Polytechnic on 2 March 2023. Nepali Consul "
        "General Mr. Osric Wendale met Director Ms. Philippa Jorrin.\n"
    )
    assert people["Osric Wendale"] == "Consulate General of Nepal"
    assert len([name for name in bodies if "Nepal" in name]) == 1


def test_a_student_ambassador_is_no_envoy():
    people, bodies = _read(
        "Open day at Harrowgate Institute of Design\n\n"
        "Harrowgate Institute of Design held its open day on 5 May 2024. Student Ambassador Ms. Delphine "
        "Arkwell showed Brazilian guests around the campus.\n"
    )
    assert not any("Embassy" in name for name in bodies)
    assert "Embassy" not in (people.get("Delphine Arkwell") or "")


def test_an_envoy_tied_to_his_mission_leads_its_visit():
    result = parse_article(
        "Brenwick College receives the Embassy of Peru\n\n"
        "Brenwick College in Nairobi met with the Embassy of Peru to explore cooperation on Monday 25 March "
        "2024. The Registrar of Brenwick College, Dr. Temperance Quill, welcomed the Embassy of Peru "
        "delegation.\n"
        "The Peruvian Ambassador, Halvard Ostrune, told the hosts that the visit sought fields of research "
        "for both sides.\n",
        file="envoy.txt",
    )
    [trip] = result["delegations"]
    assert (trip["visitor"], trip["leader"]) == ("Embassy of Peru", "Halvard Ostrune")
