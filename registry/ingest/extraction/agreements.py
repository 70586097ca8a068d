"""Agreements in a sentence: which documents, of what kind, signed, renewed or only discussed, by whom."""

import re
from typing import NamedTuple

from .lexicon import (
    ACRONYM_IN_BRACKETS,
    AGREEMENT_KIND_RULES,
    AGREEMENT_NOUN,
    AGREEMENT_SEGMENT_BREAK,
    AGREEMENT_TAIL,
    ANOTHER_DOCUMENT,
    ANOTHER_EVENT_AFTER,
    ANOTHER_OCCASION_BEFORE,
    ANOTHER_TIME_TOLD,
    ARRANGEMENT_NOUN,
    ASIDE_REMARK,
    BARE_DOCUMENT_NOUNS,
    BETWEEN_AFTER,
    CEREMONY_HELD_TO,
    CLAUSE_OF_ITS_OWN_BETWEEN,
    COMMA_ONLY_GAP,
    CONSENSUS_AFTER,
    CONSENSUS_BEFORE,
    COUNT_BEFORE,
    COUNTED_GROUP,
    DEALT_OUT,
    DEFINITE_BEFORE,
    DOCUMENT_NAME_ENDS,
    DOCUMENT_SIGNING_AFTER,
    DOCUMENT_TERMS,
    DOCUMENT_WITH_PARTNER,
    DONE_BEFORE_GERUND,
    EACH_SIGNER,
    EARLIER_SIGNING,
    EARLIER_SIGNING_VERB,
    EARLIER_YEAR_BEFORE,
    FOLLOWED_UP_BEFORE,
    FRAMED_BY_A_DOCUMENT_BEFORE,
    FUTURE,
    FUTURE_OCCASION_AFTER,
    GENERAL_KINDS,
    GERUND_SUBJECT_BEFORE,
    GROUP_ANNOUNCES_THE_LIST,
    GROUP_BEFORE_THE_LIST,
    GROUP_OF_TWO,
    HELD_SINCE_AFTER,
    HELD_SINCE_BEFORE,
    IN_FORCE_SINCE_AFTER,
    IN_THE_FUTURE_AFTER,
    INTENDED_SIGNING,
    LAST_YEAR_AFTER,
    LIST_CLOSING_JOIN,
    LOOKED_ON_AS,
    MEMBERS_LISTED_NEXT,
    MISSION_AS_PARTNER,
    MISSION_AS_SIGNER,
    MISSION_NAME,
    MODAL_SIGNING,
    MODAL_VERB_AFTER,
    MONTHS,
    NAMES_ONLY,
    NEW_DOCUMENT_BEFORE,
    NO_PARTY_ROLE_BEFORE,
    NOT_A_DOCUMENT_RENEWED,
    NOT_A_VENUE_BEFORE_AT,
    NOT_IN_TITLE,
    NUMBER_WORDS,
    OCCASION_POINTED_BACK,
    ONE_MORE_DOCUMENT,
    OWN_TOPIC,
    OWN_WORDS_END,
    PAIR_OF_COUNTRIES,
    PAIR_WITH,
    PART_OF_A_NAME_GAP,
    PARTNER_LIST_GAP,
    PARTNERS_RIGHT_AFTER,
    PARTNERSHIP_ANNOUNCED_BEFORE,
    PARTNERSHIP_EXTENDED,
    PARTNERSHIP_SIGNED_BEFORE,
    PHRASE_WORDS,
    PLAIN_AGREEMENT,
    POINTED_BACK_BEFORE,
    REACHED_AFTER,
    REACHED_BEFORE,
    SETS_UP_AFTER,
    SEVERAL_DOCUMENTS,
    SIGNATORIES_NEXT,
    SIGNED_AFTER,
    SIGNED_CLOSE_AFTER,
    SIGNED_CLOSE_BEFORE,
    SIGNED_DOCUMENT_BEFORE,
    SIGNED_IN_ITS_OWN_CLAUSE_AFTER,
    SIGNED_LATER_IN_THE_CLAUSE,
    SIGNED_WHEN_AFTER,
    SIGNING_AFTER_BEFORE,
    SIGNING_AIMED_AT_BEFORE,
    SIGNING_AS_A_TIME,
    SIGNING_AS_A_TIME_BEFORE,
    SIGNING_INTENDED_IN_THE_CLAUSE,
    SIGNING_NOUN_BEFORE,
    SIGNING_OF_THE_DOCUMENT_BEFORE,
    SIGNING_TALKED_ABOUT,
    SIGNING_TALKED_OF_AFTER,
    SIGNING_VERB_BEFORE_THE_NOUN,
    TALKED_ABOUT_BEFORE_GERUND,
    THE_BARE_BODY,
    THE_DELEGATION,
    THE_GROUP_TOLD_BEFORE,
    THE_PAIR_COUNTED,
    TITLE_QUOTES,
    TO_BE_SIGNED_AFTER,
    TOLD_SIGNING,
    TOPIC_OF_A_CONSENSUS,
    VENUE_BEFORE,
    WHERE_CLAUSE,
    WITH_OR_BETWEEN,
    WITNESSES_AFTER_SIGNING,
    YEAR_IN_SEGMENT,
)
from .prefilter import prefiltered
from .records import AgreementRecord


def _phrase_before(head):
    """The (up to six) words in front of an agreement noun that belong to its name."""
    words = list(re.finditer(r"\S+\s*", head))
    taken = 0
    for match in reversed(words[-6:]):
        word = match.group(0).strip().strip('“"')
        if word in ("and", "&") and DOCUMENT_NAME_ENDS.search(head, 0, match.start()):
            break  # "a Memorandum of Understanding and Student Exchange Agreement": two documents
        if (
            not word
            or not (word[0].isupper() or word.lower() in PHRASE_WORDS)
            or word.endswith((",", ".", ";"))
            or word.rstrip("’'s") in NOT_IN_TITLE
        ):
            break
        taken = len(head) - match.start()
    return head[len(head) - taken :] if taken else ""


class _AgreementMatch:
    """An agreement noun with the words that name it."""

    def __init__(self, text, noun):
        head = text[max(0, noun.start() - 90) : noun.start()]
        phrase = _phrase_before(head)
        tail = AGREEMENT_TAIL.match(text, noun.end())
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
    """The kind of an agreement from the words that name it: the first rule of AGREEMENT_KIND_RULES whose
    words the name holds (the lexicon says why they come in that order)."""
    p = phrase.lower()
    for kind, words in AGREEMENT_KIND_RULES:
        if words.search(p):
            return kind
    return "other"


# The verbs around an agreement noun, one group per action; compiled once (the pattern is long, and
# re.finditer would build and look it up again for every noun). The engine tries its hundred-odd
# case-blind alternatives in turn at every position (a third of a millisecond for a clause); every match
# begins with one of about 150 strings, and str.find finds their places for a fraction of that
# (prefilter.py, required_starts).
_ACTION_VERBS = prefiltered(
    re.compile(
        r"(?P<discussed>"
        + MODAL_SIGNING
        + r"|"
        + SIGNING_TALKED_ABOUT
        + r"|"
        + INTENDED_SIGNING
        + r"|(?:discuss\w*|talk\w* about|consider\w*|explor\w*)\s+(?:the\s+)?"
        r"(?:possible\s+|possibility of (?:the\s+)?)?(?:renewal|extension|"
        r"renewing|extending|prolongation)|agreed to sign|agree to sign|readiness\b[^.]*\bsigning|"
        r"ready to sign|will sign|"
        r"to be signed|plans? to sign|planning to sign|intends? to sign|hope[sd]? to sign|"
        r"prepar\w* to sign|"
        r"expected to sign|would sign|consider\w* signing|discuss\w*|draft|exchanged views|talked about|"
        r"negotiat\w*|extending|to extend|to renew|prepar\w*|explor\w*|agreed to\b|agree to\b)"
        r"|(?P<renewed>renew(?:al|als|ed|ing|s)?\b"
        + NOT_A_DOCUMENT_RENEWED
        + r"|re-?sign\w*|(?<!to )\b(?:extended|prolonged)(?=(?:\s+[\w-]+){0,4}\s*$))"
        r"|(?P<signed>\bsign\w*|\binked?\b|\biink\b|\bformed\b|\bforms\b|\bconclude\b|"
        + SIGNING_VERB_BEFORE_THE_NOUN
        + r"|"
        r"\bexchanged\b(?!\s+(?:views|ideas|opinions)))",
        re.I,
    ),
    max_starts=200,
)


