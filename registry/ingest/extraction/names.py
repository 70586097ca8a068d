"""Institution names in running text: the name grammar ("University of X", "X University", "Universiti ...",
"Ministry of ...", "... Company Limited") and acronym definitions ("Name (ACR)")."""

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from .acronyms import NOT_INSTITUTIONS, abbreviates, looks_like_acronym
from .lexicon import (  # the word sets of the name grammar live in the lexicon
    _CONNECTORS,
    _LEFT_STOP,
    _MODIFIED_BY,
    _MODIFIED_NOUNS,
    _NAME_ENDS,
    _POSSESSIVE_NAMES,
    _UNIT_START,
    ALLIANCE_HEADS,
    BODY_HEADS,
    COMPANY_HEADS,
    ENGLISH_HEADS,
    FIELD_WORDS,
    FOREIGN_HEADS,
    GENERIC_WORDS,
    GOVERNMENT_HEADS,
    HEADS,
    NAME_WORDS,
    ROLE_WORDS,
    UNIT_BODY_HEADS,
)
from .places import COUNTRY_AFTER, country_code, is_known_place

# No institution's name runs longer than this many words: the name grammar looks no further either way, so
# that a page of capitalised words costs linear time, not a walk over the whole page per head word.
MAX_NAME_TOKENS = 20
# Every head word the grammar reads a name by: schools, governments and companies, and the other bodies.
GRAMMAR_HEADS = HEADS | BODY_HEADS
_WORD = re.compile(r"[‘'\"“]?[^\W\d_][\w’'‘.\-]*|\(|\)|,|;|:|&|\d[\w\-]*|[^\w\s]", re.UNICODE)


@dataclass
class Mention:
    """A name as printed in one sentence, with its position."""

    text: str
    sentence: int
    start: int
    end: int
    head: str
    country: str | None = None
    acronym: str | None = None  # an acronym defined right after it: "Name (ACR)"
    is_acronym: bool = False
    is_unit: bool = False
    is_body: bool = False  # a foundation, council, bank...: kept only where the article names it as a party
    place: str | None = None  # a place printed right after the name: "..., Vinh Long City,"


_TITLE_BEFORE = re.compile(
    r"(?:President|Rector|Director|Dean|Head|Chairman|Chancellor|Secretary|Minister|"
    r"Professor|Coordinator|Officer|Manager|Provost|Representative)\b",
    re.IGNORECASE,
)


def _after_title(tokens, left):
    window = " ".join(t[0] for t in tokens[max(0, left - 8) : left])
    return bool(_TITLE_BEFORE.search(window))


_PLACE_AFTER = re.compile(
    r",\s+((?:[A-Z][a-z]+\s+){1,3}(?:City|Province|County|Prefecture|District|Region|Oblast))"
    r"(?=,|\.|\s|$)"
)
_COMPANY_TAIL = re.compile(r"\.?(?:,?\s*(?:Co|Ltd|Inc|Corp|LLC|GmbH|PLC|Limited)\b\.?)+")
_NAME_TAIL = re.compile(
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)?"
)


def _misspelt_university(word):
    """ "Univeristy", "Universty", "Unversity": a typo of the commonest head word."""
    if not (7 <= len(word) <= 11 and word[:2] == "Un" and word.endswith("y")) or word == "University":
        return False
    return ratio(word, "University") >= 80


def _tokens(sentence):
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(sentence)]


def _is_cap(word):
    stripped = word.lstrip("‘'\"“")
    return bool(stripped) and stripped[0].isupper()


