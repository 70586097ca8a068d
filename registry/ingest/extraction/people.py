"""People who take part in the events: names with their titles and institutions, variants merged.

Credits and bylines never reach this module (text.py drops them). Background figures (heads of state in a
sentence about their countries, an alumnus' father) are left out.
"""

import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz.fuzz import ratio

from .lexicon import (  # the word sets and patterns live in the lexicon
    _ALIAS_AND_HONORIFICS_BETWEEN,
    _BACKGROUND,
    _BY_PERSON,
    _CLAUSE_NOT_TITLE,
    _COMMA_CLAUSE,
    _DEGREE,
    _ENVOY_OF,
    _FOR_AFTER_NAME,
    _FOUNDER_AS_TITLE,
    _FROM_BEFORE,
    _GIVEN_NAME_MONTHS,
    _HEADED_BY_ITS,
    _HONORIFIC_RE,
    _HONORIFIC_STOP,
    _HONORIFICS_BETWEEN,
    _HONORIFICS_ONLY,
    _INSIDE_TITLE_BRACKETS,
    _ITEM_END,
    _ITEM_SEPARATOR,
    _JOINT_AFTER_NAME,
    _LAST_ROLE,
    _LEADING_HONORIFICS,
    _MISSION,
    _NAME_AFTER_BODY_END,
    _NAME_PARTICLES,
    _NAME_TOKEN,
    _NEXT_NAME_AFTER_COMMA,
    _NOT_NAME,
    _OF_A_BODY,
    _OF_INSTITUTION_TAIL,
    _PATRONYMIC,
    _PLURAL_TITLE_LIST,
    _POSSESSIVE_TITLE,
    _POSTNOMINALS,
    _RELATIVE_OPENING,
    _REPRESENTED_BY,
    _ROLE_OF_BEFORE,
    _ROLE_RE,
    _ROLE_STEMS,
    _SPEECH,
    _THE_UNIVERSITYS,
    _TITLE_AFTER_NAME,
    _TITLE_BEFORE_NAME,
    _TITLE_COMMA_BEFORE_NAME,
    _TITLE_COMMA_LEAD,
    _TITLE_HONOURS_NAME,
    _TITLE_IN_BRACKETS,
    _TITLE_OF_BEFORE_COMMA,
    _TITLE_PHRASE_BEFORE,
    _TITLE_WORDS,
    _TRAILING_HONORIFICS,
    _VERB_AFTER_TITLE,
    _WHO_HEADS_AFTER,
    ABBREVIATED_GIVEN_NAMES,
    FIELD_WORDS,
    INTERACTION,
)
from .places import COUNTRIES, country_code, is_known_place, is_place_word, mentions_country
from .prefilter import contains_any, prefiltered
from .text import person_tokens

# A title right before a name: the engine tries the pattern's seventy-odd case-blind alternatives one by one
# at each of the 60 characters before the name (a folded first letter lets it skip none); every match begins
# with one of 72 strings ("dean", "vice", "prof"), so it is matched only where str.find finds one
# (prefilter.py; more starts than the lexicon's default allows, measured to pay for them here).
_TITLE_BEFORE_NAME = prefiltered(_TITLE_BEFORE_NAME.compiled(), max_starts=96)
# Patterns tried on every word of a run of names, compiled once (not looked up in re's cache each time).
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")  # "A.", "M.S.": initials printed together
# Tried on each title, and on each person's surroundings: compiled once (re's cache lookup costs as much).
_SPACES = re.compile(r"\s+")
_THE_BEFORE = re.compile(r"^(?:the|The)\s+")
_OWNER_BEFORE_TITLE = re.compile(r"([A-Z][\w.-]*)(?:’s|'s)\s+(?=\w)")
_EARLIER_YEAR_OR_DEED = re.compile(r"\b(?:in|since) (?:19|20)\d\d\b|\bhad (?!been)\w+ed\b")
_HEAD_OF_STATE = re.compile(r"\b(?:President|Chairman|Premier|King|Queen)\b", re.I)
# A state's office named by its nationality before a name: "Chinese Vice President", "Thai Prime Minister".
_NATIONAL_OFFICE_BEFORE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:Vice[\s-]|Deputy\s)?(?:President|Prime\s+Minister|Premier|King|Queen)\s+$"
)
_OF = re.compile(r"\bof\b")
_OF_OR_FROM_AFTER = re.compile(r"\s*(?:,\s*)?(?:of|from)\b")
# "X's vice-chancellor A", "X president A"; "X, President Professor A" (after a comma, capitalised title
# words only: not "X, thanked Vice Chancellor A"); not past "with" ("the X President worked with Ms. A": A's
# title follows "with", it is not X's)
_OWNERS_TITLE_BETWEEN = re.compile(
    r"^(?:(?:’s|'s)?\s+(?:(?!\bwith\b)[^,;.])*|"
    r"\s*,\s+(?:(?:[A-Z][\w’'.-]*|the|for|of|and|&|\([^()]{1,40}\))\s+)+)$"
)
# "X's President, A", "X (XU) President, Dr. A": the owner of a title set off by a comma, its acronym between.
_OWNER_BEFORE_COMMA_TITLE = re.compile(r"(?:\s*\([A-Z][\w&.-]{1,11}\))?(?:’s|'s)?\s+")
_JOINED_BETWEEN = re.compile(r"\s*(?:and|or|with|&)\s")
_CLAUSE_OPENING = re.compile(r"(?:and|And|was|were|is|has|had|who|which)\b")
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_SHOUTED_WORD = re.compile(r"[A-Z][A-Z’'-]*[A-Z]")  # "NGUYEN", "TI": a word of a name printed in capitals
_TITLE_AFTER_A_COMMA = re.compile(r",\s*(?:the\s+)?([A-Z][a-z]+)")
_POSSESSIVE_END = re.compile(r"(?:’s|'s)\s*$")
_OF_THE_INSTITUTION_END = re.compile(r"\s+of (?:the|this) (?:university|institute|college|academy)$", re.I)
_TWO_WORD_PLACES = {name for name in COUNTRIES if " " in name}
_PLACE_FIRST_WORDS = {name.split()[0].capitalize() for name in _TWO_WORD_PLACES}


