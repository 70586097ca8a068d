"""Rules found by reading articles the parser had not seen, each shown on a short text written for the test.

Same fake-gazetteer harness as test_extraction.py: only the entries named here are "known".
"""

from registry.ingest.extraction.dates import find_date
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse, parties

GAZETTEER = FakeGazetteer(entry("Alpha State University", "KZ"))


def run(text, **options):
    options.setdefault("gazetteer", GAZETTEER)
    return parse(text, **options)


# -- one institution or two ----------------------------------------------------------------------------------


def test_two_universities_of_one_city_with_different_kind_words_are_two_institutions():
    result = run(
        "Gamma delegation visits Omega\n\nA delegation of Gamma University visited Omega Polytechnic "
        "University on May 5. The programme also included a visit to Omega State University.\n"
    )
    assert {"Omega Polytechnic University", "Omega State University"} <= names(result)


def test_a_name_printed_in_brackets_after_a_name_is_another_name_of_the_same_institution():
    result = run(
        "Gamma signs agreement\n\nGamma University has signed an agreement with Omega Institute of Foreign "
        "Studies (OIFS University) on May 5. OIFS University is a leading school.\n"
    )
    omega = [i for i in result["institutions"] if "Omega" in i["name"] or "OIFS" in i["name"]]
    assert len(omega) == 1
    assert "OIFS University" in omega[0]["aliases"] + [omega[0]["name"]]


# -- signings ------------------------------------------------------------------------------------------------


def test_an_agreement_takes_the_day_and_mode_of_the_signing_ceremony_told_next():
    result = run(
        "Universities sign agreement\n\ndate 2021-05-14\n\nGamma University has concluded a student "
        "exchange agreement with Riverton University, one of the best universities in the fields of law. "
        "The signing ceremony was held online via Zoom on May 11.\n"
    )
    assert [(a["date"], parties(a)) for a in result["agreements"]] == [
        ("2021-05-11", {"Gamma University", "Riverton University"})
    ]
    assert [(m["kind"], m["mode"], m["date"]) for m in result["meetings"]] == [
        ("signing", "online", "2021-05-11")
    ]


def test_in_the_fields_of_is_no_place_of_a_signing():
    result = run(
        "Universities sign agreement\n\nGamma University signed an agreement with Riverton University, "
        "a leader in the fields of law.\n"
    )
    assert result["meetings"] == []


# -- dates ---------------------------------------------------------------------------------------------------


def test_on_the_second_day_of_the_visit_is_the_day_after_the_visit_began():
    result = run(
        "Delegation visits Riverton\n\ndate 2019-04-12\n\nA delegation of Gamma University paid a two-day "
        "working visit to Riverton University on April 9-10. On the second day of the visit, the two "
        "universities signed a renewed agreement on cooperation.\n"
    )
    assert [a["date"] for a in result["agreements"]] == ["2019-04-10"]
    previous = find_date("From April 9 to 12, 2019, a delegation visited.", "2019-04-20")
    assert find_date("On the last day of the trip they signed.", "2019-04-20", previous).start == "2019-04-12"
    assert find_date("On the fifth day of the visit they signed.", "2019-04-20", previous) is None


def test_a_dotted_date_is_day_first_and_an_ambiguous_slashed_date_is_read_only_where_safe():
    assert find_date("The memorandum was signed on 12.04.2019 in Tomsk.", "2019-05-01").start == "2019-04-12"
    assert find_date("The memorandum was signed on 25/03/2019 in Tomsk.", "2019-05-01").start == "2019-03-25"
    assert find_date("The memorandum was signed on 2019/03/25 in Tomsk.", "2019-05-01").start == "2019-03-25"
    # 04/03: 4 March or 3 April; only 4 March is before publication
    assert find_date("The memorandum was signed on 04/03/2019 in Tomsk.", "2019-03-20").start == "2019-03-04"
    unsure = find_date("The memorandum was signed on 04/03/2019 in Tomsk.", "2019-05-01")
    assert unsure.start is None and unsure.warning


def test_the_page_date_line_is_not_the_date_of_an_event():
    result = run(
        "Gamma signs agreement\n\nNews | 12.04.2019\n\nGamma University signed an agreement with Riverton "
        "University.\n"
    )
    assert result["article"]["published"] == "2019-04-12"
    assert [a["date"] for a in result["agreements"]] == [None]


