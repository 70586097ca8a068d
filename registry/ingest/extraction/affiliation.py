"""Which institution a person acts for, when the words right beside the name did not say it.

Run after the people are found (people.py reads "President of X", "X's rector" next to the name), as an
ordered list of named passes; each reads the clause around every mention of the person and leaves the person
as it is when nothing in that clause says so:

1. apposition after the name: "Name, the coordinator ... at X", "Name - President of X (XU)";
2. apposition before the name: "the president of X, Dr Name";
3. the place that opens the clause: "At X, she was welcomed by Name", "On behalf of X, Name ...";
4. the delegation the person leads: "a delegation from X, led by Name"; the place visited right before the
   person was met: "the delegates visited X and met with Name";
5. the place a where-clause follows: "arrived at X, where Rector Name received them";
6. what the person's clause says they act for: "Name signed the MoU on behalf of X";
7. the group the person is named as a member of: "the X team was made up of Name", "from X were Name";
8. a later member of that group's list: "the X delegation includes Rector A; Director of Global, Dr Name".
Then whole sentences are read: "A and B represented X and Y respectively" pairs each person with a body.
A last pass, after the events are read, gives a delegation's leader the visiting institution, and a person
still tied to no body the one their title ends on ("Rector of NTX"), listed if the article lists none, and
last the one body their sentence names, where only titles and units stand between ("X's Bursar (Finance), A"),
or, in a sentence naming no body and telling no meeting, the one body of the people of the sentence before.
"""

import itertools
import re
from functools import lru_cache

from .context import protagonists
from .institutions import InstitutionMention
from .lexicon import (  # the patterns and word sets live in the lexicon
    _A_CLAUSE_WORD,
    _ACCOMPANIED_BETWEEN,
    _ACCOMPANIED_BY_PRONOUN,
    _ACRONYM_OF,
    _ALL_OF_BEFORE,
    _AMONG_HOSTS,
    _ANOTHER_CLAUSE,
    _APPOSITION_GAP,
    _APPOSITION_OPENS,
    _BARE_REFERENCE_BEFORE,
    _BETWEEN_BEFORE,
    _BODY_NOUN_IN_ITEM,
    _BODY_OF_ITS_OWN,
    _BRACKETED_LIST_GAP,
    _CLAUSE_END,
    _CLAUSE_OPENER,
    _COPULA_TITLE,
    _COUNTERPART_BEFORE,
    _DELEGATION_OF,
    _FORMERLY,
    _FROM_OR_REPRESENTING,
    _FROM_X_LIST_OPENS,
    _FROM_X_WERE,
    _GROUP_BEFORE_ITS,
    _GROUP_LIST_OPENS,
    _GROUP_MADE_OF,
    _GROUP_NOUN_AFTER,
    _GROUP_OF_BEFORE,
    _GROUP_OF_OPENS,
    _GROUP_OF_PEOPLE_BEFORE,
    _GUEST_BEFORE,
    _HEAD_OF_A_SIDE,
    _HIGHER_TITLE_BEFORE,
    _HONORIFIC_STOP,
    _HONORIFICS_ONLY_ITEM,
    _HOST_SIDE,
    _HOSTED_BY_BEFORE,
    _HOSTING_AFTER,
    _INITIAL_STOP,
    _ITEM_STOP,
    _ITS_TITLE_AFTER,
    _ITS_TITLE_BEFORE,
    _JOINED_AS_ANOTHER_SIDE,
    _LED_BY,
    _LIST_BROKEN,
    _LIST_GAP,
    _LIST_INTRODUCED,
    _LIST_ITEM_BODY_HEADS,
    _LIST_ITEM_BROKEN,
    _LIST_MEMBERS_GAP_MAX,
    _LIST_MEMBERS_JOIN,
    _LIST_MEMBERS_MIN,
    _LIST_OPENER,
    _MEMBERS_BEFORE,
    _MET_BY_THE_VISITORS_BEFORE,
    _MET_THERE_BETWEEN,
    _MINISTER_WORD,
    _NEXT_ITEM_OPENS,
    _NO_SIDE,
    _OF_OURS_AFTER,
    _OF_THE_REFERENCE,
    _ON_BEHALF_OF,
    _OURS_BEFORE,
    _OURS_IN_ITEM,
    _PLACE_AFTER_NAME,
    _POSSESSIVE,
    _POSSESSIVE_UNIT_BETWEEN,
    _POSTNOMINALS,
    _PRESENT_AT_THE_VISIT_BEFORE,
    _PRESENT_FROM_A_BODY,
    _REFERENCE_AFTER,
    _REFERENCE_BEFORE,
    _REFERENCE_BROKEN,
    _RELATIVE,
    _RESPECTIVE_LIST_END,
    _RESPECTIVE_LIST_GAP,
    _RESPECTIVELY,
    _ROLE_OF,
    _ROLE_RE,
    _RUN_OF_APPOSITIONS_GAP,
    _SEMICOLON_LIST_GAP,
    _SENIORITY,
    _SIDE_OPENER,
    _THE_REFERENCE,
    _THE_TITLE_OPENS,
    _TITLE_APPOSITION,
    _TITLE_WORDS,
    _UNIT_AFTER_NAME,
    _UNIT_OF_NAME,
    _VISITED_PERSON_BEFORE,
    _VISITED_PLACE_BEFORE,
    _VISITING_AFTER,
    _VISITOR_SIDE,
    _WENT_TO_THE_PLACE,
    _WHERE_CLAUSE,
    ACCOMPANYING_SOMEONE,
    BODY_GONE_TO_BEFORE,
    FIELD_WORDS,
    GENERIC_WORDS,
    GROUP_LISTED,
    GROUP_OF_VISITORS,
    NEXT_LIST_ITEM,
    ONE_BODY_GAP_BROKEN,
    PAST_TIE_AFTER,
    PERSONS_OWN_AFTER,
    QUOTATION,
    REFERENCE_NOUNS,
    SPEAKS_OF_THE_SCHOOL,
    TITLE_ENDS_ON_A_BODY,
    TITLE_TO_HOLDER_WORDS,
    UNIT_OR_OFFICE_WORDS,
    UNNAMED_HOME,
)
from .lexicon import INTERACTION as _INTERACTION
from .names import portfolio_of
from .places import country_code, is_country_name, is_known_place
from .prefilter import prefiltered

MAX_APPOSITION = 160


def assign_affiliations(people, sentences, institutions):
    """Give each person without an institution the one the clause around a mention of them names."""
    starts = _person_starts(people)
    for person in people:
        if person.institution is not None:
            continue
        for index, start, end in person.places:
            text = sentences[index].text
            spans = _without_bracketed_aliases(text, institutions.positions(index))
            for reading in PASSES:
                found = reading(text, spans, start, end, starts.get(index, ()))
                if found is not None:
                    person.institution = found
                    break
            if person.institution is not None:
                break
    companions_of_someone(people, sentences, institutions)
    respectively(people, sentences, institutions)
    the_institution_referred_to(people, sentences, institutions)
    the_body_its_refers_to(people, sentences, institutions)
    ministers_of_named_ministries(people, institutions)
    titles_tied_elsewhere(people, sentences, institutions)


def titles_tied_elsewhere(people, sentences, institutions):
    """ "The Vice-Chancellor, Professor A, received the ambassador" under the headline "Ambassador calls on
    the Vice Chancellor of the University of Ghana"; "Tokyo Tech President A": a bare title the article ties
    to one institution ("<title> of X", "X's <title>", "X <title>") names the institution of the person
    holding it, unless another person already holds that title there (then the tie is theirs)."""
    bare = [p for p in people if p.institution is None and _bare_title(p.title)]
    if not bare:
        return
    printed = "\n".join(sentence.text for sentence in sentences)
    forms = [(item, [name.lower() for name in item.all_names()]) for item in institutions.items]
    held = {(_title_key(p.title), id(p.institution)) for p in people if p.institution is not None and p.title}
    offsets = _sentence_offsets(sentences)
    for person in bare:
        key = _title_key(person.title)
        others = _named_places([p for p in people if p is not person], offsets, printed)
        own = _named_places([person], offsets, printed)
        tied, free = _institutions_tied(printed, key, forms, (others, own))
        if len(tied) == 1 and free:
            item = next(iter(tied.values()))
            if (key, id(item)) not in held:
                person.institution = item
                held.add((key, id(item)))


def _title_key(title):
    return " ".join(re.sub(r"^the\s+", "", title.lower()).replace("-", " ").split())


def _bare_title(title):
    """A title of a few words that says only what the person is ("Vice-Chancellor", "President"), not a unit
    or a portfolio."""
    if not title or len(title.split()) > 3 or re.search(r"\b(?:of|for)\b", title):
        return False
    return bool(_ROLE_RE.search(title))


