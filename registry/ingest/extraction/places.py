"""Countries and nationality words, to read explicit statements such as "..., Ukraine" or "Israeli
university"."""

import functools
import re

# ISO 3166-1 alpha-2 codes of countries that news items name, by English name and demonym.
COUNTRIES = {
    "afghanistan": "AF",
    "albania": "AL",
    "algeria": "DZ",
    "argentina": "AR",
    "armenia": "AM",
    "australia": "AU",
    "austria": "AT",
    "azerbaijan": "AZ",
    "bangladesh": "BD",
    "belarus": "BY",
    "belgium": "BE",
    "bolivia": "BO",
    "brazil": "BR",
    "bulgaria": "BG",
    "cambodia": "KH",
    "cameroon": "CM",
    "canada": "CA",
    "chile": "CL",
    "china": "CN",
    "colombia": "CO",
    "croatia": "HR",
    "cuba": "CU",
    "cyprus": "CY",
    "czech republic": "CZ",
    "czechia": "CZ",
    "denmark": "DK",
    "dominican republic": "DO",
    "ecuador": "EC",
    "egypt": "EG",
    "estonia": "EE",
    "ethiopia": "ET",
    "finland": "FI",
    "france": "FR",
    "georgia": "GE",
    "germany": "DE",
    "ghana": "GH",
    "greece": "GR",
    "hong kong": "HK",
    "hungary": "HU",
    "iceland": "IS",
    "india": "IN",
    "indonesia": "ID",
    "iran": "IR",
    "iraq": "IQ",
    "ireland": "IE",
    "israel": "IL",
    "italy": "IT",
    "japan": "JP",
    "jordan": "JO",
    "kazakhstan": "KZ",
    "kenya": "KE",
    "korea": "KR",
    "south korea": "KR",
    "kuwait": "KW",
    "kyrgyzstan": "KG",
    "laos": "LA",
    "latvia": "LV",
    "lebanon": "LB",
    "lithuania": "LT",
    "macao": "MO",
    "macau": "MO",
    "malaysia": "MY",
    "mexico": "MX",
    "moldova": "MD",
    "mongolia": "MN",
    "morocco": "MA",
    "myanmar": "MM",
    "nepal": "NP",
    "netherlands": "NL",
    "new zealand": "NZ",
    "nigeria": "NG",
    "norway": "NO",
    "oman": "OM",
    "pakistan": "PK",
    "peru": "PE",
    "philippines": "PH",
    "the philippines": "PH",
    "poland": "PL",
    "portugal": "PT",
    "qatar": "QA",
    "romania": "RO",
    "russia": "RU",
    "russian federation": "RU",
    "united mexican states": "MX",
    # the formal names of states that put their name before "Republic" ("the Kyrgyz Republic")
    "kyrgyz republic": "KG",
    "slovak republic": "SK",
    "hellenic republic": "GR",
    "argentine republic": "AR",
    "syrian arab republic": "SY",
    "lebanese republic": "LB",
    "togolese republic": "TG",
    "gabonese republic": "GA",
    "tunisian republic": "TN",
    "portuguese republic": "PT",
    "italian republic": "IT",
    "french republic": "FR",
    "azerbaijan republic": "AZ",
    "lao people's democratic republic": "LA",
    "democratic people's republic of korea": "KP",
    "swiss confederation": "CH",
    "saudi arabia": "SA",
    "serbia": "RS",
    "singapore": "SG",
    "slovakia": "SK",
    "slovenia": "SI",
    "south africa": "ZA",
    "spain": "ES",
    "sri lanka": "LK",
    "sudan": "SD",
    "sweden": "SE",
    "switzerland": "CH",
    "syria": "SY",
    "taiwan": "TW",
    "tajikistan": "TJ",
    "tanzania": "TZ",
    "thailand": "TH",
    "tunisia": "TN",
    "turkey": "TR",
    "türkiye": "TR",
    "turkmenistan": "TM",
    "uganda": "UG",
    "ukraine": "UA",
    "united arab emirates": "AE",
    "uae": "AE",
    "united kingdom": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "u.s.": "US",  # "the U.S. Embassy in Tashkent": the state a mission represents
    "u.s.a.": "US",
    "uruguay": "UY",
    "uzbekistan": "UZ",
    "venezuela": "VE",
    "vietnam": "VN",
    "viet nam": "VN",
    "yemen": "YE",
    "zambia": "ZM",
    "zimbabwe": "ZW",
    # The other states news items may name, and the nations of the United Kingdom ("University of Glasgow,
    # Scotland"). Left out: names that are also common words or names ("Chad", "Jersey", "Guinea" alone,
    # "Congo" of two states, "Macedonia" also a Greek region).
    "angola": "AO",
    "andorra": "AD",
    "bahrain": "BH",
    "bahamas": "BS",
    "barbados": "BB",
    "belize": "BZ",
    "benin": "BJ",
    "bhutan": "BT",
    "bosnia": "BA",
    "bosnia and herzegovina": "BA",
    "botswana": "BW",
    "brunei": "BN",
    "brunei darussalam": "BN",
    "burkina faso": "BF",
    "burundi": "BI",
    "cape verde": "CV",
    "cabo verde": "CV",
    "costa rica": "CR",
    "côte d'ivoire": "CI",
    "ivory coast": "CI",
    "djibouti": "DJ",
    "east timor": "TL",
    "timor-leste": "TL",
    "timor leste": "TL",
    "el salvador": "SV",
    "eritrea": "ER",
    "eswatini": "SZ",
    "swaziland": "SZ",
    "fiji": "FJ",
    "gabon": "GA",
    "gambia": "GM",
    "the gambia": "GM",
    "guam": "GU",
    "guatemala": "GT",
    "guyana": "GY",
    "haiti": "HT",
    "honduras": "HN",
    "jamaica": "JM",
    "liberia": "LR",
    "libya": "LY",
    "liechtenstein": "LI",
    "luxembourg": "LU",
    "madagascar": "MG",
    "malawi": "MW",
    "maldives": "MV",
    "mali": "ML",
    "malta": "MT",
    "mauritania": "MR",
    "mauritius": "MU",
    "monaco": "MC",
    "montenegro": "ME",
    "mozambique": "MZ",
    "namibia": "NA",
    "nicaragua": "NI",
    "niger": "NE",
    "north korea": "KP",
    "north macedonia": "MK",
    "palestine": "PS",
    "panama": "PA",
    "papua new guinea": "PG",
    "paraguay": "PY",
    "puerto rico": "PR",
    "rwanda": "RW",
    "samoa": "WS",
    "senegal": "SN",
    "seychelles": "SC",
    "sierra leone": "SL",
    "somalia": "SO",
    "south sudan": "SS",
    "suriname": "SR",
    "togo": "TG",
    "tonga": "TO",
    "trinidad and tobago": "TT",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    # the rest of ISO 3166-1's states, so that no state of the world reads as an unknown word (not its
    # territories, whose names are places of other states too; "Chad" alone is more often a first name)
    "turkiye": "TR",
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "dr congo": "CD",
    "congo-kinshasa": "CD",
    "republic of the congo": "CG",
    "congo-brazzaville": "CG",
    "kosovo": "XK",
    "guinea": "GN",
    "guinea-bissau": "GW",
    "equatorial guinea": "GQ",
    "central african republic": "CF",
    "comoros": "KM",
    "lesotho": "LS",
    "san marino": "SM",
    "são tomé and príncipe": "ST",
    "sao tome and principe": "ST",
    "vanuatu": "VU",
    "kiribati": "KI",
    "palau": "PW",
    "solomon islands": "SB",
    "marshall islands": "MH",
    "micronesia": "FM",
    "nauru": "NR",
    "tuvalu": "TV",
    "antigua and barbuda": "AG",
    "dominica": "DM",
    "grenada": "GD",
    "saint lucia": "LC",
    "saint kitts and nevis": "KN",
    "saint vincent and the grenadines": "VC",
    "vatican city": "VA",
    "holy see": "VA",
    "macedonia": "MK",
}
DEMONYMS = {
    "afghan": "AF",
    "american": "US",
    "argentine": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "byelorussian": "BY",
    "belorussian": "BY",
    "belgian": "BE",
    "brazilian": "BR",
    "british": "GB",
    "bulgarian": "BG",
    "cambodian": "KH",
    "canadian": "CA",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "croatian": "HR",
    "cuban": "CU",
    "czech": "CZ",
    "danish": "DK",
    "dominican": "DO",
    "dutch": "NL",
    "egyptian": "EG",
    "estonian": "EE",
    "ethiopian": "ET",
    "filipino": "PH",
    "finnish": "FI",
    "french": "FR",
    "georgian": "GE",
    "german": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "hungarian": "HU",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kazakhstani": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "kyrgyz": "KG",
    "lao": "LA",
    "latvian": "LV",
    "lebanese": "LB",
    "lithuanian": "LT",
    "malaysian": "MY",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "moroccan": "MA",
    "nepali": "NP",
    "nigerian": "NG",
    "norwegian": "NO",
    "pakistani": "PK",
    "peruvian": "PE",
    "polish": "PL",
    "portuguese": "PT",
    "romanian": "RO",
    "russian": "RU",
    "saudi": "SA",
    "serbian": "RS",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "spanish": "ES",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "thai": "TH",
    "tunisian": "TN",
    "turkish": "TR",
    "ugandan": "UG",
    "ukrainian": "UA",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    # The nationality words of the other countries above: "the Omani Embassy", "the Sri Lankan Consulate"
    "albanian": "AL",
    "algerian": "DZ",
    "bolivian": "BO",
    "cameroonian": "CM",
    "cypriot": "CY",
    "ecuadorian": "EC",
    "icelandic": "IS",
    "kuwaiti": "KW",
    "burmese": "MM",
    "omani": "OM",
    "qatari": "QA",
    "sudanese": "SD",
    "tanzanian": "TZ",
    "turkmen": "TM",
    "emirati": "AE",
    "uruguayan": "UY",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    # Nationalities of two words, looked up as one by nationality_opening()
    "south african": "ZA",
    "south korean": "KR",
    "sri lankan": "LK",
    "saudi arabian": "SA",
    # The nationality words of the states added last to COUNTRIES ("the Rwandan Ministry of Education",
    # "the Maltese Education Ministry"); "Congolese" (two states) is left out.
    "angolan": "AO",
    "bahraini": "BH",
    "bahamian": "BS",
    "barbadian": "BB",
    "belizean": "BZ",
    "beninese": "BJ",
    "bhutanese": "BT",
    "bosnian": "BA",
    "botswanan": "BW",
    "bruneian": "BN",
    "burkinabe": "BF",
    "burundian": "BI",
    "cape verdean": "CV",
    "costa rican": "CR",
    "ivorian": "CI",
    "djiboutian": "DJ",
    "timorese": "TL",
    "salvadoran": "SV",
    "eritrean": "ER",
    "fijian": "FJ",
    "gabonese": "GA",
    "gambian": "GM",
    "guatemalan": "GT",
    "guyanese": "GY",
    "haitian": "HT",
    "honduran": "HN",
    "jamaican": "JM",
    "liberian": "LR",
    "libyan": "LY",
    "luxembourgish": "LU",
    "malagasy": "MG",
    "malawian": "MW",
    "maldivian": "MV",
    "malian": "ML",
    "maltese": "MT",
    "mauritanian": "MR",
    "mauritian": "MU",
    "montenegrin": "ME",
    "mozambican": "MZ",
    "namibian": "NA",
    "nicaraguan": "NI",
    "nigerien": "NE",
    "north korean": "KP",
    "palestinian": "PS",
    "panamanian": "PA",
    "paraguayan": "PY",
    "puerto rican": "PR",
    "rwandan": "RW",
    "samoan": "WS",
    "senegalese": "SN",
    "sierra leonean": "SL",
    "somali": "SO",
    "south sudanese": "SS",
    "surinamese": "SR",
    "togolese": "TG",
    "tongan": "TO",
    "trinidadian": "TT",
    "scottish": "GB",
    "welsh": "GB",
    # the nationality words of the states above that the list lacked
    "macedonian": "MK",
    "north macedonian": "MK",
    "monegasque": "MC",
    "monégasque": "MC",
    "liechtensteiner": "LI",
    "andorran": "AD",
    "papua new guinean": "PG",
    "seychellois": "SC",
    "swazi": "SZ",
    "nepalese": "NP",
    "uzbekistani": "UZ",
    "kyrgyzstani": "KG",
    "tajikistani": "TJ",
    "turkmenistani": "TM",
    "kosovar": "XK",
    "kosovan": "XK",
    "guinean": "GN",
    "bissau-guinean": "GW",
    "equatoguinean": "GQ",
    "equatorial guinean": "GQ",
    "chadian": "TD",
    "central african": "CF",
    "comorian": "KM",
    "basotho": "LS",
    "mosotho": "LS",
    "motswana": "BW",
    "batswana": "BW",
    "sammarinese": "SM",
    "santomean": "ST",
    "ni-vanuatu": "VU",
    "palauan": "PW",
    "antiguan": "AG",
    "grenadian": "GD",
    "saint lucian": "LC",
    "kittitian": "KN",
    "vincentian": "VC",
    "macanese": "MO",
    "laotian": "LA",
    "luxembourger": "LU",
    "burkinabè": "BF",
    "new zealander": "NZ",
}
_COUNTRY_WORDS = sorted(COUNTRIES, key=len, reverse=True)


