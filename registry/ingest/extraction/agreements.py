"""Agreements in a sentence: which documents, of what kind, signed, renewed or only discussed, by whom."""

import re

from .cues import GROUP_OF_TWO, THE_DELEGATION, TOLD_SIGNING, UNNAMED_HOME, Agreement

_AGREEMENT_NOUN = re.compile(
    r"\b(?P<noun>memorand(?:um|a)|MoUs?|MOUs?|agreements?|contracts?|protocols?|"
    r"letters? of intent|LoIs?|LOIs?)\b",
    re.I,
)
# The words in front of an agreement noun that name it ("academic cooperation", "HUST-RWTH Key Partnership").
_PHRASE_WORDS = {
    "academic",
    "educational",
    "university",
    "strategic",
    "key",
    "inter-school",
    "cooperation",
    "cooperative",
    "collaboration",
    "partnership",
    "exchange",
    "student",
    "students",
    "research",
    "medical",
    "bilateral",
    "framework",
    "three-party",
    "tripartite",
    "friendship",
    "comprehensive",
    "general",
    "joint",
    "new",
    "separate",
    "other",
    "the",
    "a",
    "an",
    "and",
    "of",
    "on",
    "in",
}


# Words that end an agreement's name on the left: institutions and verbs are not part of it.
_NOT_IN_TITLE = {
    "University",
    "Universiti",
    "Institute",
    "College",
    "Academy",
    "Ministry",
    "Company",
    "signed",
    "Signed",
    "Signs",
    "signs",
    "renewed",
    "Renewed",
    "inked",
    "formed",
    "Forms",
    "with",
    "With",
}


def _phrase_before(head):
    """The (up to six) words in front of an agreement noun that belong to its name."""
    words = list(re.finditer(r"\S+\s*", head))
    taken = 0
    for match in reversed(words[-6:]):
        word = match.group(0).strip().strip('“"')
        if (
            not word
            or not (word[0].isupper() or word.lower() in _PHRASE_WORDS)
            or word.endswith((",", ".", ";"))
            or word.rstrip("’'s") in _NOT_IN_TITLE
        ):
            break
        taken = len(head) - match.start()
    return head[len(head) - taken :] if taken else ""


_AGREEMENT_TAIL = re.compile(
    r"\s+(?:of|on|for)\s+(?:(?!(?:in|at|with|by|between|to|and|was|were|is|on|"
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b)(?!\d)[\w’'-]+\s*){1,6}"
)


class _AgreementMatch:
    """An agreement noun with the words that name it."""

    def __init__(self, text, noun):
        head = text[max(0, noun.start() - 90) : noun.start()]
        phrase = _phrase_before(head)
        tail = _AGREEMENT_TAIL.match(text, noun.end())
        self.noun_start, self.noun_end = noun.start(), noun.end()
        self.groups = {
            "phrase": phrase,
            "noun": noun.group("noun"),
            "tail": tail.group(0).rstrip() if tail else "",
        }

    def group(self, name):
        return self.groups[name]

    def start(self, name):
        return self.noun_start

    def end(self, name):
        return self.noun_end


def agreement_kind(phrase):
    """The kind of an agreement from the words that name it."""
    p = phrase.lower()
    if re.search(r"establish\w*[^.]*institute|joint institute|joint school|joint college", p):
        return "joint_institute"
    if re.search(r"partnership", p):
        return "partnership"
    if re.search(
        r"student exchange|exchange (?:of )?students|(?:students?|academic) mobility|"
        r"memorandum (?:of|on) student",
        p,
    ):
        return "student_exchange"
    if re.search(r"memorand|\bmous?\b", p):
        return "mou"
    if re.search(r"cooperation|cooperative|collaboration|academic|exchange|inter-school|framework", p):
        return "cooperation_agreement"
    return "other"


# A signing not done yet: "are set to sign", "is due to be renewed", "plans to ink", "would like to conclude".
_MODAL_SIGNING = (
    r"\b(?:will|would(?: like)?|shall|(?:is|are|was|were) (?:set|due|scheduled|expected|poised|slated|going|"
    r"about|planned|planning|preparing|ready|likely|to)|plans?|planning|intends?|intending|hopes?|hoped|"
    r"hoping|aims?|aiming|wants?|wish(?:es)?|seeks?|seeking|agreed|agree|proposed|proposes?)\s+(?:also\s+)?"
    r"to\s+(?:be\s+)?(?:sign(?:ed)?|conclud\w*|ink(?:ed)?|renew(?:ed)?|extend(?:ed)?)\b"
)