def find_names(sentence, index, title_case=False):
    """Institution names printed in `sentence` (index `index` of the article)."""
    tokens = _tokens(sentence)
    mentions, taken = [], set()
    for i, (word, _, _) in enumerate(tokens):
        bare = word.rstrip(".,")
        possessive = (
            bare.endswith(("’s", "'s")) and bare[:-2] in GRAMMAR_HEADS
        )  # "Lund University's rector": ends here
        if possessive:
            bare = bare[:-2]
        if bare not in GRAMMAR_HEADS and _misspelt_university(bare):
            bare = "University"
        if "-" in bare and bare.rsplit("-", 1)[1] in GRAMMAR_HEADS:
            bare = bare.rsplit("-", 1)[
                1
            ]  # "Friedrich-Alexander-Universität": the head ends a hyphenated word
        if bare not in GRAMMAR_HEADS or i in taken:
            continue
        if (
            bare == "School"
            and not (i > 0 and tokens[i - 1][0] == "Business")
            and i + 1 < len(tokens)
            and tokens[i + 1][0] == "of"
            and (i == 0 or not _is_cap(tokens[i - 1][0]))
        ):
            continue  # "School of Management": a unit
        k = i + 1
        while (
            k < len(tokens)
            and k - i < MAX_NAME_TOKENS
            and _is_cap(tokens[k][0])
            and tokens[k][0].rstrip(".,") not in GRAMMAR_HEADS
            and tokens[k][0] not in _LEFT_STOP
            and bare not in FOREIGN_HEADS
        ):
            k += 1
        if (
            k < len(tokens)
            and k > i
            and tokens[k][0].rstrip(".,") in GRAMMAR_HEADS
            and (k == i + 1 or bare in {"Polytechnic", "Company"})
        ):
            # "Hong Kong Polytechnic University", "... Company Limited": the later head builds the name
            continue
        if (
            bare == "School"
            and not (i > 0 and tokens[i - 1][0] == "Business")
            and not (i > 0 and _is_cap(tokens[i - 1][0]) and i + 1 < len(tokens) and tokens[i + 1][0] == "of")
        ):
            continue  # "School of Management", "Undergraduate School": units of a university
        left = i
        while left > 0 and i - left < MAX_NAME_TOKENS:
            prev = tokens[left - 1][0]
            if prev in ("to", "be") and left > 1 and (tokens[left - 2][0] in ("to", "Deemed")):
                left -= 1  # "Siksha 'O' Anusandhan Deemed to be University"
                continue
            if (
                prev == "the"
                and left > 1
                and _is_cap(tokens[left - 2][0])
                and tokens[left - 2][0] not in _LEFT_STOP
            ):
                left -= 1  # "Peter the Great St. Petersburg ..."
                continue
            if prev == "&" and left > 1 and _is_cap(tokens[left - 2][0]):
                left -= 2  # "Texas A&M University": "A", "&" and "M" are one word
                continue
            if (
                prev == "and"
                and left > 1
                and left < i
                and _is_cap(tokens[left - 2][0])
                and tokens[left - 2][0].rstrip(".,") not in _NAME_ENDS
                and tokens[left - 2][0] not in _LEFT_STOP
                and not tokens[left - 2][0].endswith(("’s", "'s", ","))
                and bare in ENGLISH_HEADS
                and tokens[left][0] in FIELD_WORDS
                and not tokens[left - 2][0].isupper()
            ):
                left -= 1  # "Beijing Language and Culture University": one head for two fields
                continue
            if not _is_cap(prev) or prev in _LEFT_STOP or prev.rstrip(".") in _LEFT_STOP:
                break
            if prev.endswith(("’s", "'s")) and prev[:-2] not in _POSSESSIVE_NAMES:
                break  # "Malaysia's Universiti ...": a possessive is not part of the name
            left -= 1
        right = i
        if (
            right + 1 < len(tokens)
            and tokens[right + 1][0] in _MODIFIED_BY
            and bare in ENGLISH_HEADS | ALLIANCE_HEADS | BODY_HEADS
        ):
            continue
        foreign = bare in FOREIGN_HEADS
        j = i + 1
        in_of = False
        while j < len(tokens) and j - i < MAX_NAME_TOKENS and not possessive:
            word_j = tokens[j][0]
            if word_j in _CONNECTORS and j + 1 < len(tokens) and _is_cap(tokens[j + 1][0]):
                in_of = True
                j += 1
                continue
            if (
                word_j == "of"
                and j + 2 < len(tokens)
                and tokens[j + 1][0] == "the"
                and _is_cap(tokens[j + 2][0])
                and tokens[j + 2][0] not in _LEFT_STOP
                and (
                    bare in GOVERNMENT_HEADS
                    or tokens[j + 2][0]
                    in (
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
                    )
                )
            ):
                in_of = True
                j += 2  # "Embassy of the Republic of Belarus", "University of the Philippines"
                continue
            if word_j == "named" and j + 2 < len(tokens) and tokens[j + 1][0] == "after":
                j += 2
                in_of = True
                continue
            if word_j in ("and", "&") and in_of and j + 1 < len(tokens) and _is_cap(tokens[j + 1][0]):
                # "of Science and Technology" continues; "of Technology and Bauman ... University" starts a
                # new name
                k = j + 1
                while (
                    k < len(tokens)
                    and k - j < MAX_NAME_TOKENS
                    and (_is_cap(tokens[k][0]) or tokens[k][0] in _CONNECTORS)
                ):
                    if tokens[k][0].rstrip(".,") in _NAME_ENDS:
                        break
                    k += 1
                if k < len(tokens) and tokens[k][0].rstrip(".,") in _NAME_ENDS:
                    break  # "... of Science and Technology and Viettel Group": another body
                if (
                    any(tokens[q][0] in ("and", "&") for q in range(i + 1, j))
                    and tokens[j + 1][0].rstrip(".,") not in NAME_WORDS
                ):
                    break  # a second "and" starts another name unless a field of study follows
                j += 1
                continue
            if (
                word_j == "in"
                and bare in GOVERNMENT_HEADS | {"General"}
                and j + 1 < len(tokens)
                and _is_cap(tokens[j + 1][0])
            ):
                j += 1
                in_of = True
                continue
            if word_j in ("province", "city", "county", "prefecture", "region") and in_of:
                right = j
                j += 1
                break
            if word_j.endswith(("’s", "'s")) and not (
                in_of and j + 1 < len(tokens) and tokens[j + 1][0] == "Republic"
            ):
                break  # "University of Haifa's Ron Robin" (but "Embassy of the People's Republic of China")
            if word_j in ROLE_WORDS and not (in_of and tokens[j - 1][0] in _CONNECTORS):
                break  # "University of Finance and Economics President Liu Yuanchun": a title starts a person
            if _is_cap(word_j) and (in_of or foreign or bare in GOVERNMENT_HEADS or word_j == "General"):
                if word_j.rstrip(".,") in HEADS and not in_of and not foreign:
                    break
                if title_case and word_j in _LEFT_STOP:
                    break
                right = j
                j += 1
                continue
            break
        while right > i and tokens[right][0] in _CONNECTORS | {"and", "&", "named", "after", "in"}:
            right -= 1
        if (
            right > i
            and _after_title(tokens, left)
            and not (right + 1 < len(tokens) and tokens[right + 1][0] == ")")
        ):
            cut = right
            while (
                cut > i
                and tokens[cut][0] not in NAME_WORDS
                and _is_cap(tokens[cut][0])
                and tokens[cut - 1][0] not in _CONNECTORS | {"and", "&", "after", "in"}
            ):
                cut -= 1
            if 2 <= right - cut <= 3:
                right = cut  # a person's name printed after "Title of Institution"
        if bare in COMPANY_HEADS and left == i:
            continue
        if bare in GOVERNMENT_HEADS and right == i and left == i:
            continue
        if bare in ENGLISH_HEADS | BODY_HEADS | {"School"} and left == i and right == i:
            continue  # a bare "University": the unnamed publisher or a generic word
        if (
            left > 0
            and tokens[left - 1][0] in ("a", "an", "A", "An")
            and not (right + 1 < len(tokens) and tokens[right + 1][0].lower() in _MODIFIED_NOUNS)
        ):
            # "a Confucius Institute": a kind of thing, not a party (but "a Tomsk University delegation")
            continue
        start, end = tokens[left][1], tokens[right][2] - (2 if possessive and right == i else 0)
        if bare in COMPANY_HEADS or bare in GOVERNMENT_HEADS:
            tail = (
                _NAME_TAIL.match(sentence, end)
                if bare in GOVERNMENT_HEADS
                else _COMPANY_TAIL.match(sentence, end)
            )
            if (
                tail
                and bare in GOVERNMENT_HEADS
                and any(w.strip(",.") in HEADS | ALLIANCE_HEADS for w in tail.group(0).split())
            ):
                tail = (
                    None  # "Ministry of Education, Peking University and ...": a list of names, not one name
                )
            if (
                tail
            ):  # "Huawei Technologies Co., Ltd.", "Ministry of Higher Education, Science and Innovation"
                end = tail.end()
                while right + 1 < len(tokens) and tokens[right + 1][1] < end:
                    right += 1
        if bare in BODY_HEADS and any(tokens[k][0].rstrip(".,") in HEADS for k in range(i + 1, right + 1)):
            continue  # "Research Center of Tashkent State University": a unit; the university's head reads it
        text = sentence[start:end].rstrip(",’'")
        if not re.search(r"\b(?:Co|Ltd|Inc|Corp)\.$", text):
            text = text.rstrip(".")
        text = text.lstrip('“"')
        for k in range(left, right + 1):
            taken.add(k)
        if len(text.split()) <= 2 and all(
            w.rstrip(".,") in GRAMMAR_HEADS or w.lower() in GENERIC_WORDS or w in NOT_INSTITUTIONS
            for w in text.split()
        ):
            continue  # "the International Institute", "National University": no distinctive word
        if bare in BODY_HEADS and country_code(text.removeprefix("the ").removeprefix("The ")):
            continue  # "the Soviet Union": a country
        mention = Mention(text, index, start, start + len(text), bare)
        mention.is_unit = bool(_UNIT_START.match(text)) and not re.search(
            r"\b(?:province|city|county)\b", text
        )
        if re.match(r"[A-Z]{2,8} (?:School|College|Institute|Faculty|Department|Center|Centre) of\b", text):
            mention.is_unit = (
                True  # "XJTU School of Management": a unit of the university named by the acronym
            )
        if bare in BODY_HEADS and bare not in HEADS:
            mention.is_body = True
            words = text.split()[:-1]
            if bare in UNIT_BODY_HEADS and any(w in HEADS or (w.isupper() and len(w) > 1) for w in words):
                mention.is_unit = True  # "Lund University Foundation", "XJTU Health Science Center"
                mentions.extend(_school_of_unit(sentence, tokens, left, i, index))
        first = tokens[left][0]
        if country_code(first):
            mention.country = country_code(first)
        if left > 0 and tokens[left - 1][0].endswith(("’s", "'s")) and country_code(tokens[left - 1][0][:-2]):
            mention.country = country_code(tokens[left - 1][0][:-2])  # "Malaysia's Universiti Teknologi MARA"
        tail = re.search(r"\bof ([A-Z][\w ]+)$", text)
        if tail and country_code(tail.group(1)):
            mention.country = country_code(tail.group(1))  # "Atyrau University of Kazakhstan"
        after = COUNTRY_AFTER.match(sentence[mention.end :])
        if after:
            mention.country = mention.country or country_code(after.group(1))
        place = _PLACE_AFTER.match(sentence, mention.end)
        if place and not any(w in HEADS for w in place.group(1).split()):
            mention.place = place.group(1)
        mentions.append(mention)
    _join_member_universities(sentence, mentions)
    mentions.extend(_plural_heads(sentence, index, mentions))
    mentions.extend(_heads_after_list(sentence, index, mentions))
    mentions.extend(_department_of_province(sentence, index, mentions))
    mentions.extend(_peoples_committee(sentence, index, mentions))
    mentions.extend(_legal_form_companies(sentence, index, mentions))
    _attach_acronyms(sentence, mentions)
    return mentions


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