@dataclass
class PersonMention:
    """A participant and the spellings of their name in the article."""

    name: str
    title: str | None = None
    institution: object = None  # an institutions.Institution, or None
    variants: list = field(default_factory=list)
    mentions: int = 1
    places: list = field(
        default_factory=list
    )  # (sentence index, start, end) of each mention read as a person

    def all_names(self):
        return [self.name] + self.variants


def _proper_case(name):
    """ "SUN Junjian" -> "Sun Junjian": a shouted surname next to ordinary words."""
    words = name.split()
    if any(not w.isupper() for w in words):
        words = [w.capitalize() if w.isupper() and len(w) > 1 and w.isalpha() else w for w in words]
    return " ".join(words)


def _clean_title(title):
    title = _SPACES.sub(" ", (title or "").strip(" ,-–;:")).strip()
    title = _THE_BEFORE.sub("", title)
    title = _OF_THE_INSTITUTION_END.sub("", title)  # "Director of partnerships of the university"
    owner = _OWNER_BEFORE_TITLE.match(title)
    if owner and not _ROLE_RE.fullmatch(owner.group(1)):
        title = title[owner.end() :]  # "Lund's vice-rector" (but "President's Special Representative")
    if not title:
        return None
    return title[0].upper() + title[1:]


@dataclass
class _Reading:
    """What the words around one run of name-shaped words say about it, step by step."""

    name: str
    text: str  # the sentence
    size: int  # words in the run
    start: int
    end: int
    before: str
    after: str
    role_before: bool = False
    evidence: bool = False
    title: str | None = None
    title_after: str | None = None  # a title printed after the name, as printed
    institution: object = None


def _name_word(tokens, k, bare):
    """Can token `k` (`bare`: without its possessive) be a word of a person's name? Not a title, a
    place, a month or a word of institutions' names; but "Jan Peeters", "May Tan" (given names) and "A. Smith"
    (an initial, not the article) are."""
    if bare.rstrip(".") in _NOT_NAME or bare in _NOT_NAME:  # the next word is read only for these
        following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        given = bare in _GIVEN_NAME_MONTHS and _NAME_TOKEN.fullmatch(following) and following not in _NOT_NAME
        initial = _INITIAL.fullmatch(bare) and _NAME_TOKEN.fullmatch(following.rstrip(",.;:"))
        if not given and not initial:
            return False
    return not (
        not _NAME_TOKEN.fullmatch(bare)
        or is_place_word(bare)
        or _HONORIFIC_RE.match(bare)
        or _a_title_word(bare)
    )


def _last_word_of_a_name(text, tokens, i):
    """ "Varnholt University Global", "the Velmoran Republic", "the Task Force on Campus Renovation,
    Associate Professor": one capitalised word printed right after a word that can be no part of a person's
    name (a body's, a unit's or a place's word; not a title nor an honorific) ends the name of a thing."""
    if i == 0:
        return False
    before, _start, end = tokens[i - 1]
    return (
        text[end : tokens[i][1]] == " "
        and before[:1].isupper()
        and not before.endswith(".")
        and not _HONORIFIC_RE.match(before)
        and not _a_title_word(before)
        and (before in _NOT_NAME or is_place_word(before))
    )


def _a_title_word(word):
    """ "Dean", "Secretary-General", "Vice-Dean", "Chancellors": a title word, joined by hyphens or in the
    plural, is no word of a person's name."""
    low = word.lower().rstrip(".")
    if low in _TITLE_WORDS or low[-1:] == "s" and low[:-1] in _TITLE_WORDS:
        return True
    return "-" in low and all(part in _TITLE_WORDS for part in low.split("-"))


def _broken_hyphens_joined(tokens, text):
    """ "Ms. Dominika Frąk- Dudzińska", "Dr Wael el- Dessouqy": a hyphen a page printed before a space joins
    the two words still (one token "Frąk-Dudzińska" spanning both)."""
    joined = []
    for word, start, end in tokens:
        if joined and len(joined[-1][0]) > 1 and joined[-1][0].endswith("-") and word[:1].isupper():
            previous, previous_start, previous_end = joined[-1]
            if text[previous_end:start] == " ":
                joined[-1] = (previous + word, previous_start, end)
                continue
        joined.append((word, start, end))
    return joined


def _initial_in_a_row(tokens, k, run):
    """ "Prof Dr S M A Nkosi", "Dr K A Mensah": initials printed without full stops, one after another, before
    the name; a capital letter that is also a word ("A", "I") is one only after another initial and before
    a word of a name (or after an honorific: "Prof A B Ndlovu")."""
    word = tokens[k][0]
    following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
    return bool(
        len(word) == 1
        and word.isupper()
        and (
            run
            and len(run[-1][0].rstrip(".")) == 1
            or not run
            and k > 0
            and _HONORIFIC_RE.match(tokens[k - 1][0])
        )
        and _NAME_TOKEN.fullmatch(following)
    )


def _shouted_full_name(text, tokens, i, taken):
    """ "NGUYEN VAN TRAO, President of Hanoi University", "Senior Manager LIONEL LEE": a whole name printed in
    capitals, two to four words, is a person's where a title follows its comma or comes right before it (an
    acronym is one word; "CLARENCE TI,President" too). The run of its words, or an empty one."""
    run = []
    while i + len(run) < len(tokens) and len(run) < 5:
        word, start, end = tokens[i + len(run)]
        if not (_SHOUTED_WORD.fullmatch(word) and start not in taken) or not _a_name_word_shouted(word):
            break
        if run and text[run[-1][2] : start] != " ":
            break
        run.append((word, start, end))
    if not 2 <= len(run) <= 4:
        return []
    after = _TITLE_AFTER_A_COMMA.match(text, run[-1][2])
    before = tokens[i - 1][0] if i > 0 else ""
    if after and _a_title_word(after.group(1)) or _a_title_word(before) or _HONORIFIC_RE.match(before):
        return run
    return []


