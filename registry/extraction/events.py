"""Agreements, delegations and meetings, read sentence by sentence.

Each reader looks for its trigger words (agreement nouns, "visit"/"delegation", "meeting"/"talks"/"symposium"),
then fills the record from the sentence: the institutions named in it, the parties a phrase stands for
("the two universities", "the delegation"), and the date in force at that point of the article.
"""
import re
from dataclasses import dataclass, field

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
ONLINE = re.compile(r"\b(?:online|virtual(?:ly)?|video ?(?:conference|conferencing|call|link|meeting)s?|"
                    r"videoconferenc\w*|via video|by video|video meeting|held on distance|remotely|zoom|webinar|"
                    r"cloud (?:meeting|signing))\b", re.I)
FUTURE = re.compile(r"\b(?:will|would|shall|plans? to|planned|planning|intends? to|is to|are to|scheduled|"
                    r"next visit|to be held|expected to|invited\b[^.]*\bto visit|look(?:s|ing)? forward|hopes? to)\b",
                    re.I)
_AGREEMENT_NOUN = re.compile(r"\b(?P<noun>memorand(?:um|a)|MoUs?|MOUs?|agreements?|contracts?|protocols?)\b", re.I)
# The words in front of an agreement noun that name it ("academic cooperation", "HUST-RWTH Key Partnership").
_PHRASE_WORDS = {
    "academic", "educational", "university", "strategic", "key", "inter-school", "cooperation", "cooperative",
    "collaboration", "partnership", "exchange", "student", "students", "research", "medical", "bilateral",
    "framework", "three-party", "tripartite", "friendship", "comprehensive", "general", "joint", "new",
    "separate", "other", "the", "a", "an", "and", "of", "on", "in",
}


# Words that end an agreement's name on the left: institutions and verbs are not part of it.
_NOT_IN_TITLE = {"University", "Universiti", "Institute", "College", "Academy", "Ministry", "Company", "signed",
                 "Signed", "Signs", "signs", "renewed", "Renewed", "inked", "formed", "Forms", "with", "With"}


def _phrase_before(head):
    """The (up to six) words in front of an agreement noun that belong to its name."""
    words = list(re.finditer(r"\S+\s*", head))
    taken = 0
    for match in reversed(words[-6:]):
        word = match.group(0).strip().strip("“\"")
        if not word or not (word[0].isupper() or word.lower() in _PHRASE_WORDS) or word.endswith((",", ".", ";")) \
                or word.rstrip("’'s") in _NOT_IN_TITLE:
            break
        taken = len(head) - match.start()
    return head[len(head) - taken:] if taken else ""


_AGREEMENT_TAIL = re.compile(r"\s+(?:of|on|for)\s+(?:(?!(?:in|at|with|by|between|to|and|was|were|is|on|"
                             r"January|February|March|April|May|June|July|August|September|October|November|"
                             r"December)\b)(?!\d)[\w’'-]+\s*){1,6}")


class _AgreementMatch:
    """An agreement noun with the words that name it."""

    def __init__(self, text, noun):
        head = text[max(0, noun.start() - 90):noun.start()]
        phrase = _phrase_before(head)
        tail = _AGREEMENT_TAIL.match(text, noun.end())
        self.noun_start, self.noun_end = noun.start(), noun.end()
        self.groups = {"phrase": phrase, "noun": noun.group("noun"),
                       "tail": tail.group(0).rstrip() if tail else ""}

    def group(self, name):
        return self.groups[name]

    def start(self, name):
        return self.noun_start

    def end(self, name):
        return self.noun_end


_GROUP_OF_TWO = re.compile(r"\b(?:the two|both)\s+(?:universities|sides|schools|parties|institutions|"
                           r"presidents|colleges|leaders|representatives|countries)\b|\bthe two\b(?!\s+\w+\s+of)",
                           re.I)
_THE_DELEGATION = re.compile(r"\b(?:the|this|their) (?:delegation|guests?|visitors?|visiting team)\b|\bhis group\b",
                             re.I)
_HOME = re.compile(r"\b(?:our|Our) (?:school|university|college|institute|campus|universities)\b|"
                   r"\bthe University delegation\b")
_VISIT = re.compile(r"(?:\bvisit(?:ed|s|ing)?(?!or)|paid (?:a|an) [\w\s-]{0,20}visit|arrived (?:at|in)|came to|"
                    r"led a delegation to|toured)\b", re.I)
