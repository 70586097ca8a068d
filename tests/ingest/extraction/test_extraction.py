"""The article parser, read as a specification: what it extracts from news articles and what it leaves out.

No database: the parser is plain Python. A small fake gazetteer stands in for the real one, so each test says
exactly which institutions are "known"; the five seed articles live in fixtures/articles.
"""

import json

import jsonschema
import pytest

from registry.common.names import normalize_name
from registry.ingest.extraction import parse_article
from registry.ingest.extraction.gazetteer import GazetteerEntry, Match
from tests.paths import ROOT

ARTICLES = ROOT / "fixtures" / "articles"
SCHEMA = json.loads(
    (ROOT / "registry" / "ingest" / "extraction" / "extraction.schema.json").read_text(encoding="utf-8")
)


class FakeGazetteer:
    """The gazetteer interface over a handful of entries: exact names, aliases and acronyms only."""

    def __init__(self, *entries):
        self.entries = entries

    def _match(self, name, country):
        key = normalize_name(name)
        for entry in self.entries:
            if country and entry.country and entry.country != country:
                continue
            if key in {normalize_name(n) for n in (entry.name, *entry.aliases)}:
                return Match(entry, 100.0, "exact", entry.name)
            if name in entry.acronyms:
                return Match(entry, 95.0, "acronym", name)
        return None

    def resolve(self, name, *, country=None):
        return self._match(name, country)

    def candidates(self, name, *, country=None, limit=5):
        match = self._match(name, country)
        return [match] if match else []

    def by_acronym(self, acronym, *, country=None):
        return [e for e in self.entries if acronym in e.acronyms and (not country or e.country == country)]


def entry(name, country, acronyms=(), aliases=(), ror=None):
    return GazetteerEntry(
        name=name,
        country=country,
        ror=ror,
        kind="university",
        aliases=tuple(aliases),
        acronyms=tuple(acronyms),
    )


GAZETTEER = FakeGazetteer(
    entry("East China Normal University", "CN", ["ECNU"], ror="https://ror.org/02n96ep67"),
    entry("University of Haifa", "IL", aliases=["Haifa University"]),
    entry("Harbin Institute of Technology", "CN", ["HIT"]),
    entry("Huazhong University of Science and Technology", "CN", ["HUST"]),
    entry("RWTH Aachen University", "DE", ["RWTH"]),
    entry("Xi'an Jiaotong University", "CN", ["XJTU"]),
    entry("Lomonosov Moscow State University", "RU", ["MSU"], aliases=["Moscow State University"]),
    entry("Politecnico di Milano", "IT"),
)


def parse(text, **options):
    """Parse `text` with the fake gazetteer and check the result against the schema, as every test does."""
    options.setdefault("gazetteer", GAZETTEER)
    result = parse_article(text, file=options.pop("file", "test.txt"), **options)
    jsonschema.validate(result, SCHEMA)
    return result


def seed(name, **options):
    return parse((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), file=f"{name}.txt", **options)


def institution(result, name):
    return next(i for i in result["institutions"] if i["name"] == name)


def names(result, key="institutions"):
    return {record["name"] for record in result[key]}


def parties(record):
    return set(record["parties"])


# -- the format -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.stem for p in ARTICLES.glob("*.txt")))
def test_every_seed_article_gives_a_schema_valid_extraction(name):
    result = seed(name)
    assert result["format"] == 1
    assert result["article"]["file"] == f"{name}.txt"
    assert result["institutions"], "a seed article names institutions"


def test_every_named_party_is_listed_once_as_an_institution():
    for path in ARTICLES.glob("*.txt"):
        result = seed(path.stem)
        listed = [i["name"] for i in result["institutions"]]
        assert len(listed) == len(set(listed)), path.name
        used = {p for a in result["agreements"] for p in a["parties"]}
        used |= {p for m in result["meetings"] for p in m["parties"]}
        used |= {d[k] for d in result["delegations"] for k in ("visitor", "host") if d[k]}
        used |= {p["institution"] for p in result["people"] if p["institution"]}
        assert used <= set(listed), path.name