def _a_name_word_shouted(word):
    """ "NGUYEN" may be a word of a name; "UNIVERSITY", "CHINA", "DEAN" may not."""
    word = word.capitalize()
    return word not in _NOT_NAME and not is_place_word(word) and not _a_title_word(word)


def _shouted_surname_after_given_name(tokens, i, run):
    """ "Dr. Maria GONZALEZ": after an honorific and a given name, a word in capitals ends the name."""
    return len(run) == 1 and not run[0][0].isupper() and i > 0 and bool(_HONORIFIC_RE.match(tokens[i - 1][0]))


def _a_background_sentence(text):
    """ "the alumnus' father, A, ...": a sentence that sets its people in the background; but "its President
    and Founder, Mr. A" is someone's title, no background."""
    titles = [found.span() for found in _FOUNDER_AS_TITLE.finditer(text)] if "ounder" in text else []
    return any(not any(s <= found.start() < e for s, e in titles) for found in _BACKGROUND.finditer(text))


def _tells_of_the_past(text):
    """An earlier year or a past deed ("in 2018", "had praised")."""
    return _EARLIER_YEAR_OR_DEED.search(text) is not None


class PeopleFinder:
    """Collects the people of an article sentence by sentence."""

    def __init__(self, institutions):
        self.institutions = institutions
        self.people = []
        # (sentence, end) of the names of a list that prints each title before its name
        self._titles_first = set()
        # What a sentence says of every name in it, by (reader, sentence text): read once a sentence, not
        # once a run of name-shaped words (_of_the_sentence). Per article, so no article reads another's.
        self._facts = {}

    def scan(self, index, sentence):
        """Find the people named in sentence `index` (a text.Sentence)."""
        text = sentence.text
        if sentence.is_title:
            return
        tokens = person_tokens(text)  # built from the names reader's words of the sentence
        if "- " in text:
            tokens = _broken_hyphens_joined(tokens, text)
        taken = self._institution_spans(index)
        unread = 0  # the first token no run has read
        # Names start with a capital: only those tokens are visited (a list built in one comprehension costs
        # less than a step of the loop for each of the other tokens, most of a sentence's).
        for i in [k for k, token in enumerate(tokens) if token[0][:1].isupper()]:
            if i < unread:
                continue
            if (
                tokens[i][0] in _PLACE_FIRST_WORDS
                and i + 1 < len(tokens)
                and f"{tokens[i][0]} {tokens[i + 1][0]}".lower() in _TWO_WORD_PLACES
            ):
                unread = i + 2  # "United Kingdom"
                continue
            shouted = tokens[i][0][1:2].isupper() and _shouted_full_name(text, tokens, i, taken)
            run = shouted or self._name_run(tokens, i, taken)  # (a second capital asked first: cheap)
            if run:
                unread = i + len(run)
                self._consider(index, text, tokens, i, unread, run)

    def _institution_spans(self, index):
        """The characters of sentence `index` inside an institution's name: a set, so that each word's test
        is one lookup, not a walk over the spans."""
        spans = [(s, e) for s, e, _ in self.institutions.positions(index)]
        spans += self.institutions.past_spans.get(index, [])  # "a PhD from Imperial College London"
        taken = set()
        for start, end in spans:
            taken.update(range(start, end))
        return taken

    def _name_run(self, tokens, i, taken):
        run = []
        k = i
        while k < len(tokens) and len(run) < 5:
            word, start, end = tokens[k]
            bare = word.rstrip(".").rstrip("’'s") if word.endswith(("’s", "'s")) else word
            if start in taken:
                break
            nxt = k + 1
            while nxt < len(tokens) and tokens[nxt][0] in _NAME_PARTICLES:
                nxt += 1
            if (
                run
                and word in _NAME_PARTICLES
                and nxt < len(tokens)
                and tokens[nxt][0][:1].isupper()
                and tokens[nxt][0] not in _NOT_NAME
            ):
                run.append((word, start, end))  # "Wim de Villiers", "Ursula von der Leyen"
                k += 1
                continue
            if (
                bare in _PLACE_FIRST_WORDS
                and k + 1 < len(tokens)
                and f"{bare} {tokens[k + 1][0]}".lower() in _TWO_WORD_PLACES
            ):
                break  # "United Kingdom"
            if (
                word in ABBREVIATED_GIVEN_NAMES
                and k + 1 < len(tokens)
                and _CAPITALISED.match(tokens[k + 1][0])
            ):
                run.append((word, start, end))  # "Md. Jarez Miah": a given name printed short
                k += 1
                continue
            if not _name_word(tokens, k, bare) and not _initial_in_a_row(tokens, k, run):
                break
            if (
                bare.isupper()
                and len(bare) > 1
                and not _INITIAL.fullmatch(bare)  # "T. J. Okafor": an initial before another
                and not (k + 1 < len(tokens) and _CAPITALISED.match(tokens[k + 1][0]))
                and not _shouted_surname_after_given_name(tokens, i, run)
            ):
                break  # an acronym, not a shouted surname
            if bare.endswith(".") and len(bare) > 2 and not _INITIAL.fullmatch(bare):
                run.append((bare.rstrip("."), start, end - 1))
                break  # the sentence ends here
            run.append((bare, start, end if bare == word else start + len(bare)))
            if word.endswith(("’s", "'s")):
                break
            k += 1
        while run and (_INITIAL.fullmatch(run[-1][0]) or run[-1][0] in _NAME_PARTICLES):
            run.pop()
        return run

    def _consider(self, index, text, tokens, i, j, run):
        """Read the words around a run of name-shaped words: a person when a title, an institution or a verb
        of speech says so, with the title and institution the words beside the name give."""
        start, end = run[0][1], run[-1][2]
        if _DEGREE.fullmatch(text, start, end) and re.match(r"\s*,", text[max(0, start - 2) : start]):
            return  # "Dr. M. Ridlwan, M.Pd, said": a degree after the name, not a second person
        reading = _Reading(
            name=" ".join(w for w, _, _ in run),
            text=text,
            size=len(run),
            start=start,
            end=end,
            before=text[max(0, start - 100) : start],  # a bounded window: end-anchored searches stay linear
            after=text[end : end + 160],
        )
        reading.role_before = contains_any(reading.before.lower(), _ROLE_STEMS)  # lowered once
        if (
            reading.role_before
            and "(" in reading.before[-80:]
            and _INSIDE_TITLE_BRACKETS.search(reading.before)
        ):
            return  # "Dr. A (Senior Manager Programmes: ...)": a word of A's title
        for step in self._EVIDENCE_STEPS:
            step(self, reading, index, tokens, i)
        if not reading.evidence:
            if reading.size >= 2 and self._find(reading.name):
                self._find(reading.name).mentions += 1
                self._find(reading.name).places.append((index, start, end))
            return
        if reading.size == 1 and (
            self._word_of_a_phrase(index, tokens, i, reading.name) or _last_word_of_a_name(text, tokens, i)
        ):
            return
        if self._in_background(reading, index, text):
            return
        if reading.size == 1 and self._ambiguous(reading.name):
            return  # "Smith said" after John Smith and Jane Smith: no one can tell which
        institution = reading.institution
        if institution is None:
            institution = self._institution_nearby(index, text, start, end, reading.title)
        if institution is None:
            institution = self._institution_of_clause(index, text, start)
        if institution is None:
            institution = self._mission_of(reading.title_after or reading.title)
        if institution is None:
            institution = self._the_universitys(index, text, start)
        title = _tidy_title(reading.title, reading.title_after, reading.before, institution)
        title = _without_institution(title, institution)
        self._add(_proper_case(reading.name), title, institution).places.append((index, start, end))

    # -- the evidence that a run of names is a person, each step one kind of it, in order ----------------
    def _title_right_before(self, reading, index, tokens, i):
        """ "President Ma Jian", "vice president Ella", "Dr Mirnia"."""
        found = None if not reading.role_before else _TITLE_BEFORE_NAME.search(reading.before[-60:])
        if found:
            reading.evidence, reading.title = True, found.group(1)
        only_honorifics = not found or _HONORIFICS_ONLY.match(found.group(1))
        if reading.role_before and reading.size >= 2 and only_honorifics:
            self._title_comma_before(reading, index)

    def _title_comma_before(self, reading, index):
        """ "Yarmouk University President, Islam Massad", "UUM Vice-Chancellor, Prof. Dr Name", "welcomed by
        the Rector, Prof. Name": a title set off by a comma where it opens its clause; an institution's name
        right before the title is the one the person acts for."""
        window = reading.before[-80:]
        found = _TITLE_COMMA_BEFORE_NAME.search(window)
        if not found:
            return
        title_start = reading.start - len(window) + found.start(1)
        lead = reading.text[:title_start]
        owner = next(
            (
                item
                for _s, e, item in self.institutions.positions(index)
                if _OWNER_BEFORE_COMMA_TITLE.fullmatch(lead, e)
            ),
            None,
        )
        if (owner is None and not _TITLE_COMMA_LEAD.search(lead)) or self._person_between(
            index, title_start, reading.start
        ):
            return
        reading.evidence, reading.title = True, found.group(1)
        reading.institution = reading.institution or owner

    def _title_phrase_before(self, reading, index, tokens, i):
        """ "Aide to the Rector Yury Nurmeev", "Director of International Relations of X University of
        Technology Kourosh Attarian": a title phrase ending just before the name."""
        if reading.evidence or not reading.role_before:
            return
        window = reading.before[-120:]
        found = _TITLE_PHRASE_BEFORE.search(window)
        if (
            found
            and reading.size >= 2
            and not re.search(r"\b(?:and|with|by|to visit|met)\s*$", window)
            and not re.search(r"\b(?:of|for|the|to|in|on)\s*$", found.group(1))
        ):  # "Vice President for Global Strategy"
            title = found.group(1)
            title_start = reading.start - len(window) + found.start(1)
            for person in self.people:  # "President A and Vice-President for X B": B's title starts after A
                for place_index, _start, end in person.places:
                    if place_index == index and title_start < end < reading.start:
                        title = reading.text[end : reading.start]
            title = re.sub(r"^[\s,]*(?:and\s+)?", "", title).strip()
            reading.evidence, reading.title = True, title or found.group(1)

    def _title_after(self, reading, index, tokens, i):
        """ "X, President of HUST": a title after the name, and the institution in it; degrees printed after
        the name are skipped ("X, M.Sc., Rector of Y")."""
        degrees = _POSTNOMINALS.match(reading.after)
        skipped = degrees.end() if degrees else 0
        after, end = reading.after[skipped:], reading.end + skipped
        found = _TITLE_AFTER_NAME.match(after) or _TITLE_IN_BRACKETS.match(after)
        if (
            found
            and reading.title
            and re.match(r"\s*,\s*(?:[A-Z]{2,}|[A-Z][\w’'-]+ (?:University|Institute))\b", after)
        ):
            found = (
                None  # "Vice President Wang Hong, UM Deputy Vice-Chancellor Kamila Ghazali": the next person
            )
        if not found or len(found.group(1)) >= 140 or self._next_holders_title(reading, index, end, found):
            return
        found_title, span = _RELATIVE_OPENING.sub("", found.group(1)), len(found.group(0))
        if reading.size == 1 and _names_another(found_title):
            return  # "Lately, Vice President Zhang Hua led": the next person's title, not one of "Lately"
        if _CLAUSE_NOT_TITLE.search(found_title):
            return  # "A, while Y was represented by Rector B": another clause, B's title
        if self._titles_first_list(reading, index, end, found):
            return  # "Rector of X A, Dean of Y B": the title after the comma is B's, printed before B
        verb = _VERB_AFTER_TITLE.search(found_title)
        if verb:  # "Tran Van Trong - Vice Rector paid a visit to X": the title ends at the clause's verb
            span -= len(found_title) - verb.start()
            found_title = found_title[: verb.start()]
        reading.evidence, reading.title_after = True, found_title
        institution = self._institution_in(index, end, end + span + 1)
        reading.institution = institution
        cut = _without_institution(found_title, institution) if institution is not None else found_title
        if cut and cut != found_title:
            found_title = cut
        elif institution is not None:  # "President of HUST": the institution is said apart from the title
            found_title = _OF_INSTITUTION_TAIL.sub("", found_title).strip() or found_title
        reading.title = reading.title or found_title

    def _titles_first_list(self, reading, index, end, found):
        """ "attended by Rector of X A, Vice President of Y B and others": where the name came after its own
        title, a title after the comma whose body's name is followed by another name belongs to that name."""
        own = reading.title
        if own and _HONORIFICS_ONLY.match(own):  # "the Rector of X Prof. Dr. A": the title before the honours
            item = _TRAILING_HONORIFICS.sub("", _ITEM_SEPARATOR.split(reading.before)[-1])
            own = item if _OF_A_BODY.search(item) else None  # not "remarks from Professor Emeritus Dr. A"
        if not own or not _ROLE_RE.search(own):
            return False
        stop = end + found.end()
        bodies = [e for s, e, _item in self.institutions.positions(index) if end <= s < stop]
        if not bodies:
            return False
        # "Rector of Y (YU) B", "Chief of the Board of Tolls and Tariffs B": the title read after the name
        # stops at a bracket or an "and"; the item runs on to its comma
        item_end = _ITEM_END.search(reading.text, bodies[-1]).start()
        # "Y Dean H.E. Prof. B": the title, honours and name run on past the honours' full stops
        honoured = _TITLE_HONOURS_NAME.match(reading.text, bodies[-1])
        ends = (stop,) if item_end == stop else (stop, item_end)
        return any(_NAME_AFTER_BODY_END.fullmatch(reading.text, bodies[-1], e) for e in ends) or bool(
            honoured and _ROLE_RE.search(honoured.group(0))
        )

    def _next_holders_title(self, reading, index, end, found):
        """ "signed by the Rector of X, Prof. A, Rector of Y, Prof. B, and ...": where the list's first name
        came after its own "title of X" and a comma, a "title of Y" after a name, then a comma and another
        name, is the next one's (not where the list puts names first: "A, Rector of X, B, Dean of Y")."""
        own = reading.title if reading.title and not _HONORIFICS_ONLY.match(reading.title) else None
        if own is None:
            window = reading.before[-80:]
            before = _TITLE_COMMA_BEFORE_NAME.search(window)
            title_start = reading.start - len(window) + before.start(1) if before else -1
            previous = re.search(r",\s*$", reading.text[:title_start]) if before else None
            after_a_name = previous and self._person_ending_at(index, previous.start())
            if before and (not after_a_name or (index, previous.start()) in self._titles_first):
                own = before.group(1)
        if not own or not _TITLE_OF_BEFORE_COMMA.search(own):
            return False
        if not _NEXT_NAME_AFTER_COMMA.match(reading.text, end + found.end()):
            return False
        self._titles_first.add((index, reading.end))
        return True

    def _plural_title_before(self, reading, index, tokens, i):
        """ "the delegation included professors Anna Berg and Jan Holm": each name of a list after a plural
        title is a person with that title."""
        if reading.evidence or reading.size < 2 or "s " not in reading.before:
            return  # a cheap test first: the pattern below is anchored at the end of the window
        found = _PLURAL_TITLE_LIST.search(reading.before)
        if found:
            plural = found.group(1)
            reading.evidence, reading.title = True, plural[:-1] if plural.endswith("s") else plural

    def _possessive_before(self, reading, index, tokens, i):
        """ "ECNU's Qian Xuhong", "University of Haifa's Ron Robin"."""
        found = _POSSESSIVE_END.search(reading.before)
        if found and reading.size >= 2:
            owner = self._institution_ending_at(index, reading.start - len(reading.before) + found.start())
            if owner is not None:
                reading.evidence = True
                reading.institution = reading.institution or owner

    def _led_by(self, reading, index, tokens, i):
        """ "a delegation led by X", "Y was represented by X", "welcomed by X"."""
        if reading.evidence or reading.size < 2 or " by" not in reading.before[-50:]:
            return  # a cheap test first: the pattern below is anchored at the end of the window
        if _BY_PERSON.search(reading.before[-60:]):
            reading.evidence = True

    def _institution_right_after(self, reading, index, tokens, i):
        """ "X from Y", "X of Y", "X (Y)": a full name with the institution it comes from."""
        if (reading.evidence and reading.institution is not None) or reading.size < 2:
            return
        joint = _JOINT_AFTER_NAME.match(reading.after)
        if not joint:
            return
        at = reading.end + joint.end()
        found = self._institution_in(index, at, at + 1)
        if found is None or ("(" in joint.group(0) and not self._closes(index, found)):
            return
        reading.evidence = True
        reading.institution = reading.institution or found

    def _who_heads_after(self, reading, index, tokens, i):
        """ "A, who heads X", "B, who represents the X": a relative clause making the person the head or the
        voice of the body named right after its verb."""
        if (reading.evidence and reading.institution is not None) or reading.size < 2:
            return
        clause = _WHO_HEADS_AFTER.match(reading.after)
        if not clause:
            return
        at = reading.end + clause.end()
        found = self._institution_in(index, at, at + 1)
        if found is not None:
            reading.evidence = True
            reading.institution = reading.institution or found

    def _closes(self, index, item):
        """Is the institution's name followed by ")" ("Anna Berg (Lund University)")?"""
        text = self.institutions.sentences[index].text
        return any(
            re.match(r"\s*(?:\([^()]*\)\s*)?\)", text[e:])
            for _, e, other in self.institutions.positions(index)
            if other is item
        )

    def _possessive_title_before(self, reading, index, tokens, i):
        """ "Lund University's rector, Anna Berg": a title after an institution's possessive, then the
        name."""
        if (reading.title and not _HONORIFIC_RE.match(reading.title.strip())) or reading.size < 2:
            return
        if not any(mark in reading.before for mark in ("’s ", "'s ", "its ", "their ")):
            return  # a cheap test first: the pattern below is anchored at the end of the window
        found = _POSSESSIVE_TITLE.search(reading.before)
        if not found:
            return
        owner = self._institution_ending_at(index, reading.start - len(reading.before) + found.start())
        if owner is not None or found.group(0)[:1] not in "’'":  # "its rector, X": the clause says whose
            reading.evidence, reading.title = True, found.group(1)
            reading.institution = reading.institution or owner

    def _role_of_before(self, reading, index, tokens, i):
        """ "the dean of Keio University, Hiroshi Sato": a title and its institution, then the name."""
        if (
            (reading.evidence and not _HONORIFICS_ONLY.match((reading.title or "").strip()))
            or reading.size < 2
            or not reading.role_before
        ):
            return  # "the rector of X, Prof. dr. Name": the role, not the honorific, is the title
        found = _ROLE_OF_BEFORE.search(reading.before)
        if found:
            reading.evidence, reading.title = True, found.group(1)

    def _speech_after(self, reading, index, tokens, i):
        """ "X said", "Lewis told ...": a verb of speech or action right after the name."""
        if reading.evidence or not _SPEECH.match(reading.after):
            return
        if reading.size >= 2 or self._find(reading.name) or self._fuzzy_single(reading.name):
            reading.evidence = True
        elif not (i > 0 and tokens[i - 1][0] in ("the", "The", "of", "at", "in")):
            reading.evidence = True  # a surname alone before a speech verb

    def _not_a_city(self, reading, index, tokens, i):
        """ "Kasetsart University, Bangkok, led by ...": the city, not a person; nor "talks in Moscow,
        President A" or "X University, Zaria, the Vice-Chancellor": a place's name with a title only after
        it."""
        if not reading.evidence or reading.size != 1:
            return
        place = is_known_place(reading.name)
        if (not reading.title and (place or self._after_institution(index, reading.text, reading.start))) or (
            place and not _TITLE_BEFORE_NAME.search(reading.before[-60:])
        ):
            reading.evidence = False

    _EVIDENCE_STEPS = (
        _title_right_before,
        _title_phrase_before,
        _title_after,
        _plural_title_before,
        _possessive_before,
        _possessive_title_before,
        _led_by,
        _institution_right_after,
        _who_heads_after,
        _role_of_before,
        _speech_after,
        _not_a_city,
    )

    def _word_of_a_phrase(self, index, tokens, i, word):
        """ "the School of Agriculture and Biotechnology", "Engagement and Touchpoint (VP MEET)", "Deputy
        Director of the Museum", "Director of Global": one capitalised word joined by "of" or "and" to the
        capitalised words before it ends the name of a thing, not a person's (unless the article names a
        person by it, or the word before "and" is a person's: "Professors Smith and Jones")."""
        if i < 2 or self._find(word) or self._fuzzy_single(word):
            return False
        joint, before = tokens[i - 1][0], tokens[i - 2]
        if joint == "the" and i >= 3:
            joint, before = "of", tokens[i - 3] if tokens[i - 2][0] == "of" else ("", 0, 0)
        if joint == "of":
            return before[0][:1].isupper()
        return (
            joint in ("and", "&") and before[0][:1].isupper() and not self._person_covering(index, before[1])
        )

    def _of_the_sentence(self, read, text):
        """`read(text)`, read once a sentence: a fact of the whole sentence that _in_background asks of each
        run of name-shaped words in it, and a sentence holds several."""
        key = (read, text)
        fact = self._facts.get(key)
        if fact is None:
            fact = self._facts[key] = read(text)
        return fact

    def _in_background(self, reading, index, text):
        """An alumnus' father, a head of state in a sentence about countries, a former president in 2018."""
        if self._of_the_sentence(_a_background_sentence, text):
            return True
        if (
            reading.institution is None
            and self._of_the_sentence(_tells_of_the_past, text)
            and not self.institutions.in_sentence(index)
            and not self._find(reading.name)
        ):
            return True  # "Former President X had praised the programme in 2018": background
        national = _NATIONAL_OFFICE_BEFORE.search(reading.before)
        if national and country_code(national.group(1)) and not _OF.search(reading.after[:5]):
            return True  # "the visit of Chinese Vice President A", "Thai Prime Minister B": a state's office
        return bool(
            reading.title
            and _HEAD_OF_STATE.search(reading.title)
            and self._of_the_sentence(mentions_country, text)
            and not self.institutions.in_sentence(index)
            and not _OF.search(reading.after[:5])
        )  # a head of state in a sentence about countries

    def _institution_of_clause(self, index, text, start):
        """ "X was represented by Vice-Rector A and Director B", "From X, Vice President A ... attended",
        "On behalf of X, A ...", "a delegation of X headed by its Rector A": the institution the clause
        names."""
        for s_, e, item in reversed(self.institutions.positions(index)):
            if e > start or item.kind == "government":
                continue
            between = text[e:start]
            if _REPRESENTED_BY.match(between) or _HEADED_BY_ITS.match(between):
                return item
            before = text[:s_]
            if _FROM_BEFORE.search(before) and _COMMA_CLAUSE.match(between):
                return item
            break
        return None

    def _the_universitys(self, index, text, start):
        """ "talks with A, president of X University, and the university's rector B": "the university's"
        is the institution named last before it in the sentence."""
        found = _THE_UNIVERSITYS.search(text, max(0, start - 60), start)
        if not found:
            return None
        before = [item for _s, e, item in self.institutions.positions(index) if e <= found.start()]
        return before[-1] if before else None

    def _mission_of(self, title):
        """ "Ambassador of France to Senegal", "Consul General of Japan": the article's embassy or consulate
        of that state."""
        envoy = _ENVOY_OF.search(title or "")
        code = envoy and country_code(envoy.group(1))
        if not code:
            return None
        missions = [
            item
            for item in self.institutions.items
            if item.country == code and any(_MISSION.match(name) for name in item.names)
        ]
        return missions[0] if len(missions) == 1 else None

    def _after_institution(self, index, text, start):
        return any(
            0 < start - e <= 3 and re.fullmatch(r",\s*", text[e:start])
            for s, e, _ in self.institutions.positions(index)
        )

    def _institution_in(self, index, start, end):
        for s, _e, item in self.institutions.positions(index):
            if start <= s < end:
                return item
        return None

    def _institution_ending_at(self, index, position):
        for _s, e, item in self.institutions.positions(index):
            if e == position or abs(e - position) <= 1:
                return item
        return None

    def _institution_nearby(self, index, text, start, end, title):
        # "President Ma Jian of Chang'an University", "Professor Carsten Bolm from the chemistry department of
        # RWTH"
        following = _OF_OR_FROM_AFTER.match(text, end)
        if following:
            limit = end + 90
            clause_end = _clause_end_after(text, end)
            if clause_end is not None:
                limit = min(limit, clause_end)
            verb = INTERACTION.search(text, end, limit)  # "A from Yekaterinburg visited X": X is visited
            found = self._institution_in(index, end, verb.start() if verb else limit)
            if found:
                return found
        # "Rector A for X and President B for Y": the body right after "for", not "for X's support"
        named_for = _FOR_AFTER_NAME.match(text, end)
        if named_for:
            found = self._institution_in(index, named_for.end(), named_for.end() + 1)
            if found and not self._possessive_after(index, found, named_for.end()):
                return found
        # "ECNU president Qian Xuhong", "HENU vice president SUN Junjian", "KU's Vice President ... Kwangsoo
        # Kim"
        before = text[max(0, start - 80) : start]
        for _s, e, item in reversed(self.institutions.positions(index)):
            if e <= start and start - e <= 60:
                between = _HONORIFIC_STOP.sub("", text[e:start])  # "X's vice-chancellor Prof. Name"
                if (
                    _OWNERS_TITLE_BETWEEN.match(between)
                    and not _JOINED_BETWEEN.match(between)  # "X and Rector Name": another's
                    and _ROLE_RE.search(between)
                    and not INTERACTION.search(between)
                    and not self._person_between(index, e, start)
                ):
                    return item
                break
        # "Chairman of the Board - Rector of Al-Farabi Kazakh National University Zhanseit Tuimebayev"
        if title and (_OF.search(before) or _OF.search(title)):  # a long name puts the "of" out of the window
            for _s, e, item in reversed(self.institutions.positions(index)):
                if e <= start and (
                    start - e <= 3
                    or _HONORIFICS_BETWEEN.fullmatch(text, e, start)
                    or _ALIAS_AND_HONORIFICS_BETWEEN.fullmatch(text, e, start)
                ):
                    return item  # "... Rector of Y Prof. Dr. Name": honorifics may come between
        return None

    def _possessive_after(self, index, item, start):
        """Is the institution's name starting at `start` printed as a possessive ("for X's support")?"""
        text = self.institutions.sentences[index].text
        return any(
            s == start and text[e : e + 2] in ("'s", "’s")
            for s, e, _item in self.institutions.positions(index)
        )

    def _person_covering(self, index, position):
        """Is the word at `position` of sentence `index` a word of a person already read?"""
        return any(i == index and s <= position < e for person in self.people for i, s, e in person.places)

    def _person_ending_at(self, index, position):
        return any(i == index and e == position for person in self.people for i, _s, e in person.places)

    def _person_between(self, index, start, end):
        """Is a person already read between these two positions of sentence `index`?"""
        return any(i == index and start <= s < end for person in self.people for i, s, _ in person.places)

    def _find(self, name):
        key = name.lower()
        for person in self.people:
            if key in (n.lower() for n in person.all_names()):
                return person
        return None

    def _fuzzy_single(self, name):
        if " " in name:
            return None
        for person in self.people:
            parts = person.name.split()
            if name in parts:
                return person
        for person in self.people:
            last = person.name.split()[-1]
            if last[0] == name[0] and ratio(last.lower(), name.lower()) >= 60:
                return person
        return None

    def _add(self, name, title, institution):
        existing = self._match(name)
        if existing is None:
            self.people.append(PersonMention(name, title, institution))
            return self.people[-1]
        existing.mentions += 1
        if name != existing.name and name not in existing.variants:
            if " " in name and " " not in existing.name:
                existing.variants.append(existing.name)
                existing.name = name
            elif " " in name or not any(name == p for p in existing.name.split()):
                existing.variants.append(name)
        existing.title = existing.title or title
        existing.institution = existing.institution or institution
        return existing

    def _bearers(self, word):
        """The people one word may stand for: those whose surname (last word) it is, else those whose name
        has it. "Carvalho" after "Maria Carvalho" and "Rocksane de Carvalho Norton" is Maria Carvalho's."""
        holders = [p for p in self.people if any(word in n.split() for n in p.all_names())]
        surnamed = [p for p in holders if any(n.split()[-1] == word for n in p.all_names())]
        return surnamed or holders

    def _ambiguous(self, word):
        """A surname two people named in full share ("Smith" after "John Smith" and "Jane Smith"): whom it
        stands for cannot be told, so it stands for no one."""
        return len(self._bearers(word)) > 1

    def _match(self, name):
        parts = name.split()
        if len(parts) == 1:
            bearers = self._bearers(name)
            if len(bearers) == 1:
                return bearers[0]
        for person in self.people:
            for known in person.all_names():
                kparts = known.split()
                if known.lower() == name.lower():
                    return person
                if _surname_with_particle(parts, kparts) or _surname_with_particle(kparts, parts):
                    return person  # "Prof. De Vries" / "Anneke de Vries"
                if len(kparts) == 1 and kparts[0] in parts:
                    return person
                if _words_within(parts, kparts) or _words_within(kparts, parts):
                    return person  # "Prof. Andi Baso" / "Andi Baso Mappatoba", "Dr. Martín Sobrino"
                if len(parts) == 2 and parts[::-1] == kparts:
                    return person  # "Assanov Zhandos" / "Zhandos Assanov": the surname printed first
                if len(parts) >= 2 and len(kparts) >= 2:
                    if parts[-1] == kparts[-1] and _same_given_name(parts[0], kparts[0]):
                        return person  # "Rob Robin" / "Ron Robin", "J. Smith" / "John Smith"
                    if parts[0] == kparts[0] and (
                        _PATRONYMIC.search(parts[-1]) or _PATRONYMIC.search(kparts[-1])
                    ):
                        return person  # "Zhanseit Tuimebayev" / "Zhanseit Konseituly"
                    if parts[0] == kparts[0] and _close(parts[-1], kparts[-1], 0.8):
                        return person
                    if _close(" ".join(parts), " ".join(kparts), 0.85):
                        return person  # "Gostavo Mesch" / "Gustavo Mesch"
                if len(parts) == 1 and _close(parts[0], kparts[-1], 0.8) and parts[0][0] == kparts[-1][0]:
                    return person  # "Kokscharov" / "Koksharov"
        return None

    def result(self):
        """The people found, longest spelling first."""
        return self.people


