"""Meetings in a sentence: talks, seminars, symposia, committee meetings, signings; online or in person."""

import re

from .cues import (
    BACKGROUND,
    FUTURE,
    GROUP_OF_TWO,
    ONLINE,
    PAST_REFERENCE,
    THE_DELEGATION,
    TOLD_SIGNING,
    Meeting,
)

_MEETING_KINDS = (
    (
        "signing",
        re.compile(
            r"\bsigning ceremony\b|\bceremony of (?:the )?signing\b|\bsigning of the\b[^.]*\bceremony"
            r"|\bceremony\b[^.]*\bsign|\b(?:attended|witnessed|hosted|held)\b[^.]*\bceremony\b|"
            r"\bceremony\b[^.]*\b(?:was held|took place)",
            re.I,
        ),
    ),
    ("symposium", re.compile(r"\b(?:symposium|forum|round table|roundtable)\b", re.I)),
    ("seminar", re.compile(r"\b(?:seminar|workshop)\b", re.I)),
    ("committee", re.compile(r"\bmeeting of the [\w\s]*Committee\b|\bcommittee meeting\b", re.I)),
    (
        "talk",
        re.compile(
            r"\b(?:were|was) (?:received|welcomed) by\b|\bwelcomed (?:the )?(?:guests|delegation|visitors)\b|"
            r"\b(?:held|hold|holds|had|have)\s+(?:\w+\s+){0,3}talks?\b|\btalks? (?:with|between)\b|"
            r"\b(?:a|an|the)\s+(?:[\w“”\"-]+\s+){0,3}talk\b|\bmet (?:with )?(?!\w+ing)|"
            r"\bmeet with\b|\bmeeting\b|\bvideo (?:conference|call)\b|\bvideoconferenc\w*",
            re.I,
        ),
    ),
)
# Verbs that say a document was signed ("penned", "concluded", "entered into").
_SIGNED_VERB = re.compile(
    r"\b(?:signed|renewed|inked|penned|concluded|entered into|exchanged (?:a |the )?(?:letters?|"
    r"memorand|agreements?|documents?))\b"
)
_DEFINITE = re.compile(
    r"\b(?:the|this) (?:online |virtual )?(?:meeting|talks?|seminar|symposium|(?:signing )?ceremony|event|"
    r"forum|round table)\b(?! of)|"
    r"\btoday[’']s meeting\b",
    re.I,
)
_SUBSEQUENT = re.compile(
    r"\s*(?:After|Following|Before|Prior to|During) (?:the )?[\w\s-]*?(?:ceremony|signing|meeting|talks?|"
    r"symposium|seminar|forum|round table)\b,?"
)
_LOCATION = re.compile(
    r"\b(?:in|at) ((?:the )?(?:[\w-]+ )?(?:conference|meeting|reception|VIP) (?:room|hall)"
    r"(?: \d+)?(?:,? [A-Z][\w]* (?:Building|Hall|Center|Centre))?|(?:[A-Z]{2,6} )?campus|"
    r"[A-Z][\w]+ Hotel|the [A-Z][\w ]+ Office)",
    re.I,
)


_ON_BEFORE = re.compile(r"\b[Oo]n\b[^.;]{0,20}$")