def test_evidence_is_a_verbatim_sentence_of_the_article():
    text = (ARTICLES / "hust-rwth-key-partnership.txt").read_text(encoding="utf-8")
    result = seed("hust-rwth-key-partnership")
    for record in result["agreements"] + result["meetings"] + result["delegations"]:
        assert record["evidence"] and record["evidence"] in text


# -- headline and publication date ----------------------------------------------------------------------


def test_title_skips_a_section_label_and_the_date_printed_under_it_is_the_publication_date():
    result = seed("hust-rwth-key-partnership")
    assert result["article"]["title"] == "HUST signs Key Partnership Agreement with RWTH Aachen University"
    assert result["article"]["published"] == "2022-01-26"


@pytest.mark.parametrize(
    "line, published",
    [
        ("May 24, 2024click:", "2024-05-24"),
        ("2015-05-25  []", "2015-05-25"),
        ("KU Newsletter (june 2016)", "2016-06"),
        ("date 2019-12-18", "2019-12-18"),
    ],
)
def test_publication_date_printed_near_the_top(line, published):
    result = parse(
        f"Harbin Institute of Technology hosts guests\n\n{line}\n\nHarbin Institute of Technology met guests."
    )
    assert result["article"]["published"] == published


def test_no_printed_date_means_no_publication_date():
    assert seed("ecnu-haifa-renewal")["article"]["published"] is None


# -- event dates ----------------------------------------------------------------------------------------


def test_a_day_without_a_year_takes_the_publication_year_when_it_comes_before_publication():
    result = seed("iukl-delegation-visit")
    assert result["delegations"][0]["start"] == "2024-05-08"
    text = (
        "RWTH delegation visits HIT\n\ndate 2022-01-26\n\nOn January 14th, a delegation from RWTH Aachen "
        "University visited Harbin Institute of Technology."
    )
    assert parse(text)["delegations"][0]["start"] == "2022-01-14"


def test_a_day_after_the_publication_date_gets_no_year_and_a_warning():
    text = (
        "RWTH delegation visits HIT\n\ndate 2022-01-26\n\nOn March 3, a delegation from RWTH Aachen "
        "University visited Harbin Institute of Technology."
    )
    result = parse(text)
    assert result["delegations"][0]["start"] is None
    assert any("March 3" in w for w in result["warnings"])


def test_a_day_range_without_a_year_or_publication_date_is_null_with_a_warning():
    result = seed("ecnu-haifa-renewal")
    delegation = result["delegations"][0]
    assert (delegation["start"], delegation["end"]) == (None, None)
    assert any("15-16 December" in w for w in result["warnings"])


def test_a_year_mentioned_elsewhere_is_not_the_year_of_the_event():
    # "94 ECNU students were dispatched ... in 2019 alone" does not date the December visit
    result = seed("ecnu-haifa-renewal")
    assert all(a["date"] is None for a in result["agreements"])


def test_recently_gives_no_date_and_says_so():
    result = seed("hit-bauman-online-talk")
    assert result["meetings"][0]["date"] is None
    assert any("Recently" in w for w in result["warnings"])


def test_weekdays_count_back_from_the_publication_date():
    text = (
        "Guests visit HIT\n\ndate 2017-05-23\n\nLast Tuesday, a delegation from RWTH Aachen University "
        "visited Harbin Institute of Technology."
    )
    assert parse(text)["delegations"][0]["start"] == "2017-05-16"  # 23 May 2017 was itself a Tuesday
    text = (
        "HIT and RWTH hold a video meeting\n\ndate 2021-12-03\n\nHarbin Institute of Technology and RWTH "
        "Aachen University held a virtual meeting on Thursday."
    )
    assert parse(text)["meetings"][0]["date"] == "2021-12-02"


# -- institutions ---------------------------------------------------------------------------------------


def test_spellings_and_typos_of_one_institution_are_merged_under_the_gazetteer_name():
    haifa = institution(seed("ecnu-haifa-renewal"), "University of Haifa")
    assert {"Haifa University", "Univeristy of Haifa", "Haifa"} <= set(haifa["aliases"])
    assert haifa["country"] == "IL"