def _sentence_offsets(sentences):
    """Where each sentence starts in the article's text (its sentences joined by newlines)."""
    offsets, at = [], 0
    for sentence in sentences:
        offsets.append(at)
        at += len(sentence.text) + 1
    return offsets


def _named_places(people, offsets, printed):
    """Where the article's text names these people: (start, end) offsets of the places they were read at, and
    of every other place their full name is printed (a headline's "A, Vice President of X, visited Y")."""
    places = {
        (offsets[i] + s, offsets[i] + e) for p in people for i, s, e in p.places if 0 <= i < len(offsets)
    }
    for person in people:
        if len(person.name.split()) < 2:
            continue
        at = printed.find(person.name)
        while at >= 0:
            places.add((at, at + len(person.name)))
            at = printed.find(person.name, at + 1)
    return sorted(places)


def _held_by_another(printed, found, named):
    """ "Vice President of X, President of Y, A", "President B and the President of X hosted", "President A
    signed the agreement, which the President of X had signed": a title whose nearest named person in the
    sentence is another is theirs, and one parted from the holder's own name by other words than a title's
    tells a second holder; either way it ties no bare title to X. "X President A, Dean B" is A's own."""
    others, own = named
    left = max(printed.rfind("\n", 0, found.start()) + 1, found.start() - _TIE_NEIGHBOURHOOD)
    right = printed.find("\n", found.end())
    right = min(found.end() + _TIE_NEIGHBOURHOOD, len(printed) if right < 0 else right)
    beside = [
        (max(start - found.end(), found.start() - end), start, end, is_own)
        for places, is_own in ((others, False), (own, True))
        for start, end in places
        if left <= start and end <= right
    ]
    if not beside:
        return False
    _gap, start, end, is_own = min(beside)
    between = printed[found.end() : start] if start >= found.end() else printed[end : found.start()]
    lower = {word for word in re.findall(r"[\w’'-]+", between) if word.islower()}
    return not is_own or ";" in between or not lower <= TITLE_TO_HOLDER_WORDS


_TIE_NEIGHBOURHOOD = 120  # characters either side of a title printed in a sentence


def _institutions_tied(printed, key, forms, named=((), ())):
    """The institutions the article's `printed` text ties the title `key` to: "<title> of (the) X",
    "X('s) <title>" (one search for the title, then the names beside each place it is printed); and those of
    them tied where the place it is printed gives the title to no other (`named`: where the text names
    others, and the holder)."""
    text = printed.lower()
    tied, free = {}, {}
    for found in _title_printed(key).finditer(text):
        held = _held_by_another(printed, found, named)
        of = re.match(r"\s+(?:of|at)\s+(?:the\s+)?", text[found.end() : found.end() + 12])
        after = text[found.end() + of.end() : found.end() + 160] if of else ""
        before = text[max(0, found.start() - 160) : found.start()]
        owner = re.sub(r"(?:’s|'s)?\s+$", "", before) if before[-1:].isspace() else ""
        for item, names in forms:
            if any(_word_at_start(after, name) or _word_at_end(owner, name) for name in names):
                tied[id(item)] = item
                if not held:
                    free[id(item)] = item
    return tied, free


@lru_cache(maxsize=1024)
def _title_printed(key):
    """The title `key` where no higher title's words come before it. A pure function of the title, cached:
    an article asks it for each of its people's titles, and the pattern, behind the literal test
    (prefilter.py), is tried only where the title's first word stands; its lookbehinds would otherwise be
    tried at every position of the whole text."""
    return prefiltered(
        re.compile(_HIGHER_TITLE_BEFORE + r"\b" + r"[-\s]+".join(map(re.escape, key.split())) + r"\b")
    )


def _word_at_start(text, word):
    return text.startswith(word) and not text[len(word) : len(word) + 1].isalnum()


def _word_at_end(text, word):
    return text.endswith(word) and not text[-len(word) - 1 : -len(word)].isalnum()


def ministers_of_named_ministries(people, institutions):
    """ "Minister of Higher Education and Scientific Research A ... the MoU signed by the Jordanian Ministry
    of Higher Education": a minister acts for the one ministry the article names whose portfolio the title
    names (the title may say more; of two that fit as well, neither)."""
    ministries = [(item, portfolio_of(item.name)) for item in institutions.items if _is_ministry(item)]
    for person in people:
        if person.institution is not None or not ministries:
            continue
        said = portfolio_of(person.title or "") if _MINISTER_WORD.search(person.title or "") else set()
        fits = [(len(portfolio), item) for item, portfolio in ministries if portfolio and portfolio <= said]
        best = max((size for size, _ in fits), default=0)
        chosen = [item for size, item in fits if size == best]
        if len(chosen) == 1:
            person.institution = chosen[0]


def _is_ministry(item):
    return any("Ministry" in name for name in item.names)


def _without_bracketed_aliases(text, spans):
    """ "President of X (XU), Dr. A": the acronym in brackets after a name is that name said again; the
    passes read the brackets as part of the name ("X (XU), Dr A"), not as a second institution."""
    kept = []
    for span in spans:
        if kept and kept[-1][2] is span[2] and re.fullmatch(r"\s*\(\s*", text[kept[-1][1] : span[0]]):
            continue
        kept.append(span)
    return kept


def respectively(people, sentences, institutions):
    """ "A and B represented X and Y respectively", "A, rector of X, and B signed on behalf of Y and Z,
    respectively": where a sentence's people are as many as the bodies of the list that "respectively"
    closes, and stand before it, each acts for the body in the same place. It overrides what the words
    beside a name guessed only where that guess was one of the list's bodies."""
    for index, sentence in enumerate(sentences):
        closing = _RESPECTIVELY.search(sentence.text)
        if closing is None:
            continue
        listed = _bodies_listed_before(sentence.text, institutions.positions(index), closing.start())
        if len(listed) < 2:
            continue
        named = sorted(
            ((start, person) for person in people for i, start, _e in person.places if i == index),
            key=lambda place: place[0],
        )
        order = list({id(person): person for _start, person in named if _start < listed[0][0]}.values())
        if len(order) != len(listed) or any(start > listed[0][0] for start, _p in named):
            continue
        bodies = {id(item) for _s, _e, item in listed}
        for person, (_s, _e, item) in zip(order, listed, strict=True):
            if person.institution is None or id(person.institution) in bodies:
                person.institution = item


def _bodies_listed_before(text, spans, at):
    """The institutions' mentions that form the list ending right before position `at` ("X, Y and Z")."""
    listed = []
    for span in reversed(spans):
        end = listed[0][0] if listed else at
        gap = _RESPECTIVE_LIST_GAP if listed else _RESPECTIVE_LIST_END
        if span[1] > end or not gap.fullmatch(text, span[1], end):
            break
        listed.insert(0, span)
    return listed


def the_institution_referred_to(people, sentences, institutions):
    """ "President A and Vice President B of the university", "A, the university president", "the rector of
    the University, Prof. A": a person said to act for "the university" acts for the university that phrase
    refers back to, the one named last before it (in its sentence, else in the sentences before)."""
    for person in people:
        for index, start, end in person.places if person.institution is None else ():
            text = sentences[index].text
            found = _reference_beside(text, start, end)
            if found is None:
                continue
            noun, at, loose = found
            if loose:  # "A the University Vice President": said loosely, it names only an unambiguous one
                fits = _printed_in_a_name(noun) if loose == _AS_PRINTED else _REFERENCE_FITS[noun.lower()]
                person.institution = _the_one_named_before(institutions, index, at, fits)
            else:
                person.institution = _named_last_before(institutions, index, at, noun.lower(), text)
            if person.institution is not None:
                break


def the_body_its_refers_to(people, sentences, institutions):
    """ "Signing for X was its rector, Prof. A", "Y was represented by Dr. B, its president", "X hosted the
    ceremony. Its dean, C, spoke": a title after "its" (or "their") names the body named last before the
    pronoun, in its sentence or else in the one before; not when a group stands between ("the delegation
    from X and its leader")."""
    for person in people:
        for index, start, end in person.places if person.institution is None else ():
            text = sentences[index].text
            at = _its_title_beside(text, start, end)
            if at is None:
                continue
            person.institution = _body_before_pronoun(text, institutions, index, at)
            if person.institution is not None:
                break


def _its_title_beside(text, start, end):
    """Where the "its" of a title right before or right after the name stands, when the title has a role."""
    window = _without_honorific_stops(text[max(0, start - 80) : start])
    before = _ITS_TITLE_BEFORE.search(window)
    if before and _ROLE_RE.search(before.group(2)) and not _INTERACTION.search(before.group(2)):
        return start - len(window) + before.start()
    after = _ITS_TITLE_AFTER.match(text, end)
    if after and _ROLE_RE.search(after.group(2)) and not _INTERACTION.search(after.group(2)):
        return after.start(1)
    return None