def agreement_action(before, after, verbs):
    """signed, renewed or discussed, from the verbs around an agreement noun (None when none says so);
    `verbs`: the action verbs printed before it (_action_verbs)."""
    if TO_BE_SIGNED_AFTER.match(after):
        return "discussed"  # "... paving the way for an MoU to be signed next year"
    held_to = CEREMONY_HELD_TO.search(before)
    if held_to:
        return "signed" if held_to.group("verb").lower() in ("sign", "conclud") else "renewed"
    if verbs:
        last = verbs[-1]
        action = next(k for k in ("discussed", "renewed", "signed") if last.group(k))
        if action != "discussed" and _a_signing_talked_about(before, after, last):
            return "discussed"
        if action == "discussed":
            return _signed_in_a_clause_of_its_own(before[last.end() :], after) or (
                _a_document_signed_already(after) or action
            )
        return action
    told = SIGNED_AFTER.match(after)
    if told and told.group("noun") and ANOTHER_OCCASION_BEFORE.search(before):
        return None  # "Following the agreement signing ceremony, ...": the signing just told, not another
    framed = told and told.group("verb") and FRAMED_BY_A_DOCUMENT_BEFORE.search(before)
    if framed and not FUTURE.search(after[: told.end()]):
        return "signed"  # the main clause's future is the news the signed document frames
    if told and not FUTURE.search(before + after[:80]):
        word = (told.group("verb") or told.group("made") or told.group("noun")).lower()
        return "renewed" if word.startswith("renew") else "signed"
    m = SIGNED_LATER_IN_THE_CLAUSE.match(after)
    if m:
        return "renewed" if m.group("verb").lower() in ("renewed", "extended", "prolonged") else "signed"
    return None


def _signed_in_a_clause_of_its_own(between, after):
    """ "held negotiations with B, during which an agreement ... was signed": the verb of talk governs its own
    clause; the document's own verb, in the clause that names it, says it was signed (or renewed)."""
    if not CLAUSE_OF_ITS_OWN_BETWEEN.search(between):
        return None
    told = SIGNED_IN_ITS_OWN_CLAUSE_AFTER.match(after)
    if told is None or FUTURE.search(after[: told.end()]):
        return None
    return "renewed" if told.group(0).lower().endswith("renewed") else "signed"


def _a_document_signed_already(after):
    """ "discussed ways to activate the MoU signed by A and B", "reviewed the agreement concluded in 2019": a
    document the talk is about, told by its participle as signed, was signed (extraction-format.md, "An
    earlier agreement"); the talk is about something else done with it. The action told, or None."""
    told = SIGNED_AFTER.match(after)
    if told is None or not told.group("verb") or FUTURE.search(after[: told.end()]):
        return None
    year = EARLIER_SIGNING.search(after)
    if year is not None and year.start() < told.end():
        return None  # "to reactivate their MoU first signed in 2006": the talk and the 2006 signing are told
    return "renewed" if told.group("verb").lower() == "renewed" else "signed"


def _action_verbs(before):
    """The action verbs printed before an agreement noun, in order: read once for each noun (the pattern is
    one of the costliest of the parser), for agreement_action and _told_as_existing."""
    return list(_ACTION_VERBS.finditer(before))


def _told_as_existing(before, after, verbs):
    """ "the signed preliminary agreement", "discussed ways to activate the MoU signed by A and B": a document
    told as one signed already, whose sentence is about something else done with it."""
    if SIGNED_DOCUMENT_BEFORE.search(before):
        return True
    return bool(verbs and verbs[-1].group("discussed") and _a_document_signed_already(after))


def _a_signing_talked_about(before, after, verb):
    """ "They exchanged views on ... and signing a memorandum", "... renewing the MoU in the future": a
    signing told as a gerund that a verb of talk governs, or put in the future, has not happened ("after
    signing the MoU" has)."""
    if IN_THE_FUTURE_AFTER.match(after) or _a_signing_still_ahead(before[: verb.start()]):
        return True
    if SIGNING_NOUN_BEFORE.search(before) and (
        FUTURE_OCCASION_AFTER.match(after) or SIGNING_TALKED_OF_AFTER.match(after)
    ):
        return True  # "Its signing will take place on 8 June", "... was considered at the talks"
    if GERUND_SUBJECT_BEFORE.search(before, 0, verb.start()) and MODAL_VERB_AFTER.match(after):
        return verb.group(0).lower().endswith("ing")  # "signing the MoU will open ...": weighed, not done
    return (
        verb.group(0).lower().endswith("ing")
        and not DONE_BEFORE_GERUND.search(before, 0, verb.start())
        and bool(TALKED_ABOUT_BEFORE_GERUND.search(before, 0, verb.start()))
    )


def _a_signing_still_ahead(lead):
    """ "held talks with a view to signing an MoU", "the sides will meet again before signing the agreement":
    a signing the clause aims at, or puts after something still to come, has not happened ("toured the
    campus before the signing of the MoU" has)."""
    if SIGNING_AIMED_AT_BEFORE.search(lead):
        return True
    clause = re.split(r"[,;:]", lead)[-1]
    if SIGNING_INTENDED_IN_THE_CLAUSE.search(clause) and not SIGNING_AS_A_TIME_BEFORE.search(clause):
        return True  # "voiced the intention to speed up its signing", "fixed dates for its signing"
    return bool(SIGNING_AFTER_BEFORE.search(clause) and FUTURE.search(clause))


def earlier_signing_of_a_renewal(ctx):
    """A renewal whose sentence dates the agreement it renews ("renewed the MoU first signed in 2015")
    tells two records: the renewal, and the earlier signing with its year (extraction-format.md, "An
    earlier agreement")."""
    for renewal in [a for a in ctx.agreements if a.action == "renewed"]:
        match = EARLIER_SIGNING.search(renewal.evidence)
        if match is None or renewal.date and renewal.date[:4] <= match.group("year"):
            continue
        if any(
            a.action == "signed"
            and a.date == _month_and_year(match)
            and set(map(id, a.parties)) == set(map(id, renewal.parties))
            for a in ctx.agreements
        ):
            continue
        ctx.agreements.append(
            AgreementRecord(
                renewal.title,
                renewal.kind,
                "signed",
                list(renewal.parties),
                _month_and_year(match),
                renewal.evidence,
                renewal.sentence,
            )
        )


def a_lone_signer_is_told_with_its_partners(ctx):
    """ "X signed two MoUs with key partners. ... X signed an MoU with Y": a document read with one party,
    where another document of that party is read with its partners, is no record of its own when the two are
    of the same time (the first sentence announces what the later ones tell), and is that pair's other
    document when they are of different years ("Their initial agreement, signed in 2015, ..."). A document
    that stays with one party is left as read: nothing better is known."""
    for lone in [a for a in ctx.agreements if len(a.parties) == 1]:
        fuller = [
            a
            for a in ctx.agreements
            if a is not lone
            and len(a.parties) >= 2
            and lone.parties[0] in a.parties
            and a.action == lone.action
        ]
        if not fuller:
            continue
        if any(_of_the_same_time(lone, a) for a in fuller):
            ctx.agreements.remove(lone)
        elif len({frozenset(map(id, a.parties)) for a in fuller}) == 1:
            lone.parties = list(fuller[0].parties)


def _of_the_same_time(one, other):
    """Two documents no date tells apart: one of them undated, or both of one year."""
    return not one.date or not other.date or one.date[:4] == other.date[:4]


class _Mention(NamedTuple):
    """One agreement noun of a sentence, read: what it is called, its kind, what was done with it."""

    title: str
    kind: str
    action: str
    plural: bool
    tail_span: tuple | None  # "Agreement on establishing X at Y": the span naming what it sets up
    earlier: str | None = None  # the year of an earlier signing the mention names
    existing: bool = False  # told as a document signed already, not signed at the sentence's occasion
    pointed_back: str | None = None  # "demonstrative" ("this MoU"), "definite" ("the MoU") or None
    relationship: bool = False  # named by "partnership": the tie a document makes, not always a document
    signing_told: bool = (
        False  # "the signing of the MoU", "an MoU signing ceremony": the signing as an occasion
    )
    noun_at: int = 0  # where the segment prints the document's noun
    undated: bool = False  # signed at another time than the sentence's, which does not date it