def _by_first_letter(words):
    """The alternatives of `words`, one group per first letter, each keeping its words in their order
    ("a(?:fghanistan|lbania)|b(?:...)"): under re.IGNORECASE the engine enters every alternative of a flat
    list in turn (a folded first letter lets it skip none), three hundred country words at each try; grouped,
    it enters one per letter. Words of different first letters never match at one place, so the first word
    to match, and the match, are the flat list's."""
    groups = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# A country stated right after a name: ", Ukraine", " (Japan)", " - Japan", " in Russia", ", Long Ho,
# Vietnam", "based in Kenya", "from the Republic of Korea".
COUNTRY_AFTER = re.compile(
    # "X (China)", "X, Ukraine", "X in the United Kingdom", "X in Utrecht, the Netherlands", "X (XU), France",
    # "X (XU) in France", "X (XU) of France", "X (XU) from France", "X, located in France", "X from France"
    r"^\s*(?:\([A-Z][\w .&-]{0,20}\)\s*"
    r"(?=,|(?:(?:based|located|situated|headquartered)\s+)?in\b|of\b|from\b))?"
    r"(?:(?:,|\(|-|–|(?:,\s*)?(?:(?:(?-i:based|located|situated|headquartered)\s+)?\bin|\bfrom)\b|\bof\b)\s*"
    r"(?:the\s+)?(?:(?-i:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?)?"
    r"(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*\s*,\s*(?:the\s+)?)?)("  # a city: capitalised words
    + _by_first_letter(_COUNTRY_WORDS)
    # not a country word opening the next name: "A, Kenya Methodist University and B"
    + r")\b(?!\s+(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}(?-i:University|College|Institute|Polytechnic|Academy)\b)\)?",
    re.I,
)