def test_a_typo_and_a_word_order_variant_merge_without_the_gazetteer_knowing_the_name():
    result = seed("hit-bauman-online-talk")
    bauman = [i for i in result["institutions"] if "Bauman" in i["name"]]
    assert len(bauman) == 1
    assert {"Moscow Borman State Technical University", "Bauman State Technical University"} <= set(
        bauman[0]["aliases"]
    ) | {bauman[0]["name"]}
    assert names(result) == {"Harbin Institute of Technology", bauman[0]["name"]}


def test_an_acronym_expanded_only_in_the_page_footer_takes_the_full_name():
    result = seed("hust-rwth-key-partnership")
    hust = institution(result, "Huazhong University of Science and Technology")
    assert "HUST" in hust["aliases"] and hust["country"] == "CN"


def test_an_acronym_the_article_defines_beats_the_gazetteer():
    text = (
        "Hanoi University of Technology signed an agreement with Kanto Gakuin University (Japan)\n\n"
        "On March 20th, 2017, Prof. Hoang Minh Son - President of Hanoi University of Science and Technology "
        "(HUST) and Prof. Hiroyoshi Kiku - President of Kanto Gakuin University (KGU) signed an academic "
        "cooperation agreement at HUST campus."
    )
    result = parse(text)
    assert "Huazhong University of Science and Technology" not in names(result)
    hanoi = institution(result, "Hanoi University of Science and Technology")
    assert "HUST" in hanoi["aliases"] and "Hanoi University of Technology" in hanoi["aliases"]
    assert institution(result, "Kanto Gakuin University")["country"] == "JP"  # "(Japan)" in the headline


def test_country_comes_from_the_gazetteer_or_an_explicit_statement_and_is_never_guessed():
    text = (
        "Guests from Taurida National V.I. Vernadsky University visit HIT\n\n"
        "A delegation of 7 people from Taurida National V.I. Vernadsky University, Ukraine, visited Harbin "
        "Institute of Technology. They also met Shuangde University."
    )
    result = parse(text)
    assert institution(result, "Taurida National V.I. Vernadsky University")["country"] == "UA"
    assert institution(result, "Harbin Institute of Technology")["country"] == "CN"
    # a name with no country, no nationality word and no known city in it
    # (the city rule: test_extraction_unseen)
    assert institution(result, "Shuangde University")["country"] is None
    assert institution(result, "Shuangde University")["ror"] is None


def test_institutions_merely_mentioned_in_passing_are_not_listed():
    text = (
        "RWTH delegation visits HIT\n\n"
        "A delegation from RWTH Aachen University visited Harbin Institute of Technology. "
        "HIT has established friendly relationship with Universidad Rey Juan Carlos and Universidad de "
        "Alcalá since 2010. The School of Astronautics and the Office of International Affairs attended."
    )
    assert names(parse(text)) == {"RWTH Aachen University", "Harbin Institute of Technology"}


def test_companies_and_government_bodies_are_kept_as_written():
    text = (
        "Odisha private university signs memorandum of understanding with Vietnam\n\n"
        "Siksha ‘O’ Anusandhan Deemed to be University (SOA) has signed a Memorandum of Understanding (MoU) "
        "here with the Department of Education and Training of Vinh Long province of Vietnam. Three other "
        "separate MoUs were also signed between SOA and Vinh Long University of Technology Education, "
        "University of Cuu Long and Putin Animal Feed Company Limited, on the occasion."
    )
    result = parse(text)
    kinds = {i["name"]: i["kind"] for i in result["institutions"]}
    assert kinds["Putin Animal Feed Company Limited"] == "company"
    assert kinds["Department of Education and Training of Vinh Long province"] == "government"
    assert (
        institution(result, "Department of Education and Training of Vinh Long province")["country"] == "VN"
    )


# -- the unnamed publisher -----------------------------------------------------------------------------


def test_our_school_is_never_given_an_invented_name():
    result = seed("iukl-delegation-visit")
    assert [d["host"] for d in result["delegations"]] == [None]
    assert len(result["institutions"]) == 1
    assert any("not named" in w for w in result["warnings"])


def test_our_school_becomes_the_configured_home_institution():
    result = seed("iukl-delegation-visit", home_institution="Guangxi Home University")
    assert [d["host"] for d in result["delegations"]] == ["Guangxi Home University"]
    assert "Guangxi Home University" in names(result)