def read_agreements(ctx, index):
    """The agreements told in sentence `index`: one record per document and set of parties."""
    text = ctx.sentences[index].text
    _date_the_agreement_just_told(ctx, index, text)
    created = []
    for seg_start, segment in _segments(text):
        read = [
            (match, _mention(ctx, index, seg_start, segment, match)) for match in _document_names(segment)
        ]
        read = [(match, mention) for match, mention in read if mention is not None]
        own_partners = _partner_of_each_document(
            ctx, index, seg_start, segment, [match for match, _m in read]
        )
        if own_partners:  # documents each with its own partner: none is a repeat of another
            for (match, mention), (signer, partners) in zip(read, own_partners, strict=True):
                plural = mention.plural or match.group("noun").lower() == "memoranda"
                each = [signer + [item] for item in partners] if plural else [signer + partners]
                for parties in each:
                    created.extend(_records_of_mention(ctx, index, mention, parties))
            continue
        for mention in _one_per_document([mention for _match, mention in read]):
            told = _the_signing_told_again(ctx, mention)
            if told is not None:
                _told_again(ctx, index, told)
                continue
            each = _agreement_parties(
                ctx,
                index,
                seg_start,
                seg_start + len(segment),
                mention.plural,
                mention.tail_span,
                seg_start + mention.noun_at,
            )
            told = _the_document_pointed_back_to(ctx, mention, each)
            if told is not None:
                _told_again(ctx, index, told)
                continue
            if not any(each) and mention.pointed_back is None:
                each = _signatories_told_next(ctx, index)
            of_the_occasion = not each and mention.pointed_back is None
            if of_the_occasion:
                each = _parties_of_the_occasion_pointed_back_to(ctx, segment)
            if not each:
                each = _the_guest_and_host_by_default(ctx, mention)
            for parties in each:
                records = _records_of_mention(ctx, index, mention, parties)
                if of_the_occasion and ANOTHER_TIME_TOLD.search(segment):
                    _signed_at_another_time(records)
                if len(each) > 1:
                    _kind_of_each_partner(ctx, index, records, parties[-1], seg_start + len(segment))
                created.extend(records)
    for agreement in created:
        _add_agreement(ctx, agreement)


def _document_names(segment):
    """Each agreement noun of a segment with the words that name it; a noun inside the name of the one
    before ("memorandum of agreement", "agreement on the protocol") is no document of its own."""
    named_to = -1
    for noun in AGREEMENT_NOUN.finditer(segment):
        if noun.start() < named_to:
            continue
        if named_to >= 0 and ACRONYM_IN_BRACKETS.fullmatch(segment, named_to, noun.end()):
            continue  # the acronym of the one before: "Memorandum of Understanding (MoU)"
        match = _AgreementMatch(segment, noun)
        named_to = noun.end() + len(match.group("tail"))
        yield match


def _partner_of_each_document(ctx, index, seg_start, segment, matches):
    """ "X signed an MoU with A and a student exchange agreement with B": each document of a list after one
    signing verb names its own partner, so the MoU is X's with A alone and the exchange agreement X's with B
    alone. The (signer, partners) of each document, or None where the documents do not each name one."""
    if len(matches) < 2:
        return None
    witnessed = WITNESSES_AFTER_SIGNING.search(segment)
    ends = [m.start("noun") - len(m.group("phrase")) for m in matches[1:]]
    ends.append(witnessed.start("witnesses") if witnessed else len(segment))
    partners = []
    for match, end in zip(matches, ends, strict=True):
        own_from = match.end("noun") + len(match.group("tail"))
        if not DOCUMENT_WITH_PARTNER.match(segment, own_from):
            return None
        own = _named_in(ctx, index, seg_start + own_from, seg_start + end)
        if not own:
            return None
        partners.append(own)
    first = matches[0].start("noun") - len(matches[0].group("phrase"))
    signer = [
        item for item in _named_in(ctx, index, seg_start, seg_start + first) if not _among(item, partners)
    ]
    if not signer:
        signer = _implicit_subject(ctx, index, [item for own in partners for item in own])
    return [(signer, [item for item in own if item not in signer]) for own in partners]


def _kind_of_each_partner(ctx, index, records, partner, end):
    """ "signed agreements with A on research and with B on student exchange": each partner's document is of
    the kind its own words say (B's a student exchange agreement), where they name a narrower kind; else
    the kind its noun names ("MoUs with A for a joint institute and with B": B's is an MoU)."""
    text = ctx.sentences[index].text
    at = [(s, e) for s, e, item in ctx.institutions.positions(index) if item is partner]
    if not at:
        return
    after = at[0][1]
    for s, e, item in ctx.institutions.positions(index):
        if item is partner and after < s <= after + 3:  # its acronym in brackets: "A (UGent) for ..."
            after = e + 1 if text[e : e + 1] == ")" else e
    following = [s for s, _e, _item in ctx.institutions.positions(index) if after <= s < end]
    own = OWN_TOPIC.match(text, after, min(following) if following else end)
    kind = agreement_kind(own.group("topic")) if own else "other"
    for record in records:
        if kind not in ("other", "cooperation_agreement"):
            record.kind = kind
        elif record.title:  # the words of another partner's document say nothing of this one's
            record.kind = agreement_kind(record.title)


def _named_in(ctx, index, start, end):
    """The institutions a span names, themselves or through the people acting for them."""
    named = ctx.in_span(index, start, end)
    return named + [item for item in ctx.people_institutions(index, start, end) if item not in named]


def _among(item, lists):
    return any(item in each for each in lists)


def _records_of_mention(ctx, index, mention, parties):
    """The record a mention tells; one signed in an earlier year is dated by that year, and a renewal or a
    talk about "their 2015 MoU" also tells the 2015 signing."""
    record = _make_agreement(ctx, index, mention.title, mention.kind, mention.action, parties)
    record.existing = mention.existing
    if mention.undated:
        record.date = None
    if mention.earlier is None:
        return [record]
    if mention.action == "signed":
        record.date = mention.earlier
        record.kind = _kind_of_the_document_told(ctx, record)
        record.existing = True  # signed in an earlier year: no signing at this sentence's occasion
        return [record]
    if record.date and record.date[:4] == mention.earlier[:4]:
        record.date = None  # "renewing the accord concluded in June 2015": that date is the signing's
    earlier = _make_agreement(ctx, index, mention.title, mention.kind, "signed", parties)
    earlier.date = mention.earlier
    earlier.kind = _kind_of_the_document_told(ctx, earlier)
    # "The meeting was to reactivate an MoU signed in 2006": the 2006 signing is no signing of the meeting
    earlier.existing = True
    return [record, earlier]


def _kind_of_the_document_told(ctx, earlier):
    """ "renewed their student exchange agreement ... first concluded the exchange agreement in 2008": the
    earlier signing of a document already told by a longer name is of that document's kind."""
    title = (earlier.title or "").lower()
    for told in ctx.agreements:
        if (
            set(map(id, told.parties)) == set(map(id, earlier.parties))
            and told.title
            and title
            and re.search(r"\b" + re.escape(title) + r"\b", told.title.lower())
        ):
            return told.kind
    return earlier.kind


def _date_the_agreement_just_told(ctx, index, text):
    """ "The renewal was signed on November 25": dates the last agreement."""
    date = ctx.date_at(index)
    if TOLD_SIGNING.search(text) and ctx.agreements and date is not None and date.start and date.text in text:
        last = ctx.agreements[-1]
        if last.date is None and last.action != "discussed":
            last.date = date.start
        if last.action != "discussed" and index not in last.retold and index != last.sentence:
            last.retold.append(index)  # "The MoU was signed on May 3 by ...": the signing as an occasion


def _segments(text):
    """The parts of a sentence that may each tell their own documents, with where each starts. A part after a
    semicolon that is names only goes on the one before ("agreements with A; B; C and D": one list of
    partners, not parts of their own)."""
    spans = []
    start = 0
    for brk in AGREEMENT_SEGMENT_BREAK.finditer(text):
        spans.append((start, brk.start(), brk.group(0)))
        start = brk.end()
    spans.append((start, len(text), ""))
    merged = []
    for span_start, span_end, _break in spans:
        if merged and merged[-1][2] == ";" and NAMES_ONLY.fullmatch(text, span_start, span_end):
            merged[-1] = (merged[-1][0], span_end, _break)
        else:
            merged.append((span_start, span_end, _break))
    for span_start, span_end, _break in merged:
        yield span_start, text[span_start:span_end]


def _mention(ctx, index, seg_start, segment, m):
    """The agreement noun `m` read as a _Mention, or None when it names no document signed, renewed or
    discussed (a consensus reached, a count of agreements, history)."""
    before = segment[: m.start("noun")]
    after = segment[m.end("noun") :]
    announced = _a_partnership_announced(m, before)
    reached = _an_agreement_reached(before, after)
    if reached is None and _names_no_document(m, before, after, announced):
        return None
    verbs = _action_verbs(before)
    action = reached or _mention_action(ctx, m, before, after, verbs, announced)
    if action is None or (action == "discussed" and DOCUMENT_TERMS.search(segment)):
        return None  # "the MoU is valid for five years and may be renewed": its terms, no document planned
    if (
        COUNT_BEFORE.search(before)
        and not EARLIER_YEAR_BEFORE.search(before)
        and len(ctx.in_span(index, seg_start, None)) < 3
    ):
        return None  # "17 MOUs", "nearly 100 cooperation agreements": a count, not a record
    earlier = _earlier_year(ctx, segment, before, action)
    if earlier == "history":
        return None  # "cooperating since 2010 under a general agreement": history, no document dated
    return _read_mention(seg_start, segment, m, verbs, action, earlier)