def test_a_day_of_the_month_ending_a_sentence_is_not_an_initial():
    from registry.ingest.extraction.text import split_sentences

    assert split_sentences("They met on May 9. The rectors signed.") == [
        "They met on May 9.",
        "The rectors signed.",
    ]
    assert split_sentences("Prof. V. I. Petrov came.") == ["Prof. V. I. Petrov came."]


# -- visits --------------------------------------------------------------------------------------------------


def test_a_trip_signs_with_one_partner_and_calls_on_another_on_another_day():
    result = run(
        "Gamma University deepens ties in Kazakhstan\n\ndate 2023-09-14\n\n"
        "Gamma University and Omega Agrarian University signed a memorandum of cooperation here on "
        'Wednesday.\n\n"We are glad," said Jan Novak, vice president of Gamma University, who is leading '
        "a 6-member university delegation on a week-long visit to Kazakhstan.\n\n"
        "Before arriving here, the Gamma University delegation on Monday visited the Riverton National "
        "University, where the two sides reviewed progress.\n"
    )
    visits = {(d["host"], d["start"]) for d in result["delegations"]}
    assert ("Riverton National University", "2023-09-11") in visits
    assert ("Omega Agrarian University", "2023-09-13") in visits
    assert any(d["size"] == 6 for d in result["delegations"])


def test_a_side_visit_in_the_programme_is_a_visit_of_its_own_without_the_day_of_another_paragraph():
    result = run(
        "Gamma University delegation visits Omega\n\ndate 2019-04-12\n\n"
        "A delegation of Gamma University paid a visit to Omega Polytechnic University on April 9-10. "
        "The Vietnamese guests were received by the rector.\n\n"
        "On the second day of the visit, the two universities renewed their agreement on cooperation.\n\n"
        "The programme of the Vietnamese colleagues also included a visit to Omega State University.\n"
    )
    visits = {(d["host"], d["start"]) for d in result["delegations"]}
    assert ("Omega State University", None) in visits
    assert ("Omega Polytechnic University", "2019-04-09") in visits


def test_institutions_named_only_in_what_an_agreement_aims_at_are_not_listed():
    result = run(
        "Gamma signs agreement with Omega\n\nGamma University and Omega Technologies LLC signed a "
        "memorandum on May 5, 2023. The memorandum is aimed at opening on the basis of the university of "
        "the Omega Cloud Academy.\n"
    )
    assert "Omega Cloud Academy" not in names(result)


def test_an_embassy_of_the_republic_of_a_country_is_one_name():
    result = run(
        "Gamma delegation visits Omega\n\nOn May 15, 2019, a delegation of Gamma University visited "
        "Omega University. Mr. Jan Novak, Counsellor of the Embassy of the Republic of Belarus in China, "
        "accompanied the visit.\n"
    )
    assert "Embassy of the Republic of Belarus in China" in names(result)


def test_a_signing_after_the_meeting_is_a_meeting_of_its_own():
    result = run(
        "Gamma delegation visits Omega\n\nOn May 15, 2019, a delegation of Gamma University visited "
        "Omega University and met with the rector in the VIP reception room. After the meeting, the two "
        "rectors signed the Agreement on Joint Training of Graduate Students on behalf of the two "
        "universities.\n"
    )
    assert sorted(m["kind"] for m in result["meetings"]) == ["signing", "talk"]
    assert {m["date"] for m in result["meetings"]} == {"2019-05-15"}


# -- countries -----------------------------------------------------------------------------------------------


def test_a_city_or_province_in_a_name_the_gazetteer_does_not_know_gives_its_country():
    from registry.ingest.extraction.places import country_from_known_places

    assert country_from_known_places("State Marine Technical University of St.Petersburg") == "RU"
    assert country_from_known_places("Dezhou University") == "CN"
    assert country_from_known_places("Thai Nguyen University of Agriculture") == "VN"
    assert country_from_known_places("Thai-Nichi Institute") is None  # a word of a two-word city alone
    assert country_from_known_places("Moscow Tehran Institute") is None  # places of two countries
    result = run(
        "Gamma delegation visits Omega\n\nOn May 5, 2023, a delegation of Zorya University of Tomsk "
        "visited Gamma University.\n"
    )
    assert next(i for i in result["institutions"] if "Zorya" in i["name"])["country"] == "RU"


