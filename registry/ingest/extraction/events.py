"""The events of one article: each body sentence read in order for delegations, agreements and meetings (the
headline as a fallback), then the finishing passes over the records.

The readers are plain functions of an ArticleContext (context.py): read_delegation, read_agreements and
read_meetings look for their trigger words, then fill the record from the sentence: the institutions named in
it, the parties a phrase stands for ("the two universities", "the delegation"), and the date in force at that
point of the article.
"""

import re

from .agreements import (
    a_document_has_two_sides,
    a_lone_signer_is_told_with_its_partners,
    a_plain_agreement_is_for_cooperation,
    earlier_signing_of_a_renewal,
    read_agreements,
)
from .context import ArticleContext
from .delegations import (
    a_delegation_told_again_gives_its_leader_and_size,
    a_meeting_at_one_sides_place_is_the_others_visit,
    a_trip_to_a_place_calls_on_its_one_institution,
    no_diplomats_call_without_a_mission,
    no_host_of_the_tour_travels_on_it,
    no_trip_back_inferred_from_a_visits_meeting,
    no_trip_to_no_host,
    no_trip_to_or_by_an_events_name,
    one_more_stop_of_a_trip,
    one_tour_one_leader,
    read_delegation,
    the_leaders_companions_give_the_size,
    the_stops_of_a_tour_told_later,
    the_talks_of_a_trip_abroad_are_its_stops,
)
from .institutions import bodies_known_by_acronym_only_are_schools_only_by_their_u, kinds_the_names_state
from .lexicon import (
    AGREEMENT_CUES,
    AT_THE_MEETING,
    DATELINE_LENGTH,
    DEFINITE,
    DELEGATION_CUES,
    DISPATCH_DASH,
    DURING_THE_VISIT,
    FUTURE,
    GROUP_OF_VISITORS,
    MEETING_CUES,
    PAST_REFERENCE,
    RECALLED_DATE_BEFORE,
    SIDE_VISIT,
    TOLD_SIGNING,
    TOOK_PART,
)
from .meetings import (
    an_earlier_signing_is_no_occasion_of_the_story,
    one_signing_told_online_and_in_person,
    read_meetings,
)
from .prefilter import contains_any
from .records import DelegationRecord, MeetingRecord

__all__ = ["ArticleContext", "FINISHING_PASSES", "read_events"]


def read_events(ctx, find_date):
    """Read every sentence of the article in `ctx` in order (the headline last, as a fallback), then run the
    finishing passes. The records are left in ctx.agreements, ctx.delegations and ctx.meetings."""
    body = [i for i, s in enumerate(ctx.sentences) if not s.is_title]
    titles = [i for i, s in enumerate(ctx.sentences) if s.is_title]
    date_the_sentences(ctx, find_date, body)
    for index in titles:
        read_delegation(ctx, index, from_title=True)
    for index in body:
        ctx.index = index
        _note_the_paragraph_focus(ctx, index)
        lowered = ctx.sentences[index].text.lower()
        for reader, cues in (
            (read_delegation, DELEGATION_CUES),
            (read_agreements, AGREEMENT_CUES),
            (read_meetings, MEETING_CUES),
        ):
            if not contains_any(lowered, cues):
                continue  # a cheap test first: most sentences tell no event of this sort
            try:
                reader(ctx, index)
            except Exception as error:  # one odd sentence must not cost the whole article
                ctx.warnings.append(
                    f"sentence {index} not read ({reader.__name__[5:]}): {type(error).__name__}"
                )
    for index in titles:
        if not ctx.agreements:
            read_agreements(ctx, index)
    for index in titles:
        if not ctx.meetings:  # "X has met Y to agree on ..." read as the headline: the body tells it no more
            ctx.index = index
            read_meetings(ctx, index)
    for finishing in FINISHING_PASSES:
        finishing(ctx)


