"""Meetings in a sentence: talks, seminars, symposia, committee meetings, signings; online or in person."""

import datetime
import re

from .lexicon import (
    ANOTHER_MEETING_AFTER,
    BACKGROUND,
    CONCLUDED_ONLY,
    DEFINITE,
    DIPLOMATIC_MISSION,
    EARLIER_SIGNING_DAYS,
    FUTURE,
    GROUP_OF_TWO,
    HELD,
    LOCATION,
    MEETING_KINDS,
    MEETING_NOUN,
    MEETING_PLANNED,
    NOT_THE_SIGNERS_BETWEEN,
    ON_BEFORE,
    ONLINE,
    ONLINE_OCCASION_RETOLD,
    OUTLET_BYLINE,
    PAST_REFERENCE,
    RETOLD_EARLIER_SIGNING,
    SIGNATORIES,
    SIGNED_BY,
    SIGNED_VERB,
    SIGNER_TO_VERB,
    SIGNING_OCCASION,
    SIGNING_WORD,
    SUBSEQUENT,
    THE_CEREMONY,
    THE_DELEGATION,
    TOLD_SIGNING,
)
from .records import MeetingRecord


def read_meetings(ctx, index):
    """The meeting told in sentence `index`: its kind, mode, day, parties and place; merged into the one
    already told when it is the same occasion."""
    text = ctx.sentences[index].text
    told = RETOLD_EARLIER_SIGNING.sub(" ", text)  # "the agreement signed online last week": not this meeting
    told = OUTLET_BYLINE.sub(" ", told)  # "UUM ONLINE: ...": the outlet, not the mode
    # "Virtual University of X signed ...": the names blanked, what is left tells the mode
    mode = _mode(ctx, index, RETOLD_EARLIER_SIGNING.sub(" ", _names_blanked(ctx, index)))
    # "After/Before the signing ceremony, ...": that ceremony is another event; read this one
    subsequent = SUBSEQUENT.match(told)
    if mode == "online" and not subsequent and _the_signing_told_again_online(ctx, index, told):
        return
    rest = told[subsequent.end() :] if subsequent else told
    kinds = _kinds(rest, told, mode)
    if not kinds:
        _signing_without_meeting(ctx, index)
        return
    if _not_a_meeting_held(ctx, index, text, kinds[0]):
        return
    date = ctx.date_at(index)
    day = date.start if date else None
    # a signing with a document told takes that document's parties before any a neighbouring sentence names
    parties = _meeting_parties(ctx, index, nearby=not (kinds[0] == "signing" and ctx.agreements))
    if kinds[0] == "signing" and ctx.agreements and (not parties or THE_CEREMONY.search(rest)):
        # "X attended the ceremony", "The signing ceremony took place at the campus": the signing just told
        signed = ctx.agreements[-1].parties
        # "The ceremony took place at the Embassy of X": the embassy is the place, not a signatory
        parties = [item for item in parties if item.kind != "government" or item in signed]
        parties = parties + [item for item in signed if item not in parties]
    if not parties:
        return
    location = _location(text)
    if ANOTHER_MEETING_AFTER.match(text):
        ctx.meetings.append(MeetingRecord("other", mode, day, parties, location, text, index, separate=True))
        return  # "After the signing ceremony, research groups ... had a meeting": another meeting
    kind = kinds[0]
    if kind == "talk" and _signed_at_this_meeting(ctx, index, rest):
        kind = "signing"
    named = ctx.institutions.in_sentence(index)
    existing = (
        None
        if subsequent
        else _find_meeting(ctx, kind, day, mode, parties, DEFINITE.search(rest), named, location)
    )
    if existing is None:
        ctx.meetings.append(
            MeetingRecord(kind, mode, day, parties, location, text, index, separate=bool(subsequent))
        )
        return
    for item in parties:
        if item not in existing.parties:
            existing.parties.append(item)
    existing.location = existing.location or location
    existing.date = existing.date or day
    if mode == "online" and existing.mode != mode and not ONLINE.search(existing.evidence):
        existing.mode = mode  # "... signed an agreement. The signing ceremony was held online"
    if existing.kind == "talk" and kind != "talk":
        existing.kind = kind