def test_the_first_word_of_a_two_word_city_is_no_short_form():
    result = run(
        "Gamma signs agreement\n\nOn May 5, 2023, Gamma University signed an agreement with Hong Kong "
        "Zorya University. Hong Kong is a city.\n"
    )
    zorya = next(i for i in result["institutions"] if "Zorya" in i["name"])
    assert "Hong" not in zorya["aliases"]


# -- more phrasings of visits, signings and dates ------------------------------------------------------------


def test_an_agreement_renewed_during_the_visit_of_an_officer_to_the_campus_is_a_visit_and_a_signing():
    result = run(
        "Riverton University partnership news\n\ndate 2020-01-20\n\n"
        "The inter-university agreement with Omega University (Thailand), first concluded in 2004, was "
        "renewed on December 3 during the visit of Dr. Jan Novak, Vice President of Omega University, to "
        "the Riverton Campus. Riverton University is glad.\n"
    )
    # extraction-format.md, "An earlier agreement": the signing it dates ("first concluded in 2004")
    # is a record too
    assert [(a["action"], a["date"], parties(a)) for a in result["agreements"]] == [
        ("renewed", None, {"Riverton University", "Omega University"}),
        ("signed", "2004", {"Riverton University", "Omega University"}),
    ]
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [
        ("Omega University", "Riverton University")
    ]
    assert [m["kind"] for m in result["meetings"]] == ["signing"]


def test_an_officer_named_without_an_institution_visits_for_the_protagonist():
    result = run(
        "Riverton University Global Newsletter\n\nRiverton University news from abroad.\n\n"
        "On November 12, 2019, Executive Vice President Prof. Takeshi Mori visited Omega University in "
        "Yogyakarta and signed a memorandum with Omega University. Riverton University thanks Omega.\n"
    )
    assert ("Riverton University", "Omega University") in {
        (d["visitor"], d["host"]) for d in result["delegations"]
    }


def test_the_signing_ceremony_told_after_the_agreement_has_its_parties_and_gives_its_day():
    result = run(
        "Gamma and Riverton sign memorandum\n\ndate 2023-03-10\n\nGamma University and Riverton University "
        "signed a memorandum of understanding (MoU) on academic cooperation. The signing ceremony took "
        "place on March 3 at the RU campus.\n"
    )
    assert [a["date"] for a in result["agreements"]] == ["2023-03-03"]
    assert [set(m["parties"]) for m in result["meetings"]] == [{"Gamma University", "Riverton University"}]


def test_a_signing_on_a_stated_day_is_a_signing_meeting_but_on_behalf_of_is_no_day():
    result = run(
        "Gamma and Riverton sign memorandum\n\ndate 2023-03-10\n\nThe MoU was signed by Gamma University "
        "President Jan Novak and Riverton University Rector Petr Svoboda on March 3.\n"
    )
    assert [(m["kind"], m["date"]) for m in result["meetings"]] == [("signing", "2023-03-03")]
    result = run(
        "Gamma and Riverton sign memorandum\n\ndate 2023-03-10\n\nOn March 3, Gamma University and "
        "Riverton University held an online meeting and signed a memorandum. Professors spoke on behalf of "
        "the two universities, congratulating the signing of the memorandum.\n"
    )
    assert [m["mode"] for m in result["meetings"]] == ["online"]


def test_two_undated_signings_with_different_partners_are_two_meetings():
    result = run(
        "Riverton University partnership news\n\nRiverton University news.\n\n"
        "On November 12, Riverton University visited Omega University and signed a memorandum.\n\n"
        "The agreement with Sigma University was renewed on December 3 during the visit of Dr. Jan "
        "Novak, Rector of Sigma University, to the Riverton Campus.\n"
    )
    signings = [set(m["parties"]) for m in result["meetings"] if m["kind"] == "signing"]
    assert {"Riverton University", "Omega University"} in signings
    assert {"Riverton University", "Sigma University"} in signings