def date_the_sentences(ctx, find_date, body):
    """ctx.dates: the date in force at each body sentence; the narrative stays on a day until another is
    given."""
    previous = trip = _day_the_headline_tells(ctx, find_date)
    for index in body:
        text = ctx.sentences[index].text
        found = _past_the_dateline(
            text, find_date(text, ctx.reference, previous), find_date, ctx.reference, previous
        )
        if found is not None and trip is not None and _a_weekday_outside(found, trip):
            # "from Monday 10 to Saturday 15 June ... signed on Wednesday 12 June ... on Tuesday held talks":
            # the trip's Tuesday, not the one before the publication
            found = find_date(ctx.sentences[index].text, ctx.reference, trip) or found
        if found is not None and _date_of_a_plan(ctx, index, found):
            ctx.dates[index] = found
            continue  # "X will visit Y in March. On Tuesday the delegation met ...": not the story's day
        if found is not None and found.start and found.start != found.end:
            trip = found
        if found is not None and _is_page_date(ctx, index, found):
            continue  # "HU Global Newsletter (January 2020)": the date, not an event's
        if found is not None and (
            PAST_REFERENCE.search(ctx.sentences[index].text)
            or _a_recalled_date(ctx.sentences[index].text, found)
            or _a_date_quoted(ctx.sentences[index].text, found)
        ):
            ctx.dates[index] = found
            continue  # "after the first one held on April 15th": another day, not the story's
        if found is not None:
            if found.warning and found.warning not in ctx.warnings:
                ctx.warnings.append(found.warning)
            previous = found
            ctx.dates[index] = found
        elif previous is not None and previous.start != previous.end:
            # "From September 3 to 7, ...": later sentences are on some day of the trip, not the 3rd
            continue
        elif any(d.start != d.end for d in ctx.dates.values()) and DURING_THE_VISIT.search(
            ctx.sentences[index].text
        ):  # (the dates first: a trip of several days is rare, the search costs more)
            continue  # "During the visit, ..." after a trip of several days: some day of it, not the last
        elif previous is not None and ctx.sentences[index].paragraph == ctx.sentences[index - 1].paragraph:
            ctx.dates[index] = previous
        elif previous is not None and previous.start:
            ctx.dates[index] = previous  # the narrative stays on the day until another is given


def _a_date_quoted(text, found):
    """ "... the 4IR Policy launched on July 1, 2021,” the statement said": a day a speaker mentions inside a
    quotation dates that sentence only; the narrative does not move to it (meet39)."""
    position = text.find(found.text) if found.text else -1
    if position < 0:
        return False
    before, after = text[:position], text[position:]
    if before.count("“") > before.count("”"):
        return True
    closing, opening = after.find("”"), after.find("“")
    if "“" not in before and closing >= 0 and (opening < 0 or closing < opening):
        return True  # a quotation opened in an earlier sentence, closed after the day
    return before.count('"') % 2 == 1


def _past_the_dateline(text, found, find_date, reference, previous):
    """ "19 January 2025, Busan - X signed ... on 16 January 2025", "Irbid, Feb.1 (Petra) - ... signed on
    Wednesday": the first date of a sentence that opens with a dispatch's dateline (a place and the filing
    day, set off by a dash) is the day the news was filed; the day the sentence tells after it is the
    event's. A dateline that names the only day stays the sentence's day."""
    if found is None or not found.text:
        return found
    dash = DISPATCH_DASH.search(text, 0, DATELINE_LENGTH)
    if dash is None or found.text not in text[: dash.start()]:
        return found
    opening = text[: dash.start()]
    if "," not in opening or re.search(r"(?<![\d.])\b(?!of\b|the\b|st\b|nd\b|rd\b|th\b)[a-z]+", opening):
        return found  # a dateline is names, a day and an agency's tag: no verb, no lower-case word
    later = find_date(text[dash.end() :], reference, previous)
    return later if later is not None and later.start else found


def _a_recalled_date(text, found):
    """ "while recalling a similar MoU entered with X earlier in December 2023": a date the sentence gives as
    a time before the story's (so the sentences after it are not on that day)."""
    position = text.find(found.text) if found.text else -1
    return position > 0 and bool(RECALLED_DATE_BEFORE.search(text, max(0, position - 24), position))


