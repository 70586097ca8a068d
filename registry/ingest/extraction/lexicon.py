"""The lexicon of the reader: every word set and named pattern it reads names, people and their titles
with, in one place.

Plain data: a newcomer adds a head word, a title or a field of study here, with tests in three phrasings.
First the head words and word sets of the name grammar, then the patterns of names.py, institutions.py and
people.py, each under its own heading."""

import re

# Heads that end a name in the languages that put them last ("Ankara Üniversitesi", "Debreceni Egyetem").
SUFFIX_HEADS = {
    "Üniversitesi",
    "Universitesi",
    "Egyetem",
    "Daigaku",
    "Högskola",
    "Yliopisto",
    "Ülikool",
    "Institutet",  # Scandinavian definite forms: "Karolinska Institutet", "Osterby Universitetet"
    "Universitetet",
    # Indian names transliterate "university" in many spellings: "Banaras Hindu Vishwavidyalaya", "Sri
    # Padmavati Mahila Visvavidyalayam"; names.py also reads a misspelt one ("Visvavidylayam")
    "Vishwavidyalaya",
    "Vishwavidyalayam",
    "Visvavidyalaya",
    "Visvavidyalayam",
    "Viswavidyalaya",
    "Viswavidyalayam",
    "Vidyapeeth",
    "Vidyapith",
}
# Head words that make a capitalised phrase an institution name; those of ENGLISH_HEADS end it.
ENGLISH_HEADS = {
    "University",
    "Institute",
    "College",
    "Academy",
    "Polytechnic",
    "Conservatory",
    "Seminary",
} | SUFFIX_HEADS
FOREIGN_HEADS = {
    "Universiti",
    "Universidad",
    "Universidade",
    "Università",
    "Université",
    "Universität",
    "Universitas",
    "Universitet",
    "Universiteit",
    "Uniwersytet",
    "Politecnico",
    "Politechnika",
    "Hochschule",
    "Fachhochschule",
    "Institut",
    "Instituto",
    "Istituto",
    "École",
    "Ecole",
    "Akademie",
    "Kolej",
    "Politeknik",
    "Akademi",
    "Universitatea",
    "Univerzita",
    "Univerzitet",
    "Universitetas",
    "Universitāte",
    "Universitat",  # Catalan, and "Universität" printed without its umlaut
    "Universitaet",
    "Tecnológico",  # "Tecnológico de Monterrey", also printed without its accent
    "Tecnologico",
    "Politécnico",
    "Instytut",
    "Akademia",
    "Escuela",
    "Escola",
    "Scuola",
    "Faculdade",
    "Hogeschool",
    "Högskolan",
    "Sekolah",
}
# The plural trade words a company's name ends on when it is printed without "Ltd." or "Inc.".
COMPANY_TRADES = {"Technologies", "Services", "Systems", "Solutions", "Industries", "Pharmaceuticals"}
# Foundations named in their own language put the head first, like FOREIGN_HEADS: "Fundación X",
# "Fondazione X", "Fundação X", "Fundacja X", "Stiftung X".
FOREIGN_FOUNDATION_HEADS = {"Fundación", "Fundacion", "Fundação", "Fondazione", "Fundacja", "Stiftung"}
# Bodies that are not schools but sign and visit like them: foundations, councils, consortia, unions, banks,
# hospitals, agencies. The grammar reads their names like any other ("Aga Khan Foundation", "National Research
# Council of Thailand", "Coimbra Group Consortium"), but most are sponsors and background ("funded by the X
# Foundation"): institutions.py keeps one only where the article defines an acronym for it or names it as a
# party (beside another institution, after "with", before "signed"...).
BODY_HEADS = {
    "Foundation",
    "Council",
    "Union",
    "Consortium",
    "Alliance",
    "Association",
    "Federation",
    "Network",
    "Society",
    "Trust",
    "League",
    "Agency",
    "Commission",
    "Authority",
    "Bank",
    "Group",
    "Holdings",
    "Corporation",
    "Hospital",
    "Centre",
    "Center",
    "Organization",
    "Organisation",
    # foundations in the languages their names come in: "Fundación X", "Fondazione X", "Fundação X"
    *FOREIGN_FOUNDATION_HEADS,
    # a company's name without its legal form ends on what it makes or does: "Tata Consultancy Services"
    *COMPANY_TRADES,
    # public bodies: "German Academic Exchange Service", "State Administration of Foreign Experts Affairs",
    # "Municipality of Bursa", "Chamber of Commerce of Milan"
    "Service",
    "Administration",
    "Municipality",
    "Chamber",
    # bodies of office-holders: "Committee of Vice-Chancellors of Nigerian Universities", "Conference of
    # Rectors of Academic Schools in Poland", "Japan Committee of Universities for International Exchange"
    # (only with their members named: OFFICE_HOLDER_HEADS)
    "Committee",
    "Conference",
}
# A committee or a conference is a body only of schools or of their heads; else a meeting, or a committee
# of one body or two ("Joint Steering Committee of A and B").
OFFICE_HOLDER_HEADS = {"Committee", "Conference"}
# The members of a body of schools or of their heads: "Council of Rectors of Chilean Universities",
# "Association of Universities and Colleges of Canada".
ALLIANCE_MEMBER_WORDS = {
    "Universities",
    "Colleges",
    "Institutes",
    "Schools",
    "Rectors",
    "Vice-Chancellors",
    "Presidents",
    "Chancellors",
}
# Kinds a name's own words state, over the gazetteer's coarser type (inst33). A body of schools named by its
# members in the plural, opening on them or headed by a body of members, is their association ("Colleges
# Iceland", "Institutes of Design Quillmark", "Velmoran Council of Private Colleges", even where the gazetteer
# types it "other"); a research institute or an academy of sciences does research and teaches no degrees
# ("Ostravian Academy of Agricultural Sciences", typed "government"; "Tarnovian Seaweed Research Institute",
# "Velmoran Institute of Lichen Research"). Not where a school's own head word comes first ("Graduate
# University of the Velmoran Academy of Sciences", "Quillmark University & Colleges") nor in a foundation's,
# a commission's or a ministry's name.
MEMBERS_BODY_HEADS = {
    "Association",
    "Conference",
    "Council",
    "Committee",
    "Union",
    "Consortium",
    "Alliance",
    "Federation",
    "Network",
    "Summit",
}
# The same words in the languages such bodies' own names come in (inst34): "Conférence des Recteurs de
# Velmorie", "Union des Écoles et Collèges d'Orvath", "Conferencia de Rectores de Quillmark". Read only for
# the kind a name states; the name grammar keeps its English sets.
NAME_STATES_MEMBER_WORDS = frozenset(
    ALLIANCE_MEMBER_WORDS
    | {"Universités", "Collèges", "Écoles", "Présidents", "Recteurs", "Universidades", "Rectores", "Reitores"}
)
NAME_STATES_MEMBERS_BODY_HEADS = frozenset(
    {"Conférence", "Conferencia", "Conferência", "Asociación", "Associação", "Consorcio", "Consórcio"}
)
RESEARCH_BODY = re.compile(
    r"\bAcademy of (?:(?!Health |Medical )[A-Z][\w-]+ )*Sciences\b"
    r"|\bResearch Institute\b|\bInstitute (?:of|for) (?:[A-Z][\w-]+ )*Research\b"
)
# A body the gazetteer does not know whose name ends on "Institute", with no school's head word before it
# ("Velmoran Leadership Institute", "Orvath Africa Institute", "Tallis Language Institute"), is a centre, an
# institute of culture or training, or a state's agency, not a school: the tuning sets' gold lists eleven such
# names, none of them a university. "Joint" and a hyphenated pair name a joint institute (read elsewhere).
INSTITUTE_LAST_NO_SCHOOL = re.compile(r"^(?!.*\bJoint\b)(?!\S+-\S+ )(?:[\w.&’'-]+ )+Institute$")
# A school of diplomats the gazetteer does not know ("Velmoran Diplomatic Academy", "Foreign Service Institute
# of Orvath", "Tarnov International Diplomatic Training Institute") is its foreign ministry's, a government
# body, not a university: four such names in the tuning sets' gold, all government (inst34).
DIPLOMATS_SCHOOL = re.compile(
    r"\b(?:Diplomatic|Foreign Service)\b(?:\s+[\w’'-]+)*?\s+"
    r"(?:Academy|Institute|School|College|Centre|Center)\b"
)
NO_STATED_KIND_WORDS = {
    "Foundation",
    "Commission",
    "Agency",
    "Ministry",
    "Department",
    "Government",
    "Embassy",
}
# A body head after a school's name or acronym names a part of that school ("Lund University Foundation",
# "XJTU Health Science Center", "KTH Student Union"), not another institution. Hospitals, banks and consortia
# are bodies of their own ("Seoul National University Hospital").
UNIT_BODY_HEADS = {
    "Council",
    "Union",
    "Centre",
    "Center",
    "Association",
    "Society",
    "Foundation",
    "Group",
    "Network",
}
# What kind of body each head makes, where the gazetteer does not say.
BODY_KINDS = {
    "company": {"Bank", "Group", "Holdings", "Corporation", *COMPANY_TRADES},
    "alliance": {"Consortium", "Alliance", "Association", "Federation", "Network", "League", "Union"},
    "government": {"Agency", "Commission", "Authority", "Administration", "Municipality"},
}
# "The Foundation signed ...", "the ministry's director, A", "a team from the Embassy": a body's head word
# after "the" refers back to the one body of that head the article named before it ("the X of Y" is a name of
# its own). "the university", "the college" and "the school" are left to the readers of the publisher and
# the pair, which know which of several schools is meant.
DEFINITE_BODY_HEADS = (
    "Foundation",
    "Ministry",
    "Embassy",
    "Consulate",
    "Council",
    "Commission",
    "Agency",
    "Association",
    "Society",
    "Federation",
    "Corporation",
    "Bank",
    "Academy",
    "Institute",
    "Hospital",
    "Alliance",
    "Consortium",
    "Authority",
)
DEFINITE_BODY_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his) ("
    + "|".join(f"[{h[0]}{h[0].lower()}]{h[1:]}" for h in DEFINITE_BODY_HEADS)
    + r")\b(?!-|\s+(?:of|for|de)\b)"
)
# Words before a body's name that make it a sponsor or a funder, not a party: "funded by the X Foundation".
SPONSOR_BEFORE = re.compile(
    r"\b(?:fund\w*|sponsor\w*|support\w*|grants?|granted|financ\w*|scholarships?|awards?|awarded|"
    r"donat\w*|endow\w*|under the auspices of|member of|members of|accredit\w*)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# Words around a body's name that make it a party: after "with", "between", "visited", "delegation from",
# "on the part of", "on behalf of", "organised by",
# before "signed", "visited", "hosted" (institutions.py also keeps one coordinated with another institution).
PARTY_BEFORE = re.compile(
    r"\b(?:with|between|visited|visit to|visiting|delegation (?:of|from)|"
    r"representatives? (?:of|from)|hosted by|welcomed by|received by|signed by|from|"
    r"on (?:the )?part of|on behalf of|representing|(?:co-?)?organi[sz]ed by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
PARTY_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has |have |had |also |officially |formally )?"
    r"(?:signed|signs|inked|inks|renewed|renews|visited|visits|hosted|hosts|welcomed|welcomes|received|"
    r"receives|met|meets|agreed|sent|delegation|representatives?|officials?|entered|concluded|partnered|"
    r"will sign|is to sign|held|holds|"
    r"(?:paid|pays|made|makes) (?:a|an) (?:[\w-]+ ){0,2}(?:visit|call)|"  # the visit told as a noun
    r"(?:established|establishes|linked up|links up|teamed up|teams up|partners|collaborates) with|"
    r"established (?:a|an) (?:[\w-]+ ){0,2}(?:relationship|partnership|cooperation|collaboration) with)\b)",
    re.IGNORECASE,
)
# "ACCC and CONIF signed": the other acronym of a pair that is a sentence's subject.
ACRONYM_PAIR_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z][A-Z0-9]{1,7}\b")

# Titles that start a person's name after an institution's: "Shanghai University of Finance and Economics
# President Liu Yuanchun" ends at "Economics".
ROLE_WORDS = {
    "President",
    "Vice-President",
    "Rector",
    "Vice-Rector",
    "Prorector",
    "Pro-Rector",
    "Chancellor",
    "Vice-Chancellor",
    "Pro-Vice-Chancellor",
    "Provost",
    "Dean",
    "Director",
    "Director-General",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Secretary-General",
    "Ambassador",
    "Consul",
    "Consul-General",
    "Professor",
    "Prof",
    "Prof.",
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Vice",
    "Deputy",
    "CEO",
    "Principal",
    "Governor",
    "Mayor",
    "Madam",
    "Sir",
    # "X Registrar A", "X President H.E. B", "X and Hon. C": a title or an honour ends the body's name
    "Registrar",
    "Treasurer",
    "Bursar",
    "Commissioner",
    "Councillor",
    "Councilor",
    "Attaché",
    "H.E.",
    "Hon.",
    "Engr.",
    "Drs.",
    "Hj.",
    "Hjh.",
    "Dato'",
    "Dato’",
    "Datuk",
    "Datin",
}
GOVERNMENT_HEADS = {"Ministry", "Consulate", "Consulate-General", "Embassy", "Government"}
# The divisions a local government is named by ("City of Delaware", "Shanxi Province", "Osaka Prefecture"): a
# name with one of them and no school's head word is that government, not a school.
LOCAL_GOVERNMENT_WORDS = frozenset({"City", "Province", "Prefecture", "County", "Regency", "Governorate"})
COMPANY_HEADS = {
    "Company",
    "Corporation",
    # "X Fabrics Corp.", "X Logistics S.A.": a legal form ends a company's name as "Ltd" does
    "Corp",
    "S.A",
    "Limited",
    "Ltd",
    "Inc",
    "Electronics",
    "GmbH",
    "LLC",
    "PLC",
    "Co",
    "Berhad",
    "Bhd",
    "LLP",
    "JSC",
    "PJSC",
    "AG",
}
ALLIANCE_HEADS = {"Alliance", "Association", "Consortium", "Federation"}
HEADS = ENGLISH_HEADS | FOREIGN_HEADS | GOVERNMENT_HEADS | COMPANY_HEADS | {"School"}
# An acronym with a campus or a number after a hyphen is one name ("USIU-Africa", "KU-8", "NYU-Abu Dhabi"
# reads "NYU-Abu"): the tail is a continent, a country, a known place or a number of members.
_ACRONYM_SUFFIX = re.compile(r"-(\d{1,2}|[A-Z][a-z]{2,})(?=[’']s\b|[^\w’'-]|$)")
CONTINENTS = {"Africa", "Asia", "Europe", "America", "Oceania", "Eurasia", "Arabia"}
# Words of a body of many states or of none ("Central Europe Consortium", "Global Network", "World
# Council"): no one country is its own.
BEYOND_ONE_STATE_WORDS = CONTINENTS | {
    "International",
    "Global",
    "World",
    "Regional",
    "Countries",
    "European",
    "Asian",
    "African",
    "EU",
}
# A one-word name with its head glued to a capitalised opening ("VinUniversity", "NovaCollege"): the
# whole word is the name, its head the word's tail.
_GLUED_HEAD = re.compile(r"[A-Z][a-z]{1,12}(University|Institute|College|Academy|Polytechnic)")
# A head followed by one of these is part of a bigger thing that is not an institution
# ("Sino-German University Presidents' Forum", "University Alliance", "Institute Hospital").
_MODIFIED_BY = {
    "Alliance",
    "Forum",
    "Initiative",
    "Center",
    "Centre",
    "Hospital",
    "Press",
    "Library",
    "Museum",
    "Park",
    "Campus",
    "Presidents",
    "Presidents'",
    "Program",
    "Programme",
    "Project",
    "Association",
    "Consortium",
    "Council",
    "Network",
    "League",
    "Fund",
    "Foundation",
    "Award",
    "Prize",
    "Games",
    "Cup",
    "Festival",
    "Conference",
    "Summit",
    "Town",
    "Station",
    "Road",
    "Street",
    "Avenue",
    "Square",
    "Hotel",
    "Building",
    "Hall",
    "Stadium",
    "Newsletter",
    "News",
    "Magazine",
}
# Nouns a name modifies after "a": "a Tomsk State University delegation" names the university.
_MODIFIED_NOUNS = {
    "delegation",
    "team",
    "group",
    "representative",
    "representatives",
    "official",
    "officials",
    "professor",
    "professors",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "student",
    "students",
    "alumnus",
    "graduate",
    "spokesperson",
    "spokesman",
    "statement",
    "press",
}
# A working group, a committee, a task force or a secretariat named only by what it does ("the Working Group",
# "the Steering Committee", "the Administrative Group", "the Joint Task Force"): a unit of a body or of a
# meeting, with no body of its own, so no institution (extraction-format.md: units are no institutions).
COMMITTEE_HEADS = {"Group", "Committee", "Force", "Taskforce", "Secretariat"}
COMMITTEE_WORDS = {
    "Working",
    "Steering",
    "Organising",
    "Organizing",
    "Administrative",
    "Advisory",
    "Executive",
    "Coordinating",
    "Coordination",
    "Joint",
    "Task",
    "Expert",
    "Study",
    "Research",
    "Technical",
    "Scientific",
    "Management",
    "Standing",
    "Editorial",
    "Academic",
    "Supervisory",
    "Planning",
    "Project",
    "Party",
    "Monitoring",
    "Drafting",
    "Liaison",
    "Implementation",
}
# Words that end the name of a body other than a school ("Viettel Group", "Vietcombank").
_OTHER_BODIES = {
    "Group",
    "Bank",
    "Holdings",
    "Foundation",
    "Council",
    "Agency",
    "Administration",
    "Authority",
    "Commission",
    "Committee",
    "Organization",
    "Organisation",
    "Society",
    "Hospital",
}
_NAME_ENDS = HEADS | _OTHER_BODIES
# Units of an institution, never parties on their own.
_UNIT_START = re.compile(
    r"^(?:School|Institute|College|Faculty|Department|Office|Center|Centre|Division|Unit|"
    r"Laboratory|Lab|Museum|Library|Bureau|Section|Chair|Graduate School|Academy) of\b|"
    r"^(?:Center|Centre|Office|Department|Division|Unit) for\b"
)
_CONNECTORS = {
    "of",
    "for",
    "de",
    "di",
    "del",
    "della",
    "des",
    "du",
    "do",
    "da",
    "dos",
    "das",
    "y",
    "e",
    "und",
    "für",
    "zu",
    "à",  # "Université du Québec à Montréal": the French "in" of a school's campus town
}
# The article a Romance name puts between its connector and the next word: "Universidad de la Frontera",
# "Universidad de las Américas", "Université de la Réunion".
_ARTICLES_AFTER_CONNECTOR = {"la", "las", "los", "le", "les"}
# The calendar's words, one set for every module: capitalised, yet no names.
CALENDAR_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_NAMES = set(CALENDAR_MONTHS)
MONTH_ABBREVIATIONS = {name[:3] for name in CALENDAR_MONTHS} - {"May"}
# Every way a date prints a month, to its number: "March", "Mar", "Sept".
MONTHS = {
    form: number
    for number, name in enumerate(CALENDAR_MONTHS, 1)
    for form in (name.lower(), name[:3].lower())
} | {"sept": 9}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_NAMES = {day.capitalize() for day in WEEKDAYS}
_LEFT_STOP = (
    {
        "The",
        "Ph.D",  # "Oren Vask, Ph.D. Velmora Institute ...": a degree after a name, no word of the next
        "A",
        "An",
        "On",
        "In",
        "At",
        "From",
        "To",
        "By",
        "With",
        "For",
        "Of",
        "And",
        "During",
        "After",
        "Before",
        "Following",
        "Both",
        "This",
        "That",
        "These",
        "Those",
        "Our",
        "Their",
        "His",
        "Her",
        "Its",
        "Recently",
        "Meanwhile",
        "Moreover",
        "However",
        "Also",
        "As",
        "When",
        "While",
        "Under",
        "Between",
        "Among",
        "Since",
        "Last",
        "Next",
        "Today",
        "Yesterday",
        "Dear",
        "Representing",  # "Representing X were A and B": the clause's verb, not a word of X's name
        "Courtesy",  # "Photo: Courtesy X", "Image courtesy of X": a credit, not a word of X's name
        "Pictured",
        "Mr",
        "Mr.",
        "Mrs",
        "Ms",
        "Ms.",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "Professor",
        "President",
        "Vice",
        "Vice-President",
        "Rector",
        "Vice-Rector",
        "Dean",
        "Director",
        "Chairman",
        "Chancellor",
        "Vice-Chancellor",
        "Secretary",
        "Head",
        "Minister",
        "Ambassador",
        "Consul",
        "Deputy",
        "Assistant",
        "Executive",
        "Party",
        "Leaders",
        "Leader",
        "Representatives",
        "Representative",
        "Guests",
        "Guest",
        "Delegation",
        "Delegates",
        "Visits",
        "Visit",
        "Visited",
        "Signs",
        "Signed",
        "Sign",
        "Holds",
        "Held",
        "Hold",
        "Forms",
        "Formed",
        "Renews",
        "Renewed",
        "Attended",
        "Attends",
        "Hosts",
        "Hosted",
        "Meets",
        "Met",
        "Welcomes",
        "Welcomed",
        "Receives",
        "Received",
        "Inks",
        "Inked",
        "Iink",
        "Agreement",
        "Agreements",
        "Memorandum",
        "MoU",
        "MOU",
        "Cooperation",
        "Partnership",
        "Strengthens",
        "Strengthen",
        "Explore",
        "Explores",
        "Discuss",
        "Discusses",
        "Talks",
        "Talk",
        "Launch",
        "Launches",
        "Join",
        "Joins",
        "Sends",
        "Symposium",
        "Seminar",
        "Meeting",
        "Forum",
        "Ceremony",
        "Achieved",
        "Results",
        "Fruitful",
        "Exchanges",
        "Online",
        "Affairs",
        "Big",
        "Stories",
        "News",
        "Newsletter",
        "Chinese-speaking",
        "Three",
        "Two",
        "Four",
        "Five",
        "Several",
        "Many",
        "Other",
        "Some",
        "All",
        "Each",
        "Every",
        "Over",
        "Dezful",
        "Assoc.",
        "Professors",
        "Students",
        "Teachers",
        "Then",
        "Here",
        "There",
        "It",
        "He",
        "She",
        "They",
        "We",
        "You",
        "I",
        "According",
        "Within",
        "Through",
        "Together",
        "Subsequently",
        "Finally",
        "Firstly",
        "Secondly",
        "Lastly",
        "Commencing",
        "Founded",
        "Having",
        "Besides",
        "Faced",
        "Present",
        "Attendees",
        "Participants",
        "Information",
        "About",
        "Educational",
        "Exchange",
        "Academic",
        "Strategic",
        "Key",
        "New",
        "First",
        "Second",
        "Third",
        "Former",
    }
    | MONTH_NAMES
    | WEEKDAY_NAMES
    | MONTH_ABBREVIATIONS
)
# Stop words that also open names of places and of the institutions named after them ("the New Zealand
# Embassy", "New York University", "New South Wales Ministry of Health"): a stop word only as the first word
# of a headline set in title case ("New MoU Signed With ..."); in a sentence, where an adjective is printed
# in small letters, the capital says the word is part of a name.
NAME_OPENING_STOPS = frozenset({"New"})
# A compound that says where a body is, glued before its name: "HCMC-based University of ...", "the
# Prague-headquartered X University". Where it is, not what it is called.
PLACE_COMPOUND_ENDINGS = tuple(dash + word for dash in "-–" for word in ("based", "headquartered"))
# A name that opens on two nations joined by a hyphen: "Portugal-Ruritania Chamber of Commerce",
# "Ruritanian-African Network University", "Freedonia-Ruritania University". The body stands in the first
# nation; the second is the partner it was founded with. (In the tuning sets' answers 5 of 6 such names are
# of the first nation; the sixth, a school the gazetteer knows, never reaches this reading.) The second word
# is a nation, or a continent or region a nation is paired with.
NATION_PAIR_OPENING = re.compile(r"^(?:The\s+)?([A-Z][a-z]+)-([A-Z][a-z]+)\b")
NATION_PAIR_REGIONS = frozenset(
    {"African", "Asian", "European", "Arab", "Latin", "Pacific", "Nordic", "Baltic", "Caribbean", "Eurasian"}
)
# A body named for its members of one nation: "Association of Ruritanian Universities", "Conference of
# Rectors of Freedonian Universities", "Federation of Ruritanian Industries". It is of that nation (6 of 6
# such names in the tuning sets' answers), whatever nations the article names beside it.
NATION_OF_THE_MEMBERS = re.compile(
    r"\bof\s+(?:the\s+)?([A-Z][a-z]+)\s+(?:Universities|Colleges|Schools|Rectors|Presidents|Vice-Chancellors"
    r"|Industries|Industry|Chambers|Employers|Exporters|Manufacturers|Companies|Enterprises|Teachers"
    r"|Engineers|Scientists|Academies|Institutions)\b"
)
# A sentence's last word glued to a name by its full stop ("... signed the MoU.Velmora University will
# ..."): the name opens after the stop. Not "St." nor "Mt." ("St.Petersburg"), nor initials ("U.S."): the
# word before the stop has a small letter.
GLUED_SENTENCE_END = re.compile(r"(?!(?:St|Mt)\.)[A-Za-z]*[a-z][A-Za-z]*\.(?=[A-Z][a-z]{2})")
# A word with a dash glued to it and a space after ("Velmora- Harbourside University"): a dateline or a
# heading's place run into the name, no word of it.
DASH_ENDINGS = ("-", "–", "—")
# A nationality word before a common noun for schools: "with a Chilean university", "five Peruvian
# universities", "Norwegian institution to train ...", "Top Chilean Colleges" (a headline). The phrase
# describes the schools the article names elsewhere, so it gives their country. (The capital opens the pattern
# and the word boundary before it is a lookbehind after it: the engine then skips to the next capital.)
NATIONALITY_SCHOOLS = re.compile(
    r"(?P<nation>[A-Z](?<!\w[A-Z])[a-z]+(?:\s[A-Z][a-z]+)?)\s+"
    r"(?P<noun>(?i:universit(?:y|ies)|institutions?|colleges?|varsit(?:y|ies)))\b"
)
# A place a trip goes to: "during a visit to Ruritania", "on their tour of Freedonia", "before returning
# to Ruritania", "the delegation visited Ruritania", "the group toured Freedonia". The country it names is
# where a school went or comes from, not its own.
TRAVEL_DESTINATION = re.compile(
    r"\b(?:(?:visit(?:s|ed|ing)?|trip|tour|travel(?:l?ed|s)?|journey|return(?:s|ed|ing)?)\s+"
    r"(?:[a-z]+\s+){0,2}(?:to|of|through)|(?i:visited|visiting|toured|touring))\s+(?:the\s+)?"
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)
# A nationality before people: "the Vietnamese guests", "our Ruritanian colleagues", "the Korean side". It
# tells where the people come from (mostly the guests), not where a school they are named beside is.
NATIONALITY_OF_PEOPLE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?=(?:guests?|colleagues?|delegation|delegates?|visitors?|students?|side|partners?"
    r"|counterparts?|participants?|team|group|experts?|scholars?|teachers?|educators?)\b)"
)
# The nationality coordinated before the phrase's own: "Chilean and Peruvian universities".
NATIONALITY_BEFORE_AND = re.compile(r"\b([A-Z][a-z]+)\s*(?:,|and|&)\s*$")
# The words that open a verb's object in a headline: "X Widens the Reach of ...", "X Opens Its Doors".
# A capitalised word in "-s" just before one is the headline's verb, not a plural that ends a name ("...
# of Applied Sciences"): a name's plural is never followed by an article or a possessive pronoun.
HEADLINE_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "The", "A", "An", "Its", "Their"})
# Words that do not tell one institution from another.
GENERIC_WORDS = {
    "university",
    "universiti",
    "universities",
    "of",
    "the",
    "and",
    "for",
    "in",
    "at",
    "state",
    "national",
    "federal",
    "technical",
    "technology",
    "technological",
    "science",
    "sciences",
    "research",
    "applied",
    "institute",
    "college",
    "academy",
    "polytechnic",
    "international",
    "higher",
    "education",
    "school",
    "named",
    "after",
    "deemed",
    "to",
    "be",
    "&",
    "normal",
    "medical",
    "open",
    "public",
    "private",
    "new",
}

# Words that end institution names; a capitalised word after an "of" phrase that is not one of them,
# right after a title, is a person's name ("Director of ... of X University of Technology Kourosh Attarian").
NAME_WORDS = {
    "Technology",
    "Technologies",
    "Science",
    "Sciences",
    "Arts",
    "Economics",
    "Engineering",
    "Medicine",
    "Education",
    "Studies",
    "Agriculture",
    "Law",
    "Management",
    "Communications",
    "Communication",
    "Transport",
    "Languages",
    "Research",
    "Design",
    "Music",
    "Business",
    "Finance",
    "Commerce",
    "Pharmacy",
    "Health",
    "Humanities",
    "Industry",
    "Mines",
    "Forestry",
    "Fisheries",
    "Aeronautics",
    "Astronautics",
    "Telecommunications",
    "Petroleum",
    "Architecture",
    "Physics",
    "Chemistry",
    "Mathematics",
    "Philology",
    "Affairs",
    "Relations",
    "Training",
    "Technique",
    "Culture",
    "Sport",
    "Sports",
    "Tourism",
    "Innovation",
    "Economy",
    "Informatics",
}
# Fields of study and their adjectives: "Tokyo Medical and Dental University" shares one head between two.
FIELD_WORDS = NAME_WORDS | {
    "Medical",
    "Dental",
    "Pharmaceutical",
    "Technical",
    "Agricultural",
    "Technological",
    "Economic",
    "Political",
    "Legal",
    "Language",
    "Literature",
    "Media",
    "Film",
    "Television",
    "Art",
    "Nursing",
    "Veterinary",
    "Marine",
    "Maritime",
    "Aerospace",
    "Mining",
    "Textile",
    "Chemical",
    "Electronic",
    "Electrical",
    "Industrial",
    "Commercial",
    "Financial",
    "Normal",
    "Polytechnic",
    "Foreign",
    "Trade",
    "Information",
    "Energy",
    "Gas",  # "Oil and Gas University": two industries share the head
    "Petroleum",
}
# The state or region a ministry is of, after "in": "in the Kurdistan Region", "in the Republic of Tatarstan".
_STATE_OR_REGION = re.compile(r"\b(?:Region|Republic|Kingdom|State|Province|Emirate|Federation|Autonomous)\b")
# Possessives that belong to a name ("King's College London", "Queen's University Belfast"), and the
# groups a name is dedicated to ("... National Women's Teacher Training University", "People's Friendship").
_POSSESSIVE_NAMES = {
    "Women",
    "Children",
    "People",
    "Men",
    "King",
    "Queen",
    "John",
    "Peter",
    "Mary",
    "Paul",
    "Patrick",
    "Stephen",
    "Catherine",
    "Anne",
}

# -- the name grammar (names.py) -------------------------------------------------------------------------

# Every head word the grammar reads a name by: schools, governments and companies, and the other bodies.
GRAMMAR_HEADS = HEADS | BODY_HEADS

# A college, school or faculty named by nothing but what it teaches ("Foreign Languages College", "Business
# School", "Clinical College of <a university>") is a unit of a university, never an institution of its own:
# a school of its own has a place or a person in its name ("London Business School", "Imperial College").
SUBJECT_UNIT_HEADS = {"College", "School", "Faculty"}
SUBJECT_UNIT_WORDS = FIELD_WORDS | {"Clinical", "Social", "Behavioral", "Behavioural", "and", "&", ","}
# The level of study a unit serves: "Graduate School of Engineering" names no school of its own.
UNIT_LEVEL_WORDS = {"Graduate", "Postgraduate", "Undergraduate", "Advanced", "Continuing"}

# What a school's "of" phrase never runs on into: a unit printed after it ("University of X Business School",
# "University of X College of Agricultural Sciences", "University of X Faculty of Law"), or the office or
# outlet that speaks for the school ("according to the University of X Bulletin", "Photo: University of X
# Communications"). The school is the body named; the unit or outlet is no body of its own.
UNIT_TAIL_HEADS = {"School", "College", "Faculty", "Department", "Division", "Office"}
# Adjectives that stop a name's left edge where a headline opens on them ("Academic Exchange ...") but are
# words of a name after a school's head word: "University Academic Alliance in Taiwan".
NAME_ADJECTIVES = {"Academic", "Educational", "Strategic"}
# A national body of schools or of their heads is named with its country after "in": "Conference of Rectors
# of Academic Schools in Poland", "Association of Colleges in Canada" (a school "in Canada" is only located).
NATIONAL_BODY_HEADS = ALLIANCE_HEADS | OFFICE_HOLDER_HEADS | {"Council", "Network", "Union", "League"}
PART_UNIT_HEADS = UNIT_TAIL_HEADS - {"School", "College"}  # "University of X College of Y" may be a body
# Words that say what kind of school a "School" is (its level, its language, its faith) rather than what a
# university's unit teaches: "Ibaraki Nishi High School", "A Higher School", "B Japanese Language School" are
# schools of their own, where "Graduate School" or "Business School" is a university's unit.
SCHOOL_KIND_WORDS = frozenset(
    {
        "High",
        "Higher",
        "Secondary",
        "Primary",
        "Elementary",
        "Middle",
        "Grammar",
        "Language",
        "Christian",
        "Catholic",
        "Islamic",
        "Boarding",
        "Normal",
    }
)
# Of those, the schools that teach below a university's level: their kind is "other".
SCHOOL_BELOW_UNIVERSITY_WORDS = SCHOOL_KIND_WORDS - {"Higher", "Normal"}
OUTLET_WORDS = {"Bulletin", "Communications", "Newsletter", "Newsroom", "Magazine", "Gazette", "News"}

# A token of the names reader: a word (maybe after an opening quote), a number, or any other printed
# character on its own (a bracket, a comma, a lone quote); no space or underscore. Written as the first
# character, then what follows it by what it is (the lookbehinds), so that the pattern opens with one class:
# the engine then steps over the spaces between tokens in a tight loop rather than trying each branch at each
# one. The same tokens as "[‘'\"“]?[^\W\d_][\w’'‘.\-]*|\(|\)|,|;|:|&|\d[\w\-]*|[^\w\s]" (callgrind: a
# seventh fewer instructions to tokenise an article, the old pattern 5% fewer with its branches reordered).
_WORD = re.compile(
    r"[^\s_](?:"
    r"(?<=[^\W\d_])[\w’'‘.\-]*"  # a word
    r"|(?<=[‘'\"“])[^\W\d_][\w’'‘.\-]*"  # a word after its opening quote
    r"|(?<=\d)[\w\-]*"  # a number: "2031", "12th-grade"
    r"|)"  # a sign or a lone quote
)

# A month or a weekday after "in" says when, not which: "the Lebanese University in February 2009".
CALENDAR_WORDS = MONTH_NAMES | WEEKDAY_NAMES