# A country's possessive right before a name, with at most two small words between: "Pakistan's University
# of X", "Tanzania's leading University of Y" (searched in the text before the name).
COUNTRY_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s\s+(?:[a-z]+\s+){0,2}$")


def mentions_country(text):
    """True when `text` names a country ("Russia", "South Korea")."""
    words = re.findall(r"[A-Z][a-zü]+", text)
    for i, word in enumerate(words):
        key = word.lower()
        if key in COUNTRIES or (i + 1 < len(words) and f"{key} {words[i + 1].lower()}" in COUNTRIES):
            return True
    return False


def countries_named(text):
    """The countries `text` names by a country's name or a nationality word, one to three words long
    ("Korean", "South Africa", "the UK", "the United Arab Emirates")."""
    words = list(_COUNTRY_TOKEN.finditer(text))
    found = set()
    i = 0
    while i < len(words):
        code, used = _country_at(text, words, i)
        if code:
            found.add(code)
        i += used
    return found


def _country_at(text, words, i):
    """The country that capitalised word `i` opens, and how many capitalised words its name takes: the longest
    name read whole, with the small words and hyphens between ("Democratic Republic of the Congo",
    "Guinea-Bissau"), so that its parts are not read again on their own ("Northern Ireland" is not Ireland,
    "Papua New Guinea" not Guinea)."""
    start = words[i].start()
    for last in range(min(i + _COUNTRY_NAME_WORDS, len(words)) - 1, i, -1):
        span = text[start : words[last].end()]
        if len(span) <= _COUNTRY_NAME_CHARS:
            code = country_code(" ".join(span.split()))
            if code:
                return code, last - i + 1
    return country_code(words[i].group()), 1