def _body_before_pronoun(text, institutions, index, at):
    named = [(e, item) for _s, e, item in institutions.positions(index) if e <= at]
    if named:
        e, item = named[-1]
        return None if _GROUP_BEFORE_ITS.search(text, e, at) else item
    if index == 0 or not re.match(r"\s*(?:[Ii]ts|[Tt]heir)\b", text[: at + 5]) and text[:at].strip():
        return None  # only a sentence that opens with the pronoun looks back to the sentence before
    earlier = institutions.positions(index - 1)
    return earlier[-1][2] if earlier else None


def _reference_beside(text, start, end):
    """The noun of a "the university" that names the person's institution, and where it stands."""
    right_after = _OF_THE_REFERENCE.match(text, end + 1) if text[end : end + 4] == " of " else None
    if right_after:  # "President A of the university and Director B of the foundation": B's is said after
        return right_after.group(1), right_after.start(), False
    window = _without_honorific_stops(text[max(0, start - 80) : start])
    before = _REFERENCE_BEFORE.search(window)
    if before and (before.group(3) or _ROLE_RE.search(before.group(2) or "")):
        return (before.group(1) or before.group(3)), start - len(window) + before.start(), False
    bare = _BARE_REFERENCE_BEFORE.search(window)
    if bare and _ROLE_RE.search(bare.group(2)):
        return bare.group(1), start - len(window) + bare.start(), _AS_PRINTED
    after = _REFERENCE_AFTER.match(text, end)
    if after and _ROLE_RE.search(after.group(2)):
        loose = "," not in text[end : after.start(1)] or after.group(1)[0].isupper()
        return after.group(1), after.start(), loose
    of_the = _OF_THE_REFERENCE.search(text, end, end + MAX_APPOSITION)
    if of_the is None:
        return None
    between = _without_honorific_stops(text[end : of_the.start()])
    if _REFERENCE_BROKEN.search(between) or _INTERACTION.search(between) or _CLAUSE_END.search(between):
        return None
    return of_the.group(1), of_the.start(), False


def _named_last_before(institutions, index, at, noun, text):
    """The institution of kind `noun` named last before position `at` of sentence `index`, looking back
    through the sentences before it; else the first one named after it in its sentence, unless a verb of
    meeting stands between ("A, the university president, hosts B of X": X is B's)."""
    fits = _REFERENCE_FITS[noun]
    for k in range(index, -1, -1):
        named = [item for s, _e, item in institutions.positions(k) if (k < index or s < at) and fits(item)]
        if named:
            return named[-1]
    later = [(s, item) for s, _e, item in institutions.positions(index) if s >= at and fits(item)]
    if not later or _INTERACTION.search(text, at, later[0][0]):
        return None
    return later[0][1]


def _the_one_named_before(institutions, index, at, fits):
    """The one institution that `fits` the article names before position `at` of sentence `index`; None
    when it names several (which one "the university" means is then not said)."""
    named = {
        id(item): item
        for k in range(index + 1)
        for s, _e, item in institutions.positions(k)
        if (k < index or s < at) and fits(item)
    }
    return next(iter(named.values())) if len(named) == 1 else None


_AS_PRINTED = "as printed"  # "Academy President A": the noun as a word of the body's name, of any kind


def _printed_in_a_name(noun):
    """ "Academy President A": an institution, of any kind, with the capitalised noun in its name."""
    word = re.compile(r"\b" + re.escape(noun) + r"\b")
    return lambda item: any(word.search(n) for n in item.names)


def _named_with(stem):
    """An institution with a word starting `stem` in one of its names ("Museum", "Embassy"), not a state's."""
    word = re.compile(r"\b" + stem)
    return lambda item: item.kind != "government" and any(word.search(n) for n in item.names)


def _mission_or_ministry(stem):
    """An embassy, a consulate or a ministry: a state's body, named by that word."""
    word = re.compile(r"\b" + stem)
    return lambda item: any(word.search(n) for n in item.names)


# Which institutions "the university", "the institute", "the museum", ... may refer back to.
_REFERENCE_FITS = {noun: _named_with(noun.capitalize()) for noun in REFERENCE_NOUNS} | {
    "university": lambda item: item.kind == "university",
    "college": lambda item: item.kind == "university" and any("College" in n for n in item.names),
    "institute": _named_with("Institut"),
    "academy": _named_with("Academ"),
    "centre": _named_with("Cent(?:re|er)"),
    "center": _named_with("Cent(?:re|er)"),
    "embassy": _mission_or_ministry("Embassy"),
    "consulate": _mission_or_ministry("Consulate"),
    "ministry": _mission_or_ministry("Ministry"),
    "commission": _mission_or_ministry("Commission"),
    "agency": _mission_or_ministry("Agency"),
}


def leaders_act_for_visitors(delegations):
    """A delegation's leader with no institution said acts for the visiting institution."""
    for delegation in delegations:
        leader = delegation.leader
        if leader is not None and leader.institution is None and delegation.visitor is not None:
            leader.institution = delegation.visitor


def _rank(person):
    title = (person.title or "").lower()
    ranks = [n for n, pattern in enumerate(_SENIORITY) if re.search(pattern, title)]
    senior = min(ranks) if ranks else len(_SENIORITY)
    if senior == 0 and re.search(r"\b(?:vice|deputy|pro|assistant)\b", title):
        senior = 1
    return senior


def leaders_from_the_visitors(people, delegations):
    """A delegation without a leader named is led by the most senior person who acts for the visitor (the
    first named among equals); people who received it act for the host and are not its members. A trip only
    recalled ("the visits to X by Y in 2006 and 2009") names nobody who made it: the visitor's people took
    part in the trip the article tells, and none of them leads a recalled one. Where the article ties nobody
    to the visitor, the first head it ties to no institution leads ("President B said the junior college
    ..."): the host's head is mostly named with the host. On the tuning sets that gave 8 leaders, 5 right
    (the 3 wrong were left empty before, wrong too); heads and lesser titles alike gave 6 right of 20."""
    for delegation in delegations:
        if delegation.leader is not None or delegation.visitor is None or delegation.in_passing:
            continue
        members = [p for p in people if p.institution is delegation.visitor and p.title]
        if members:
            delegation.leader = min(members, key=_rank)
        else:
            heads = (p for p in people if p.institution is None and p.title and _rank(p) <= 1)
            delegation.leader = next(heads, None)


def sizes_from_the_visitors(people, delegations, sentences):
    """A trip whose size no sentence gave is as large as the visitor's people the article names taking part
    ("President A and Prof. B of X visited Y": 2), where they are two or more and the visitor made one trip
    (or one tour, every stop on the same days); a trip only recalled is given none, nor a group whose
    members a sentence lists (the list is the group; the article may not tie each member to the visitor)."""
    if not any(d.size in (None, 1) and d.visitor is not None and not d.in_passing for d in delegations):
        return  # no trip could be given a size: asked first, the sentences need not be searched
    if any(GROUP_LISTED.search(sentence.text) for sentence in sentences):
        return
    # a delegation of one was read only from the article's speaking of no group (events: "a visitor alone"),
    # before anyone was tied to the visitor: two of its people named make it no visit by one person
    alone_was_guessed = not any(GROUP_OF_VISITORS.search(sentence.text) for sentence in sentences)
    unsaid = (None, 1) if alone_was_guessed else (None,)
    for delegation in delegations:
        if delegation.size not in unsaid:
            continue
        if delegation.visitor is None or delegation.in_passing:
            continue
        trips = [d for d in delegations if d.visitor is delegation.visitor and not d.in_passing]
        if len({(d.start, d.end) for d in trips}) != 1:
            continue  # several trips of one visitor: whose people went on which is not known
        members = [p for p in people if p.institution is delegation.visitor]
        if len(members) >= 2:
            delegation.size = len(members)


def people_of_the_publisher(people, sentences, delegations, home, institutions):
    """ "Shen Yi, vice president of our university", "our university's Dean A": the publisher, where the
    article (or the configuration) says who it is: the host of a visit to "our university" that the reader
    resolved. So is an officer who, in a sentence naming no other body, tells of "our university" ("Vice
    President A gave an overview of our university")."""
    publisher = next((d.host for d in delegations if d.host_is_home and d.host is not None), home)
    if publisher is None:
        return
    for person in people:
        for index, start, end in person.places if person.institution is None else ():
            text = sentences[index].text
            if (
                _OF_OURS_AFTER.match(text, end)
                or _OURS_BEFORE.search(text[max(0, start - 60) : start])
                or (person.title and not institutions.positions(index) and _tells_of_ours(text))
            ):
                person.institution = publisher
                break