_TITLE_BEFORE = re.compile(
    r"(?:President|Rector|Director|Dean|Head|Chairman|Chancellor|Secretary|Minister|"
    r"Professor|Coordinator|Officer|Manager|Provost|Representative|Advis[eo]r|Ambassador|Consul|Counsell?or|"
    r"Attach[eé]|Envoy)\b",
    re.IGNORECASE,
)

# The place printed right after a name, which tells its country where the gazetteer does not: a city or
# province with its level (", Vinh Long City", ", Gombe State"), a lone place word set off by commas
# ("Federal University of Kashere, Gombe, hosted"), or a town after "in" ("... of Political Science and Law
# in Shanghai"); institutions.py takes a country from it only when the place is known in one country.
_PLACE_AFTER = re.compile(
    r",\s+((?:[A-Z][a-z]+\s+){1,3}(?:City|Province|County|Prefecture|District|Region|Oblast|State))"
    r"(?=[,.;)]|\s+[^\sA-Z]|$)"
    r"|,\s+([A-Z][a-z]{2,})(?=\s*[,.;)]|$)"
    r"|,?\s+(?:(?:based|located|situated|headquartered)\s+)?in\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)"
    r"(?=\s*[,.;)]|\s+[^\sA-Z]|$)"
)

# The place printed right before a name, which is no part of it: a possessive or a "-based" ("Shanghai’s Jiao
# Tong University", "HCMC-based University of Social Sciences"); its country counts as the place after does.
_PLACE_BEFORE = re.compile(r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)(?:[’']s|[-–]based)")

# Heads of bodies named after what they are for, and the endings of the action nouns that say it after "for
# the": "Japan Society for the Promotion of Science", "Agency for the Evaluation of Higher Education".
_PURPOSE_NAMED = BODY_HEADS | GOVERNMENT_HEADS | {"Institute", "Academy"}
_ACTION_NOUN_ENDINGS = ("tion", "sion", "ment", "ance", "ence")
# Endings of abstract nouns no person's name has ("Cooperation", "Development", "Diplomacy"); "-ance" and
# "-ence" are left out: "Lawrence", "Constance".
_ABSTRACT_NOUN_ENDINGS = ("tion", "sion", "ment", "acy", "ship")

_COMPANY_TAIL = re.compile(r"\.?(?:,?\s*(?:Co|Ltd|Inc|Corp|LLC|GmbH|PLC|Limited|S\.A)\b\.?)+")

_NAME_TAIL = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)?"
)

# "University of the Philippines", "Academy of the Arts": words after "of the" that continue a school's name.
_AFTER_OF_THE = {
    "Republic",
    "People’s",
    "People's",
    "Philippines",
    "West",
    "East",
    "North",
    "South",
    "Arts",
    "Netherlands",
    "Russian",
    "Kyrgyz",
    "Czech",
    "Slovak",
    "United",
    "Punjab",
}

_PLACE_NAME = r"[A-Z][\w’'-]*+(?:\s[A-Z][\w’'-]*+){0,3}"

# "the Universities of Leeds, York and Sheffield": one head word for several names.
_PLURAL_HEADS = re.compile(
    r"\b(Universities|Institutes|Colleges|Academies) of ("
    + _PLACE_NAME
    + r"(?:,\s"
    + _PLACE_NAME
    + r"){0,8},?\s(?:and|&)\s"
    + _PLACE_NAME
    + r")"
)

_SINGULAR = {
    "Universities": "University",
    "Institutes": "Institute",
    "Colleges": "College",
    "Academies": "Academy",
}

# "Ghent and Leuven universities", "the Oxford, Cambridge and Durham Universities": one plural head after a
# list of places.
_PLACE_WORD = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"

# The list is written as its first place word, then ", place" as often as printed, then "and place": the
# same matches as "(place, )* place and place", but opening on the first word's capital, the test of the
# character before it after the capital (as _CAPITALISED_RUN), so that the engine skips from capital to
# capital where a lookbehind first was tried at every position (compared on 230,000 texts: no difference).
_HEADS_AFTER_LIST = re.compile(
    r"([A-Z](?<![\w’'-][A-Z])[\w’'-]+(?:\s[A-Z][\w’'-]+)?(?:,\s" + _PLACE_WORD + r")*"
    r",?\s(?:and|&)\s"
    + _PLACE_WORD
    + r")\s(universities|Universities|institutes|Institutes|colleges|Colleges)\b"
)

_ADJECTIVE_ENDINGS = ("ese", "ish", "ian", "ean", "can", "ic", "ern")

# A state's department named by its portfolio ("the Department of Foreign Affairs", "State Department for
# Agricultural Research (SDAR)", "Department of Biotechnology (DBT), India"): a government body, where a
# university's "Department of Physics" is a unit. Its first word (STATE_DEPARTMENT_FIELDS), its own acronym
# with its country, or a state's word before it tell.
_GOVERNMENT_DEPARTMENT = re.compile(
    r"\b(?:(?:State|Federal|National|Provincial|Municipal) )?Department (?:of|for) (?P<fields>[A-Z][\w’'-]*"
    r"(?: (?:and|of|for|&) [A-Z][\w’'-]*| [A-Z][\w’'-]*)*)(?P<acronym> \([A-Z][A-Za-z]{1,7}\))?"
)
# The office of a head of state or government, named by its country: "the Presidency of the Republic of
# Ghana", "the Office of the President of Kenya", "the Prime Minister's Office of Nepal". A government body;
# "the Office of the President of Lund University" is a university's office (the place is no country).
HEAD_OF_STATE_OFFICE = re.compile(
    r"\b(?:Presidency|Office of the (?:Vice[- ])?President|Office of the Prime Minister|"
    r"(?:Vice[- ])?President[’']s Office|Prime Minister[’']s Office) of (?:the )?"
    r"(?:(?:(?:Federal|People[’']s|United|Islamic|Democratic|Socialist) )*Republic of (?:the )?)?"
    r"(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
)
# A department's owner printed before it: "the university's", "Lund University", "its".
_DEPARTMENT_OWNER_BEFORE = re.compile(
    r"(?:[’']s|\b(?:University|College|Institute|School|its|their|our))\s+(?:the\s+)?$"
)
STATE_DEPARTMENT_FIELDS = {
    "Foreign",
    "Home",
    "Internal",
    "Interior",
    "Culture",
    "Tourism",
    "Sports",
    "Sport",
    "Labour",
    "Labor",
    "Trade",
    "Commerce",
    "Industry",
    "Defence",
    "Defense",
    "Finance",
    "Justice",
    "Transport",
    "Information",
    "Immigration",
    "Agriculture",
    "Agricultural",
    "Planning",
}

_PROVINCE_DEPT = re.compile(
    r"\b(?:Department|Bureau|Commission) of [A-Z][\w ]*?(?:of|in) [A-Z][\w ]*? "
    r"(?:province|Province|city|City|county|prefecture)\b"
)

_COMMITTEE = re.compile(r"\bPeople[’']s Committee of [A-Z][\w ]*? (?:province|Province|city|City)\b")

# A country's national body named by its sector and the country, with no head word: "Universities Canada",
# "Universities UK International", "Education New Zealand", "Study Australia", "Research Ireland"; the
# universities' association, or the government's agency. (names.py keeps it where the country part is a
# country's name and no capitalised word or "of" comes before: not "Ministry of Higher Education Malta".)
NATIONAL_SECTOR_KINDS = {
    "Universities": "alliance",
    "Education": "government",
    "Study": "government",
    "Research": "government",
}
_NATIONAL_SECTOR_BODY = re.compile(
    r"(?<![\w’'-])(Universities|Education|Study|Research) ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})"
)

# A local government's body named by its place and level first: "Hunan Provincial Department of Education",
# "Nghe An Provincial People's Committee", "Gwangju Metropolitan Government", "the Foreign Affairs Office of
# the Fujian Provincial People's Government"; a unit of a people's government named by its office: "Foreign
# Affairs Office of the People's Government of Fujian Province".
_LEVELLED_BODY = (
    r"(?:Provincial|Municipal|Metropolitan|Prefectural|Regional|District|County)\s+(?:People[’']s\s+)?"
    r"(?:Department|Bureau|Commission|Committee|Government|Office|Council|Congress)\b"
)
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w’'-])(?:(?:[A-Z][\w’'-]*\s+){1,4}(?:Office|Department|Bureau|Commission)\s+of\s+the\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){1,3}"
    + _LEVELLED_BODY
    + r"(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,5})?|"
    r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+){1,4}(?:Office|Department|Bureau|Commission)\s+of\s+the\s+People[’']s\s+"
    r"Government\s+of\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:Province|province|City|city|Municipality)\b"
)

# A local government in small letters, named by its place and its level: "the Brookmere county government",
# "Tandor Wetan (Tawet) regency goverment" (a typo), "the government of the northern Tandor province". The
# level is a word of administrative divisions, so "the university government" or "the national government"
# (no place) name none.
LOCAL_LEVELS = r"county|regency|province|provincial|prefecture|prefectural|municipal|city|district|state"
_LOCAL_GOVERNMENT_IN_SMALL_LETTERS = re.compile(
    r"(?<![\w’'-])(?P<place>(?:[A-Z][\w’'-]*\s+){1,4})(?:\((?P<acronym>[A-Z][\w’'-]*)\)\s+)?"
    r"(?P<level>(?:" + LOCAL_LEVELS + r"))\s+govern?ment\b|"
    r"\bgovernment\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w’'-]*\s+){1,3}"
    r"(?:province|county|prefecture|regency|state)\b"
)

# A company written with its legal form in front of its quoted name: LLP "Huawei Technologies Kazakhstan".
_LEGAL_FORM_FIRST = re.compile(
    r"\b(?:LLP|LLC|JSC|PJSC|OJSC|CJSC|OOO|TOO|Ltd\.?)\s+[\"“«]([A-Z][^\"”»]{1,80})[\"”»]"
)

# Starts only at the start of a word and takes each word whole (possessive), so a long run of letters is read
# once, not once per letter.
_PAREN_DEF = re.compile(
    r"(?<![\w’'.\-])((?:[A-Z][\w’'.\-]*+\s++(?:(?:of|and|for|the|de)\s++)*+){1,8})"
    r"\(\s*+([A-Za-z]{2,8})\s*+\)"
)

_PAREN_ACRONYM = re.compile(r"\(\s*([A-Za-z]{2,8})\s*\)")
# The words of a programme or a document, in the phrase an acronym in brackets stands for or straight
# after the bracket: "a Joint Work Agreement (PKR)", "the Free Study Campus (KMBT) programme", "Mobility
# Programmes for ... (EMPX)". Such an acronym, in any language, names no institution (names.py, inst33).
PROGRAMME_WORDS = {
    "Agreement",
    "Program",
    "Programs",
    "Programme",
    "Programmes",
    "Project",
    "Scheme",
    "Initiative",
}
# ...the programme's own word, not a unit of a body ("the network (VPU) project office" stays the body's).
PROGRAMME_AFTER = re.compile(
    r"\s+(?:program|programme|project|scheme|initiative)s?(?=\s*[,.;:)]|\s+(?:and|of|for|in|with|to|that|which)\b)",
    re.IGNORECASE,
)

# The words after a body's name that make the whole a programme's or an event's name ("the X University
# Scholarship", "X Government (MEXT) Scholarships", "World University Rankings", "X University Leaders
# Dialogue"): up to two capitalised words, a bracket before them, and the programme's own noun.
NAMES_A_PROGRAMME_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:Scholarships?|Rankings?|Fellowships?|Awards?|Prizes?|Dialogue)\b"
)

# "Indonesian Minister of Higher Education, Science and Technology", "the minister for education": a
# minister's title names the ministry the minister acts for (names.py reads it as that ministry where the
# article names no ministry of those fields). The fields run through commas and "and" while they are
# portfolio words.
_MINISTER_OF = re.compile(
    r"\b(?:(?P<nation>[A-Z][a-z]+)\s+)?(?:(?:Deputy|Acting|Vice|Assistant|deputy|acting|vice)[\s-]+)?"
    r"(?<!Prime )[Mm]inister\s+(?P<link>of|for)\s+(?:the\s+)?"
    r"(?P<fields>[A-Za-z]+(?:(?:,\s+(?:and\s+)?|\s+and\s+|\s+)[A-Za-z]+){0,7})"
)
# The words a ministry's portfolio is named with, besides the fields of study (FIELD_WORDS): those of a
# state department's ("Commerce", "Industry", "Foreign"), and the words portfolios are listed with ("Minister
# of Commerce, Industry, and Investment", "Minister of Foreign Affairs and International Cooperation").
PORTFOLIO_WORDS = STATE_DEPARTMENT_FIELDS | {
    "Investment",
    "Cooperation",
    "International",
    "Higher",
    "Scientific",
    "Science",
    "Foreign",
    "Affairs",
    "Youth",
    "Labour",
    "Labor",
    "Digital",
    "Development",
    "National",
    "Public",
    "Vocational",
    "Employment",
    "Environment",
    "Agriculture",
}

# -- grouping an article's institutions (institutions.py) ------------------------------------------------
# "the university's rector B", "the institute's director B": a possessive of the institution just named.
_THE_UNIVERSITYS = re.compile(
    r"\b[Tt]he (?:[a-z]+ )?(?:university|institute|college|academy)[’']s\s+(?:[\w-]+\s+){1,5}$"
)
# A diplomatic mission's name, and the envoy who heads one: "Ambassador of France to Senegal".
_MISSION = re.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Embassy|Consulate|High Commission)\b")
_ENVOY_OF = re.compile(
    r"\b(?i:ambassador|consul(?:[\s-]general)?|high commissioner|charg[ée] d[’']affaires)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
# The city a mission is in: "Embassy of France in Dakar" is the "French Embassy" of the same article.
_MISSION_CITY = re.compile(r"^((?:Embassy|Consulate|High Commission|Mission)\b.*?)\s+in\s+[A-Z][\w’'. -]*$")
# A mission's parts however it is printed: "U.S. Embassy", "United States Embassy in Abuja", "Embassy of
# the United States in Abuja", "German Consulate General in Almaty": its kind, the words naming its state, its
# city.
# A mission named in small letters after its state's nationality or possessive: "cooperation with Turkish
# embassy", "proceeded to Russia’s embassy in Ulaanbaatar" (names.py checks the state word).
_MISSION_IN_SMALL_LETTERS = re.compile(
    r"\b(?P<state>[A-Z][a-z]+)(?P<possessive>[’']s)?\s+(?:embassy|consulate(?: general)?|high commission)\b"
    r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s,.;:)]|$))?"
)

_MISSION_PARTS = re.compile(
    r"^(?:the\s+)?(?P<sender>.*?)\s*\b(?P<kind>Embassy|Consulate(?:[ -]General)?|High Commission)\b"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z].*?)?(?:\s+in\s+(?:the\s+)?(?P<city>[A-Z][\w’'. -]*))?$"
)

# An acronym printed once and never spelt out, in a place only a body stands ("USAID senior education
# advisor", "ACOMVETS' Chief Executive Officer", "a delegation from UESTC", "between TSUOS and Turksoy",
# "Japan's education ministry MEXT"): the employer of a title, the side a group comes from, one of two sides,
# a body's own name.
_ACRONYM_ROLE_WORD = (
    r"(?:President|Vice[- ]President|Rector|Vice[- ]Rector|Pro[- ]?Rector|(?:Pro-)?Vice[- ]Chancellor|"
    r"Chancellor|Provost|Dean|Director(?:[- ]General)?|Chairman|Chairwoman|Chairperson|"
    r"Secretary(?:[- ]General)?|"
    r"Chief Executive|Officer|Advis[eo]r|Commissioner|Registrar|Principal|Council member|Board member|"
    r"spokes(?:man|woman|person))"
)
# Before the title: the possessive, a place ("USAID India"), at most four small words of the title's field
# ("senior science and technology advisor"), none a word that opens a clause, and the title's own capitalised
# words ("Chief Executive Officer"); not a person's name ("MP Malahat Ibrahimgizi and ASOIU Vice-Rectors").
ACRONYM_ROLE_AFTER = re.compile(
    r"(?:[’']s?)?\s+(?:[A-Z][a-z]+\s+)??(?:(?!(?:the|a|an|its|their|his|her|to|with|of|in|on|at|by|is|was|has|"
    r"have|had|will|who|which|that|signed|met|and)\b)[a-z][\w-]*\s+(?:and\s+)?){0,4}?(?:[A-Z][\w-]*\s+){0,2}?"
    r"(?i:" + _ACRONYM_ROLE_WORD + r")s?\b(?![\w-])"
)
ACRONYM_PARTY_BEFORE = re.compile(
    r"\b(?i:(?:delegations?|representatives?|officials?|team|leaders?|leadership|staff|experts?)\s+(?:of|from)|"
    r"between|hosted by|welcomed by|received by|signed by)\s+(?:the\s+)?$"
    r"|\b[Bb]etween\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*){0,6}\s+and\s+(?:the\s+)?$"
)
# A body's kind in small letters before its acronym: "the education ministry MEXT", "the agency USAID".
ACRONYM_APPOSED_BEFORE = re.compile(
    r"\b(?:ministry|university|agency|organi[sz]ation|institute|council|commission|foundation|authority|"
    r"college|polytechnic|academy|regulator|association|consortium)\s+$"
)

# Words after a name that make a part of it or a person's title, not a campus: "University of Ghana Medical
# School", "Kyoto University Hospital", "University of Tokyo President".
NOT_A_CAMPUS = {"Hospital", "Clinic", "Centre", "Center", "Press", "Library", "Museum", "Hall", "Campus"}

# The words before a facility shown to a visit's guests: the visit's business already told ("After the
# meeting", "During their visit") and a verb of touring after it in the same sentence. Not "then" or
# "also" alone, which go on to a trip's next host; and a facility where the guests meet someone is a host
# (HOSTED_AFTER).
TOURED_BEFORE = re.compile(
    r"\b(?i:(?:after|following) the (?:meeting|talks|ceremony|signing|discussion)|during (?:the|their|its|"
    r"his|her) (?:visit|stay|tour))\b[^.;]*?\b(?i:visited|toured|had a look at|saw|(?:was|were) shown|"
    r"inspected)\b[^.;]*$"
)
HOSTED_AFTER = re.compile(r"^[^.;]*?\b(?:where|met|meets|talks|signed)\b")

# Capitalised words that stand before "delegation" or "signed" without naming an institution.
_NOT_BRANDS = {
    "This",
    "That",
    "The",
    "Their",
    "Both",
    "Each",
    "Party",
    "Government",
    "City",
    "Provincial",
    "Municipal",
    "Chinese",
    "University",
    "School",
    "College",
    "Official",
    "High",
    "Joint",
    "Business",
    "Trade",
    "Student",
    "Faculty",
    "Youth",
    "Parliamentary",
    "Ministerial",
    "Presidential",
    "Large",
    "Small",
    "Senior",
    "Academic",
    "Cultural",
    "Research",
    "Visiting",
    "Foreign",
    "Also",
    "Which",
    "Who",
}

# First words of names that never stand for the institution alone.
_NOT_SHORT_FORMS = {
    "East",
    "West",
    "North",
    "South",
    "Central",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Saint",
    "Royal",
    "Higher",
    "Free",
    "Open",
    "Capital",
    "Union",
    "United",
    "Peter",
    "King",
    "Hong",
    "Kuala",
    "Ho",
    "Tel",
    "Buenos",
    "Rio",
    "Sao",
    "São",
    "Santo",
    "Abu",
    "Addis",
    "Phnom",
    "Nizhny",
    "Los",
    "Las",
    "San",
    "Santa",
    "Da",
    "Can",
    "Hai",
}

# Words that may follow a one-word name without making it part of a longer name ("Yale Vice-President").
_TITLE_AFTER = (
    r"(?:Vice|President|Rector|Chancellor|Provost|Dean|Professor|Delegation|Team|Signs|Visits|Forms)"
)

# "Josai formed ...", "a Josai delegation": a capitalised word acting like an institution
_BRAND_VERBS = (
    r"(?:[Dd]elegation|[Ff]orm(?:ed|s)|[Ss]ign(?:ed|s)|[Ii]nk(?:ed|s)|[Rr]enew(?:ed|s)|[Vv]isit(?:ed|s)|"
    r"[Hh]osted|[Ww]elcomed)\b"
)
_BRAND_ACTOR = re.compile(
    r"(?:^|[,;]\s*|\b(?:[Aa]n?|[Tt]he|with)\s+)([A-Z][a-z]{3,})(?=\s+" + _BRAND_VERBS + ")"
)
# The capitalised word and the verb that every match of _BRAND_ACTOR holds, without what comes before the
# word: a sentence without them is not searched with _BRAND_ACTOR, whose opening alternatives (the text's
# start, a comma, "the") the engine tries at every position, where this pattern skips from capital to capital
# (over the dev articles 1 sentence in 3 holds one of the verbs, 1 in 10 a capitalised word right before one).
_BRAND_ACTOR_PAIR = re.compile(r"[A-Z][a-z]{3,}\s+" + _BRAND_VERBS)

# A diplomatic mission and the country it represents ("Embassy of the Republic of Belarus in China", "Embassy
# of I.R. Iran": the Islamic Republic in initials).
_MISSION_OF = re.compile(
    r"(?:Embassy|Consulate(?: General)?|Consulate-General|Mission) of (?:the )?(?:I\.\s?R\.\s|"
    r"(?:Socialist |Islamic |Federal |Democratic |Kyrgyz |Czech |Slovak |Arab )?Republic of |"
    r"People[’']s Republic of |Kingdom of |State of |Federation of )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)

# The links of a Romance name printed before an English head ("Ateneo de Manila University", "Colegio de la
# Kelvarra College"): the name takes the capitalised word before them (names.py).
_ROMANCE_LINKS = {"de", "del", "la", "las", "los"}
# The small words that join the parts of a person's name, inside an institution named after the person:
# "Princess Lamya bint Faisal University", "King Rashid bin Omar University", "Johannes van der Meer
# College", "Ateneo de Manila University", "Colegio de la Kelvarra". A run of them between two capitalised
# words keeps the name going.
NAME_LINKS = _ROMANCE_LINKS | {
    "bin",
    "binti",
    "bint",
    "ibn",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "dos",
    "das",
}

# The small words inside a place's name that a school takes whole ("University of Dar es Salaam", "Ras al
# Khaimah", "Dar es Salaam University"): a link only between two capitalised words, where the name runs on
# (names.py).
PLACE_NAME_LINKS = {"es", "al", "el"}  # not "as", an English word: "University of Ghent as Host"
# The regnal number after a ruler's name in a school named after the ruler, printed after the head in the
# foreign order ("University Hassan II of ...", "King Abdullah II School of ...").
REGNAL_NUMBERS = {"II", "III", "IV", "V", "VI", "VII", "VIII"}

# A word printed in capitals, once the quotes and stops around it are stripped (institutions.py: three or more
# in a row are a title quoted in capitals, whose words are no acronyms).
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}")
_QUOTES_AND_STOPS = ",.;:“”\"‘’'()"

# Between two names of one coordination: "X and the Y", "X, Y", "X (XU) and Y".
_JOINED = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")

# "Fern Universität of Hagen" and "Fern University of Hagen": one school, its head printed in two languages.
_UNIVERSITY_IN_ITS_LANGUAGE = dict.fromkeys(
    [
        "universitat",
        "universitaet",
        "universidad",
        "universidade",
        "universite",
        "universita",
        "universiteit",
        "universitet",
        "uniwersytet",
        "univerzita",
        "universitatea",
    ],
    "university",
)

# A nation opening a school's name says its country unless the name says another place: after a comma, "in" or
# "at" ("German University in Cairo"), or after "of"/"for" anything but fields (institutions.py).
_ANOTHER_PLACE_IN_NAME = re.compile(r",|\s(?:in|at)\s")
_FIELDS_TAIL = re.compile(r"\s(?:of|for)\s")
# A country's possessive printed before a name ("with Kenya's X"): where the body is, not a word of its role.
_COUNTRY_POSSESSIVE = re.compile(r"\b([A-Z]\w*(?:\s[A-Z]\w*)?)[’']s\s+$")

# Words that say what a university teaches: a name with them is another school than the same name without.
_FIELD_WORDS = {
    "technology",
    "technological",
    "technical",
    "science",
    "sciences",
    "medical",
    "applied",
    "education",
    "research",
    "polytechnic",
    "normal",
}

# Words that say what sort of school a name is: two names of one city with different ones are two schools.
_KIND_WORDS = _FIELD_WORDS | {
    "state",
    "federal",
    "national",
    "pedagogical",
    "agrarian",
    "agricultural",
    "open",
    "economic",
    "economics",
    "linguistic",
    "international",
}

_EPONYM = re.compile(
    r"\bnamed after (?:(?:academician|academic|professor|prof\.)\s+)?(?:[A-Z]\.\s*)*([A-Z][\w’'-]+)|"
    r"^(?:[A-Z]\.\s*)+([A-Z][\w’'-]+)"
)

# "(?<!\s)" starts the optional spaces at the start of their run only: linear however many spaces there are.
_DEEMED = re.compile(r"(?<!\s)\s*+\(?\bDeemed to be University\b\)?")

# A run of capitalised words, with the small words names have inside: a name the gazetteer may know
# ("Karolinska Institutet", "ETH Zurich", "Sciences Po", "Max Planck Society"). The test of the character
# before the run follows its first capital ("(?<![\w’'.-])[A-Z]" said as "[A-Z](?<![\w’'.-][A-Z])"): a pattern
# that opens with a class lets the engine skip to the next capital, one that opens with a lookbehind is tried
# at every position of the sentence.
_CAPITALISED_RUN = re.compile(
    r"[A-Z](?<![\w’'.-][A-Z])[\w’'&-]*(?:\s(?:(?:of|de|di|du|der|für|for|and|the|&)\s)?[A-Z][\w’'&-]*){0,5}"
)
# One word before a name, read backwards (the text reversed): its joint to what follows (spaces, a comma or
# a dash), then the word, capitalised or a link of names ("Prince of Songkla University").
_WORDS_BEFORE = re.compile(r"(?:\s*(?P<joint>[,–-])\s*|\s+)(?P<word>[\w’'.&]*[A-Z]|fo|ed)(?=\s|$)")
# A head word printed in small letters after a capitalised run ("Benha university"): a name only where the
# gazetteer knows the whole of it exactly.
_LOWER_HEAD_AFTER = re.compile(r"\s(?:university|institute|college|academy)\b")
# The same head words as a word of their own: "... and Keele university" ends the name before "and".
_SMALL_HEADS = frozenset({"university", "institute", "college", "academy"})
# A word that puts an institution after it ("a delegation of X", "signed with X"), never a person's surname.
_AFTER_A_LINK = re.compile(r"\b(?:of|from|with|at|the|and|to|between|by|for|in|visited|hosted)\s*$")
# Two to four capitalised words after a head word, a person's name ("University Mehmet Akif Ersoy").
_EPONYM_AFTER_HEAD = re.compile(
    r" ((?:[A-ZÇŞÖÜİ][a-zçşğöüıâîû]+)(?: [A-ZÇŞÖÜİ][a-zçşğöüıâîû]+){1,3})(?=[\s,.;)]|$)"
)
# Units that a great many universities each have under the same name: printed bare, they tell no
# institution ("the Confucius Institute and Lund University renewed ...": a unit of one of them).
_UNIT_EVERYWHERE = frozenset({"Confucius Institute", "Confucius Classroom"})
# An acronym with a head word after it: "SUSTech University", "KFU Institute".
# ... and "Tawet Regency Government" after "Tandor Wetan (Tawet) regency government": a local government's.
_ACRONYM_AND_HEAD = re.compile(
    r"([A-Z][A-Za-z]{1,9})\s+(?:University|Universiti|Institute|College|Academy|"
    r"(?:(?i:" + LOCAL_LEVELS + r")\s+)?Government)"
)
# Gazetteer names that sign nothing: a programme ("Erasmus+"), a project, a fund.
_NOT_PARTIES = re.compile(r"\+$|\b(?:Programme|Program|Project|Initiative|Fund|Scheme)\b")
# The slots only a body fills, for a capitalised name that neither the grammar nor the gazetteer reads as one
# (a name with no head word): the side a group comes from ("a delegation from X"), either side of "between"
# ("between X and Y") and the side a delegation is named by ("the X delegation"). Not "visited X" (a place),
# "signed by" or "hosted by" (a person), "an MoU with X" (measured: as often a programme or a unit, and a
# held-out set's meetings fell), nor after a funder's word (SPONSOR_BEFORE).
ROLE_SLOT_BEFORE = re.compile(
    r"\b(?i:(?:delegations?|representatives?|officials?)\s+(?:of|from)|between)\s+(?:the\s+)?$"
    r"|\b[Bb]etween\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'-]*){0,6}\s+and\s+(?:the\s+)?$"
)
ROLE_SLOT_AFTER = re.compile(r"(?:[’']s)?\s+delegation\b")
# Words that make a capitalised name in such a slot no body: a programme, a document, an event, a time.
NOT_A_BODY_WORDS = frozenset(
    {
        "Programme",
        "Program",
        "Project",
        "Initiative",
        "Fund",
        "Scheme",
        "Memorandum",
        "Agreement",
        "MoU",
        "MOU",
        "MoA",
        "MOA",
        "Protocol",
        "Conference",
        "Forum",
        "Summit",
        "Congress",
        "Symposium",
        "Week",
        "Day",
        "Festival",
        "Expo",
        "Fair",
        "Award",
        "Awards",
        "Prize",
        "Scholarship",
        "Fellowship",
        "Declaration",
        "Plan",
        "Strategy",
        "Framework",
        "Road",
        "Street",
        "Avenue",
        "Hall",
        "Building",
        "Campus",
        "Park",
        "Square",
        "Year",
        "Partner",
        # a region, not a body
        "Peninsula",
        "Region",
        # a unit of a school, which every school has: no party of its own
        "Office",
        "Department",
        "Faculty",
        "School",
        "Division",
        "Bureau",
        "Executive",
        "Cooperation",
        "Relations",
    }
)

# Names of a unit that every school has, which the gazetteer lists for one of them: "Office of International
# Affairs", "Department of Physics", "School of Medicine".
_GENERIC_NAME = re.compile(
    r"(?:The\s)?(?:Office|Department|School|Faculty|Centre|Center|Division|Institute|College|Library|Museum|"
    r"Hospital|Laboratory|Graduate School)\s(?:of|for)\s.*"
)

# Words before an institution's name that tell a person's past, not the news: "a graduate of X", "who holds a
# PhD from X", "formerly dean at X", "before his appointment was vice-president of X", "worked before at X".
# An institution named only in such clauses takes no part in the article.
CAREER_BEFORE = re.compile(
    r"\b(?:(?:a|an)\s+(?:graduate|alumnus|alumna)\s+of|graduated\s+(?:from|at)|"
    r"(?:holds?|held|obtained|received|earned|completed|did|studied|pursued)\s+(?:(?:a|an|his|her|their)\s+)?"
    r"(?:PhD|Ph\.\s?D\.?|doctorate|doctoral\s+degree|master\S*|bachelor\S*|degree|DPhil|MBA|MSc|BSc)"
    r"(?:\s+(?:degree|studies))?\s+(?:from|at|in)|"
    r"formerly|before\s+(?:his|her|their)\s+appointment|worked\s+(?:before\s+|previously\s+|earlier\s+)?(?:at|for|with)|"
    r"previously\s+(?:served|worked|taught)|(?:a|the)\s+former\s+\w+(?:[\s-]\w+)?\s+(?:of|at))\b[^;.,]{0,80}$",
    re.IGNORECASE,
)

# Words before an institution's name that list a standing tally or earlier partners, not the news: "has 47
# agreements with universities of Spain, among them X", "partners, including X and Y", "has cooperated with X
# since 2010", "ranked alongside X". An institution named only in such lists takes no part in the article.
BACKGROUND_LIST_BEFORE = re.compile(
    r"\b(?:(?:has|have|holds?|maintains?|counts?)\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?\d+"
    r"\s+(?:[\w-]+\s+){0,3}?(?:agreements?|partners?|partnerships?|universities|institutions)|"
    r"(?:cooperates?|collaborates?|works?)\s+(?:today\s+|now\s+)?with\s+(?:more\s+than|over|some|about|nearly)\s+\d+|"
    r"partners?(?:\s+(?:universities|institutions|schools))?,?\s+(?:among\s+them|including|such\s+as)|"
    r"(?:has|have)\s+(?:long\s+)?(?:cooperated|collaborated|worked)\s+with|"
    r"ranked\s+(?:alongside|together\s+with|next\s+to))\b"
    # ...and no news verb between the list's start and the name ("which has 47 partners, signed with X")
    r"(?:(?!\b(?:sign(?:s|ed)|visit(?:s|ed)|receiv(?:es|ed)|host(?:s|ed)|welcom(?:es|ed)|met|meets)\b)"
    r"[^;.]){0,160}$",
    re.IGNORECASE,
)

# A dateline before the first sentence: the place the news was filed from, then a day or a country, then a
# dash or a colon ("BUDAPEST –", "CHIANG MAI, Thailand –", "KUCHING, 13 August 2024 -", "Amman -", "VELMORA:
# ..."; the place in capitals or a known place, which the institution index checks).
DATELINE_PLACE = re.compile(
    r"^\s*(?P<place>(?!(?:[\w.'’-]+\s){0,3}(?:University|Universiti|Institute|College|Academy)\b)"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})"
    r"(?P<rest>(?:,\s*[^,–—()]{1,30}){0,2})(?:\s*\([A-Za-z ]{2,20}\))?\s*(?:--|–|—|-|:)\s"
)

# A lead that tells a visit: its first institution may be the guest, filed from the host's city.
VISIT_IN_LEAD = re.compile(r"\b(?:delegation|visit\w*|arriv\w+|guests?|trip|tour\w*)\b", re.I)

# "the Faculty of Law (FL) of Lakeshore University", "School of Design (SD), Lakeshore University": what joins
# a unit's acronym to the institution the unit belongs to.
# The units that are always part of a larger institution (an "Institute of X" or a "College of X" may stand
# alone): only their acronyms stand for the institution they belong to.
_PART_UNIT_START = re.compile(
    r"^(?:School|Faculty|Department|Division|Office|Unit|Laboratory|Lab|Chair|Section|Graduate School) "
    r"(?:of|for)\b"
)
_UNIT_OF_PARENT = re.compile(r"\s*\(\s*\w+\s*\)\s*(?:,\s*|of\s+|at\s+)(?:the\s+)?")
# A unit printed with the school it belongs to stands for that school: "the Asia Studies Institute of
# Lakeshore University", "the Y Learning Center of the Z Language School", "the Q School of Nursing LSU" (the
# school's own acronym after it). The unit's head words; a school's head words after "of" (or its acronym)
# say whose it is.
UNIT_BEFORE_SCHOOL_HEADS = frozenset(
    {"Institute", "Centre", "Center", "College", "School", "Faculty", "Department", "Office", "Laboratory"}
    | {"Lab"}
)
SCHOOL_AFTER_UNIT_HEADS = (ENGLISH_HEADS | FOREIGN_HEADS | {"School"}) - {"Academy"}
# The link between a unit and its school: "of" for every unit; "at" only for a unit that is always a part
# ("the Department of Optics at X"), since a centre or an institute "at" a school may be a body of its own
# (a joint institute, an academy's institute hosted there).
UNIT_OF_SCHOOL_LINK = re.compile(r"\s+of\s+(?:the\s+)?")
PART_UNIT_AT_SCHOOL_LINK = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")

