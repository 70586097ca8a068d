"""Delegations in a sentence: who visited whom, led by whom, how many, when."""

import re

from .cues import FUTURE, ONLINE, UNNAMED_HOME, Delegation
from .places import country_code

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
    "fifteen": 15,
    "twenty": 20,
}
# "visited", "paid a visit", "travelled to"; the noun "the visit" alone tells nobody's movement ("the visit
# was supported by the embassy") unless a destination follows.
_VISIT = re.compile(
    r"(?:\bvisit(?:ed|s|ing)\b|(?<!\bthe )(?<!\bthis )(?<!\bhis )(?<!\bher )(?<!\bits )\bvisit\b(?!or)|"
    r"\bvisit(?= to\b)|(?:paid|made) (?:a|an) [\w\s-]{0,20}?visit(?: to)?|arrived (?:at|in)|came to|"
    r"travel(?:l)?ed to|"
    r"led a delegation to|toured|(?:paid|made) (?:a|an) (?:[\w-]+ )?(?:courtesy )?call (?:on|to)|"
    r"courtesy call (?:on|to))\b",
    re.IGNORECASE,
)
_PASSIVE_VISIT = re.compile(
    r"\b(?:was|were) (?:host(?:ed)? to|visited by|attended by|received by|hosted by)\b|"
    r"\b(?:was|were) (?:hosted|received|welcomed) (?:at|in)(?= (?:the )?[A-Z])|"
    r"\battended by a delegat\w*|\bhosted by\b|\bwere received by\b",
    re.IGNORECASE,
)
# "X hosted Dr. Y", "X received the delegation": the subject is the host (not "received funding").
_ACTIVE_HOST = re.compile(
    r"\b(?:hosted|received|welcomed)\s+(?=(?:the |a |an )?(?:[\w-]+\s+){0,2}(?:delegation|guests?|"
    r"visitors?)\b|(?:the |a )?(?:Dr|Prof|Mr|Ms|Mrs|President|Rector|Vice|Dean|Director)\b)"
)
_PASSIVE_HOST_LEFT = re.compile(r"(?:was|were) (?:host to|visited by|attended by)|attended by", re.IGNORECASE)
_DELEGATION = re.compile(r"\bdelegat(?:ion|e)s?\b", re.IGNORECASE)
_SIZE = re.compile(
    r"\b(?:delegation|group|team) of (\d+|\w+) (?:members|people|persons|delegates|representatives)\b|"
    r"\b(\d+|\w+)-(?:member|person|people|strong) (?:[\w-]+ ){0,2}(?:delegation|group|team)\b",
    re.IGNORECASE,
)

# A visit told as a noun, its visitor after "of" or "by": "the visit of X to Y", "a visit by X to Y", "during
# the two-day visit of X".
_VISIT_OF = re.compile(
    r"\b(?:during|in the course of|on the occasion of) (?:the|a|an|this) (?:[\w-]+ ){0,2}visit "
    r"(?:of|by)\b|\b(?:[Tt]he|[Aa]n?|[Tt]his) (?:[\w-]+ ){0,2}visit (?:of|by)\b(?=[^.;]*?\bto\b)"
)
# "During their visit to Y, the X delegation ...": the host after "to", the visitor named elsewhere in the
# sentence.
_THEIR_VISIT_TO = re.compile(
    r"\b(?:[Dd]uring|[Ii]n the course of|[Oo]n) (?:their|its|his|her|the delegation[’']s) "
    r"(?:[\w-]+ ){0,2}visit to\b"
)


_INVITED_BY = re.compile(
    r"\b(?:[Ii]nvited by|(?:[Aa]t|[Uu]nder|[Oo]n|[Uu]pon) the (?:kind )?invitation of)\s+"
)