# -- people ---------------------------------------------------------------------------------------------


def test_people_are_participants_with_titles_and_institutions():
    people = {p["name"]: p for p in seed("hust-rwth-key-partnership")["people"]}
    assert people["You Zheng"]["institution"] == "Huazhong University of Science and Technology"
    assert people["You Zheng"]["title"] == "President"
    assert people["Ulrich Rüdiger"]["institution"] == "RWTH Aachen University"


def test_bylines_and_credits_are_not_people():
    listed = names(seed("ecnu-haifa-renewal"), "people")
    assert not listed & {"Siyuan Zhang", "Joshua Mayfield", "Wenjun Guo"}
    listed = names(seed("iukl-delegation-visit"), "people")
    assert listed == {"Chen Zhihui", "Ma Shaojian", "Qin Yongling"}  # not the author or the photographer
    listed = names(seed("hust-rwth-key-partnership"), "people")
    assert not listed & {"Zhang Zhanyu", "Luo Xiaofan", "Jiang Jing"}


def test_spelling_variants_of_one_person_are_one_record():
    people = seed("ecnu-haifa-renewal")["people"]
    robin = [p for p in people if p["name"].endswith("Robin")]
    assert len(robin) == 1 and {robin[0]["name"], *robin[0]["variants"]} == {"Rob Robin", "Ron Robin"}


def test_first_name_and_patronymic_is_the_same_person():
    text = (
        "KazNU and TSEU signed a memorandum\n\nRector of Al-Farabi Kazakh National University Zhanseit "
        "Tuimebayev held a meeting with Mukhitdin Kalonov, Vice-Rector of Tashkent State University of "
        "Economics. Rector Zhanseit Konseituly spoke of fruitful cooperation."
    )
    people = parse(text)["people"]
    assert len([p for p in people if p["name"].startswith("Zhanseit")]) == 1


def test_a_shouted_surname_gets_ordinary_capitals():
    text = (
        "Guests visit HENU\n\nA delegation from RWTH Aachen University visited Henan University. Henan "
        "University vice president SUN Junjian met with the guests."
    )
    assert "Sun Junjian" in names(parse(text), "people")


def test_heads_of_state_in_background_sentences_are_not_people():
    text = (
        "Ural Federal University visits HIT\n\nPresident Viktor Koksharov of Ural Federal University visited "
        "Harbin Institute of Technology. He pointed out that in March of this year, during President Xi "
        "Jinping's visit to Russia, President Xi and President Putin signed a joint statement."
    )
    assert names(parse(text), "people") == {"Viktor Koksharov"}


# -- agreements -----------------------------------------------------------------------------------------


def test_signed_and_renewed_agreements_with_their_kinds():
    result = seed("hust-rwth-key-partnership")
    found = {(a["kind"], a["action"]) for a in result["agreements"]}
    assert found == {("partnership", "signed"), ("mou", "renewed"), ("student_exchange", "renewed")}
    assert all(a["date"] == "2022-01-14" for a in result["agreements"])


def test_one_sentence_can_hold_two_agreements():
    text = (
        "Chang'an University Signed Cooperation Agreements with Kyungpook National University\n\n"
        "Recently, President Ma Jian of Chang’an University and President Dongchul Son of Kyungpook National "
        "University signed university cooperation agreements which include MOU and Student Exchange "
        "Agreements."
    )
    kinds = sorted(a["kind"] for a in parse(text)["agreements"])
    assert kinds == ["mou", "student_exchange"]


def test_a_multi_party_signing_is_one_agreement():
    text = (
        "UniMAP, UPM ink MoU with UoS\n\nUniversiti Malaysia Perlis (UniMAP) and Universiti Putra Malaysia "
        "(UPM) have signed a Memorandum of Understanding (MoU) with the University of Surrey (UoS)."
    )
    (agreement,) = parse(text)["agreements"]
    assert parties(agreement) == {
        "Universiti Malaysia Perlis",
        "Universiti Putra Malaysia",
        "University of Surrey",
    }