# -- people and their titles (people.py) -----------------------------------------------------------------

_HONORIFIC = (
    r"(?:Prof\.?|Professor|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Madam|Sir|Ts\.?|Ir\.?|Assoc\.\s*Prof\.?|"
    r"Datuk\s+Seri|Datuk|Dato[’']?|Tan\s+Sri|Encik|Puan|"  # "Encik", "Puan": the Malay Mr and Mrs
    # Spanish "Dra." (a woman doctor) and "Mtro." (a master's degree), Arabic news' "Eng." (an engineer)
    r"Dra\.?|Mtr[oa]\.|Lic\.|Ing\.|Eng\.|"
    # a clergyman's "Rev." and the Russian and Baltic academies' "Academician" ("Acad."): honours, not titles
    r"Rev\.|Reverend|Acad\.|Academician|"
    # a heap of honours before the name: "H.E. Prof. Dr. A", "His Excellency B", "Hon. C", an engineer's
    # "Engr.", the Indonesian "Drs." and "Dra.", a Malay pilgrim's "Hj."/"Hjh.", "Dato' Sri", "Datin", "Tun"
    r"H\.\s?E\.|(?:His|Her)\s+Excellency|Hon\.|Honou?rable|Engr\.|Drs\.|Hjh?\.|Dato[’']?\s+Sri|Datin|Tun)"
)

# "VC", "PVC", "DVC": the (pro-, deputy) vice-chancellor, as news in Africa, South Asia and the UK print it.
_ROLE = (
    r"(?:VP|[PD]?VC|President|Rector(?:\s+Magnificus)?|Chancellor|Provost|Dean|Director(?:-General)?|Head|Chairman|"
    r"Chairwoman|Chairperson|Chair|Secretary(?:-General)?|Sectary|Minister|Ambassador|Consul|Coordinator|Professor|Counsellor|"
    r"Counselor|Officer|Manager|Governor|Mayor|Deputy|Aide|Representative|Attach[eé]|Lecturer|Researcher|Registrar|"
    # public offices and a university's purse: "Commissioner A", "Councillor B", "the Embassy's Chargé
    # d'Affaires C", "Bursar D", "Treasurer E"
    r"(?:High\s+)?Commissioner|Councill?or|Charg[eé]\s+d[’']\s?Affaires|Bursar|Treasurer|"
    # a school's or a company's head under other names: "Principal of X", "X's Chief Executive", "X CEO"
    r"Principal|Chief\s+Executive(?:\s+Officer)?|CEO)"
)

_ROLE_RE = re.compile(r"\b" + _ROLE + r"\b", re.I)
# "Rector of NTX", "Director General of Velmora Neso", "Chief Executive of the Q9": the body a title ends on,
# its words capitalised (a few small joining words between), read where the reader listed no such body.
TITLE_ENDS_ON_A_BODY = re.compile(
    r"\b(?:of|at)\s+(?:the\s+)?(?P<body>[A-Z][\w’'&+-]*(?:\s+(?:(?:of|for|and|de|di|del|da)\s+)?[A-Z][\w’'&+-]*)*)$"
)
# Words that make the end of a title a unit, an office or a field rather than a body of its own ("Director
# of Exchanges", "Head of Student Mobility").
UNIT_OR_OFFICE_WORDS = COMMITTEE_WORDS | {
    "Secretariat",
    "Force",
    "Taskforce",
    "Department",
    "Faculty",
    "Office",
    "School",
    "Division",
    "Centre",
    "Center",
    "Directorate",
    "Bureau",
    "Unit",
    "Programme",
    "Programmes",
    "Program",
    "Programs",
    "Affairs",
    "Relations",
    "Studies",
    "Research",
    "Cooperation",
    "Partnerships",
    "Engagement",
    "Development",
    "Board",
    "Directors",
    "Administration",
    "Planning",
    "Services",
    "Operations",
    "Admissions",
    "Marketing",
    "Communications",
    "Strategy",
    "Governors",
    "Trustees",
    "Council",
    "Committee",
    "Commission",
    "Senate",
    "Library",
    "Hospital",
    "Laboratory",
    "Lab",
    "Institute",
    "College",
    "Graduate",
    "Undergraduate",
    "Global",
    "International",
    "Exchange",
    "Exchanges",
    "Mobility",
    "Alumni",
    "Finance",
    "Admission",
    "Partnership",
    "Communication",
    "Outreach",
    "Protocol",
    "Recruitment",
    "Student",
    "Students",
    "Staff",
    "Human",
    "Resources",
    "Quality",
    "Assurance",
    "Innovation",
    "Enterprise",
    "Entrepreneurship",
    "Internationalisation",
    "Internationalization",
    "Projects",
    "Project",
    "Events",
    "Public",
    "Personnel",
    "Accounts",
    "Audit",
    "Records",
    "Registry",
    "Welfare",
    "Careers",
    "Facilities",
    "Estates",
}
# A title right after a name in a body's slot (ROLE_SLOT_BEFORE): ", vice rector for ...", ", its Dean".
PERSON_APPOSED_AFTER = re.compile(r"\s*,\s*(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?" + r"(?i:" + _ROLE + r")\b")
# ... and a title right before it: "with Rector A B".
TITLE_RIGHT_BEFORE = re.compile(r"\b" + _ROLE + r"\.?\s+$", re.I)
# A capitalised token that is part of a person's name (institutions.py): "by VS Rao, the Vice-Chancellor",
# initials before a surname a title follows after a comma; "Rector Professor Mahmut AK", a short surname in
# capitals after a title and a given name.
SURNAME_AFTER_INITIALS = re.compile(
    r"\s+([A-Z][a-z]+)(?=\s*,\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?i:(?:vice|pro|deputy)[\s-])?(?i:"
    + _ROLE
    + r")\b)"
)
TITLE_AND_GIVEN_NAME_BEFORE = re.compile(r"\b(?i:" + _ROLE + r")\.?\s+([A-Z][a-z]+)\s+$")
# "Chairman of the X Foundation", "the leaders of the X Community", "CEO of X": a body someone is said to head
# or to work for takes part through that person (institutions.py keeps it though it stands as no party).
LED_BODY_BEFORE = re.compile(
    r"\b(?:" + _ROLE + r"s?|leaders?|heads?|CEO|chief)\s+(?:of|at)\s+(?:the\s+)?$", re.I
)

_HONORIFIC_RE = re.compile(r"^" + _HONORIFIC + r"$")
# A surname printed in capitals after an honorific and a given name ("Dr. Maria GONZALEZ", "Prof. Jan
# PEETERS"): the French and Chinese way of printing names, not an acronym beside the person.
SHOUTED_SURNAME_BEFORE = re.compile(r"\b" + _HONORIFIC + r"\s*[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\s+$")
# Only honorifics ("Prof. dr.", "Assoc. Prof. Dr."): no title that says what the person does.
_HONORIFICS_ONLY = re.compile(r"^" + _HONORIFIC + r"(?:\s*" + _HONORIFIC + r")*$", re.I)
# Nothing but honorifics between an institution's name and a person's: "Rector of Y Prof. Dr. Name".
_HONORIFICS_BETWEEN = re.compile(r"[\s,]{0,3}(?:" + _HONORIFIC + r"\s*)+", re.I)
# The same after the acronym the name is given in brackets: "Rector of Y (YU) Prof. Name".
_ALIAS_AND_HONORIFICS_BETWEEN = re.compile(
    r"\s*\([A-Z][A-Za-z]{1,9}\)[\s,]{0,3}(?:" + _HONORIFIC + r"\s*)*", re.I
)
# An honorific's full stop, which does not end the words between an institution and a title it gives.
_HONORIFIC_STOP = re.compile(
    r"\b(?:Prof|Dr|Dra|Drs|Mr|Mrs|Ms|Assoc|Ir|Ts|Mtro|Mtra|Lic|Ing|Eng|Engr|Rev|Acad|Hon|Hjh?|H\.\s?E|"
    r"Capt|Brig|Col|Gen|Maj|Lt|Cdr)\.",
    re.I,
)

_TITLE_WORDS = {
    "president",
    "principal",
    "vice-principal",
    "vice",
    "registrar",
    "vice-president",
    "rector",
    "vice-rector",
    "chancellor",
    "vice-chancellor",
    "provost",
    "dean",
    "director",
    "head",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "secretary",
    "sectary",
    "minister",
    "ambassador",
    "consul",
    "coordinator",
    "professor",
    "prof",
    "prof.",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "assoc",
    "assoc.",
    "deputy",
    "assistant",
    "executive",
    "party",
    "aide",
    "counsellor",
    "officer",
    "manager",
    "governor",
    "mayor",
    "general",
    "former",
    "datuk",
    "seri",
    "dato",
    "sir",
    "madam",
    "representative",
    "third",
    "second",
    "first",
    "senior",
    "associate",
    "special",
    "acting",
    "lecturer",
    "vp",
    "ceo",
    "cto",
    "svp",
    "evp",
    "ts",
    "ts.",
    "ir",
    "ir.",
    # "the Deputy Chief Education Officer", "Chairman Emeritus", "the High Commissioner", "Prof. Hon. A",
    # "Prof Madya Dr B" (the Malay associate professor): words of titles, never of a person's name
    "chief",
    "emeritus",
    "emerita",
    "commissioner",
    "hon",
    "honourable",
    "honorable",
    "madya",
    # "H.E. Prof. Dr. A", "Engr. B", "Drs. C", "Hj. D": honours before a name, never a word of it
    "excellency",
    "engr",
    "drs",
    "hj",
    "hjh",
    "datin",
    # "Cultural Attaché A", "Councillor B", "Chargé d'Affaires C", "Bursar D": titles, never a word of a name
    "attaché",
    "attache",
    "councillor",
    "councilor",
    "chargé",
    "bursar",
    "treasurer",
}

_SPEECH = re.compile(
    r"^\s*(?:,\s*)?(?:also\s+|then\s+|further\s+)?(?:said|says|told|noted|added|stressed|expressed|"
    r"emphasi[sz]ed|remarked|pointed|introduced|welcomed|thanked|hoped|gave|spoke|delivered|"
    r"extended|supported|invited|explained|affirmed|believed|proposed|mentioned|congratulated|"
    r"highlighted|praised|agreed|presented|reviewed|briefed|hosted|chaired|met|visited|"
    r"signed|made|held|led|commended|appreciated|acknowledged|underlined|urged|called)\b"
)

# Verbs between two parties: whoever stands on the other side of one acts for another institution.
INTERACTION = re.compile(
    r"\b(?:welcom\w*|receiv\w*|met|meet\w*|visit\w*|host\w*|talks? with|signed with|greeted|"
    # a trip or an exchange with someone: "A, vice president, traveled to X", "A, exchanging the MoU with B"
    r"invited|travel(?:l)?(?:ed|ing|s)|toured|exchang(?:ing|ed))\b",
    re.I,
)

# "the dean of Keio University, " right before a name
_ROLE_OF_BEFORE = re.compile(
    r"\b((?:(?:Vice|Deputy|Assistant|Executive|vice|deputy)[\s-]+)?"
    + _ROLE
    + r")\s+(?:of|at)\s+(?:the\s+)?[A-Z][^,;:()]{2,80}(?:\s*\([^()]{1,12}\))?,\s*(?:"
    + _HONORIFIC
    + r"\s*)*$",
    re.I,
)

_GIVEN_NAME_MONTHS = {"Jan", "May", "June", "April", "August"}
# "Md. Jarez Miah", "Mohd. Rizal Ahmad": Muhammad printed short, with its full stop, in South and South-East
# Asian names: a word of the name (kept as printed), not a sentence's end.
ABBREVIATED_GIVEN_NAMES = {"Md.", "Mohd.", "Muhd."}

# The capital letters a name may start with, in every Latin alphabet: "Łukasz", "Žalėnienė", "Özçelik".
_CAPITAL_LETTERS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_NAME_TOKEN = re.compile(
    r"[" + _CAPITAL_LETTERS + r"][^\W\d_]*(?:[’'-][^\W\d_]+)*\.?|(?:[A-Z]\.){1,3}|"  # "M.S." too
    # an Arabic article or a patronymic joined to the name: "Wael el-Dessouqy", "Ahmad al-Tamimi", "d'Souza"
    r"(?:al|el|ad|ar|as|ash|at|az|an|ibn|bin|ben|abu|d)[-’'][" + _CAPITAL_LETTERS + r"][^\W\d_]*\.?"
)

_PATRONYMIC = re.compile(r"(?:uly|ovich|evich|ovna|evna|kyzy|qizi|uulu|ogly|oglu)$", re.I)

_BACKGROUND = re.compile(
    r"\b(?:alma mater|joint statement|father|mother|late\b|founded|founder|born in|"
    r"historical|history of)\b",
    re.I,
)

# "its President and Founder, Mr. A", "Founder and CEO B": a founder's title held now, not a founder recalled.
_FOUNDER_AS_TITLE = re.compile(
    r"\b(?:"
    + _ROLE
    + r"|CEO)\s+(?:and|&)\s+(?:co-?)?founder\b|\b(?:co-?)?founder\s+(?:and|&)\s+(?:"
    + _ROLE
    + r"|CEO)\b",
    re.I,
)

_NAME_PARTICLES = {
    "de",
    "van",
    "von",
    "der",
    "den",
    "da",
    "del",
    "della",
    "di",
    "du",
    "dos",
    "das",
    "ter",
    "bin",
    "binti",
    "bint",
    "al",
    "el",
    "la",
    "le",
}

# Lower-case stems of every title and honorific: a cheap test before the title patterns run.
_ROLE_STEMS = (
    "presid",
    "principal",
    "chief",
    "ceo",
    "rector",
    "chancel",
    "provost",
    "dean",
    "director",
    "head",
    "chair",
    "secret",
    "sectary",
    "minister",
    "ambassador",
    "consul",
    "coordinator",
    "prof",
    "counsel",
    "officer",
    "manager",
    "governor",
    "mayor",
    "deputy",
    "aide",
    "representative",
    "attach",
    "lecturer",
    "researcher",
    "registrar",
    "commissioner",
    "councillor",
    "councilor",
    "d'affaires",
    "d’affaires",
    "bursar",
    "treasurer",
    "dr ",
    "dr.",
    "dra ",
    "mtro.",
    "mtra.",
    "lic.",
    "ing.",
    "eng.",
    "mr ",
    "mr.",
    "ms ",
    "ms.",
    "mrs",
    "madam",
    "sir ",
    "datuk",
    "dato",
    "tan sri",
    "vp ",
    "ceo",
)

# "President Ma Jian", "vice president Ella", "Dr Mirnia": a title or honorific right before the name
_TITLE_BEFORE_NAME = re.compile(
    r"((?:(?:former|the|executive|assistant|deputy|vice|vice-|party|acting|third|second|first|senior)[\s-]+)*"
    # "Vice-Chancellor (in-charge) A", "Dean (acting) B": a qualifier in brackets after the title
    r"(?:" + _ROLE + r"(?:\s*\([^()]{1,40}\))?|" + _HONORIFIC + r")(?:\s+" + _HONORIFIC + r")*)\s*$",
    re.I,
)

# "Yarmouk University President, Islam Massad", "The Vice-Chancellor, Prof. Kabiru Bala": a title set off
# from the name by a comma. people.py takes it only where the title opens its clause (the sentence's start,
# "the" after "by", "and", "with", or an institution's name), so "A, vice president of X, B" stays a list.
_TITLE_COMMA_BEFORE_NAME = re.compile(  # "UBC's President and Vice-Chancellor, A": two titles joined
    r"((?i:(?:(?:executive|assistant|deputy|vice|vice-|acting|senior)[\s-]+)*"
    + _ROLE
    + r"(?:\s+and\s+(?:(?:executive|assistant|deputy|vice|vice-|acting|senior)[\s-]+)*"
    + _ROLE
    + r")?)(?:[\s-]+(?:for|of|to)\s+[A-Z][\w ]{2,40}?)?)\s*,\s*(?i:"
    + _HONORIFIC
    + r"\s*)*$"
)
# What may stand before such a title: the start of the sentence or of its opening phrase ("On 3 May"), "the"
# after a word that opens a clause or a verb of speech ("says Partnerships Manager, A"), or "the" opening the
# next item of a list ("A; the Councillor for Culture, B"); a nationality or a body's word may stand between
# ("with Ruritanian Ambassador to Jordan, C", "by the University President, D").
_TITLE_COMMA_LEAD = re.compile(
    r"(?:^|^(?:On|In|At|During|After)\b[^,;.]{0,40}?,?\s+|\b(?:by|and|with|[Ww]hile|[Ww]here|says|said)\s+|"
    r"[;,]\s+(?=(?:[Tt]he|[Ii]ts|[Tt]heir)\s))"
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[A-Z][\w’'-]+\s+){0,2}$"
)

# "included professors Anna Berg and Jan Holm", "deans A, B and C": a plural title before a list of names;
# each name of the list takes the title in the singular.
_PLURAL_TITLE_LIST = re.compile(
    r"\b((?i:professors|doctors|deans|rectors|vice-rectors|vice-presidents|directors|lecturers|researchers))\s+"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
# "Aide to the Rector Yury Nurmeev": a title phrase of capitalised words and "of/the/for/and" before the name
_TITLE_PHRASE_BEFORE = re.compile(
    r"\b((?:(?:Vice|Deputy|Assistant|Executive)[\s-]+)?"
    + _ROLE
    + r"\b(?:\s+(?:[A-Z][\w’'.-]*|\([A-Z][A-Za-z]{1,9}\)|of|the|for|and|to|-|–))*?)\s*$"
)

# "X, President of HUST" / "X the USA Ambassador": a title after the name
_TITLE_AFTER_NAME = re.compile(
    r"\s*(?:,\s*+|\s[-–—]\s*+|(?=the ))(?!and\b|or\b)((?:the )?(?:former )?[^,;.()]*?\b"
    + _ROLE
    + r"\b[^,;()]*?)(?=,|;|\.|\(|\)| and | said| who|\s[-–—]\s|$)",
    re.I,
)

# "Rector of X, Prof. A, Rector of Y, Prof. B": a title that names its institution, read before a name; then
# a comma and another name (honorifics first, or two capitalised words) after the title that follows.
_TITLE_OF_BEFORE_COMMA = re.compile(r"\b(?:of|at)\s+(?:the\s+)?[A-Z]")
_NEXT_NAME_AFTER_COMMA = re.compile(r"\s*,\s*(?:(?:" + _HONORIFIC + r")\s*)*[A-Z][\w’'.-]+\s+[A-Z]")

# "President of HUST" -> "President": the institution after a title, said apart from it
_OF_INSTITUTION_TAIL = re.compile(
    r"\s+(?:of|at|from|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+|$)|of\s+|and\s+)+$"
)

# "led by X", "was represented by X", "welcomed by X": a person after "by".
_BY_PERSON = re.compile(
    r"\b(?:led|headed|represented|accompanied|welcomed|received|greeted|hosted|chaired|signed|attended) by"
    r"(?:\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?)?\s*$"
)

# Between a full name and the institution it comes from: "X from Y", "X of the Y", "X (Y)", "X, from Y"
# (not "X at Y": "received by X at Y" is where).
_JOINT_AFTER_NAME = re.compile(
    r",?\s+(?:from|of)\s+(?:the\s+)?|\s*\(\s*(?:the\s+)?|"
    # "A and B C of X" (two people of X); not "A and Vice President of X B" (X is B's)
    r"\s+and\s+(?:(?:Prof|Dr|Mr|Ms|Mrs)\.?\s+)?(?!(?:Vice|Deputy|Assistant|Executive|Acting|Senior|Pro)\b|"
    + _ROLE
    + r"\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2},?\s+(?:from|of)\s+(?:the\s+)?|"
    r"\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:delegation|group|team|colleagues|party)\s+(?:from|of)\s+"
    r"(?:the\s+)?"
)  # "A and B from Y": both come from Y; "A and his group from Y"

# "Rector A for X and President B for Y": a full name, "for", then the body named right after (people.py).
_FOR_AFTER_NAME = re.compile(r"\s+for\s+(?:the\s+)?")
# What separates the items of a list of people: a comma, a semicolon, a colon, an "and".
_ITEM_SEPARATOR = re.compile(r"[,;:]|\band\b")
# A list item of honours alone before a name: "A, Rector of X, Prof. Dr. B" (its title is B's name only).
_HONORIFICS_ONLY_ITEM = re.compile(r"\s*(?:" + _HONORIFIC + r"\s*)*")
# A word no title printed before a name holds: one in small letters other than the few that join a title's
# words ("Warden of the House for Guests", "Envoy of X to Y").
_A_CLAUSE_WORD = re.compile(r"(?!(?:of|the|for|to|in|at|on|and|de|del|la)$)[a-z][\w’'-]*")
# A title that names its body: "Rector of X", "Dean at Y", "Director for Z".
_OF_A_BODY = re.compile(r"\b(?:of|at|for|to)\s+(?:the\s+)?[A-Z]")
# Where an item of a list ends: its comma or semicolon, or the sentence's end.
_ITEM_END = re.compile(r"[,;]|$")
# What follows a body's name at the end of a title read after a name, when the title is the next holder's:
# "Vice President of X A, Vice President of Y B": honorifics and a name, right after Y (people.py).
_NAME_AFTER_BODY_END = re.compile(
    r"\)?(?:\s*\([A-Z][A-Za-z]{1,9}\))?"  # "Y (YU) B": the acronym in brackets after the body's name
    r"\s+(?:" + _HONORIFIC + r"\s*)*[A-Z][\w’'.-]+(?:\s+(?:[a-z]{2,4}\s+){0,2}[A-Z][\w’'.-]+){0,3}\s*$"
)
# After a body's name, its title, honours and a name: "Y Vice President for Research H.E. Prof. Dr. B".
_TITLE_HONOURS_NAME = re.compile(
    r"\s+(?:[A-Z][\w’'-]*\s+|(?:of|for|and)\s+){1,6}?(?:" + _HONORIFIC + r"\s*)+[A-Z][\w’'-]+"
)
# "A, who heads X", "B, who chairs the X": a relative clause whose verb makes the person the head or the voice
# of the body named right after it (people.py: the person, and the body they act for).
_WHO_HEADS_AFTER = re.compile(
    r"\s*,\s*who\s+(?:(?:currently|also|now)\s+)?(?:heads|headed|leads|led|chairs|chaired|directs|directed|"
    r"runs|ran|represents|represented|presides over|presided over|manages|managed|is in charge of|"
    r"was in charge of)\s+(?:the\s+)?"
)

# "Lund University's rector, ": a title after the possessive, before the name.
_POSSESSIVE_TITLE = re.compile(
    r"(?:’s|'s|\b(?:its|their))\s+((?:(?:new|former|acting|vice|deputy|executive|assistant)[\s-]+)*"
    + _ROLE
    # "its President and Founder, Mr. A": a second title joined by "and", one word
    + r"(?:\s+and\s+[A-Z][\w-]+)?(?:[\s-]+"
    r"(?:for|of)\s+[A-Z][\w ]{2,40}?)?)\s*,?\s*(?:(?:Prof|Dr|Mr|Ms|Mrs)\.?\s*)*$",
    re.I,
)

# "Prof Andre Keet (Deputy Vice-Chancellor: Engagement)", "Dr. Y (Dean of the Faculty of Engineering)": a
# title printed in brackets after the name.
_TITLE_IN_BRACKETS = re.compile(
    r"\s*\(\s*((?:the\s+)?[^()]{0,60}?\b" + _ROLE + r"\b[^()]{0,100}?)\s*\)", re.I
)
# A run of capitalised words inside such a bracket, after the title's first words ("(Senior Manager
# Programmes: ...)"): part of the title, not a person, where a name closes right before the bracket.
_INSIDE_TITLE_BRACKETS = re.compile(
    r"[A-Z][\w’'-]+\s*\(\s*(?:[A-Z][\w-]*\s+)*?(?i:(?:vice|deputy|senior|assistant)[\s-]+)?(?i:"
    + _ROLE
    + r")"
    r"(?:[\s-]+[A-Z][\w-]*)*\s*$"
)
# The verb of the clause a title after a name runs into, which ends the title: "A - Vice Rector paid a visit".
_VERB_AFTER_TITLE = re.compile(
    r"(?:^|\s)(?:paid|visited|signed|met|led|headed|welcomed|received|held|attended|arrived|made|gave|discussed|"
    r"hosted|opened|presented|delivered|thanked|noted|stressed|emphasi[sz]ed|introduced|"
    # the present and the gerund news captions use: "A, the university president hosts B", "A, exchanging ..."
    r"hosts|visits|meets|signs|receives|welcomes|travel(?:l)?ed|exchanging|exchanges)\b"
)
# "who is vice-rector of Y": a relative clause that only says the title.
_RELATIVE_OPENING = re.compile(r"^(?:who|that)\s+(?:is|was|serves as|served as|acts as|is also)\s+", re.I)

# A clause after a name, not an apposition: "while Y was represented by ...", "as Y's rector is ...".
_CLAUSE_NOT_TITLE = re.compile(
    r"^(?:while|whereas|but|as|when|and|or|who|which|whose)\b|\b(?:was|were|is|are|has|have|had|will)\b", re.I
)

# One degree printed after a name as its own word: "M.Pd", "M. Pd", "S.Kom", "M.Si" (Indonesian pages).
_DEGREE = re.compile(
    r"[BMSD]\.\s?(?:Pd|Si|Kom|Hum|Sos|Ag|Psi|Ked|Kes|Kep|Farm|Hut|Sc|Eng|Ed|Phil|IP)\.?|"
    r"(?:ASEAN|APEC)\s+Eng"  # the regional registers of professional engineers: "IPU, ASEAN Eng"
)
# Honours and fellowships printed after a name, as degrees are ("Professor A B, OON, FAS, welcomed ...",
# "Dame C D, DBE, FRS"): national orders (Nigeria's, the United Kingdom's) and academies' fellowships. They
# are letters, not bodies: an acronym printed only there names no institution (institutions.py).
POSTNOMINAL_HONOURS = frozenset(
    {
        # national orders: Nigeria, the United Kingdom and the Commonwealth, Australia
        "GCFR", "GCON", "CFR", "CON", "OFR", "OON", "MFR", "MON", "KBE", "DBE", "GBE", "CBE", "OBE",
        "MBE", "KCMG", "CMG", "KCB", "CB", "JP", "mni", "AC", "AO", "AM", "OAM",
        # fellowships of academies and learned societies
        "FRS", "FRSE", "FBA", "FREng", "FMedSci", "FRSA", "FRCP", "FRCS", "FAS", "FNAS", "FAAS", "FTWAS",
        "FNAE", "FNA", "FASc", "FNASc", "FAA", "FTSE", "FASSA", "FAHA", "FAcSS", "FNSE", "FNIM", "FCA",
        # Indonesian degrees printed without their inner stops, and engineers' registers
        "SH", "MH", "ST", "MT", "SE", "MM", "SP", "MP", "SS", "IPU", "IPM", "IPP",
        # Central European doctorates: "Prof. A B, CSc.", "C D, DrSc."
        "CSc", "DrSc",
    }
)  # fmt: skip
# Degrees and honours printed after a name: "Budi Santoso, M.Sc., Rector of ...", "Anna Berg, PhD, dean of
# ...", and with no comma before the first: "Prof A B AM, Vice-Chancellor, X", "C D Ph.D.,D.Sc., Vice-Rector".
_POSTNOMINAL = (
    r"(?:Ph\.?\s?D|M\.?\s?Sc|B\.?\s?Sc|M\.?\s?A|B\.?\s?A|MBA|M\.?\s?Eng|M\.?\s?Phil|D\.?\s?Phil|"
    r"M\.?\s?Si|M\.?\s?Pd|M\.?\s?Kom|M\.?\s?Hum|M\.?\s?T|S\.?\s?T|FRS|FRCP|DBA|Ed\.?\s?D|"
    # Indonesian degrees, always with a full stop: "S.H.", "SH.", "M.M.", "S.Kom.", "MSc."; engineers'
    # registers: "IPU", "ASEAN Eng"
    r"[SMD]\.\s?[A-Z]?[a-z]{0,4}|[SM][A-Z]{1,2}(?=\.)|[SM][A-Z][a-z]{1,3}(?=\.)|IP[UMP]|(?:ASEAN|APEC)\s+Eng|"
    r"(?:" + "|".join(sorted(POSTNOMINAL_HONOURS, key=len, reverse=True)) + r")\b)\.?"
)
_POSTNOMINALS = re.compile(
    r"(?:\s*,\s*|\s+(?=[A-Z]))" + _POSTNOMINAL + r"(?:\s*,\s*" + _POSTNOMINAL + r")*(?=\s*,)"
)

_TRAILING_HONORIFICS = re.compile(r"(?:\s*\b" + _HONORIFIC + r")+\s*$")

_LEADING_HONORIFICS = re.compile(r"^(?:" + _HONORIFIC + r"\s*)+")

_LAST_ROLE = re.compile(
    r"((?:(?:Vice|Deputy|Assistant|Executive|Former|former|vice)[\s-]+)*" + _ROLE + r")\b[^.,;]*?$"
)

_ABBREVIATED = r"\b(?:Prof|Dr|Dra|Assoc|Mr|Ms|Mrs|Mtro|Mtra|Eng|Ing|Lic|Rev|Acad)\."

_REPRESENTED_BY = re.compile(
    # "X, represented by Rector A, and Y, represented by B": the participle alone, set off by a comma
    r"\)?\s*(?:\([A-Z][\w&.-]{1,11}\)\s*)?(?:(?:,\s*(?:which|who)\s+)?(?:was|were) |,\s*)represented by\b"
    r"(?:[^;.]|" + _ABBREVIATED + r")*$"
)

# "X, led by its rector Y", "X, represented by its Vice President, Dr. Y", "X, where its director, Dr. Y":
# "its" is the institution just named; one comma may stand between the title and the name.
_HEADED_BY_ITS = re.compile(
    r"\)?(?:’s|')?\s*(?:\([^()]*\)\s*)?[^;.]*?(?:\b(?:headed|led|represented) by|,\s*where) (?:its|their)\b"
    r"(?:[^;,.]|" + _ABBREVIATED + r")*(?:,\s*(?:" + _ABBREVIATED + r"\s*)*)?$"
)

_FROM_BEFORE = re.compile(r"(?:^|[;:]\s*)(?:From|On behalf of)\s+(?:the\s+)?$")

_COMMA_CLAUSE = re.compile(r"\s*,(?:[^;.]|" + _ABBREVIATED + r")*$")

# Capitalised words that are never part of a person's name.
# Titles a surname printed in capitals follows that _TITLE_WORDS does not hold ("Prime Minister TAKEVA").
SURNAME_TITLES = frozenset({"Minister", "PM", "Premier", "Governor", "Mayor", "Ambassador"})
# The numbers of offices and deputies ("Vice-Dean II", "Vice Rector IV Office"): capitals that are neither a
# name nor an acronym (the names reader and acronyms.py both skip them).
ROMAN_NUMERALS = ("II", "III", "IV", "VI", "VII", "VIII", "IX")

_NOT_NAME = (
    {w for w in _LEFT_STOP if w not in {"You"}}
    | HEADS
    | NAME_WORDS
    | FIELD_WORDS  # "... Institute of Nordic Literature Olof Lind": a field ends a unit, not begins a name
    | COMMITTEE_HEADS  # "the Working Group", "the Joint Task Force": a unit, no person
    | MONTH_NAMES
    | WEEKDAY_NAMES
    | {
        "Biology",
        "Linguistics",
        "Psychology",
        "Mobility",
        # The last words of a portfolio in a title, never a name: "Vice-Rector for Scientific and Pedagogical
        # Work, Professor A", "Director External Linkages Dr B", "Proxy for Foreign Students Recruitment"
        "Work",
        "Linkages",
        "External",
        "Recruitment",
        "Outreach",
        "Admissions",
        "Engagement",
        "Internationalisation",
        "Internationalization",
        # Words that open a sentence before a title and a name: "Regarding the partner's representative, Mr.
        # A", "Receiving the Vice-Chancellor and his delegation, Prof. B"
        "Regarding",
        "Concerning",
        "Receiving",
        "Welcoming",
        # Adverbs that open a sentence before a comma, a title or a name: "Similarly, Vice-Chancellor B",
        # "Later the president of X" ("Additionally" stays out: a trip "Additionally, President A and his
        # delegation visited X" is read through it where "A" is a two-letter surname no other reading finds)
        "Similarly",
        "Likewise",
        "Furthermore",
        "Moreover",
        "Meanwhile",
        "Subsequently",
        "Afterwards",
        "Later",
        # The parts of the world a region's name ends on: "Officer for Central Asia", "links with Latin
        # America", "the Western Balkans", "Branch of Central Java"
        "Asia",
        "America",
        "Americas",
        "Europe",
        "Africa",
        "Balkans",
        "Oceania",
        "Caribbean",
        "Java",
        # Titles printed before or after a name: "Principal Adviser", "Cultural Counselor", "Principal
        # Fellow", "Deputy Ruler of X" ("Commander" stays out: "Deputy Supreme Commander of the X Armed
        # Forces" then gave the forces as a body and a part of the title as a person)
        "Adviser",
        "Advisor",
        "Counselor",
        "Counsellor",
        "Fellow",
        "Ruler",
        "Magnificus",  # "Rector Magnificus": the Dutch and Flemish rector's title
        # The number of an office or a deputy ("Vice Rector IV Office", "Vice-Dean II"), a degree printed like
        # a word ("A, DTech - Principal") and a plural of a document's acronym ("sign MoUs"): words of a title
        # or a sentence, never a name
        *ROMAN_NUMERALS,
        "DTech",
        "DEng",
        "MoUs",
        "MOUs",
        # Honorifics of address ("His Highness", "Her Excellency", "Their Royal Highnesses"): they stand for
        # a person or before one, never as a word of the name.
        "Highness",
        "Highnesses",
        "Excellency",
        "Excellencies",
        "Majesty",
        "Majesties",
        "Eminence",
        "Holiness",
        "Chinese",
        "Foreign",
        "Ministry",
        "International",
        "Office",
        "Department",
        "School",
        "Faculty",
        "Center",
        "Centre",
        "Board",
        "Committee",
        "Affairs",
        "Relations",
        "Cooperation",
        "Exchange",
        "Student",
        "Students",
        "Unit",
        # Plural nouns of bodies and schemes end a unit's name, never a person's: "Head of Section Scholarship
        # Programmes for Africa Mr. A", "World Association of Chinese Doctors, A".
        "Programmes",
        "Programs",
        "Doctors",
        # Words of titles and of units that stand next to names: "Deputy Prime Minister A", "Ambassador
        # Extraordinary and Plenipotentiary A", "ASOIU Vice-Rectors", "Director, Campus Life Division"
        "Prime",
        "Extraordinary",
        "Plenipotentiary",
        "Division",
        "Section",
        "Directorate",
        "Secretariat",
        "Vice-Rectors",
        "Vice-Presidents",
        "Vice-Chancellors",
        "Rectors",
        "Presidents",
        "Deans",
        "Directors",
        "Vice",
        "Deputy",
        "Assistant",
        "General",
        "Ceremony",
        "Memorandum",
        "Agreement",
        "Understanding",
        "Erasmus",
        "Program",
        "Programme",
        "Initiative",
        "God",
        "Mrs",
        "Higher",
        "Minister",
        "Ambassador",
        "Consul",
        "Embassy",
        "Consulate",
        "Hospital",
        "Medical",
        "Party",
        "Secretary",
        "Chairman",
        "Chairwoman",
        "Chairperson",
        "Rector",
        "Dean",
        "Director",
        "Head",
        "Chancellor",
        "Provost",
        "Professor",
        "Prof",
        "Dr",
        "Mr",
        "Ms",
        "Confucius",
        "Belt",
        "Road",
        "Silk",
        "Science",
        "Sciences",
        "Technology",
        "Engineering",
        "Research",
        "Development",
        "Institute",
        "Welcome",
        "Press",
        "Service",
        "Source",
        "Photo",
        "Photos",
        "Conference",
        "Room",
        "Building",
        "Hall",
        "Hotel",
        "Campus",
        "Sino-German",
        "Sino-Russian",
        "Key",
        "Partnership",
        "Strategic",
        "Joint",
        "Administrative",
        "Newsletter",
        "KU",
        "Her",
        "His",
        "Their",
        "Our",
        "Yours",
        "Council",
        "Alliance",
        "Forum",
        "Universities",
        "PhD",
        "MBA",
        "MSc",
        "BSc",
        "DPhil",
        "Institutes",
        "Colleges",
        "Academies",
        # Words of units, bodies and events that stand before a name or after a place, never in one: "Head of
        # International Cooperation Commission A", "Far East Branch of X", "the Njoro Main Campus", "Director
        # of Global Partnerships", "X Readings" (a conference)
        "Branch",
        "Branches",
        "Commission",
        "Agency",
        "Mission",
        "Services",
        "Partnerships",
        "Projects",
        "Readings",
        "Main",
    }
)

# ====================================================================================================
# THE EVENTS LEXICON: the word sets and named patterns the event readers (agreements.py,
# delegations.py, meetings.py, events.py, parser.py) read with. Plain data: a newcomer adds a trigger word
# here, with tests in three phrasings.
# ====================================================================================================


# -- page text: furniture, credits, datelines, sentence ends (text.py) --------------------------------------

# Lines that credit the people who made the page, not the people in the news.
_CREDIT = re.compile(
    r"^\s*(?:edited|written|proofread|reviewed|translated|compiled|reported|photographed)\s+by\b"
    r"|^\s*(?:source(?:\s+text)?|photos?|photo\s+by|translation|translator|author|editor|photographer|"
    r"proofreader|reviewer|reporter|address|tel|e-?mail|contact|copyright|text|translor)\s*[:：]"
    r"|^\s*\(\s*(?:photos?|photo\s+by|source|credit|image)\s*[:：]"
    r"|^\s*(?:©|\(c\)|copyright\b)|^\s*--\s*[A-Z]+\s*$",
    re.I,
)
# A parenthesis of credits at the end of a paragraph: "(Author: Qin Lijuan, Photographer: Xiao Jia)".
_CREDIT_PAREN = re.compile(
    r"\((?=[^()]*\b(?:Author|Photographer|Proofreader|Reviewer|Editor|Translator|Translor|Written by|"
    r"Photo)\b)"
    r"[^()]*\)",
    re.I,
)
_ONLY_DATE = re.compile(
    r"^[\s\d./:,()|-]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"[\s\d./:,()|-]*)?(?:[ap]m)?\s*$",
    re.I,
)
_DATE_LINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*$", re.I)
# The label of a publication date printed above the headline: "Posted 15 Nov 2023", "Published: May 3, 2023".
_DATE_LABEL_OPENING = re.compile(
    r"^\s*(?:published|posted|date|updated|release (?:time|date)|publication date)(?:\s+on)?\s*[:：]?\s*",
    re.I,
)
# Section labels above a headline ("Big Stories", "News"): short lines with no verb-like content.
_LABEL = re.compile(r"^\s*(?:[A-Z][\w&]*\s*){1,2}$")
# Words a site glues to a following word when it drops spaces ("Universityvisitedour").
_GLUED = re.compile(
    r"\b(University|Universiti|Institute|College|Academy)(?=(?:visited|visit|from|the|our|and|have|has|"
    r"was|were|is|in|to|with|of|signed|held|met|at)(?:[a-z]*)\b)"
)
# Agency datelines carry no names: a place, then a day and/or the agency's tag, then a dash
# ("KUALA LUMPUR, May 27 (Bernama) --", "BEIJING, Dec. 3 (Xinhua) --", "Tehran, Feb 7, IRNA –",
# "HCM City (VNA) –", "KUCHING (April 4):").
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_PLACE = r"(?!(?:[\w.'’-]+ ){0,3}(?:University|Universiti|Institute|College|Academy)\b)" + _PLACE_WORDS
_DISPATCH_DAY = (
    r"(?:[A-Z][a-z]{2,8}(?:\.\s*|\s+)\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s+(?:19|20)\d\d)?"
)
_AGENCY = r"(?:\([A-Za-z ]{2,20}\)|[A-Z]{2,10}\b)"
_DATELINE = re.compile(
    # "19 January 2025, Busan - ...": the day first, then the place
    r"^(?:(?P<lead_day>\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d),\s+(?P<lead_place>"
    + _PLACE_WORDS  # the day before it says it is a dateline: no guard against a name
    + r")\s*(?:--|–|—|-)\s*|"
    r"(?P<place>"
    + _PLACE
    + r")(?:\s*\[[A-Za-z ]{2,30}\])?(?:,\s+(?P<day>"  # "New Delhi [India], November 9 (ANI):"
    + _DISPATCH_DAY
    + r")(?:\s*,?\s*"
    + _AGENCY
    + r")?|\s+\((?:[A-Za-z ]{2,20}|"  # "HCM City (VNA) –"
    + _DISPATCH_DAY
    + r")\))"  # "KOTA SAMARAHAN (April 4):", the day in brackets
    # "Kolkata, Feb 17 (PTI) The ...": a place, a day and the agency's tag in brackets end the dateline
    # with no dash (only with the day: "KFU (Kazan) Signs ..." may be a headline)
    r"(?:\s*(?:--|–|—|-|:)\s*|(?(day)(?<=\))\s+(?=[A-Z])|(?!))))",
    re.M,
)
# An agency's tag glued to the end of the last paragraph ("... Jana Dvořáková.-VNA").
# ... or in brackets: "... the release said. (ANI)".
_TRAILING_TAG = re.compile(r"(?<=[.!?\"”])\s*(?:(?:--|–|—|-)\s*[A-Z]{2,10}|\([A-Z]{2,10}\))[ \t]*$", re.M)
# How every such tag ends its line: two capitals, or a capital and a bracket. text.clean looks for it first:
# the search opens on a capital, which the engine skips to, where the tag's pattern opens on a lookbehind
# tried at every character of the article; and most articles end no line so.
_TAG_AT_LINE_END = re.compile(r"[A-Z][A-Z)][ \t]*$", re.M)
_ABBREVIATIONS = {
    "dr",
    "prof",
    "mr",
    "mrs",
    "ms",
    "st",
    "assoc",
    "asst",  # "Asst. Prof. Dr. Hatibe Deari": an assistant professor, the title before the name
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "ltd",
    "co",
    "corp",
    "jr",
    "sr",
    "e.g",
    "i.e",
    "u.s",
    "dept",
    "ir",  # Indonesian and Malaysian engineers' honorific: "Prof. Dr. Ir. Budi Santoso"
    "dra",  # Spanish honorifics: "Dra. María Ortega", "Mtro. Jorge Camacho", "Lic.", "Ing."
    "mtro",
    "mtra",
    "lic",
    "ing",
    "eng",  # "Eng. Omar Haddad": an engineer, in Arabic news
    "ts",
    "hon",
    "rev",
    "acad",  # "Prof. Acad. A": a member of a national academy of sciences
    "h.e",
    "drs",  # honours before a name: the Indonesian "Drs.", an engineer's "Engr.", a Malay pilgrim's "Hj."
    "engr",
    "hj",
    "hjh",
    "sc",  # "M. Sc.", "B. Sc." after a name
    "ph.d",
    "md",  # "Md. Jarez Miah", "Mohd. Azlan": a given name printed short (ABBREVIATED_GIVEN_NAMES)
    "mohd",
    "muhd",
    "gen",
    "col",
    "capt",
    "lt",
    "gov",
    "sen",
    "univ",
    "sdn",  # "Sdn. Bhd.", "Pte. Ltd.": a company's legal form goes on after the stop
    "pte",
}
# A line that stops on one of these words stops mid-sentence: "... the Rector of" / "Hollandse ...".
_OPEN_END = re.compile(r"\b(?:of|the|a|an|and|for|at|by|from|with|to|in|de|du|des|di|da|do|der|von|van)$")
# The stop is matched, not looked behind for: the engine then scans for it, where a lookbehind first is tried
# at every character. Group 1 is the gap between the sentences.
_SENTENCE_END = re.compile(r"[.!?]([\"”’]?\s+)(?=[\"“‘(]?[A-Z0-9])")
# Runs of spaces of any width (doubled, non-breaking, thin, ideographic) read as one space: two or more in a
# row, or one that is not a plain space. Written to open on the class (then more of it, or the one just read
# if it is not a plain space), not as two alternatives: the engine then skips from space to space, where it
# tried both alternatives at every character (timed on the dev pages with doubled spaces: 53 µs a page, 20).
_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
    r"(?:[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+|(?<=[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]))"
)
# A title or an initial glued to the name after it ("Prof.A. Smith", "Mr.Hachiro Ueno", "A.Smith").
_GLUED_DOT = re.compile(r"\.(?=[A-Z])")  # rare in running text, so the pattern below runs only near one
# A title glued to the name before it by a hyphen: "Mr. Tran Van Trong-Vice Rector", "Ana Ruiz-Dean of Law".
# The word before the hyphen is a name's, not a title's first part ("Vice-Chancellor", "Pro-Rector").
# The pattern opens on the capital, the word boundary and the title's own first words ("Vice-", "Co-") tested
# behind it: the engine then skips from capital to capital, where a boundary first is tried at every word.
_GLUED_TITLE = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]+)-"
    + "".join(f"(?<!{word}-)" for word in ("Vice", "Deputy", "Pro", "Assistant", "Executive", "Acting"))
    + "".join(f"(?<!{word}-)" for word in ("Ex", "Co", "Sub", "Under"))
    + r"(?=(?:Vice|Deputy|Rector|President|Dean|Director|Head|Chancellor)\b)"
)
# A sentence glued to the one before: a word's last three small letters, the stop, a capitalised word.
_GLUED_SENTENCE = re.compile(r"[a-z]{3}\.[A-Z][a-z]")
_GLUED_BEFORE = re.compile(r"(?:\b(?:Prof|Dr|Mr|Mrs|Ms|Assoc|Ir|Ts|Hon|Rev)|(?<!\w)[A-Z])$")
# A small word glued to "the", "our" or "their" when a site drops spaces ("his groupfromthe X",
# "visitedour university"); no English word ends so, but "absinthe".
_GLUED_SMALL_WORDS = re.compile(
    r"\b(?!absinthe\b)([a-z]*?)(from|with|visited|signed|of|at|to|by|for|and|in)(the|our|their)\b"
)
# Page furniture: lists of links to other articles under a heading, share lines, lone bullets of links.
_LINKS_HEADING = re.compile(
    r"^\s*(?:related(?:\s+(?:articles?|news|stories|posts|links|content|reading))?|see also|"
    r"read more|read also|more (?:news|stories|articles|from [\w ]{1,30})|you (?:may|might) also "
    r"(?:like|be interested in)|recommended(?: (?:articles|for you|reading))?|further reading|"
    r"other news|latest (?:news|articles|stories)|popular (?:news|articles|posts)|most read|"
    r"top stories|trending|also read|previous (?:article|post|story)|next (?:article|post|story)|"
    r"back to top|follow us|subscribe|leave a (?:comment|reply)|comments?)\s*[:：»›>]?\s*$",
    re.I,
)
# One-line furniture: tags, categories, navigation to the neighbouring stories, counters.
_FURNITURE_LINE = re.compile(
    r"^\s*(?:tags?|tagged(?: with)?|categor(?:y|ies)|filed under|posted in|keywords?|"
    r"previous(?: (?:article|post|story))?|next(?: (?:article|post|story))?|views?|hits|"
    r"print(?: this)?(?: page| article)?|back to top)\s*[:：|»›>]",
    re.I,
)
_SOCIAL = (
    r"(?:facebook|twitter|x|wechat|weibo|linkedin|whatsapp|telegram|email|e-mail|print|vk|line|reddit|"
    r"copy link)"
)
_SHARE_LINE = re.compile(
    r"^\s*(?:share(?:\s+(?:this|on|via|article|the article))?\s*[:：]?|"
    + _SOCIAL
    + r"\b)(?:[\s|,/·•]*"
    + _SOCIAL
    + r"\b)*[\s|,/·•]*$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[•·▪►‣◦*–-]|\d{1,2}[.)])\s+")