def _the_signing_told_again_online(ctx, index, text):
    """ "A has signed an MoU with B. ... The virtual MoU signing aimed to ...", "The MoU was conducted
    virtually": the signing just told, told again as held online. Its meeting is online; where no sentence
    showed the signing as an occasion yet, this one does (extraction-format.md, "A signing meeting": online
    or in person). A sentence naming a university the signing did not have tells another occasion. Whether
    read."""
    if not ONLINE_OCCASION_RETOLD.search(text) or FUTURE.search(text) or PAST_REFERENCE.search(text):
        return False
    signed = [a for a in ctx.agreements if a.action in ("signed", "renewed") and a.sentence < index]
    if not signed:
        return False
    parties = signed[-1].parties
    named = ctx.institutions.in_sentence(index)
    if any(item not in parties and item.kind != "government" for item in named):
        return False  # a ministry present at the ceremony is a guest of it, another university another one
    date = ctx.date_at(index)
    day = date.start if date else signed[-1].date
    signing = next((m for m in reversed(ctx.meetings) if m.kind == "signing"), None)
    if signing is not None and set(map(id, signing.parties)) & set(map(id, parties)):
        signing.mode, signing.date = "online", signing.date or day
        signing.location = signing.location or _location(text)
        return True
    if ctx.meetings:
        return False  # other meetings told: which of them was online, the sentence does not say
    ctx.meetings.append(MeetingRecord("signing", "online", day, list(parties), _location(text), text, index))
    return True


def _names_blanked(ctx, index):
    """The sentence with the institutions it names blanked out: "Virtual University of X", "the Online
    Learning Institute" name no online meeting."""
    text = ctx.sentences[index].text
    spans = [(start, end) for start, end, _item in ctx.institutions.positions(index)]
    outlet = OUTLET_BYLINE.match(text)  # "UUM ONLINE: ...": the outlet, not the mode
    if outlet:
        spans.append(outlet.span())
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _signed_at_this_meeting(ctx, index, text):
    """ "The purpose of this meeting was the signing of the memorandum", "With a working meeting ..., the
    agreement was signed": a meeting told in the sentence that tells a document signed is the signing's
    occasion (extraction-format.md: "a signing during ... a meeting")."""
    return bool(MEETING_NOUN.search(text)) and any(
        a.sentence == index and a.action != "discussed" and not a.existing for a in ctx.agreements
    )


def _mode(ctx, index, text):
    """online or in_person; a signing told online makes its day's later reports of it online too."""
    date = ctx.date_at(index)
    mode = "online" if ONLINE.search(text) else "in_person"
    if mode == "online" and date is not None and date.start and SIGNED_VERB.search(text):
        ctx.online_days.add(date.start)  # "On 2 December, in the format of a video conference, ... signed"
    elif (
        date is not None
        and date.start in ctx.online_days
        and (SIGNED_VERB.search(text) or re.search(r"\b(?:the|this) ceremony\b", text, re.I))
    ):
        mode = "online"  # "The memorandum was signed by ...": the online signing just told
    return mode


def _kinds(rest, text, mode):
    """The kinds of meeting the sentence tells, the most specific first ([] for none)."""
    kinds = [kind for kind, pattern in MEETING_KINDS if pattern.search(rest)]
    if "talk" in kinds and len(kinds) > 1:
        kinds.remove("talk")
    if kinds == ["talk"] and mode == "online" and SIGNED_VERB.search(text):
        kinds = ["signing"]
    if not kinds and mode == "online" and SIGNED_VERB.search(text):
        kinds = ["signing"]
    elif not kinds and mode == "online" and re.search(r"\b(?:held|attended)\b", text):
        kinds = ["talk"]
    return kinds


def _not_a_meeting_held(ctx, index, text, kind):
    """A plan, an earlier meeting, or history ("jointly participated in the ... Forum" since 2015)."""
    planned = FUTURE.search(text) or MEETING_PLANNED.search(text)
    if planned and not HELD.search(text):
        return True
    if PAST_REFERENCE.search(text):
        return True
    date = ctx.date_at(index)
    return bool(kind == "symposium" and BACKGROUND.search(text) and not (date and date.text in text))