def _tells_of_ours(text):
    """Does the sentence say "our university" in the publisher's voice (not within a quotation)?"""
    return bool(UNNAMED_HOME.search(QUOTATION.sub(" ", text)))


def speakers_for_the_school(people, sentences, institutions, home):
    """ "A said that the university has 20 faculties", "B, director of admissions, presented an overview of
    the University": a person with no institution who tells of the school a sentence naming no other body
    leaves unnamed acts for the school the article is about: of its publisher (where known) and its
    protagonists, the first whose name has the noun said ("the college": a college), else the first."""
    bodies = None  # read when a person first tells of the school: most articles have no such person
    for person in people:
        for index, _start, end in person.places if person.institution is None else ():
            text = sentences[index].text
            told = None if sentences[index].is_title else SPEAKS_OF_THE_SCHOOL.match(text, end)
            if told and bodies is None:
                bodies = _the_articles_own_bodies(sentences, institutions, home)
            if told and not bodies:
                return
            own = told and _the_school_called(bodies, told.group("noun"))
            if own is not None and not [i for _s, _e, i in institutions.positions(index) if i is not own]:
                person.institution = own
                break


def _the_articles_own_bodies(sentences, institutions, home):
    """The publisher (where known), then the protagonists that are neither a government nor a company."""
    bodies = [home] if home is not None else []
    return bodies + [
        item for item in protagonists(sentences, institutions) if item.kind not in ("government", "company")
    ]


_NO_SCHOOL = ("government", "company")


def _the_school_called(bodies, noun):
    """Of the article's own bodies, the first whose name has `noun` in it, else the first."""
    noun = noun.lower()
    return next((item for item in bodies if noun in item.name.lower()), bodies[0])


def the_title_opening_a_sentence(people, sentences, institutions):
    """ "The Vice-Chancellor, Prof. A, disclosed this", "The dean, Dr. B, said": a bare head's title opening
    the sentence, with no body said anywhere for the person, is the title held at the university the article
    opens with, the subject of its first sentence ("X has signed ... with Y", "X hosted ...")."""
    subject = _opening_subject(sentences, institutions)
    if subject is None or subject.kind != "university":
        return
    for person in people:
        if person.institution is not None or not _bare_title(person.title):
            continue
        places = person.places
        if any(_THE_TITLE_OPENS.fullmatch(sentences[index].text, 0, start) for index, start, _ in places):
            person.institution = subject


def _opening_subject(sentences, institutions):
    """The institution that opens the article's first sentence after the headline, if one does."""
    first = next((index for index, sentence in enumerate(sentences) if not sentence.is_title), None)
    if first is None:
        return None
    named = institutions.positions(first)
    if named and re.fullmatch(r"(?:The\s+)?", sentences[first].text[: named[0][0]]):
        return named[0][2]
    return None


def share_along_lists(people, sentences, institutions=None):
    """ "XJTU President A, VP B, VP C and VP D", "led by President A, vice president B and assistant president
    C": people listed one after another with only titles between them act for the same institution, the one
    the list names for its first member. So do people in a list of appositions where only the first names an
    institution: "A, rector of X, B, vice-rector for research, and C, dean of law"."""
    spans = sorted(
        ((index, start, end, person) for person in people for index, start, end in person.places),
        key=lambda span: span[:3],
    )
    if institutions is not None:
        _accompanying_in_the_sentence(spans, sentences, institutions)
    for (index, _, end, first), (index2, start2, end2, second) in itertools.pairwise(spans):
        if index != index2 or second.institution is not None or first.institution is None:
            continue
        text = sentences[index].text
        gap = text[end:start2]
        if (
            _LIST_GAP.fullmatch(gap)
            or _BRACKETED_LIST_GAP.fullmatch(gap)
            or _listed_appositions(text, end, start2, end2)
        ) and first.institution.kind == "university":
            if not _two_heads_joined(first, gap):
                second.institution = first.institution
            elif institutions is not None:
                second.institution = _the_other_side(first.institution, sentences, institutions)
    _along_semicolon_lists(spans, sentences, institutions)
    _accompanying_the_one_before(spans, sentences)
    if institutions is not None:
        _along_a_run_of_appositions(spans, sentences, institutions)
        for run in _lists_of_people(spans, sentences):
            _one_body_for_the_list(run, sentences[run[0][0]].text, institutions)


def _two_heads_joined(first, gap):
    """ "President A and President B", "Rector A and Trustee B", "President A and Dr B": a university's head
    joined by a bare "and" to someone who is no deputy and holds no unit's title: the heads of two sides."""
    return bool(
        first.title and _HEAD_OF_A_SIDE.fullmatch(first.title) and _JOINED_AS_ANOTHER_SIDE.fullmatch(gap)
    )


def _the_other_side(institution, sentences, institutions):
    """Of the article's two most prominent institutions, the one not `institution` (if that is one)."""
    two = protagonists(sentences, institutions)[:2]
    if len(two) == 2 and any(item is institution for item in two):
        return two[1] if two[0] is institution else two[0]
    return None


def _lists_of_people(spans, sentences):
    """The runs of people one sentence lists one after another: between two of them only a comma, a semicolon
    or "and", with titles and honorifics around it, never a verb ("A, Dean; B, Registrar and Dr. C")."""
    run = []
    for span in spans:
        if run and span[0] == run[-1][0] and span[3] is not run[-1][3]:
            gap = _without_stops_in_names(sentences[span[0]].text[run[-1][2] : span[1]])
            if (
                len(gap) <= _LIST_MEMBERS_GAP_MAX
                and _LIST_MEMBERS_JOIN.search(gap)
                and not _LIST_ITEM_BROKEN.search(gap)
                and not _CLAUSE_END.search(gap.replace(";", ","))
            ):
                run.append(span)
                continue
        if len(run) > 1:
            yield run
        run = [span]
    if len(run) > 1:
        yield run


def _one_body_for_the_list(run, text, institutions):
    """ "received by Dr. A, Director of X; Prof. B, Dean; and C, Registrar": where the members of a list of
    three or more that say whom they act for all act for one institution, the members named after the first
    of them that say nothing act for it too, unless their own words name another body ("D, Chief Executive of
    Y"): the words on either side of the name, since a list may print each title before its name or after."""
    bodies = {id(span[3].institution): span[3].institution for span in run if span[3].institution is not None}
    if len(bodies) != 1 or len(run) < _LIST_MEMBERS_MIN:
        return
    shared = next(iter(bodies.values()))
    first = next(n for n, span in enumerate(run) if span[3].institution is shared)
    stop = _ITEM_STOP.search(text, run[-1][2])
    last = min(stop.start() if stop else len(text), run[-1][2] + 150)
    named = institutions.positions(run[0][0])
    for n in range(first + 1, len(run)):
        _index, start, end, person = run[n]
        around = (run[n - 1][2], run[n + 1][1] if n + 1 < len(run) else last)
        if person.institution is None and not (
            any(around[0] <= s < around[1] and body is not shared for s, _e, body in named)
            or any(
                _a_body_of_its_own(chunk, shared)
                for chunk in re.split(r"[,;]", text[around[0] : start] + "," + text[end : around[1]])
            )
        ):
            person.institution = shared


def _a_body_of_its_own(words, institution):
    """ "Chief Executive of the Nordic Mobility Trust", "President of NMT", "Y's Rector": words that name a
    body other than `institution`, by its head word, its acronym or a possessive; "Director of International
    Relations" and "Dean, Faculty of Law" name a unit or a field."""
    if _BODY_NOUN_IN_ITEM.search(words):
        return True  # "of our university", "of the Spanish institution": the article may mean either
    words = _UNIT_OF_NAME.sub("", words)
    if _names_in(words, institution):
        return False
    return bool(
        _names_another_body(words, institution)
        and (_POSSESSIVE.search(words) or _ACRONYM_OF.search(words))
        or _LIST_ITEM_BODY_HEADS.intersection(re.findall(r"\w+", words))
    )