def _names_another(title):
    """Does a title read after a name hold another person, a title or honorific with a name after it
    ("Vice President Zhang Hua", "where Professor Taisuke Yamazaki", "Minister A. Bobko")?"""
    words = title.replace(",", " ").split()
    for k, (word, following) in enumerate(itertools.pairwise(words)):
        if not (word.lower().rstrip(".") in _TITLE_WORDS or _HONORIFIC_RE.match(word)):
            continue
        if _INITIAL.fullmatch(following) or re.fullmatch(r"[A-Z]\.?", following):
            return True  # "Minister A. Bobko"
        after = words[k + 2] if k + 2 < len(words) else ""
        if _is_name_word(following) and _is_name_word(after):
            return True
    return False


def _is_name_word(word):
    return bool(
        _NAME_TOKEN.fullmatch(word)
        and not _a_title_word(word)
        and not _HONORIFIC_RE.match(word)
        and word not in _NOT_NAME
    )


def _tidy_title(title, after_title, before, institution):
    """The person's title without honorifics ("Vice-Chancellor Professor Datuk Dr" -> "Vice-Chancellor"); a
    title printed after the name when the one before is only an honorific ("Professor X, President of
    TUM")."""

    def strip(value):
        value = _TRAILING_HONORIFICS.sub("", value or "").strip()
        value = _LEADING_HONORIFICS.sub("", value).strip()
        return value

    cleaned = strip(title)
    if not cleaned and after_title:
        cleaned = strip(after_title)
        cut = _without_institution(cleaned, institution) if institution is not None else cleaned
        if cut and cut != cleaned:
            cleaned = cut
        elif institution is not None:
            cleaned = (
                re.sub(
                    r"\s+(?:of|at|from|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+|$)|of\s+|and\s+)+$",
                    "",
                    cleaned,
                ).strip()
                or cleaned
            )
    if not cleaned:  # "KKU President Associate Professor Dr X": the role further back
        found = _LAST_ROLE.search(_TRAILING_HONORIFICS.sub("", before[-60:]))
        if found and not _HONORIFIC_RE.match(found.group(1)):
            cleaned = found.group(1)
    if cleaned and _HONORIFIC_RE.match(cleaned.rstrip(".")):
        return None
    return _clean_title(cleaned) if cleaned else None


