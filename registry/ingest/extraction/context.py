"""What the event readers know about one article: its sentences and mentions, its protagonists, the dates in
force sentence by sentence, and the records read so far (which later sentences refer back to: "the
delegation", "the two universities").

One ArticleContext is made per article and passed to the plain reading functions of agreements.py,
delegations.py and meetings.py, and to the passes of events.py.
"""

import bisect
import re
from dataclasses import dataclass, field

from .lexicon import NOT_A_SUBJECT_BEFORE, QUOTATION, UNNAMED_HOME
from .records import name_forms


@dataclass
class ArticleContext:
    sentences: list
    institutions: object  # the InstitutionIndex of the article
    people: list
    published: str | None
    home: object = None  # the publisher, when configured (`home_institution`)
    warnings: list = field(default_factory=list)
    reference: str | None = None  # the day relative dates count from (an agency's dispatch day, if earlier)
    protagonists: list = field(default_factory=list)  # most prominent first
    agreements: list = field(default_factory=list)
    delegations: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    dates: dict = field(default_factory=dict)  # sentence index -> the EventDate in force there
    focus: dict = field(default_factory=dict)  # paragraph -> the institution it opens with ("At SMTU, ...")
    online_days: set = field(default_factory=set)  # days on which the article told an online signing
    index: int | None = None  # the body sentence being read
    person_patterns: dict = field(default_factory=dict)
    unnamed_publisher: bool | None = None  # publisher_unnamed()'s answer, once asked (the text stays)
    credit_lines: list = field(default_factory=list)  # byline, source and footer lines: no events in them

    @classmethod
    def of_article(cls, sentences, institutions, people, published, home=None, warnings=None, reference=None):
        context = cls(sentences, institutions, people, published, home, [] if warnings is None else warnings)
        context.reference = reference if reference is not None else published
        context.protagonists = protagonists(sentences, institutions)
        return context

    # -- who is named where ------------------------------------------------------------------------------
    def in_span(self, index, start, end):
        """The institutions named in sentence `index` from `start` to `end` (None: to its end), in order."""
        found = []
        for s, _e, item in self.institutions.positions(index):
            if s >= start and (end is None or s < end) and item not in found:
                found.append(item)
        return found

    def person_pattern(self, person):
        """Every way the article may name `person`, searched as one pattern (built once per person)."""
        pattern = self.person_patterns.get(id(person))
        if pattern is None:
            pattern = self.person_patterns[id(person)] = NameForms(name_forms(person))
        return pattern

    def people_in(self, index, start=0, end=None):
        """The people named in sentence `index` (between `start` and `end`), in order of appearance."""
        text = self.sentences[index].text[start:end]
        found = {}
        for person in self.people:
            pattern = self.person_pattern(person)
            m = pattern.search(text)
            while m and self._word_of_a_body(index, start, text, m):
                m = pattern.search(text, m.end())
            if m:
                found.setdefault(m.start(), []).append((m.end(), person))
        out = []
        for position in sorted(found):
            longest = max(stop for stop, _ in found[position])
            # "Qian Xuhong" names one person, though "Qian" alone might be Qian Haifeng too
            out.extend(person for stop, person in found[position] if stop == longest)
        return out

    def _word_of_a_body(self, index, offset, text, m):
        """Whether a single word of a person's name is printed inside an institution's name: "Minh" of
        "Vinh Minh Coastal University" is no mention of Dr. Tran Minh, nor "Lincoln" of "University of
        Lincoln" one of Mr. Lincoln."""
        if " " in text[m.start() : m.end()]:
            return False
        at, stop = m.start() + offset, m.end() + offset
        return any(s <= at and stop <= e for s, e, _item in self.institutions.positions(index))

    def people_institutions(self, index, start=0, end=None):
        """The institutions the people named in that span act for."""
        return [
            person.institution
            for person in self.people_in(index, start, end)
            if person.institution is not None
        ]

    def position(self, index, item, default):
        """Where sentence `index` names `item`, itself or through one of its people (else `default`)."""
        for s, _e, other in self.institutions.positions(index):
            if other is item:
                return s
        text = self.sentences[index].text
        for person in self.people:
            if person.institution is item:
                for name in person.all_names():
                    found = text.find(name)
                    if found != -1:
                        return found
        return default

    # -- what the story is at ----------------------------------------------------------------------------
    def date_at(self, index):
        return self.dates.get(index)

    def current_visitor(self):
        """The visitor of the visit told last (of visitors told together, "A and B visited X", the first)."""
        return self._first_told_with(self.delegations[-1]).visitor if self.delegations else None

    def _first_told_with(self, trip):
        """Of the trips one sentence told to one host ("A and B visited X"), the first: the lead traveller,
        whom "the two universities" pairs with the host."""
        if trip.sentence is None:
            return trip
        return next(d for d in self.delegations if d.sentence == trip.sentence and d.host is trip.host)

    def pair(self):
        """ "The two universities": the visitor and the institution a paragraph opened with ("At ITMO, ..."),
        else the visitor and host of the visit being told, else the two protagonists."""
        focus = self.focus.get(self.sentences[self.index].paragraph) if self.index is not None else None
        visitor = self.current_visitor()
        if focus is not None and visitor is not None and focus is not visitor:
            return [visitor, focus]
        told = self.visit_being_told()
        if told is not None and told.visitor is not None:
            return [told.visitor, told.host]
        return self.protagonists[:2]

    def visit_being_told(self):
        """The visit the story is at: of a trip read as one record per host ("led a delegation to A, B and
        C"), the one whose host was named last up to the sentence being read ("In Belgium, the delegation
        paid a visit to B. ... They signed an MoU": with B, not with C); else the visit read last."""
        visits = [d for d in self.delegations if d.host is not None]
        if not visits:
            return None
        if self.index is None or len({id(d.host) for d in visits}) == 1:
            return self._first_told_with(visits[-1])
        latest, told = -1, visits[-1]
        for visit in visits:
            named = self._last_named(visit.host, self.index)
            if named > latest:
                latest, told = named, visit
        return told

    def _last_named(self, item, index):
        """The last sentence up to `index` that names `item` (-1: none)."""
        for at in range(index, -1, -1):
            if any(other is item for _s, _e, other in self.institutions.positions(at)):
                return at
        return -1

    def title_reports_signing(self):
        return any(
            s.tells_topic and re.search(r"\b(?:sign(?:s|ed)?|inks?|inked)\b", s.text, re.I)
            for s in self.sentences
        )

    def publisher_unnamed(self):
        """Does the article say "our university" without naming it? (Asked for each agreement and visit
        read: the whole text is searched once.)"""
        if self.unnamed_publisher is None:
            self.unnamed_publisher = the_publisher_unnamed(self.sentences) is not None
        return self.unnamed_publisher