def agreement_action(before, after):
    """signed, renewed or discussed, from the verbs around an agreement noun (None when none says so)."""
    verbs = list(
        re.finditer(
            r"(?P<discussed>"
            + _MODAL_SIGNING
            + r"|discuss\w*\s+(?:the\s+)?(?:possible\s+|possibility of (?:the\s+)?)?(?:renewal|extension|"
            r"renewing|extending|prolongation)|agreed to sign|agree to sign|readiness\b[^.]*\bsigning|"
            r"ready to sign|will sign|"
            r"to be signed|plans? to sign|planning to sign|intends? to sign|hope[sd]? to sign|"
            r"prepar\w* to sign|"
            r"expected to sign|would sign|consider\w* signing|discuss\w*|draft|exchanged views|talked about|"
            r"negotiat\w*|extending|to extend|to renew|prepar\w*|explor\w*|agreed to\b|agree to\b)"
            r"|(?P<renewed>renew\w*|(?<!to )\b(?:extended|prolonged)(?=(?:\s+[\w-]+){0,4}\s*$))"
            r"|(?P<signed>\bsign\w*|\binked?\b|\biink\b|\bpenned\b|\bformed\b|\bforms\b|\bconcluded\b|"
            r"\bconclude\b|\bentered into\b|\bexchanged\b(?!\s+(?:views|ideas|opinions)))",
            before,
            re.I,
        )
    )
    if verbs:
        last = verbs[-1]
        return next(k for k in ("discussed", "renewed", "signed") if last.group(k))
    m = re.match(
        r"^[^.;]{0,100}?\b(?:was|were|is|are|has been|have been|had been|got|being)\s+(?:also\s+)?"
        r"(signed|renewed|inked|penned|concluded|formed|entered into)\b",
        after,
        re.I,
    )
    if m:
        return "renewed" if m.group(1).lower() == "renewed" else "signed"
    return None


# "renewed the agreement (first) signed in 2015", "their MoU, originally concluded in 2010", "they had signed
# in 2012"
_EARLIER_SIGNING = re.compile(
    r"\b(?:(?:first|originally|initially|previously|earlier|once)\s+)?(?:signed|concluded|inked|"
    r"entered into|established)\s+(?:back\s+)?in\s+((?:19|20)\d\d)\b(?![-–/]\d)"
)