class DelegationReading:
    """The delegation part of EventReader."""

    def _read_delegation(self, index, from_title=False):
        sentence = self.sentences[index]
        text = sentence.text
        if ONLINE.search(text):
            return
        visit_of = _VISIT_OF.search(text)
        if visit_of and not FUTURE.search(text):
            self._read_visit_of(index, visit_of)
            return
        visit_to = _THEIR_VISIT_TO.search(text)
        if visit_to and not FUTURE.search(text) and self._read_their_visit_to(index, visit_to):
            return
        visit = _VISIT.search(text)
        passive = _PASSIVE_VISIT.search(text)
        hosting = _ACTIVE_HOST.search(text) if not (visit or passive) else None
        if hosting:
            self._read_hosting(index, hosting)
            return
        delegation_word = _DELEGATION.search(text)
        met = re.search(
            r"\b(?:the|this) (?:delegation|guests|visitors) (?:also |then )?(?:met|discussed|held|toured|"
            r"visited|signed|attended)\b",
            text,
            re.IGNORECASE,
        )
        if not (visit or passive or delegation_word or met):
            return
        trigger = visit or passive or delegation_word or met
        window = text[max(0, trigger.start() - 60) : trigger.end()]
        to_visit = re.search(r"\bto visit\b", window) and not re.search(r"\bdelegation to visit\b", window)
        if not passive and (
            FUTURE.search(window)
            or to_visit
            or re.match(r"\s*(?:is|are) (?:scheduled|expected|planned)", text[trigger.end() :])
            or re.search(r"\bnext visit\b", text, re.IGNORECASE)
        ):
            return  # "will visit", "plans to visit", "The next visit ... is scheduled": not a delegation yet
        if (
            visit
            and re.search(
                r"(?:’s|'s)\s+visit\b|\bduring (?:the|his|her|their) visit\b|"
                r"\b(?:first|last|previous|next) visit\b",
                text[max(0, visit.start() - 25) : visit.end()],
                re.IGNORECASE,
            )
            and not delegation_word
        ):
            return
        if (
            passive
            and visit
            and visit.start() < passive.start()
            and not _PASSIVE_HOST_LEFT.match(passive.group(0))
        ):
            passive = None  # "... visited X and were received by Y": the active verb tells who went where
        if passive and _PASSIVE_HOST_LEFT.match(passive.group(0)):
            host_part, visitor_part = (0, passive.start()), (passive.end(), None)
        elif passive:
            visitor_part, host_part = (0, passive.start()), (passive.end(), None)
        elif visit and re.match(
            r"visiting\s+(?:[\w-]+\s+)?(?:delegation|guests?|team|group|scholars?|professors?|"
            r"researchers?)\s+(?:of|from)\b",
            text[visit.start() :],
        ):
            # "leaders of X met with a visiting delegation of Y": Y visits X
            visitor_part, host_part = (visit.start(), None), (0, None)
        elif visit:
            visitor_part, host_part = (0, visit.start()), (visit.end(), None)
        elif met and self._current_visitor() is not None:
            # "At X University, the delegation met with ...": the travelling delegation calls on X
            visitor = self._current_visitor()
            hosts = [
                item
                for item in self.inst.in_sentence(index)
                if item is not visitor and item.kind not in ("government", "alliance")
            ]
            date = self._date_at(index)
            for host in hosts[:1]:
                if not any(d.visitor is visitor and d.host is host for d in self.delegations):
                    self.delegations.append(
                        Delegation(
                            visitor,
                            host,
                            self.delegations[-1].leader,
                            None,
                            date.start if date else None,
                            date.end if date else None,
                            text,
                        )
                    )
            return
        else:
            visitor_part, host_part = (0, None), (None, None)
        inviting = _INVITED_BY.search(text, 0, visit.start()) if visit else None
        inviters = self._inviters(index, text, inviting, visit.start()) if inviting else []
        relative = visit and re.search(r",\s*who\s+(?:\w+\s+){0,2}$", text[: visit.start()])
        speaker = self._people_in(index, 0, relative.start())[-1:] if relative else []
        if speaker and speaker[0].institution is not None:
            visitors = [speaker[0].institution]  # "X, who is visiting Tehran at the head of a delegation"
        else:
            visitors = self._visitors(
                index, *visitor_part, passive=bool(passive), strict=not (visit or passive)
            )
            if inviting:  # "Invited by X and Y, Z visited both": X and Y host, they do not travel
                visitors = [item for item in visitors if item not in inviters] or [
                    item
                    for item in self._in_span(index, inviting.end(), visit.start())
                    if item not in inviters
                ]
        if not visitors:
            return
        visitor = visitors[0]
        nationality = re.search(r"\b(?:The|the|A|a)\s+([A-Z][a-z]+)\s+delegation\b", text)
        if nationality and visitor.country is None and country_code(nationality.group(1)):
            visitor.country = country_code(nationality.group(1))  # "The Vietnamese delegation was led by ..."
        hosts = self._hosts(index, host_part, visitor) if host_part[0] is not None else []
        host_is_home = bool(
            host_part[0] is not None
            and re.match(
                r"\s*(?:to\s+)?(?:our|Our)\s+(?:[Ss]chool|[Uu]niversity|[Cc]ollege|[Ii]nstitute|[Cc]ampus)",
                text[host_part[0] :],
            )
        )
        if passive and re.search(r"\b(?:our|Our)\s+(?:[Ss]chool|[Uu]niversity)", text[: passive.start()]):
            host_is_home = True
        if host_is_home:
            home = self.home_named if self.home_named is not None else self._home_in_headline(visitor)
            hosts = [home] if home is not None else []
        if not hosts and not visit and not passive and not host_is_home and not UNNAMED_HOME.search(text):
            # "The Vietnamese delegation was led by ...": received by the article's protagonist
            hosts = [item for item in self.main[:1] if item is not visitor]
        if not hosts and inviters:
            hosts = [item for item in inviters if item is not visitor]  # "at the invitation of X, Y visited"
        if not hosts:
            hosts = [None]
        date = self._visit_date(index) if not from_title else None
        leader = self._leader(index, text, visitor)
        size = self._size(text)
        for host in hosts:
            if host is visitor:
                continue
            self._add_delegation(
                Delegation(
                    visitor,
                    host,
                    leader,
                    size,
                    date.start if date else None,
                    date.end if date else None,
                    text,
                    host_is_home,
                ),
                from_title,
            )

    def _inviters(self, index, text, inviting, limit):
        """The institutions named in an invitation clause ("At the invitation of X and Y, ...")."""
        clause_end = text.find(",", inviting.end(), limit)
        return self._in_span(index, inviting.end(), clause_end if clause_end > 0 else limit)

    def _visit_date(self, index):
        """The day of a visit told in sentence `index`: the date in force there, unless it was carried from
        another paragraph into a side visit ("The programme also included a visit to X": on some day of the
        trip)."""
        date = self._date_at(index)
        if date is None or not re.search(
            r"\balso\b[^.]*\bvisit|\bincluded a visit\b", self.sentences[index].text
        ):
            return date
        paragraph = self.sentences[index].paragraph
        if any(date.text in s.text for s in self.sentences[: index + 1] if s.paragraph == paragraph):
            return date
        return None

    def _read_visit_of(self, index, visit_of):
        """ "... was renewed during the visit of Dr. X, Vice President of Y, to the Z Campus": Y visits Z's
        institution (the article's protagonist when only a campus or the publisher is named)."""
        text = self.sentences[index].text
        to = re.search(r",?\s+to\s+(?:the\s+)?", text[visit_of.end() :])
        end = visit_of.end() + to.start() if to else None
        people = [p for p in self._people_in(index, visit_of.end(), end) if p.institution is not None]
        named = self._in_span(index, visit_of.end(), end)
        visitor = people[0].institution if people else (named[0] if named else None)
        if visitor is None:
            return
        hosts = [item for item in self._in_span(index, end, None) if item is not visitor] if to else []
        if (
            not hosts
            and to
            and re.match(
                r"(?:[\w-]+\s+){0,3}(?:[Cc]ampus|[Uu]niversity|[Ss]chool)\b", text[end + len(to.group(0)) :]
            )
        ):
            hosts = [item for item in self.main[:1] if item is not visitor]
        date = self._date_at(index)
        leader = people[0] if people else None
        self._add_delegation(
            Delegation(
                visitor,
                hosts[0] if hosts else None,
                leader,
                None,
                date.start if date else None,
                date.end if date else None,
                text,
            ),
            False,
        )

    def _read_their_visit_to(self, index, visit_to):
        """ "During their visit to Y on May 3, the X delegation toured ...": Y hosts; the visitor is the other
        institution the sentence names (or the visitor being told). True when a delegation was read."""
        text = self.sentences[index].text
        hosts = self._in_span(index, visit_to.end(), visit_to.end() + 80)[:1]
        others = [
            item for item in self.inst.in_sentence(index) if item not in hosts and item.kind != "government"
        ]
        visitor = others[0] if others else self._current_visitor()
        if not hosts or visitor is None or visitor is hosts[0]:
            return False
        date = self._date_at(index)
        self._add_delegation(
            Delegation(
                visitor,
                hosts[0],
                self._leader(index, text, visitor),
                self._size(text),
                date.start if date else None,
                date.end if date else None,
                text,
            ),
            False,
        )
        return True

    def _read_hosting(self, index, hosting):
        """ "X hosted Dr. Y, head of ... of Z", "X received a delegation from Z": the subject hosts, the
        object (an institution, or a person's institution) visits."""
        text = self.sentences[index].text
        if FUTURE.search(text[max(0, hosting.start() - 40) : hosting.end()]):
            return
        hosts = [item for item in self._in_span(index, 0, hosting.start()) if item.kind != "government"]
        people = [p for p in self._people_in(index, hosting.end(), None) if p.institution is not None]
        named = [item for item in self._in_span(index, hosting.end(), None) if item not in hosts]
        visitor = people[0].institution if people else (named[0] if named else None)
        home = not hosts and re.search(
            r"\b(?:our|Our) (?:[Ss]chool|[Uu]niversity|[Cc]ollege|[Ii]nstitute)\b", text[: hosting.start()]
        )
        if home:  # "Vice President Li of our university received Prof. X of Y": the unnamed publisher hosts
            hosts = [self.home_named] if self.home_named is not None else [None]
        if not hosts or visitor is None or visitor in hosts[:1]:
            return
        date = self._date_at(index)
        leader = people[0] if people and people[0].institution is visitor else None
        self._add_delegation(
            Delegation(
                visitor,
                hosts[-1] if len(hosts) > 1 and hosts[-1] is not visitor else hosts[0],
                leader,
                self._size(text),
                date.start if date else None,
                date.end if date else None,
                text,
                host_is_home=bool(home),
            ),
            False,
        )

    def _visitors(self, index, start, end, passive=False, strict=False):
        text = self.sentences[index].text
        invited = re.search(
            r"\b(?:at|upon|on) the invitation of\s+(?:the\s+)?", text[start:end] if end else text[start:]
        )
        if invited:  # "At the invitation of X, a delegation of Y visited ...": X hosts, it does not travel
            invited_end = re.search(r",|\b(?:a|the|our)\s+delegation\b", text[start + invited.end() :])
            if invited_end and invited_end.group(0) == ",":
                cut = start + invited.end() + invited_end.end()
                if end is None or cut < end:
                    return self._visitors(index, cut, end, passive, strict)
        segment = text[start:end]
        nationality = re.search(
            r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?([A-Z][a-z]+)\s+(?:delegation|delegates|guests|visitors|"
            r"colleagues)\b",
            segment,
        )
        found = self._of_nationality(nationality.group(1)) if nationality else None
        if found is not None and not any(
            s >= start and (end is None or e <= end) for s, e, _ in self.inst.positions(index)
        ):
            return [found]  # "The four-member Indonesian delegation": the one Indonesian institution
        if (
            nationality
            and found is None
            and country_code(nationality.group(1))
            and self._current_visitor() is not None
            and not self._in_span(index, start, end)
        ):
            return [self._current_visitor()]  # "the Vietnamese colleagues": the delegation being told
        if (
            re.match(
                r"\s*(?:They|they|The delegation|The guests|The visitors)\s+(?:also\s+|then\s+)?visited\b",
                text[start:],
            )
            and self._current_visitor() is not None
        ):
            return [self._current_visitor()]
        for s, e, item in self.inst.positions(index):  # "the Harbin Institute of Technology delegation"
            if s >= start and (end is None or e <= end) and re.match(r"(?:’s|'s)?\s*delegation\b", text[e:]):
                return [item]
        m = re.search(
            r"\bdelegat\w* (?:of (?:\w+ )?(?:members |people |persons )?)?(?:from|of)\s+",
            segment,
            re.IGNORECASE,
        )
        if m:
            found = self._in_span(index, start + m.end(), end)
            if found:
                return found[:1]
            # "a delegation of the Czech university": the one institution of that country
            national = re.match(
                r"(?:the\s+)?([A-Z][a-z]+)\s+(?:university|side|institute|partner|college)\b",
                segment[m.end() :],
            )
            found = self._of_nationality(national.group(1)) if national else None
            if found:
                return [found]
        m = re.search(r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}delegation\b", segment, re.IGNORECASE)
        if m:
            found = [
                item
                for s, e, item in self.inst.positions(index)
                if s >= start + m.start() and e <= start + m.end()
            ]
            if found:
                return found[:1]
            if re.search(r"\bthe University delegation\b|\bour delegation\b", m.group(0)):
                return self._home_as_visitor()
            if (
                re.search(r"\bthe (?:delegation|guests)\b", m.group(0), re.IGNORECASE)
                and self._current_visitor()
            ):
                return [self._current_visitor()]
        if (
            re.match(r"\s*(?:the|this) (?:delegation|guests?)\b", segment, re.IGNORECASE)
            and self._current_visitor()
        ):
            return [self._current_visitor()]
        if strict:  # only the word "delegation": its visitor must be the one who leads it
            m = re.search(r"\bdelegation\b[^.;]*?\b(?:led|headed) by\b", segment, re.IGNORECASE)
            leaders = self._people_in(index, start + m.end(), end) if m else []
            found = [p.institution for p in leaders[:1] if p.institution is not None]
            if m and not found:  # "led by the Vice-Chairman of the People's Committee of X, Dr. Y"
                found = self._in_span(index, start + m.end(), end)[:1]
            return found
        people = self._people_in(index, start, end)
        found = self._in_span(index, start, end)
        for person in people:
            if (
                person.institution is not None
                and (
                    not found
                    or person.institution in found
                    or self._position(index, person.institution, 0) >= 0
                )
                and person.institution.kind != "government"
            ):
                return [person.institution]
        found = [item for item in found if item.kind != "government"] or found
        if found:
            return found[:1]
        if re.search(r"\b(?:Our|our) (?:university|school|delegation)\b", segment):
            return self._home_as_visitor()
        if (
            re.search(r"\bthe (?:delegation|guests|visitors)\b", segment, re.IGNORECASE)
            and self._current_visitor()
        ):
            return [self._current_visitor()]
        titled = [p for p in people if p.institution is None and p.title]
        if (
            titled
            and self.main
            and not UNNAMED_HOME.search(" ".join(s.text for s in self.sentences))
            and self.main[0] not in self._in_span(index, end or len(text), None)
            and self.main[0].kind in ("university", None)
        ):
            # "Executive Vice President Prof. X visited Y": an officer the article names without an
            # institution is the protagonist's
            return [self.main[0]]
        return []

    def _listed(self, index, found):
        """The first host and those listed right after it ("visited A (AU), B and C"): one visit each."""
        text = self.sentences[index].text
        spans = {}
        for s, e, item in self.inst.positions(index):
            spans.setdefault(id(item), (s, e))
        hosts = found[:1]
        for item in found[1:]:
            previous_end = spans[id(hosts[-1])][1]
            between = text[previous_end : spans[id(item)][0]]
            if not re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:,|,?\s*and)\s*(?:the\s+)?", between):
                break
            hosts.append(item)
        return hosts

    def _home_in_headline(self, visitor):
        """ "our University" in an article whose headline names the visitor and one other institution: that
        one is the publisher ("ZJU delegation strengthens ties with Universidad de Chile")."""
        titles = [i for i, s in enumerate(self.sentences) if s.is_title]
        named = [item for i in titles for item in self.inst.in_sentence(i) if item is not visitor]
        if (
            titles
            and visitor in [item for i in titles for item in self.inst.in_sentence(i)]
            and len(named) == 1
        ):
            return named[0]
        return None

    def _of_nationality(self, word):
        """The one institution of the article from the country a nationality word names ("the Czech side")."""
        code = country_code(word)
        found = [item for item in self.main if code and item.country == code]
        return found[0] if len(found) == 1 else None

    def _home_as_visitor(self):
        if self.home_named is not None:
            return [self.home_named]
        acronym_only = [item for item in self.main if not item.names]
        return acronym_only[:1] or self.main[:1]

    def _hosts(self, index, host_part, visitor):
        text = self.sentences[index].text
        start = host_part[0]
        segment = text[start:]
        if re.match(
            r"\s*(?:the )?(?:\w+\s+)?(?:two|three|four|five|\d+) (?:universities|institutions|schools)",
            segment,
        ):
            return [item for item in self.inst.in_sentence(index) if item is not visitor]
        stop = re.search(
            r"\b(?:to hold|to discuss|and (?:met|held|signed|was)|where|in order)\b|[;]", segment
        )
        end = start + stop.start() if stop else None
        found = [
            item
            for item in self._in_span(index, start, end)
            if item is not visitor and item.kind != "alliance"
        ]
        if found:
            return self._listed(index, found)
        people = [
            p.institution
            for p in self._people_in(index, start, end)
            if p.institution is not None and p.institution is not visitor
        ]
        if people:
            return people[:1]
        if stop and re.match(r"and met\b", stop.group(0)):
            # "arrived in Krakow and met with Prof. X, Vice-Rector of Y": the city's host is whom they met
            met = start + stop.end()
            found = [item for item in self._in_span(index, met, None) if item is not visitor]
            found += [
                p.institution
                for p in self._people_in(index, met, None)
                if p.institution is not None and p.institution is not visitor
            ]
            found = [item for item in found if item.kind != "government"]
            if found:
                return found[:1]
        if re.match(
            r"\s*(?:the )?(?:aforementioned|host|said|partner) (?:university|institution|school)", segment
        ):
            for i in range(index - 1, -1, -1):
                for item in reversed(self.inst.in_sentence(i)):
                    if item is not visitor:
                        return [item]
        return []

    def _leader(self, index, text, visitor=None):
        m = re.search(r"\b(?:led|headed|chaired) by\b", text)
        if m:
            people = self._people_in(index, m.end(), m.end() + 120)
            if people:
                return people[0]
        m = re.search(r"\b(?:led|leads|is leading|was leading) (?:a|the) delegation\b", text)
        if m:
            people = self._people_in(index, 0, m.start())
            if people:
                return people[-1]
        people = self._people_in(index)
        own = [p for p in people if visitor is not None and p.institution is visitor]
        return own[0] if own else None

    def _size(self, text):
        m = _SIZE.search(text)
        if not m:
            return None
        word = (m.group(1) or m.group(2)).lower()
        value = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        return value if value and value > 0 else None

    def _add_delegation(self, delegation, from_title):
        for other in self.delegations:
            if other.visitor is delegation.visitor and (
                other.host is delegation.host or other.host is None or delegation.host is None
            ):
                if (
                    other.host is None
                    and delegation.host is not None
                    and other.start
                    and delegation.start
                    and (
                        other.start != other.end
                        and delegation.start == delegation.end
                        or other.start != delegation.start
                    )
                ):
                    # a trip of several days (or told on another day), then one day at one host: a record of
                    # its own
                    continue
                if other.host is None and delegation.host is not None and not self._trip_has_hosts(other):
                    other.host = delegation.host
                    other.host_is_home = delegation.host_is_home
                elif other.host is None and delegation.host is not None:
                    continue
                other.leader = other.leader or delegation.leader
                other.size = other.size or delegation.size
                other.start = other.start or delegation.start
                other.end = other.end or delegation.end
                return
        self.delegations.append(delegation)

    def _trip_has_hosts(self, trip):
        return any(
            d is not trip and d.visitor is trip.visitor and d.host is not None for d in self.delegations
        )

    # -- meetings --------------------------------------------------------------------------------------