def _date_of_a_plan(ctx, index, found):
    """A date later than the article's own day, in a sentence that tells a plan ("will visit in March",
    "plans to open an office in September", "are expected to sign in 2024"): the day of something still to
    come, which the sentences after it, telling what happened, do not take over."""
    reference = ctx.reference or ""
    return bool(
        found.start
        and reference
        and found.start > reference[: len(found.start)]
        and FUTURE.search(ctx.sentences[index].text)
    )


def _day_the_headline_tells(ctx, find_date):
    """ "On 3 May 2023, X and Y signed an MoU" as the headline: the day the story opens on, for the title's
    own records and for the body until it gives another (a page's own date printed as a title is none)."""
    for index, sentence in enumerate(ctx.sentences):
        if not sentence.is_title:
            continue
        found = find_date(sentence.text, ctx.reference)
        if found is None or not found.start or len(found.start) != 10 or found.warning:
            continue
        if _is_page_date(ctx, index, found):
            continue
        ctx.dates[index] = found
        return found
    return None


def _a_weekday_outside(found, trip):
    """A date told by a weekday alone ("on Tuesday") that falls outside the trip told before it."""
    return (
        found.start is not None
        and found.start == found.end
        and not re.search(r"\d", found.text or "")
        and not _during(found.start, trip)
    )


def _is_page_date(ctx, index, found):
    sentence = ctx.sentences[index]
    return bool(
        ctx.published
        and found.start
        and ctx.published.startswith(found.start)
        and sentence.paragraph <= 2
        and len(sentence.text) <= 60
        and not re.search(r"\b(?:signed|visited|held|met|hosted|received|renewed)\b", sentence.text)
    )


_PARAGRAPH_OPENING = re.compile(r"(?:At|In|During (?:the|its|their) visit to) (?:the )?")  # every sentence


def _note_the_paragraph_focus(ctx, index):
    """ "At ITMO, ...", "During their visit to X, ...": the institution a paragraph's sentence opens with."""
    opening = _PARAGRAPH_OPENING.match(ctx.sentences[index].text)
    at = next(
        (item for s, e, item in ctx.institutions.positions(index) if opening and s == opening.end()), None
    )
    if at is not None:
        ctx.focus[ctx.sentences[index].paragraph] = at


# -- the finishing passes --------------------------------------------------------------------------------


def _during(day, trip):
    """Is `day` (an ISO date) a day of `trip`? (False when either is unknown)."""
    if not day or not trip.start or len(day) != 10:
        return False
    return trip.start <= day <= (trip.end or trip.start)


def one_trip_record_per_host_met(ctx):
    """An outbound trip without a host, whose meetings name other institutions: one record per host."""
    for trip in [d for d in ctx.delegations if d.host is None and not d.host_is_home]:
        for meeting in ctx.meetings:
            if trip.visitor in meeting.parties:
                for item in meeting.parties:
                    if (
                        item is not trip.visitor
                        and item.kind != "government"
                        and not any(d.visitor is trip.visitor and d.host is item for d in ctx.delegations)
                    ):
                        ctx.delegations.append(
                            DelegationRecord(
                                trip.visitor,
                                item,
                                trip.leader,
                                trip.size,
                                meeting.date,
                                meeting.date,
                                meeting.evidence,
                            )
                        )


def host_is_the_partner_signed_with(ctx):
    """A visitor without a named host who signs with one partner during the visit was that partner's
    guest."""
    for trip in [d for d in ctx.delegations if d.host is None and not d.host_is_home]:
        hosts = [d.host for d in ctx.delegations if d.visitor is trip.visitor and d.host is not None]
        partners = {
            id(item): item
            for a in ctx.agreements
            if a.action != "discussed" and trip.visitor in a.parties and (not hosts or _during(a.date, trip))
            for item in a.parties
            if item is not trip.visitor and item.kind != "government"
        }
        if len(partners) == 1 and not any(item in hosts for item in partners.values()):
            host = next(iter(partners.values()))
            ctx.delegations.append(
                DelegationRecord(
                    trip.visitor, host, trip.leader, trip.size, trip.start, trip.end, trip.evidence
                )
            )