def _school_of_unit(sentence, tokens, left, head, index):
    """The school whose unit a body is: "Lund University" in "Lund University Foundation"."""
    last = max((k for k in range(left, head) if tokens[k][0] in HEADS), default=None)
    if last is None or last == left:
        return []
    start, end = tokens[left][1], tokens[last][2]
    return [Mention(sentence[start:end], index, start, end, tokens[last][0])]


# "Ghent and Leuven universities", "the Oxford, Cambridge and Durham Universities": one plural head after a
# list of places.
_PLACE_WORD = r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?"
_HEADS_AFTER_LIST = re.compile(
    r"(?<![\w’'-])((?:" + _PLACE_WORD + r",\s)*" + _PLACE_WORD + r",?\s(?:and|&)\s" + _PLACE_WORD + r")"
    r"\s(universities|Universities|institutes|Institutes|colleges|Colleges)\b"
)


_ADJECTIVE_ENDINGS = ("ese", "ish", "ian", "ean", "can", "ic", "ern")


def _heads_after_list(sentence, index, mentions):
    """ "Ghent and Leuven universities" -> "Ghent University", "Leuven University"; not "Chinese and Russian
    universities" (nationalities) nor "Lund University and Ghent universities" (already names)."""
    found = []
    if "ies" not in sentence and "tutes" not in sentence and "leges" not in sentence:
        return found  # a cheap test first
    for match in _HEADS_AFTER_LIST.finditer(sentence):
        places = list(re.finditer(_PLACE_WORD, match.group(1)))
        words = [place.group(0) for place in places]
        if any(
            w.split()[0] in _LEFT_STOP
            or country_code(w)
            or w.split()[-1] in GRAMMAR_HEADS
            or (w.endswith(_ADJECTIVE_ENDINGS) and not is_known_place(w))
            for w in words
        ):
            continue
        head = _SINGULAR[match.group(2).capitalize()]
        for place in places:
            start, end = match.start(1) + place.start(), match.start(1) + place.end()
            if not _overlaps(start, end, mentions + found):
                found.append(Mention(f"{place.group(0)} {head}", index, start, end, head))
    return found