def test_the_issue_date_of_a_newsletter_is_not_the_date_of_its_events():
    result = run(
        "Riverton University Global Newsletter No. 41\n\nRiverton Newsletter (January 2020)\n\n"
        "Riverton University signs memorandum with Omega University\n\n"
        "On November 12, Riverton University signed a memorandum with Omega University.\n"
    )
    assert result["article"]["published"] == "2020-01"
    assert [a["date"] for a in result["agreements"]] == [None]


def test_earlier_this_month_is_the_month_of_publication_and_last_week_is_no_date():
    assert (
        find_date("Earlier this month, the two universities signed a memorandum.", "2023-03-10").start
        == "2023-03"
    )
    assert find_date("The delegation came last month.", "2023-01-10").start == "2022-12"
    last_week = find_date("Last week the office hosted Dr. Novak.", "2019-05-17")
    assert last_week.start is None and last_week.warning


# -- names of people and of bodies ---------------------------------------------------------------------------


def test_what_a_title_is_for_is_not_a_person():
    result = run(
        "Gamma meets Riverton\n\nOn May 5, 2023, Vice President for Global Strategy Prof. Takeshi Mori of "
        "Gamma University and Director of the Global Career Design Center Dr. Keiko Ono met Riverton "
        "University.\n"
    )
    assert {p["name"] for p in result["people"]} == {"Takeshi Mori", "Keiko Ono"}


def test_a_city_after_an_institution_is_not_a_person():
    result = run(
        "Gamma meets Riverton\n\nOn May 5, 2023, a delegation of four from Riverton University, Bangkok, "
        "led by Dr. Keiko Ono, visited Gamma University.\n"
    )
    assert {p["name"] for p in result["people"]} == {"Keiko Ono"}


def test_a_second_and_in_a_name_starts_another_body():
    from registry.ingest.extraction.names import find_names

    assert [
        m.text
        for m in find_names(
            "It was signed between Gamma University of Science and Technology and Viettel Group.", 0
        )
    ] == ["Gamma University of Science and Technology", "Viettel Group"]  # a company's head ends the second
    assert [m.text for m in find_names("Gamma University of Economics and Law and Finance signed.", 0)] == [
        "Gamma University of Economics and Law and Finance"
    ]


def test_an_agreement_extended_for_more_years_is_renewed_and_the_extension_dates_it():
    result = run(
        "Gamma and Riverton extend cooperation\n\ndate 2023-03-10\n\nGamma University and Riverton "
        "University have extended their cooperation agreement for another five years. The extension was "
        "signed on March 3.\n"
    )
    assert [(a["action"], a["date"]) for a in result["agreements"]] == [("renewed", "2023-03-03")]
    result = run(
        "Gamma and Riverton meet\n\ndate 2023-03-10\n\nOn March 3, Rector Jan Novak of Gamma University "
        "extended his gratitude to Riverton University and expressed agreement with its proposals.\n"
    )
    assert result["agreements"] == []


# -- visit phrasings -----------------------------------------------------------------------------------------


def _visits(sentence):
    result = run(f"Universities cooperate closely now\n\ndate 2023-03-10\n\n{sentence}\n")
    return [(d["visitor"], d["host"], d["start"]) for d in result["delegations"]]


def test_a_courtesy_call_is_a_visit():
    assert _visits("On March 3, Gamma University paid a courtesy call on Riverton University.") == [
        ("Gamma University", "Riverton University", "2023-03-03")
    ]


def test_guests_hosted_at_a_university_visit_it():
    assert _visits("On March 3, representatives of Gamma University were hosted at Riverton University.") == [
        ("Gamma University", "Riverton University", "2023-03-03")
    ]


def test_a_university_named_as_the_modifier_of_a_delegation_after_a_is_named():
    assert _visits("On March 3, a Gamma University delegation arrived at Riverton University.") == [
        ("Gamma University", "Riverton University", "2023-03-03")
    ]
    result = run("Universities cooperate closely now\n\nGamma University opened a Confucius Institute.\n")
    assert "Confucius Institute" not in names(result)


def test_the_visit_of_a_delegation_to_a_university_names_both():
    assert _visits(
        "On March 3, the visit of the Gamma University delegation to Riverton University took place."
    ) == [("Gamma University", "Riverton University", "2023-03-03")]


def test_a_visiting_delegation_of_a_university_is_the_visitor():
    assert _visits(
        "On March 3, leaders of Gamma University met with a visiting delegation of Riverton University."
    ) == [("Riverton University", "Gamma University", "2023-03-03")]