# The longest country name in capitalised words ("the Lao People's Democratic Republic": four) and in
# characters.
_COUNTRY_NAME_WORDS = 4
_COUNTRY_NAME_CHARS = 40


# A capitalised word, or a capital alone: "\b[A-Z][\w.]*[a-zA-Z]|\b[A-Z]", with the capital first and the
# word boundary a lookbehind after it: the engine skips to the next capital, not trying each character.
# Initials keep their last full stop ("U.S.", "U.K."), as the country words spell them; a word ending a
# sentence does not ("Vietnam.").
_COUNTRY_TOKEN = re.compile(r"[A-Z](?<!\w[A-Z])(?:[\w.]*[a-zA-Z])?(?:(?<=\.[A-Z])\.)?")


# Cached: a pure function of two constant tables, which the readers ask ~150 times an article, mostly of
# the same few words.
@functools.lru_cache(maxsize=4096)
def country_code(word):
    """ISO code of a country name or nationality word, or None."""
    key = _country_key(word)
    return COUNTRIES.get(key) or DEMONYMS.get(key)


def _country_key(word):
    """ "Kenya's" -> "kenya"; "the Lao People's Democratic Republic" keeps its inner "'s"."""
    return (word or "").strip().lower().replace("’", "'").removesuffix("'s")