def a_trip_without_host_is_to_the_host_of_the_others(ctx):
    """ "Korea University received three delegations this week. ... a delegation from Peking University
    toured the campus": where every other delegation of the article came to one host, a delegation
    whose host is unnamed came there too."""
    hosts = {id(d.host): d.host for d in ctx.delegations if d.host is not None}
    if len(hosts) != 1:
        return
    host = next(iter(hosts.values()))
    for trip in ctx.delegations:
        if trip.host is None and not trip.host_is_home and trip.visitor is not host:
            trip.host = host


def drop_hostless_trips_with_known_hosts(ctx):
    """A trip whose hosts are known needs no host-less record besides them."""
    ctx.delegations = [
        d
        for d in ctx.delegations
        if d.host is not None
        or d.host_is_home
        or not any(o.visitor is d.visitor and o.host is not None for o in ctx.delegations)
    ]


def one_meeting_per_host_of_a_trip(ctx):
    """ "The delegation met with leaders of three universities": one meeting per host of the trip."""
    split = []
    for meeting in ctx.meetings:
        hosts = [
            item
            for item in meeting.parties
            if any(d.host is item and d.visitor in meeting.parties for d in ctx.delegations)
        ]
        visitors = [d.visitor for d in ctx.delegations if d.host in hosts and d.visitor in meeting.parties]
        if len(hosts) >= 2 and visitors and meeting.kind != "symposium":  # a forum is one meeting of many
            if meeting.kind == "signing" and _a_ceremony_beyond_the_trip(ctx, meeting, visitors[0], hosts):
                split.append(meeting)
                continue
            for host in [item for item in hosts if item is not visitors[0]]:
                split.append(
                    MeetingRecord(
                        _kind_at_one_host(ctx, meeting, visitors[0], host),
                        meeting.mode,
                        meeting.date,
                        [visitors[0], host],
                        meeting.location,
                        meeting.evidence,
                        meeting.sentence,
                        meeting.separate,
                    )
                )
        else:
            split.append(meeting)
    ctx.meetings = split


def _a_ceremony_beyond_the_trip(ctx, meeting, visitor, hosts):
    """ "On the Prime Minister's visit, A and B signed an MoU; C and D signed another": a signing with a side
    that is neither the visitor nor a host of its trip, or with a document signed between two of its sides
    without the visitor, is one ceremony of many parties (extraction-format.md, "One occasion, one meeting"),
    not the visitor's signings at each host in turn (meet39)."""
    if any(item is not visitor and item not in hosts for item in meeting.parties):
        return True
    return any(
        agreement.action != "discussed"
        and visitor not in agreement.parties
        and sum(item in meeting.parties for item in agreement.parties) >= 2
        for agreement in ctx.agreements
    )


def _kind_at_one_host(ctx, meeting, visitor, host):
    """The kind of one host's part of a meeting split by host: a signing only with a host the visitor signed
    with ("MoU signing ceremony between A and B" where A also called on C: talks with C)."""
    if meeting.kind != "signing":
        return meeting.kind
    signed = any(
        a.action != "discussed" and visitor in a.parties and host in a.parties for a in ctx.agreements
    )
    return "signing" if signed else "talk"


TOUR_LIST_HOSTS = 3


def a_visit_is_a_meeting(ctx):
    """A visit to a host is a meeting with it, though the article may not call it one; a side visit ("the
    programme also included a visit to X") is not, nor is an earlier trip only recalled in passing (the
    article tells no talks of it)."""
    for delegation in ctx.delegations:
        if delegation.host is None or delegation.visitor is None or delegation.in_passing:
            continue
        if SIDE_VISIT.search(delegation.evidence):
            continue
        if _a_stop_in_a_list_of_hosts(ctx, delegation):
            continue
        if not any(
            (
                delegation.visitor in m.parties
                or m.date is not None
                and m.date == delegation.start
                or m.date is None
                and not any(
                    d.visitor in m.parties for d in ctx.delegations if d.visitor is not delegation.visitor
                )
            )
            and delegation.host in m.parties
            and m.mode == "in_person"
            for m in ctx.meetings
        ):
            day = delegation.start if delegation.start == delegation.end else None
            ctx.meetings.append(
                MeetingRecord(
                    "talk",
                    "in_person",
                    day,
                    [delegation.visitor, delegation.host],
                    None,
                    delegation.evidence,
                    -1,
                )
            )