# -- institutions mentioned in passing -----------------------------------------------------------------------


def test_where_someone_studied_and_who_supported_an_event_are_not_listed():
    result = run(
        "Gamma signs memorandum with Riverton\n\ndate 2023-03-10\n\n"
        "On March 3, Gamma University and Riverton University signed a memorandum of understanding.\n\n"
        "Professor Jan Kowalski, a graduate of Omega University, said the memorandum opens new doors.\n\n"
        "The event was organized with the support of Sigma University.\n\n"
        "In 2019, Gamma University also signed an agreement with Delta University.\n\n"
        "Representatives of Zeta University attended the ceremony.\n"
    )
    # the agreement signed in 2019 is an earlier agreement named with its year: a record of its own
    # (extraction-format.md), so Delta University is listed as its party
    assert names(result) == {"Gamma University", "Riverton University", "Zeta University", "Delta University"}
    assert [(parties(a), a["date"]) for a in result["agreements"]] == [
        ({"Gamma University", "Riverton University"}, "2023-03-03"),
        ({"Gamma University", "Delta University"}, "2019"),
    ]


def test_an_embassy_is_of_the_country_it_represents():
    result = run(
        "Gamma signs memorandum with Riverton\n\ndate 2023-03-10\n\nOn March 3, Gamma University and "
        "Riverton University signed a memorandum of understanding. Representatives of the Embassy of "
        "Vietnam in Russia attended the ceremony.\n"
    )
    assert next(i for i in result["institutions"] if i["name"].startswith("Embassy"))["country"] == "VN"


# -- publication dates ---------------------------------------------------------------------------------------


def test_more_ways_a_page_prints_its_date():
    from registry.ingest.extraction.dates import publication_date

    for line, expected in (
        ("Updated: 2023-03-05T10:00:00Z", "2023-03-05"),
        ("5th of March 2023", "2023-03-05"),
        ("2023-3-5", "2023-03-05"),
        ("Publication date: 5-03-2023", "2023-03-05"),
    ):
        assert publication_date(["Gamma University signs an agreement", line, "", "Body."], 0) == expected, (
            line
        )
    lines = (
        ["Gamma University signs an agreement", ""]
        + ["A paragraph of the article that is long enough not to be taken for a date line at all."] * 5
        + ["Published: 17 May 2019"]
    )
    assert publication_date(lines, 0) == "2019-05-17"


def test_a_weekday_counts_back_from_the_day_of_an_agency_dispatch():
    result = run(
        "Universities sign memorandum\n\ndate 2023-09-16\n\nASTANA, Sept. 14 (Xinhua) -- Gamma University "
        "and Riverton University signed a memorandum of cooperation here on Wednesday.\n"
    )
    assert [a["date"] for a in result["agreements"]] == ["2023-09-13"]


# -- acronyms ------------------------------------------------------------------------------------------------


def test_an_acronym_nobody_spells_out_is_listed_only_when_it_takes_part():
    result = run(
        "Gamma signs agreement with Riverton\n\ndate 2023-03-10\n\nOn March 3, Gamma University and Riverton "
        "University signed an agreement. The agreement covers IoT research with KOICA and UNESCO. KOICA and "
        "UNESCO programmes and IoT labs, HEIs and NGOs were discussed. HEIs and NGOs agreed.\n"
    )
    assert names(result) == {"Gamma University", "Riverton University"}
    result = run(
        "Gamma signs agreement with ZXU\n\ndate 2023-03-10\n\nOn March 3, Gamma University signed an "
        "agreement with ZXU. ZXU will send students.\n"
    )
    assert any(parties(a) == {"Gamma University", "ZXU"} for a in result["agreements"])
    assert "ZXU" in names(result)


def test_the_host_that_invited_a_delegation_is_not_its_visitor():
    assert _visits(
        "From March 3 to 5, at the invitation of Riverton University, a delegation of Gamma University "
        "led by Rector Jan Kowalski visited Riverton University."
    ) == [("Gamma University", "Riverton University", "2023-03-03")]