class AgreementReading:
    """The agreement part of EventReader."""

    def _earlier_signing_of_a_renewal(self):
        """A renewal whose sentence dates the agreement it renews ("renewed the MoU first signed in 2015")
        tells two records: the renewal, and the earlier signing with its year (extraction-format.md, "An
        earlier agreement")."""
        for renewal in [a for a in self.agreements if a.action == "renewed"]:
            match = _EARLIER_SIGNING.search(renewal.evidence)
            if match is None or renewal.date and renewal.date[:4] <= match.group(1):
                continue
            if any(
                a.action == "signed"
                and a.date == match.group(1)
                and set(map(id, a.parties)) == set(map(id, renewal.parties))
                for a in self.agreements
            ):
                continue
            self.agreements.append(
                Agreement(
                    renewal.title,
                    renewal.kind,
                    "signed",
                    list(renewal.parties),
                    match.group(1),
                    renewal.evidence,
                    renewal.sentence,
                )
            )

    def _read_agreements(self, index):
        text = self.sentences[index].text
        told = TOLD_SIGNING.search(text)
        date = self._date_at(index)
        if told and self.agreements and date is not None and date.start and date.text in text:
            last = self.agreements[-1]  # "The renewal was signed on November 25": dates the last agreement
            if last.date is None and last.action != "discussed":
                last.date = date.start
        segments = re.split(
            r";|,\s+(?=(?:[A-Z][\w-]*\s+){0,5}(?:MOU|MoU|[Mm]emorand(?:um|a)|Agreement)\b)", text
        )
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
                after = segment[m.end("noun") :]
                if re.search(
                    r"\b(?:reach(?:ed)?|reaching)\s+(?:an\s+)?(?:\w+\s+)?$", before, re.I
                ) or re.match(r"\s+(?:on specific|that)\b", after):
                    continue  # "reached an agreement on ...": a consensus, not a document
                action = agreement_action(before, after)
                if (
                    action is None
                    and re.search(r"(?:^|\b)(?:The|the|This|this)\s+(?:[\w-]+\s+){0,3}$", before)
                    and re.match(r"\s+(?:between|with)\b", after)
                    and self._title_reports_signing()
                ):
                    # "The cooperation agreement between X and Y aims at ...", under a signing headline
                    action = "signed"
                if action is None:
                    continue
                if (
                    re.search(
                        r"(?:\d+|\bvarious|\bseveral|\bmany|\bmultiple|\bnumerous|"
                        r"\ba number of|\ba series of)\s+(?:[\w-]+\s+){0,2}$",
                        before,
                        re.I,
                    )
                    and len(self._in_span(index, seg_start, None)) < 3
                ):
                    continue  # "17 MOUs", "nearly 100 cooperation agreements": a count, not a record
                year = re.search(r"\b(?:[Ii]n|[Ss]ince) ((?:19|20)\d\d)\b", segment)
                if year and action == "signed" and (not self.published or year.group(1) < self.published[:4]):
                    continue  # "first signed a general exchange agreement in 1996": history, not news
                phrase = (m.group("phrase") or "") + m.group("noun") + (m.group("tail") or "")
                own_words = re.split(
                    r"[,.;]|\b(?:and|together with|as well as)\b(?=[^.]*\b(?:agreement|memorand|MoU|MOU))",
                    after[:60],
                    flags=re.I,
                )[0]
                kind = agreement_kind(phrase + " " + own_words)
                plural = (
                    m.group("noun").lower().endswith(("s", "a"))
                    and m.group("noun").lower() != "memoranda"
                    or re.search(r"\bseparate\b", before, re.I)
                )
                tail_span = None
                if re.match(
                    r"\s+(?:on|for) (?:establishing|the establishment of|setting up|creating|founding)\b",
                    after,
                    re.I,
                ):
                    tail_span = (seg_start + m.end("noun"), seg_start + m.end("noun") + 160)
                records.append((phrase.strip(' “”"'), kind, action, plural, tail_span))
            if not records:
                continue
            if (
                len(records) > 1
            ):  # "... the cooperation agreement ... will draft the new agreement": one document
                records = [
                    r
                    for r in records
                    if not (
                        r[1] == "other"
                        and not r[3]
                        and any(o[1] != "other" and o[2] == r[2] for o in records)
                    )
                ]
            specific = [r for r in records if r[1] not in ("cooperation_agreement", "other")]
            if specific and len(records) > 1:
                records = [
                    r
                    for r in records
                    if r[1] not in ("other",) and not (r[1] == "cooperation_agreement" and r[3])
                ]
            for title, kind, action, plural, tail_span in records:
                for parties in self._agreement_parties(
                    index, seg_start, seg_start + len(segment), plural, tail_span
                ):
                    created.append(self._make_agreement(index, title, kind, action, parties))
        for agreement in created:
            self._add_agreement(agreement)

    def _title_reports_signing(self):
        return any(
            s.is_title and re.search(r"\b(?:sign(?:s|ed)?|inks?|inked)\b", s.text, re.I)
            for s in self.sentences
        )

    def _agreement_parties(self, index, start, end, plural, tail_span=None):
        text = self.sentences[index].text
        segment = text[start:end]
        named = self._in_span(index, start, end)
        if tail_span:  # "Agreement on establishing X Institute at Y University": X and Y are what it sets up
            named = [
                item for item in named if not tail_span[0] <= self._position(index, item, -1) < tail_span[1]
            ]
        for item in self._sentence_people_institutions(index, start, end):
            if item not in named:
                named.append(item)
        if (
            GROUP_OF_TWO.search(segment)
            or re.search(
                r"(?:^|,\s*)(?:[Tt]hey|[Tt]he (?:parties|sides))\s+(?:also\s+)?"
                r"(?:signed|renewed|inked|exchanged|concluded)\b",
                segment,
            )
        ) and len(named) < 2:
            for item in self._pair():
                if item not in named:
                    named.append(item)
        if (
            THE_DELEGATION.search(segment)
            and self._current_visitor() is not None
            and self._current_visitor() not in named
        ):
            named.insert(0, self._current_visitor())
        with_match = re.search(r"\b(?:with|between)\b", segment)
        if with_match:
            before_with = [
                item for item in named if self._position(index, item, start) < start + with_match.start()
            ]
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
        for s, _e, other in self.inst.positions(index):
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
        focus = self._focus.get(self.sentences[index].paragraph)
        if self.delegations:
            last = self.delegations[-1]
            if last.visitor is not None and last.visitor not in others:
                return [last.visitor]
            if focus is not None and focus not in others:
                return [focus]  # "At SMTU, ... President Zhou and Rector Voronin renewed the agreement"
            if last.host is not None and last.host not in others:
                return [last.host]
        if self.home_named is not None and UNNAMED_HOME.search(" ".join(s.text for s in self.sentences)):
            return [] if self.home_named in others else [self.home_named]
        if UNNAMED_HOME.search(" ".join(s.text for s in self.sentences)):
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
        clean_title = re.sub(
            r"^(?:(?:the|a|an|signed|and|separate|other|new|of|on|in)\s+)+", "", clean_title, flags=re.I
        )
        return Agreement(
            clean_title or None,
            kind,
            action,
            parties,
            date.start if date else None,
            self.sentences[index].text,
            index,
        )

    def _add_agreement(self, agreement):
        if not agreement.parties:
            return
        key = frozenset(id(p) for p in agreement.parties)
        for other in self.agreements:
            if (
                key <= frozenset(id(p) for p in other.parties)
                and other.action == agreement.action
                and (other.sentence != agreement.sentence or key == frozenset(id(p) for p in other.parties))
            ):
                if other.sentence == agreement.sentence and other.kind != agreement.kind:
                    continue  # two documents in one sentence: "MOU and Student Exchange Agreements"
                if (
                    (
                        key != frozenset(id(p) for p in other.parties)
                        or re.search(
                            r"\b(?:[Aa]lso|another|separate|second|additional)\b", agreement.evidence
                        )
                    )
                    and "other" not in (other.kind, agreement.kind)
                    and other.kind != agreement.kind
                ):
                    # "Also, KBTU and TTPU concluded a bilateral agreement": a document of two of them
                    continue
                if other.date is None and agreement.date:
                    other.date = agreement.date
                if agreement.sentence != other.sentence:
                    other.retold.append(agreement.sentence)
                return
        self.agreements.append(agreement)

    # -- delegations -----------------------------------------------------------------------------------