_EVENT_VERB = re.compile(
    r"\b(?:sign|visit|meet|met|hold|held|renew|ink|host|welcom|receiv|launch|open|join|"
    r"partner|agree|discuss|talk|explor|strengthen|deepen|expand)\w*",
    re.I,
)


# -- who acts for whom: appositions, lists, hosts and guests (affiliation.py) -----------------------------
# What may not stand between a person and the one body their sentence names for the person to act for it
# (affiliation.py, `the_one_body_beside`): a word that joins or sets the two against each other ("with",
# "to", "by", "and", "between"), a verb ("met", "acknowledged the work of", "spoke at"), a past tie
# ("formerly", "a graduate of"), a quotation, a colon or a semicolon (another item of a list), or a long
# stretch; after the name, its possessive ("A's speech at X"); before the body, a word that makes it a place
# gone to ("the visit to X", "the call on X").
ONE_BODY_GAP_BROKEN = re.compile(
    r"\b(?:with|to|by|and|between|formerly|former|graduate|alumn[aiu]s?|said|says|spoke|gave|made|took|told|"
    r"went|came|sat)\b|\b[a-z]{3,}ed\b|[\"“”:;]|.{150}",
    re.S,
)
PERSONS_OWN_AFTER = re.compile(r"\s*(?:’s|'s)\b")
# "A, a Y alumnus", "B, a Y graduate": the body names where the person studied, not whom they act for.
PAST_TIE_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:alumn\w*|graduates?|old (?:boy|girl)s?)\b", re.I)
BODY_GONE_TO_BEFORE = re.compile(
    r"\b(?:to|on|onto|into|towards?|visit(?:s|ed|ing)?|call(?:s|ed)?)\s+(?:the\s+)?$", re.I
)

# The only lower-case words a title may have between itself and its holder's name: "Rector of the University
# of X, Prof. A", "X President A"; any other ("President A and the President of X", "A signed what the
# President of X had signed") tells a second holder.
TITLE_TO_HOLDER_WORDS = frozenset(
    {"of", "the", "at", "for", "in", "de", "del", "la", "di", "da", "van", "von"}
)

# Between an institution and a person: "X's Faculty of Agriculture Dean, Professor Name", "(Director of)
# X's Institute of International Relations Name": the possessive, then only a unit's capitalised words, a
# title and honorifics (no verb, no other clause).
_POSSESSIVE_UNIT_BETWEEN = re.compile(
    r"(?:’s|'s)\s+(?:(?:[A-Z][\w’'&-]*|of|and|for|the|&),?\s+){1,10}?(?:" + _HONORIFIC + r"\s*)*"
)
# Where a clause ends: the next person, a semicolon, or a full new clause.
_CLAUSE_END = re.compile(
    r";|\.\s|,\s*(?:who|which|where|while|when)\b|\s(?:and|while|whereas)\s+(?:he|she|they)\b|"
    r"\b(?:signed|visited|met|said|says|attended|welcomed|received|held|delivered|gave|spoke|noted|"
    r"added|expressed|introduced|presented|hosted|discussed|thanked|opened|chaired)\b|"
    r"\bof our (?:university|school|college|institute)\b"
)
# Where the next item of a list opens after a name's apposition: ", and" or ";" ("A, Dean of Law, and Director
# of X, Dr. B", "A; Rector of X, B"): a body named after it is the next item's, not the name's.
NEXT_LIST_ITEM = re.compile(r",\s*and\b|;")
_APPOSITION_OPENS = re.compile(r"^\s*(?:,|[-–—]|\(|\b(?:of|from|at)\b)")
_RELATIVE = re.compile(r"^\s*,\s*(?:who|which|that|where)\b")
# Between an institution and a person: "X, Dr Name", "X (XU), Prof. Dr. Name" (honorifics only).
_BETWEEN_BEFORE = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?[,:]\s*(?:(?:Prof|Dr|Mr|Mrs|Ms|Assoc|Professor|Ir|Ts|Datuk|"
    r"Dato’?|Dato'|Tan Sri|Sir|Madam)\.?\s*)*$",
    re.I,  # "Prof. dr.": Dutch and Indonesian pages print the second honorific in lower case
)
_ROLE_OF = re.compile(r"\b(?:of|at)\s+(?:the\s+)?$")
# A place printed after an institution's name, before more words of the clause: "X, Bulgaria, Prof. A".
_PLACE_AFTER_NAME = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?,\s*([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?=\s*[,:])"
)
# A unit's name printed right after its institution's: "X Postgraduate Programme", "X Graduate School".
_UNIT_AFTER_NAME = re.compile(
    r"(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:Programme|Program|School|Faculty|Office|Centre|Center|Department|"
    r"Division|Unit|Institute|College|Laboratory|Library)\b(?=\s*,)"
)
_CLAUSE_OPENER = re.compile(r"^(?:At|In|From|On behalf of|For|Representing)\s+(?:the\s+)?$")
_LED_BY = re.compile(r"\b(?:led|headed|chaired)(?: directly| personally| jointly)? by\b")
# "A signed the MoU on behalf of X", "B, who spoke for X": the institution the person's own clause says they
# act for, after the verb; another clause ("while", "and C") or another person in between ends the search.
_ON_BEHALF_OF = re.compile(
    r"[^;.]{0,80}?\b(?:on behalf of|in the name of|representing|speaking for|"
    r"(?:spoke|signed|stood in) for|represented)\s+"
    r"(?:the\s+)?$"
)
# "A is the rector of X", "B, who serves as dean at the X": a verb of being, then a title and "of"/"at" right
# before the institution (affiliation.py checks the title has a role word).
_COPULA_TITLE = re.compile(
    r"\s*,?\s+(?:who\s+)?(?:is|was|has been|serves as|served as|acts as|works as)\s+(?:also\s+)?"
    r"(?:the\s+|a\s+|an\s+)?([^,;.()]{2,60}?)\s+(?:of|at)\s+(?:the\s+)?"
)
# "A, arrived at X", "B, spoke at the X": a verb of coming, staying or speaking before "at"/"from" says where
# the person went or spoke, not whom they act for.
_WENT_TO_THE_PLACE = re.compile(
    r"\b(?:arriv\w*|land\w*|stopp\w*|stay\w*|return\w*|came|went|travel\w*|spoke|speak\w*|lectur\w*|"
    r"gathered|convened|held|took place|departed|left)\s+(?:at|from|in)\s+(?:the\s+)?$",
    re.I,
)
# A sentence opened by a bare title set off by commas before the name: "The Vice-Chancellor, Prof. A,".
_THE_TITLE_OPENS = re.compile(
    r"The\s+(?:[Vv]ice[\s-]|[Dd]eputy\s|[Pp]ro[\s-])?(?:[Vv]ice[\s-]|[Pp]ro[\s-])?[A-Za-z-]{4,20},\s*(?:"
    + _HONORIFIC
    + r"\s*)*"
)
_ANOTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|and then)\b|;")
_DELEGATION_OF = re.compile(r"\bdelegation\b[^.;]{0,80}?\b(?:of|from)\s+(?:the\s+)?$")
# Where someone studied or used to work is not whom they act for: "a graduate of X", "formerly at X".
# In small letters only: "School of Graduate Studies at X" is a unit of X, not a degree taken there.
_FORMERLY = re.compile(r"\b(?:graduat\w*|alumn\w*|studied|[Ff]ormer\w*|[Pp]reviously|once)\b")
# Between two people of one list: a comma or "and", then titles and honorifics only.
_TITLE_WORD = (  # a capitalised word with a capital inside ("UGent", "UM") names an institution, not a title
    r"(?:VP|CEO|SVP|EVP|PVC|[A-Z][a-z.-]*|vice|deputy|assistant|executive|associate|acting|president|rector|dean|director|"
    # "for": "Vice-Rector for Research"
    r"chancellor|provost|head|chair\w*|secretary|professor|prof\.?|dr\.?|the|for)"
)
# "welcomed by A, and by B": the "by" said again keeps the list going.
# A title may name the unit its holder heads: "Deputy Director of the Institute of Philology and Intercultural
# Communication B" (a unit of the first person's institution, so still a list).
_UNIT_OF_TITLE = (
    r"(?:of\s+(?:the\s+)?(?:Institute|Department|Faculty|School|Office|Centre|Center|Division)\s+(?:of|for)\s+"
    r"(?:[A-Z][\w-]*|and|&)(?:\s+(?:[A-Z][\w-]*|and|&)){0,6}\s+)?"
)
# The unit a title names, printed without "of the" or named by its field first: "Dean Faculty of Engineering",
# "Head of the Chemical Engineering Study Program", "Dean of the School of Environment and Society".
_UNIT_IN_TITLE = (
    r"(?:(?:of\s+(?:the\s+)?)?(?:Institute|Department|Faculty|School|Office|Centre|Center|Division|Directorate)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*|and|&)(?:\s+(?:[A-Z][\w-]*|and|&)){0,6}\s+|"
    r"of\s+the\s+(?:[A-Z][\w-]*\s+){1,4}(?:Study\s+)?(?:Program|Programme|Department|Office|Unit)\s+)"
)
# Degrees and honours printed after a name (Indonesian and Nigerian pages): "A, S.T., M.T.", "B, M.Sc.,
# Ph.D.", "C, OON, FAS".
_DEGREES_AFTER = (
    r"(?:\.?\s*,?\s*(?:(?:[A-Z][a-z]{0,3}\.){1,3}[A-Z]?[a-z]{0,3}\.?|Ph\.?D\.?|M\.?Sc\.?|IPU|IPM|(?:"
    + "|".join(sorted(POSTNOMINAL_HONOURS, key=len, reverse=True))
    + r")\b))*"
)
# Words that join a companion to the person before: "A, along with Associate Professor B", "accompanied by his
# associates, Vice-Rector C".
_COMPANION_JOIN = (
    r",?\s+(?:(?:along|together) with|accompanied by)\s+"
    r"(?:(?:his|her|their)\s+(?:[\w-]+\s+)?(?:associates|colleagues|team|deputies|staff)\s*,?\s*)?"
)
# "She was accompanied by Dr. A, head of the International Office, and Prof. B": the people after it act for
# the person the sentences before were about.
# "A, Director of X, accompanied by B", "A ... was joined by B", "A, Dean of X, together with B": B is with A
# (affiliation.py).
_ACCOMPANIED_BETWEEN = re.compile(
    r"\b(?:accompanied|joined|assisted|flanked)\s+by\b|\b(?:together|along)\s+with\b"
)
# "Staff members from X ...", "Officials of X ...": a group of a body's people, named before the body.
_GROUP_OF_PEOPLE_BEFORE = re.compile(
    r"\b(?:members|staff|officials|executives|officers|representatives|academics|lecturers|leaders|"
    r"administrators|professors|scholars|experts|colleagues|faculty)\s+(?:\w+\s+)?(?:from|of|at)\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "the X team was led by", "the X (XU) delegation, headed by": a body's group, its noun after the body.
_GROUP_NOUN_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+(?:[A-Za-z-]+\s+){0,4}?(?i:delegation|team|group|panel|mission)\b"
    r"(?:\s+to\s+[A-Z][\w-]*)?[\s,]*(?:(?:was|were)\s+)?(?:\w+\s+)?$"  # "the X team to Japan was led by"
)
# "..., both of X", "..., all from the X": the close of a list of people that names their body.
_ALL_OF_BEFORE = re.compile(r",\s*(?:both|all(?: three| four| five)?)\s+(?:of|from|at)\s+(?:the\s+)?")
# Where a list of people is introduced after a clause: ", including", ", among them", ", such as", ":".
_LIST_INTRODUCED = re.compile(r"(?:,\s*|\s)(?:including|among them|among whom were|such as|namely)\s+|:\s+")
# "She was joined by A", "Joining him were A and B", "With her on the trip was A": the people after it act
# for the person named last in the sentences before.
_ACCOMPANIED_BY_PRONOUN = re.compile(
    r"^\s*(?:(?:He|She)\s+(?:was|is)\s+(?:also\s+)?(?:accompanied|joined)\s+by\b|"
    r"(?:Joining|Accompanying|With)\s+(?:him|her)\s+(?:on\s+(?:the|this|his|her)\s+(?:trip|visit|tour)\s+)?"
    r"(?:were|was)\b)"
    r"(?:[^;.]|" + _ABBREVIATED + r")*$"
)
# "Accompanying A were B and C", "Joining the Rector was B", "A, who was accompanied to X by B, C and D": the
# people listed after it go with A (`whom`, a name or "the" and a title); a place they went with A (`place`)
# is no body of theirs.
ACCOMPANYING_SOMEONE = re.compile(
    r"\b(?:Accompanying|Joining)\s+(?P<whom>(?!(?:him|her|them)\b)[^,;:.]{2,60}?)\s+(?:were|was)\s+|"
    r"\b(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+(?:(?:to|on\s+(?:a|the|her|his)\s+\w+\s+to)\s+"
    r"(?P<place>[^,;:.]{2,60}?)\s+)?by\s+"
)
# A title's qualifier in brackets: "Vice-Chancellor (in-charge)", "Deputy Vice-Chancellor (Management
# Services)".
_TITLE_QUALIFIER = r"(?:\([^()]{1,40}\),?\s+)?"
_LIST_GAP = re.compile(
    _DEGREES_AFTER
    + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as well as\s+(?:an?\s+)?|"
    + _COMPANION_JOIN
    + r")(?:by\s+)?"
    r"(?:"
    + _TITLE_WORD
    + r",?[\s-]+"
    + _TITLE_QUALIFIER
    + r"){0,7}(?:"
    + _UNIT_IN_TITLE
    + r"(?:"
    + _TITLE_WORD
    + r"[\s-]+){0,4}|"
    + _UNIT_OF_TITLE
    + r")"
)
# The title of a university's head, one to a side: "President", "Rector", "Vice-Chancellor".
_HEAD_OF_A_SIDE = re.compile(r"(?:President|Rector|Chancellor|(?:President and )?Vice[- ]Chancellor)", re.I)
# A bare "and" after a head's name to someone with no title, a head's title or a body's name of their own
# ("and Dr", "and President", "and Trustee", "and Osmer College") joins the heads of two sides; "and Vice
# President", "and Deputy Rector", "and Head of the Physics Programme" list the head's own officers.
_JOINED_AS_ANOTHER_SIDE = re.compile(
    r"\s+and\s+(?:(?:(?!(?:Vice|Deputy|Assistant|Associate|Pro|Executive|Head|Dean|Director)\b)[A-Z][\w'’-]*\s+){0,4}"
    r"(?:President|Rector|Chancellor|Vice[- ]Chancellor|Representative|Trustee|Chairman|Chairperson|Chair"
    r"|University|College|Institute|Academy)\s+)?(?:" + _HONORIFIC + r"\s*)*"
)
# "A, Provost of X; Ms B, Assistant Registrar; and C", "VP for Academic Affairs Dr. A; VP for Research Prof.
# B": two members of a list run through semicolons, each with a title and no verb of their own.
_SEMICOLON_LIST_GAP = re.compile(
    r"(?:[^;.]|" + _ABBREVIATED + r"){0,150};\s*(?:and\s+)?(?:[^;.]|" + _ABBREVIATED + r"){0,150}"
)
# A unit's name in a title is no other body: "Head, Department of International Relations".
_UNIT_OF_NAME = re.compile(
    r"\b(?:Department|Faculty|School|Office|Centre|Center|Division|Directorate|Unit|Programme|Program|Chair)"
    r"\s+(?:of|for)\b"
)
# A title that names a body of its own, maybe one the reader does not know: "CEO of Mitacs", "at the
# Ministry", "UBC's President", "of our university".
_BODY_OF_ITS_OWN = re.compile(r"\b(?:of|at|from)\s+(?:the\s+)?(?:(?P<word>[A-Z][\w’'-]*)|our\b)|[’']s\b")
_OURS_IN_ITEM = re.compile(r"\bour (?:university|school|college|institute)\b", re.IGNORECASE)
_LIST_ITEM_BROKEN = re.compile(
    r"\b(?:signed|visited|met|said|says|attended|welcomed|received|held|delivered|gave|spoke|noted|added|"
    r"expressed|introduced|presented|hosted|discussed|thanked|opened|chaired|was|were|is|are|while|who|which)\b"
)
# Between two members of one list of people, "A, Dean of Law; B, Registrar, and Dr. C": a comma, a semicolon
# or a joining word, with only titles, units and honorifics around it (no verb, no clause of its own).
_LIST_MEMBERS_JOIN = re.compile(r"[,;]|\b(?:and|along with|as well as|together with)\b|&")
_LIST_MEMBERS_GAP_MAX = 160
_LIST_MEMBERS_MIN = 3  # two names joined are as often a pair of signatories, one of each side
# The head words that make a list member's own words name a body ("Chief Executive of the X Foundation"); a
# centre is as often a unit ("Director, Centre for Global Engagement").
_LIST_ITEM_BODY_HEADS = frozenset(GRAMMAR_HEADS - {"Centre", "Center"})
# A body a list member's own words name: "President of NMT", "Y's Rector".
_ACRONYM_OF = re.compile(r"\b(?:of|at|from)\s+(?:the\s+)?[A-Z]{2,8}\b")
_POSSESSIVE = re.compile(r"\w[’']s\b")
# "Rector of the Spanish institution", "vice president of our university": a body named by a noun (maybe
# another one).
_BODY_NOUN_IN_ITEM = re.compile(
    r"\b(?:of|at|from)\s+(?:the|our|their|its|his|her)\s+(?:[A-Z][\w’'-]*\s+)?"
    r"(?:university|institution|institute|college|school|embassy|ministry|partner|side)\b",
    re.I,
)
# Between two names of a run of appositions, "A, Head, Department of Physics; Dr. B": chunks set off by commas
# and semicolons, each opening with a capital, a title word or a linking word (never a verb's lower-case
# word: "A highlighted the research, Dr. B"), then only title words and honorifics before the second name
# ("..., vice presidents B and C").
_APPOSITION_CHUNK = (
    r"\s*(?:(?i:and|the|from|of|at|in|for|as well as)\s+|(?i:"
    + _ROLE
    + r")s?\b|[A-Z(])[^,;.()]*(?:\([^()]{0,60}\))?"
)
_RUN_OF_APPOSITIONS_GAP = re.compile(
    r"(?:\s*\([^()]{0,60}\))?(?:\s*[,;](?:"
    + _APPOSITION_CHUNK
    + r"[,;])*(?:"
    + _APPOSITION_CHUNK
    + r"\s+and\b)?|\s+and\b)"
    r"\s*(?:and\s+)?(?:(?:(?i:"
    + _ROLE
    + r")s?\b|"
    + _TITLE_WORD
    + r")[\s-]+){0,5}?(?:"
    + _HONORIFIC
    + r"\s*)*"
)
_ITEM_STOP = re.compile(r";|\.\s")
# "Vice Chancellor of the University": a title's reference back to an institution the article named.
_THE_REFERENCE = re.compile(r"\b(?:of|at|from)\s+the\s+(?:University|Institute|College|Academy)\b", re.I)
_NEXT_ITEM_OPENS = re.compile(r",\s*(?:and\s+)?(?:" + _HONORIFIC + r"\s*)*$")
# "A (Deputy Vice-Chancellor), B (Director: ...) and C": a list whose members' titles are printed in brackets.
_BRACKETED_LIST_GAP = re.compile(
    r"\s*\([^()]{0,60}?\b"
    + _ROLE_RE.pattern
    + r"\b[^()]{0,100}\)\s*(?:,\s*(?:and\s+)?(?:with\s+)?|\s+and\s+)"
    r"(?:" + _HONORIFIC + r"\s*)*",
    re.I,
)
# "The X team that visited Y was made up of A", "the delegation of X also included A", "Present from X were
# A": the people a group of X is said to be made of, named right after the verb.
_GROUP_MADE_OF = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:’s|'s)?\s+(?:delegation|team|group|representatives|side|party|members)\b"
    r"[^.;]{0,100}?\b(?:included|includes|include|comprised|comprises|comprising|consisted of|consists of|"
    r"consisting of|(?:was|were|is|are) (?:made up of|made of|composed of))\s+(?:(?:the\s+)?[a-z-]+\s+)??(?:"
    + _HONORIFIC
    + r"\s*)*$"
)
# "The X delegation includes A; Director of Global, Dr B; and C": the verb that opens the list of a group's
# members, and what ends that list before a later name (a sentence's end, a clause, a verb of its own).
_GROUP_VERB = (  # "the X representatives consisting of A; B", "the X team comprising A, B"
    r"\b(?:included|includes|include|comprised|comprises|comprising|consisted of|consists of|consisting of|"
    r"(?:was|were|is|are) (?:made up of|made of|composed of))\s"
)
_GROUP_LIST_OPENS = re.compile(  # after the institution's name: "the X delegation (to Y) includes"
    r"(?:\s*\([^()]{1,12}\))?(?:’s|'s)?\s+(?:delegation|team|group|representatives|side|party|members)\b"
    r"[^.;]{0,100}?" + _GROUP_VERB
)
_GROUP_OF_OPENS = re.compile(
    r"(?:\s*\([^()]{1,12}\))?[^.;]{0,60}?" + _GROUP_VERB
)  # "the delegation of X ..."
_GROUP_OF_BEFORE = re.compile(
    r"\b(?:delegation|team|group|representatives|members)\s+(?:of|from)\s+(?:the\s+)?$", re.I
)
_LIST_BROKEN = re.compile(
    r"\.\s|,\s*(?:who|which|where|while|when)\b|\s(?:and|while|whereas)\s+(?:he|she|they)\b|"
    r"\b(?:signed|visited|met|said|says|attended|welcomed|received|held|delivered|gave|spoke|noted|"
    r"added|expressed|introduced|presented|hosted|discussed|thanked|opened|chaired|was|were|is|are)\b"
)
# "the Minister of Higher Education, A": a minister's title, whose portfolio names the ministry the article
# names (affiliation.py).
_MINISTER_WORD = re.compile(r"\bminister\b", re.I)
_FROM_OR_REPRESENTING = re.compile(r"\b(?:from|[Rr]epresenting)\s+(?:the\s+)?$")
_FROM_X_WERE = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:at|in|on)\s+the\s+[\w-]+)?\s+(?:were|are|was)\s+(?:"
    + _HONORIFIC
    + r"\s*)*$"
)  # "Present from X at the ceremony were A"
# "Present from X were A; B and C": the same opener, for every member of the list after it (affiliation.py).
_FROM_X_LIST_OPENS = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:at|in|on)\s+the\s+[\w-]+)?\s+(?:were|are)\s"
)
# Who welcomes acts for the host; who visits, or is welcomed, acts for the visitor.
_HOSTING_AFTER = re.compile(
    r"[^.;]{0,120}?\b(?:warmly\s+)?(?:welcomed|received|hosted|greeted|"
    # "extended a warm welcome to the guests", "has met with a delegation from X"
    r"extended (?:a|an|their|his|her) (?:[\w-]+ )?welcome|"
    # "met with the delegation", "met with X University delegation"
    r"(?:met|meets?) (?:with )?(?:(?:the|a|an) )?(?:(?:[A-Z][\w’'-]*|of|and|for) ){0,6}?(?:[\w-]+ ){0,2}?"
    r"(?:guests|delegation|visitors)|"
    # any deed done to the visitors ("thanked the delegation", "briefed the guests"), but one done by a member
    r"(?!(?:led|headed|accompanied|joined|included|comprised|formed)\b)[a-z]{3,}ed (?:the|our) "
    r"(?:[\w-]+ ){0,2}?(?:guests|delegation|visitors))\b"
)
_HOSTED_BY_BEFORE = re.compile(
    r"\b(?:welcomed|received|hosted|greeted|expected|awaited|met) by\b[^.;]{0,90}$|"
    # "Receiving the delegation was Vice Rector A", "Welcoming the guests were B and C"
    r"\b(?:[Rr]eceiving|[Ww]elcoming|[Hh]osting|[Gg]reeting) (?:the|our) (?:[\w-]+ ){0,2}?"
    r"(?:guests|delegation|delegates|visitors|team)\b[^.;]{0,20}?\b(?:was|were)\b[^.;]{0,90}$"
)
# "paid a courtesy call on the Pro-Vice-Chancellor, Prof. A", "visited X to meet with President B", "a meeting
# with the Deputy Rector C": the person the visit was paid to, a title before the name (checked with _ROLE_RE)
# and at most one comma between.
_VISITED_PERSON_BEFORE = re.compile(
    r"\b(?:(?:visit|call)s?\s+(?:to|on|upon)|called\s+on|to\s+meet(?:\s+with)?|"
    # "a meeting with", "talks were held with", "the negotiations with", "a conversation with"
    r"(?:meetings?|talks|negotiations|discussions|conversations?)(?:\s+(?:was|were)\s+held)?\s+with)\s+"
    r"(?P<title>[^.;,]{0,80}?)(?:,\s*)?(?:" + _HONORIFIC + r"\s*)*$"
)
_AMONG_HOSTS = re.compile(r"\bamong the hosts\b|\bon behalf of the host\b", re.IGNORECASE)
_VISITING_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:visited|arrived|was (?:hosted|received|welcomed|greeted) by|"
    r"were (?:hosted|received|welcomed|greeted) by)\b"
)
# "the guests, Prof. A", "the leader of the team, Mr. B": the visitors' side, honorifics between.
_GUEST_BEFORE = re.compile(
    r"\b(?:(?:the|our) (?:[\w-]+ )?(?:guests?|visitors?)|(?:leader|head) of the (?:visiting )?"
    r"(?:team|delegation|group)),?\s+(?:" + _HONORIFIC + r"\s*)*$"
)
# "The delegation also included A", "Members of the delegation were A and B": the visitor's people.
_MEMBERS_BEFORE = re.compile(
    r"\b(?:(?:delegation|guests|visitors|visiting (?:team|group|party|side))\s+(?:also\s+)?"
    r"(?:included|includes|comprised|comprises|comprising|consisted of|consists of|consisting of|"
    r"(?:was|were) (?:made up|composed) of)|"
    r"members of the (?:delegation|visiting team)\s+(?:also\s+)?(?:included|were))\b[^.;]{0,250}$",
    re.I,
)
# "During the visit, he met with A, Rector; B, Dean of Law; and C": the people the visitors met, a list that
# may run on through semicolons, act for the host.
_MET_BY_THE_VISITORS_BEFORE = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:delegation|visitors?|guests?))\s+(?:also\s+)?"
    r"(?:met|held talks) with\b[^.]{0,300}$"
)
# "A visited X and met with Executive Vice-President B", "A visited X, where he signed an agreement with
# Rector C", "A met with Rector D to sign an agreement with X": the person someone met or signed with, named
# by a title (checked with _ROLE_RE) right after the verb.
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:met|meets|meeting|held talks|talks|signed\b[^.;]{0,60}?|sign\b[^.;]{0,60}?)\s+with\s+"
    r"(?P<title>(?:the\s+)?(?:[\w’'.()-]+,?\s+){1,8}?)$"
)
# "Present at the meeting were A, Provost; B, Registrar", "The meeting was attended by Dr. C, the university
# deputy", "in the presence of Prof. D, the dean": people named only as present at a visit's meeting, with no
# institution said, are the host's (the visitors are "the delegation", "the guests").
_PRESENT_AT_THE_VISIT_BEFORE = re.compile(
    r"\b(?:[Pp]resent (?:at [^.;]{0,60}?)?(?:were|was)|(?:(?:was|were|is) (?:also )?)?attended by|"
    r"in the presence of)\b[^.]{0,300}$"
)
# "A and B signed for X and Y respectively": each person of the sentence acts for the body in the same place
# of the list closed by "respectively". Between two bodies of that list, and between its last and the word,
# only commas, "and", "&" or a word or two the reader left out of a name ("X, Puning, China & Y", "Y Global").
_RESPECTIVELY = re.compile(r"\brespectively\b")
_RESPECTIVE_LIST_GAP = re.compile(
    r"(?:,?\s*[A-Z][\w-]+){0,2}\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)(?:the\s+)?"
)
_RESPECTIVE_LIST_END = re.compile(r"(?:,?\s*[A-Z][\w-]+){0,2}\s*,?\s*\(?")
# "Present at the ceremony from X were", "Present, representing X, were": an opener that says whose the
# people it lists are (a body's name, capitalised), so they are not taken for the host's.
_PRESENT_FROM_A_BODY = re.compile(
    r"[^;]*?\b(?:from|representing)\s+(?:the\s+)?[A-Z][^;]*?\b(?:were|was|by)\b"
)
# An initial's full stop ("Dr. M.S. Ramadan"), which ends no clause either.
_INITIAL_STOP = re.compile(r"\b([A-Z])\.")
# "... arrived at X, where Rector A received them": the people of a where-clause act for the place it follows.
_WHERE_CLAUSE = re.compile(  # "X (XU) in Shanghai, where ...": the host's town may come before it
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?,?\s+where\b[^.;,]{0,60}$"
)
# "A visited X and met with B", "the delegates visited X and held talks with leaders including President C",
# "paid a visit to X and called upon Vice Chancellor D": whom the visitors met right after visiting a place
# acts for that place. The words before the place, then those between it and the person (no comma, no
# clause of their own).
_VISITED_PLACE_BEFORE = re.compile(r"\bvisit(?:ed|ing|s)?\s+(?:to\s+)?(?:the\s+)?$")
_MET_THERE_BETWEEN = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?,?\s+and\s+(?:also\s+)?(?:met|held talks|had talks|had (?:a )?meetings?|"
    r"called (?:on|upon))(?:\s+with)?\b[^.;,]{0,80}"
)
# Seniority of a title, highest first: a delegation nobody is said to lead is led by its most senior member.
_SENIORITY = (
    r"\b(?:president|rector|chancellor|provost|principal|chair\w*|secretary)\b",
    r"\b(?:vice|deputy|pro)[\s-]*(?:president|rector|chancellor)\b",
    r"\bdean\b",
    r"\b(?:director|head)\b",
    r"\bprof",
)
# After a person's name: "A said that the university has 20 faculties", "B, director of admissions, presented
# an overview of the University": the person tells of a school the sentence leaves unnamed.
SPEAKS_OF_THE_SCHOOL = re.compile(
    r"(?:\s*,[^,.;]{1,80},)?\s+(?:also\s+|then\s+|further\s+)?"
    r"(?:said|says|stated|noted|stressed|emphasi[sz]ed|highlighted|explained|shared|added|expressed|indicated|"
    r"pointed out|told|introduced|presented|described|gave|briefed|affirmed|mentioned|underlined|underscored|"
    r"reiterated|disclosed|revealed)\b[^.;\"“”]{0,60}?\b(?:[Tt]he|[Tt]his) "
    r"(?P<noun>[Uu]niversity|[Ss]chool|[Cc]ollege|[Ii]nstitute|[Aa]cademy|[Pp]olytechnic)\b"
    r"(?!\s+of\b)(?![ -][A-Z])"
)
_OF_OURS_AFTER = re.compile(
    r",?\s*(?:the\s+)?(?:[\w-]+\s+){0,5}?of our (?:university|school|college|institute)\b", re.IGNORECASE
)
_OURS_BEFORE = re.compile(
    r"\bour (?:university|school|college|institute)[’']s (?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# Between two people of a list of appositions: ", <the first one's title and institution>, (and) <titles>".
_APPOSITION_GAP = re.compile(r",\s*([^;()]{3,150}?),\s*(?:and\s+)?(?:" + _TITLE_WORD + r"[\s-]+){0,5}")
# A title said after a name, with no institution in it: ", vice president of foreign affairs".
_TITLE_APPOSITION = re.compile(
    r",\s*(?:the\s+)?(?:[\w-]+\s+){0,3}?" + _ROLE_RE.pattern + r"[^,;]*(?:,|;|\.|$)", re.I
)
# "its rector, Prof. A", "B, its president", "their dean A": a possessive pronoun before a title points back
# to the body named last before it (affiliation.py checks the title has a role word).
_ITS_TITLE_BEFORE = re.compile(r"\b([Ii]ts|[Tt]heir)\s+([^,;.()]{2,60}?)\s*,?\s*(?:" + _HONORIFIC + r"\s*)*$")
_ITS_TITLE_AFTER = re.compile(r"\s*,\s*(its|their)\s+([^,;.()]{2,60}?)\s*(?=[,;.)]|$)")
# A group between a body and the "its" after it: "the delegation of X and its leader" may be the group's.
_GROUP_BEFORE_ITS = re.compile(r"\b(?:delegation|team|group|party|guests|visitors)\b", re.I)
# The nouns by which "the museum", "the embassy" refer back to a body the article named (affiliation.py
# says which of its institutions each may mean); a unit's nouns ("department", "faculty", "school") are left
# out: a unit is no one's institution.
REFERENCE_NOUNS = (
    "university",
    "institute",
    "college",
    "academy",
    "museum",
    "embassy",
    "consulate",
    "ministry",
    "foundation",
    "commission",
    "agency",
    "centre",
    "center",
    "council",
    "association",
    "society",
    "polytechnic",
    "library",
    "hospital",
    "federation",
    "corporation",
    "company",
)
_REFERENCE_NOUN = "|".join(REFERENCE_NOUNS)
_REFERENCE_NOUN_EITHER_CASE = "|".join(f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in REFERENCE_NOUNS)
# "the university" said of a person, referring back to an institution named before: "President A and Vice
# President B of the university", "A, head of international affairs of the institute", "A, the university
# president", "the rector of the University, Prof. A", "the college's dean A", "the museum's Director A".
_OF_THE_REFERENCE = re.compile(
    r"\bof (?:the|this) (" + _REFERENCE_NOUN_EITHER_CASE + r")\b(?![’']|\s+(?:of|for|in)\b)"
)
_REFERENCE_BEFORE = re.compile(
    r"\b[Tt]he (" + _REFERENCE_NOUN + r")(?:[’']s)?\s+((?:[\w-]+[\s,:]+){1,5}?)$|"
    r"\b(?:of|at) (?:the|this) (" + _REFERENCE_NOUN_EITHER_CASE + r")\s*[,:]?\s*"
    r"(?:" + _HONORIFIC + r"\s*)*$"
)
# "alongside Academy President A", "the Museum Director B": the noun capitalised before a title, with no
# name before it (not "Lund University President C", which names the university); said loosely, it names
# only the one body of that kind named before.
_BARE_REFERENCE_BEFORE = re.compile(
    r"(?:^|(?<=[a-z,]\s))("
    + "|".join(n.capitalize() for n in REFERENCE_NOUNS)
    + r")\s+((?:[\w-]+\s+){1,4}?)$"
)
# "A, the university president", "A the University Vice President for Planning" (the comma is often left
# out, and the noun capitalised); not "A, the University of X ..." (a name).
_REFERENCE_AFTER = re.compile(
    r"\s*(?:,\s*|\s)the (" + _REFERENCE_NOUN_EITHER_CASE + r")(?:[’']s)?(?!\s+of\b)\s+"
    r"((?:[\w-]+\s+){0,3}[\w-]+)\s*(?:,|\b)"
)
# Words between a person and "of the university" that tie the person to another place or person.
_REFERENCE_BROKEN = re.compile(r"\b(?:by|with|to|from|at|and (?:his|her|their))\b|[;)]|\.\s")
# The words a higher title puts before a lower one: "Deputy Vice Chancellor of X" ties no Vice Chancellor
# to X (read case-insensitively).
_HIGHER_TITLE_BEFORE = (
    r"(?<![\w-])(?<!deputy )(?<!pro-)(?<!vice )(?<!vice-)(?<!assistant )(?<!associate )(?<!acting )"
)
# "On the university side were A and B", "From the host side, the meeting included C", "On the Russian part
# the meeting was attended by D", "on the side of X": the side a sentence's people are named for.
_SIDE_OPENER = re.compile(
    r"\b(?:[Oo]n|[Ff]rom)\s+(?:the\s+)?(?:(?P<side>[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?)(?:[’']s)?\s+(?:side|part)\b"
    r"(?!\s+of\b)|(?:side|part)\s+of\s+(?:the\s+)?(?P<of>[\w’'.-]+(?:\s+[\w’'.-]+){0,8}?)(?=\s*[,:;]|\s+(?:were|was|the)\b))"
)
# Side words that name no one: "For his part", "on the other side", "on both sides".
_NO_SIDE = {
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "other",
    "one",
    "both",
    "each",
    "either",
    "same",
    "this",
}
_HOST_SIDE = {"host", "hosts", "hosting", "home", "receiving"}
_VISITOR_SIDE = {"visiting", "guest", "guests", "visitor", "visitors", "delegation", "foreign"}
_LIST_OPENER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:including|among them|namely|such as|:)\s+"
    r"(?:(?:[A-Z][\w’'.-]*|and|vice|deputy|[a-z]+-[a-z]+)[\s,]+)*?"
)