def test_separate_memoranda_are_one_agreement_per_partner():
    text = (
        "SOA signs MoUs\n\nThree other separate MoUs were also signed between SOA and Vinh Long University "
        "of Technology Education, University of Cuu Long and Putin Animal Feed Company Limited."
    )
    agreements = parse(text)["agreements"]
    assert len(agreements) == 3
    assert all(len(a["parties"]) == 2 and "SOA" in a["parties"] for a in agreements)


def test_a_three_party_agreement_names_all_three():
    result = seed("xjtu-uansr-signings")
    three = [a for a in result["agreements"] if "Pusan National University" in a["parties"]]
    assert len(three) == 1 and len(three[0]["parties"]) == 3
    assert {"Xi'an Jiaotong University", "LGE"} <= parties(three[0])


def test_agreeing_to_sign_is_a_discussed_agreement_and_history_is_no_record():
    text = (
        "UASD delegation visits HIT\n\nPresident of RWTH Aachen University visited Harbin Institute of "
        "Technology. Over the past 30 years, nearly 100 cooperation agreements were signed. "
        "President Han Jiecai of Harbin Institute of Technology agreed to sign the memorandum of "
        "understanding."
    )
    (agreement,) = parse(text)["agreements"]
    assert agreement["action"] == "discussed" and agreement["date"] is None
    assert parties(agreement) == {"Harbin Institute of Technology", "RWTH Aachen University"}


def test_renewal_of_a_memorandum_at_a_meeting():
    (agreement,) = seed("ecnu-haifa-renewal")["agreements"]
    assert (agreement["kind"], agreement["action"]) == ("mou", "renewed")
    assert parties(agreement) == {"East China Normal University", "University of Haifa"}


# -- delegations and meetings ---------------------------------------------------------------------------


def test_an_inbound_delegation_with_its_leader_and_size():
    (delegation,) = seed("iukl-delegation-visit")["delegations"]
    assert delegation["visitor"] == "Infrastructure University Kuala Lumpur"
    assert (delegation["leader"], delegation["leader_title"], delegation["size"]) == (
        "Chen Zhihui",
        "Vice President",
        4,
    )
    assert delegation["mode"] == "in_person"


def test_an_online_meeting_is_not_a_delegation():
    result = seed("hust-rwth-key-partnership")
    assert result["delegations"] == []
    assert {m["date"]: m["mode"] for m in result["meetings"]} == {
        "2022-01-14": "online",
        "2022-01-13": "online",
    }


def test_an_online_talk_is_one_meeting_however_often_the_article_refers_to_it():
    result = seed("hit-bauman-online-talk")
    assert [(m["mode"], m["kind"]) for m in result["meetings"]] == [("online", "talk")]
    assert result["delegations"] == []


def test_an_outbound_trip_to_three_hosts_is_one_delegation_per_host():
    text = (
        "Delegations to Taiwan Universities\n\nFrom May.19th to 23rd, under the invitation of Chinese "
        "Culture University, Providence University and Taipei College of Maritime Technology, the Harbin "
        "Institute of Technology delegation, led by Jing Guiying, visited the three universities."
    )
    hosts = {d["host"] for d in parse(text)["delegations"]}
    assert hosts == {
        "Chinese Culture University",
        "Providence University",
        "Taipei College of Maritime Technology",
    }


def test_a_planned_visit_is_not_a_delegation():
    text = (
        "KFU hosts a delegate\n\nDr. Song Shaowen of Xi'an Jiaotong University visited Harbin Institute of "
        "Technology. The next visit from RWTH Aachen University is scheduled for February 2020."
    )
    visitors = [d["visitor"] for d in parse(text)["delegations"]]
    assert visitors == ["Xi'an Jiaotong University"]


def test_seminar_and_committee_meeting_are_separate_meetings_and_the_location_is_kept():
    kinds = sorted(m["kind"] for m in seed("ecnu-haifa-renewal")["meetings"])
    assert kinds == ["committee", "seminar", "talk"]
    (meeting,) = seed("iukl-delegation-visit")["meetings"]
    assert meeting["kind"] == "symposium" and meeting["location"].startswith("Conference room")


# -- more readings, from short texts written for these tests -------------------------------------------