def _along_semicolon_lists(spans, sentences, institutions):
    """ "received by the Vice-Chancellor, Prof. A, along with Deputy Vice-Chancellor (Academics), Prof. B;
    Bursar, Mrs. C; and University Librarian, Prof. D", "met Senior Professor E; the Vice-Chancellor of X, Dr.
    F; the Head, Department of International Relations, Dr. G": people listed through semicolons, each with a
    title and no verb of their own, act for the institution the list names for the member before them, unless
    their own item names another ("...; H, vice president of our university", "...; I of the Embassy of Y").
    A member before the first one it names acts for it too when it is named in that one's title, before the
    name, and the member's own item names no body, not even one the reader does not know ("CEO of Mitacs,
    Prof. J; and X's President, K")."""
    for (index, start, end, first), (index2, start2, end2, second) in itertools.pairwise(spans):
        if first is second or (first.institution is None) == (second.institution is None):
            continue
        if index2 == index + 1 and second.institution is None:
            _along_a_list_set_line_by_line(
                sentences, (index, end, first), (index2, start2, end2, second), institutions
            )
        if index != index2:
            continue
        text = sentences[index].text
        gap = text[end:start2]
        if not _SEMICOLON_LIST_GAP.fullmatch(gap) or _LIST_ITEM_BROKEN.search(gap):
            continue
        if second.institution is None:
            if not _item_names_another(text, start2 - len(gap) + gap.rindex(";"), end2, institutions, index):
                second.institution = first.institution
            continue
        own_item = text[text.rfind(";", 0, start) + 1 : start] + gap[: gap.index(";")]
        if _names_in(gap[gap.rindex(";") :], second.institution) and not _title_names_a_body(own_item):
            first.institution = second.institution


def _along_a_run_of_appositions(spans, sentences, institutions):
    """ "A, Dean, Faculty of Law, B, Head, Department of Physics, C, Registrar", "A, Vice Provost, Global
    Affairs; B, Director of Partnerships and C, Senior Lecturer": a run of names each followed only by its
    title and unit, with no verb between, is one list; a member whose own words name no body acts for the
    institution of the member before: the list goes on past a unit or a title the narrower readings miss."""
    for (index, _start, end, first), (index2, start2, end2, second) in itertools.pairwise(spans):
        if index != index2 or first is second or first.institution is None or second.institution is not None:
            continue
        text = sentences[index].text
        item_end = _item_end(text, end2, spans, index)
        named = [item for s, _e, item in institutions.positions(index) if end <= s < item_end]
        chunks = re.split(r"[,;]", text[end:start2] + "," + text[end2:item_end])
        if (
            _RUN_OF_APPOSITIONS_GAP.fullmatch(text, end, start2)
            and all(item is first.institution for item in named)
            and not _LIST_ITEM_BROKEN.search(text, end, item_end)
            and not any(_names_another_body(chunk, first.institution) for chunk in chunks)
        ):
            second.institution = first.institution


def _names_another_body(words, institution):
    """ "Director of Nordic Mobility Trust" names a body other than `institution`; "Dean of the University"
    refers back to one already named, and "Rector of X" names X itself."""
    return _title_names_a_body(_THE_REFERENCE.sub("", words)) and not _names_in(words, institution)


def _item_end(text, end, spans, index):
    """Where the list item of the name ending at `end` stops: a semicolon, a full stop, or the next name
    set off by a comma ("..., Registrar, Dr. B")."""
    stop = _ITEM_STOP.search(text, end)
    limit = stop.start() if stop else len(text)
    following = [s for i, s, _e, _p in spans if i == index and end < s < limit]
    return next((s for s in following if _NEXT_ITEM_OPENS.search(text, end, s)), limit)


def _along_a_list_set_line_by_line(sentences, first_place, second_place, institutions):
    """ "Prof. A, Dean of X;" ending one line and "Dr. B, Registrar; and C" the next: a list printed one item
    a line reads as one sentence, so B acts for X as if the items stood on one line."""
    index, end, first = first_place
    index2, start2, end2, second = second_place
    ending = sentences[index].text[end:]
    if not ending.rstrip().endswith(";"):
        return
    gap = ending + " " + sentences[index2].text[:start2]
    if not _SEMICOLON_LIST_GAP.fullmatch(gap) or _LIST_ITEM_BROKEN.search(gap):
        return
    if not _item_names_another(sentences[index2].text, 0, end2, institutions, index2):
        second.institution = first.institution


def _item_names_another(text, item_start, name_end, institutions, index):
    """Does the list item that starts at `item_start` (its semicolon) name a body of its own: an institution
    the article names, or "our university"?"""
    after = text.find(";", name_end)
    item_end = after if after >= 0 else len(text)
    return bool(
        _OURS_IN_ITEM.search(text, item_start, item_end)
        or institutions is not None
        and any(item_start <= s < item_end for s, _e, _item in institutions.positions(index))
    )


def _title_names_a_body(title):
    """ "Chief Executive of Nordic Mobility Trust", "UBC's President": a title that says whose its holder is
    (a unit's name, "Head, Department of X", or a field, "Dean of Law", says nothing of the kind)."""
    if not title:
        return False
    title = _UNIT_OF_NAME.sub("", title)
    return any(
        found.group("word") is None
        or found.group("word") not in FIELD_WORDS
        and found.group("word").lower().rstrip(".") not in _TITLE_WORDS  # "in the presence of Prof. A"
        for found in _BODY_OF_ITS_OWN.finditer(title)
    )


def _present_at_the_visit(text, index, start, people):
    """ "Present at the meeting were Prof. A, Provost; B, Registrar", "The meeting was attended by Dr. C the
    university deputy": people named only as present at a visit's meeting are the host's ("host"), unless
    the words before their name name a body ("Present were the Chief Executive of X, Prof. D") or the opener
    says whose they are ("Present at the meeting from X were A; B; C")."""
    window = _without_stops_in_names(text[max(0, start - 300) : start])
    present = _PRESENT_AT_THE_VISIT_BEFORE.search(window)
    if not present or _PRESENT_FROM_A_BODY.match(window, present.start(), present.end()):
        return None  # "Present at the signing from X were A; B": X's people (the group and its list say)
    ends = [e for p in people for i, _s, e in p.places if i == index and e <= start]
    since = max([text.rfind(";", 0, start) + 1, start - 100, *ends])
    return None if _title_names_a_body(text[since:start]) else "host"


def _names_in(text, item):
    lowered = text.lower()
    return any(name.lower() in lowered for name in item.all_names())


def _accompanying_in_the_sentence(spans, sentences, institutions):
    """ "The X team was led by A, Director, accompanied by B", "A, President of X, was joined by Dean B": who
    accompanies or joins a person acts for that person's institution, where nothing between names another."""
    for n, (index, start, _, person) in enumerate(spans):
        before = [span for span in spans[:n] if span[0] == index]
        if person.institution is not None or not before or before[-1][3].institution is None:
            continue
        own, prev_end = before[-1][3].institution, before[-1][2]
        text = sentences[index].text
        gap = _without_stops_in_names(text[prev_end:start])
        others = [item for s, _e, item in institutions.positions(index) if prev_end <= s < start]
        if len(gap) < 250 and _ACCOMPANIED_BETWEEN.search(gap) and all(item is own for item in others):
            person.institution = own


def _accompanying_the_one_before(spans, sentences):
    """ "Prof. Berger said ... She was accompanied by Dr. A and Prof. B": A and B act for the person named
    last in the two sentences before, when that person's institution is known."""
    for n, (index, start, _, person) in enumerate(spans):
        if person.institution is not None or not _ACCOMPANIED_BY_PRONOUN.match(sentences[index].text[:start]):
            continue
        before = [span for span in spans[:n] if index - 2 <= span[0] < index]
        if before and before[-1][3].institution is not None:
            person.institution = before[-1][3].institution


def companions_of_someone(people, sentences, institutions):
    """ "Accompanying A were B, C and D", "Joining the Rector was B", "A, who was accompanied to X by B":
    the people a sentence lists as going with someone act for that person's institution where nothing else
    ties them to one; a place they were accompanied to (X) is no body of theirs, though the words beside
    their names may have read it so ("to X by Professor B")."""
    spans = sorted(((i, s, e, p) for p in people for i, s, e in p.places), key=lambda span: span[:3])
    for index, sentence in enumerate(sentences):
        if "ccompan" not in sentence.text and "Joining" not in sentence.text:
            continue  # the cheap question first: most sentences accompany no one
        here = [span for span in spans if span[0] == index]
        for found in ACCOMPANYING_SOMEONE.finditer(sentence.text):
            whom = _the_one_accompanied(found, here, people, sentence.text)
            if whom is None or whom.institution is None:
                continue
            place = found.span("place") if found.group("place") else (0, 0)
            gone_to = [item for s, _e, item in institutions.positions(index) if place[0] <= s < place[1]]
            for person in _the_companions(sentence.text, found.end(), here):
                if person is not whom and (
                    person.institution is None or any(person.institution is item for item in gone_to)
                ):
                    person.institution = whom.institution