# -- dates: month and weekday names, the date shapes, relative days (dates.py) -----------------------------

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s*(?:-|–|to|and|until|till|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
# "May 8, 2024", "March 20-24", "From May.19th to 23rd", "Oct. 26", "January 14th"
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s*" + _DAY + r"\b" + _DAY2 + r"(?!\d)" + _YEAR, re.I)
# "15-16 December", "27th to 30th October", "27 May 2022", "18 December 2019", "24thNovember, 2017", "27th
# July,2022" (the space lost in scraping)
_DAY_MONTH = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|and|to|until|till|through)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
    r"(?:\s+(?:of\s+)?|-|(?<=st|nd|rd|th)|(?<=\d)(?=[A-Z][a-z]))"
    + _MONTH
    + r"(?:(?:,\s*|\s+|-)(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)(?![\d-])")
# "in July", "in December 2019", "(june 2016)"
_MONTH_ONLY = re.compile(r"\b" + _MONTH + r"(?:\s+of)?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"(?P<last_week>,?\s+(?:of\s+)?last week\b)?",
    re.I,
)
# "two days ago", "3 days ago": counted back from the publication (or dispatch) day.
_DAYS_AGO = re.compile(r"\b(?P<count>\d{1,2}|one|two|three|four|five|six|seven|a few)\s+days?\s+ago\b", re.I)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DIGIT = re.compile(r"\d")
_SLASHED = re.compile(r"\b(?P<year>(?:19|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)\b")
# "12.04.2019", "25/03/2019", and month first as American pages print it, "09/27/2021": the second number may
# be over 12 (dates.py reads which of the two is the month).
_DOTTED = re.compile(r"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b")
# "In a statement issued here today, X said": the day of the statement, not of the event.
# "the university announced on 2 June 2023", "X said on Monday that": the day of the report, not of the event.
# "from Monday 10 to Saturday 15 June": the weekday before a day's number says nothing the number does not.
_WEEKDAY_BEFORE_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)",
    re.I,
)
# "Wednesday (7/8/2019)", "Monday, 6/5/2024": the weekday printed just before a numeric date, which tells a
# day-first reading from a month-first one.
_WEEKDAY_JUST_BEFORE = re.compile(
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[\s,(]*$", re.I
)
_REPORTED_ON = re.compile(
    r"\b(?:announced|said|reported|stated|confirmed|told reporters)\s+(?:on|this|last)\s+[^,.;]*?"
    r"(?=\s+that\b|[,.;]|$)",
    re.I,
)
_REPORTING = re.compile(r"\b(?:statement|said|says|told|announced|reported|press release)\b", re.I)
_NEAR_DAY = re.compile(r"\b(?:yesterday|today|this morning|this afternoon|tonight)\b", re.I)
_VAGUE = re.compile(r"\b(?:recently|lately|the other day|in recent days)\b", re.I)
_NEXT_DAY = re.compile(r"\b(?:the following day|the next day)\b", re.I)
# "On the second day of the visit", "on the final day of the trip": a day of the span just told.
_NTH_DAY = re.compile(
    r"\b(?:on )?the (?P<nth>first|second|third|fourth|fifth|last|final|closing) day of (?:the|their|his|her|"
    r"its|this) (?:[\w-]+ )?(?:visit|trip|tour|stay|programme|program|forum|conference|event)\b",
    re.I,
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
# "earlier this month", "last month", "last week": only the month is known, and only where the span is in one
# month
_THIS_MONTH = re.compile(
    r"\b(?:earlier|early|at the beginning of|in the middle of|late|at the end of) this month\b", re.I
)
_LAST_MONTH = re.compile(r"\blast month\b", re.I)
# "on the 7th", "at 2 pm on the 26th of last month", "On the morning of the 28th,": a day of the month told
# without its month (the way many Korean, Japanese and Chinese pages write the day), its month the
# publication's or, where the day is later than the publication's or "last month" says so, the one before.
# Only where a time word leads to it and nothing but a clause's end follows ("the 4th floor", "the 10th
# Forum" are no days).
_DAY_OF_MONTH = re.compile(
    r"\b(?:on|of) the (?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?: of (?P<which>last|this) month\b)?"
    r"(?=\s*(?:[,.;:)]|$|(?:at|in|when|and|with|as)\b))",
    re.I,
)
_WEEK = re.compile(r"\b(?:last|this|earlier this|past) week\b", re.I)
# "... From: zzu   Publish Date: 2016.09.27   Read Count: 408", "release date :2016-09-05 08:16:00 | ...": a
# labelled date inside a long byline line.
_DATE_LABEL_IN_LINE = re.compile(
    r"\b(?:Publish(?:ed)?(?:\s+(?:date|time|on))?|Posted(?:\s+on)?|Release\s+(?:time|date)|Publication\s+date|"
    r"Date\s+(?:of\s+)?publi\w+)\s*:\s*",
    re.I,
)
_DATE_LABEL = re.compile(r"(?:Published|Posted|Date|Release (?:time|date)|Publication date|Updated)\b", re.I)
# "Date: 2015/08/226": a page's date label whose day the page garbled (three digits or more); its year and
# month still hold.
_GARBLED_DAY = re.compile(r"\b(?P<year>(?:19|20)\d\d)[/.-](?P<month>0?[1-9]|1[0-2])[/.-]\d{3,}\b")
# "... Count: 8   Date: 2015/08/22": a bare "Date:" label among a byline's other labels.
_DATE_LABEL_AMONG_LABELS = re.compile(r"(?<=\s)Date\s*:\s*(?=(?:19|20)\d\d[/.-])")


# -- Phrases every event reader looks for ----------------------------------------------------------------

# The verbs that say a document was signed, in each form, as one vocabulary every pattern below reads (a verb
# known in one place and not another let "sealed", "executed" or "struck" sign a document in one sentence
# shape and not in the next). "executed" and "initialled" are the legal words for signing, "struck" and
# "sealed" those of a deal; "initial" alone is an adjective ("the initial MoU") and is left out.
SIGNED_FORMS = (
    r"(?:signed|inked|penned|concluded|sealed|formali[sz]ed|executed|initial(?:l)?ed|struck|entered into|"
    r"put pen to paper)"
)
SIGN_BASE_FORMS = (
    r"(?:sign|ink|pen|conclude|seal|formali[sz]e|execute|strike|enter into|put pen to paper|"
    r"renew|extend|prolong)"
)
# "executed", "struck" and "initialled" sign a document only close before its name ("executed several projects
# under the MoU", "the pandemic struck before the agreement ..." sign nothing).
SIGNED_NEAR_ONLY = r"(?:executed|executes?|executing|struck|strikes?|striking|initial(?:l)?(?:ed|ing))"
# "A, B seal MoU", "X inks pact with Y": a headline tells a signing in the present.
SIGNS_FORMS = (
    r"(?:signs?|inks?|pens?|concludes?|seals?|formali[sz]es?|executes?|strikes?|enters? into|"
    r"puts? pen to paper)"
)
SIGNING_GERUNDS = (
    r"(?:signing|inking|penning|concluding|sealing|formali[sz]ing|executing|initial(?:l)?ing|striking|"
    r"entering into|putting pen to paper)"
)
# Any of them before a document's name (the text before it ends `$`); a near-only verb within five words.
SIGNING_VERB_BEFORE_THE_NOUN = (
    r"\b" + SIGNED_NEAR_ONLY + r"\b(?=(?:\s+[\w'’()-]+){0,5}\s*$)|"
    r"\b(?!"
    + SIGNED_NEAR_ONLY
    + r"\b)(?:"
    + SIGNED_FORMS
    + r"|"
    + SIGNS_FORMS
    + r"|"
    + SIGNING_GERUNDS
    + r")\b"
)

ONLINE = re.compile(
    r"\b(?:online|virtual(?:ly)?|video ?(?:conference|conferencing|call|link|meeting)s?|"
    r"videoconferenc\w*|via video|by video|video meeting|held on distance|remotely|zoom|webinar|"
    r"cloud (?:meeting|signing))\b",
    re.I,
)

# The occasion just told, told again as held online: "The virtual MoU signing aimed to ...", "The MoU was
# conducted virtually", "present at the online programme", "The event was held virtually". The online word
# tells how the occasion was held (right before its noun, or after a verb of holding), not a topic ("The
# agreement covers online courses").
ONLINE_OCCASION_RETOLD = re.compile(
    r"\b(?:the|this)\s+(?:online|virtual|video|remote)\s+(?:(?:MoU|MOU|agreement|memorandum)\s+)?"
    r"(?:signing|ceremony|event|occasion)\b|"
    r"\b(?:at|during|in|joined|attended)\s+the\s+(?:online|virtual)\s+(?:programme|program|session)\b|"
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:MoU|MOU|agreement|memorandum|signing|ceremony|event|occasion)"
    r"\s+(?:(?:was|were)\s+(?:conducted|held|signed|done|executed|organi[sz]ed|carried out)|took place)\s+"
    r"(?:online|virtually|remotely|via (?:video|zoom)|by video)\b",
    re.I,
)

FUTURE = re.compile(
    r"\b(?:will|would|shall|plans? to|planned|planning|intends? to|is to|are to|scheduled|"
    r"next visit|to be held|expected to|(?:is|are) (?:set|due|poised|slated) to|invited\b[^.]*\bto visit|"
    r"look(?:s|ing)? forward|hopes? to)\b",
    re.I,
)

GROUP_OF_TWO = re.compile(
    r"\b(?:the two|both)\s+(?:universities|sides|schools|parties|institutions|"
    r"presidents|colleges|leaders|representatives|countries)\b|\bthe two\b(?!\s+\w+\s+of)|"
    r"\btwo (?:sides|parties)\b|"
    r"\b[Tt]he (?:parties|sides)\b(?!\s+(?:of|from|to)\b)|"
    # "signed by the 2 parties", "between two universities": the pair, its number in digits or with no article
    r"\b(?:the|between|by)\s+(?:2|two)\s+(?:universities|sides|parties|institutions|schools)\b",
    re.I,
)

THE_DELEGATION = re.compile(
    r"\b(?:the|this|their) (?:delegation|guests?|visitors?|visiting team)\b|\bhis group\b", re.I
)

UNNAMED_HOME = re.compile(
    r"\b(?:our|Our) (?:[Ss]chool|[Uu]niversity|[Cc]ollege|[Ii]nstitute|[Cc]ampus|[Uu]niversities)\b|"
    r"\bthe University delegation\b"
)

# A trip told as going abroad: the gold records it with no host, so it stays a record without one
# (delegations.no_trip_to_no_host).
TRIP_ABROAD = re.compile(r"\babroad\b")

# A quotation: its "our university" is the speaker's, not the publisher's ("“Their students enliven
# our campus,” said Prof. A of X").
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")

# Sentences that only give background: existing ties, history, founding facts.
BACKGROUND = re.compile(
    r"\b(?:(?:had|has|have) (?:already )?established|since (?:19|20)\d\d|alma mater|founded in|was founded|"
    r"established in (?:19|20)\d\d|"
    r"established (?:an? |the )?(?:[\w-]+ )?(?:cooperation|partnership|relations?)|"
    r"is located|located in|such as|mentioned|part of|member of|"
    r"long-standing relationship|course with|sister (?:school|university)|"
    r"already (?:has|have|had|cooperates?|works?)|"
    r"existing partners?|partnerships? with (?:several|many|more than)|ranks?|ranked|ranking|alongside|"
    r"among the top|one of the (?:top|best|leading|oldest|largest)|graduated|graduates? of|alumn\w*|"
    r"studied at|"
    r"(?:his|her) (?:PhD|doctorate|degree)|(?:PhD|doctorate|degree) (?:from|at)|funded by|sponsored by|"
    r"supported by|with the (?:financial )?support of|"
    r"(?:maintains?|has|have) (?:\w+ )?(?:partnerships?|ties|relations) with|"
    r"(?:\d+|several|many|numerous) (?:\w+ )?(?:partner|partners|partnerships|universities|institutions)|"
    r"(?:our|its|their) (?:other )?partners (?:are|include)|apart from|already (?:function|operat|exist)\w*|"
    r"let us remind|(?:be|is|was) recalled|cooperat\w+ with [^.]* for many years)\b",
    re.I,
)

# "The renewal was signed on November 25 ...": a sentence about the agreement just told.
TOLD_SIGNING = re.compile(
    r"\b(?:The|the|This|this) (?:renewal|extension|signing|agreement|memorandum|MoU|MOU|document)\b[^.]*?"
    r"\b(?:was|were) (?:" + SIGNED_FORMS + r"|renewed|reached)\b"
)

# "Members from A, B and C took part", "The institutions involved in the signing include A, B and C": who was
# at the meeting just told.
TOOK_PART = re.compile(
    r"\b(?:took part|participated|were (?:also )?present|"
    r"(?:were |are )?involved in the\b|joined (?:the )?(?:meeting|talks|session|event)|"
    r"were (?:also )?represented|(?:[Rr]epresentatives|[Dd]elegates|[Mm]embers) (?:also )?came from)\b",
    re.I,
)

# "During the visit, ...", "On the sidelines of the visit": some day of the trip being told.
DURING_THE_VISIT = re.compile(
    r"\b(?:during|on the sidelines of|in the course of|over the course of) (?:the|their|this|his|her|its) "
    r"(?:[\w-]+ )?(?:visit|trip|stay|tour)\b",
    re.I,
)

# "after the first one held on April 15th": another, earlier event
# "the agreement signed online last week", "the MoU we concluded two years ago": an earlier signing
# retold as a document's description; its verb and its "online" tell nothing of the sentence's own meeting.
RETOLD_EARLIER_SIGNING = re.compile(
    r"\b(?:the|this|that|our|their|its)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements?|memorand(?:um|a)|mous?|accords?|documents?|contracts?)\s+"
    r"(?:(?:that|which)\s+(?:was|were|we|they)\s+)?" + SIGNED_FORMS + r"\s+"
    r"(?:(?:online|virtually|remotely|in person|by video ?conference)\s+)?"
    r"(?:last\s+(?:week|month|year|autumn|spring|summer|winter|semester)|"
    r"(?:a|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?)\s+ago|"
    r"earlier(?:\s+this\s+(?:week|month|year))?|previously)\b",
    re.I,
)
# "... since the Forum, which was recently held, agreed ...": an event held before the story's.
PAST_REFERENCE = re.compile(
    r"\b(?:the first one|the previous (?:one|meeting)|last year[’']s|"
    r"(?:which|that) (?:was|were) recently held|held recently)\b",
    re.I,
)
# "earlier in December 2023", "back in 2019", "as early as May": a date told as before the story's day.
RECALLED_DATE_BEFORE = re.compile(
    r"\b(?:earlier|back|previously|already|as early as)\s+(?:in\s+|on\s+)?(?:the\s+)?$", re.I
)
# "19 January 2025, Busan - ", "Irbid, Feb.1 (Petra) - ", "Beirut, 06/10/2009- ": the dash that ends a
# dispatch's dateline, within its first characters.
DISPATCH_DASH = re.compile(r"\s*(?:--|–|—|-)\s+|(?<=\d)-\s*(?=[A-Z])")
DATELINE_LENGTH = 48


# -- Cheap pre-checks ---------------------------------------------------------------------------------

# Lower-case fragments without which a sentence cannot tell an event of each sort (a speed pre-check;
# the patterns below decide).
DELEGATION_CUES = (
    "visit",
    "officials",  # "met with the officials of X" (_MET_THE_HOSTS_PEOPLE)
    "representatives",
    "authorities",
    "leadership",
    "management",
    "hospitality",
    "reception",
    "proceeded",
    "spent",
    "moved on",
    "went",
    "headed",
    "continued",
    "delegat",
    "host",
    "receiv",
    "welcom",
    "guest",
    "arriv",
    "came to",
    "tour",  # "toured", and the nouns of travel (TRIP_NOUNS): "during a tour to ..."
    "trip",
    "mission",
    "journey",
    "paid",
    "travel",
    "sent",
    "courtesy",
    "called on",
    "held ",
    "greet",
    "was in ",
    "were in ",
    "was at ",
    "were at ",
    "ambassador",
    "envoy",
    "consul",
    # a meal or a ceremony given for guests (_A_RECEPTION_FOR)
    "dinner",
    "banquet",
    "lunch",
    "breakfast",
    "ceremony",
)

AGREEMENT_CUES = (
    "agreement",
    "memorand",
    "mou",
    "contract",
    "protocol",
    "renewal",
    "extension",
    "signing",
    "signed",
    "inked",
    "penned",
    "intent",
    "loi",
    "moa",
    "accord",
    "pact",
    "arrangement",
    "memo of",
    "deal",
    "declaration",
    "convention",
    "partnership",
)

MEETING_CUES = (
    "discuss",
    "extend",
    "prolong",
    "pen to paper",
    "sealed",
    "formali",
    "meet",
    "met",
    "talk",
    "symposium",
    "seminar",
    "workshop",
    "committee",
    "council",
    "commission",
    "assembl",
    "ceremony",
    "conferenc",
    "receiv",
    "welcom",
    "online",
    "virtual",
    "video",
    "sign",
    "renew",
    "inked",
    "distance",
    "zoom",
    "webinar",
    "remote",
    "penned",
    "conclu",
    "exchanged",
    "entered into",
    "round table",
    "forum",
)

# -- Agreements: the nouns, the words that name them, the verbs that say signed, renewed or only discussed ---

# Quotation marks a document's printed name opens or closes on (the “Key Partnership Agreement”, «Protocol
# on Exchanges»): they set the name off and are no part of its title, balanced or not.
TITLE_QUOTES = "\"'“”‘’«»„‟"

AGREEMENT_NOUN = re.compile(
    r"\b(?P<noun>memorand(?:ums?|a)|MoUs?|MOUs?|agreements?|contracts?|protocols?|"
    r"letters? of (?:intent|understanding)|LoIs?|LOIs?|MoAs?|MOAs?|accords?|pacts?|"
    r"memos? of (?:understanding|agreement|cooperation)|arrangements?|joint declarations?|"
    r"declarations? of intent|"
    r"(?<!great )(?<!good )deals?(?!\s+(?:to|for)\s+(?:buy|sell|acquire|purchase|supply|the sale|"
    r"the purchase))|conventions?(?!\s+(?:cent(?:re|er)|hall|bureau))|"
    # "signed a strategic partnership with B", "the signing of the partnership" (lower case: "the Global
    # Partnership for Education" is a body; "a partnership agreement" is named by its own noun)
    r"(?-i:partnerships?)(?!\s+(?:[\w-]+\s+)?(?:agreements?|accords?|memorand|mo[ua]s?\b|deals?|contracts?|"
    r"protocols?|pacts?|conventions?|arrangements?)))\b",
    re.I,
)
# "signed an implementation arrangement", "an arrangement for student exchange was signed", "inked a deal
# with", "a partnership convention was signed": these nouns name a document only where a signing verb is told
# close to them ("made arrangements for the visit", "a deal to buy the land", "the Geneva Convention": none).
ARRANGEMENT_NOUN = re.compile(r"arrangements?|deals?|conventions?|partnerships?", re.I)
# A partnership is a document only where a signing verb governs it ("signed a strategic partnership with",
# "entered into a partnership", "will sign a partnership"), not where a signing is told of it as a noun.
PARTNERSHIP_SIGNED_BEFORE = re.compile(
    r"\b(?:" + SIGNED_FORMS + r"|" + SIGNS_FORMS + r"|sign|renew(?:s|ed)?)\s+(?:\S+\s+){0,4}$", re.I
)
# "A and B announced a partnership", "A launched a strategic partnership with B": a partnership made public as
# made is one formed (not "announced plans for a partnership", nor "will launch a partnership").
PARTNERSHIP_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announc(?:ed|es)|launch(?:ed|es)|unveil(?:ed|s)|forg(?:ed|es))\s+"
    r"(?:(?:a|an|the|their|its|new|strategic|formal|official|joint|global|long-term|academic|"
    r"research|[\w-]+-year)\s+){0,4}$",
    re.I,
)
SIGNED_CLOSE_BEFORE = re.compile(
    r"\b(?:sign\w*|conclud\w*|renew\w*|exchanged|" + SIGNED_FORMS + r"|" + SIGNING_GERUNDS + r")\s+"
    r"(?:\S+\s+){0,7}$",
    re.I,
)
SIGNED_CLOSE_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?"
    r"(?:" + SIGNED_FORMS + r"|renewed)\b|"
    # "the deal, sealed by A and B", "through a convention signed on 4 May"
    r"^\s*,?\s*(?:" + SIGNED_FORMS + r"|renewed)\s+(?:by|on|in|at|between|with|last|earlier)\b",
    re.I,
)