_PASSIVE_VISIT = re.compile(r"\b(?:was|were) (?:host(?:ed)? to|visited by|attended by|received by|hosted by)\b|"
                            r"\battended by a delegat\w*|\bhosted by\b|\bwere received by\b", re.I)
_PASSIVE_HOST_LEFT = re.compile(r"(?:was|were) (?:host to|visited by|attended by)|attended by", re.I)
_DELEGATION = re.compile(r"\bdelegat(?:ion|e)s?\b", re.I)
_SIZE = re.compile(r"\b(?:delegation|group|team) of (\d+|\w+) (?:members|people|persons|delegates|representatives)\b|"
                   r"\b(\d+|\w+)-(?:member|person|people) (?:delegation|group|team)\b", re.I)
_MEETING_KINDS = (
    ("signing", re.compile(r"\bsigning ceremony\b|\bceremony of (?:the )?signing\b|\bsigning of the\b[^.]*\bceremony"
                           r"|\bceremony\b[^.]*\bsign|\b(?:attended|witnessed|hosted|held)\b[^.]*\bceremony\b|"
                           r"\bceremony\b[^.]*\b(?:was held|took place)", re.I)),
    ("symposium", re.compile(r"\bsymposium\b", re.I)),
    ("seminar", re.compile(r"\b(?:seminar|workshop)\b", re.I)),
    ("committee", re.compile(r"\bmeeting of the [\w\s]*Committee\b|\bcommittee meeting\b", re.I)),
    ("talk", re.compile(r"\b(?:were|was) (?:received|welcomed) by\b|\bwelcomed (?:the )?(?:guests|delegation|visitors)\b|"
                        r"\b(?:held|hold|holds|had|have)\s+(?:\w+\s+){0,3}talks?\b|\btalks? (?:with|between)\b|"
                        r"\b(?:a|an|the)\s+(?:[\w“”\"-]+\s+){0,3}talk\b|\bmet (?:with )?(?!\w+ing)|"
                        r"\bmeet with\b|\bmeeting\b|\bvideo (?:conference|call)\b|\bvideoconferenc\w*", re.I)),
)
_DEFINITE = re.compile(r"\b(?:the|this) (?:online |virtual )?(?:meeting|talks?|seminar|symposium|ceremony|event)\b(?! of)|"
                       r"\btoday[’']s meeting\b", re.I)
# "The renewal was signed on November 25 ...": a sentence about the agreement just told.
_TOLD_SIGNING = re.compile(r"\b(?:The|the|This|this) (?:renewal|signing|agreement|memorandum|MoU|MOU|document)\b[^.]*?"
                           r"\b(?:was|were) (?:signed|renewed|inked)\b")
_PAST_REFERENCE = re.compile(r"\b(?:the first one|the previous (?:one|meeting)|last year[’']s)\b", re.I)
_LOCATION = re.compile(r"\b(?:in|at) ((?:the )?(?:[\w-]+ )?(?:conference|meeting|reception|VIP) (?:room|hall)"
                       r"(?: \d+)?(?:,? [A-Z][\w]* (?:Building|Hall|Center|Centre))?|(?:[A-Z]{2,6} )?campus|"
                       r"[A-Z][\w]+ Hotel|the [A-Z][\w ]+ Office)", re.I)


@dataclass
class Agreement:
    title: str | None
    kind: str
    action: str
    parties: list
    date: str | None
    evidence: str
    sentence: int


@dataclass
class Delegation:
    visitor: object
    host: object
    leader: object = None
    size: int | None = None
    start: str | None = None
    end: str | None = None
    evidence: str = ""
    host_is_home: bool = False


@dataclass
class Meeting:
    kind: str
    mode: str
    date: str | None
    parties: list = field(default_factory=list)
    location: str | None = None
    evidence: str = ""
    sentence: int = 0
    separate: bool = False   # told as a meeting of its own: never merged into another of the same day


def agreement_kind(phrase):
    """The kind of an agreement from the words that name it."""
    p = phrase.lower()
    if re.search(r"establish\w*[^.]*institute|joint institute|joint school|joint college", p):
        return "joint_institute"
    if re.search(r"partnership", p):
        return "partnership"
    if re.search(r"student exchange|exchange (?:of )?students|students? mobility|memorandum of student", p):
        return "student_exchange"
    if re.search(r"memorand|\bmous?\b", p):
        return "mou"
    if re.search(r"cooperation|cooperative|collaboration|academic|exchange|inter-school|framework", p):
        return "cooperation_agreement"
    return "other"