def _the_one_accompanied(found, here, people, text):
    """Whom the companions go with: the person named as "Accompanying A", the one person (or several of one
    body) holding the title of "Accompanying the Rector", or the person named right before "who was
    accompanied"."""
    if found.group("whom"):
        named = [span[3] for span in here if found.start("whom") <= span[1] < found.end("whom")]
        whom = found.group("whom") + " "
        named = named or [p for p in people if any(whom.startswith(n + " ") for n in p.all_names())]
        if named:
            return named[0]
        title = re.fullmatch(r"the\s+([\w -]+)", found.group("whom"))
        holders = [p for p in people if title and p.title and p.title.lower() == title.group(1).lower()]
        bodies = {id(p.institution) for p in holders}
        return holders[0] if len(bodies) == 1 else None
    before = [span for span in here if span[2] <= found.start()]
    if before and re.fullmatch(r"[\s,]*(?:who\s*)?", text[before[-1][2] : found.start()]):
        return before[-1][3]
    return None


def _the_companions(text, at, here):
    """The people listed from position `at` on, one after another with only titles and joining words
    between them."""
    after = [span for span in here if span[1] >= at]
    if not after or len(_without_stops_in_names(text[at : after[0][1]])) > 60:
        return []
    run = [after[0]]
    for previous, following in itertools.pairwise(after):
        gap = _without_stops_in_names(text[previous[2] : following[1]])
        if (
            len(gap) > _LIST_MEMBERS_GAP_MAX
            or not _LIST_MEMBERS_JOIN.search(gap)
            or _LIST_ITEM_BROKEN.search(gap)
        ):
            break
        run.append(following)
    return [span[3] for span in run]


def _listed_appositions(text, end, start2, end2):
    gap = _APPOSITION_GAP.fullmatch(text, end, start2)
    if not gap:
        return False
    inner = gap.group(1)
    return bool(
        _ROLE_RE.search(inner)
        and not _INTERACTION.search(inner)
        and not _CLAUSE_END.search(inner)
        and _TITLE_APPOSITION.match(text, end2)
    )


def roles_in_the_visit(people, sentences, delegations, institutions=None):
    """Where an article tells one visit with both ends named, whoever welcomes or receives acts for the host,
    whoever is welcomed or visits acts for the visitor ("Rector A welcomed the delegation", "the hosts",
    "A was hosted by ..."); where the article tells several visits, the visit told in that sentence or the
    one before (of visits with one host, the host's side is still known). The members a delegation is said
    to be made of ("the delegation included A", "the visiting team comprised A") act for its visitor."""
    trips = [d for d in delegations if d.visitor is not None and d.host is not None]
    one_visit = len({(id(d.visitor), id(d.host)) for d in trips}) == 1
    one_visitor = len({id(d.visitor) for d in trips}) == 1
    for person in people:
        for index, start, end in person.places if person.institution is None else ():
            told = trips if one_visit else _visits_told_around(trips, index, institutions)
            told = told or (trips if one_visitor else [])  # one visitor to several hosts: still its members
            if not told:
                continue
            text = sentences[index].text
            side = _side_in_the_visit(text, start, end) or _present_at_the_visit(text, index, start, people)
            ends = {id(getattr(d, side)): getattr(d, side) for d in told} if side else {}
            if len(ends) == 1:
                person.institution = next(iter(ends.values()))
                break


def people_of_a_named_side(people, sentences, delegations, institutions):
    """ "On the university side were A and B", "From the host side, the meeting included C", "On the Russian
    part the meeting was attended by D": the people a sentence names after the side it opens with act for that
    side: an institution named there, the host or the visitor of the visit told, the one university
    (institute, college, academy) of the visit or the one named last before, the one institution of that
    nationality."""
    trips = [d for d in delegations if d.visitor is not None and d.host is not None]
    for person in people:
        for index, start, _end in person.places if person.institution is None else ():
            text = sentences[index].text
            opener = None
            for found in _SIDE_OPENER.finditer(text, 0, start):  # the last side opened before the person
                opener = found
            side = _the_side(opener, index, text, trips, institutions) if opener else None
            if side is not None:
                person.institution = side
                break


def _the_side(opener, index, text, trips, institutions):
    named = [item for s, _e, item in institutions.positions(index) if opener.start() <= s < opener.end()]
    if named:
        return named[0]
    words = [re.sub(r"[’']s$", "", w) for w in (opener.group("side") or "").lower().split()]
    if not words or set(words) & _NO_SIDE:
        return None
    word = words[-1]
    if word in _HOST_SIDE or word in _VISITOR_SIDE:
        role = "host" if word in _HOST_SIDE else "visitor"
        ends = {id(getattr(d, role)): getattr(d, role) for d in trips}
    elif word in _REFERENCE_FITS:
        fits = _REFERENCE_FITS[word]
        ends = {id(x): x for d in trips for x in (d.visitor, d.host) if fits(x)}
        if not ends:
            return _named_last_before(institutions, index, opener.start(), word, text)
    else:
        code = country_code(" ".join(words[-2:])) or country_code(word)
        pool = [x for d in trips for x in (d.visitor, d.host)] or institutions.items
        ends = {id(x): x for x in pool if code and x.country == code}
    return next(iter(ends.values())) if len(ends) == 1 else None


def _side_in_the_visit(text, start, end):
    """ "visitor" or "host": the side of the visit the clause around a person puts them on (None: neither)."""
    if _VISITING_AFTER.match(text, end) or _GUEST_BEFORE.search(text[max(0, start - 40) : start]):
        return "visitor"
    window = _without_stops_in_names(text[max(0, start - 300) : start])
    members = _MEMBERS_BEFORE.search(window)
    if members and not _INTERACTION.search(window, members.end()):  # "... and was received by A"
        return "visitor"
    before = _without_honorific_stops(text[max(0, start - 100) : start])
    if (
        _HOSTING_AFTER.match(_without_honorific_stops(text[end : end + 160]))
        or _HOSTED_BY_BEFORE.search(before)
        or _AMONG_HOSTS.search(text)
        or _MET_BY_THE_VISITORS_BEFORE.search(window)
        or _visited_by_title(before, text, end)
    ):
        return "host"
    return None


def _visited_by_title(before, text, end):
    """ "paid a courtesy call on the Pro-Vice-Chancellor, Prof. A", "to meet with President B", "a meeting
    with C, the Head of Law": the visit was paid to the person, named by a title before the name or right
    after it (a place, "a visit to X, Prof. A said", names no title)."""
    visited = _VISITED_PERSON_BEFORE.search(before)
    if visited is None:
        return False
    if _ROLE_RE.search(visited.group("title")):
        return True
    return not visited.group("title").strip() and bool(_TITLE_APPOSITION.match(text, end))


def _visits_told_around(trips, index, institutions):
    """Where the article tells several visits: those whose host sentence `index` names or tells, else those
    of the sentence before ("the delegation paid a visit to X. Vice President A met the delegation")."""
    for k in (index, index - 1):
        named = institutions.in_sentence(k) if institutions is not None and k >= 0 else ()
        told = [d for d in trips if d.sentence == k or any(d.host is n for n in named)]
        if told:
            return told
    return []


def _without_stops_in_names(window):
    """ "the team comprised Dr. M.S. Ramadan (...), Prof. A": honorifics' and initials' full stops end no
    clause."""
    return _INITIAL_STOP.sub(r"\1", _without_honorific_stops(window)) if "." in window else window


def _without_honorific_stops(window):
    """ "received by Dr. A": an honorific's full stop ends no clause."""
    return _HONORIFIC_STOP.sub(lambda match: match.group(0)[:-1], window) if "." in window else window


def _person_starts(people):
    starts = {}
    for person in people:
        for index, start, _ in person.places:
            starts.setdefault(index, set()).add(start)
    return starts


def _clause_after(text, end, person_starts):
    """The end of the clause that follows a name: the next person, the next clause, or MAX_APPOSITION."""
    limit = min([s for s in person_starts if s > end] + [len(text), end + MAX_APPOSITION])
    stop = _CLAUSE_END.search(text, end, limit)
    return stop.start() if stop else limit


def apposition_after(text, spans, start, end, person_starts):
    """ "Name, Vice-Rector, Director of the Research Center of X", "Name - President of X (XU)", "Name AM,
    Vice-Chancellor, X" (degrees and honours after the name are passed over)."""
    honours = _POSTNOMINALS.match(text, end)
    end = honours.end() if honours else end
    after = text[end : end + 40]
    if not _APPOSITION_OPENS.match(after) or _RELATIVE.match(after):
        return None
    limit = _next_item_opens(text, end, _clause_after(text, end, person_starts), person_starts)
    for s, _e, item in spans:
        if end <= s < limit and _affiliating(text[end:s]):
            return item
    return None