def _an_agreement_reached(before, after):
    """ "A reached a transfer agreement with B", "An accord was reached between A and B", "A framework accord
    was reached covering joint research", "had reached an agreement back in 2019": an agreement reached with
    its partners, its time or its aim is a document concluded, "signed". One reached on or about something,
    or to do something ("reached an agreement on closer ties", "an accord was reached to widen the
    exchange"), is a consensus of talks and names no document; so is one put in the future. None for those
    and where nothing is reached."""
    passive = REACHED_AFTER.match(after)
    if passive is None and not REACHED_BEFORE.search(before):
        return None
    clause = re.split(r"[,;:]", before)[-1]
    if FUTURE.search(clause) or TOPIC_OF_A_CONSENSUS.match(after, passive.end() if passive else 0):
        return None
    return "signed"


def _names_no_document(m, before, after, announced):
    """The noun names a consensus, a tie or an arrangement, not a document: "reached an agreement on ...",
    "their partnership", "made arrangements for the visit"."""
    if CONSENSUS_BEFORE.search(before) or CONSENSUS_AFTER.match(after):
        return True  # "reached an agreement on ...": a consensus, not a document
    if (
        m.group("noun").lower().startswith("partnership")
        and not PARTNERSHIP_SIGNED_BEFORE.search(before)
        and not announced
    ):
        return True  # "after the signing of the partnership", "their partnership": a tie, told as no document
    return bool(
        ARRANGEMENT_NOUN.fullmatch(m.group("noun"))
        and not announced
        and not (SIGNED_CLOSE_BEFORE.search(before) or SIGNED_CLOSE_AFTER.match(after))
    )  # "made arrangements for the visit": no document


def _mention_action(ctx, m, before, after, verbs, announced):
    """What was done with the document (signed, renewed, discussed), from its verbs or, where none is
    printed, from how it is told; None when nothing was done with it."""
    action = agreement_action(before, after, verbs)
    if (
        action is None
        and DEFINITE_BEFORE.search(before)
        and BETWEEN_AFTER.match(after)
        and ctx.title_reports_signing()
    ):
        action = "signed"  # "The cooperation agreement between X and Y aims at ...", under a signing headline
    if action is None and NEW_DOCUMENT_BEFORE.search(before) and _partners_follow_the_name(m, after):
        action = "signed"  # "A new MoU between X and Y will enhance ...": a new document has been concluded
    if action is None and _held_since(before, after):
        action = "signed"  # "X has had an exchange agreement with Y since 2009": signed in that year
    if action is None and announced:
        action = "signed"  # "A and B announced a strategic partnership": formed
    return action


def _read_mention(seg_start, segment, m, verbs, action, earlier):
    """The _Mention of a document something was done with: its title and kind from its own words, and how
    the sentence tells it (plural, told before, pointed back to, its signing as an occasion)."""
    before = segment[: m.start("noun")]
    after = segment[m.end("noun") :]
    phrase = (m.group("phrase") or "") + m.group("noun") + (m.group("tail") or "")
    own_words = OWN_WORDS_END.split(after[:60])[0]
    kind = agreement_kind(phrase + " " + own_words)
    noun = m.group("noun").lower()
    relationship = noun.startswith("partnership")
    plural = noun.endswith(("s", "a")) and noun != "memoranda" or re.search(r"\bseparate\b", before, re.I)
    tail_span = None
    if SETS_UP_AFTER.match(after):
        tail_span = (seg_start + m.end("noun"), seg_start + m.end("noun") + 160)
    if action == "signed" and not relationship and PARTNERSHIP_EXTENDED.search(segment):
        action = "renewed"  # "extended their partnership by signing a new MoU": the partnership renewed
    existing = action == "signed" and _told_as_existing(before, after, verbs)
    undated = (
        bool(FOLLOWED_UP_BEFORE.search(before) or SIGNED_WHEN_AFTER.match(after)) and action != "discussed"
    )
    existing = existing or undated  # "a visit to follow up the signing of the MoU": signed before it
    back = POINTED_BACK_BEFORE.search(before) if not (m.group("tail") or "").strip() else None
    pointed_back = None if back is None else "demonstrative" if back.group("demonstrative") else "definite"
    signing_told = bool(
        (SIGNING_OF_THE_DOCUMENT_BEFORE.search(before) or DOCUMENT_SIGNING_AFTER.match(after))
        and not PARTNERS_RIGHT_AFTER.match(after)
    )
    return _Mention(
        phrase.strip(' “”"'),
        kind,
        action,
        plural,
        tail_span,
        earlier,
        existing,
        pointed_back,
        relationship,
        signing_told,
        m.start("noun"),
        undated,
    )


def _a_partnership_announced(m, before):
    """ "A and B announced a partnership on Monday", "A launched a new partnership with B": a partnership made
    public as made, in a clause that puts nothing in the future."""
    if not m.group("noun").lower().startswith("partnership"):
        return False
    announced = PARTNERSHIP_ANNOUNCED_BEFORE.search(before)
    return bool(announced) and not FUTURE.search(re.split(r"[,;:]", before[: announced.start()])[-1])


def _the_signing_told_again(ctx, mention):
    """ "A signed an MoU with B. The MoU signing ceremony was attended by officials of C", "Speaking at the
    signing of the agreement, the director of C ...": the signing of a document named by its bare noun, told
    as an occasion after a document was signed, is that signing again; the bodies its sentence names are
    there (guests, witnesses, speakers), not parties. Not where partners follow ("the signing of the MoU
    with C")."""
    if not mention.signing_told or mention.plural or mention.earlier:
        return None
    words = re.sub(r"^(?:(?:of|for|the|a|an|this|that|said|same)\s+)+", "", mention.title, flags=re.I).split()
    if len(words) > 1:
        return None  # "the signing of the student exchange agreement": a document of its own name
    done = [a for a in ctx.agreements if a.action != "discussed"]
    # (a document told with one party so far takes its partner from the signing told again)
    return done[-1] if done and len(done[-1].parties) >= 2 else None


def _the_document_pointed_back_to(ctx, mention, each):
    """ "The signing of this MoU will ...", "The renewed MoU, signed in November, ...": a document named by
    its bare noun after "this" or "that" (or after "the" where its sentence names no parties) is the one
    signed just before, whoever its sentence names (a speaker's own body is no new party); else None."""
    if mention.pointed_back is None or mention.action == "discussed" or mention.earlier or mention.plural:
        return None
    if mention.pointed_back == "definite" and any(each):
        return None  # "the MoU between A and B": the parties it names decide (_add_agreement)
    done = [a for a in ctx.agreements if a.action != "discussed"]
    if done:
        return done[-1]
    if mention.pointed_back == "demonstrative" and ctx.agreements:
        return ctx.agreements[-1]  # "the signing of this agreement aims to ..." after a plan: the plan again
    return None


def _told_again(ctx, index, told):
    """The document `told` is told again in sentence `index`: the day its signing is given there dates it."""
    text = ctx.sentences[index].text
    date = ctx.date_at(index)
    signed_on = date is not None and re.search(
        r"\b(?:signed|renewed|inked|concluded)\s+(?:\w+\s+){0,2}" + re.escape(date.text), text
    )
    if told.date is None and signed_on and date.start:
        told.date = date.start
    if index != told.sentence and index not in told.retold:
        told.retold.append(index)


def _partners_follow_the_name(m, after):
    """ "... Memorandum of Understanding (MOU) between X and Y": the partners follow the document's name and
    its acronym."""
    rest = after[len(m.group("tail") or "") :]
    acronym = re.match(r"\s*\([^()]{1,12}\)", rest)
    return bool(BETWEEN_AFTER.match(rest, acronym.end() if acronym else 0))


def _earlier_year(ctx, segment, before, action):
    """The year of an earlier signing the segment names ("first signed a cooperation agreement in 2013",
    "discussed extending their 2015 MoU"): a record of its own (extraction-format.md, "An earlier
    agreement"). "history" where a past year names no signing ("since 2010")."""
    named = EARLIER_YEAR_BEFORE.search(before)
    if named and _before_publication(ctx, named.group(1)):
        return named.group(1)
    noun = AGREEMENT_NOUN.match(segment, len(before))
    after = segment[noun.end() if noun else len(before) :]
    dated = IN_FORCE_SINCE_AFTER.match(after) or _held_since(before, after)
    if dated and _before_publication(ctx, dated.group(1)):
        return dated.group(1)  # "renew the agreement in place since 2011": its 2011 signing is a record too
    told = EARLIER_SIGNING.search(segment, len(before))
    if told and action != "signed" and _before_publication(ctx, told.group("year")):
        return _month_and_year(told)  # "to reactivate an earlier MoU signed in 2006": a record too
    counted = _last_year_told_after(ctx, segment, before, action)
    if counted:
        return counted
    year = YEAR_IN_SEGMENT.search(segment)
    if year and action == "signed" and _before_publication(ctx, year.group("year")):
        return _month_and_year(year) if year.group(0).lower().startswith("in") else "history"
    return None