def agreement_action(before, after):
    """signed, renewed or discussed, from the verbs around an agreement noun (None when none says so)."""
    verbs = list(re.finditer(
        r"(?P<discussed>agreed to sign|agree to sign|readiness\b[^.]*\bsigning|ready to sign|will sign|"
        r"to be signed|plans? to sign|planning to sign|intends? to sign|hope[sd]? to sign|prepar\w* to sign|"
        r"expected to sign|would sign|consider\w* signing|discuss\w*|draft|exchanged views|talked about|"
        r"negotiat\w*|extending|to extend|to renew|prepar\w*)"
        r"|(?P<renewed>renew\w*)"
        r"|(?P<signed>\bsign\w*|\binked?\b|\biink\b|\bformed\b|\bforms\b|\bconcluded\b|\bentered into\b)",
        before, re.I))
    if verbs:
        last = verbs[-1]
        return next(k for k in ("discussed", "renewed", "signed") if last.group(k))
    m = re.match(r"^[^.;]{0,60}?\b(?:was|were|is|are|has been|have been|had been|got|being)\s+(?:also\s+)?"
                 r"(signed|renewed|inked|concluded|formed)\b", after, re.I)
    if m:
        return "renewed" if m.group(1).lower() == "renewed" else "signed"
    return None


def _name_forms(person):
    """Every way the article may refer to a person: full names, then single name words ("President Zhou")."""
    forms = list(person.all_names())
    for name in person.all_names():
        forms.extend(part for part in name.split() if len(part) >= 3 and part not in forms)
    return forms


# Lower-case fragments without which a sentence cannot tell an event of each sort (a speed pre-check;
# the patterns below decide).
_DELEGATION_CUES = ("visit", "delegat", "host", "receiv", "welcom", "guest", "arriv", "came to", "toured", "paid")
_AGREEMENT_CUES = ("agreement", "memorand", "mou", "contract", "protocol", "renewal", "signing", "signed")
_MEETING_CUES = ("meet", "met", "talk", "symposium", "seminar", "workshop", "committee", "ceremony", "conferenc",
                 "receiv", "welcom", "online", "virtual", "video", "sign", "renew", "inked", "distance", "zoom",
                 "webinar", "remote")