class MeetingReading:
    """The meeting part of EventReader."""

    def _read_meetings(self, index):
        text = self.sentences[index].text
        date = self._date_at(index)
        mode = "online" if ONLINE.search(text) else "in_person"
        if mode == "online" and date is not None and date.start and _SIGNED_VERB.search(text):
            self._online_days.add(
                date.start
            )  # "On 2 December, in the format of a video conference, ... signed"
        elif (
            date is not None
            and date.start in self._online_days
            and (_SIGNED_VERB.search(text) or re.search(r"\b(?:the|this) ceremony\b", text, re.I))
        ):
            mode = "online"  # "The memorandum was signed by ...": the online signing just told
        # "After/Before the signing ceremony, ...": that ceremony is another event; read this one
        subsequent = _SUBSEQUENT.match(text)
        rest = text[subsequent.end() :] if subsequent else text
        kinds = [kind for kind, pattern in _MEETING_KINDS if pattern.search(rest)]
        if "talk" in kinds and len(kinds) > 1:
            kinds.remove("talk")
        if kinds == ["talk"] and mode == "online" and re.search(_SIGNED_VERB, text):
            kinds = ["signing"]
        if not kinds:
            if mode == "online" and re.search(_SIGNED_VERB, text):
                kinds = ["signing"]
            elif mode == "online" and re.search(r"\b(?:held|attended)\b", text):
                kinds = ["talk"]
            else:
                self._signing_without_meeting(index)
                return
        if FUTURE.search(text) and not re.search(r"\b(?:held|took place|met|attended)\b", text):
            return
        if PAST_REFERENCE.search(text):
            return
        if (
            kinds[0] == "symposium"
            and BACKGROUND.search(text)
            and not (self._date_at(index) and self._date_at(index).text in text)
        ):
            # "HUST established cooperation with RWTH and jointly participated in the ... Forum": history
            return
        date = self._date_at(index)
        day = date.start if date else None
        parties = self._meeting_parties(index)
        if (
            kinds[0] == "signing"
            and self.agreements
            and (not parties or re.search(r"\b(?:The|the|This|this|A|a) (?:signing )?ceremony\b", rest))
        ):
            # "X attended the ceremony", "The signing ceremony took place at the HUST campus": the signing
            # just told
            parties = parties + [item for item in self.agreements[-1].parties if item not in parties]
        if not parties:
            return
        location = self._location(text)
        definite = _DEFINITE.search(rest)
        if re.match(
            r"\s*After (?:the )?[\w\s-]*?(?:ceremony|signing|meeting|talks?)\b[^.]*\b(?:had|held|hold)\s+"
            r"(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|talk|discussion)",
            text,
        ):
            self.meetings.append(Meeting("other", mode, day, parties, location, text, index, separate=True))
            return  # "After the signing ceremony, research groups ... had a meeting": another meeting
        named = self.inst.in_sentence(index)
        for kind in kinds[:1]:
            existing = None if subsequent else self._find_meeting(kind, day, mode, parties, definite, named)
            if existing is not None:
                for item in parties:
                    if item not in existing.parties:
                        existing.parties.append(item)
                existing.location = existing.location or location
                existing.date = existing.date or day
                if mode == "online" and existing.mode != mode and not ONLINE.search(existing.evidence):
                    existing.mode = mode  # "... signed an agreement. The signing ceremony was held online"
                if existing.kind == "talk" and kind != "talk":
                    existing.kind = kind
                continue
            self.meetings.append(
                Meeting(kind, mode, day, parties, location, text, index, separate=bool(subsequent))
            )

    def _signing_without_meeting(self, index):
        """A signing told with a place or a day ("signed ... here", "on Monday") is a signing meeting."""
        text = self.sentences[index].text
        made = [
            a
            for a in self.agreements
            if (a.sentence == index or index in a.retold) and a.action in ("signed", "renewed")
        ]
        if not made:
            return
        after_meeting = re.match(r"\s*(?:After|Following) the (?:meeting|talks)\b", text)
        if (
            not after_meeting
            and not re.search(
                r"\b(?:here|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at the|"
                r"in the (?:presence|[\w-]+ (?:hall|room|building|office|cent(?:re|er)|campus))|"
                r"ceremony|hosted|visit\w*)\b|\bin (?!the\b)[A-Z][a-zA-Z]+",
                text,
            )
            and not (
                self._date_at(index)
                and self._date_at(index).start
                and self._on_day(text, self._date_at(index).text)
            )
        ):
            return
        date = self._date_at(index)
        day = date.start if date else None
        parties = []
        for agreement in made:
            for item in agreement.parties:
                if item not in parties:
                    parties.append(item)
        if after_meeting:  # "After the meeting, X and Y signed ...": a signing of its own after the talks
            if not any(
                m.kind == "signing" and m.date == day and set(map(id, parties)) <= set(map(id, m.parties))
                for m in self.meetings
            ):
                self.meetings.append(
                    Meeting("signing", "in_person", day, parties, None, text, index, separate=True)
                )
        elif self._find_meeting("signing", day, "in_person", parties, None) is None:
            self.meetings.append(Meeting("signing", "in_person", day, parties, None, text, index))

    @staticmethod
    def _on_day(text, day_text):
        """ "on March 3", "On Monday, 12 June": the sentence says on which day."""
        position = text.find(day_text)
        return position >= 0 and bool(_ON_BEFORE.search(text[max(0, position - 24) : position]))

    def _find_meeting(self, kind, day, mode, parties, definite, named=()):
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
            same_kind = [m for m in self.meetings if m.kind == wanted]
            if same_kind:
                return same_kind[-1]
            if self.meetings:
                return self.meetings[-1]
        for meeting in reversed(self.meetings):
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
        return None

    def _meeting_parties(self, index):
        text = self.sentences[index].text
        parties = list(self.inst.in_sentence(index))
        for item in self._sentence_people_institutions(index):
            if item not in parties:
                parties.append(item)
        parties = [item for item in parties if item.kind != "government" or len(parties) == 1]
        if GROUP_OF_TWO.search(text) or (len(parties) < 2 and re.search(r"\b(?:between|both)\b", text)):
            for item in self._pair():
                if item not in parties:
                    parties.append(item)
        focus = self._focus.get(self.sentences[index].paragraph)
        if focus is not None and not parties:
            parties.append(focus)  # "At KSU, the president held talks with the rector"
        if self.delegations and (THE_DELEGATION.search(text) or len(parties) < 2):
            last = self.delegations[-1]
            # a trip to several hosts told in one sentence: the delegation meets all of them (unless the
            # sentence names whom it met)
            trip = [d for d in self.delegations if d.visitor is last.visitor and d.evidence == last.evidence]
            others = [item for item in parties if item is not last.visitor]
            for item in [last.visitor] + ([] if others else [d.host for d in trip]):
                if item is not None and item not in parties:
                    parties.append(item)
        if self.agreements and TOLD_SIGNING.search(
            text
        ):  # "The renewal was signed ... in a video conference"
            for item in self.agreements[-1].parties:
                if item not in parties:
                    parties.append(item)
        if not parties:  # "On Oct. 26, the symposium ... was held. ... Present at the event were ..."
            for following in range(index + 1, min(index + 3, len(self.sentences))):
                if self.sentences[following].paragraph != self.sentences[index].paragraph:
                    break
                for item in self.inst.in_sentence(following):
                    if item not in parties and item.kind != "government":
                        parties.append(item)
        return parties

    def _location(self, text):
        m = _LOCATION.search(text)
        if not m:
            return None
        value = m.group(1).strip()
        return value[0].upper() + value[1:]

    # -- after reading ---------------------------------------------------------------------------------