def _signing_without_meeting(ctx, index):
    """A signing told with a place or a day ("signed ... here", "on Monday") is a signing meeting."""
    text = ctx.sentences[index].text
    made = [
        a
        for a in ctx.agreements
        if (a.sentence == index and not a.existing or index in a.retold) and a.action in ("signed", "renewed")
    ]
    if not made and SIGNATORIES.search(text):
        # "X and Y were the signatories": of the document told just before
        made = [
            a for a in ctx.agreements[-1:] if a.action in ("signed", "renewed") and index - 2 <= a.sentence
        ]
    if not made:
        return
    if FUTURE.search(text) and not SIGNED_VERB.search(text):
        return  # "signing the agreement will open ...": a signing still to come, no occasion held
    after_meeting = re.match(r"\s*(?:After|Following) the (?:meeting|talks)\b", text)
    if not after_meeting and not _signing_as_an_occasion(ctx, index, text):
        return
    date = ctx.date_at(index)
    day = date.start if date else None
    parties = []
    for agreement in made:
        for item in agreement.parties:
            if item not in parties:
                parties.append(item)
    if after_meeting:
        # "After the meeting in the reception room, X and Y signed ...": a signing of its own after talks
        # held at a place; "Following the talks, the two universities signed": the talks' occasion
        if not any(
            m.kind == "signing" and m.date == day and set(map(id, parties)) <= set(map(id, m.parties))
            for m in ctx.meetings
        ):
            apart = any(m.location for m in ctx.meetings if m.kind == "talk" and m.date == day)
            mode = _mode_of_the_talks_just_told(ctx, day)
            ctx.meetings.append(
                MeetingRecord("signing", mode, day, parties, None, text, index, separate=apart)
            )
    elif _find_meeting(ctx, "signing", day, "in_person", parties, None) is None:
        ctx.meetings.append(MeetingRecord("signing", "in_person", day, parties, None, text, index))


def _mode_of_the_talks_just_told(ctx, day):
    """ "X held a video conference with Y. After the meeting, both sides signed ...": a signing after talks
    held online is online too (nobody travelled to sign); in person otherwise."""
    talks = [m for m in ctx.meetings if m.kind != "signing" and (m.date == day or day is None)]
    return talks[-1].mode if talks else "in_person"


def _signing_as_an_occasion(ctx, index, text):
    """Does the sentence show the signing as an occasion: a place, a ceremony, a visit, a day ("on
    Monday", "on March 3"), or the people who signed ("signed by Rector X and President Y", "X and Y were
    the signatories")?"""
    if any(not _the_seat_of_a_named_party(ctx, index, found) for found in SIGNING_OCCASION.finditer(text)):
        return True
    date = ctx.date_at(index)
    # "signed ... on October 25" in a page that prints no year: the day is told, though it cannot be dated
    if date and _on_day(text, date.text) and not _only_concluded(text):
        return True
    signed_by = SIGNED_BY.search(text)
    if signed_by and ctx.people_in(index, signed_by.end()):
        return True
    signatories = SIGNATORIES.search(text)
    if signatories and ctx.people_in(index, 0, signatories.start()):
        return True
    return _people_sign(ctx, index, text)


def _the_seat_of_a_named_party(ctx, index, found):
    """ "X and Y College in Lowland Province signed a memorandum": "in Lowland Province" right after a name,
    before the signing verb, says where that signatory is, not where the document was signed (meet26).
    After the verb ("signed an agreement with Y in Brussels") it is read as the signing's place."""
    verb = SIGNED_VERB.search(ctx.sentences[index].text)
    if not found.group(0).startswith("in ") or verb is None or found.start() > verb.start():
        return False
    return any(0 <= found.start() - end <= 2 for _start, end, _item in ctx.institutions.positions(index))


def _only_concluded(text):
    """ "On 15 April, X concluded an agreement with Y": the document told concluded, not signed (meet26)."""
    return bool(CONCLUDED_ONLY.search(text)) and not SIGNING_WORD.search(text)