def a_visit_to_the_unnamed_publisher_is_a_meeting(ctx):
    """ "X visited our campus to discuss ...": a visit to the publisher that names itself only as "our
    university" is a meeting too; its one named party is the visitor (extraction-format.md: no name is
    invented for an unnamed publisher)."""
    for delegation in ctx.delegations:
        if delegation.host is not None or not delegation.host_is_home or delegation.visitor is None:
            continue
        if SIDE_VISIT.search(delegation.evidence) or any(
            delegation.visitor in m.parties and m.mode == "in_person" for m in ctx.meetings
        ):
            continue
        day = delegation.start if delegation.start == delegation.end else None
        ctx.meetings.append(
            MeetingRecord("talk", "in_person", day, [delegation.visitor], None, delegation.evidence, -1)
        )


def _a_stop_in_a_list_of_hosts(ctx, delegation):
    """ "The delegation visited A, B, C and D": a tour told as the list of the places it called at tells no
    talks at any of them (a meeting with one of them is read where the article tells it)."""
    listed = [
        d
        for d in ctx.delegations
        if d.visitor is delegation.visitor and d.host is not None and d.evidence == delegation.evidence
    ]
    return len({id(d.host) for d in listed}) >= TOUR_LIST_HOSTS


def a_visit_dated_by_its_meeting(ctx):
    """A visit told without a day ("A delegation from X visited Y. ... The guests held talks with Y on May 3")
    is one occasion with its talks: it takes the day of its one dated in-person meeting with the host; so
    does one host of a tour of several told with the tour's days."""
    for delegation in ctx.delegations:
        if delegation.host is None or delegation.visitor is None:
            continue
        if delegation.start and not _one_host_of_a_longer_tour(ctx, delegation):
            continue
        days = {
            m.date
            for m in ctx.meetings
            if m.mode == "in_person"
            and m.date
            and len(m.date) == 10
            and delegation.visitor in m.parties
            and delegation.host in m.parties
            and (not delegation.start or _during(m.date, delegation))
        }
        if len(days) == 1:
            delegation.start = delegation.end = days.pop()


def _one_host_of_a_longer_tour(ctx, delegation):
    """ "From 18 to 24 November, X visited A and B ... At A, talks were held on 19 November": the tour's
    days are not A's; its one dated meeting with A is."""
    return delegation.start != delegation.end and any(
        d.visitor is delegation.visitor
        and d.host not in (None, delegation.host)
        and not SIDE_VISIT.search(d.evidence)  # another stop of the tour, not a side visit of its programme
        for d in ctx.delegations
    )


def a_signing_during_a_visit_is_a_signing_meeting(ctx):
    """An agreement between a visitor and its host, signed on a day of the visit, was signed at an occasion
    (extraction-format.md: "a signing during a visit"), though its sentence names none."""
    for agreement in ctx.agreements:
        if agreement.action == "discussed" or agreement.date and len(agreement.date) != 10:
            continue  # a plan, or an earlier agreement dated by its year
        if agreement.existing:
            continue  # "discussed the concretization of the signed agreement": signed before the visit
        if any(m.kind == "signing" and m.date == agreement.date for m in ctx.meetings):
            continue
        trip = next((d for d in ctx.delegations if _signed_on_the_trip(agreement, d)), None)
        if trip is not None:
            day = agreement.date or (trip.start if trip.start == trip.end else None)
            ctx.meetings.append(
                MeetingRecord(
                    "signing", "in_person", day, list(agreement.parties), None, agreement.evidence, -1
                )
            )


def _signed_on_the_trip(agreement, trip):
    """Signed by the visitor and its host on a day of the trip, or (no day given) after the trip was told
    ("The two universities also signed an exchange agreement")."""
    if trip.visitor not in agreement.parties or trip.host not in agreement.parties:
        return False
    if agreement.date:
        return _during(agreement.date, trip)
    return trip.sentence is not None and trip.sentence <= agreement.sentence