def _plural_heads(sentence, index, mentions):
    """ "the Universities of A, B and C" -> "University of A", "University of B", "University of C", each at
    the place word that tells it apart."""
    found = []
    if "ies of " not in sentence and "es of " not in sentence:
        return found  # a cheap test first
    for match in _PLURAL_HEADS.finditer(sentence):
        head = _SINGULAR[match.group(1)]
        for place in re.finditer(_PLACE_NAME, match.group(2)):
            start, end = match.start(2) + place.start(), match.start(2) + place.end()
            if not _overlaps(start, end, mentions + found):
                found.append(Mention(f"{head} of {place.group(0)}", index, start, end, head))
    return found


def _join_member_universities(sentence, mentions):
    """ "University of Foreign Languages, Hue University" is one name: a member university of a university."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        between = sentence[first.end : second.start]
        if (
            between == ", "
            and re.match(r"(?:University|College|School|Faculty) of\b", first.text)
            and re.fullmatch(r"[A-Z][\w’'-]+ University", second.text)
            and not re.match(r"\s*(?:,\s*[A-Z]|and\b)", sentence[second.end :])
        ):
            first.text = sentence[first.start : second.end]
            first.end = second.end
            first.country = first.country or second.country
            mentions.remove(second)
            return


_PROVINCE_DEPT = re.compile(
    r"\b(?:Department|Bureau|Commission) of [A-Z][\w ]*?(?:of|in) [A-Z][\w ]*? "
    r"(?:province|Province|city|City|county|prefecture)\b"
)
_COMMITTEE = re.compile(r"\bPeople[’']s Committee of [A-Z][\w ]*? (?:province|Province|city|City)\b")


def _overlaps(start, end, mentions):
    return any(m.start < end and start < m.end for m in mentions)


def _department_of_province(sentence, index, mentions):
    found = []
    for match in _PROVINCE_DEPT.finditer(sentence):
        if not _overlaps(match.start(), match.end(), mentions):
            mention = Mention(match.group(0), index, match.start(), match.end(), "Department")
            after = COUNTRY_AFTER.match(sentence[match.end() :])
            mention.country = country_code(after.group(1)) if after else None
            found.append(mention)
    return found


def _peoples_committee(sentence, index, mentions):
    found = []
    for match in _COMMITTEE.finditer(sentence):
        if not _overlaps(match.start(), match.end(), mentions):
            mention = Mention(match.group(0), index, match.start(), match.end(), "Committee")
            after = COUNTRY_AFTER.match(sentence[match.end() :])
            mention.country = country_code(after.group(1)) if after else None
            found.append(mention)
    return found


# A company written with its legal form in front of its quoted name: LLP "Huawei Technologies Kazakhstan".
_LEGAL_FORM_FIRST = re.compile(
    r"\b(?:LLP|LLC|JSC|PJSC|OJSC|CJSC|OOO|TOO|Ltd\.?)\s+[\"“«]([A-Z][^\"”»]{1,80})[\"”»]"
)


def _legal_form_companies(sentence, index, mentions):
    found = []
    for match in _LEGAL_FORM_FIRST.finditer(sentence):
        if not _overlaps(match.start(1), match.end(1), mentions):
            found.append(Mention(match.group(1), index, match.start(1), match.end(1), "Company"))
    return found


def abbreviates_prefix(acronym, name):
    """Like `abbreviates`, also trying the name without its last words ("SOA" ~ "Siksha 'O' Anusandhan
    ...")."""
    words = name.split()
    return any(abbreviates(acronym, " ".join(words[:cut])) for cut in range(len(words), 1, -1))


def _attach_acronyms(sentence, mentions):
    """Bind "Name (ACR)" and "ACR (Name)" pairs printed in the sentence."""
    for mention in mentions:
        brand = re.match(r"\s*\(\s*([A-Z][a-z]{3,15})\s*\)", sentence[mention.end :])
        if (
            brand
            and (mention.head in COMPANY_HEADS or mention.head == "Company")
            and brand.group(1)[:3].lower() == mention.text[:3].lower()
        ):
            mention.acronym = brand.group(
                1
            )  # "Petroliam Nasional Berhad (Petronas)": the brand of a legal name
            continue
        match = re.match(r"\s*\(\s*([A-Za-z]{2,8})\s*\)", sentence[mention.end :])
        if match and looks_like_acronym(match.group(1)) and abbreviates_prefix(match.group(1), mention.text):
            mention.acronym = match.group(1)
            continue
        before = re.search(r"\b([A-Za-z]{2,8})\s*\(\s*$", sentence[: mention.start])
        if (
            before
            and looks_like_acronym(before.group(1))
            and sentence[mention.end :].lstrip().startswith(")")
        ):
            letters = set(before.group(1).upper())
            initials = {w[0].upper() for w in mention.text.split() if w[0].isupper()}
            if len(letters & initials) >= max(2, len(letters) - 1):
                mention.acronym = before.group(1)


# Starts only at the start of a word and takes each word whole (possessive), so a long run of letters is read
# once, not once per letter.
_PAREN_DEF = re.compile(
    r"(?<![\w’'.\-])((?:[A-Z][\w’'.\-]*+\s++(?:(?:of|and|for|the|de)\s++)*+){1,8})"
    r"\(\s*+([A-Za-z]{2,8})\s*+\)"
)


def acronym_definitions(sentence, index, mentions, rejected=None):
    """Names defined by an acronym but outside the name grammar: "Infrastructure University Kuala Lumpur
    (IUKL)".

    Acronyms defined for something that is not one institution go into the set `rejected`."""
    found = []
    if "(" not in sentence:
        return found  # a cheap test first: most sentences define nothing
    if rejected is not None:
        _reject_descriptions(sentence, mentions, rejected)
    for match in _PAREN_DEF.finditer(sentence):
        acronym = match.group(2)
        if not looks_like_acronym(acronym):
            continue
        if any(m.acronym == acronym for m in mentions):
            continue
        words = match.group(1).split()
        for cut in range(len(words)):
            candidate = " ".join(words[cut:])
            if (
                words[cut] in _LEFT_STOP
                or words[cut] in ("of", "and", "for", "the", "de")
                or words[cut].endswith(("'", "’", "'s", "’s"))
            ):
                # "Rectors' Forum of the Association of ... (ASRTU)": the name starts at "Association"
                continue
            if not any(w.rstrip(".,") in HEADS | ALLIANCE_HEADS | BODY_HEADS for w in words[cut:]):
                break
            if (
                re.search(r"\b(?:and|&)\b.*\b(?:" + "|".join(HEADS) + r")\b", candidate)
                and sum(1 for w in candidate.split() if w in HEADS) > 1
            ):
                if rejected is not None:
                    rejected.add(acronym)
                continue  # "Makerere University and Yale University (MUYU)": two names, a programme's acronym
            if abbreviates(acronym, candidate):
                start = match.start(1) + match.group(1).index(candidate)
                # replace a shorter mention of the same words, e.g. "Infrastructure University"
                mentions[:] = [
                    m for m in mentions if not (m.start >= start and m.end <= start + len(candidate))
                ]
                mention = Mention(candidate, index, start, start + len(candidate), "Defined", acronym=acronym)
                mention.is_unit = bool(_UNIT_START.match(candidate))
                found.append(mention)
                break
    return found


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Za-z]{2,8})\s*\)")


