"""Agreements, delegations and meetings, read sentence by sentence.

Each reader looks for its trigger words (agreement nouns, "visit"/"delegation",
"meeting"/"talks"/"symposium"), then fills the record from the sentence: the institutions named in it, the
parties a phrase stands for ("the two universities", "the delegation"), and the date in force at that point of
the article.
"""

import re

from .agreements import AgreementReading
from .cues import PAST_REFERENCE, TOLD_SIGNING, Delegation, Meeting, name_forms
from .delegations import DelegationReading
from .meetings import MeetingReading

# Lower-case fragments without which a sentence cannot tell an event of each sort (a speed pre-check;
# the patterns below decide).
_DELEGATION_CUES = (
    "visit",
    "delegat",
    "host",
    "receiv",
    "welcom",
    "guest",
    "arriv",
    "came to",
    "toured",
    "paid",
)
_AGREEMENT_CUES = (
    "agreement",
    "memorand",
    "mou",
    "contract",
    "protocol",
    "renewal",
    "signing",
    "signed",
    "intent",
    "loi",
)
_MEETING_CUES = (
    "meet",
    "met",
    "talk",
    "symposium",
    "seminar",
    "workshop",
    "committee",
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


class EventReader(AgreementReading, DelegationReading, MeetingReading):
    """Reads the events of one article; call `read` once, then take `agreements`, `delegations`,
    `meetings`."""

    def __init__(self, sentences, institutions, people, published, home_named, warnings):
        self.sentences = sentences
        self.inst = institutions
        self.people = people
        self.published = published
        self.reference = published  # the day relative dates count from (an agency's dispatch day, if earlier)
        self.home_named = home_named
        self.warnings = warnings
        self.agreements, self.delegations, self.meetings = [], [], []
        self.dates = {}
        self._person_patterns = {}
        self._index = None
        self._online_days = set()  # days on which the article told an online signing
        self._focus = {}  # paragraph -> the institution it opens with ("At SMTU, ...")
        self.main = self._main_institutions()

    # -- context ---------------------------------------------------------------------------------------
    def _main_institutions(self):
        """The article's protagonists, most prominent first: named often, in the headline, as a subject."""
        scores = {}
        for index, sentence in enumerate(self.sentences):
            for start, _end, item in self.inst.positions(index):
                score = 1.0
                if sentence.is_title:
                    score += 1.5
                before = sentence.text[max(0, start - 12) : start].lower()
                if not re.search(r"\b(?:with|of|to|by|from|at|visited|visit|and)\s*$", before):
                    score += 0.5
                scores[id(item)] = scores.get(id(item), 0) + score
        items = {
            id(item): item
            for index in range(len(self.sentences))
            for _, _, item in self.inst.positions(index)
        }
        ranked = sorted(items.values(), key=lambda item: -scores[id(item)])
        return [item for item in ranked if item.kind in ("university", "joint_institute", None)] or ranked

    def _is_page_date(self, index, found):
        sentence = self.sentences[index]
        return bool(
            self.published
            and found.start
            and self.published.startswith(found.start)
            and sentence.paragraph <= 2
            and len(sentence.text) <= 60
            and not re.search(r"\b(?:signed|visited|held|met|hosted|received|renewed)\b", sentence.text)
        )

    def _pair(self):
        """ "The two universities": the visitor and the institution a paragraph opened with ("At ITMO, ..."),
        else the visitor and host of the visit being told, else the two protagonists."""
        focus = self._focus.get(self.sentences[self._index].paragraph) if self._index is not None else None
        if focus is not None and self._current_visitor() is not None and focus is not self._current_visitor():
            return [self._current_visitor(), focus]
        if (
            self.delegations
            and self.delegations[-1].host is not None
            and self.delegations[-1].visitor is not None
        ):
            return [self.delegations[-1].visitor, self.delegations[-1].host]
        return self.main[:2]

    def _person_pattern(self, person):
        """One compiled pattern for every way the article may name `person` (built once per person)."""
        pattern = self._person_patterns.get(id(person))
        if pattern is None:
            forms = sorted(name_forms(person), key=len, reverse=True)
            pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
            self._person_patterns[id(person)] = pattern
        return pattern

    def _sentence_people_institutions(self, index, start=0, end=None):
        return [
            person.institution
            for person in self._people_in(index, start, end)
            if person.institution is not None
        ]

    def _people_in(self, index, start=0, end=None):
        """The people named in sentence `index` (between `start` and `end`), in order of appearance."""
        text = self.sentences[index].text[start:end]
        out = []
        for person in self.people:
            m = self._person_pattern(person).search(text)
            if m:
                out.append((m.start(), person))
        return [p for _, p in sorted(out, key=lambda x: x[0])]

    def _in_span(self, index, start, end):
        found = []
        for s, _e, item in self.inst.positions(index):
            if s >= start and (end is None or s < end) and item not in found:
                found.append(item)
        return found

    def _current_visitor(self):
        return self.delegations[-1].visitor if self.delegations else None

    def _date_at(self, index):
        return self.dates.get(index)

    # -- reading ---------------------------------------------------------------------------------------
    def read(self, find_date):
        """Read every sentence in order (the headline last, as a fallback)."""
        previous = None
        body = [i for i, s in enumerate(self.sentences) if not s.is_title]
        titles = [i for i, s in enumerate(self.sentences) if s.is_title]
        for index in body:
            found = find_date(self.sentences[index].text, self.reference, previous)
            if found is not None and self._is_page_date(index, found):
                continue  # "HU Global Newsletter (January 2020)": the date, not an event's
            if found is not None and PAST_REFERENCE.search(self.sentences[index].text):
                self.dates[index] = found
                continue  # "after the first one held on April 15th": another day, not the story's
            if found is not None:
                if found.warning and found.warning not in self.warnings:
                    self.warnings.append(found.warning)
                previous = found
                self.dates[index] = found
            elif previous is not None and previous.start != previous.end:
                # "From September 3 to 7, ...": later sentences are on some day of the trip, not the 3rd
                continue
            elif (
                previous is not None
                and self.sentences[index].paragraph == self.sentences[index - 1].paragraph
            ):
                self.dates[index] = previous
            elif previous is not None and previous.start:
                self.dates[index] = previous  # the narrative stays on the day until another is given
        for index in titles:
            self._read_delegation(index, from_title=True)
        for index in body:
            self._index = index
            opening = re.match(
                r"(?:At|In|During (?:the|its|their) visit to) (?:the )?", self.sentences[index].text
            )
            at = next(
                (item for s, e, item in self.inst.positions(index) if opening and s == opening.end()), None
            )
            if at is not None:
                self._focus[self.sentences[index].paragraph] = at
            lowered = self.sentences[index].text.lower()
            for reader, cues in (
                (self._read_delegation, _DELEGATION_CUES),
                (self._read_agreements, _AGREEMENT_CUES),
                (self._read_meetings, _MEETING_CUES),
            ):
                if not any(cue in lowered for cue in cues):
                    continue  # a cheap test first: most sentences tell no event of this sort
                try:
                    reader(index)
                except Exception as error:  # one odd sentence must not cost the whole article
                    self.warnings.append(
                        f"sentence {index} not read ({reader.__name__[6:]}): {type(error).__name__}"
                    )
        for index in titles:
            if not self.agreements:
                self._read_agreements(index)
        self._finish()

    # -- agreements ------------------------------------------------------------------------------------
    @staticmethod
    def _during(day, trip):
        """Is `day` (an ISO date) a day of `trip`? (False when either is unknown)."""
        if not day or not trip.start or len(day) != 10:
            return False
        return trip.start <= day <= (trip.end or trip.start)

    def _finish(self):
        """Post-processing: the passes of FINISHING_PASSES, in order."""
        for finishing in FINISHING_PASSES:
            finishing(self)

    def _one_trip_record_per_host_met(self):
        """An outbound trip without a host, whose meetings name other institutions: one record per host."""
        for trip in [d for d in self.delegations if d.host is None and not d.host_is_home]:
            for meeting in self.meetings:
                if trip.visitor in meeting.parties:
                    for item in meeting.parties:
                        if (
                            item is not trip.visitor
                            and item.kind != "government"
                            and not any(
                                d.visitor is trip.visitor and d.host is item for d in self.delegations
                            )
                        ):
                            self.delegations.append(
                                Delegation(
                                    trip.visitor,
                                    item,
                                    trip.leader,
                                    trip.size,
                                    meeting.date,
                                    meeting.date,
                                    meeting.evidence,
                                )
                            )

    def _host_is_the_partner_signed_with(self):
        """A visitor without a named host who signs with one partner during the visit was that partner's
        guest."""
        for trip in [d for d in self.delegations if d.host is None and not d.host_is_home]:
            hosts = [d.host for d in self.delegations if d.visitor is trip.visitor and d.host is not None]
            partners = {
                id(item): item
                for a in self.agreements
                if a.action != "discussed"
                and trip.visitor in a.parties
                and (not hosts or self._during(a.date, trip))
                for item in a.parties
                if item is not trip.visitor and item.kind != "government"
            }
            if len(partners) == 1 and not any(item in hosts for item in partners.values()):
                host = next(iter(partners.values()))
                self.delegations.append(
                    Delegation(
                        trip.visitor, host, trip.leader, trip.size, trip.start, trip.end, trip.evidence
                    )
                )

    def _drop_hostless_trips_with_known_hosts(self):
        """A trip whose hosts are known needs no host-less record besides them."""
        self.delegations = [
            d
            for d in self.delegations
            if d.host is not None
            or d.host_is_home
            or not any(o.visitor is d.visitor and o.host is not None for o in self.delegations)
        ]

    def _one_meeting_per_host_of_a_trip(self):
        """ "The delegation met with leaders of three universities": one meeting per host of the trip."""
        split = []
        for meeting in self.meetings:
            hosts = [
                item
                for item in meeting.parties
                if any(d.host is item and d.visitor in meeting.parties for d in self.delegations)
            ]
            visitors = [
                d.visitor for d in self.delegations if d.host in hosts and d.visitor in meeting.parties
            ]
            if len(hosts) >= 2 and visitors and meeting.kind != "symposium":  # a forum is one meeting of many
                for host in hosts:
                    split.append(
                        Meeting(
                            meeting.kind,
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
        self.meetings = split

    def _a_visit_is_a_meeting(self):
        """A visit to a host is a meeting with it, though the article may not call it one; a side visit ("the
        programme also included a visit to X") is not."""
        for delegation in self.delegations:
            if (
                delegation.host is None
                or delegation.visitor is None
                or re.search(r"\balso\b[^.]*\bvisit|\bincluded a visit\b", delegation.evidence)
            ):
                continue
            if not any(
                (
                    delegation.visitor in m.parties
                    or m.date is not None
                    and m.date == delegation.start
                    or m.date is None
                    and not any(
                        d.visitor in m.parties
                        for d in self.delegations
                        if d.visitor is not delegation.visitor
                    )
                )
                and delegation.host in m.parties
                and m.mode == "in_person"
                for m in self.meetings
            ):
                day = delegation.start if delegation.start == delegation.end else None
                self.meetings.append(
                    Meeting(
                        "talk",
                        "in_person",
                        day,
                        [delegation.visitor, delegation.host],
                        None,
                        delegation.evidence,
                        -1,
                    )
                )

    def _meetings_on_the_day_of_their_visit(self):
        """A delegation's meetings happen on its day when the sentence gives none."""
        for delegation in self.delegations:
            if delegation.start and delegation.start == delegation.end:
                for meeting in self.meetings:
                    if (
                        meeting.date is None
                        and delegation.visitor in meeting.parties
                        and meeting.mode == "in_person"
                    ):
                        meeting.date = delegation.start

    def _agreement_on_the_day_of_its_signing(self):
        """ "X signed an agreement with Y. The signing ceremony was held on May 11": the agreement's day is
        the day of its signing, when one dated signing of those parties is told."""
        for agreement in self.agreements:
            if agreement.date is not None or agreement.action == "discussed":
                continue
            days = {
                m.date
                for m in self.meetings
                if m.kind == "signing" and m.date and all(item in m.parties for item in agreement.parties)
            }
            if len(days) == 1:
                agreement.date = days.pop()

    def _headline_agreement_dated_by_the_body(self):
        """An agreement read from the headline takes the day of the body's one dated report of a signing ("The
        agreement was signed on May 3 by ...")."""
        for agreement in self.agreements:
            if (
                agreement.date is not None
                or agreement.action == "discussed"
                or not self.sentences[agreement.sentence].is_title
            ):
                continue
            days = {
                self.dates[i].start
                for i, sentence in enumerate(self.sentences)
                if not sentence.is_title
                and TOLD_SIGNING.search(sentence.text)
                and i in self.dates
                and self.dates[i].start
                and self.dates[i].text in sentence.text
            }
            if len(days) == 1:
                agreement.date = days.pop()

    def _merge_talks_into_the_meeting_of_the_day(self):
        """Talks on the day of a more specific meeting with the same parties are that meeting."""
        kept = []
        for meeting in self.meetings:
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
                ),
                None,
            )
            if twin is not None:
                if twin.kind == "talk":
                    twin.kind = meeting.kind
                twin.location = twin.location or meeting.location
                continue
            kept.append(meeting)
        self.meetings = kept


# The post-processing passes over the records of an article, in the order they run.
FINISHING_PASSES = (
    EventReader._earlier_signing_of_a_renewal,
    EventReader._one_trip_record_per_host_met,
    EventReader._host_is_the_partner_signed_with,
    EventReader._drop_hostless_trips_with_known_hosts,
    EventReader._one_meeting_per_host_of_a_trip,
    EventReader._a_visit_is_a_meeting,
    EventReader._meetings_on_the_day_of_their_visit,
    EventReader._agreement_on_the_day_of_its_signing,
    EventReader._headline_agreement_dated_by_the_body,
    EventReader._merge_talks_into_the_meeting_of_the_day,
)