def talks_where_an_agreement_was_signed_are_a_signing(ctx):
    """ "X met Y. During the meeting, a memorandum was signed": one occasion, one meeting, and it is a
    signing (extraction-format.md: "a signing during ... a meeting")."""
    for agreement in ctx.agreements:
        if agreement.action == "discussed" or not AT_THE_MEETING.search(agreement.evidence):
            continue
        if agreement.existing:
            continue  # "At the meeting they discussed the MoU signed by A and B": signed at another time
        parties = set(map(id, agreement.parties))
        if any(m.kind == "signing" and parties <= set(map(id, m.parties)) for m in ctx.meetings):
            continue
        told = [
            m for m in ctx.meetings if m.sentence <= agreement.sentence and parties & set(map(id, m.parties))
        ]
        meeting = max(told, key=lambda m: m.sentence) if told else None
        if meeting is not None and meeting.kind == "talk":  # the meeting just told; a committee stays one
            meeting.kind = "signing"


def a_visitor_alone_is_a_delegation_of_one(ctx):
    """A visit by one named person, in an article that never speaks of a group ("delegation",
    "delegates", "team", "accompanied by", "the guests"), is a delegation of one ("a delegate of X")."""
    alone = [d for d in ctx.delegations if d.size is None and d.leader is not None]
    if not alone or any(GROUP_OF_VISITORS.search(s.text) for s in ctx.sentences):
        return  # (the article is read for a group only when some visit has a leader and no size)
    for delegation in alone:
        delegation.size = 1


def meetings_on_the_day_of_their_visit(ctx):
    """A delegation's meetings happen on its day when the sentence gives none."""
    for delegation in ctx.delegations:
        if delegation.start and delegation.start == delegation.end:
            for meeting in ctx.meetings:
                if (
                    meeting.date is None
                    and delegation.visitor in meeting.parties
                    and meeting.mode == "in_person"
                ):
                    meeting.date = delegation.start


def agreement_on_the_day_of_its_signing(ctx):
    """ "X signed an agreement with Y. The signing ceremony was held on May 11": the agreement's day is
    the day of its signing, when one dated signing of those parties is told."""
    for agreement in ctx.agreements:
        if agreement.date is not None or agreement.action == "discussed":
            continue
        days = {
            m.date
            for m in ctx.meetings
            if m.kind == "signing" and m.date and all(item in m.parties for item in agreement.parties)
        }
        if len(days) == 1:
            agreement.date = days.pop()


def a_signing_on_the_day_of_its_agreement(ctx):
    """ "X and Y signed the MoU in the presence of ... This agreement was reached on 24 November": the signing
    of an agreement is on the agreement's day, when the signing's own sentence gave none."""
    for meeting in ctx.meetings:
        if meeting.kind != "signing" or meeting.date is not None:
            continue
        days = {
            a.date
            for a in ctx.agreements
            if a.action != "discussed"
            and a.date
            and len(a.date) == 10
            and all(item in meeting.parties for item in a.parties)
        }
        if len(days) == 1:
            meeting.date = days.pop()


def headline_agreement_dated_by_the_body(ctx):
    """An agreement read from the headline takes the day of the body's one dated report of a signing ("The
    agreement was signed on May 3 by ...")."""
    for agreement in ctx.agreements:
        if (
            agreement.date is not None
            or agreement.action == "discussed"
            or not ctx.sentences[agreement.sentence].is_title
        ):
            continue
        days = {
            ctx.dates[i].start
            for i, sentence in enumerate(ctx.sentences)
            if not sentence.is_title
            and TOLD_SIGNING.search(sentence.text)
            and i in ctx.dates
            and ctx.dates[i].start
            and ctx.dates[i].text in sentence.text
        }
        if len(days) == 1:
            agreement.date = days.pop()


def merge_talks_into_the_meeting_of_the_day(ctx):
    """Talks on the day of a more specific meeting with the same parties are that meeting."""
    kept = []
    for meeting in ctx.meetings:
        twin = next(
            (
                m
                for m in kept
                if m.date
                and m.date == meeting.date
                and m.mode == meeting.mode
                and not (m.separate or meeting.separate)
                and set(map(id, m.parties)) & set(map(id, meeting.parties))
                and "talk" in (m.kind, meeting.kind)
                and not _at_two_hosts_of_a_trip(ctx, m, meeting)
            ),
            None,
        )
        if twin is not None:
            if twin.kind == "talk":
                twin.kind = meeting.kind
            twin.location = twin.location or meeting.location
            continue
        kept.append(meeting)
    ctx.meetings = kept