class NameForms:
    """The places a person's name forms are printed as whole words: what the pattern
    `(?<!\\w)(?:form|form|...)(?!\\w)`, its forms longest first, finds, found with `str.find`. The forms
    are plain strings, and compiling that pattern for each person of each article cost about 2% of a parse
    (the engine's cache of 512 patterns holds fewer than the parser uses: it compiled them anew each time).
    `search` and `match` take the positions the pattern's would: a form's neighbour before `pos` counts,
    one at or past `endpos` does not."""

    __slots__ = ("_forms",)

    def __init__(self, forms):
        self._forms = sorted(forms, key=len, reverse=True)

    def search(self, text, pos=0, endpos=None):
        """The leftmost place a form is printed as whole words, the longest form there; None where none is."""
        pos, end = max(0, pos), len(text) if endpos is None else max(0, min(endpos, len(text)))
        best = None
        for form in self._forms:
            at = text.find(form, pos, end)
            while at != -1 and not _whole_words(text, at, at + len(form), end):
                at = text.find(form, at + 1, end)
            if at != -1 and (best is None or at < best.start()):  # at one place, the longer form found first
                best = Printed(at, at + len(form))
        return best

    def match(self, text, pos=0):
        """The longest form printed at `pos` as whole words, or None."""
        for form in self._forms:
            if text.startswith(form, pos) and _whole_words(text, pos, pos + len(form), len(text)):
                return Printed(pos, pos + len(form))
        return None