def test_an_officer_of_our_university_who_received_a_guest_makes_the_unnamed_publisher_the_host():
    result = run(
        "Delegation visits\n\ndate 2023-05-20\n\nOn May 15, Vice President Li Ming of our university "
        "received Prof. Ivan Petrov, Vice-Rector of Riverton University, and his party.\n"
    )
    assert [(d["visitor"], d["host"], d["start"]) for d in result["delegations"]] == [
        ("Riverton University", None, "2023-05-15")
    ]


# -- people's titles and institutions ------------------------------------------------------------------------


def _people(text):
    result = run(text)
    return {p["name"]: (p["title"], p["institution"]) for p in result["people"]}


def test_a_title_does_not_repeat_the_institution_said_apart():
    people = _people(
        "Gamma signs agreement\n\ndate 2023-03-10\n\nOn March 3, Gamma University signed an agreement "
        "with Riverton University. Olga Ivanova, Vice-Rector for International Affairs of Riverton "
        "University, attended.\n"
    )
    assert people["Olga Ivanova"] == ("Vice-Rector for International Affairs", "Riverton University")


def test_the_institution_a_clause_names_is_its_peoples():
    people = _people(
        "Gamma signs agreement\n\ndate 2023-03-10\n\nOn March 3, Gamma University signed an agreement "
        "with Riverton University. Riverton University was represented by Vice-Rector Artem Sokolov and "
        "the Director of the Department of International Cooperation Ekaterina Orlova. From Gamma "
        "University, Vice President Lee Jae-won attended.\n"
    )
    assert people["Artem Sokolov"][1] == "Riverton University"
    assert people["Ekaterina Orlova"][1] == "Riverton University"
    assert people["Lee Jae-won"][1] == "Gamma University"
    people = _people(
        "Riverton visits Gamma\n\ndate 2023-04-12\n\nA delegation of Riverton University (RU) headed "
        "by its Rector Prof. Tran Thanh Hai paid a visit to Gamma University on April 9.\n"
    )
    assert people["Tran Thanh Hai"] == ("Rector", "Riverton University")


def test_a_signing_ceremony_told_after_a_signing_is_that_signing_and_they_are_its_parties():
    result = run(
        "Gamma signs memorandum\n\ndate 2023-03-10\n\nGamma University and Riverton University have signed a "
        "memorandum of understanding. A signing ceremony was held at the Riverton campus on March 3.\n"
    )
    assert [(m["kind"], m["date"], set(m["parties"])) for m in result["meetings"]] == [
        ("signing", "2023-03-03", {"Gamma University", "Riverton University"})
    ]
    result = run(
        "Gamma meets Riverton\n\ndate 2023-03-10\n\nOn March 3, the rectors of Gamma University and "
        "Riverton University met. During the meeting, they signed a memorandum of understanding.\n"
    )
    assert [(parties(a), a["date"]) for a in result["agreements"]] == [
        ({"Gamma University", "Riverton University"}, "2023-03-03")
    ]


def test_a_city_that_begins_a_university_name_is_no_short_form_of_it():
    result = run(
        "Gamma signs memorandum\n\ndate 2023-03-10\n\nOn March 3, Gamma University signed a memorandum with "
        "Hanoi Zorya University. The ceremony took place in Hanoi.\n"
    )
    zorya = next(i for i in result["institutions"] if "Zorya" in i["name"])
    assert "Hanoi" not in zorya["aliases"]


def test_discussing_the_renewal_of_an_agreement_is_one_discussed_agreement():
    result = run(
        "Committee meets online\n\ndate 2021-03-26\n\nOn March 24, Gamma University and Riverton University "
        "held an online meeting. The two sides also discussed the renewal of the cooperation agreement "
        "between Gamma University and Riverton University, and agreed that the working groups will draft "
        "the new agreement.\n"
    )
    assert [(a["action"], a["kind"], a["title"]) for a in result["agreements"]] == [
        ("discussed", "cooperation_agreement", "cooperation agreement")
    ]


def test_a_joint_body_named_after_its_partners_takes_no_country_from_a_partners_city():
    result = run(
        "Committee meets online\n\ndate 2021-03-26\n\nOn March 24, the committee of the NUIST Reading "
        "Zorya Academy met online. Nanjing University of Information Science and Technology (NUIST) and the "
        "University of Reading "
        "attended.\n"
    )
    academy = next(i for i in result["institutions"] if "Academy" in i["name"])
    assert academy["country"] is None