def _at_two_hosts_of_a_trip(ctx, one, other):
    """ "X visited A and B. A's chair met the delegation. B's director met the delegation": talks of one trip
    with two of its hosts are two occasions, though on one day (extraction-format.md: "a visit's talks at
    one host on one day are one meeting"). Only talks the article tells count: a visit read as a meeting
    (a_visit_is_a_meeting) is no sure occasion of its own."""
    if one.sentence < 0 or other.sentence < 0:
        return False
    hosts = {id(d.host) for d in ctx.delegations if d.host is not None}
    ours = {id(item) for item in one.parties} & hosts
    theirs = {id(item) for item in other.parties} & hosts
    return bool(ours and theirs) and ours.isdisjoint(theirs)


def one_occasion_told_twice_is_one_meeting(ctx):
    """ "... signed at a signing ceremony last week. The ceremony on 22 February was attended by ...": a
    meeting told again with the day the first telling lacked is the same occasion (extraction-format.md,
    "One occasion, one meeting"). So are talks and a signing of the same parties that no day tells apart
    ("During the visit, both sides discussed ... On the sidelines of the visit, they signed ...")."""
    kept = []
    for meeting in ctx.meetings:
        twin = next((m for m in kept if _same_occasion(m, meeting)), None)
        if twin is None:
            kept.append(meeting)
            continue
        twin.date = twin.date or meeting.date
        twin.kind = meeting.kind if twin.kind == "talk" else twin.kind
        twin.location = twin.location or meeting.location
    ctx.meetings = kept


def _same_occasion(one, other):
    if one.separate or other.separate or one.mode != other.mode:
        return False
    if set(map(id, one.parties)) != set(map(id, other.parties)):
        return False
    if one.kind == other.kind:
        places_agree = not (one.location and other.location) or one.location == other.location
        return places_agree and (one.date is None or other.date is None or one.date == other.date)
    return (
        {one.kind, other.kind} == {"talk", "signing"}
        and one.date is None
        and other.date is None
        and one.location == other.location  # "a meeting at Serena Hotel" is another occasion than the signing
    )


def a_one_sided_telling_of_talks_is_the_meeting_it_names(ctx):
    """ "The rector met the guests", "the president met staff of A": talks told from one side name one party.
    Where the article tells a meeting of that party with another, in the same mode and on no other day, the
    one-sided telling is that occasion, not a second meeting (extraction-format.md, "One occasion, one
    meeting"; meet28). A seminar or ceremony told from one side stays: its kind says it is an occasion of
    its own; so do talks told as held before or after another occasion ("Before the ceremony, A held
    talks with the guests")."""
    kept = []
    for meeting in ctx.meetings:
        whole = (
            next((m for m in ctx.meetings if _the_whole_of_a_one_sided_telling(m, meeting)), None)
            if meeting.kind == "talk" and len(meeting.parties) == 1 and not meeting.separate
            else None
        )
        if whole is None:
            kept.append(meeting)
        else:
            whole.date = whole.date or meeting.date
    ctx.meetings = kept


def _the_whole_of_a_one_sided_telling(whole, part):
    return (
        whole is not part
        and len(whole.parties) >= 2
        and part.parties[0] in whole.parties
        and whole.mode == part.mode
        and (whole.date is None or part.date is None or whole.date == part.date)
    )


def a_ceremony_has_the_parties_of_every_document_signed_at_it(ctx):
    """ "UTM exchanged five MoUs at a ceremony on 12 March. The MoUs were signed with A, B, C, D and E": the
    one signing of that day is the occasion of each document signed that day with one of its parties
    (extraction-format.md, "One occasion, one meeting": a ceremony with many parties lists them all)."""
    for meeting in ctx.meetings:
        if meeting.kind != "signing" or meeting.date is None:
            continue
        if any(m is not meeting and m.kind == "signing" and m.date == meeting.date for m in ctx.meetings):
            continue  # two signings that day: which document was signed at which is not told
        for agreement in ctx.agreements:
            if (
                agreement.action != "discussed"
                and agreement.date == meeting.date
                and any(item in meeting.parties for item in agreement.parties)
            ):
                meeting.parties.extend(item for item in agreement.parties if item not in meeting.parties)