def test_an_agreement_first_signed_years_ago_is_a_record_of_its_own_dated_by_its_year():
    # extraction-format.md, "An earlier agreement": named or dated, it is a record of its own, `signed`
    text = (
        "SNU renews partnership with University of Tokyo\n\ndate 2019-04-10\n\nSeoul National University "
        "(SNU) and the University of Tokyo renewed their strategic partnership agreement on April 8. The two "
        "universities first signed a general exchange agreement in 1996."
    )
    renewal, earlier = parse(text)["agreements"]
    assert (renewal["kind"], renewal["action"], renewal["date"]) == ("partnership", "renewed", "2019-04-08")
    assert (earlier["action"], earlier["date"]) == ("signed", "1996")


def test_talking_about_extending_an_agreement_is_not_a_signing():
    text = (
        "Kyushu and Chulalongkorn hold a symposium\n\nKyushu University and Chulalongkorn University held a "
        "joint symposium. The two presidents exchanged views on extending their academic exchange agreement."
    )
    assert [a["action"] for a in parse(text)["agreements"]] == ["discussed"]


def test_a_later_sentence_dates_the_agreement_and_tells_how_it_was_signed():
    text = (
        "University of Nairobi and Kyoto University renew student exchange agreement\n\ndate 2022-11-30\n\n"
        "The University of Nairobi (UoN) has renewed its student exchange agreement with Kyoto University, "
        "Japan. The renewal was signed on November 25 by Vice-Chancellor Prof. Stephen Kiama and Kyoto "
        "University President Minato Nagahiro in a video conference."
    )
    result = parse(text)
    (agreement,) = result["agreements"]
    assert agreement["date"] == "2022-11-25"
    assert [(m["mode"], m["date"]) for m in result["meetings"]] == [("online", "2022-11-25")]
    assert result["delegations"] == []


def test_calls_during_a_trip_are_delegations_to_each_host():
    text = (
        "Ural Federal University delegation visits Harbin\n\nFrom October 10 to 15, 2019, a delegation of "
        "five people led by Rector Viktor Koksharov of Ural Federal University visited Harbin Institute of "
        "Technology and Xi'an Jiaotong University. At Xi'an Jiaotong University, the delegation met with "
        "Vice President Zhang Wei."
    )
    result = parse(text)
    hosts = {d["host"] for d in result["delegations"]}
    assert hosts == {"Harbin Institute of Technology", "Xi'an Jiaotong University"}
    assert {d["visitor"] for d in result["delegations"]} == {"Ural Federal University"}
    assert result["delegations"][0]["size"] == 5 and result["delegations"][0]["leader"] == "Viktor Koksharov"


def test_titles_drop_honorifics_and_the_host_is_not_the_delegation_leader():
    text = (
        "Tsinghua and Melbourne sign MoU\n\nOn September 12, 2023, Tsinghua University and the University of "
        "Melbourne signed a Memorandum of Understanding. Professor Duncan Maskell, Vice-Chancellor of the "
        "University of Melbourne, led the Melbourne delegation. Vice President Yang Bin of Tsinghua "
        "University held talks with the Melbourne delegation."
    )
    result = parse(text)
    people = {p["name"]: p["title"] for p in result["people"]}
    assert people["Duncan Maskell"] == "Vice-Chancellor"
    assert all(d["leader"] != "Yang Bin" for d in result["delegations"])


def test_a_heads_of_delegations_mention_is_not_a_delegation_of_the_signatory():
    text = (
        "Lobachevsky University signs agreements with three Chinese universities\n\nOn 15 May, Nizhny "
        "Novgorod State University signed cooperation agreements with Harbin Institute of Technology and "
        "Xi'an Jiaotong University. The documents were signed by Rector Oleg Utkin of Nizhny Novgorod State "
        "University and the heads of the Chinese delegations during a forum in Harbin."
    )
    result = parse(text)
    assert result["delegations"] == []
    assert len(result["agreements"]) == 2  # "agreements with A and B": one per partner


def test_an_acronym_only_the_gazetteer_knows_needs_the_article_to_repeat_it():
    gazetteer = FakeGazetteer(
        entry("Versailles Institute of Public Research", "FR", ["VIPR"]), *GAZETTEER.entries
    )
    text = (
        "RWTH visits HIT\n\nA delegation from RWTH Aachen University visited Harbin Institute of Technology. "
        "They met in the VIPR room of the main building."
    )
    assert names(parse(text, gazetteer=gazetteer)) == {
        "RWTH Aachen University",
        "Harbin Institute of Technology",
    }
    text += " VIPR researchers joined them. The VIPR is a partner."
    assert "Versailles Institute of Public Research" in names(parse(text, gazetteer=gazetteer))