def _people_sign(ctx, index, text):
    """ "Rector X and President Y signed the MoU", "X, on behalf of A, and Y, on behalf of B, signed ...": the
    people named as the subject of the signing verb (extraction-format.md: "named people signing"); not
    one who only said or did something else before it ("X welcomed the guests, and the universities
    signed")."""
    verb = SIGNED_VERB.search(text)
    if verb is None:
        return False
    clause = text.rfind(";", 0, verb.start()) + 1
    ends = [
        found.end()
        for person in ctx.people_in(index, clause, verb.start())
        for found in [ctx.person_pattern(person).search(text, clause, verb.start())]
        if found is not None
    ]
    if not ends:
        return False
    between = text[max(ends) : verb.start()]
    return len(between) <= SIGNER_TO_VERB and not NOT_THE_SIGNERS_BETWEEN.search(between)


def _on_day(text, day_text):
    """ "on March 3", "On Monday, 12 June": the sentence says on which day."""
    position = text.find(day_text)
    return position >= 0 and bool(ON_BEFORE.search(text[max(0, position - 24) : position]))


def _find_meeting(ctx, kind, day, mode, parties, definite, named=(), location=None):
    if definite:
        # "at the meeting": the one already told, whatever its mode and day; "the ceremony": the signing
        noun = definite.group(0).lower()
        wanted = next(
            (
                k
                for word, k in (
                    ("ceremony", "signing"),
                    ("seminar", "seminar"),
                    ("forum", "symposium"),
                    ("round table", "symposium"),
                    ("symposium", "symposium"),
                    ("talk", "talk"),
                )
                if word in noun
            ),
            None,
        )
        same_kind = [m for m in ctx.meetings if m.kind == wanted]
        if same_kind:
            return same_kind[-1]
        if ctx.meetings:
            return ctx.meetings[-1]
    for meeting in reversed(ctx.meetings):
        if _the_forum_of_the_day(meeting, kind, day, mode):
            return meeting
        if meeting.mode != mode or any(item not in meeting.parties for item in named):
            continue  # another mode, or someone the earlier meeting did not have: another meeting
        if (
            meeting.kind == kind
            and meeting.date == day
            and (day is not None or all(item in meeting.parties for item in parties))
        ):
            return meeting  # the same day, or (no day known) the same parties
        if day is not None and meeting.date == day and "talk" in (kind, meeting.kind):
            return meeting
        if _talks_of_an_undated_signing(meeting, kind, day, parties) and location == meeting.location:
            return meeting
    return None


def _the_forum_of_the_day(meeting, kind, day, mode):
    """ "The Forum of Rectors was held on 28 October ... Within the framework of the Forum, A and B signed
    ...": a forum, symposium or round table is one occasion of many parties, so a forum told again on its
    day is that forum, though it names parties the first telling did not (extraction-format.md, "One
    occasion, one meeting")."""
    return (
        kind == meeting.kind == "symposium"
        and day is not None
        and meeting.date == day
        and meeting.mode == mode
    )


def _talks_of_an_undated_signing(meeting, kind, day, parties):
    """ "With a working meeting ..., the agreement was signed. ... The deans held a working meeting with the
    authorities": talks among the parties of a signing at a meeting, no day (nor place) telling them apart,
    are that occasion told again (extraction-format.md, "One occasion, one meeting")."""
    return (
        kind == "talk"
        and meeting.kind == "signing"
        and day is None
        and meeting.date is None
        and all(item in meeting.parties for item in parties)
    )


def _meeting_parties(ctx, index, nearby=True):
    text = ctx.sentences[index].text
    parties = list(ctx.institutions.in_sentence(index))
    for item in ctx.people_institutions(index):
        if item not in parties:
            parties.append(item)
    # "talks at the Embassy of X": a mission is the place unless it is all the sentence names; a ministry that
    # meets is a party
    parties = [item for item in parties if not _a_mission(item) or len(parties) == 1]
    # "the two universities", "both": the pair the story is at, unless the sentence names two already ("X met
    # the rector of Y and talked about cooperation between the two universities")
    if len(parties) < 2 and (GROUP_OF_TWO.search(text) or re.search(r"\b(?:between|both)\b", text)):
        for item in ctx.pair():
            if item not in parties:
                parties.append(item)
    focus = ctx.focus.get(ctx.sentences[index].paragraph)
    if focus is not None and not parties:
        parties.append(focus)  # "At KSU, the president held talks with the rector"
    if ctx.delegations and (THE_DELEGATION.search(text) or len(parties) < 2):
        last = ctx.delegations[-1]
        # a trip to several hosts told in one sentence: the delegation meets all of them (unless the
        # sentence names whom it met)
        trip = [d for d in ctx.delegations if d.visitor is last.visitor and d.evidence == last.evidence]
        others = [item for item in parties if item is not last.visitor]
        for item in [last.visitor] + ([] if others else [d.host for d in trip]):
            if item is not None and item not in parties:
                parties.append(item)
    if ctx.agreements and TOLD_SIGNING.search(text):  # "The renewal was signed ... in a video conference"
        for item in ctx.agreements[-1].parties:
            if item not in parties:
                parties.append(item)
    if not parties and nearby:  # "On Oct. 26, the symposium ... was held. ... Present at the event were ..."
        parties = _named_nearby(ctx, index, range(index + 1, min(index + 3, len(ctx.sentences))))
    if not parties and nearby and DEFINITE.search(text):
        # "They are A, B and C. The signing ceremony was held online": the occasion just told, whose
        # parties the sentences before it in the paragraph name
        parties = _named_nearby(ctx, index, range(index - 1, max(index - 3, -1), -1))
    return parties