def _whole_words(text, start, end, endpos):
    """No letter, digit or "_" right before `start` nor right after `end` (before `endpos`): the regular
    expressions' `(?<!\\w)` and `(?!\\w)`."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < endpos else ""
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


class Printed:
    """Where a name is printed: `start()` and `end()`, as a match gives them."""

    __slots__ = ("_start", "_end")

    def __init__(self, start, end):
        self._start, self._end = start, end

    def start(self):
        return self._start

    def end(self):
        return self._end

    def span(self):
        return self._start, self._end


def ours_said(sentences):
    """Every "our university" the article says in its own voice, as (sentence index, match), from one search
    of the whole text: the "our" of a quotation (which may run over several sentences) is its speaker's."""
    text = " ".join(s.text for s in sentences)
    text = QUOTATION.sub(lambda quoted: " " * len(quoted.group(0)), text)
    starts, at = [], 0
    for sentence in sentences:
        starts.append(at)
        at += len(sentence.text) + 1
    return [(bisect.bisect_right(starts, m.start()) - 1, m) for m in UNNAMED_HOME.finditer(text)]


def the_publisher_unnamed(sentences):
    """Where the article first says "our university" in its own voice (the match), else None."""
    said = ours_said(sentences)
    return said[0][1] if said else None


def the_publisher_named(sentences, institutions, said):
    """The publisher of a page that says "our university" (`said`: ours_said's answer) and names it
    elsewhere: the one school its headline names outside a headline that says "our" itself ("Varnholt
    University hosts a forum on soil ... at our university"); of two, the one the headline makes its
    subject ("VU deepens ties with Ostrava College"); of none, the one body known only by an acronym the
    page never spells out ("... thanks to the wider KLQ community"). A body named beside "our university" is
    not it ("a delegation of X visited our university"); "our universities" is no publisher's."""
    if not said or said[0][1].group(0).lower().endswith("universities"):
        return None
    saying = {index for index, _m in said}
    beside_ours = [item for i in saying for _s, _e, item in institutions.positions(i)]
    named, subjects = [], []
    for index, sentence in enumerate(sentences):
        if not sentence.tells_topic or index in saying:
            continue
        for start, _end, item in institutions.positions(index):
            if item.kind not in ("university", "joint_institute", None) or any(
                item is n for n in named + beside_ours
            ):
                continue
            named.append(item)
            if not NOT_A_SUBJECT_BEFORE.search(sentence.text[max(0, start - 12) : start].lower()):
                subjects.append(item)
    if len(named) == 1:
        return named[0]
    if len(subjects) == 1:
        return subjects[0]
    bare = [item for item in institutions.items if not item.names and not item.footer_only]
    if (
        len(bare) == 1
        and bare[0].kind not in ("government", "company")
        and not any(bare[0] is b for b in beside_ours)
    ):
        return bare[0]
    return None


def protagonists(sentences, institutions):
    """The institutions the article is about, most prominent first: named often, in the headline, as a
    subject (not after "with", "of", "to", ...)."""
    scores = {}
    items = {}
    for index, sentence in enumerate(sentences):
        for start, _end, item in institutions.positions(index):
            score = 1.0
            if sentence.tells_topic:
                score += 1.5
            if not NOT_A_SUBJECT_BEFORE.search(sentence.text[max(0, start - 12) : start].lower()):
                score += 0.5
            scores[id(item)] = scores.get(id(item), 0) + score
            items.setdefault(id(item), item)
    ranked = sorted(items.values(), key=lambda item: -scores[id(item)])
    return [item for item in ranked if item.kind in ("university", "joint_institute", None)] or ranked