def _month_and_year(told):
    """ "2006", or "2019-11" where the month is printed before the year ("concluded in October 2018")."""
    month = told.group("month")
    return f"{told.group('year')}-{MONTHS[month.lower()]:02d}" if month else told.group("year")


def _held_since(before, after):
    """ "has had a student exchange agreement with Y since 2009": the year a document is held since (a
    match whose group 1 is the year), or None."""
    return HELD_SINCE_AFTER.match(after) if HELD_SINCE_BEFORE.search(before) else None


def _last_year_told_after(ctx, segment, before, action):
    """ "... and signed the cooperation agreement in June last year", "renewed the MoU they signed last
    year": the month and year counted back from the publication, told after this document's noun and
    before the next one's (for a renewal or a talk, of a signing); None where not told."""
    noun = AGREEMENT_NOUN.match(segment, len(before))
    if noun is None or not ctx.published:
        return None
    following = AGREEMENT_NOUN.search(segment, noun.end())
    told = LAST_YEAR_AFTER.search(segment, noun.end(), following.start() if following else len(segment))
    if (
        told is None
        or action != "signed"
        and not EARLIER_SIGNING_VERB.search(segment, noun.end(), told.start())
    ):
        return None
    year = int(ctx.published[:4]) - 1
    month = told.group("month")
    return f"{year:04d}-{MONTHS[month.lower()]:02d}" if month else f"{year:04d}"


def _before_publication(ctx, year):
    return not ctx.published or year < ctx.published[:4]


def _one_per_document(mentions):
    """ "... the cooperation agreement ... will draft the new agreement": one document, told twice. "entered
    into a partnership with B through the signing of an MoU", "signed the MoU to extend their partnership":
    the partnership is the tie the document named beside it makes, no document of its own."""
    if any(not r.relationship for r in mentions):
        mentions = [r for r in mentions if not r.relationship]
    if len(mentions) > 1:
        mentions = [
            r
            for r in mentions
            if not (
                _bare(r)
                and r.kind == "other"
                and not r.plural
                and any(o.kind != "other" and o.action == r.action for o in mentions)
            )
        ]
    specific = [r for r in mentions if r.kind not in ("cooperation_agreement", "other")]
    if specific and len(mentions) > 1:
        mentions = [
            r
            for r in mentions
            if not (_bare(r) and r.kind == "other" and any(o.action == r.action for o in specific))
            and not (r.kind == "cooperation_agreement" and r.plural)
        ]
    return mentions


def _bare(mention):
    """ "the agreement", "the new agreement": a document named by its noun alone (so perhaps one already
    named), not "a joint research agreement"."""
    words = re.sub(r"^(?:(?:the|a|an|new|this|that|said|same)\s+)+", "", mention.title, flags=re.I).split()
    return len(words) <= 1


def _agreement_parties(ctx, index, start, end, plural, tail_span=None, noun_at=None):
    text = ctx.sentences[index].text
    end = _where_the_parties_end(text, start, end)
    segment = text[start:end]
    named = _without_venues(
        ctx, index, _without_patrons(ctx, index, text, _not_in_an_aside(ctx, index, start, end))
    )
    named = _without_onlookers(ctx, index, start, segment, named)
    where = _the_place_of_a_where_clause(ctx, index, start, segment)
    if where is not None:
        named, end = where
        segment = text[start:end]
    if tail_span:  # "Agreement on establishing X Institute at Y University": X and Y are what it sets up
        named = [item for item in named if not tail_span[0] <= ctx.position(index, item, -1) < tail_span[1]]
    for item in ctx.people_institutions(index, start, end):
        if item not in named:
            named.append(item)
    told_before = None if plural else _the_group_told_before(ctx, index, segment, named)
    if told_before:
        return [named + told_before]
    if _refers_to_the_pair(segment) and len(named) < 2:
        for item in ctx.pair():
            if item not in named:
                named.append(item)
    if not named and not ctx.agreements and SIGNING_AS_A_TIME.search(segment) and len(ctx.pair()) == 2:
        named = list(ctx.pair())  # no document told yet: the signing the sentence dates its news by
    if (
        THE_DELEGATION.search(segment)
        and ctx.current_visitor() is not None
        and ctx.current_visitor() not in named
    ):
        named.insert(0, ctx.current_visitor())
    listed = _members_listed_next(ctx, index, start, segment)
    if listed:
        return _each_member_listed_next(named, listed[1], plural or SEVERAL_DOCUMENTS.search(segment))
    pairs = _pairs_told_with(ctx, index, start, end)
    if len(pairs) >= 2:
        return pairs  # "signed by A with B, and by C with D": one document per pair
    with_match = _the_documents_with(ctx, index, start, segment, noun_at)
    if with_match and not named and not ctx.delegations:
        # "signed ... between Australia and Indonesia": no institution named, and no visit under way whose
        # guest and host would be the parties: none is guessed
        return []
    if with_match:
        return _parties_around_with(ctx, index, start, end, named, segment, with_match, plural)
    if len(named) == 1:
        subject = _implicit_subject(ctx, index, named)
        return [subject + named]
    return [named] if named else []


def _the_group_told_before(ctx, index, segment, named):
    """ "A inked an accord with the two Norvish colleges", "a joint memorandum was concluded by the four
    leading maritime institutes": a group the sentence counts, with fewer bodies named than it counts, is
    the bodies the nearest earlier sentence lists as many of (besides the ones named here; or, for three or
    more, all it lists). A group of two is told by a word of its own ("the two Norvish colleges"):
    "the two universities" stay the pair the story is at. Read for one document only: "the agreements were
    inked by ... the two Norvish colleges" tells again documents read before."""
    group = THE_GROUP_TOLD_BEFORE.search(segment)
    if group is None:
        return None
    word = group.group("count").lower()
    count = NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)
    if len(named) >= count or (count == 2 and not (named and group.group("own"))):
        return None
    for before in range(index - 1, -1, -1):
        listed = ctx.in_span(before, 0, None)
        others = [item for item in listed if item not in named]
        if len(others) == count or (count > 2 and len(listed) == count):
            return others
    return None


def _the_documents_with(ctx, index, start, segment, noun_at):
    """The "with" or "between" that names the document's partners: the first after its noun that a body
    follows ("helped with the MoU signing between A and B", "met with C ..., where he signed an MoU with
    D"), else the first of the segment ("signed with A an agreement on ...")."""
    first = WITH_OR_BETWEEN.search(segment)
    if noun_at is None or first is None or first.start() > noun_at - start:
        return first
    own = WITH_OR_BETWEEN.search(segment, noun_at - start)
    if own and ctx.in_span(index, start + own.end(), start + len(segment)):
        return own
    return first


def _not_met_on_the_way(ctx, index, start, segment, with_match, before_with):
    """The signers before the document's "with": not the bodies an earlier "with" names, the partners of
    another verb ("the president met with officials of C in Brno, then signed an MoU with D": C is
    met, not a signer), where a body is left before that "with"."""
    earlier = WITH_OR_BETWEEN.search(segment, 0, with_match.start())
    if earlier is None:
        return before_with
    kept = [item for item in before_with if ctx.position(index, item, start) < start + earlier.start()]
    return kept or before_with


def _members_listed_next(ctx, index, start, segment):
    """ "Three universities signed an MoU. They are A, B and C.": where the document's partners are a counted
    group that the next sentence lists, (where the group is named, the bodies listed); else None."""
    group = COUNTED_GROUP.search(segment)
    if group is None or index + 1 >= len(ctx.sentences):
        return None
    following = ctx.sentences[index + 1].text
    opening = MEMBERS_LISTED_NEXT.match(following)
    if opening is None:
        return None
    listed = ctx.in_span(index + 1, opening.end(), None)
    return (start + group.start(), listed) if len(listed) >= 2 else None


def _each_member_listed_next(named, members, several):
    """The documents of a counted group the next sentence lists: with the body the sentence names beside the
    group ("Three universities signed MoUs with X. They are A, B and C"), one document a member where the
    documents are several, else one for them all; with no other body, one document of the members."""
    others = [item for item in named if item not in members]
    if several and others:
        return [others + [item] for item in members]
    return [others + [item for item in members if item not in others]]