# The formal names of states: "the People's Republic of China", "the Kingdom of Morocco", "the Republic of
# Korea".
_STATE_FORM = re.compile(
    r"^(?:the\s+)?(?:(?:People[’']s|Socialist|Islamic|Federal|Federative|Democratic|Arab|Hashemite|United|"
    r"Plurinational|Bolivarian|Oriental|Co-operative|Cooperative|Independent|Grand)\s+)*"
    r"(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate|Emirate|Principality|Duchy|Union)\s+of\s+"
    r"(?:the\s+)?(?:Union\s+of\s+)?"  # "the Republic of the Union of Myanmar"
)
# Codes a text prints for a state, in capitals only ("the PRC", "ROK", "the US": "us" is a pronoun).
_STATE_CODES = {"PRC": "CN", "ROK": "KR", "US": "US", "U.S.": "US", "UAE": "AE", "UK": "GB", "DPRK": "KP"}


def state_code(text):
    """ISO code of a state as a text names it: its name ("Russia", "the Russian Federation"), its formal name
    ("the People's Republic of China", "the Republic of Korea"), or its code in capitals ("the PRC"); else
    None."""
    text = (text or "").strip()
    bare = text.removeprefix("the ")
    if bare in _STATE_CODES:
        return _STATE_CODES[bare]
    if not bare[:1].isupper():
        return None
    formal = _STATE_FORM.match(text)
    if is_country_name(bare):
        return country_code(bare)
    rest = text[formal.end() :] if formal else ""
    return country_code(rest) if is_country_name(rest) else None


def nationality_opening(words):
    """The country of the nationality or country a name opens with, in one word or two: "Omani Embassy",
    "South African Embassy in Stockholm" (ZA, not the city's country). None when it opens with neither."""
    if not words:
        return None
    return country_code(words[0]) or (country_code(f"{words[0]} {words[1]}") if len(words) > 1 else None)


def is_country_name(word):
    """ "Korea", "Vietnam": a country's name (not a nationality word such as "Korean")."""
    return _country_key(word) in COUNTRIES


def is_place_word(word):
    """True for a country name or nationality word ("Vietnam", "Malaysian")."""
    return country_code(word) is not None


_GENERIC_PLACE_WORDS = {
    "university",
    "universiti",
    "universidad",
    "universite",
    "universitat",
    "universita",
    "institute",
    "college",
    "academy",
    "school",
    "national",
    "state",
    "federal",
    "technical",
    "technology",
    "science",
    "sciences",
    "international",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "new",
    "saint",
    "st",
    "san",
    "santa",
    "of",
    "the",
    "and",
    "for",
    "de",
    "di",
    "du",
    "la",
    "le",
    "research",
    "medical",
    "medicine",
    "applied",
    "arts",
    "engineering",
    "education",
    "higher",
    "polytechnic",
    "center",
    "centre",
    "hospital",
    "foundation",
    "ministry",
    "department",
    "agricultural",
    "agriculture",
    "economics",
    "business",
    "management",
    "teachers",
    "normal",
    "open",
    "free",
    "catholic",
    "christian",
    "islamic",
    "royal",
    "city",
    "metropolitan",
    "capital",
    "coast",
    "island",
    "islands",
    "valley",
    "mountain",
    "river",
    "lake",
    "bay",
    "union",
    "united",
    "great",
    "little",
    "upper",
    "lower",
    "general",
    "public",
    "private",
    "community",
    "health",
    "company",
    "limited",
    "group",
    "corporation",
    "council",
    "association",
    "society",
    "trust",
}
# id(gazetteer) -> (gazetteer, its place index), for a gazetteer that does not carry the index built in
# (a test's small one); the gazetteer is kept so that its id is never reused
_PLACE_INDEXES = {}


def place_countries(gazetteer):
    """Words of the gazetteer's names that only ever occur in one country ("zhejiang" -> CN,
    "hannover" -> DE), for places printed in an institution's name. The default gazetteer carries the index
    in its cache (built with it, so a process does not spend most of a second on it); another is indexed
    once."""
    built_in = getattr(gazetteer, "place_countries", None)
    if built_in is not None:
        return built_in
    known = _PLACE_INDEXES.get(id(gazetteer))
    if known is not None and known[0] is gazetteer:
        return known[1]
    index = place_country_index((entry.name, entry.country) for entry in getattr(gazetteer, "entries", ()))
    _PLACE_INDEXES[id(gazetteer)] = (gazetteer, index)
    return index