def _next_item_opens(text, end, limit, person_starts):
    """ "A, Dean of Law, and Director of X Dr. B", "C, and his counterpart from Y, Prof. D": where the clause
    after a name runs on to the next person, a body after ", and" or ";" is in that person's title, so the
    name's own words end there; with no name after it, the body may close both items ("E, dean, and F,
    lecturer at Z")."""
    following = [s for s in person_starts if s > end]
    if not following or not re.fullmatch(r"[\s.,]*", text[limit : min(following)]):
        return limit  # (an honorific's full stop, "Dr. B", ends the clause just before the name)
    next_item = NEXT_LIST_ITEM.search(text, end, limit)
    if next_item:
        return next_item.start()
    return _title_of_the_next_name(text, end, min(following)) or limit


def _title_of_the_next_name(text, end, following):
    """ "A, Rector of X B, Dean of Y C": where the next name is not set off by a comma, the words since the
    last comma are its own title printed before it, and a body in them is that person's, not A's."""
    cut = max(text.rfind(",", end, following), text.rfind(";", end, following))
    if cut < 0:
        return None
    own_item = text[cut + 1 : following]
    if _HONORIFICS_ONLY_ITEM.fullmatch(own_item) or " and " in own_item or not _ROLE_RE.search(own_item):
        return None  # "A, Rector of X, Prof. B": B's own item is the honours alone; "X and Dean B"
    if any(_A_CLAUSE_WORD.fullmatch(word) for word in own_item.split()):
        return None  # "A, Director of X were present, where Mr. B": a clause, not B's title
    return cut


def _affiliating(between):
    """The words between a name and an institution make the one a member of the other: a title, "of", "at",
    "from"; not a verb of meeting someone else, nor a title whose institution is said already ("of the
    university")."""
    return (
        not _INTERACTION.search(between)
        and not _FORMERLY.search(between)
        and not _WENT_TO_THE_PLACE.search(between)
        and not _OF_THE_REFERENCE.search(between)  # "A, rector of the university, and the Embassy of X"
        and bool(
            re.search(r"\b(?:of|at|from)\s+(?:the\s+)?$", between)
            or _ROLE_RE.search(between)
            or re.fullmatch(r"[\s,(–—-]*", between)
        )
    )


def apposition_before(text, spans, start, end, person_starts):
    """ "the president of X, Dr Name", "Rector of X: Name", "the dean of X, Bulgaria, Prof. Name"."""
    for s, e, item in reversed(spans):
        if e > start:
            continue
        if (
            _BETWEEN_BEFORE.match(text[_past_its_unit(text, _past_its_place(text, e, start), start) : start])
            and _ROLE_OF.search(text[max(0, s - 40) : s])
            and _ROLE_RE.search(text[max(0, s - 60) : s])
        ):
            return item
        return None
    return None


def _past_its_unit(text, end, limit):
    """ "the Director of the X Postgraduate Programme, Prof. A": where a unit's name printed right after the
    institution's ends (else `end`)."""
    unit = _UNIT_AFTER_NAME.match(text, end, limit)
    return unit.end() if unit else end


def _past_its_place(text, end, limit):
    """Where the words after an institution's name end once the country or city printed after it is passed:
    "X, Bulgaria, Prof. A", "X, Bangkok: A" (else `end`)."""
    place = _PLACE_AFTER_NAME.match(text, end, limit)
    if place and (is_country_name(place.group(1)) or is_known_place(place.group(1))):
        return place.end()
    return end


def clause_opener(text, spans, start, end, person_starts):
    """ "At X, she was welcomed by Name", "On behalf of X, Name signed ...". The opener reaches the names of
    its own clause only: not past a semicolon, nor past another institution named on the way ("On behalf of
    X, A signed; B signed on behalf of Y", "For X, A signed, and for Y, B")."""
    for s, e, item in spans:
        if s > start:
            return None
        if _CLAUSE_OPENER.match(text[:s]) and re.match(r"\s*(?:\([^()]{1,12}\)\s*)?,", text[e:]):
            others = any(e <= s2 < start and other is not item for s2, _e2, other in spans)
            return None if others or ";" in text[e:start] else item
    return None


def members_listed_after(text, spans, start, end, person_starts):
    """ "representatives of X, including Prof. A and Dr. B", "guests from X: A and B": a list of people
    introduced right after the institution's name."""
    for _s, e, item in reversed(spans):
        if e > start:
            continue
        return item if _LIST_OPENER.fullmatch(text, e, start) else None
    return None


def delegation_leader(text, spans, start, end, person_starts):
    """ "a delegation of four from X (XU), led by Name", "the X team was led by Name"."""
    led = None
    for match in _LED_BY.finditer(text, 0, start):
        led = match
    if (
        led is None
        or text[led.end() : start].strip(" ,:")
        and not re.fullmatch(r"\s*(?:(?:its|their|the)\s+)?[\w\s.-]{0,60}", text[led.end() : start])
    ):
        return None
    for s, e, item in reversed(spans):
        if e > led.start():
            continue
        if _DELEGATION_OF.search(text[:s]) or _GROUP_NOUN_AFTER.match(text, e, led.start()):
            return item
    return None


def met_where_visited(text, spans, start, end, person_starts):
    """ "A visited X and met with B", "they visited X and held talks with leaders including President C": the
    person met right after a place was visited acts for that place (nobody else named between)."""
    for s, e, item in reversed(spans):
        if e > start:
            continue
        if (
            _VISITED_PLACE_BEFORE.search(text, max(0, s - 20), s)
            and _MET_THERE_BETWEEN.fullmatch(text, e, start)
            and not any(e <= p < start for p in person_starts)
        ):
            return item
        return None
    return None


def where_clause(text, spans, start, end, person_starts):
    """ "the delegation arrived at X, where President A received the guests"."""
    for _s, e, item in reversed(spans):
        if e > start:
            continue
        return item if _WHERE_CLAUSE.fullmatch(text, e, start) else None
    return None


def on_behalf_after(text, spans, start, end, person_starts):
    """ "the Vice-Chancellor, Prof. A, signed the MoU on behalf of X": the institution the person's own clause
    says they act for."""
    for s, _e, item in spans:
        if s < end:
            continue
        between = text[end:s]
        if any(end < p < s for p in person_starts) or _ANOTHER_CLAUSE.search(between):
            return None
        if _ON_BEHALF_OF.fullmatch(between):
            return item
    return None


def copula_title(text, spans, start, end, person_starts):
    """ "A is the rector of X", "B, who serves as dean at X": a verb of being after the name, a title and the
    institution right after its "of" or "at"."""
    for s, _e, item in spans:
        if s < end:
            continue
        found = _COPULA_TITLE.fullmatch(text, end, s)
        if found and _ROLE_RE.search(found.group(1)) and not _INTERACTION.search(found.group(1)):
            return item
        return None
    return None


def group_made_of(text, spans, start, end, person_starts):
    """ "the X team that visited Y was made up of Prof. A", "the delegation of X included A", "Present from X
    were A", "Representing X were A": a group of X said to be made of the person, who is the first named
    after the verb."""
    for s, e, item in reversed(spans):
        if e > start:
            continue
        if _GROUP_MADE_OF.fullmatch(text, e, start) or (
            _FROM_OR_REPRESENTING.search(text[max(0, s - 24) : s]) and _FROM_X_WERE.fullmatch(text, e, start)
        ):
            return item
    return None


def listed_in_the_group(text, spans, start, end, person_starts):
    """ "The X delegation includes Rector A; Director of Global, Dr B; and C", "the delegation of X consists
    of A; B", "Present at the signing from X were A; B and C": every member of the list a group of X is said
    to be made of, not only the first. The list runs over commas and semicolons, and ends at the sentence's
    end, a verb or another institution's name."""
    for s, e, item in reversed(spans):
        if e > start:
            continue
        opened = _GROUP_LIST_OPENS.match(text, e, start)
        if opened is None and _GROUP_OF_BEFORE.search(text[max(0, s - 40) : s]):
            opened = _GROUP_OF_OPENS.match(text, e, start)
        if opened is None and _FROM_OR_REPRESENTING.search(text[max(0, s - 24) : s]):
            opened = _FROM_X_LIST_OPENS.match(text, e, start)  # "Present from X were A; B and C"
        if opened is None or _LIST_BROKEN.search(_without_stops_in_names(text[opened.end() : start])):
            return None
        return item
    return None


def members_of_a_group_listed(text, spans, start, end, person_starts):
    """ "Staff members from X attended as witnesses, including A, Dean; B, Registrar", "Officials of X were
    present, among them A and B": a group of X's people, then a list the person is in."""
    for s, e, item in reversed(spans):
        if e > start:
            continue
        if not _GROUP_OF_PEOPLE_BEFORE.search(text, max(0, s - 40), s):
            return None
        opened = max(_LIST_INTRODUCED.finditer(text, e, start), key=lambda found: found.start(), default=None)
        if opened is None or ". " in _without_stops_in_names(text[e : opened.start()]):
            return None
        listed = _without_stops_in_names(text[opened.end() : start])
        return None if _LIST_BROKEN.search(listed) else item
    return None