def _the_guest_and_host_by_default(ctx, mention):
    """ "A delegation of B came to A for talks. Three memoranda were signed for joint projects.": the first
    document an article tells, signed in a sentence that names no party, is one of the visit being told, its
    guest and its host (none where no visit is told, or the document was only discussed)."""
    if ctx.agreements or mention.action == "discussed" or mention.existing or mention.earlier:
        return []
    told = ctx.visit_being_told()
    if told is None or told.visitor is None or told.host is None:
        return []
    return [[told.visitor, told.host]]


def _signatories_told_next(ctx, index):
    """ "A memorandum was signed on 4 May. The signatories were A and B.": a document whose sentence names no
    party takes the bodies the next sentence lists as its signatories."""
    if index + 1 >= len(ctx.sentences):
        return []
    opening = SIGNATORIES_NEXT.match(ctx.sentences[index + 1].text)
    if opening is None:
        return []
    listed = ctx.in_span(index + 1, opening.end(), None)
    return [listed] if len(listed) >= 2 else []


def _without_patrons(ctx, index, text, named):
    """ "A and B signed the MoU under the auspices of the Ministry", "... facilitated by the Embassy of X":
    a body told as the patron, helper or host of the signing is none of its parties."""
    kept = []
    for item in named:
        at = ctx.position(index, item, -1)
        if at > 0 and NO_PARTY_ROLE_BEFORE.search(text[max(0, at - 60) : at]):
            continue
        kept.append(item)
    return kept


def _without_onlookers(ctx, index, start, segment, named):
    """ "Representatives of C looked on as A and B signed the MoU": the bodies before "looked on as" watch
    the signing of the two named after it."""
    looked = LOOKED_ON_AS.search(segment)
    if looked is None:
        return named
    after = [item for item in named if ctx.position(index, item, -1) >= start + looked.end()]
    return after if len(after) >= 2 else named


def _without_venues(ctx, index, named):
    """ "At a ceremony held at C, A and B signed the MoU", "A and B signed it at C": a body the sentence names
    only after "at", as a place, is the venue of the signing where two others are left to sign it (a unit
    "at" its parent, a person's post "at" C, and a venue that is one of the only two bodies stay)."""
    text = ctx.sentences[index].text
    positions = ctx.institutions.positions(index)
    ends = {e for _s, e, _item in positions}

    def a_venue_only(item):
        starts = [s for s, _e, other in positions if other is item]
        return bool(starts) and all(
            VENUE_BEFORE.search(text, max(0, s - 12), s)
            and not NOT_A_VENUE_BEFORE_AT.search(text, max(0, s - 40), s)
            and not any(0 <= s - end <= 8 for end in ends)
            for s in starts
        )

    venues = [item for item in named if a_venue_only(item)]
    if not venues or len(named) - len(venues) < 2:
        return named
    return [item for item in named if item not in venues]


def _parties_around_with(ctx, index, start, end, named, segment, with_match, plural):
    """The documents' parties of a phrase that names them around "with" or "between" (`with_match`):
    the subject before it, the partners after it up to the end of their list."""
    cut = _end_of_the_partner_list(ctx, index, start + with_match.end(), end)
    named = [item for item in named if ctx.position(index, item, start) < cut]
    before_with = [item for item in named if ctx.position(index, item, start) < start + with_match.start()]
    after_with = [item for item in named if item not in before_with]
    subject = _not_met_on_the_way(ctx, index, start, segment, with_match, before_with)
    between = [item for item in named if item in ctx.in_span(index, start + with_match.end(), cut)]
    if with_match.group(0) == "between" and len(between) >= 2:
        # "between SOA and A, B and C" names every party; "New Delhi, May 9 (ANI): An MoU between A and
        # B": what comes before is no party
        subject, after_with = between[:1], between[1:]
    if plural and not after_with and not re.search(r"\bbetween\b", segment):
        return []  # "signed agreements with membership universities": partners not named, no record
    if not subject and not (with_match.group(0) == "between" and len(after_with) >= 2):
        # ("a memorandum between two universities ... signed by Rector X and President Y": the two the
        # signers act for are the parties; no third one is implied)
        subject = _implicit_subject(ctx, index, after_with)
    dealt_out = _dealt_out_after(ctx, index, start, after_with)
    if dealt_out == "respectively" and len(subject) == len(after_with) > 1:
        # "A and B signed with C and D respectively": the first with the first, the second with the second
        return [list(pair) for pair in zip(subject, after_with, strict=True)]
    if (
        plural
        or dealt_out
        or _partners_listed_after_a_group(ctx, index, start, segment, with_match)
        or _a_group_announces_the_partners(ctx, index, segment, start + with_match.end(), after_with)
    ) and len(after_with) > 1:
        return [subject + [item] for item in after_with]
    if (
        len(subject) > 1
        and len(after_with) == 1
        and (plural or EACH_SIGNER.search(segment, 0, with_match.start()))
    ):
        return [[item, after_with[0]] for item in subject]  # "A, B and C each signed an MoU with D"
    parties = subject + [item for item in after_with if item not in subject]
    if len(parties) < 2:
        parties += [item for item in _implicit_subject(ctx, index, parties) if item not in parties]
    return [parties]


def _dealt_out_after(ctx, index, start, partners):
    """ "signed an agreement with B, C and D respectively": the word ("respectively", "separately",
    "individually") that closes the partner list and deals the document out, one a partner; None where the
    list is not closed by one."""
    if not partners:
        return None
    text = ctx.sentences[index].text
    ends = [e for s, e, item in _positions_outside_asides(ctx, index) if item == partners[-1] and s >= start]
    found = DEALT_OUT.match(text, ends[-1]) if ends else None
    return found.group("word").lower() if found else None


def _parties_of_the_occasion_pointed_back_to(ctx, segment):
    """ "X visited Y. During the visit, an MoU was signed", "The purpose of the meeting was to renew an
    agreement": a sentence that names no party but points back to the visit being told (or a meeting of it)
    tells a document of that visit's guest and host. (A meeting with no visit is not enough: who the reader
    finds at a meeting is who was there, hosts, missions and guests of honour, not the two who signed.)
    Not one named by its bare noun ("discussed the implementation of the agreement"): that is a document the
    article knows already, not one of the occasion."""
    if not OCCASION_POINTED_BACK.search(segment):
        return []
    told = ctx.visit_being_told()
    if told is not None and told.visitor is not None and told.host is not None:
        return [[told.visitor, told.host]]
    return []


def _signed_at_another_time(records):
    """ "During the talks, the rector recalled that the first agreement was signed in the 1990s": a document
    of the pair signed at another time than the occasion pointed back to is no signing of it, nor of its
    day."""
    for record in records:
        if record.action == "signed" and not record.existing:
            record.existing = True
            record.date = None


def _where_the_parties_end(text, start, end):
    """Where the span that names a document's parties ends: before the witnesses of its signing ("...
    signed the MoU in the presence of the Ambassador of X") and before another event told after it ("The
    signing of the MoU comes after X visited Y")."""
    witnessed = WITNESSES_AFTER_SIGNING.search(text, start, end if end is not None else len(text))
    if witnessed:
        end = witnessed.start("witnesses")
    later = ANOTHER_EVENT_AFTER.search(text, start, end if end is not None else len(text))
    if later:
        end = later.start()
    return end


def _not_in_an_aside(ctx, index, start, end):
    """The institutions a span names outside bracketed remarks ("(after the MSU alone)"), in order."""
    found = []
    for s, _e, item in _positions_outside_asides(ctx, index):
        if s >= start and (end is None or s < end) and item not in found:
            found.append(item)
    return found


def _positions_outside_asides(ctx, index):
    """Where sentence `index` names its institutions, bracketed remarks left out, in order."""
    text = ctx.sentences[index].text
    asides = [m.span() for m in ASIDE_REMARK.finditer(text)]
    return sorted(
        (
            found
            for found in ctx.institutions.positions(index)
            if not any(a <= found[0] < b for a, b in asides)
        ),
        key=lambda found: found[0],
    )


def _the_place_of_a_where_clause(ctx, index, start, segment):
    """ "The delegation made a stop at A where it made progress on an agreement ..., as well as at B": the
    document of a where-clause is with the place the clause opens on (A), not with the places listed after
    it. (The institutions of the place and of the clause, and where the clause ends), or None."""
    where = WHERE_CLAUSE.search(segment)
    if where is None or not AGREEMENT_NOUN.search(where.group("clause")):
        return None
    clause_end = start + where.end()
    place = ctx.in_span(index, start, start + where.start())
    inside = ctx.in_span(index, start + where.start(), clause_end)
    if not place or not _names_the_place_right_before(ctx, index, place[-1], start + where.start()):
        return None  # "travelled to Brno, where he signed ...": the place is a city, no body
    return [place[-1]] + [item for item in inside if item is not place[-1]], clause_end