def test_company_and_ministry_names_keep_their_commas():
    text = (
        "SCUT and Huawei sign agreement\n\nOn June 16, 2021, South China University of Technology and Huawei "
        "Technologies Co., Ltd. signed a strategic cooperation agreement. A delegation of the Ministry of "
        "Higher Education, Science and Innovation of the Republic of Uzbekistan headed by Minister "
        "Kongratbay Sharipov visited South China University of Technology. SCUT ranks among the top schools "
        "in China, alongside Peking University."
    )
    result = parse(text)
    ministry = "Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan"
    assert names(result) == {
        "South China University of Technology",
        "Huawei Technologies Co., Ltd.",
        ministry,
    }
    assert institution(result, ministry)["country"] == "UZ"
    (delegation,) = result["delegations"]
    assert (delegation["visitor"], delegation["leader"]) == (ministry, "Kongratbay Sharipov")


def test_a_list_of_names_is_not_one_ministry():
    text = (
        "MoU signed\n\nThe Ministry of Education, Harbin Institute of Technology and RWTH Aachen University "
        "signed a Memorandum of Understanding."
    )
    assert names(parse(text)) == {
        "Ministry of Education",
        "Harbin Institute of Technology",
        "RWTH Aachen University",
    }


def test_a_signing_with_a_place_or_a_ceremony_is_a_signing_meeting():
    text = (
        "HIT and RWTH sign agreement\n\nHarbin Institute of Technology and RWTH Aachen University signed a "
        "collaboration agreement on 3 March 2020 in Aachen."
    )
    (meeting,) = parse(text)["meetings"]
    assert (meeting["kind"], meeting["date"], meeting["mode"]) == ("signing", "2020-03-03", "in_person")
    text = (
        "Our university signs MoU with RWTH\n\nOn April 2, our university and RWTH Aachen University signed "
        "a memorandum of understanding. Rector Ulrich Rüdiger attended the ceremony."
    )
    result = parse(text)
    assert [m["parties"] for m in result["meetings"]] == [["RWTH Aachen University"]]
    assert [a["parties"] for a in result["agreements"]] == [["RWTH Aachen University"]]


def test_a_signing_told_without_place_day_or_signers_is_no_meeting():
    # (named people signing would make it an occasion: extraction-format.md, "A signing meeting")
    text = (
        "HIT signs agreements with RWTH\n\nRecently, Harbin Institute of Technology and RWTH Aachen "
        "University signed a cooperation agreement."
    )
    result = parse(text)
    assert len(result["agreements"]) == 1 and result["meetings"] == []


def test_a_date_printed_above_the_headline_is_the_publication_date_not_the_title():
    result = parse(
        "2023-05-12\n\nHIT and RWTH sign an agreement\n\nHarbin Institute of Technology and RWTH Aachen "
        "University signed an agreement on May 10."
    )
    assert result["article"]["title"] == "HIT and RWTH sign an agreement"
    assert result["article"]["published"] == "2023-05-12"
    assert result["agreements"][0]["date"] == "2023-05-10"


def test_name_particles_stay_inside_a_name():
    result = parse(
        "RWTH hosts guests\n\nA delegation from Harbin Institute of Technology visited RWTH Aachen "
        "University and met Professor Wim de Villiers, Rector of RWTH Aachen University."
    )
    assert "Wim de Villiers" in names(result, "people")


def test_countries_stated_by_a_possessive_a_nationality_delegation_or_a_city_after_the_name():
    text = (
        "Josai signs with Universiti Teknologi MARA\n\nOn October 25, Harbin Institute of Technology formed "
        "an academic exchange agreement with Malaysia’s Universiti Teknologi MARA. The Vietnamese delegation "
        "was led by the Vice-Chairman of the People’s Committee of Vinh Long province, Dr. Nguyen Thi Quyen "
        "Thanh."
    )
    result = parse(text)
    assert institution(result, "Universiti Teknologi MARA")["country"] == "MY"
    assert institution(result, "People’s Committee of Vinh Long province")["country"] == "VN"