def _reject_descriptions(sentence, mentions, rejected):
    """An acronym defined for a phrase with no institution head word is a programme, a body or a technology
    ("Joint Management Committee (JMC)", "carbon capture, utilisation and storage (CCUS)"), not an
    institution."""
    for match in _PAREN_ACRONYM.finditer(sentence):
        acronym = match.group(1)
        if (
            not looks_like_acronym(acronym)
            or any(m.acronym == acronym for m in mentions)
            or any(m.end <= match.start() and not sentence[m.end : match.start()].strip() for m in mentions)
        ):
            continue
        words = re.findall(r"[\w’'&-]+", sentence[max(0, match.start() - 120) : match.start()])[-10:]
        for cut in range(len(words) - 1, -1, -1):
            phrase = words[cut:]
            if any(w in HEADS or w in ALLIANCE_HEADS or _misspelt_university(w) for w in phrase):
                break
            if (
                len(phrase) >= 2
                and abbreviates(acronym, " ".join(phrase))
                and phrase[0].lower() not in ("of", "and", "the", "for")
            ):
                rejected.add(acronym)
                break


def find_acronyms(sentence, index):
    """Acronym-shaped tokens in the sentence: (token, start, end)."""
    return _acronyms_in(sentence)


@lru_cache(maxsize=4096)
def _acronyms_in(sentence):
    found = []
    for match in re.finditer(r"(?<![\w’'])([A-Z][A-Za-z]{1,7})(?![\w’']*\w)", sentence):
        token = match.group(1)
        if looks_like_acronym(token):
            found.append((token, match.start(), match.end()))
    for match in re.finditer(r"\b([A-Z][A-Za-z]{1,7})(?=[’']s\b|-[A-Z])", sentence):
        token = match.group(1)
        if looks_like_acronym(token) and all(match.start() != f[1] for f in found):
            found.append((token, match.start(), match.end()))
    return tuple(found)