# The kind of an agreement (extraction-format.md) from the words that name it, as (kind, words): the first
# rule whose words the name holds decides.
# - What a document sets up decides before anything ("an agreement on establishing a joint institute").
# - Then its head noun: a memorandum (MoU, MoA) is an MoU whatever it is about ("an MoU on student exchange",
#   "a memorandum of understanding on academic mobility"), unless it is named for a student exchange itself
#   ("Memorandum of Student Exchange", "memorandum on student exchange"): then that is its kind.
# - Then the topic of any other document: a partnership, a student exchange (in any word order: "exchange
#   of students", "students exchanging"), cooperation of any sort; else "other" (a contract, a protocol,
#   a letter of intent; a_plain_agreement_is_for_cooperation makes a bare "agreement" a cooperation one).
JOINT_INSTITUTE_WORDS = re.compile(r"establish\w*[^.]*institute|joint (?:institute|school|college)")
STUDENT_EXCHANGE_WORDS = re.compile(
    r"\bstudents?[ -]exchang\w*|\bexchang\w* (?:of |for )?students\b|"
    r"\b(?:students?|academic|staff|credit) mobility|\berasmus"
)
# (a memorandum is the head noun, not one of a list before it: "MOU and Student Exchange Agreements")
MEMORANDUM_NOUNS = re.compile(
    r"(?:\bmemorand(?:um|a)|\bmo[ua]s?|\bmemos? of (?:understanding|agreement|cooperation))\b"
    r"(?!\s*(?:and|&|,)\s+(?:[\w-]+\s+){0,4}(?:agreements?|contracts?|protocols?|accords?)\b)"
)
MEMORANDUM_NAMED_FOR_AN_EXCHANGE = re.compile(
    r"\bmemorand(?:um|a) (?:of|on|for) (?:the )?"
    r"(?:(?:academic )?students?[ -]exchang|exchang\w* (?:of )?students)"
)
PARTNERSHIP_WORDS = re.compile(r"\bpartnership")
COOPERATION_WORDS = re.compile(
    r"cooperation|cooperative|collaboration|academic|exchange|inter-school|framework"
)
# The kinds a general name gives ("an agreement", "a collaborative agreement"): told again by a narrower name,
# the document is of the narrower kind.
GENERAL_KINDS = frozenset({"cooperation_agreement", "other"})
AGREEMENT_KIND_RULES = (
    ("joint_institute", JOINT_INSTITUTE_WORDS),
    ("student_exchange", MEMORANDUM_NAMED_FOR_AN_EXCHANGE),
    ("mou", MEMORANDUM_NOUNS),
    ("partnership", PARTNERSHIP_WORDS),
    ("student_exchange", STUDENT_EXCHANGE_WORDS),
    ("cooperation_agreement", COOPERATION_WORDS),
)

# The words in front of an agreement noun that name it ("academic cooperation", "HUST-RWTH Key Partnership").
PHRASE_WORDS = {
    "training",
    "internship",
    "scholarship",
    "licensing",
    "articulation",
    "credit",
    "transfer",
    "inter-institutional",
    "dual",
    "double",
    "degree",
    "mobility",
    "staff",
    "faculty",
    "teaching",
    "scientific",
    "academic",
    "educational",
    "university",
    "strategic",
    "key",
    "inter-school",
    "cooperation",
    "cooperative",
    "collaboration",
    "partnership",
    "exchange",
    "student",
    "students",
    "research",
    "medical",
    "bilateral",
    "framework",
    "three-party",
    "tripartite",
    "friendship",
    "comprehensive",
    "general",
    "joint",
    "new",
    "separate",
    "other",
    "the",
    "a",
    "an",
    "and",
    "of",
    "on",
    "in",
}

# Words that end an agreement's name on the left: institutions and verbs are not part of it.
# "a Memorandum of Understanding and Student Exchange Agreement", "the MOU (MoU) & Research Agreement": text
# before "and" that ends in a document's name; the words after "and" name a second document, not this one.
DOCUMENT_NAME_ENDS = re.compile(
    r"\b(?:memorand(?:um|a)(?:\s+of\s+(?:understanding|agreement|cooperation))?|mo[uas]s?|agreements?|"
    r"accords?|contracts?|protocols?)\s*(?:\([^()]{1,12}\)\s*)?$",
    re.I,
)
NOT_IN_TITLE = {
    "University",
    "Universiti",
    "Institute",
    "College",
    "Academy",
    "Ministry",
    "Company",
    "signed",
    "Signed",
    "Signs",
    "signs",
    "renewed",
    "Renewed",
    "inked",
    "formed",
    "Forms",
    "with",
    "With",
}

AGREEMENT_TAIL = re.compile(
    r"\s+(?:of|on|for)\s+(?:(?!(?:in|at|with|by|between|to|and|was|were|is|on|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)(?!\d)[\w’'-]+\s*){1,6}"
)

# A signing not done yet: "are set to sign", "is due to be renewed", "plans to ink", "would like to conclude".
MODAL_SIGNING = (
    r"\b(?:will|would(?: like)?|shall|(?:is|are|was|were) (?:set|due|scheduled|expected|poised|slated|going|"
    r"about|planned|planning|preparing|ready|likely|to)|plans?|planning|intends?|intending|hopes?|hoped|"
    r"hoping|aims?|aimed|aiming|wants?|wish(?:es)?|seeks?|seeking|agreed|agree|proposed|proposes?|decided|decides?|"
    r"resolved)\s+(?:also\s+)?"
    r"to\s+(?:be\s+)?(?:" + SIGN_BASE_FORMS + r"|" + SIGNED_FORMS + r"|renewed|extended)\b|"
    # "will conclude", "could soon put pen to paper on", "shall be executed": a modal before any signing verb
    r"\b(?:will|would|shall|could|(?-i:may)|might|can)\s+(?:(?:also|soon|jointly|formally|officially)\s+)?"
    r"(?:be\s+)?(?:" + SIGN_BASE_FORMS + r"|" + SIGNED_FORMS + r"|renewed|extended)\b"
)

# A signing only hoped for, told by an adverb of chance, a noun of intent or an adjective of time to
# come: "and potentially sign an agreement", "confirmed their willingness to sign", "the decision to sign",
# "expressed interest in concluding an agreement", "will be set out in the upcoming memorandum", "to be
# followed in the near future by the signing of an agreement".
INTENDED_SIGNING = (
    r"\b(?:potentially|possibly|perhaps|maybe|eventually)\s+(?:to\s+)?(?:sign|conclude|ink|renew|extend)\b|"
    r"\b(?:willing(?:ness)?|readiness|intentions?|intent|desire|interest(?:ed)?|wish|eager(?:ness)?|"
    r"commitment|determination|prospects?|possibilit(?:y|ies)|way)\s+"
    r"(?:to\s+(?:sign|conclude|ink|renew|extend)|(?:in|of|for|towards)\s+(?:the\s+)?(?:possible\s+)?"
    r"(?:signing|concluding|renewing|extending|conclusion|renewal))\b|"
    # a decision, plan or offer of a signing ("the decision to sign", "plans for the signing of"), not
    # "the aim of signing the MoU was ...": the purpose of one done
    r"\b(?:decisions?|plans?|proposals?|ideas?|initiatives?|offers?|requests?)\s+"
    r"(?:to\s+(?:sign|conclude|ink|renew|extend)|for\s+(?:the\s+)?(?:signing|conclusion|renewal))\b|"
    r"\b(?:upcoming|forthcoming|proposed|prospective|planned|potential|future|possible|new\s+draft)\s+$|"
    r"\b(?:to be|will be)\s+followed\b[^.;]{0,60}?\bby\s+(?:the\s+)?(?:signing|conclusion)\s+of\b|"
    r"\bin the (?:near |foreseeable )?future\s+(?:by\s+)?(?:the\s+)?(?:signing|conclusion)\s+of\b"
)

# "reached a consensus on the signing of the MoU", "made progress on the conclusion of", "to reactivate an
# earlier MoU", "discussed signing an MoU": the signing talked about, not done.
SIGNING_TALKED_ABOUT = (
    r"\b(?:consensus|agreement|agreed|discussions?|discussed|talks?|negotiations?|progress|understanding|"
    r"preparations?|plans?|proposals?|steps|groundwork)\s+"
    r"(?:on|about|regarding|over|for)\s+(?:the\s+)?(?:possible\s+|future\s+|forthcoming\s+)?"
    r"(?:signing|renewal|conclusion|renewing|extension|reactivation)\s+of\b|"
    r"\b(?:reactivat\w*|revive|reviving|revival of)\b|"
    r"\b(?:discuss(?:ed|es|ing)?|explor(?:ed|es|ing)|consider(?:ed|s|ing)?)\s+(?:the\s+)?(?:possible\s+|"
    r"possibility of\s+|prospects? of\s+)?(?:signing|concluding|renewing)\b"
)

# "exchanged views on ... and signing a memorandum", "discussed the prospects of jointly signing": a signing
# named as what was talked about, in the clause of a verb of talk, is not done.
TALKED_ABOUT_BEFORE_GERUND = re.compile(
    r"\b(?:discuss\w*|exchanged (?:views|ideas|opinions)|talk(?:s|ed)? (?:about|on)|agreed on|explor\w*|"
    r"consider\w*|negotiat\w*|prospects?|possibilit(?:y|ies)|options?|plans?|proposals?)\b[^.;]*$",
    re.I,
)
# "the signing of the MoU", "at the signing ceremony of the agreement", "an MoU signing ceremony": a document
# whose signing is told as an occasion (a noun), right before or after its name.
SIGNING_OF_THE_DOCUMENT_BEFORE = re.compile(
    r"\bsigning\s+(?:ceremony\s+)?(?:of|for)\s+(?:the|this|that|said|an?)?\s*$", re.IGNORECASE
)
DOCUMENT_SIGNING_AFTER = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:-\s*)?signing\b(?!\s+(?:by|between|with)\b)", re.IGNORECASE
)
# "the signing of the MoU with C", "the MoU signing between A and B": partners named right after the document.
PARTNERS_RIGHT_AFTER = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?,?\s*(?:signing\s+)?(?:ceremony\s+)?(?:between|with|by|among)\b",
    re.IGNORECASE,
)
# "the renewal of relations", "renewed ties", "their renewed commitment": a renewal of something that is no
# document (written after the renewal word, as a lookahead: it renews no agreement named after it).
NOT_A_DOCUMENT_RENEWED = (
    r"(?!\s+(?:of\s+)?(?:(?:the|their|our|its|his|her|mutual|bilateral|old|historic|long-standing|academic)\s+)*"
    r"(?:relations|relationship|ties|friendship|contacts|links|dialogue|interest|commitment|efforts?|energy|"
    r"hopes?|focus|momentum|spirit|enthusiasm|vigou?r|pledges?)\b)"
)
# "talks with a view to signing an MoU", "paving the way for the signing of": a signing aimed at, not done.
SIGNING_AIMED_AT_BEFORE = re.compile(
    r"\b(?:with (?:a|the) view (?:to|of)|in (?:preparation|readiness) for|"
    r"pav(?:e|es|ed|ing) the way (?:for|to)|lay(?:s|ing)? the (?:ground|groundwork) for|towards?|"
    r"prepar(?:e|es|ed|ing|ations?)\s+(?:(?:the|its|their)\s+)?(?:\w+\s+)?for|"
    r"(?:will|shall|to)\s+(?:witness|attend|host|hold|organi[sz]e))\s+"
    r"(?:the\s+)?(?:eventual\s+|future\s+)?$",
    re.IGNORECASE,
)
# "the sides will continue talks before signing an agreement": a signing after something still to come.
SIGNING_AFTER_BEFORE = re.compile(r"\b(?:before|prior to|ahead of)\s+(?:the\s+)?$", re.IGNORECASE)
# "after signing the MoU", "upon renewing it", "..., signing the agreement": the gerund of a signing done.
DONE_BEFORE_GERUND = re.compile(r"(?:\b(?:after|before|upon|following|by|while|when|through)|,)\s+$", re.I)
# "He added that signing the agreement will provide ...": a signing told as the subject of a verb in the
# future (or of a modal) is weighed as a plan, not done.
GERUND_SUBJECT_BEFORE = re.compile(r"(?:^\s*|\b(?:that|because|since)\s+)$", re.I)
# ("may" in lower case only: "on 2 May 2023" is a day, not a modal)
MODAL_VERB_AFTER = re.compile(r"^[^.;,]{0,100}?\b(?:will|would|shall|could|can|(?-i:may)|might)\s+\w+", re.I)
# "... signing a memorandum in the future": not signed yet.
IN_THE_FUTURE_AFTER = re.compile(r"^[^.;]{0,40}?\bin the (?:near |foreseeable )?future\b", re.I)
# "The signing of the MoU will take place on 8 June", "the signing ceremony of the agreement is scheduled for
# June": a signing told as a noun whose own verb is in the future has not happened.
SIGNING_NOUN_BEFORE = re.compile(r"\b(?:the|a)\s+signing\s+(?:ceremony\s+)?(?:of|for)\s+[^.;]*$", re.I)
FUTURE_OCCASION_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:(?:will|shall|is to|are to)\s+(?:\w+\s+)?(?:take place|be held|happen|follow)|"
    r"(?:is|are)\s+(?:scheduled|planned|expected|due|set|slated)\b)",
    re.I,
)
# "Signing of an accord by A and B was considered at the talks", "... has been postponed": a signing told
# as a noun whose own verb is one of talk or plan has not happened either.
SIGNING_TALKED_OF_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:was|were|is|are|has been|have been)\s+(?:also\s+)?"
    r"(?:discussed|planned|proposed|considered|postponed|negotiated|put off|agreed upon)\b",
    re.I,
)
# "voiced the intention to speed up its signing", "fixed dates for its signing", "were still in the process
# of formalising", "plan to finalise and sign": a word of plan or intent in the clause of the signing word,
# before it: the signing is ahead. (A bare "will" is no such word: "the university will host
# students from A, having signed an MoU with it" tells a signing done.)
SIGNING_INTENDED_IN_THE_CLAUSE = re.compile(
    r"\b(?:going to|plan(?:s|ning)? to|intends? to|expected to|hop(?:es|ing)? to|look(?:s|ing)? forward to|"
    r"intentions?|willingness|readiness|dates? for|in the process of)\b",
    re.I,
)
# "... hopes to attract students following the signing of an MoU": a signing named as the time or means of
# what is ahead, done before it.
SIGNING_AS_A_TIME_BEFORE = re.compile(r"\b(?:after|following|upon|since|through|by)\s+(?:the\s+)?$", re.I)
# "held negotiations with B, during which an agreement was signed", "discussed cooperation, after which an MoU
# was signed": the talk is one clause, the signing told in a clause of its own (and done).
CLAUSE_OF_ITS_OWN_BETWEEN = re.compile(
    r"(?:\b(?:during|after|at|following|in the course of)\s+which|,\s*(?:where|when|whereupon)|"
    r"\band(?:\s+(?:then|finally))?|^,)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
# ("^,": "At the end of the negotiations, an agreement ... was signed", "After long talks, the MoU was
# signed": the word of talk ends a phrase of time, and the document's own clause follows the comma.)
# The document's own clause, which may name it at length ("an Agreement on cooperation in the field of
# educational, scientific and socio-cultural activities was signed"), says it was signed or renewed.
SIGNED_IN_ITS_OWN_CLAUSE_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?"
    r"(?:" + SIGNED_FORMS + r"|renewed)\b",
    re.I,
)
# "A signing ceremony was held to extend the term of the agreement": the ceremony did what it was held for.
CEREMONY_HELD_TO = re.compile(
    r"\bceremony\s+(?:was\s+held|took\s+place|was\s+organi[sz]ed)\s+(?:to|for)\s+(?:the\s+)?"
    r"(?P<verb>sign|conclud|extend|renew|prolong)\w*\b[^.;]*$",
    re.I,
)
# "renewed the agreement (first) signed in 2015", "their MoU, originally concluded in 2010", "they had signed
# in 2012"
EARLIER_SIGNING = re.compile(
    r"\b(?:(?:first|originally|initially|previously|earlier|once)\s+)?(?:" + SIGNED_FORMS + r"|"
    # "... that was concluded with TUFS in 1999", "the first formal agreement created in 2010"
    r"established|created)\b(?:\s+(?:with|between|by)\b[^.;,]{1,60}?)?\s+(?:back\s+)?in\s+"
    # "concluded in October 2018": the month too (agre33)
    r"(?:(?P<month>" + "|".join(CALENDAR_MONTHS) + r"),?\s+)?(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)"
)


# Where a sentence may turn to another document: "; ", or ", " before a named MoU or Agreement.
AGREEMENT_SEGMENT_BREAK = re.compile(
    r";|,\s+(?=(?:[A-Z][\w-]*\s+){0,5}(?:MOU|MoU|[Mm]emorand(?:um|a)|Agreement)\b)"
)
# After an agreement noun: "..., to be signed next year", "which will be signed": a plan.
TO_BE_SIGNED_AFTER = re.compile(
    r"(?:\s+(?:of|on|for|between|with)\b[^,.;]{0,60}?)?\s*,?\s*(?:(?:which|that)\s+)?(?:is |are |was |were )?"
    r"(?:to be|will be|would be|shall be|yet to be|"
    r"(?:is|are) expected to be)\s+(?:" + SIGNED_FORMS + r"|renewed|finali[sz]ed)\b",
    re.I,
)
# After an agreement noun, in its own clause: "An MoU ... was signed", "the accord has been sealed".
SIGNED_LATER_IN_THE_CLAUSE = re.compile(
    r"^[^.;]{0,240}?\b(?:was|were|is|are|has been|have been|had been|got|being)\s+"
    r"(?:(?:also|previously|originally|first|earlier|formally|officially|successfully)\s+)?"
    r"(?P<verb>" + SIGNED_FORMS + r"|renewed|formed|established|exchanged|"
    # "The MoU between A and B was extended for five years": a document extended is renewed
    r"(?:extended|prolonged)(?=\s+(?:for|by|until|till|through|on|in|to\s+(?:19|20)\d\d)\b|\s*[.,;]))\b",
    re.I,
)
# "extended their partnership by signing an MoU", "the partnership extension was marked by an MoU",
# "renewing the partnership, A and B signed ...": a document signed as a partnership is extended renews it
# (not "to discuss how to extend the partnership": an extension talked about).
PARTNERSHIP_EXTENDED = re.compile(
    r"\b(?:extend|renew|prolong)(?:s|ed|ing)\s+(?:the|their|its|our)?\s*(?:[\w-]+\s+){0,2}?partnership\b|"
    r"\b(?:extension|renewal|prolongation)\s+of\s+(?:the|their|its|our)?\s*(?:[\w-]+\s+){0,2}?partnership\b|"
    r"\bpartnership\s+(?:extension|renewal)\b",
    re.I,
)
# After an agreement noun: "the memorandum, signed by X and Y on May 3", "the MoU signing ceremony" (not
# "the memorandum of understanding may be renewed with ...": a verb after a bare "be" is not done).
# "Under an MoU signed in May, A will send ...", "As part of the agreement concluded on 4 March, ...": a
# document the sentence frames its (often future) news by; its participle tells a signing already done.
FRAMED_BY_A_DOCUMENT_BEFORE = re.compile(
    r"\b(?:[Uu]nder|[Aa]ccording to|[Aa]s part of|[Ww]ithin the framework of|[Ii]n line with|[Pp]ursuant to)"
    r"\s+(?:an?|the|this|that|their|its)\s+(?:[\w-]+\s+){0,3}$"
)
SIGNED_AFTER = re.compile(
    r"(?:\s+(?:between|with|of|on|for)\b[^,.;]{0,80}?)?\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?"
    r"(?<!\bbe )(?:(?P<verb>" + SIGNED_FORMS + r"|renewed|exchanged)\s+"
    r"(?:by|on|in|at|between|with|today|yesterday|during|last)\b|"
    # "the first formal agreement created in 2010": a document made in a year, told by another verb
    r"(?P<made>created|established|drawn up)(?=\s+(?:back\s+)?in\s+(?:19|20)\d\d\b))|"
    r"\s+(?P<noun>signing|renewal)"
    r"(?:\s+ceremony)?\b",
    re.I,
)
# "After the MoU signing ceremony, ...": the ceremony is named as a time, not told.
# "After the signing of the partnership agreement, the rectors ...": a signing named as the time of the
# sentence's news; with no party named in it, it is the signing of the pair the story is about.
SIGNING_AS_A_TIME = re.compile(
    r"\b(?:after|following|during)\s+(?:the\s+)?signing\s+(?:ceremony\s+)?of\b", re.I
)
ANOTHER_OCCASION_BEFORE = re.compile(
    r"\b(?:after|following|before|prior to|since)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I
)
# The head nouns of an agreement of no narrower kind (not a contract, a protocol, a letter of intent).
PLAIN_AGREEMENT = re.compile(r"\b(?:agreements?|accords?|pacts?|deals?|conventions?)\b", re.I)
# "reached an agreement on ...", "agreement that ...": a consensus, not a document.
# ("may be extended by agreement between the parties", "by mutual agreement": a consent, not a document)
CONSENSUS_BEFORE = re.compile(
    r"\b(?:reach(?:ed)?|reaching)\s+(?:an\s+)?(?:\w+\s+)?$|\b(?:by|upon)\s+(?:(?:mutual|common|written|"
    r"joint)\s+)?$",
    re.I,
)
# "A reached a transfer agreement with B", "An accord was reached between A and B", "had reached an agreement
# back in 2019": an agreement reached with its partners or its time is a document concluded; one reached
# "on", "to" or "about" something ("reached an agreement on closer ties", "an accord was reached to widen the
# exchange") is a consensus of talks, no document (CONSENSUS_BEFORE).
REACHED_BEFORE = re.compile(r"\b(?:reach(?:ed|es)?|reaching)\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
REACHED_AFTER = re.compile(
    r"^\s*(?:\([^()]{1,12}\)\s*)?(?:was|were|is|are|has been|have been|had been)\s+"
    r"(?:(?:also|finally|now|already|successfully)\s+)?reached\b",
    re.I,
)
TOPIC_OF_A_CONSENSUS = re.compile(
    r"\s*,?\s*(?:on|upon|to|regarding|concerning|about|over|that|as to|in principle)\b", re.I
)
CONSENSUS_AFTER = re.compile(
    r"\s+(?:on specific|that\b(?!\s+(?:is|was|were|are|will|would|has|had|have|shall)\b))\b"
)
# "The cooperation agreement between X and Y ...", "The MoUs involve X with Y": a document told by name,
# not by a verb (under a headline that reports the signing).
DEFINITE_BEFORE = re.compile(r"(?:^|\b)(?:The|the|This|this)\s+(?:[\w-]+\s+){0,3}$")
BETWEEN_AFTER = re.compile(r"\s+(?:between|with|involv(?:e|es|ed|ing))\b")
# "this MoU", "that agreement", "the said memorandum": a document pointed back to; "the MoU", "the renewed
# MoU": one perhaps pointed back to (the first kind is the one told before whatever its sentence names).
POINTED_BACK_BEFORE = re.compile(
    r"(?:^|\b)(?:(?P<demonstrative>this|that|the said|the same|the aforementioned)|the)\s+"
    r"(?:(?:new|renewed|signed|revised|updated)\s+)?$",
    re.I,
)
# "During the visit, an MoU was signed", "the meeting, during which an agreement was signed": a sentence that
# points back to the occasion just told, whose parties sign what it tells.
OCCASION_POINTED_BACK = re.compile(
    r"\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?(?:visit|meeting|talks|negotiations|discussions?|"
    r"trip|tour|occasion)\b|\bduring which\b",
    re.I,
)
# "recalled that the first agreement was signed in the 1990s", "where the agreement was signed three years
# ago": a signing told of another time than the occasion the sentence points back to.
ANOTHER_TIME_TOLD = re.compile(
    r"\b(?:ago|recall\w*|remind\w*|back in|previously|originally|once|first|in the (?:19|20)\d0s|"
    r"since (?:19|20)\d\d|last (?:year|month|week))\b",
    re.I,
)
# "17 MOUs", "several agreements": a count, not a record ("renewed on 3 May 2023 the MoU": a year is none).
COUNT_BEFORE = re.compile(
    r"(?:\b(?!(?:19|20)\d\d\b)\d+|\bvarious|\bseveral|\bmany|\bmultiple|\bnumerous|\ba number of|"
    r"\ba series of)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "X and Y signed the MoU in the presence of the Ambassador of Z": who looks on is no party.
WITNESSES_AFTER_SIGNING = re.compile(
    r"\b(?:" + SIGNED_FORMS + r"|renewed|exchanged)\b[^;]*?"
    r"(?P<witnesses>\b(?:in the (?:presence|attendance) of|witnessed by|(?:and )?observed by)\b)",
    re.IGNORECASE,
)
# "between A and B, Japan was signed at C", "with A (ANI) at the premises of C": the partners after "with" or
# "between" are one coordination; what the text between two names may hold to keep them in it (a
# parenthesis, a country or city after a comma, "of Belgium", the topic of that partner's document "on joint
# research"), then "and", "&", "as well as" or a comma,
# and before the next name an apposition that opens with an article ("the national oil company").
PARTNER_LIST_GAP = re.compile(
    r"(?:\s*\([^()]{0,40}\)"
    r"|\s*,?\s*(?:(?:of|in|from|based in)\s+)?(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?)?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?=\s*(?:,|\band\b|&|\bas well as\b))"
    r"|\s+(?:on|in|for|about|regarding)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"
    r"(?=\s*(?:,|\band\b|&|\bas well as\b)))*"
    r"\s*(?:,\s*(?:and\s+)?|\band\s+|&\s*|\bas well as\s+)(?:(?:with|between)\s+)?"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?)?(?:[A-Z][\w-]*-based\s+|[A-Z][\w-]*['’]s\s+)?$"
    # "with A; B; C and D": a list of partners set off by semicolons, each the next name straight after it
    r"|\s*;\s*(?:and\s+)?$"
)
# "Three universities signed an MoU. They are A, B and C.", "X signed an MoU with six institutions. The
# institutions involved include A, ...": a counted group whose members the next sentence lists.
COUNTED_GROUP = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:universities|institutions|institutes|partners|parties|organi[sz]ations|bodies|colleges|schools|"
    r"companies|members)\b",
    re.IGNORECASE,
)
# "inked an accord with the two Norvish colleges", "concluded by the four leading maritime institutes": a
# group the sentence counts and names no member of, the bodies an earlier sentence listed (agre33).
THE_GROUP_TOLD_BEFORE = re.compile(
    r"\b(?:the|these|those)\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?P<own>(?:[\w-]+\s+){0,3}?)"
    r"(?:universities|institutions|institutes|colleges|schools|organi[sz]ations)\b",
    re.IGNORECASE,
)
# "the two universities": the pair told, not a group counted beside it (agre29).
THE_PAIR_COUNTED = re.compile(r"(?:two|2)\b", re.IGNORECASE)
MEMBERS_LISTED_NEXT = re.compile(
    r"\s*(?:(?:they|these|those|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+"
    r"(?:are|were|include[ds]?)\b|the\s+(?:[\w-]+\s+){0,3}?(?:universities|"
    r"institutions|institutes|partners|parties|organi[sz]ations|signatories|members)\b[^.;]{0,60}?"
    r"\b(?:are|were|include[ds]?|comprise[ds]?)\b)",
    re.IGNORECASE,
)
# "A and B, C": after the "and" that joins a list's last member, a name set off by a comma alone is no member
COMMA_ONLY_GAP = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*,\s*(?:the\s+)?")
LIST_CLOSING_JOIN = re.compile(r"\band\b|&|\bas well as\b")
# "made a stop at A, where an agreement was signed, as well as at B": the clause tells what was done at A.
WHERE_CLAUSE = re.compile(r",?\s+where\b(?P<clause>[^,;]*)")
# "A (UA) with the University of B": two partners of one document, their names touching "with".
# "our university was the second (after the MSU alone) to sign ...": a bracketed remark opening on a
# lowercase word names institutions in passing, not parties ("(together with B)" still joins B to them).
ASIDE_REMARK = re.compile(
    r"\((?!(?:together|jointly|along|and|with|as well as|represented|on behalf)\b)[a-z][^()]{0,120}\)"
)
PAIR_WITH = re.compile(r"\)?\s*(?:\([^()]{0,40}\)\s*)?with\s+(?:the\s+)?")
# "with A (UA) on student exchange and with B ...": the words that follow one partner and tell its document.
OWN_TOPIC = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?P<topic>(?:on|for|in|about|regarding)\b[^,;]*)")
# "signed an MoU with A and a student exchange agreement with B": each document names its own partner.
DOCUMENT_WITH_PARTNER = re.compile(r"\s*,?\s*(?:each\s+)?with\b")
# "with" or "between": where a document's partners are named.
WITH_OR_BETWEEN = re.compile(r"\b(?:with|between)\b")
# "Another agreement was signed with B", "With B, an additional MoU was signed", "On the same day, a second
# memorandum ...": one more document of the signer just told, opening the sentence's main clause (after a
# fronted phrase, if any).
ONE_MORE_DOCUMENT = re.compile(
    r"^\s*(?:[^.;,]{0,60},\s*)?(?:[Aa]nother|[Aa]n? (?:additional|further|second|third)|[Oo]ne more)\b"
)
# "The university signed an MoU with B": a bare definite body word as the signer, read as the configured
# home institution when no named institution is left to be the subject ("the University of X" is a name).
THE_BARE_BODY = re.compile(r"\b[Tt]he (?:[Uu]niversity|[Ss]chool|[Cc]ollege|[Ii]nstitute)\b(?!\s+of\b)")
# "Also, X and Y concluded ...", "a separate agreement", "first signed a cooperation agreement in 2022":
# another document than the one told.
ANOTHER_DOCUMENT = re.compile(
    r"\b(?:[Aa]lso|another|separate|second|additional|originally|previously)\b|"
    r"\bfirst\s+(?:signed|concluded|inked)\b"
)
# "signed with the Embassy of X", "an MoU between the university and the French Embassy": a diplomatic mission
# told as the partner of a document. Anywhere else ("signed at the New Zealand Embassy", "thanks to the
# Embassy of Oman", "the French Embassy said") a mission is the place, a helper or the source of the news.
MISSION_AS_PARTNER = re.compile(
    r"\b(?:with|between(?:[^.;]*?\band)?)\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|the|in)\s+){0,6}?"
    r"(?:[Ee]mbass|[Cc]onsulat|[Hh]igh [Cc]ommission)"
)
# "Royal Holloway, University of London (RHUL)", "Viet Nam National University, Ho Chi Minh City (VNUHCM)":
# one name printed in two parts set off by a comma. What may stand between a part and the mention of the whole
# (or its acronym) that the part's name is in: the comma, a few capitalised words of the name, an opening
# bracket.
PART_OF_A_NAME_GAP = re.compile(r"\s*,\s*(?:[A-Z][\w.'’-]*\s+){0,5}\(?\s*")
# "the Embassy of X and A signed an MoU", "A and the French Embassy inked a pact": a mission in the pair
# that signs is a partner too.
_MISSION_HEAD = r"(?:[Ee]mbass|[Cc]onsulat|[Hh]igh [Cc]ommission)"
_SIGNED_AS_PAIR = (
    r"(?:have |has |had |jointly )?(?:signed|inked|sealed|concluded|entered into|formali[sz]ed)\b"
)
MISSION_AS_SIGNER = re.compile(
    r"(?:" + _MISSION_HEAD + r"[^.;,]{0,40}?\band\b[^.;]{0,80}?|"
    r"\band\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+|of\s+){0,6}?"
    + _MISSION_HEAD
    + r"[^.;,]{0,40}?)\b"
    + _SIGNED_AS_PAIR
)
# "under the auspices of the Ministry", "facilitated by the Embassy", "organised by C": words just before a
# body that make it the patron, helper or host of a signing, not a party to the document.
NO_PARTY_ROLE_BEFORE = re.compile(
    r"\b(?:under the (?:auspices|patronage|aegis) of|(?:facilitated|brokered|sponsored|organi[sz]ed|"
    r"supported|funded|hosted|convened|coordinated|mediated) by|with the support of|at the invitation of|"
    r"on behalf of the organi[sz]ers?|"
    # "with the assistance of C", "thanks to the efforts of C", "at the initiative of C", "through the
    # mediation of C": a helper or the one who proposed it
    r"with the (?:help|assistance|backing|blessing|endorsement|facilitation) of|"
    r"thanks to(?: the efforts of)?|"
    r"(?:at|on) the (?:initiative|suggestion|behest|request) of|"
    r"through the (?:mediation|good offices|efforts|facilitation) of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words of grammar printed in capitals: a run of words around them is text in capitals, not acronyms ("OF",
# "AND" and the names between them in "MEMORANDUM OF UNDERSTANDING BETWEEN X UNIVERSITY AND Y").
CAPITAL_GRAMMAR_WORDS = frozenset(
    {"OF", "AND", "THE", "BETWEEN", "FOR", "WITH", "ON", "IN", "TO", "AT", "BY", "FROM", "INTO", "AMONG"}
)
# "At a ceremony held at C, A and B signed ...", "A and B signed the MoU at C": a body told only as the place
# of the signing, where two others sign, is the venue, not a party. ("the Faculty of Law at C": a unit at its
# parent is no place; the reader checks that no name ends just before "at".)
VENUE_BEFORE = re.compile(r"(?:^|[^\w'’])(?:at|inside)\s+(?:the\s+)?$", re.IGNORECASE)
# "dean at C", "studies at C", "a professor at C": "at" after a person's post or study ties the person to C.
NOT_A_VENUE_BEFORE_AT = re.compile(
    r"\b(?:\w+(?:or|er|ist|ent|ant)|dean|head|chair\w*|fellow|staff|faculty|lecturer|professor|studies|"
    r"studying|studied|works?|working|worked|teach\w*|based|enrolled|graduated?)\s+at\s+(?:the\s+)?$|"
    # "the School of Nursing at C": a name (a capital word) just before "at" is a unit of C
    r"(?-i:\b[A-Z][\w'’-]*)\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Representatives of C looked on as A and B signed", "C watched as ...": who looks on is no party.
LOOKED_ON_AS = re.compile(
    r"\b(?:looked on|look on|looks on|watched|stood by|(?:was|were) (?:present|on hand))\s+as\b", re.I
)
# "the agreement", "this document": a document named by its noun alone, which refers back to one told.
BARE_DOCUMENT_NOUNS = frozenset(
    {"agreement", "document", "memorandum", "mou", "moa", "accord", "deal", "contract", "protocol"}
)
# "their 2015 memorandum", "the 2008 exchange agreement": a document named by the year it was signed.
EARLIER_YEAR_BEFORE = re.compile(r"\b(?:their|its|the|our)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "signed the cooperation agreement in June last year", "... signed last year": a year counted back from the
# publication's.
LAST_YEAR_AFTER = re.compile(
    r"\b(?:in\s+(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?:of\s+)?)?last year\b"
)
EARLIER_SIGNING_VERB = re.compile(r"\b" + SIGNED_FORMS + r"\b")
YEAR_IN_SEGMENT = re.compile(
    r"\b(?:[Ii]n|[Ss]ince) (?:(?P<month>" + "|".join(CALENDAR_MONTHS) + r"),? )?(?P<year>(?:19|20)\d\d)\b"
)
# "the agreement in place since 2011", "an MoU, in force since 2015,": a document whose state is dated by a
# year was signed in that year (extraction-format.md, "An earlier agreement"), whatever the sentence does
# with it now (renews it, discusses it).
IN_FORCE_SINCE_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:(?:which|that)\s+(?:has\s+been|have\s+been|was|were|is|are)\s+)?"
    r"(?:in place|in force|in effect|valid|active|operational|effective)\s+since\s+"
    r"((?:19|20)\d\d)\b(?![-–/]\d)",
    re.I,
)
# "X has had a student exchange agreement with Y since 2009", "the two have held an MoU since 2015": a
# document held since a year; the verb of holding before the document, the year after it (in the same clause).
HELD_SINCE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:had|held|maintained)\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,4}$",
    re.I,
)
HELD_SINCE_AFTER = re.compile(r"^[^.;]{0,120}?\bsince\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I)
# Where the words after an agreement noun stop naming it (", ", "and another agreement ...", "and had talks
# on student exchange": another clause).
OWN_WORDS_END = re.compile(
    r"[,.;]|\b(?:and|together with|as well as)\b(?=[^.]*\b(?:agreement|memorand|MoU|MOU))|"
    r"\band\s+(?:also\s+)?(?:had|held|discussed|exchanged|visited|toured|met)\b",
    re.I,
)
# "memoranda between A and several leading institutions in Central Asia: B, C, and D", "agreements with
# three partners, namely B, C and D": a plural group noun that announces the list of partners after it
# (the gap between the first partner and the list).
GROUP_BEFORE_THE_LIST = re.compile(
    r"\s*,?\s*(?:and|with)\s+(?:(?:the|its|their|several|various|many|a number of|\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s+)?(?:[\w-]+\s+){0,4}?(?:universities|institutions|partners|colleges|schools|"
    r"institutes|academies|organi[sz]ations)\b[^:;.()]{0,50}?(?::|,?\s+(?:namely|i\.e\.|viz\.?)(?:\s*:)?)\s*$",
    re.I,
)
# "with three universities on 4 May: A, B", "with several partners, including A and B": the group noun just
# after "with" that announces the partners listed after it (the gap from "with" to the first partner).
GROUP_ANNOUNCES_THE_LIST = re.compile(
    r"\s*(?:(?:the|its|their|several|various|many|a number of|\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten)\s+)?(?:[\w-]+\s+){0,4}?(?:universities|institutions|partners|colleges|schools|institutes|"
    r"academies|organi[sz]ations|bodies)\b[^:;.()]{0,50}?(?::|,?\s+(?:namely|including|i\.e\.|viz\.?)(?:\s*:)?)"
    r"\s*(?:the\s+)?$",
    re.I,
)
# "An MoU was signed on 4 May. The signatories were A and B.", "The parties to it are A and B", "It was signed
# by A and B": the next sentence's opening that lists a document's signatories.
SIGNATORIES_NEXT = re.compile(
    r"\s*(?:the\s+(?:signatories|signatory institutions|signing parties|parties(?:\s+to\s+(?:it|the\s+\w+))?|"
    r"partners(?:\s+(?:in|to)\s+(?:it|the\s+\w+))?)\s+(?:were|are|include[ds]?)|"
    r"(?:it|the\s+(?:document|memorandum|mou|agreement))\s+was\s+signed\s+by)\b",
    re.IGNORECASE,
)
# "A, B and C each signed an MoU with D", "... signed separate memoranda with D": one document a signer.
EACH_SIGNER = re.compile(r"\b(?:each|separate(?:ly)?|respectively|individually)\b", re.I)
# "signed agreements with B, C and D respectively", "... with B and C separately": a word right after a
# partner list that deals the document out, one a partner (brackets, as an acronym, may come between).
DEALT_OUT = re.compile(r",?\s*(?:\([^()]{1,40}\)\s*)?(?P<word>respectively|separately|individually)\b", re.I)
# "memoranda", "agreements", "MoUs": several documents, one a partner, where a group noun lists the partners.
SEVERAL_DOCUMENTS = re.compile(r"\b(?:memoranda|memorandums|mou?s|moas|agreements|accords|contracts)\b", re.I)
# "Agreement on establishing X Institute at Y": what follows is what it sets up, not its parties.
SETS_UP_AFTER = re.compile(
    r"\s+(?:on|for) (?:establishing|the establishment of|setting up|creating|founding)\b", re.I
)
# "ties between the two countries", "both countries' commitment": the states, not a pair of institutions that
# signs (GROUP_OF_TWO reads "the two countries" as the pair the story is at; a document's parties are not
# states).
PAIR_OF_COUNTRIES = re.compile(r"\b(?:the two|both)\s+(?:countries|nations|states)\b", re.I)
# "...with A; B; C and D.": a part after a semicolon that is names only (capitalised words and the small words
# inside names), so one more item of the list before it, not a clause of its own ("; B hosted the ceremony"),
# with the day the list's signing took place ("...; B; and C on Monday, 4 March.").
NAMES_ONLY = re.compile(
    r"\s*(?:and\s+)?(?:the\s+)?[A-Z][\w'’.&()-]*"
    r"(?:,?\s+(?:[A-Z][\w'’.&()-]*|of|for|and|the|de|del|la|le|du|der|für|in|at|on))*"
    r"(?:,?\s+on\s+(?:[A-Z][a-z]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?)?\s*[.,]?\s*"
)
# "Memorandum of Understanding (MoU)": the acronym of the document just named, in brackets after its name.
ACRONYM_IN_BRACKETS = re.compile(r"\s*\(\s*(?:MoUs?|MOUs?|MoAs?|MOAs?|LoIs?|LOIs?)\s*")
# "the signed preliminary agreement", "their previously signed MoU": a document told as signed already (in
# front of the words that name it).
# "a visit to follow up the signing of the MoU", "a meeting in implementation of the MoU", "the MoU was signed
# when X was still director": a document signed at another time than the sentence's occasion, which follows it
# up, carries it out or dates its signing by another time.
FOLLOWED_UP_BEFORE = re.compile(
    r"\b(?:follow(?:s|ed|ing)?[- ]?up(?:\s+on)?|in\s+(?:the\s+)?implementation\s+of|implement(?:s|ed|ing)?|"
    r"operationali[sz](?:e|es|ed|ing))\s+(?:the\s+|an?\s+|their\s+|its\s+)?"
    r"(?:signing\s+of\s+(?:the\s+|an?\s+|their\s+|its\s+)?)?(?:[\w-]+\s+){0,3}$",
    re.I,
)
SIGNED_WHEN_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:was|were|had\s+been)\s+(?:first\s+)?signed\s+(?:when|while|at\s+a\s+time\s+when)\b",
    re.I,
)
SIGNED_DOCUMENT_BEFORE = re.compile(
    r"\b(?:the|this|that|their|its|our|his|her)\s+(?:(?:previously|already|earlier|recently|jointly|newly)\s+)?"
    r"signed\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "A new Memorandum of Understanding between X and Y will enhance ...": a document told as new, whose signing
# the sentence takes as done (a plan says "will be signed", read before this).
NEW_DOCUMENT_BEFORE = re.compile(
    r"(?:(?:^|\b)(?:A|a|The|the|This|this)|\w['’]s) (?:newly signed |new )(?:[\w-]+\s+){0,3}$"
)
# "The signing of the MoU comes after the delegation visited X", "..., which followed talks with Y": what
# follows tells another event, whose institutions are no parties of the document.
ANOTHER_EVENT_AFTER = re.compile(
    r"\b(?:comes?|came|coming|follows?|followed|following)\s+(?:(?:shortly|soon|just|closely)\s+)?"
    r"(?:after|on the heels of)\b"
)


# -- Delegations: visits told as verbs and as nouns, hosting, the size of a delegation -------------------

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
}