def place_country_index(names_and_countries):
    """{word: country} for the words of institution names that occur in at least three names, all of one
    country."""
    seen, counts = {}, {}
    for name, country in names_and_countries:
        if not country:
            continue
        for word in set(re.findall(r"[^\W\d_]{4,}", name.lower())):
            if word in _GENERIC_PLACE_WORDS:
                continue
            known = seen.get(word)
            if known is None:
                seen[word] = country
            elif known != country:
                seen[word] = ""  # found in two countries: says nothing
            counts[word] = counts.get(word, 0) + 1
    return {word: code for word, code in seen.items() if code and counts[word] >= 3}


def country_from_place_words(name, gazetteer):
    """The one country that the place words of `name` point to, or None (none, or several)."""
    index = place_countries(gazetteer)
    found = {index[w] for w in re.findall(r"[^\W\d_]{4,}", name.lower()) if w in index}
    return found.pop() if len(found) == 1 else None


_NATIONAL_NAME = re.compile(r"\b([A-Z][a-z]+) (?:State|National|Federal) (?:University|Academy|Institute)\b")


def country_in_name(name):
    """A nationality word naming a state university ("Tajik National University", "Kyrgyz State
    University")."""
    match = _NATIONAL_NAME.search(name)
    if match and match.group(1).lower() in DEMONYMS:
        return DEMONYMS[match.group(1).lower()]
    return None


def countries_in_name(name):
    """The countries whose names stand among a body's words ("Portugal-Ruritania Chamber of Commerce"), by a
    two-word name first, and not a region's ("New South Wales", "New Mexico")."""
    return {code for code, _ in _countries_placed(_name_words(name))}


def country_closing_name(name):
    """The country whose name closes a body's name ("Colleges and Institutes Ruritania", "Group of Six
    Northern Ireland", "Council of Rectors of Chile"), or None."""
    words = _name_words(name)
    return next((code for code, end in _countries_placed(words) if end == len(words)), None)


def _countries_placed(words):
    """(country, index after its name) for each country's name among `words`."""
    k = 0
    while k < len(words):
        pair = " ".join(words[k : k + 2])
        if k + 1 < len(words) and is_country_name(pair):
            yield country_code(pair), k + 2
            k += 2
            continue
        if words[k][:1].isupper() and is_country_name(words[k]) and "New" not in words[max(0, k - 2) : k]:
            yield country_code(words[k]), k + 1
        k += 1


def _name_words(name):
    return re.findall(r"[\w’'.]+", name)