def test_a_seminar_after_the_meeting_and_talks_before_the_ceremony_are_meetings_of_their_own():
    text = (
        "Vice President of RWTH Visits HIT\n\nDate: 2019-06-14\n\nOn the morning of June 12th, a delegation "
        "from RWTH Aachen University visited Harbin Institute of Technology. President Han Jiecai met with "
        "the guests. After the meeting, the guests held a seminar with teachers of the School of "
        "Astronautics."
    )
    kinds = sorted((m["kind"], m["date"]) for m in parse(text)["meetings"])
    assert kinds == [("seminar", "2019-06-12"), ("talk", "2019-06-12")]
    text = (
        "HIT and RWTH sign MoU\n\nOn September 12, 2023, Harbin Institute of Technology and RWTH Aachen "
        "University signed a Memorandum of Understanding at a signing ceremony. Before the signing ceremony, "
        "Han Jiecai held talks with the RWTH delegation."
    )
    assert sorted(m["kind"] for m in parse(text)["meetings"]) == ["signing", "talk"]


def test_each_call_of_a_trip_is_its_own_meeting_and_a_date_range_is_not_carried_to_each_call():
    text = (
        "Delegation of Harbin Institute of Technology Visits RWTH and Politecnico di Milano\n\nFrom "
        "September 3 to 7, 2019, a delegation led by Han Jiecai, President of Harbin Institute of "
        "Technology, visited RWTH Aachen University and Politecnico di Milano. At RWTH Aachen University, "
        "Han Jiecai held talks with Rector Ulrich Rüdiger. At Politecnico di Milano, the delegation met with "
        "Rector Ferruccio Resta."
    )
    result = parse(text)
    calls = sorted(tuple(sorted(m["parties"])) for m in result["meetings"])
    assert calls == [
        ("Harbin Institute of Technology", "Politecnico di Milano"),
        ("Harbin Institute of Technology", "RWTH Aachen University"),
    ]
    assert all(m["date"] is None for m in result["meetings"])


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "RWTH visits HIT\n\nA delegation from RWTH Aachen University "
            "visited Harbin Institute of Technology, where they "
            "will discuss joint programmes.",
            [("RWTH Aachen University", "Harbin Institute of Technology")],
        ),
        (
            "RWTH to visit HIT\n\nA delegation from RWTH Aachen "
            "University will visit Harbin Institute of Technology next "
            "month.",
            [],
        ),
        (
            "RWTH to visit HIT\n\nRWTH Aachen University plans "
            "to send a delegation to visit Harbin Institute of "
            "Technology.",
            [],
        ),
        (
            "HIT visits RWTH\n\nPresident Han Jiecai of Harbin Institute "
            "of Technology led a delegation to visit RWTH Aachen "
            "University.",
            [("Harbin Institute of Technology", "RWTH Aachen University")],
        ),
    ],
)
def test_future_visits_are_not_delegations_but_a_later_plan_does_not_cancel_a_visit(text, expected):
    assert [(d["visitor"], d["host"]) for d in parse(text)["delegations"]] == expected


def test_a_hard_wrapped_sentence_is_read_whole():
    text = (
        "RWTH visits HIT\n\nA delegation from RWTH Aachen University visited Harbin Institute\nof Technology "
        "on Monday."
    )
    assert [(d["visitor"], d["host"]) for d in parse(text)["delegations"]] == [
        ("RWTH Aachen University", "Harbin Institute of Technology")
    ]


def test_names_with_an_ampersand_a_possessive_or_a_city_the_gazetteer_knows():
    gazetteer = FakeGazetteer(entry("King's College London", "GB"), *GAZETTEER.entries)
    text = (
        "HIT signs with King's College London\n\nHarbin Institute of Technology signed an MoU with King’s "
        "College London and Texas A&M University."
    )
    result = parse(text, gazetteer=gazetteer)
    assert names(result) == {
        "Harbin Institute of Technology",
        "King's College London",
        "Texas A&M University",
    }
    assert institution(result, "King's College London")["country"] == "GB"