# "visiting professors", "a visiting scholar", "visiting academic and non-academic staff programmes":
# "visiting" as an adjective of a person or a programme tells nobody's movement now ("the visiting
# delegation", "visiting team" still do: a group travels).
_VISITING_SOMEONE = (
    r"\s+(?-i:(?:[a-z][\w-]*\s+){0,3}?)(?:professors?|professorships?|scholars?|fellows?|fellowships?|"
    r"lecturers?|researchers?|students?|staff|academics?|faculty|programs?|programmes?|positions?|"
    r"hours|chairs?|speakers?)\b"
)

# "the visiting delegation", "this visiting team": a group already told, named again by its adjective (as
# "the delegation" is), unless its institution follows ("the visiting delegation from X").
_THE_VISITING_GROUP = (
    r"(?<!\bthe )(?<!\bthis )(?<!\bthese )(?<!\bour )\bvisiting\b|"
    r"\bvisiting(?=\s+(?:[\w-]+\s+)?(?:delegation|team|group|guests|party|side)\s+(?:of|from)\b)"
)

# "visited", "paid a visit", "travelled to"; the noun "the visit" alone tells nobody's movement ("the visit
# was supported by the embassy") unless a destination follows.
# "exchange visits", "an exchange of visits", "the visits of our staff": "visits" as a plural noun (after a
# determiner, "of" or a word that makes it a kind of visit) tells a topic or a programme, not a trip now; the
# verb ("X visits Y") follows its subject, a name or a group.
_VISITS_AS_A_NOUN = "".join(
    rf"(?<!\b{word} )"
    for word in (
        "of",
        "the",
        "these",
        "those",
        "their",
        "its",
        "our",
        "such",
        "many",
        "several",
        "two",
        "three",
        "exchange",
        "mutual",
        "reciprocal",
        "regular",
        "frequent",
        "periodic",
        "annual",
        "future",
        "further",
        "more",
        "joint",
        "faculty",
        "staff",
        "teacher",
        "scholar",
        "research",
    )
)

# "X called on Y on 3 May": a call paid to a named body; "called on Y to expand its support" urges Y (an
# infinitive other than a purpose of talks follows in the clause), "called on students" names nobody's place.
# A place named after a verb: a capitalised name, or "the university" the article is about.
_A_PLACE_NEXT = r"(?= (?:the )?(?-i:[A-Z])| the (?:university|campus|institute)\b)"
_CALLED_ON = (
    r"\bcalled on"
    + _A_PLACE_NEXT
    + r"(?![^.;:]*?\bto (?!(?:discuss|hold|meet|explore|sign|strengthen|review|exchange)\b)(?-i:[a-z]+)\b)"
)

# "A, rector of X, met with the representatives of Y", "Officials from X met with Y officials": meeting the
# people who speak for one named body (its officials, representatives, authorities) is calling on it; meeting
# those of several ("representatives of A, B and C") is an event's, and meeting a person tells no trip.
_THE_PEOPLE_OF_A_BODY = r"(?:representatives|officials|authorities|leadership|management)"
_MET_THE_HOSTS_PEOPLE = (
    r"\bmet(?:\s+with)?(?![^,;.]*?(?:,|\band\b)\s+(?:the\s+)?(?-i:[A-Z]))(?=\s+(?:the\s+)?(?:"
    + _THE_PEOPLE_OF_A_BODY
    + r"\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])|(?:(?-i:[A-Z])[\w’'.&-]*\s+){1,6}"
    + _THE_PEOPLE_OF_A_BODY
    + r"\b))"
)

VISIT = re.compile(
    r"(?:\bvisited\b|"
    + _VISITS_AS_A_NOUN
    + r"\bvisits\b|(?:"
    + _THE_VISITING_GROUP
    + r")(?!"
    + _VISITING_SOMEONE
    + r")|(?<!\bthe )(?<!\bthis )(?<!\bhis )(?<!\bher )(?<!\bits )\bvisit\b(?!or)|"
    r"\bvisit(?= to\b)|(?:paid|made) (?:a|an) [\w\s-]{0,20}?visit(?: to)?|arrived (?:at|in)|came to|"
    # "paid Nanjing University a visit", "paid Y a courtesy call": the host between the verb and the visit
    r"\b(?:paid|pays|paying)"
    r"(?= (?:the )?(?-i:[A-Z])[^.;]{0,150}?\b(?:a|an) (?:[\w-]+ ){0,2}?(?:visit|call)\b)|"
    r"travel(?:l)?ed to|"
    r"proceeded to(?= (?:the )?(?-i:[A-Z]))|moved on to(?= (?:the )?(?-i:[A-Z]))|"
    # "The delegation then went on to X", "headed to X", "continued to X": the next stop of a trip, named
    r"(?:went|headed|continued) (?:on )?(?:to|for)(?= (?:the )?(?-i:[A-Z]))|"
    r"(?:made|makes|make) (?:a|an|its|their) (?:[\w-]+ )?stop(?:over)? (?:at|in)|"
    r"stopped (?:off )?at|"
    # "led a delegation to X", and a trip under way: "is leading a delegation to X", "heads the one to X"
    r"(?:led|headed|leads|heads|(?:is|are|was|were) (?:currently )?(?:leading|heading)) (?:a|an|the) "
    r"(?:[\w-]+ ){0,2}delegation (?:of (?:[\w-]+ ){1,2})?to|"
    r"sent (?:a|an|its|their) (?:[\w-]+ ){0,2}(?:delegation|team) to|toured|"
    r"(?:paid|made) (?:a|an) (?:[\w-]+ )?(?:courtesy )?call (?:on|to)|"
    # "Five professors from X spent a week at Y": a stay at a named place
    r"spent (?:a|an|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?) at"
    r"(?= (?:the )?(?-i:[A-Z]))|"
    r"courtesy call (?:on|to)|" + _CALLED_ON + r"|"
    # "Officials from X held talks at Y": talks held at a named place are a call on it
    r"held (?:talks|meetings|discussions|consultations|negotiations) at"
    + _A_PLACE_NEXT
    + r"|"
    + _MET_THE_HOSTS_PEOPLE
    + r")\b",
    re.IGNORECASE,
)

# "went on to X", "headed to X", "continued to X" tell a trip only of a travelling group ("The delegation then
# went on to X", "It then headed for X"), not of anyone going on to something ("Graduates of A went on to B").
GOING_ON = re.compile(r"(?:went|headed|continued) (?:on )?(?:to|for)", re.I)
GROUP_GOING_ON = re.compile(
    r"\b(?:delegation|delegates|team|group|guests|visitors|[Tt]hey|[Ii]t|[Ww]e)\b[^,;.]{0,40}$"
)

# "A held talks with B, who arrived on a working visit to A", "..., which came to A on a visit": a relative
# clause telling its antecedent's trip; the antecedent starts after the verb or preposition before it.
WHO_CAME = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}?(?:arrived|came|was|were|is|are|paid|made)\b")
WHO_CAME_AFTER = re.compile(r"\b(?:with|by|met|received|welcomed|greeted|hosted)\s+")
# "A thanked B for his hospitality", "A thanked the guest for his visit", "A expressed gratitude to B for the
# warm welcome": a trip the thanks imply (delegations.py: who was whose guest).
THANKED_FOR = re.compile(
    r"\b(?:thanked|thanks|thanking|expressed (?:his |her |their |deep |sincere )?(?:gratitude|thanks|"
    r"appreciation) to)\s+(?P<whom>[^;]{2,90}?)\s+for\s+(?:(?:his|her|their|the|its|this)\s+)?"
    r"(?:(?:warm|kind|generous|cordial|official|special)\s+)?(?P<what>hospitality|welcome|reception|visit)\b",
    re.I,
)
# "Data from X show that ...", "X said that ...": a source and its report; the visitor is told after "that".
REPORTED_THAT = re.compile(
    r"\b(?:shows?|showed|says?|said|reports?|reported|notes?|noted|indicates?|indicated|reveals?|revealed|"
    r"states?|stated|announced|explained|added|confirmed)\s+that\b"
)

# Where the part of a sentence naming a trip's hosts ends: "to hold talks", "in order to" (a purpose, whose
# partners may be anyone), "according to X" (the source of the news, no place called on). Other purposes
# ("arrived in Beijing to strengthen ties with Y") may name the one called on.
HOSTS_END_AT = re.compile(r"\bto (?:hold|discuss)\b|\bin order\b|\baccording to\b")

# "The programme also included a visit to X", "They also visited X": a side visit of a trip told already.
SIDE_VISIT = re.compile(r"\balso\b[^.]*\bvisit|\bincluded a visit\b")

# "X received a visit from Y", "said A of X on receiving a two-day visit from Y", "X had the honour to
# receive a visit from Y", "X hosts a study visit by Y": X, the subject of the verb, hosts; whoever follows
# travels.
# Every form of the verb: a participle or infinitive tells the hosting as well as the past tense does.
_HAD_A_VISIT = (
    r"(?:receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|had) (?:a|an) (?:[\w-]+ ){0,2}"
    r"visit "
    r"(?:from|by|of)\b"
)
PASSIVE_VISIT = re.compile(
    r"\b(?:was|were) (?:host(?:ed)? to|visited by|attended by|received by|hosted by)\b|"
    r"\b(?:played|plays|play|playing) (?:the )?host to\b|"
    r"\b(?:was|were) (?:hosted|received|welcomed) (?:at|in)(?= (?:the )?[A-Z])|"
    r"\battended by a delegat\w*|\bhosted by\b|\bwere received by\b|"
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:welcomed|received|hosted|greeted|met|expected|awaited)\s+by\b|"
    r"\b" + _HAD_A_VISIT + r"|"
    # "Y was the venue of a visit by X": the place of the visit hosts it
    r"\b(?:was|is) the (?:venue|scene|site|setting) (?:of|for) (?:a|an|the) (?:[\w-]+ ){0,2}visit "
    r"(?:from|by|of)\b",
    re.IGNORECASE,
)

# "received here today", "welcomed on Tuesday 4/6/2024", "hosted warmly last week", "received, in his
# office,": where or when the hosting took place, told between the verb and its guest (at most three such
# words or one "on ..." phrase of four, then a place set off by commas).
_HOSTING_ADVERBIAL = (
    r"(?:(?:(?:here|there|today|yesterday|tonight|warmly|cordially|recently|also|officially|formally|"
    r"this|last|week|morning|afternoon|evening),?\s+){1,3}|on\s+(?:[\w/.-]+,?\s+){1,4}?)?"
    r"(?:,?\s*(?:in|at)\s+[^,.;()]{1,60},\s+)?"
)
# "had the pleasure of hosting", "was delighted to welcome", "had the honour of receiving": the verb of
# hosting after a word of gladness is the subject's hosting all the same.
_GLAD_TO = (
    r"\b(?:(?:had|has|have)\s+the\s+(?:great\s+)?(?:pleasure|honou?r|privilege)\s+(?:of|to)|"
    r"(?:was|is|were|are)\s+(?:very\s+|most\s+)?(?:pleased|delighted|proud|happy|glad|honou?red)\s+to)\s+"
    r"(?:host(?:ing)?|receiv(?:e|ing)|welcom(?:e|ing))"
)
# Whoever may be the guests of a verb of hosting: a group by its noun ("a delegation", "visitors", "a team
# from", "colleagues from", "officials of"), a group by its institution's name ("a Lund University
# delegation"), an officer by title ("the rector of X"), a person by honorific or capitalised title.
_HOSTED_GROUP = (
    r"(?:delegation|delegates|guests?|visitors?|(?:group|team|colleagues|officials|representatives|"
    r"counterparts|partners|academics|scholars|experts|researchers|professors|leaders|administrators)"
    r" (?:of|from))\b"
)
_HOSTED_OFFICER = (
    r"(?:the |a )?(?:Dr|Prof|Professor|Mr|Ms|Mrs|President|Rector|Vice|Dean|Director|Chancellor)\b|"
    r"the (?:(?:vice|deputy|pro)[- ])?(?:rector|president|dean|director|chancellor|provost|principal|"
    r"chairman|chair|head|secretary[- ]general)s? of\b"
)
# "hosted a reception for the X team", "gave a dinner in honour of guests from X": a meal or a reception
# held for guests is hosting them, whatever the verb that offers it.
_A_RECEPTION_FOR = (
    r"(?:an?\s+(?:[\w-]+\s+){0,2}?(?:reception|dinner|lunch|luncheon|banquet|breakfast|ceremony)\s+"
    r"(?:for|in\s+honou?r\s+of)\s+)"
)
# "The dean of X met visitors from Y": meeting a group named as guests from somewhere is hosting it (meeting
# a person, or "the delegation" told already, is not: either side may have travelled).
_MET_GUESTS_FROM = r"(?:delegation|delegates|guests|visitors)\s+(?:of|from)\b"
# "X hosted Dr. Y", "X received the delegation": the subject is the host (not "received funding").
ACTIVE_HOST = re.compile(
    r"(?:\b(?:hosted|received|welcomed|hosts|receives|welcomes)|^(?:Receiving|Welcoming|Hosting)|"
    + _GLAD_TO
    + r"|\bmet(?:\s+with)?(?=\s+(?:the |a |an )?(?:[\w-]+\s+){0,2}"
    + _MET_GUESTS_FROM
    + r")"
    # "welcomed and held an academic exchange with a delegation of X", "was addressing a delegation from X":
    # the guests the subject spoke to or held something with
    + r"|\b(?:(?:welcomed|received|hosted) and (?:held|had|conducted) (?:[\w-]+\s+){0,4}?with|addressing|"
    r"addressed|briefed|briefing)(?=\s+(?:the |a |an )?(?:[\w-]+\s+){0,2}"
    + _MET_GUESTS_FROM
    + r")"
    + r"|\b(?:held|gave|organi[sz]ed|offered|hosted)(?=\s+"
    + _A_RECEPTION_FOR
    + r"))\s+"
    + _HOSTING_ADVERBIAL
    + _A_RECEPTION_FOR
    + r"?"
    + r"(?=(?:the |a |an )?(?:[\w-]+\s+){0,2}"
    + _HOSTED_GROUP
    + r"|(?:the |a |an )?(?:(?:[A-Z][\w’'.&-]*|of|for|and|the)\s+){1,8}(?:delegation|team)\b|"
    + _HOSTED_OFFICER
    + r")"
)

# "delegations from A, B and C", "A (UG) and B sent delegations": nothing but a coordination between two
# visiting institutions' names, so each makes its own trip (one delegation per visiting institution).
# "a delegation from A, in addition to a delegation from B": a second group named after the first.
VISITORS_JOINED = re.compile(
    r"\s*(?:\([^()]{1,16}\)\s*)?(?:(?:,\s*)?(?:in addition to|as well as|along with)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}delegation\s+(?:of|from)\s+|(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:of\s+|from\s+)?)(?:the\s+)?"
)

# "Prof. X, President of A, and Dr. Y, Chairman of B, visited ...": between A and B, "and" and a second person
# told with the title he holds at B (the person himself is checked by the reader).
PERSON_JOINED = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:and|as well as)\s+[^;:()]{2,120}?,?\s+(?:of|at|from)\s+(?:the\s+)?"
)

# "X received Jan Peeters, rector of Y": hosting a person named right after the verb.
HOSTED_SOMEONE = re.compile(
    r"(?:\b(?:received|welcomed|hosted|receives|welcomes|hosts)|" + _GLAD_TO + r")\s+" + _HOSTING_ADVERBIAL
)
# "The forum was attended by ...", "the ceremony on 3 May, which was also attended by ...": those who took
# part in an event; its subject is the event, not a host, so no visit is told (unless a delegation attended).
EVENT_ATTENDED = re.compile(
    r"\b(?:meeting|forum|ceremony|event|conference|session|symposium|workshop|seminar|signing|talks|"
    r"celebration|launch|opening|reception|dinner|summit|round ?table|gathering|exhibition|fair)s?\b"
    r"[^.;]{0,40}?\b(?:was|were)\s+(?:also\s+)?attended by\b"
    r"(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}delegat)",
    re.IGNORECASE,
)
# "welcomed the delegation from A to B", "welcomed them not only to the campus of B": B, named right after,
# is where the guests were welcomed.
WELCOMED_TO_BEFORE = re.compile(
    r"\bto\s+(?:the\s+)?(?:(?:campus|premises|grounds|home)\s+of\s+(?:the\s+)?)?$"
)
# The host is named before these words, the visitor after: "X was visited by Y", "X received a visit from Y".
PASSIVE_HOST_LEFT = re.compile(
    r"(?:was|were) (?:host to|visited by|attended by)|attended by|"
    r"(?:played|plays|play|playing) (?:the )?host to|"
    + _HAD_A_VISIT
    + r"|(?:was|is) the (?:venue|scene|site|setting) (?:of|for) (?:a|an|the) (?:[\w-]+ ){0,2}visit "
    r"(?:from|by|of)\b",
    re.IGNORECASE,
)

DELEGATION = re.compile(r"\bdelegat(?:ion|e)s?\b", re.IGNORECASE)
# "delegate", "delegates": people sent to something, not the group word "delegation" that tells a trip.
DELEGATES = re.compile(r"delegates?", re.IGNORECASE)
# "attended the meeting with X's delegates", "received the delegates of X": delegates someone met or hosted
# came as a group, on a trip (not "delegates from A and B announced ...", who only took part).
DELEGATES_MET = re.compile(
    r"\b(?:met|meeting|talks|received|welcomed|hosted|greeted)\s+(?:with\s+)?(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,6}?delegates\b",
    re.IGNORECASE,
)

_COUNT = r"(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"

# The size of a delegation however it is printed: "a delegation of five", "a delegation of 8 members", "a
# 12-member delegation", "a five-strong team", "a six-person group", "a delegation comprising seven".
SIZE = re.compile(
    r"\b(?:delegation|group|team) (?:of|comprising|consisting of|composed of|made up of) "
    + _COUNT
    + r"\b(?![-\w])|"
    r"\b" + _COUNT + r"(?:[- ]|\s*x\s*)(?:member|person|people|strong|man|woman)\b(?:[ -][\w-]+){0,2}? "
    r"(?:delegation|group|team)\b|"
    r"\b(?:altogether|in all|a total of|totall?ing)\s+"
    + _COUNT
    + r"\s+(?:people|persons|members|delegates|guests)\b",
    re.IGNORECASE,
)

# "a group of 15 students and two lecturers": the second count after the first one's noun.
MORE_MEMBERS = re.compile(r"\s+[a-z]+s\s+and\s+" + _COUNT + r"\s+[a-z]+s\b", re.I)
# "visited the campus with four colleagues": the one named and the colleagues.
# "Prof. X, accompanied by Y and Z", "Y and Z accompanied Prof. X at the meeting": the people who went with a
# delegation's leader (named_after: the companions follow; otherwise they come first).
ACCOMPANIED = re.compile(r"\b(?:(?P<after>accompanied by)|accompanied)\s+", re.I)
COMPANIONS = re.compile(
    r"\b(?:with|and) " + _COUNT + r" (?:other )?(?:colleagues|members of (?:his|her|the) (?:team|staff)|"
    r"officials|faculty members|staff members|professors)\b",
    re.I,
)

# "visited X with the Rector of Y", "toured X, accompanied by a delegation from Y": whoever went along (read
# only right after the host or a comma: "held talks with the rector of Y" names a host's officer).
WENT_ALONG_WITH = re.compile(
    r"\b(?:together with|along with|accompanied by|with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[Rr]ectors?|[Pp]residents?|[Dd]eans?|[Dd]irectors?|[Cc]hancellors?|[Pp]rovosts?|[Pp]rincipals?|"
    r"[Hh]eads?|delegations?|delegates|representatives?|colleagues)\s+(?:of|from)\s+(?:the\s+)?"
)

# "Source: UPC News Center", "KTU Press Office": a credit line naming the publisher by an acronym the text
# never spells out; the publisher is named, only not read as an institution.
PUBLISHER_CREDITED = re.compile(
    r"\b(?:[Ss]ource|[Pp]ublished by|[Cc]ourtesy of)\s*:?\s*(?:the\s+)?[A-Z][A-Z&-]{1,7}\b|"
    r"\b[A-Z][A-Z&-]{1,7}\s+(?:News|Press|Media|Communications?|Newsroom|Public Relations)\b"
)

# "the visiting to X by Y in 2006 and 2009", "visits to X by Y in 2015, 2017 and 2019": earlier trips told in
# passing, each dated by its year (extraction-format.md: an earlier event the article dates is a record).
EARLIER_VISITS = re.compile(
    r"\b(?:visit|visits|visiting)\s+to\s+(?P<host>[^,;]{2,80}?)\s+by\s+(?P<visitor>[^,;]{2,80}?)\s+in\s+"
    r"(?P<years>(?:19|20)\d\d(?:(?:,\s*|,?\s+and\s+)(?:19|20)\d\d)*)\b"
)

# "made a stop at X, where it discussed ..., as well as to Y": one more destination after a clause about the
# first ("as well as at/in Y" too).
AS_WELL_AS_TO = re.compile(r",\s*(?:as well as|and also|and then)\s+(?:to|at|in)\s+(?:the\s+)?")
# What may stand between two stops of one tour named in one sentence: the first stop's day ("visited A on
# 3 May and B on 4 May"), a repeated preposition ("at A and at B") or a move on ("A and then travelled to
# B"). Only these, so that a list never runs on into a new clause about someone else.
STOP_DAY = (
    r"\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
    r"(?:st|nd|rd|th)?)(?:,?\s+\d{4})?"
)
TOUR_DAY = r"(?:" + STOP_DAY + r")?"
STOP_DAY_AFTER = re.compile(r"\s*(?:\([^()]*\))?" + STOP_DAY)
# "and then travelled to B", "and at B", "and then B", "and later B": one more stop named
TOUR_MOVE_ON = (
    r"(?:(?:then|later|afterwards)\s+)?(?:(?:travell?ed|went|moved|continued|proceeded|headed)\s+(?:on\s+)?to\s+|"
    r"(?:at|to|on)\s+)?"
)
# After a stop reached past the first stop's day, what must come: its own day, or the clause's end (else
# "visited A on 3 May and B announced ..." would make B a stop).
AFTER_A_DAYS_STOP = re.compile(r"\s*(?:\([^()]*\))?(?:" + STOP_DAY + r"|\s*(?:[,.;:]|$))")
BETWEEN_STOPS_OF_A_TOUR = re.compile(
    r"\s*(?:\([^()]*\))?" + TOUR_DAY + r"\s*(?:(?:,|,?\s*and|,?\s*as well as)\s*(?:" + TOUR_MOVE_ON + r")?|"
    r",?\s*before\s+(?:travell?ing|going|moving|heading|proceeding)\s+(?:on\s+)?to\s+)(?:the\s+)?"
)
# "visited A Manila, B and C", "A in Manila, B in Quezon City", "A, Philippines, B": the place of a stop
# printed after its name in a list of stops (delegations.py checks the words name a known place).
PLACE_OF_A_STOP = re.compile(
    r"\s*,?\s*(?:in\s+)?((?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?)(?=\s*(?:,|\band\b|\(|as well as\b))"
)
# "visited A and then B": a stop named with no verb, so only where B's own day or the clause's end follows
# ("visited A and then B announced ..." starts a clause of B's own).
BARE_MOVE_ON = re.compile(r"\b(?:then|later|afterwards)\s+(?:the\s+)?$")

# The lower-case nouns without which a sentence names no group of visitors (a speed pre-check).
GROUP_WORDS = (
    "delegat",
    "team",
    "group",
    "guests",
    "visitors",
    "envoy",
    "entourage",
    "contingent",
    "on behalf of",
)

# A sentence that tells the delegation again: "The team, led by X, ...", "received the delegation, which was
# headed by X", "The French delegation of six ...".
DELEGATION_RETOLD = re.compile(
    r"\b(?:delegation|team|group|guests|visitors)\b(?:,? (?:which|who) (?:was|were))?,?\s+"
    r"(?:led|headed|chaired)\s+by\b"
)

# "welcomed Prof. X together with her delegation", "Rector X and his entourage": the person the group belongs
# to leads it (the last one named before the phrase; not the one who received it, "received by A and her
# delegation", OWN_GROUP_RECEIVED_BY before the name).
WITH_OWN_GROUP = re.compile(
    r"\b(?:together with|along with|with|and) (?:her|his) (?:[a-z][\w-]*\s+){0,2}?(?:delegation|entourage)\b"
)
OWN_GROUP_RECEIVED_BY = re.compile(r"\bby\s+(?:[^\s,;]+\s+){0,6}$")

# "The visiting team comprised A, B and C", "the delegation included A": its members listed (every one of them
# only where the verb says the list is whole).
MEMBERS_LISTED = re.compile(
    r"\b(?:delegation|team|group|guests|visitors|envoy|entourage|contingent)\b,?\s+(?:(?:which|who)\s+)?"
    r"(?:was\s+|were\s+)?(?:(comprised|consisted of|composed of|made up of|comprising|consisting of)|"
    r"included|includes|including)\s+|"
    # "On behalf of the partner university were A, President; B, ...": the guests' side, listed
    r"\b[Oo]n behalf of the (?:partner|visiting|guest) (?:university|institution|school|college|side)\s+"
    r"(?:were|was)\s+"
)
# "The delegation comprised A, B and C", "Accompanying her were A and B": a sentence that lists a group's
# members, whose list (not the people the article ties to the visitor) gives the group's size.
GROUP_LISTED = re.compile(MEMBERS_LISTED.pattern + r"|\b[Aa]ccompan(?:ied|ying)\b")
# "a delegation consisting of", "a team of three representatives, comprising", "a group made up of": the
# opening of the list of a visiting group's members, each named with the institution they act for.
GROUP_MEMBERS_LISTED = re.compile(
    r"\b(?:delegation|team|group)\b[^.;:()]{0,40}?,?\s+(?:(?:which|that|who)\s+)?(?:was\s+|were\s+)?"
    r"(?:comprised of|comprising|consisting of|composed of|made up of|including|included)\s+",
    re.IGNORECASE,
)
# "The delegation was organised by X and included the presidents of A, B and C": a sentence that opens on the
# group told before and lists its members (the list follows the verb).
THE_GROUP_LISTED_AGAIN = re.compile(r"(?:The|This|That|Our)\s+(?:[\w-]+\s+){0,2}?(?:delegation|team|group)\b")
GROUP_MEMBERS_VERB = re.compile(
    r"\b(?:included|includes|comprised(?: of)?|consisted of|(?:was|were) (?:made up|composed) of)\s+"
)
# "can visit", "could visit", "may visit", "would like to visit": a possibility or a wish, no visit made
# (lower case: "spent May visiting" is a month).
MODAL_BEFORE = re.compile(
    r"\b(?:can|could|may|might|should|must|would like to|wishe?s? to|wants? to|aims? to)\s+(?:\w+\s+)?$"
)
# "each year ... many delegations", "X regularly receives visitors": what happens as a habit, no one trip.
HABITUAL = re.compile(
    r"\b(?:each|every) (?:year|semester|month|summer|spring|autumn|winter)\b|\b(?:annually|regularly|"
    r"routinely|traditionally)\b|\byear after year\b",
    re.IGNORECASE,
)
# A member of a list opens with an honorific: "Dr. X (Chair), Prof. Y and Mr. Z" (not "Dean of the Faculty").
MEMBER_OPENING = re.compile(r"\s*(?:" + _HONORIFIC + r")\s")
# "the delegation", "the visiting delegation", "this high-level team", "the 5-member group": up to two
# lower-case words describing a group already told still name it (a capitalised word may be its name: "the
# Lund delegation").
_GROUP_DESCRIBED = r"(?:(?-i:[a-z][\w’'-]*|\d[\w-]*)\s+){0,2}?"
# "the leader of the delegation Antonio Ruiz", "Dr. X, head of the visiting team, ...".
HEAD_OF_THE_DELEGATION = re.compile(
    r"\b(?:leader|head) of the " + _GROUP_DESCRIBED + r"(?:delegation|team|group)\b"
)
# "Rector X meets the visiting delegation", "Dean Y, who welcomed the team": right after a person, a verb of
# meeting or hosting whose object is a group of visitors (told within a few words): that person is a host.
HOST_MEETS_THE_GROUP = re.compile(
    r"(?:,[^,.;]{0,60},)?\s+(?:(?:also|then|warmly|personally)\s+)?(?:meets|met|receives|received|welcomes|"
    r"welcomed|hosts|hosted|greets|greeted)(?:\s+with)?\s+(?:the|a|an)\s+[^.;]{0,60}?"
    r"\b(?:delegation|team|group|guests|visitors)\b"
)
# "The visiting delegation was led by X", "the guests": the delegation being told, named again.
THE_GROUP_AGAIN = re.compile(r"\b(?:the|this) " + _GROUP_DESCRIBED + r"(?:delegation|guests?)\b", re.I)