def all_of_after(text, spans, start, end, person_starts):
    """ "A, Dean, and B, Registrar, both of X, attended": a list closed by "both of", "all of" or "all from" a
    body gives it to every name of the list."""
    for s, _e, item in spans:
        if s < end:
            continue
        closing = _ALL_OF_BEFORE.search(text, end, s)
        if closing is None or closing.end() != s:
            return None
        listed = _without_stops_in_names(text[end : closing.start()])
        return None if _LIST_BROKEN.search(listed) or ";" in listed else item
    return None


def possessive_unit_before(text, spans, start, end, person_starts):
    """ "Okayama University's Faculty of Agriculture Dean, Professor Name", "Director of KFU's Institute of
    International Relations Name": the institution whose unit the person's title names by a possessive."""
    for s, e, item in reversed(spans):
        if e > start:
            continue
        if any(e < p < start for p in person_starts) or not _POSSESSIVE_UNIT_BETWEEN.fullmatch(
            text, e, start
        ):
            return None
        role = _ROLE_RE.search(text, e, start) or _ROLE_RE.search(text, max(0, s - 40), s)
        return item if role else None
    return None


PASSES = (
    apposition_after,
    apposition_before,
    clause_opener,
    members_listed_after,
    delegation_leader,
    met_where_visited,
    where_clause,
    on_behalf_after,
    copula_title,
    group_made_of,
    listed_in_the_group,
    possessive_unit_before,
    members_of_a_group_listed,
    all_of_after,
)


def counterparts_met(people, sentences, institutions):
    """ "Vice-Rector A also visited X and met with Executive Vice-President B", "A later visited X, where he
    signed an agreement with Rector C", "A met with Rector D to sign an agreement with X": the person named by
    a title whom someone of a known institution met or signed with acts for the one other institution the
    sentence names (none, or several: not said)."""
    spans = sorted(((i, s, e, p) for p in people for i, s, e in p.places), key=lambda span: span[:3])
    for person in people:
        for index, start, _end in person.places if person.institution is None else ():
            text = sentences[index].text
            met = _COUNTERPART_BEFORE.search(text, max(0, start - 140), start)
            if met is None or not _ROLE_RE.search(met.group("title")):
                continue
            subject = [p for i, s, e, p in spans if i == index and e <= met.start() and p is not person]
            if not subject or subject[-1].institution is None:
                continue
            others = {id(item): item for _s, _e, item in institutions.positions(index)}
            others.pop(id(subject[-1].institution), None)
            if len(others) == 1:
                person.institution = next(iter(others.values()))
                break


def bodies_their_titles_name(people, institutions):
    """ "A, Rector of NTX", "B, Director General of Velmora Neso": a person whom nothing else ties to a body
    acts for the body the title ends on, its words capitalised and none of them a unit's, an office's, a
    field's or a place's. Where the article lists a body that name may stand for (the name itself, a word of
    it, or its initials and syllables: "Polnep" for "Politeknik Negeri Pontianak") it is that one, if only
    one; else the body is listed now, under the gazetteer's name where the gazetteer knows it."""
    for person in people:
        if person.institution is not None or not person.title:
            continue
        found = TITLE_ENDS_ON_A_BODY.search(person.title)
        if found is None or not _names_a_body_of_its_own(found.group("body")):
            continue
        body = found.group("body")
        listed = [
            item for item in institutions.items if any(_may_stand_for(body, n) for n in item.all_names())
        ]
        if len(listed) == 1:
            person.institution = listed[0]
        elif not listed:
            person.institution = _newly_listed(body, institutions)


def the_one_body_beside(people, sentences, institutions):
    """ "the Dean of Students, Dr. A, at X", "Registrar B, X Campus", "X Deputy Rector C": a person the other
    readings leave with no body, in a sentence that names one institution only, acts for it where nothing
    but titles, units and commas stands between the two: no other person, no verb (of meeting or any other),
    no joining word, past tie, quotation, colon or semicolon (`ONE_BODY_GAP_BROKEN`), and the body is no place
    gone to ("the visit to X") nor a school studied at ("a X alumnus"). A last resort: the narrower readings
    go first, and a sentence naming two bodies says nothing here (measured: right 2 times in 10)."""
    for person in people:
        for index, start, end in person.places if person.institution is None else ():
            found = institutions.positions(index)
            if len({id(item) for _s, _e, item in found}) != 1:
                continue
            if any(
                _nothing_between(sentences[index].text, (start, end), (s, e), index, people)
                for s, e, _ in found
            ):
                person.institution = found[0][2]
                break


def _nothing_between(text, person_span, body_span, index, people):
    """Do only titles, units and commas stand between the person's name and the body's?"""
    low, high = (
        (person_span[1], body_span[0]) if body_span[0] >= person_span[1] else (body_span[1], person_span[0])
    )
    others = any(
        i == index and low <= s < high for p in people for i, s, _e in p.places if s != person_span[0]
    )
    owned = low == person_span[1] and PERSONS_OWN_AFTER.match(text, low)  # "A's speech at X"
    gap = text[low:high]
    gone_to = BODY_GONE_TO_BEFORE.search(text, max(0, body_span[0] - 20), body_span[0])  # "a visit to X"
    studied = PAST_TIE_AFTER.match(text, body_span[1])  # "a X alumnus"
    return not (
        others or owned or gone_to or studied or _INTERACTION.search(gap) or ONE_BODY_GAP_BROKEN.search(gap)
    )


def _names_a_body_of_its_own(body):
    words = [w for w in body.split() if w[0].isupper()]
    return bool(words) and not (
        any(
            w in UNIT_OR_OFFICE_WORDS
            or w in FIELD_WORDS
            or w.lower() in _TITLE_WORDS
            or w.lower() in GENERIC_WORDS
            for w in words
        )
        or len(words) == 1
        and len(body) < 4
        and not re.search(r"[A-Z]{2}|\d", body)  # "Dep", a word cut off
        or is_known_place(body)
        or is_country_name(body)
        or country_code(body)
    )


def _may_stand_for(body, name):
    """Can `body` be `name`, a part of it, or its initials and first syllables ("Polnep", "ITB")?"""
    short, full = body.lower(), name.lower()
    if (
        short == full
        or re.search(r"\b" + re.escape(short) + r"\b", full)
        or re.search(r"\b" + re.escape(full) + r"\b", short)
    ):
        return True
    words = [w for w in re.findall(r"[a-z0-9]+", full) if w not in ("of", "the", "and", "for", "de", "di")]
    return len(words) >= 2 and _spelt_from(re.sub(r"[^a-z0-9]", "", short), words)


def _spelt_from(letters, words):
    """Is `letters` the beginnings of some of `words`, in order, each word used at most once?"""
    if not letters:
        return True
    for k, word in enumerate(words):
        for size in range(min(len(word), len(letters)), 0, -1):
            if letters[:size] == word[:size] and _spelt_from(letters[size:], words[k + 1 :]):
                return True
    return False


def _newly_listed(body, institutions):
    shape = "acronyms" if body.isupper() or re.fullmatch(r"[A-Z][A-Za-z]{0,3}\d", body) else "names"
    item = InstitutionMention(footer_only=False, kind="other", **{shape: [body]})
    item.settle_by_the_gazetteer(body, institutions.gazetteer)
    institutions.items.append(item)
    if item.country is None:
        institutions.settle_the_country_of_a_late_body(item)
    return item


def the_side_told_just_before(people, sentences, institutions):
    """ "X President A and Vice President B led the X panel. College of Law Dean C and Office of Research
    Director D also joined the signing.": a titled person whom nothing ties to a body, in a sentence that
    names no institution, acts for the one body the people of the nearest earlier sentence naming people act
    for, of those tied to any (a list of officers goes on past a full stop). Not where either sentence tells
    a meeting, a visit or a welcome, nor where someone of that sentence is named again beside the person
    ("The LoI was signed by Dean C and Prof. A"): the people then are likely the other side."""
    named_in = {}
    for person in people:
        for index, _start, _end in person.places:
            named_in.setdefault(index, []).append(person)
    for person in people:
        if person.institution is not None or not _ROLE_RE.search(person.title or ""):
            continue
        index = person.places[0][0]
        earlier = max((k for k in named_in if k < index), default=None)
        if earlier is None or institutions.positions(index):
            continue
        before = named_in[earlier]
        if (
            _INTERACTION.search(sentences[index].text)
            or _INTERACTION.search(sentences[earlier].text)
            or any(other in named_in[index] for other in before)
        ):
            continue
        bodies = {
            id(other.institution): other.institution for other in before if other.institution is not None
        }
        if len(bodies) == 1:
            person.institution = next(iter(bodies.values()))