class EventReader:
    """Reads the events of one article; call `read` once, then take `agreements`, `delegations`, `meetings`."""

    def __init__(self, sentences, institutions, people, published, home_named, warnings):
        self.sentences = sentences
        self.inst = institutions
        self.people = people
        self.published = published
        self.home_named = home_named
        self.warnings = warnings
        self.agreements, self.delegations, self.meetings = [], [], []
        self.dates = {}
        self.main = self._main_institutions()

    # -- context ---------------------------------------------------------------------------------------
    def _main_institutions(self):
        """The article's protagonists, most prominent first: named often, in the headline, as a subject."""
        scores = {}
        for index, sentence in enumerate(self.sentences):
            for start, end, item in self.inst.positions(index):
                score = 1.0
                if sentence.is_title:
                    score += 1.5
                before = sentence.text[max(0, start - 12):start].lower()
                if not re.search(r"\b(?:with|of|to|by|from|at|visited|visit|and)\s*$", before):
                    score += 0.5
                scores[id(item)] = scores.get(id(item), 0) + score
        items = {id(item): item for index in range(len(self.sentences)) for _, _, item in self.inst.positions(index)}
        ranked = sorted(items.values(), key=lambda item: -scores[id(item)])
        return [item for item in ranked if item.kind in ("university", "joint_institute", None)] or ranked

    def _pair(self):
        return self.main[:2]

    def _sentence_people_institutions(self, index, start=0, end=None):
        text = self.sentences[index].text[start:end]
        found = []
        for person in self.people:
            if person.institution is None:
                continue
            for name in _name_forms(person):
                if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                    if person.institution not in found:
                        found.append(person.institution)
                    break
        return found

    def _people_in(self, index, start=0, end=None):
        text = self.sentences[index].text[start:end]
        out = []
        for person in self.people:
            for name in _name_forms(person):
                m = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)
                if m:
                    out.append((m.start(), person))
                    break
        return [p for _, p in sorted(out, key=lambda x: x[0])]

    def _in_span(self, index, start, end):
        found = []
        for s, e, item in self.inst.positions(index):
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
            found = find_date(self.sentences[index].text, self.published, previous)
            if found is not None and _PAST_REFERENCE.search(self.sentences[index].text):
                self.dates[index] = found
                continue  # "after the first one held on April 15th": another day, not the story's
            if found is not None:
                if found.warning and found.warning not in self.warnings:
                    self.warnings.append(found.warning)
                previous = found
                self.dates[index] = found
            elif previous is not None and self.sentences[index].paragraph == self.sentences[index - 1].paragraph:
                self.dates[index] = previous
            elif previous is not None and previous.start:
                self.dates[index] = previous  # the narrative stays on the day until another is given
        for index in titles:
            self._read_delegation(index, from_title=True)
        for index in body:
            lowered = self.sentences[index].text.lower()
            for reader, cues in ((self._read_delegation, _DELEGATION_CUES), (self._read_agreements, _AGREEMENT_CUES),
                                 (self._read_meetings, _MEETING_CUES)):
                if not any(cue in lowered for cue in cues):
                    continue  # a cheap test first: most sentences tell no event of this sort
                try:
                    reader(index)
                except Exception as error:  # one odd sentence must not cost the whole article
                    self.warnings.append(f"sentence {index} not read ({reader.__name__[6:]}): "
                                         f"{type(error).__name__}")
        for index in titles:
            if not self.agreements:
                self._read_agreements(index)
        self._finish()

    # -- agreements ------------------------------------------------------------------------------------
    def _read_agreements(self, index):
        text = self.sentences[index].text
        told = _TOLD_SIGNING.search(text)
        date = self._date_at(index)
        if told and self.agreements and date is not None and date.start and date.text in text:
            last = self.agreements[-1]   # "The renewal was signed on November 25": dates the last agreement
            if last.date is None and last.action != "discussed":
                last.date = date.start
        segments = re.split(r";|,\s+(?=(?:[A-Z][\w-]*\s+){0,5}(?:MOU|MoU|Memorandum|Agreement)\b)", text)
        offset = 0
        created = []
        for segment in segments:
            seg_start = text.index(segment, offset)
            offset = seg_start + len(segment)
            matches = [_AgreementMatch(segment, n) for n in _AGREEMENT_NOUN.finditer(segment)]
            records = []
            for m in matches:
                noun_start = m.start("noun")
                before = segment[:noun_start]
                after = segment[m.end("noun"):]
                if re.search(r"\b(?:reach(?:ed)?|reaching)\s+(?:an\s+)?(?:\w+\s+)?$", before, re.I) or \
                        re.match(r"\s+(?:on specific|that)\b", after):
                    continue  # "reached an agreement on ...": a consensus, not a document
                action = agreement_action(before, after)
                if action is None and re.search(r"(?:^|\b)(?:The|the|This|this)\s+(?:[\w-]+\s+){0,3}$", before) and \
                        re.match(r"\s+(?:between|with)\b", after) and self._title_reports_signing():
                    action = "signed"  # "The cooperation agreement between X and Y aims at ...", under a signing headline
                if action is None:
                    continue
                if re.search(r"(?:\d+|\bvarious|\bseveral|\bmany|\bmultiple|\bnumerous|\ba number of|\ba series of)"
                             r"\s+(?:[\w-]+\s+){0,2}$", before, re.I):
                    if len(self._in_span(index, seg_start, None)) < 3:
                        continue  # "17 MOUs", "nearly 100 cooperation agreements": a count, not a record
                year = re.search(r"\b(?:in|since) ((?:19|20)\d\d)\b", segment)
                if year and action == "signed" and (not self.published or year.group(1) < self.published[:4]):
                    continue  # "first signed a general exchange agreement in 1996": history, not news
                phrase = (m.group("phrase") or "") + m.group("noun") + (m.group("tail") or "")
                own_words = re.split(r"[,.;]|\band\b(?=[^.]*\b(?:agreement|memorand|MoU|MOU))", after[:60], flags=re.I)[0]
                kind = agreement_kind(phrase + " " + own_words)
                plural = m.group("noun").lower().endswith(("s", "a")) and m.group("noun").lower() != "memoranda" \
                    or re.search(r"\bseparate\b", before, re.I)
                tail_span = None
                if re.match(r"\s+(?:on|for) (?:establishing|the establishment of|setting up|creating|founding)\b", after,
                            re.I):
                    tail_span = (seg_start + m.end("noun"), seg_start + m.end("noun") + 160)
                records.append((phrase.strip(" “”\""), kind, action, plural, tail_span))
            if not records:
                continue
            specific = [r for r in records if r[1] not in ("cooperation_agreement", "other")]
            if specific and len(records) > 1:
                records = [r for r in records if r[1] not in ("other",) and not (
                    r[1] == "cooperation_agreement" and r[3])]
            for title, kind, action, plural, tail_span in records:
                for parties in self._agreement_parties(index, seg_start, seg_start + len(segment), plural, tail_span):
                    created.append(self._make_agreement(index, title, kind, action, parties))
        for agreement in created:
            self._add_agreement(agreement)

    def _title_reports_signing(self):
        return any(s.is_title and re.search(r"\b(?:sign(?:s|ed)?|inks?|inked)\b", s.text, re.I) for s in self.sentences)

    def _agreement_parties(self, index, start, end, plural, tail_span=None):
        text = self.sentences[index].text
        segment = text[start:end]
        named = self._in_span(index, start, end)
        if tail_span:  # "Agreement on establishing X Institute at Y University": X and Y are what it sets up
            named = [item for item in named if not tail_span[0] <= self._position(index, item, -1) < tail_span[1]]
        for item in self._sentence_people_institutions(index, start, end):
            if item not in named:
                named.append(item)
        if _GROUP_OF_TWO.search(segment) and len(named) < 2:
            for item in self._pair():
                if item not in named:
                    named.append(item)
        if _THE_DELEGATION.search(segment) and self._current_visitor() is not None:
            if self._current_visitor() not in named:
                named.insert(0, self._current_visitor())
        with_match = re.search(r"\b(?:with|between)\b", segment)
        if with_match:
            before_with = [item for item in named if self._position(index, item, start) < start + with_match.start()]
            after_with = [item for item in named if item not in before_with]
            subject = before_with
            if not subject and with_match.group(0) == "between" and len(after_with) >= 2:
                subject, after_with = after_with[:1], after_with[1:]  # "between SOA and A, B and C"
            if plural and not after_with and not re.search(r"\bbetween\b", segment):
                return []  # "signed agreements with membership universities": partners not named, no record
            if not subject:
                subject = self._implicit_subject(index, after_with)
            if plural and len(after_with) > 1:
                return [subject + [item] for item in after_with]
            parties = subject + [item for item in after_with if item not in subject]
            if len(parties) < 2:
                parties += [item for item in self._implicit_subject(index, parties) if item not in parties]
            return [parties]
        if len(named) == 1:
            subject = self._implicit_subject(index, named)
            return [subject + named]
        return [named] if named else []

    def _position(self, index, item, default):
        for s, e, other in self.inst.positions(index):
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

    def _implicit_subject(self, index, others):
        """Who signs when the sentence names only the partner: the travelling delegation, else the article's
        protagonist (never an invented name for an unnamed publisher)."""
        if self.delegations:
            last = self.delegations[-1]
            if last.visitor is not None and last.visitor not in others:
                return [last.visitor]
            if last.host is not None and last.host not in others:
                return [last.host]
        if self.home_named is not None and _HOME.search(" ".join(s.text for s in self.sentences)):
            return [] if self.home_named in others else [self.home_named]
        if _HOME.search(" ".join(s.text for s in self.sentences)):
            return []
        for item in self.main:
            if item not in others:
                return [item]
        return []

    def _make_agreement(self, index, title, kind, action, parties):
        date = self._date_at(index) if action != "discussed" else None  # a plan has no signing date
        unique = []
        for item in parties:
            if item is not None and item not in unique:
                unique.append(item)
        parties = unique
        clean_title = title
        clean_title = re.sub(r"^(?:(?:the|a|an|signed|and|separate|other|new)\s+)+", "", clean_title, flags=re.I)
        return Agreement(clean_title or None, kind, action, parties, date.start if date else None,
                         self.sentences[index].text, index)

    def _add_agreement(self, agreement):
        if not agreement.parties:
            return
        key = frozenset(id(p) for p in agreement.parties)
        for other in self.agreements:
            if key <= frozenset(id(p) for p in other.parties) and other.action == agreement.action and \
                    (other.sentence != agreement.sentence or key == frozenset(id(p) for p in other.parties)):
                if other.sentence == agreement.sentence and other.kind != agreement.kind:
                    continue  # two documents in one sentence: "MOU and Student Exchange Agreements"
                if other.date is None and agreement.date:
                    other.date = agreement.date
                return
        self.agreements.append(agreement)

    # -- delegations -----------------------------------------------------------------------------------
    def _read_delegation(self, index, from_title=False):
        sentence = self.sentences[index]
        text = sentence.text
        if ONLINE.search(text):
            return
        visit = _VISIT.search(text)
        passive = _PASSIVE_VISIT.search(text)
        delegation_word = _DELEGATION.search(text)
        met = re.search(r"\b(?:the|this) (?:delegation|guests|visitors) (?:also |then )?(?:met|discussed|held|toured|"
                        r"visited|signed|attended)\b", text, re.I)
        if not (visit or passive or delegation_word or met):
            return
        if FUTURE.search(text[: (visit or passive or delegation_word or met).end() + 30]) and not passive:
            return
        if visit and re.search(r"(?:’s|'s)\s+visit\b|\bduring (?:the|his|her|their) visit\b|"
                               r"\b(?:first|last|previous|next) visit\b", text[max(0, visit.start() - 25):visit.end()],
                               re.I) and not delegation_word:
            return
        if passive and visit and visit.start() < passive.start() and not _PASSIVE_HOST_LEFT.match(passive.group(0)):
            passive = None  # "... visited X and were received by Y": the active verb tells who went where
        if passive and _PASSIVE_HOST_LEFT.match(passive.group(0)):
            host_part, visitor_part = (0, passive.start()), (passive.end(), None)
        elif passive:
            visitor_part, host_part = (0, passive.start()), (passive.end(), None)
        elif visit:
            visitor_part, host_part = (0, visit.start()), (visit.end(), None)
        elif met and self._current_visitor() is not None:
            # "At X University, the delegation met with ...": the travelling delegation calls on X
            visitor = self._current_visitor()
            hosts = [item for item in self.inst.in_sentence(index) if item is not visitor and item.kind != "government"]
            date = self._date_at(index)
            for host in hosts[:1]:
                if not any(d.visitor is visitor and d.host is host for d in self.delegations):
                    self.delegations.append(Delegation(visitor, host, self.delegations[-1].leader, None,
                                                       date.start if date else None, date.end if date else None,
                                                       text))
            return
        else:
            visitor_part, host_part = (0, None), (None, None)
        visitors = self._visitors(index, *visitor_part, passive=bool(passive),
                                  strict=not (visit or passive))
        if not visitors:
            return
        visitor = visitors[0]
        hosts = self._hosts(index, host_part, visitor) if host_part[0] is not None else []
        host_is_home = bool(host_part[0] is not None and re.match(
            r"\s*(?:to\s+)?(?:our|Our)\s+(?:school|university|college|institute|campus)", text[host_part[0]:]))
        if passive and re.search(r"\b(?:our|Our)\s+(?:school|university)", text[:passive.start()]):
            host_is_home = True
        if host_is_home:
            hosts = [self.home_named] if self.home_named is not None else []
        if not hosts and not visit and not passive and not host_is_home and not _HOME.search(text):
            # "The Vietnamese delegation was led by ...": received by the article's protagonist
            hosts = [item for item in self.main[:1] if item is not visitor]
        if not hosts:
            hosts = [None]
        date = self._date_at(index) if not from_title else None
        leader = self._leader(index, text, visitor)
        size = self._size(text)
        for host in hosts:
            if host is visitor:
                continue
            self._add_delegation(Delegation(visitor, host, leader, size, date.start if date else None,
                                            date.end if date else None, text, host_is_home), from_title)

    def _visitors(self, index, start, end, passive=False, strict=False):
        text = self.sentences[index].text
        segment = text[start:end]
        for s, e, item in self.inst.positions(index):  # "the Harbin Institute of Technology delegation"
            if s >= start and (end is None or e <= end) and re.match(r"(?:’s|'s)?\s*delegation\b", text[e:]):
                return [item]
        m = re.search(r"\bdelegat\w* (?:of (?:\w+ )?(?:members |people |persons )?)?(?:from|of)\s+", segment, re.I)
        if m:
            found = self._in_span(index, start + m.end(), end)
            if found:
                return found[:1]
        m = re.search(r"\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}delegation\b", segment, re.I)
        if m:
            found = [item for s, e, item in self.inst.positions(index)
                     if s >= start + m.start() and e <= start + m.end()]
            if found:
                return found[:1]
            if re.search(r"\bthe University delegation\b|\bour delegation\b", m.group(0)):
                return self._home_as_visitor()
            if re.search(r"\bthe (?:delegation|guests)\b", m.group(0), re.I) and self._current_visitor():
                return [self._current_visitor()]
        if re.match(r"\s*(?:the|this) (?:delegation|guests?)\b", segment, re.I) and self._current_visitor():
            return [self._current_visitor()]
        if strict:  # only the word "delegation": its visitor must be the one who leads it
            m = re.search(r"\bdelegation\b[^.;]*?\b(?:led|headed) by\b", segment, re.I)
            leaders = self._people_in(index, start + m.end(), end) if m else []
            found = [p.institution for p in leaders[:1] if p.institution is not None]
            if m and not found:  # "led by the Vice-Chairman of the People's Committee of X, Dr. Y"
                found = self._in_span(index, start + m.end(), end)[:1]
            return found
        people = self._people_in(index, start, end)
        found = self._in_span(index, start, end)
        for person in people:
            if person.institution is not None and (not found or person.institution in found or
                                                   self._position(index, person.institution, 0) >= 0):
                if person.institution.kind != "government":
                    return [person.institution]
        found = [item for item in found if item.kind != "government"] or found
        if found:
            return found[:1]
        if re.search(r"\b(?:Our|our) (?:university|school|delegation)\b", segment):
            return self._home_as_visitor()
        if re.search(r"\bthe (?:delegation|guests|visitors)\b", segment, re.I) and self._current_visitor():
            return [self._current_visitor()]
        m = re.search(r"^(?:The|the|A|a)?\s*([A-Z][a-z]+) delegation\b", segment)
        return []

    def _home_as_visitor(self):
        if self.home_named is not None:
            return [self.home_named]
        acronym_only = [item for item in self.main if not item.names]
        return acronym_only[:1] or self.main[:1]

    def _hosts(self, index, host_part, visitor):
        text = self.sentences[index].text
        start = host_part[0]
        segment = text[start:]
        if re.match(r"\s*(?:the )?(?:\w+\s+)?(?:two|three|four|five|\d+) (?:universities|institutions|schools)",
                    segment):
            return [item for item in self.inst.in_sentence(index) if item is not visitor]
        stop = re.search(r"\b(?:to hold|to discuss|and (?:met|held|signed|was)|where|in order)\b|[;]", segment)
        end = start + stop.start() if stop else None
        found = [item for item in self._in_span(index, start, end) if item is not visitor]
        if found:
            return found[:1]
        people = [p.institution for p in self._people_in(index, start, end)
                  if p.institution is not None and p.institution is not visitor]
        if people:
            return people[:1]
        if re.match(r"\s*(?:the )?(?:aforementioned|host|said|partner) (?:university|institution|school)", segment):
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
        m = re.search(r"\bled (?:a|the) delegation\b", text)
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
            if other.visitor is delegation.visitor and (other.host is delegation.host or other.host is None or
                                                        delegation.host is None):
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
        return any(d is not trip and d.visitor is trip.visitor and d.host is not None for d in self.delegations)

    # -- meetings --------------------------------------------------------------------------------------
    def _read_meetings(self, index):
        text = self.sentences[index].text
        mode = "online" if ONLINE.search(text) else "in_person"
        kinds = [kind for kind, pattern in _MEETING_KINDS if pattern.search(text)]
        if "talk" in kinds and len(kinds) > 1:
            kinds.remove("talk")
        if kinds == ["talk"] and mode == "online" and re.search(r"\b(?:signed|renewed|inked)\b", text):
            kinds = ["signing"]
        if not kinds:
            if mode == "online" and re.search(r"\b(?:signed|renewed|inked)\b", text):
                kinds = ["signing"]
            elif mode == "online" and re.search(r"\b(?:held|attended)\b", text):
                kinds = ["talk"]
            else:
                self._signing_without_meeting(index)
                return
        if FUTURE.search(text) and not re.search(r"\b(?:held|took place|met|attended)\b", text):
            return
        if _PAST_REFERENCE.search(text):
            return
        date = self._date_at(index)
        day = date.start if date else None
        parties = self._meeting_parties(index)
        if not parties and kinds[0] == "signing" and self.agreements:
            parties = list(self.agreements[-1].parties)  # "X attended the ceremony": the signing just told
        if not parties:
            return
        location = self._location(text)
        definite = _DEFINITE.search(text)
        if re.match(r"\s*After (?:the )?[\w\s-]*?(?:ceremony|signing|meeting|talks?)\b[^.]*\b(?:had|held|hold)\s+"
                    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|talk|discussion)", text):
            self.meetings.append(Meeting("other", mode, day, parties, location, text, index, separate=True))
            return  # "After the signing ceremony, research groups ... had a meeting": another meeting
        for kind in kinds[:1]:
            existing = self._find_meeting(kind, day, mode, parties, definite)
            if existing is not None:
                for item in parties:
                    if item not in existing.parties:
                        existing.parties.append(item)
                existing.location = existing.location or location
                if existing.kind == "talk" and kind != "talk":
                    existing.kind = kind
                continue
            self.meetings.append(Meeting(kind, mode, day, parties, location, text, index))

    def _signing_without_meeting(self, index):
        """A signing told with a place or a day ("signed ... here", "on Monday") is a signing meeting."""
        text = self.sentences[index].text
        made = [a for a in self.agreements if a.sentence == index and a.action in ("signed", "renewed")]
        if not made:
            return
        if not re.search(r"\b(?:here|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|at the|in the|"
                         r"ceremony|hosted|visit\w*)\b|\bin (?!the\b)[A-Z][a-z]+", text) and not (self._date_at(index) and self._date_at(index).start and
                                                         re.search(r"\bOn\b", text)):
            return
        date = self._date_at(index)
        day = date.start if date else None
        parties = []
        for agreement in made:
            for item in agreement.parties:
                if item not in parties:
                    parties.append(item)
        if self._find_meeting("signing", day, "in_person", parties, None) is None:
            self.meetings.append(Meeting("signing", "in_person", day, parties, None, text, index))

    def _find_meeting(self, kind, day, mode, parties, definite):
        for meeting in reversed(self.meetings):
            if definite:
                return meeting  # "at the meeting": the one already told, whatever its mode and day
            if meeting.mode != mode:
                continue
            if meeting.kind == kind and meeting.date == day:
                return meeting
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
        if _GROUP_OF_TWO.search(text) or (len(parties) < 2 and re.search(r"\b(?:between|both)\b", text)):
            for item in self._pair():
                if item not in parties:
                    parties.append(item)
        if self.delegations and (_THE_DELEGATION.search(text) or len(parties) < 2):
            last = self.delegations[-1]
            # a trip to several hosts told in one sentence: the delegation meets all of them
            trip = [d for d in self.delegations if d.visitor is last.visitor and d.evidence == last.evidence]
            for item in [last.visitor] + [d.host for d in trip]:
                if item is not None and item not in parties:
                    parties.append(item)
        if self.agreements and _TOLD_SIGNING.search(text):  # "The renewal was signed ... in a video conference"
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
    def _finish(self):
        # An outbound trip without a host, whose meetings name other institutions: one record per host.
        for trip in [d for d in self.delegations if d.host is None and not d.host_is_home]:
            for meeting in self.meetings:
                if trip.visitor in meeting.parties:
                    for item in meeting.parties:
                        if item is not trip.visitor and item.kind != "government" and not any(
                                d.visitor is trip.visitor and d.host is item for d in self.delegations):
                            self.delegations.append(Delegation(trip.visitor, item, trip.leader, None, meeting.date,
                                                               meeting.date, meeting.evidence))
        # A trip whose hosts are known needs no host-less record besides them.
        self.delegations = [d for d in self.delegations if d.host is not None or d.host_is_home or not any(
            o.visitor is d.visitor and o.host is not None for o in self.delegations)]
        # "The delegation met with leaders of three universities": one meeting per host of the trip.
        split = []
        for meeting in self.meetings:
            hosts = [item for item in meeting.parties
                     if any(d.host is item and d.visitor in meeting.parties for d in self.delegations)]
            visitors = [d.visitor for d in self.delegations if d.host in hosts and d.visitor in meeting.parties]
            if len(hosts) >= 2 and visitors:
                for host in hosts:
                    split.append(Meeting(meeting.kind, meeting.mode, meeting.date, [visitors[0], host],
                                         meeting.location, meeting.evidence, meeting.sentence, meeting.separate))
            else:
                split.append(meeting)
        self.meetings = split
        # A delegation's meetings happen on its day when the sentence gives none.
        for delegation in self.delegations:
            if delegation.start and delegation.start == delegation.end:
                for meeting in self.meetings:
                    if meeting.date is None and delegation.visitor in meeting.parties and meeting.mode == "in_person":
                        meeting.date = delegation.start
        # Talks on the day of a more specific meeting with the same parties are that meeting.
        kept = []
        for meeting in self.meetings:
            twin = next((m for m in kept if m.date and m.date == meeting.date and m.mode == meeting.mode and
                         not (m.separate or meeting.separate) and
                         set(map(id, m.parties)) & set(map(id, meeting.parties)) and
                         "talk" in (m.kind, meeting.kind)), None)
            if twin is not None:
                if twin.kind == "talk":
                    twin.kind = meeting.kind
                twin.location = twin.location or meeting.location
                continue
            kept.append(meeting)
        self.meetings = kept