def _named_nearby(ctx, index, others):
    """The institutions (no government office) the sentences `others` of the paragraph of `index` name."""
    found = []
    for other in others:
        if ctx.sentences[other].paragraph != ctx.sentences[index].paragraph:
            break
        for item in ctx.institutions.in_sentence(other):
            if item not in found and item.kind != "government":
                found.append(item)
    return found


def _a_mission(item):
    return item.kind == "government" and bool(DIPLOMATIC_MISSION.search(item.name))


def _location(text):
    m = LOCATION.search(text)
    if not m:
        return None
    value = m.group(1).strip()
    return value[0].upper() + value[1:]


# -- after reading ---------------------------------------------------------------------------------


def one_signing_told_online_and_in_person(ctx):
    """ "On 27 September, A and B signed the agreement ... They held a virtual signing ceremony, where the
    presidents were present": a signing that one sentence tells online and another tells with no mode (read
    in person, the default) is one occasion when the two fall on the same day and one's parties are among
    the other's ("an online ceremony was held at A. ... A and B signed"): extraction-format.md, "One
    occasion, one meeting". It was held online, the mode told."""
    kept = []
    for meeting in ctx.meetings:
        twin = next((m for m in kept if _one_signing_in_two_modes(m, meeting)), None)
        if twin is None:
            kept.append(meeting)
            continue
        twin.parties.extend(item for item in meeting.parties if item not in twin.parties)
        if twin.mode != "online":
            twin.mode, twin.evidence = "online", meeting.evidence
        twin.location = twin.location or meeting.location
    ctx.meetings = kept


def _one_signing_in_two_modes(one, other):
    if one.kind != "signing" or other.kind != "signing" or {one.mode, other.mode} != {"online", "in_person"}:
        return False
    if one.separate or other.separate or one.date != other.date:
        return False
    ours, theirs = set(map(id, one.parties)), set(map(id, other.parties))
    return bool(ours and theirs) and (ours <= theirs or theirs <= ours)


def an_earlier_signing_is_no_occasion_of_the_story(ctx):
    """ "KU has an existing memorandum with MSU signed on April 30, 2015" in a story of March 2017: a signing
    that ended over a year before the latest day the article tells (its publication, a visit, another meeting)
    is an earlier agreement recalled (extraction-format.md, "An earlier agreement": a record of its own), not
    an occasion the story shows; its agreement is kept."""
    told = [ctx.published] + [d.end or d.start for d in ctx.delegations] + [m.date for m in ctx.meetings]
    latest = max((_first_day(day) for day in told if day), default=None)
    if latest is None:
        return
    earliest_kept = latest - datetime.timedelta(days=EARLIER_SIGNING_DAYS)
    ctx.meetings = [
        m for m in ctx.meetings if m.kind != "signing" or not m.date or _last_day(m.date) >= earliest_kept
    ]


def _first_day(iso):
    """The first day of a date as the format writes it ("2015", "2015-04", "2015-04-30")."""
    parts = [int(p) for p in iso.split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(iso):
    """The last day of a date as the format writes it: a year's 31 December, a month's last day."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 1:
        return datetime.date(parts[0], 12, 31)
    following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
    return following - datetime.timedelta(days=1)