# A visit told as a noun, its visitor after "of" or "by": "the visit of X to Y", "a visit by X to Y", "during
# the two-day visit of X".
# Within one sentence: no full stop, but the one an honorific or an initial ends with ("Dr.", "Prof.", "J.").
_IN_THE_SENTENCE = (
    r"(?:[^.;]|(?:(?<=\bDr)|(?<=\bProf)|(?<=\bMr)|(?<=\bMs)|(?<=\bMrs)|(?<=\bAssoc)|(?<=\bDra)|"
    r"(?<=\b[A-Z]))\.)"
)
VISIT_OF = re.compile(
    r"\b(?:[Dd]uring|[Ii]n the course of|[Oo]n the occasion of|[Ff]ollowing|[Aa]fter) (?:the|a|an|this) "
    r"(?:[\w-]+ ){0,2}visit "
    r"(?:of|by)\b|\b(?:[Tt]he|[Aa]n?|[Tt]his) (?:[\w-]+ ){0,2}visit (?:of|by)\b"
    r"(?=" + _IN_THE_SENTENCE + r"*?\bto\b)"
)

# "said the landmark visit of Vice President X will promote new ties": a visit told as the subject of what it
# will bring, not as news of a trip ("the visit of X to Y will ..." names its host: a trip all the same).
A_VISIT_THAT_WILL = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}visit\s+(?:of|by)\b(?:(?!\bto\b)[^,;.]){0,80}?\b(?:will|would|shall)\b",
    re.I,
)

# "During their visit to Y, the X delegation ...", "On a working trip to Y, ...": the host after "to", the
# visitor named elsewhere in the sentence. A trip is told by any of the nouns of travel, not "visit" alone.
TRIP_NOUNS = r"visit|trip|tour|mission|journey"
THEIR_VISIT_TO = re.compile(
    r"\b(?:[Dd]uring|[Ii]n the course of|[Oo]n) (?:their|its|his|her|the delegation[’']s|an?|the) "
    rf"(?:[\w-]+ ){{0,2}}(?:{TRIP_NOUNS}) to\b"
)
# Where the phrase "during a visit to Y" ends: at the comma that opens the main clause, or the sentence's end.
END_OF_THE_TRIP_PHRASE = re.compile(r",|$")
# "X said this while receiving Prof. Y, dean at Z, on a courtesy visit to his office", "A welcomed B on a
# working visit": the guest, named between the verb of hosting and the visit, is the one on the visit.
RECEIVED_ON_A_VISIT = re.compile(
    r"\b(?:receiving|welcoming|hosting|received|welcomed|hosted)\b"
    r"(?=" + _IN_THE_SENTENCE + r"{3,200}?\bon (?:a|an|his|her|their) (?:[\w-]+ ){0,2}visit\b)"
)
# "X's visit to Y", "the rector's two-day visit to Y": the possessor visits.
POSSESSIVE_VISIT_TO = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}visit to\b")
# "..., which opened during X's visit to Y last December": a visit recalled in a clause, not the news.
RECALLED_IN_A_CLAUSE = re.compile(r"\b(?:which|that|who|when|since|after|before)\b")
EARLIER_TIME_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:last|previous|earlier|ago|in (?:19|20)\d\d)\b(?! (?:week|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b)"
)
# "The university welcomed ...", "The host university received ...": the article's protagonist as subject.
THE_UNIVERSITY_SUBJECT = re.compile(
    r"(?:^|[,;]\s*)(?:[Tt]he|[Tt]his) (?:host )?(?:university|institute|college|school)\s+(?:also\s+)?$"
)
# "During the meeting, ... signed": the signing took place at the meeting just told.
AT_THE_MEETING = re.compile(
    r"\b(?:during|at|in the course of|following) (?:the|this|that) "
    r"(?:meeting|talks|discussion|negotiations)\b",
    re.I,
)
# Words that say a visit was made by more than one person.
GROUP_OF_VISITORS = re.compile(
    r"\b(?:delegations?|delegates|group|team|accompan\w*|members|guests|visitors|representatives|entourage|"
    r"they)\b",
    re.I,
)
# "He also visited ...", "The rector then travelled to ...": the subject is the visitor being told.
SUBJECT_REFERS_BACK = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|where|then)\s+)(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:rector|president|"
    r"vice-president|vice president|vice-rector|chancellor|vice-chancellor|dean|director|delegates|group|"
    r"team|guests|visitors|delegation))\s+(?:(?:also|then|later|subsequently|afterwards|next)\s+)?$|"
    # "It then travelled to X": the group just told, going on (a bare "It" could be anything)
    r"(?:^|\b(?:and|then)\s+)[Ii]t\s+(?:also|then|later|subsequently|afterwards|next)\s+$"
)

INVITED_BY = re.compile(
    r"\b(?:[Ii]nvited by|(?:[Aa]t|[Uu]nder|[Oo]n|[Uu]pon) the (?:kind )?invitation of)\s+"
)


# "The delegation also met ...": the delegation being told acts again.
THE_DELEGATION_ACTS = re.compile(
    r"\b(?:the|this) (?:delegation|guests|visitors|team|group) (?:also |then )?(?:met|discussed|held|toured|"
    r"visited|signed|attended)\b",
    re.IGNORECASE,
)
# "The visit ... is scheduled for May": a plan.
# "A delegation from X is set to arrive": a plan (the words between name who).
PLANNED_AFTER = re.compile(
    r"[^,.;]{0,60}?\b(?:is|are) (?:scheduled|expected|planned|set to|due to|poised to|slated to|going to)"
)
# "The delegation will also hold meetings with ...", "a delegation of X would then meet ...": the group word
# followed by a verb of the future tells a trip still to come (unless a verb of visiting comes first: "the
# delegation that visited X will return").
GROUP_WILL = re.compile(r"[^,.;]{0,60}?\b(?:will|would|shall)\b")
# "X's visit", "during his visit", "their first visit": a visit mentioned, not told.
ANOTHER_VISIT_BEFORE = re.compile(
    r"(?:’s|'s)\s+visit\b|\bduring (?:the|his|her|their) visit\b|\b(?:first|last|previous|next) visit\b",
    re.IGNORECASE,
)
# "a visiting delegation of Y": the visitor follows the verb.
VISITING_GROUP_OF = re.compile(
    r"visiting\s+(?:[\w-]+\s+)?(?:delegation|guests?|team|group|scholars?|professors?|"
    r"researchers?)\s+(?:of|from)\b"
)
# "visited our university": the host is the publisher.
OUR_PLACE_AFTER = re.compile(
    r"\s*(?:to\s+)?(?:our|Our)\s+(?:[Ss]chool|[Uu]niversity|[Cc]ollege|[Ii]nstitute|[Cc]ampus)"
)


# "paid a courtesy visit to the campus", "came to the university": the place the article is about (the page is
# the host's own), not a place named in the sentence.
# Its head named by office stands for it as well: "paid a courtesy call on the Vice-Chancellor", "made a
# courtesy call to the President, Prof. X" (an officer the article ties to no institution of its own).
THE_PLACE_OF_THE_STORY = re.compile(
    r"\s*(?:(?:to|at)\s+)?the\s+(?:(?:main|university|university's|university’s)\s+)?(?:campus|university|institution|"
    r"institute|(?:(?:[Dd]eputy|[Aa]cting)\s+)?(?:[Vv]ice[- ])?(?:[Cc]hancellor|[Pp]resident|[Rr]ector|"
    r"[Pp]rovost|[Pp]rincipal))\b"
    r"(?!\s+(?:of|in)\b|\s*[’']s\b)"
)
# "welcomed the delegation", "received the guests": the group of visitors being told, not a new one.
THE_GROUP_TOLD = re.compile(
    r"(?:the|these|our)\s+" + _GROUP_DESCRIBED + r"(?:delegation|guests|visitors|visiting team|delegates)\b"
)

# "The Ambassador of Chile", "the Consul-General", "the envoy": a diplomat acts for an embassy or a state,
# never for the institution the article is about; with no mission named, the visitor is not named.
DIPLOMAT = re.compile(
    r"\b(?:[Aa]mbassadors?|[Ee]nvoys?|[Cc]onsul(?:s|-[Gg]eneral)?|[Aa]ttach[eé]s?|[Dd]iplomats?|"
    r"[Cc]harg[eé] d[’']affaires|High Commissioner)\b"
)
# The mission a diplomat acts for, named elsewhere in the article ("an official of the High Commission",
# "the Embassy of Oman in Japan"), and the state a diplomat's title names: "Ambassador of the Sultanate of
# Oman to Japan", "the Chinese Ambassador", "Bangladesh High Commissioner".
MISSION_NAME = re.compile(r"\b(?:Embassy|Consulate|High Commission|Permanent Mission)\b")
DIPLOMATS_STATE_AFTER = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?:Sultanate|Kingdom|Republic|State|Federation|Emirate)\s+of\s+)?"
    r"(?:(?:the\s+)?(?:Democratic|Federal|Islamic|People’s|People's|Arab|Socialist|Bolivarian)\s+)*"
    r"(?:Republic\s+of\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
DIPLOMATS_STATE_BEFORE = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+$")
# "The Ambassador met with the rector of X", "X's president discussed with the Ambassador": a diplomat meets
# an institution's people; unless the sentence puts the meeting at the mission, the diplomat called on them.
DIPLOMAT_MET = re.compile(r"\b(?:met|meets|discussed|held talks|received|welcomed|hosted)\b")
ATTENDED_BY = re.compile(r"\battended by\b")
AT_THE_MISSION = re.compile(
    r"\b(?:at|to) (?:the|his|her|its) (?:[\w-]+ ){0,2}(?:[Ee]mbassy|[Cc]onsulate|residence)\b"
)
# "Our Rector", "our vice-president", "our team": the publisher's people, the publisher unnamed.
OUR_PEOPLE = re.compile(
    r"\b[Oo]ur\s+(?:[\w-]+\s+)?(?:[Vv]ice[- ])?(?:[Rr]ector|[Pp]resident|[Cc]hancellor|[Pp]rovost|[Dd]ean|"
    r"[Dd]irector|[Tt]eam|[Gg]roup|[Rr]esearchers|[Ss]taff|[Ll]ecturers|[Ss]tudents)\b"
)

# "A team from X ... was in Germany from 3 to 9 May": a group told being somewhere is on a trip there.
# "A team from X ... was at Y for talks", "Officials from X were at Y on 3 May": at a named place as well.
GROUP_WAS_IN = re.compile(
    r"\b(?:was|were)\s+(?:in|at)\s+"
    r"(?=(?:the\s+)?[A-Z]|the (?:university|campus|institute)\b(?!\s+(?:of|in)\b))"
)
# The words for a group of guests that may be told being somewhere: "a delegation", "guests from X",
# "officials of X", "representatives of X", "colleagues from X".
GUESTS_BEFORE = re.compile(
    r"\b(?:delegation|team|group)\b|\b(?:guests|visitors|colleagues|officials|representatives|delegates)"
    r"\s+(?:of|from)\b",
    re.I,
)
# "Prof. X, rector of Y, was at Z": a person told being at a place; "who was at Z" (a clause about someone)
# tells no trip.
WHO_WAS_BEFORE = re.compile(r"\b(?:who|which|that|then|previously|formerly|once|still)\s+$")
GROUP_OF_VISITORS_BEFORE = re.compile(r"\b(?:delegation|team|group)\b", re.I)
# "Y was at X for a courtesy visit", "Y were in X on a working visit": the host named before the visit noun.
AT_THE_PLACE = re.compile(r"\b(?:was|were|is|are)\s+(?:at|in)\s+(?=(?:the\s+)?[A-Z])")
# "At X, ...", "In X, ...": the place a sentence opens with.
PLACE_OPENING = re.compile(r"(?:At|In)\s+[^,;.]{2,80},\s*")
# "At the invitation of X, ...": X hosts.
INVITATION_OF = re.compile(r"\b(?:at|upon|on) the invitation of\s+(?:the\s+)?")
# "The four-member Indonesian delegation", "the Vietnamese colleagues".
NATIONAL_GROUP = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?([A-Z][a-z]+)\s+(?:delegation|delegates|guests|visitors|colleagues)\b"
)
# "a delegation of the Czech university".
NATIONAL_PARTNER = re.compile(r"(?:the\s+)?([A-Z][a-z]+)\s+(?:university|side|institute|partner|college)\b")
# "They also visited ...", "The guests then visited ...": the delegation being told.
THEY_VISITED = re.compile(
    r"\s*(?:They|they|The delegation|The guests|The visitors)\s+(?:also\s+|then\s+)?visited\b"
)
# "a delegation from X", "a delegation of 12 members from X".
DELEGATION_FROM = re.compile(
    r"\bdelegat\w* (?:of (?:\w+ )?(?:members |people |persons )?)?(?:from|of)\s+", re.IGNORECASE
)


# "the MEDC Benchmarking Visit", "the 3rd JWG meeting", "AULP's annual meeting was hosted by X": a body's
# name right before an event noun names the event (its organiser), not a place visited; an organiser's
# own meeting held at X is no trip of the organiser to X (a "visit" after a visitor's name is its trip:
# "the Tomsk State University visit to X", so EVENT_NAMED_BY_VISITOR leaves it out); a place named after the
# event noun ("the Lund University Conference Centre") is a venue.
_EVENT_MODIFIERS = r"(?:\s*\([^()]{1,20}\)|[’']s|\s+(?:\d+(?:st|nd|rd|th)|annual|[A-Z][a-z]+))*?\s+"
EVENT_NAMED_BY_HOST = re.compile(
    _EVENT_MODIFIERS + r"(?:[Mm]eeting|[Ff]orum|[Cc]onference|[Ss]ummit|[Cc]ongress|[Ss]ymposium|[Ww]orkshop|"
    r"[Aa]ssembly|[Vv]isit|[Ss]ession|[Cc]onvention)s?\b(?!\s+(?:[Cc]ent(?:er|re)|[Hh]all|[Rr]oom))"
)
EVENT_NAMED_BY_VISITOR = re.compile(
    _EVENT_MODIFIERS + r"(?:[Mm]eeting|[Ff]orum|[Cc]onference|[Ss]ummit|[Cc]ongress|[Ss]ymposium|[Ww]orkshop|"
    r"[Aa]ssembly|[Ss]ession|[Cc]onvention)s?\b(?!\s+(?:[Cc]ent(?:er|re)|[Hh]all|[Rr]oom))"
)

# "the State Key Laboratory of Cotton Biology", "the X Company of the Biotechnology Incubator", "the
# university museum", "the Eastgate Teaching Hospital": a facility a delegation is shown round on its trip
# (a university's teaching hospital among them), not an institution it calls on.
FACILITY = re.compile(
    r"\b(?:[Ll]aborator(?:y|ies)|[Ll]abs?|[Cc]ompany|[Mm]useum|[Ll]ibrary|[Ii]ncubator|[Ff]actory|[Ff]arm|"
    r"[Ee]xhibition [Hh]all|[Gg]arden|[Gg]reenhouse|[Ww]orkshop|[Hh]ospital)\b"
)

# "Chosun University had meetings with A, B and C", "He also met with top officials of B", "a memorandum was
# signed with Prof. X, the director of C": the travellers of a trip meeting or signing with an institution.
# (the noun may open the sentence: "Talks were held with X")
MET_OR_SIGNED_WITH = re.compile(
    r"\b(?i:met|meets|meeting|meetings|talks|negotiations|discussions|consultations|signed|inked)\b"
    r"[^.;:]{0,80}?\bwith\b"
)
# "The universities visited were A, B and C", "The tour took in A and B", "Its itinerary included A", "The
# three universities were A, B and C": the stops of a trip told without its hosts, listed after it.
STOPS_LISTED = re.compile(
    r"^(?:The|Its|Their)\s+(?:(?:two|three|four|five|six|several|many)\s+)?"
    r"(?:universities|institutions|institutes|schools|campuses|places|stops|hosts)\s+"
    r"(?:(?:it|they|the delegation|the team)\s+)?(?:visited\s+)?(?:were|included|are)\b|"
    r"^(?:The|Its|Their)\s+(?:delegation[’']s\s+)?(?:tour|trip|itinerary|programme|program|journey)\s+"
    r"(?:also\s+)?(?:took in|included|covered)\s+(?:(?:visits|stops|calls)\s+(?:to|at|on)\s+)?"
)
# "the Dean and the Coordinator went to A, B and C", "The delegation also took this opportunity to visit D":
# the travellers of a tour told without its hosts going on to the stops named right after.
WENT_ON_TO_A_STOP = re.compile(
    r"\b(?:went|travell?ed|proceeded|moved on|continued on) to\s+(?:the\s+)?|"
    r"\btook (?:this|the|that) (?:[\w-]+ )?opportunity to (?:also )?visit\s+(?:the\s+)?"
)
# "renewed the agreement in a ceremony at X", "the signing ceremony, held at X's ITT Building", "a meeting was
# held at the rector's office in the Main Building, X": an occasion told at the place of one of its sides, X
# named next (matched against the text before X's name, so it ends there). Not a list of sides ("held in
# Hanoi between A and X", "with X") nor who looked on ("in the presence of X").
HELD_AT_ONE_SIDES_PLACE = re.compile(
    r"\b(?:held|took place|hosted|ceremony|signed|inked)\s+(?:at|in)\s+"
    r"(?:(?!\b(?:between|with|by|and|among|presence|attendance|who|which)\b)[^.;]){0,60}$",
    re.IGNORECASE,
)
# "The trip also took the delegation to C", "The programme also included a visit to C", "Another stop was C":
# one more stop of the trip told before, its institution named right after.
ONE_MORE_STOP = re.compile(
    r"^(?:The|Its|Their)\s+(?:delegation[’']s\s+|visitors[’']\s+)?(?:tour|trip|visit|itinerary|programme|"
    r"program|journey|schedule)\s+also\s+(?:took\s+(?:the\s+)?(?:delegation|team|group|guests|visitors|them)\s+"
    r"to|included\s+(?:an?\s+)?(?:(?:short|brief|further)\s+)?(?:visit|stop|call)s?\s+(?:to|at|on)|included)\s+"
    r"|^(?:Another|A further|The next|The final|The last|One more)\s+stop\s+(?:was|came at|took\s+"
    r"(?:them|the\s+(?:delegation|team|group|guests|visitors))\s+to)\s+"
)
# "The busy week took the delegation to A, B and C", "the first stop was A", "Among her stops on the tour was
# a call on A": wherever in the sentence, a clause that takes the travelling group to a place or names a stop
# of its trip; the stop is named right after.
A_STOP_NAMED = re.compile(
    r"\b(?:took|brought)\s+(?:(?:all\s+)?the\s+|our\s+)?(?:[\w-]+\s+)?(?:delegation|team|group|guests|visitors|"
    r"crew|them)\s+to\s+|"
    r"\bstops?\s+(?:on\s+(?:the|this|its|their|his|her)\s+(?:[\w-]+\s+)?(?:trip|tour|visit|journey)\s+)?"
    r"(?:was|were)\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|visit|call)\s+(?:with|to|at|on)\s+)?",
    re.IGNORECASE,
)
# "Kobe University (April 23, 2025):": a stop of a tour told as the heading of its own paragraph (what follows
# the institution's name in the line).
STOP_HEADING = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*:\s*")
# "the agreement signed with X last year", "had met with X before": an earlier meeting recalled.
RECALLED_MEETING = re.compile(r"\b(?:last year|previous(?:ly)?|earlier|ago|already|before|since)\b", re.I)

# -- Meetings: their kinds, signing verbs, references back to a meeting, places --------------------------

# meet39: a signing whose day (or month, or year) ended more than this many days before the latest day the
# article tells (its publication, a visit, another meeting) is an earlier agreement recalled, not an occasion
# of the story: none of the 16 such agreements in the tuning gold has a signing meeting.
EARLIER_SIGNING_DAYS = 366
# "UUM ONLINE: Melaka - ...", "Campus Online: ...": a news outlet's name opening the dispatch, not a meeting
# held online.
OUTLET_BYLINE = re.compile(r"^\s*(?:[A-Z][\w&.-]*\s+){1,3}(?:ONLINE|Online)\s*[:|–-]")
# meet26: a document signed at the meeting its clause tells: "met the rectors and signed MoUs", "had a meeting
# and ceremony, and formalised the partnership", "the MoU was renewed at a meeting" (a meeting "to discuss" a
# signing or "to prepare" one signs nothing). "met with X to sign an agreement" is left a talk: the held-out
# pages read it so as often as a signing.
SIGNED_AT_THE_MEETING = (
    r"\b(?:met|meets|meeting)\b(?:(?!\b(?:discuss|prepar|explor|consider|possib|plan)\w*)[^.;]){0,160}?"
    r"\band (?:signed|formali[sz]ed|renewed|inked|sealed)\b|"
    r"\b(?:was|were) (?:signed|renewed|extended|inked|formali[sz]ed)\b[^.;]{0,80}?"
    r"\b(?:at|in|during) (?:a|an|the) (?:[\w-]+ ){0,2}meeting\b"
)
MEETING_KINDS = (
    (
        "signing",
        re.compile(
            r"\bsigning ceremony\b|\bceremony of (?:the )?signing\b|\bsigning of the\b[^.]*\bceremony"
            r"|\bceremony\b[^.]*\bsign|\b(?:attended|witnessed|hosted|held)\b[^.]*\bceremony\b|"
            r"\bceremony\b[^.]*\b(?:was held|took place|was attended|was witnessed)|"
            # "during the ceremonial signing held at the Senate Building", "The signing took place in ...":
            # the signing told as an event held
            r"\b(?:the|a) (?:[\w-]+ )?signing (?:[\w-]+ ){0,4}?(?:held|took place)\b|"
            # meet26: a meeting whose own clause has a document signed at it ("met the rectors and signed
            # MoUs", "the MoU was renewed at a meeting") is the signing's occasion (extraction-format.md, "a
            # signing during ... a meeting")
            + SIGNED_AT_THE_MEETING,
            re.I,
        ),
    ),
    ("symposium", re.compile(r"\b(?:symposium|forum|round table|roundtable)\b", re.I)),
    ("seminar", re.compile(r"\b(?:seminar|workshop)\b", re.I)),
    # a governing or joint body meeting: "the annual council meeting", "a meeting of the Joint Commission",
    # "the network's General Assembly"
    (
        "committee",
        re.compile(
            r"\bmeeting of the [\w\s]*(?:Committee|Council|Commission|Board|Assembly|Senate)\b|"
            r"\b(?:committee|council|commission|board|steering group|working group|senate)"
            r"(?:\s+and\s+\w+)?\s+meetings?\b|\b(?:General|Annual) Assembly\b",
            re.I,
        ),
    ),
    (
        "talk",
        re.compile(
            r"\b(?:were|was) (?:received|welcomed) by\b|\bwelcomed (?:the )?(?:guests|delegation|visitors)\b|"
            r"\b(?:held|hold|holds|had|have)\s+(?:\w+\s+){0,3}talks?\b|\btalks? (?:with|between)\b|"
            r"\b(?:a|an|the)\s+(?:[\w“”\"-]+\s+){0,3}talk\b|\bmet (?:with )?(?!\w+ing)|"
            r"\bmeets? with\b|\bmeeting\b|\bvideo (?:conference|call)\b|\bvideoconferenc\w*|"
            # "on Sunday discussed with the Ambassador ...", "has received today the Rector of X",
            # "Receiving a delegation from X": talks told by their verb
            r"\bdiscuss(?:ed|es)? with\b|"
            r"\b(?:received|receives|receiving)\s+(?:(?:today|yesterday|on \w+)\s+)?(?:(?:a|the|an)\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:delegation|guests?|visitors?|rector|president|ambassador|minister|"
            r"chancellor|vice-chancellor|dean|director|consul|envoy)\b",
            re.I,
        ),
    ),
)

# A meeting told as a noun ("a working meeting", "this meeting", "the talks"), not a place ("meeting room").
MEETING_NOUN = re.compile(r"\b(?:meeting|talks)\b(?!\s+(?:room|hall|venue|place|point)s?\b)", re.I)
# A meeting said to have happened, which a plan in the same sentence does not undo ("met ... and agreed to
# meet again"); "to be held", "will be held" tell the plan itself.
HELD = re.compile(r"(?<!\bbe )\b(?:held|took place|met|attended)\b")
# "the possibility of holding the first forum", "proposed to organise a joint seminar", "agreed to hold talks
# next year": a meeting talked about, not held.
MEETING_PLANNED = re.compile(
    r"\b(?:possibility|possibilities|prospects?|idea|proposals?|plans?|preparations?|options?)\s+"
    r"(?:of|for|to)\s+(?:holding|organi[sz]ing|hosting|convening|hold|organi[sz]e|host|convene)\b|"
    r"\b(?:proposed|suggested|agreed|offered|decided)\s+(?:to\s+)?(?:hold|holding|organi[sz]e|organi[sz]ing|"
    r"host|hosting|convene|convening)\b",
    re.I,
)
# Verbs that say a document was signed ("penned", "concluded", "entered into").
SIGNED_VERB = re.compile(
    r"\b(?:signed|renewed|inked|penned|concluded|entered into|exchanged (?:a |the )?(?:letters?|"
    r"memorand|agreements?|documents?))\b"
)

DEFINITE = re.compile(
    # ("The first meeting was attended by ...": the meeting told, named by its rank)
    r"\b(?:the|this) (?:(?:first|second|third|inaugural|opening|same)\s+)?(?:online |virtual )?"
    r"(?:meeting|talks?|seminar|symposium|(?:signing )?ceremony|event|"
    r"forum|round table)\b(?! of)|"
    r"\btoday[’']s meeting\b",
    re.I,
)

SUBSEQUENT = re.compile(
    r"\s*(?:After|Following|Before|Prior to|During) (?:the )?[\w\s-]*?(?:ceremony|signing|meeting|talks?|"
    r"symposium|seminar|forum|round table)\b,?"
)

LOCATION = re.compile(
    r"\b(?:in|at) ((?:the )?(?:[\w-]+ )?(?:conference|meeting|reception|VIP) (?:room|hall)"
    r"(?: \d+)?(?:,? [A-Z][\w]* (?:Building|Hall|Center|Centre))?|(?:[A-Z]{2,6} )?campus|"
    r"[A-Z][\w]+ Hotel|the [A-Z][\w ]+ Office)",
    re.I,
)

ON_BEFORE = re.compile(r"\b[Oo]n\b[^.;]{0,20}$")


# A signing shown as an occasion: a place, a weekday, a ceremony, a visit, an event it was signed during.
SIGNING_OCCASION = re.compile(
    r"\b(?:here|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at the|"
    r"in the (?:presence|[\w-]+ (?:hall|room|building|office|cent(?:re|er)|campus))|"
    r"ceremony|hosted|visit\w*|during (?:the|a|an|his|her|their|its))\b|\bin (?!the\b)(?!(?:"
    + "|".join(CALENDAR_MONTHS)
    + r")\b)[A-Z][a-zA-Z]+"  # "in Kuala Lumpur" is a place; "in February" is a time, no occasion
)
# meet26: "On April 15, X concluded an agreement with Y", "X and Y entered into an MoU": a document said to
# have been concluded is said to exist, not shown signed at an occasion (extraction-format.md, "A signing
# meeting"), so its day alone makes no signing meeting; "signed" told with the day does.
CONCLUDED_ONLY = re.compile(r"\b(?:concluded|entered into)\b")
SIGNING_WORD = re.compile(r"\bsign(?:ed|s|ing)?\b|\b(?:inked|penned|renewed)\b", re.I)
# "signed by Rector X and President Y": the people who signed.
SIGNED_BY = re.compile(r"\b(?:signed|inked|renewed|penned)\s+(?:\w+\s+){0,6}?by\b")
# "Rector X and President Y represented their universities as the signatories of the MoU": named signers.
SIGNATORIES = re.compile(
    r"\b(?:as|were|are|was|is|being)\s+(?:the\s+)?(?:(?:respective|two|official)\s+)?signator(?:y|ies)\b",
    re.I,
)
# "Rector X and President Y signed the MoU": the people just before a signing verb are its subject, unless a
# verb of their own or a new subject comes between ("X welcomed the guests, and the two universities signed").
SIGNER_TO_VERB = 120
NOT_THE_SIGNERS_BETWEEN = re.compile(
    r"\b(?:said|says|noted|added|stated|announced|explained|stressed|welcomed|received|met|visited|hosted|"
    r"spoke|led|heads?|headed|while|whereas|after|before|when|and (?:the|both|their|its|our))\b|[.:]\s",
    re.I,
)
# "The signing ceremony took place ...", "the protocol signing ceremony": the signing just told.
THE_CEREMONY = re.compile(r"\b(?:The|the|This|this|A|a) (?:(?:[\w-]+ )?signing )?ceremony\b")
# "After the signing ceremony, research groups ... had a meeting": another meeting.
ANOTHER_MEETING_AFTER = re.compile(
    r"\s*After (?:the )?[\w\s-]*?(?:ceremony|signing|meeting|talks?)\b[^.]*\b(?:had|held|hold)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|talk|discussion)"
)
# "the Embassy of China in Malaysia", "the Consulate General of X": a diplomatic mission, often the place of a
# meeting rather than one of its parties.
DIPLOMATIC_MISSION = re.compile(r"\b(?:Embass(?:y|ies)|Consulates?|High Commission|Mission)\b", re.I)


# -- Which institutions take part: past events, purposes, earlier years ----------------------------------

PAST_EVENT = re.compile(
    r"\b(?:signed|exchanged|visited|met|held|attended|inked|penned|concluded|renewed|hosted|"
    r"received|welcomed|took part|participated)\b"
)

# "The memorandum is aimed at ... opening the X Academy": what an agreement is for, not who took part.
PURPOSE = re.compile(
    r"\b(?:aim(?:s|ed)? (?:at|to)|is intended to|(?:goal|purpose|aim) of the (?:agreement|memorandum|"
    r"document|MoU|MOU) is)\b"
)

IN_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]ack in|[Ss]ince the year) ((?:19|20)\d\d)\b(?![-–/]\d)")

# "visited X", "the visit of X": words before an institution that say it is not its sentence's subject.
NOT_A_SUBJECT_BEFORE = re.compile(r"\b(?:with|of|to|by|from|at|visited|visits|visit|and)\s*$")


# -- envoys (envoys.py) ----------------------------------------------------------------------------------
# The title of a state's envoy: "Ambassador", "High Commissioner", "Consul General", "Chargé d'Affaires",
# "Cultural Attaché".
ENVOY_TITLE = re.compile(
    r"\b(?i:ambassador|high\s+commissioner|consul(?:[\s-]general)?|charg[ée]\s+d[’']affaires|attach[ée])\b"
)
# "Student Ambassador", "Brand Ambassador": a title with the word that names no state's envoy.
NOT_AN_ENVOY = re.compile(
    r"(?i)\b(?:student|brand|goodwill|campus|youth|alumni|honorary|global|peace)\s+ambassador"
)
# "Ambassador of Ruritania", "High Commissioner of the Republic of Ruritania": the state the title names.
ENVOY_OF_STATE = re.compile(
    r"\b(?i:ambassador|high\s+commissioner|consul(?:[\s-]general)?|charg[ée]\s+d[’']affaires)\b"
    r"(?:\s+(?i:extraordinary|and|plenipotentiary))*\s+of\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?"
    r"(?:the\s+)?[A-Z][\w’'.-]*){0,4})"
)
# "Ruritanian Ambassador A", "the Ruritania ambassador, A", "Ruritanian Cultural Attaché A": the one or two
# capitalised words right before the title (with any words of the post between), read as a state.
ENVOY_STATE_BEFORE = re.compile(
    r"(?:^|[^\w’'])([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?)(?:[’']s)?\s+(?:(?:Deputy|Cultural|Education|"
    r"Educational|and|Defen[cs]e|Military|Press|Science|Scientific|Trade)\s+)*(?i:ambassador|high\s+"
    r"commissioner|consul(?:[\s-]general)?|charg[ée]\s+d[’']affaires|attach[ée])\b[^.;]{0,80}$"
)


# -- speed: every pattern above behind a literal test (prefilter.py): the same answers, most texts skipped --
def _behind_literal_tests(names):
    from .prefilter import prefiltered

    for name, value in list(names.items()):
        if isinstance(value, re.Pattern):
            names[name] = prefiltered(value)
        elif isinstance(value, tuple) and all(isinstance(pair, tuple) for pair in value):  # MEETING_KINDS
            names[name] = tuple(
                tuple(prefiltered(v) if isinstance(v, re.Pattern) else v for v in pair) for pair in value
            )


# "The MoU is valid for five years and may be renewed", "the term of the agreement is three years", "to extend
# the existing agreements": a document's own terms, or one already in force, told with a renewal to come;
# no new document is planned.
DOCUMENT_TERMS = re.compile(
    r"\bvalid(?:ity)?\b|\b(?:term|period|duration)\s+of\s+(?:the\s+|this\s+)?(?:MoU|MOU|memorand|agreement|"
    r"accord|protocol|contract)|\b(?:in\s+force|effective)\s+for\b|\bexisting\s+(?:\w+\s+)?(?:agreements?|MoUs?|"
    r"MOUs?|memorand)"
)

_behind_literal_tests(globals())