# Cities and provinces that university names carry, each in one country only ("*" marks an eponym, not a
# place) (a short list kept by hand for where the gazetteer's own place words are ambiguous or missing:
# "St. Saint_Petersburg St._Petersburg St_Petersburg" is also in Florida).
_PLACES = {
    "CN": "Anhui Beijing Changchun Changsha Chengdu Chongqing Dalian Dezhou Fujian Fuzhou Gansu Guangdong "
    "Guangxi Guangzhou Guilin Guizhou Hainan Hangzhou Harbin Hebei Hefei Heilongjiang Henan Hohhot Hubei "
    "Hunan Jiangsu Jiangxi Jilin Jinan Kunming Lanzhou Liaoning Nanchang Nanjing Nanning Ningbo Ningxia "
    "Qingdao Qinghai Shaanxi Shandong Shanghai Shantou Shanxi Shenyang Shenzhen Shijiazhuang Sichuan Soochow "
    "Suzhou Taiyuan Tianjin Urumqi Wenzhou Wuhan Wuxi Xiamen Xinjiang Xuzhou Yangzhou Yunnan Zhejiang "
    "Zhengzhou Zhuhai Yangling Yanbian *Jiaotong *Tsinghua *Fudan Peking *Tongji *Sun_Yat-sen",
    "RU": "Arkhangelsk Astrakhan Barnaul Belgorod Bryansk Chelyabinsk Irkutsk Izhevsk Kaliningrad Kazan "
    "Kemerovo Khabarovsk Krasnodar Krasnoyarsk Kursk Moscow Murmansk Novgorod Novosibirsk Omsk Orenburg "
    "Penza Perm Saint_Petersburg St._Petersburg St_Petersburg Petrozavodsk Rostov Ryazan Samara Saratov "
    "Sevastopol Smolensk Sochi Stavropol Surgut Syktyvkar Tambov Tomsk Tula Tver Tyumen Ufa Ulyanovsk "
    "Vladimir Vladivostok Volgograd Voronezh Yakutsk Yaroslavl Yekaterinburg Ekaterinburg Ural Siberian "
    "*Bauman *Lomonosov *MGIMO *ITMO",
    "KZ": "Almaty Astana Aktobe Aktau Atyrau Karaganda Kostanay Kokshetau Oskemen Pavlodar Petropavl Semey "
    "Shymkent Taraz Turkistan Nur-Sultan *Seifullin *Satbayev *Satpayev *Al-Farabi *Gumilyov *Abai",
    "KG": "Bishkek Osh Jalal-Abad Karakol",
    "UZ": "Tashkent Samarkand Bukhara Andijan Fergana Namangan Nukus Karshi Termez Urgench",
    "TJ": "Dushanbe Khujand",
    "BY": "Minsk Gomel Grodno Brest Vitebsk Mogilev",
    "UA": "Kyiv Kiev Kharkiv Kharkov Lviv Odesa Odessa Dnipro Zaporizhzhia Chernivtsi Ternopil Poltava Sumy "
    "Vinnytsia Uzhhorod Ivano-Frankivsk *Karazin *Shevchenko",
    "PL": "Warsaw Krakow Kraków Cracow Lodz Łódź Wroclaw Wrocław Poznan Poznań Gdansk Gdańsk Szczecin Lublin "
    "Katowice Bialystok Białystok Rzeszow Rzeszów Torun Toruń Opole Kielce Olsztyn Gliwice *Jagiellonian",
    "CZ": "Prague Brno Ostrava Olomouc Pilsen Plzen Liberec Pardubice",
    "VN": "Hanoi Hue Danang Haiphong Cantho Nha_Trang Vinh Thai_Nguyen Quang_Ninh Ho_Chi_Minh Da_Nang "
    "Can_Tho",
    "KR": "Seoul Busan Pusan Daegu Incheon Gwangju Daejeon Ulsan Suwon Jeonju Chungnam Chungbuk Kyungpook "
    "Jeju",
    "JP": "Tokyo Osaka Kyoto Nagoya Sapporo Hokkaido Tohoku Kyushu Fukuoka Hiroshima Kobe Sendai Chiba "
    "Okayama Kanazawa Niigata Kumamoto Nagasaki Kagoshima Tsukuba *Waseda *Keio Yokohama Shizuoka Gifu Mie "
    "Yamaguchi",
    "MY": "Selangor Penang Johor Perak Kedah Kelantan Terengganu Pahang Sabah Sarawak Melaka Malacca "
    "Putrajaya Perlis Kuching Kuala_Lumpur",
    "ID": "Jakarta Bandung Surabaya Yogyakarta Semarang Malang Medan Makassar Denpasar Padang *Airlangga "
    "*Gadjah",
    "TH": "Bangkok Chiang_Mai Khon_Kaen Songkla *Chulalongkorn *Mahidol *Kasetsart *Thammasat",
    "IR": "Tehran Isfahan Shiraz Mashhad Tabriz Ahvaz Kerman Yazd Mazandaran Gilan Qom *Ferdowsi Dezful",
    "IN": "Delhi Mumbai Bombay Chennai Madras Kolkata Calcutta Bangalore Bengaluru Hyderabad Pune Ahmedabad "
    "Kanpur Kharagpur Roorkee Guwahati Bhubaneswar Odisha Kerala Punjab *Manipal *Amity",
    "PK": "Islamabad Lahore Karachi Peshawar Quetta Faisalabad Rawalpindi Multan",
    "TR": "Istanbul Ankara Izmir Bursa Antalya Konya Erzurum Trabzon Eskisehir",
    "DE": "Berlin Munich München Hamburg Cologne Köln Frankfurt Stuttgart Dresden Leipzig Heidelberg Aachen "
    "Bonn Erlangen Nuremberg Nürnberg Hannover Bremen Kiel Lübeck Osnabrück Göttingen Freiburg Tübingen "
    "Mannheim Karlsruhe Darmstadt Jena Magdeburg Rostock Potsdam Bochum Dortmund Duisburg Essen Münster "
    "Würzburg",
    "EG": "Cairo Alexandria Mansoura Assiut Zagazig",
    "NG": "Lagos Ibadan Abuja Nsukka Ilorin Zaria Ife",
    "MN": "Ulaanbaatar",
    "KH": "Phnom_Penh",
    "LA": "Vientiane",
    "AZ": "Baku",
    "AM": "Yerevan",
    "GE": "Tbilisi",
    "RS": "Belgrade Novi_Sad",
    "HU": "Budapest Debrecen Szeged Pécs",
    "RO": "Bucharest Cluj-Napoca Iasi Iași Timisoara",
    "BG": "Sofia Plovdiv Varna",
    "IT": "Milan Rome Turin Bologna Naples Padua Florence Pisa Genoa Venice",
    "FR": "Paris Lyon Marseille Toulouse Bordeaux Lille Grenoble Strasbourg Montpellier Nantes Rennes "
    "*Sorbonne",
    "ES": "Madrid Barcelona Seville Salamanca Bilbao Zaragoza Malaga Málaga",
    "PT": "Lisbon Porto Coimbra",
    "NL": "Amsterdam Rotterdam Utrecht Leiden Groningen Delft Eindhoven Maastricht Tilburg Wageningen "
    "Nijmegen",
    "BE": "Brussels Leuven Ghent Antwerp Liège",
    "AT": "Vienna Graz Innsbruck Salzburg Linz",
    "CH": "Zurich Zürich Geneva Lausanne Basel Bern",
    "FI": "Helsinki Tampere Turku Oulu",
    "SE": "Stockholm Uppsala Lund Gothenburg Linköping",
    "NO": "Oslo Bergen Trondheim Tromsø",
    "DK": "Copenhagen Aarhus Aalborg",
    "GB": "Oxford Edinburgh Glasgow Leeds Liverpool Sheffield Nottingham Bristol Coventry Warwick Reading "
    "Surrey Sussex Exeter Durham Aberdeen Dundee Cardiff Swansea Belfast Leicester Southampton Brighton "
    "Lancaster",
    "AU": "Sydney Melbourne Brisbane Adelaide Canberra Queensland Tasmania Wollongong Newcastle *Monash "
    "*Deakin",
    "CA": "Toronto Montreal Montréal Vancouver Ottawa Calgary Edmonton Winnipeg Quebec Québec Waterloo "
    "*McGill",
    "US": "*Harvard *Yale *Princeton *Stanford Columbia *Cornell Berkeley Chicago Boston Michigan Wisconsin "
    "Illinois Ohio Texas California Florida Georgia Arizona *Purdue",
    "IL": "Jerusalem Haifa Tel_Aviv *Technion",
    "CL": "Santiago Valparaíso Valparaiso Concepción",
    "CO": "Bogotá Bogota Medellín Medellin Barranquilla",
    "AR": "Buenos_Aires",
    "BR": "São_Paulo Sao_Paulo Rio_de_Janeiro Campinas Brasília",
    "MX": "Guadalajara Monterrey",
    "DO": "Santo_Domingo",
    "UG": "Kampala *Makerere",
    "KE": "Nairobi",
    "JO": "Amman Irbid",
    "LB": "Beirut",
    "SN": "Dakar",
    "GH": "Accra Kumasi",
    "ZA": "Johannesburg Pretoria Stellenbosch Durban",
    "PH": "Manila Quezon Cebu Davao",
    "SG": "*Nanyang",
    "TW": "Taipei Taichung Tainan Kaohsiung Hsinchu",
    "SA": "Riyadh Jeddah Mecca Medina Dammam",
    "AE": "Dubai Sharjah",
    "QA": "Doha",
    "BD": "Dhaka Chittagong",
    "LK": "Colombo Peradeniya",
    "NP": "Kathmandu",
}
_PLACE_COUNTRY = {}
_NOT_PLACES = (
    set()
)  # names of the people or things universities are named after ("*Bauman"): a country, no place
for _code, _words in _PLACES.items():
    for _word in _words.split():
        if _word.startswith("*"):
            _word = _word[1:]
            _NOT_PLACES.add(_word.replace("_", " ").lower())
        _PLACE_COUNTRY[_word.replace("_", " ").lower()] = _code
# Ambiguous in a name: a state of the USA or a region of another country as well
for _word in ("georgia", "columbia", "punjab"):
    _PLACE_COUNTRY.pop(_word, None)
_PLACE_PATTERN = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(w) for w in sorted(_PLACE_COUNTRY, key=len, reverse=True))
    + r")(?![\w-])"
)


def country_from_known_places(name):
    """The one country that the cities and provinces printed in `name` point to ("State Marine Technical
    University of St. Petersburg" -> RU), or None (none, or places of several countries)."""
    lowered = re.sub(r"\bst\.\s*", "st. ", name.lower())  # "St.Petersburg"
    found = {_PLACE_COUNTRY[m.group(1)] for m in _PLACE_PATTERN.finditer(lowered)}
    return found.pop() if len(found) == 1 else None


def is_known_place(word):
    """True for a city or province of the hand-kept list ("Bangkok", "Yogyakarta")."""
    return word.lower() in _PLACE_COUNTRY and word.lower() not in _NOT_PLACES