def those_who_took_part_are_parties_of_the_meeting_just_told(ctx):
    """ "The joint committee met in Moscow on 9 September. Members from A, B and C took part.": a sentence
    that only says who took part names parties of the meeting told just before it."""
    if not ctx.meetings:
        return  # no meeting to take part in: spare the test of every sentence
    for index, sentence in enumerate(ctx.sentences):
        if sentence.is_title:
            continue
        told = [m for m in ctx.meetings if 0 <= m.sentence <= index]
        if not told or any(m.sentence == index for m in told):
            continue  # no meeting told yet, or the sentence tells its own (asked before the search)
        if not TOOK_PART.search(sentence.text) or FUTURE.search(sentence.text):
            continue
        meeting = max(told, key=lambda m: m.sentence)
        # told last where the article names it ("The meeting was opened by ..." keeps it in view)
        last = max(
            [meeting.sentence]
            + [i for i in range(meeting.sentence, index) if DEFINITE.search(ctx.sentences[i].text)]
        )
        if ctx.sentences[last].paragraph < sentence.paragraph - 1:
            continue  # too far from it to be about it
        named = [item for item in ctx.institutions.in_sentence(index) if item not in meeting.parties]
        meeting.parties.extend(named)


# The post-processing passes over the records of an article, in the order they run.
FINISHING_PASSES = (
    earlier_signing_of_a_renewal,
    a_lone_signer_is_told_with_its_partners,
    one_trip_record_per_host_met,
    the_stops_of_a_tour_told_later,
    one_more_stop_of_a_trip,
    the_talks_of_a_trip_abroad_are_its_stops,  # dele39
    a_meeting_at_one_sides_place_is_the_others_visit,  # dele39
    host_is_the_partner_signed_with,
    one_tour_one_leader,  # deleg17: before the host-less telling of the tour is dropped
    drop_hostless_trips_with_known_hosts,
    a_trip_without_host_is_to_the_host_of_the_others,
    a_trip_to_a_place_calls_on_its_one_institution,
    no_trip_back_inferred_from_a_visits_meeting,
    no_host_of_the_tour_travels_on_it,  # deleg12
    no_trip_to_or_by_an_events_name,  # deleg12
    no_diplomats_call_without_a_mission,
    no_trip_to_no_host,
    one_meeting_per_host_of_a_trip,
    a_visit_is_a_meeting,
    a_visit_to_the_unnamed_publisher_is_a_meeting,
    a_visit_dated_by_its_meeting,
    a_signing_during_a_visit_is_a_signing_meeting,
    a_delegation_told_again_gives_its_leader_and_size,
    the_leaders_companions_give_the_size,
    a_visitor_alone_is_a_delegation_of_one,
    talks_where_an_agreement_was_signed_are_a_signing,
    meetings_on_the_day_of_their_visit,
    agreement_on_the_day_of_its_signing,
    a_signing_on_the_day_of_its_agreement,
    headline_agreement_dated_by_the_body,
    merge_talks_into_the_meeting_of_the_day,
    those_who_took_part_are_parties_of_the_meeting_just_told,
    one_occasion_told_twice_is_one_meeting,
    one_signing_told_online_and_in_person,
    an_earlier_signing_is_no_occasion_of_the_story,  # meet39
    a_one_sided_telling_of_talks_is_the_meeting_it_names,  # meet28
    a_ceremony_has_the_parties_of_every_document_signed_at_it,
    a_plain_agreement_is_for_cooperation,
    a_document_has_two_sides,  # agre29: after every pass that may still find a document's second side
    bodies_known_by_acronym_only_are_schools_only_by_their_u,  # names10: the record's kind, read last
    kinds_the_names_state,  # inst33
)