def _names_the_place_right_before(ctx, index, item, where):
    """Whether `item` is named just before "where" (a few words between at most: "a stop at A in Brno,
    where"), so that it is the place the clause tells of."""
    ends = [e for _s, e, other in ctx.institutions.positions(index) if other is item and e <= where]
    return bool(ends) and len(ctx.sentences[index].text[max(ends) : where].split()) <= 3


def _refers_to_the_pair(segment):
    """ "the two universities", "They signed", "The sides renewed", "... when they signed the memorandum",
    "the universities signed": the pair the story is at signs."""
    segment = PAIR_OF_COUNTRIES.sub(" ", segment)  # "between the two countries": states, not the signers
    return bool(
        GROUP_OF_TWO.search(segment)
        or re.search(
            r"(?:^|,\s*|\b(?:when|after|once|as|since|where|and)\s+)"
            r"(?:[Tt]hey|[Tt]he (?:parties|sides|universities|institutions))\s+(?:also\s+|first\s+)?"
            r"(?:signed|renewed|inked|exchanged|concluded)\b",
            segment,
        )
    )


def _pairs_told_with(ctx, index, start, end):
    """ "The MoUs involve A with B on expertise and C with D": each "X with Y" whose names touch the "with"
    (a bracketed acronym aside) is a pair of partners; the pairs, where no institution is in two."""
    text = ctx.sentences[index].text
    stop = len(text) if end is None else end
    found = sorted(
        ((s, e, item) for s, e, item in ctx.institutions.positions(index) if start <= s < stop),
        key=lambda mention: mention[0],
    )
    pairs = []
    for before, after in zip(found, found[1:], strict=False):
        if PAIR_WITH.fullmatch(text, before[1], after[0]) and before[2] is not after[2]:
            pairs.append([before[2], after[2]])
    items = [id(item) for pair in pairs for item in pair]
    return pairs if len(items) == len(set(items)) else []


def _end_of_the_partner_list(ctx, index, after, end):
    """Where the partners named after "with" or "between" end: at the first institution the text does not
    join to the one before ("between A and B, Japan was signed at C (Photo/ANI)": A and B, not C)."""
    text = ctx.sentences[index].text
    stop = len(text) if end is None else end
    previous_end = previous = None
    closed = False  # "A and B": the list has had its last member
    positions = _positions_outside_asides(ctx, index)
    for k, (s, e, item) in enumerate(positions):
        if s < after or s >= stop or (previous_end is not None and s < previous_end):
            continue
        if (
            closed
            and COMMA_ONLY_GAP.fullmatch(text, previous_end, s)
            and not _joined_on(text, positions[k + 1 :], e)
        ):
            # "between A and B (EMGS), Ministry of X": a name after a comma once the list has closed is the
            # parent or seat of its last member, not another partner ("between A and B, C and D" goes on)
            return s
        if item is previous and s - previous_end <= 3:
            # "A (ACR) and B": the acronym of the partner just named, in brackets
            previous_end = e + 1 if text[e : e + 1] == ")" else e
            continue
        if previous_end is not None and (
            s - previous_end > 120
            or not PARTNER_LIST_GAP.match(text, previous_end, s)
            and not GROUP_BEFORE_THE_LIST.match(text, previous_end, s)
        ):
            return s
        if previous_end is not None:
            closed = closed or bool(LIST_CLOSING_JOIN.search(text, previous_end, s))
        previous_end, previous = e, item
    return stop


def _joined_on(text, following, end):
    """Whether the name ending at `end` is joined by "and" to the next one ("B, C and D")."""
    for s, _e, _item in following:
        if s >= end:
            return bool(PARTNER_LIST_GAP.match(text, end, s)) and bool(LIST_CLOSING_JOIN.search(text, end, s))
    return False


def _partners_listed_after_a_group(ctx, index, start, segment, with_match):
    """ "memoranda between A and several institutions: B, C and D": several documents whose partners a plural
    group noun lists, one document a partner."""
    text = ctx.sentences[index].text
    if not SEVERAL_DOCUMENTS.search(segment, 0, with_match.start()):
        return False
    return any(
        GROUP_BEFORE_THE_LIST.match(text, end, s)
        for (_s, end, _item), (s, _e, _next) in zip(
            _positions_outside_asides(ctx, index), _positions_outside_asides(ctx, index)[1:], strict=False
        )
        if end >= start + with_match.end()
    )


def _a_group_announces_the_partners(ctx, index, segment, after, partners):
    """ "signed MoUs with three universities on 4 May: A, B and C", "agreements with several partners,
    including A and B": several documents whose partners a group noun just after "with" announces."""
    if len(partners) < 2 or not SEVERAL_DOCUMENTS.search(segment):
        return False
    first = ctx.position(index, partners[0], -1)
    return first > after and bool(GROUP_ANNOUNCES_THE_LIST.match(ctx.sentences[index].text, after, first))


def _implicit_subject(ctx, index, others):
    """Who signs when the sentence names only the partner: the travelling delegation, else the article's
    protagonist (never an invented name for an unnamed publisher)."""
    focus = ctx.focus.get(ctx.sentences[index].paragraph)
    last_signer = ctx.agreements[-1].parties[:1] if ctx.agreements else []
    if ONE_MORE_DOCUMENT.match(ctx.sentences[index].text) and last_signer and last_signer[0] not in others:
        return last_signer  # "Another agreement was signed with B": by the signer of the one just told
    if ctx.delegations:
        last = ctx.delegations[-1]
        if last.visitor is not None and last.visitor not in others:
            return [last.visitor]
        if focus is not None and focus not in others:
            return [focus]  # "At SMTU, ... President Zhou and Rector Voronin renewed the agreement"
        if last.host is not None and last.host not in others:
            return [last.host]
    if ctx.home is not None and ctx.publisher_unnamed():
        return [] if ctx.home in others else [ctx.home]
    if ctx.publisher_unnamed():
        return []
    for item in ctx.protagonists:
        if item not in others and (item.names or item.short_forms or item.canonical):
            return [item]  # not an acronym nobody spells out: it may be a document's or a title's
    if ctx.home is not None and ctx.home not in others and THE_BARE_BODY.search(ctx.sentences[index].text):
        return [ctx.home]  # no named subject left: "the university" is the publisher
    return []


def a_plain_agreement_is_for_cooperation(ctx):
    """An agreement the article names by no more than "agreement", "accord" or "pact" (with no word for a
    narrower kind) is a cooperation agreement, as the extraction format's gold answers read it; a
    contract, protocol or letter of intent stays "other"."""
    for agreement in ctx.agreements:
        if agreement.kind == "other" and PLAIN_AGREEMENT.search(agreement.title or "agreement"):
            agreement.kind = "cooperation_agreement"


def a_document_has_two_sides(ctx):
    """A document is made between two sides at least. Where the article lets the reader find only one of
    them, the record would name half a document that a registry reader cannot tell from a whole one, so
    none is kept. Where the other side is the unnamed publisher, never given a name ("our university signed
    an MoU with B", or "the university signed an MoU with B" in an article that names no other body), or a
    side the sentence counts without naming ("signed with the representatives of nine colleges"), the one
    side named is all the article tells, and the record stays."""
    if ctx.publisher_unnamed():
        return
    ctx.agreements = [
        agreement
        for agreement in ctx.agreements
        if len(agreement.parties) >= 2
        or _a_side_counted_not_named(ctx, agreement)
        or (THE_BARE_BODY.search(agreement.evidence) and len(ctx.institutions.items) == 1)
    ]


def _a_side_counted_not_named(ctx, agreement):
    """ "... signed between A and the representatives of 12 colleges": a sentence telling the document counts
    a group of bodies it does not name ("the two universities" is the pair, not such a group)."""
    for index in [agreement.sentence, *agreement.retold]:
        group = COUNTED_GROUP.search(ctx.sentences[index].text)
        if group and not THE_PAIR_COUNTED.match(group.group(0)):
            return True
    return False


def _another_document(agreement, other, key):
    """ "Also, KBTU and TTPU concluded a bilateral agreement": a document of two of them, or another kind
    of document, is one of its own; "the agreement" with the same parties is the one told."""
    if agreement.date and other.date and agreement.date[:4] != other.date[:4]:
        return True  # "Back in 2015, the two universities signed an MoU": not this year's document
    same_parties = key == frozenset(id(p) for p in other.parties)
    if same_parties and _refers_back(agreement):
        return False
    return (
        (not same_parties or ANOTHER_DOCUMENT.search(agreement.evidence))
        and "other" not in (other.kind, agreement.kind)
        and other.kind != agreement.kind
    )