def _without_institution(title, institution):
    """ "Vice-Rector for International Affairs of St. Petersburg State University" -> "Vice-Rector for
    International Affairs": the institution is said apart; a title that belongs to the next person ("and the
    Director of ...") or runs into a clause ("was received by ...") is no title."""
    if not title:
        return title
    if _CLAUSE_OPENING.match(title):
        return None
    if institution is not None:
        title = re.sub(r"\s*\([A-Z][A-Za-z]{1,9}\)$", "", title)  # "Rector of Y (YU)": its acronym too
        lowered = title.lower()
        for name in sorted(institution.all_names(), key=len, reverse=True):
            if not lowered.endswith(" " + name.lower()):
                continue
            head = title[: len(title) - len(name)].rstrip()
            for joint in (" of the", " at the", " from the", " of", " at", " from"):
                if head.lower().endswith(joint) and head[: len(head) - len(joint)].strip():
                    return head[: len(head) - len(joint)].strip()
    return title


def _clause_end_after(text, end):
    """Where the clause after a name ends: a semicolon, or an "and" before a capital that starts another
    phrase; not the "and" inside a unit's name ("the School of Mechanical Science and Engineering of X")."""
    for found in re.finditer(r";| and (?=([A-Z][\w-]*))", text[end:]):
        if found.group(1) is None or found.group(1) not in FIELD_WORDS:
            return end + found.start()
    return None


def _words_within(short, full):
    """Are the two or more words of `short` a run of the longer name `full`? Malay, Indonesian and Spanish
    news call a person by their first two names or their two surnames after the full name."""
    n = len(short)
    return 2 <= n < len(full) and any(full[k : k + n] == short for k in range(len(full) - n + 1))


def _surname_with_particle(short, full):
    """ "De Vries" is the surname of "Anneke de Vries": a particle begins it, in either case."""
    return (
        1 < len(short) < len(full)
        and short[0].lower() in _NAME_PARTICLES
        and [w.lower() for w in full[-len(short) :]] == [w.lower() for w in short]
    )


def _same_given_name(a, b):
    """One given name spelt twice ("Rob" / "Ron") or once as its initial ("J." / "John"); not two given names
    that only begin alike ("John" / "Jane", "Maria" / "Marcos": two people who share a surname)."""
    initial = min(a, b, key=len).rstrip(".")
    if len(initial) == 1:
        return initial == max(a, b, key=len)[0]
    return _close(a, b)


def _close(a, b, threshold=0.6):
    return ratio(a.lower(), b.lower()) >= threshold * 100