def _refers_back(agreement):
    """ "the agreement", "this document", "the memorandum": a document named by its bare noun after "the"
    or "this" is the one already told (not "an agreement", not "the exchange agreement")."""
    title = (agreement.title or "").lower()
    return bool(
        title in BARE_DOCUMENT_NOUNS
        and re.search(r"\b(?:the|this|that|said)\s+" + re.escape(title) + r"\b", agreement.evidence, re.I)
    )


def _make_agreement(ctx, index, title, kind, action, parties):
    date = ctx.date_at(index) if action != "discussed" else None  # a plan has no signing date
    unique = []
    for item in parties:
        if item is not None and item not in unique:
            unique.append(item)
    parties = _without_missions_at_the_side(unique, ctx.sentences[index].text)
    parties = _without_parts_of_a_partners_name(ctx, index, parties)
    clean_title = re.sub(
        r"^(?:(?:the|a|an|signed|and|separate|other|new|of|on|in)\s+)+",
        "",
        title.strip(TITLE_QUOTES + " "),
        flags=re.I,
    ).strip(TITLE_QUOTES + " ")
    return AgreementRecord(
        clean_title or None,
        kind,
        action,
        parties,
        date.start if date else None,
        ctx.sentences[index].text,
        index,
    )


def _without_missions_at_the_side(parties, text):
    """An embassy or consulate is a party only where the sentence tells the document made with it ("signed an
    MoU with the Embassy of X"): elsewhere it is where the document was signed, who helped it along or who
    reported it ("signed at the New Zealand Embassy", "the French Embassy said"), and no party."""
    if MISSION_AS_PARTNER.search(text) or MISSION_AS_SIGNER.search(text):
        return parties
    return [item for item in parties if not (item.kind == "government" and MISSION_NAME.search(item.name))]


def _without_parts_of_a_partners_name(ctx, index, parties):
    """ "A and Royal Holloway, University of London (RHUL) signed an MoU": a name printed in two parts set off
    by a comma may be read as two bodies, the whole and a part ("University of London"). A party whose name is
    inside another party's name, printed right beside that party's mention with only a comma and words of the
    name between, is that part, and no side of its own."""
    if len(parties) < 3:
        return parties  # the two sides of a document are never one name's whole and part
    compact = {id(item): re.sub(r"[\W_]+", "", item.name.lower()) for item in parties}
    return [
        item
        for item in parties
        if not any(
            other is not item
            and compact[id(item)] in compact[id(other)]
            and _printed_beside(ctx, index, item, other)
            for other in parties
        )
    ]


def _printed_beside(ctx, index, part, whole):
    """Whether a mention of `part` and one of `whole` stand either side of a comma, the first name's
    continuation between them ("Royal Holloway, University of London", "X University, Y City (XUYC)")."""
    text = ctx.sentences[index].text
    positions = ctx.institutions.positions(index)
    spans = {id(part): [], id(whole): []}
    for start, end, item in positions:
        if id(item) in spans:
            spans[id(item)].append((start, end))
    return any(
        PART_OF_A_NAME_GAP.fullmatch(text, first_end, second_start)
        for part_span in spans[id(part)]
        for whole_span in spans[id(whole)]
        for (_s, first_end), (second_start, _e) in (
            (part_span, whole_span),
            (whole_span, part_span),
        )
        if first_end <= second_start
    )


def _add_agreement(ctx, agreement):
    if not agreement.parties:
        return
    key = frozenset(id(p) for p in agreement.parties)
    if _the_plan_of_a_document_signed(ctx, agreement, key):
        return
    for other in ctx.agreements:
        if (
            key <= frozenset(id(p) for p in other.parties)
            and other.action == agreement.action
            and (other.sentence != agreement.sentence or key == frozenset(id(p) for p in other.parties))
        ):
            told_here = other.sentence == agreement.sentence or agreement.sentence in other.retold
            if told_here and other.kind != agreement.kind:
                continue  # two documents in one sentence: "MOU and Student Exchange Agreements"
            if _another_document(agreement, other, key):
                continue
            if other.date is None and agreement.date:
                other.date = agreement.date
            if agreement.sentence != other.sentence:
                other.retold.append(agreement.sentence)
                _the_name_that_says_more(other, agreement)
            return
    if _told_again_with_more_sides(ctx, agreement, key):
        return
    _plans_told_before(ctx, agreement)
    ctx.agreements.append(agreement)


def _told_again_with_more_sides(ctx, agreement, key):
    """ "A and B signed an MoU. ... The MoU was signed by X of A and Y of B, witnessed by the Ministry C": a
    document a later sentence tells again with the sides already read and more is the one told, and the
    more are onlookers, hosts or patrons, no parties (7 of 8 such records on the tuning sets). Where the
    first telling counted the partners without naming them ("signed an MoU with five universities"), the
    later one names them: its sides are the document's. A sentence telling several documents ("the memoranda
    were signed with A, B and C") tells no one document again. Whether the record was merged."""
    if SEVERAL_DOCUMENTS.search(agreement.evidence):
        return False
    for other in ctx.agreements:
        sides = frozenset(id(p) for p in other.parties)
        if len(sides) < 2 or not sides < key or other.action != agreement.action:
            continue  # a side alone is half a record: a_lone_signer_is_told_with_its_partners reads it
        if other.sentence == agreement.sentence:
            continue
        if _another_document_told_again(agreement, other):
            continue
        if _a_side_counted_not_named(ctx, other):
            other.parties = list(agreement.parties)
        if other.date is None and agreement.date:
            other.date = agreement.date
        other.retold.append(agreement.sentence)
        _the_name_that_says_more(other, agreement)
        return True
    return False


def _another_document_told_again(agreement, other):
    """Whether a later telling names a document of its own: another year, or another kind where neither
    goes by a noun any document goes by ("the agreement")."""
    if agreement.date and other.date and agreement.date[:4] != other.date[:4]:
        return True
    if other.kind == agreement.kind or "other" in (other.kind, agreement.kind):
        return False
    return not (_generic_title(agreement.title) or _generic_title(other.title))


def _the_plan_of_a_document_signed(ctx, agreement, key):
    """ "A and B signed an updated partnership agreement ... The parties had decided to sign an agreement at
    the forum": a plan to sign a document named by its bare noun, told of two who have signed one in this
    article, is the plan of that document (extraction-format.md: one document, one record), not a second
    document discussed. (One signed in an earlier year is another: talks may plan its successor; and a plan
    named by another kind's noun is another document: "a letter of intent, with a memorandum to follow".)"""
    return any(_the_plan_of(agreement, other, key) for other in ctx.agreements)


def _the_plan_of(plan, signed, key, told_after=False):
    """Whether `plan` is the plan of the document `signed` (`key`: the plan's parties). A document told as
    existing before the plan may have been planned anew; told after the plan, it is the plan carried out."""
    return (
        plan.action == "discussed"
        and _bare_title(plan.title)
        and signed.action in ("signed", "renewed")
        and (told_after or not signed.existing)
        and not (signed.date and len(signed.date) == 4)
        and frozenset(id(p) for p in signed.parties) == key
        and (signed.kind == plan.kind or _generic_title(plan.title))
    )  # (no retelling: a plan shows no occasion of the signing)


def _plans_told_before(ctx, signed):
    """ "On 3 May A and B agreed they would sign a Memorandum of Agreement. ... The signed MoU runs five
    years": a plan told before the document it planned is that document's plan, no record of its own."""
    if signed.action == "discussed":
        return
    ctx.agreements = [
        other
        for other in ctx.agreements
        if not _the_plan_of(other, signed, frozenset(id(p) for p in other.parties), told_after=True)
    ]


def _bare_title(title):
    """ "agreement", "an agreement", "the document", "a memorandum of understanding": named by a document
    noun alone (a memorandum's full name included)."""
    words = re.sub(r"^(?:(?:the|a|an|this|that)\s+)+", "", title or "", flags=re.I).split()
    if [word.lower() for word in words[1:]] in (["of", "understanding"], ["of", "agreement"]):
        words = words[:1]
    return len(words) == 1 and words[0].lower() in BARE_DOCUMENT_NOUNS


def _generic_title(title):
    """ "an agreement", "the document": a noun any document goes by (a memorandum is no letter of intent)."""
    return _bare_title(title) and title.split()[-1].lower() in ("agreement", "document", "accord", "deal")


def _the_name_that_says_more(told, again):
    """ "X and Y entered into a collaborative agreement ... The signing of the Memorandum of Understanding
    between X and Y was ...": one document, told first by a general name and again by one of a narrower
    kind, is of that kind."""
    if told.kind in GENERAL_KINDS and again.kind not in GENERAL_KINDS:
        told.kind, told.title = again.kind, again.title


# -- delegations -----------------------------------------------------------------------------------
