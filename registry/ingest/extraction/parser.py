"""parse_article: one news article's text -> the extraction format (version 1)."""

import datetime
import re

from .affiliation import (
    assign_affiliations,
    leaders_act_for_visitors,
    leaders_from_the_visitors,
    people_of_the_publisher,
    roles_in_the_visit,
    share_along_lists,
)
from .cues import BACKGROUND, FUTURE, UNNAMED_HOME
from .dates import find_date, publication_date
from .events import EventReader
from .institutions import Institution, InstitutionIndex
from .people import PeopleFinder
from .text import (
    Sentence,
    body_paragraphs,
    clean,
    dateline_day,
    is_credit_line,
    split_sentences,
    split_title,
    strip_furniture,
)

FORMAT = 1
# News articles are a few thousand characters (the longest the team has seen, about 6,000): past this much,
# the text is a dump or a log, and reading on would only cost time.
MAX_TEXT = 100_000
_PAST_EVENT = re.compile(
    r"\b(?:signed|exchanged|visited|met|held|attended|inked|penned|concluded|renewed|hosted|"
    r"received|welcomed|took part|participated)\b"
)

# "The memorandum is aimed at ... opening the X Academy": what an agreement is for, not who took part.
_PURPOSE = re.compile(
    r"\b(?:aim(?:s|ed)? (?:at|to)|is intended to|(?:goal|purpose|aim) of the (?:agreement|memorandum|"
    r"document|MoU|MOU) is)\b"
)

_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Bb]ack in|[Ss]ince the year) ((?:19|20)\d\d)\b(?![-–/]\d)")


class ArticleError(ValueError):
    """The text is not a news article the parser can read (empty, markup, no institution named)."""


def _default_gazetteer():
    from .gazetteer import Gazetteer

    return Gazetteer.default()


def parse_article(text, *, file, home_institution=None, gazetteer=None):
    """Read one news article and return its records in the extraction format (a dict valid against
    extraction.schema.json).

    `home_institution` names the publisher where the article says only "our school"; `gazetteer` defaults to
    the process-wide `Gazetteer.default()`.
    """
    if gazetteer is None:
        gazetteer = _default_gazetteer()
    warnings = []
    if len(text) > MAX_TEXT:
        cut = text.rfind("\n", 0, MAX_TEXT)
        text = text[: cut if cut > MAX_TEXT // 2 else MAX_TEXT]
        warnings.append(f"only the first {len(text)} characters were read: a news article is a few thousand")
    lines = strip_furniture(clean(text).split("\n"))
    title, title_index = split_title(lines)
    published = publication_date(lines, title_index)
    sentences = [Sentence(title, -1, is_title=True)] if title else []
    for number, paragraph in enumerate(body_paragraphs(lines, title_index)):
        sentences.extend(Sentence(s, number) for s in split_sentences(paragraph))
    footer = [line.strip() for line in lines if line.strip() and is_credit_line(line)]

    institutions = InstitutionIndex(sentences, footer, gazetteer)
    home = _home(home_institution, gazetteer)
    people = PeopleFinder(institutions)
    for index, sentence in enumerate(sentences):
        try:
            people.scan(index, sentence)
        except Exception as error:  # one odd sentence must not cost the whole article
            warnings.append(f"sentence {index} not read (people): {type(error).__name__}")
    assign_affiliations(people.result(), sentences, institutions)
    reader = EventReader(sentences, institutions, people.result(), published, home, warnings)
    reader.reference = _dispatch_date(text, published)
    reader.read(find_date)
    leaders_act_for_visitors(reader.delegations)
    roles_in_the_visit(people.result(), sentences, reader.delegations)
    people_of_the_publisher(people.result(), sentences, reader.delegations, home)
    share_along_lists(people.result(), sentences)
    leaders_from_the_visitors(people.result(), reader.delegations)

    unnamed = UNNAMED_HOME.search(" ".join(s.text for s in sentences))
    if unnamed:
        if home is not None:
            warnings.append(
                f"the publisher is not named ('{unnamed.group(0)}'); taken to be {home.name}, as configured"
            )
        else:
            warnings.append(f"the publisher is not named ('{unnamed.group(0)}'); no name is invented for it")

    chosen = _chosen_institutions(sentences, institutions, reader, people.result(), home)
    record = {
        "format": FORMAT,
        "article": {"file": file, "title": title, "published": published, "source": None},
        "institutions": [_institution_record(item) for item in chosen],
        "people": [_person_record(person, chosen) for person in people.result()],
        "agreements": [_agreement_record(a) for a in reader.agreements],
        "delegations": [_delegation_record(d, home) for d in reader.delegations],
        "meetings": [_meeting_record(m) for m in reader.meetings],
        "warnings": warnings,
    }
    return record


def _home(name, gazetteer):
    if not name:
        return None
    item = Institution(names=[name], footer_only=False, kind="university")
    match = gazetteer.resolve(name) if gazetteer is not None else None
    if match is not None and match.score >= 90:
        item.canonical, item.country, item.ror, item.kind = (
            match.entry.name,
            match.entry.country,
            match.entry.ror,
            match.entry.kind,
        )
    return item


def _chosen_institutions(sentences, institutions, reader, people, home):
    """The institutions that take part: parties, visitors, hosts, people's institutions, and those named in a
    sentence that is not background."""
    used = []

    def use(item):
        if item is not None and item not in used:
            used.append(item)

    for agreement in reader.agreements:
        for item in agreement.parties:
            use(item)
    for delegation in reader.delegations:
        use(delegation.visitor)
        use(delegation.host)
    for meeting in reader.meetings:
        for item in meeting.parties:
            use(item)
    for person in people:
        use(person.institution)
    for index, sentence in enumerate(sentences):
        named = institutions.in_sentence(index)
        if all(item in used for item in named):
            continue  # nothing new to list: spare the background tests
        if (
            BACKGROUND.search(sentence.text)
            or _earlier_year(sentence.text, reader.published)
            or (FUTURE.search(sentence.text) or _PURPOSE.search(sentence.text))
            and not sentence.is_title
            and not _PAST_EVENT.search(sentence.text)
        ):
            continue  # background, or a plan ("is scheduled to visit X"): X takes no part in the news
        for item in named:
            if item.names or item.short_forms or item.canonical:
                use(
                    item
                )  # an acronym nobody spells out (nor the gazetteer) is listed only when it takes part
    order = {id(item): n for n, item in enumerate(institutions.items)}
    used.sort(key=lambda item: order.get(id(item), -1))
    return used


def _dispatch_date(text, published):
    """The day an agency dispatch was filed ("ASTANA, Sept. 14 (Xinhua) --"), when it is a few days before the
    publication date: the day "on Wednesday" counts back from. Else the publication date."""
    day = dateline_day(text)
    if not day or not published or len(published) != 10:
        return published
    found = find_date(day, published)
    if found is None or not found.start or len(found.start) != 10 or found.start > published:
        return published
    gap = (datetime.date.fromisoformat(published) - datetime.date.fromisoformat(found.start)).days
    return found.start if gap <= 7 else published


def _earlier_year(text, published):
    """ "In 2019, X also signed ...", "... since 2015": a sentence about a year before the article's."""
    if not published:
        return False
    return any(year < published[:4] for year in _IN_YEAR.findall(text))


def _institution_record(item):
    return {
        "name": item.name,
        "aliases": item.aliases,
        "country": item.country,
        "kind": item.kind or "university",
        "ror": item.ror,
    }


def _person_record(person, chosen):
    institution = person.institution.name if person.institution is not None else None
    return {
        "name": person.name,
        "variants": list(person.variants),
        "institution": institution,
        "title": person.title,
    }


def _agreement_record(agreement):
    return {
        "title": agreement.title,
        "kind": agreement.kind,
        "action": agreement.action,
        "parties": [item.name for item in agreement.parties],
        "date": agreement.date,
        "evidence": agreement.evidence,
    }


def _delegation_record(delegation, home):
    leader = delegation.leader
    return {
        "visitor": delegation.visitor.name if delegation.visitor else None,
        "host": delegation.host.name if delegation.host else None,
        "leader": leader.name if leader else None,
        "leader_title": leader.title if leader else None,
        "size": delegation.size,
        "start": delegation.start,
        "end": delegation.end,
        "mode": "in_person",
        "evidence": delegation.evidence,
    }


def _meeting_record(meeting):
    return {
        "date": meeting.date,
        "mode": meeting.mode,
        "kind": meeting.kind,
        "location": meeting.location,
        "parties": [item.name for item in meeting.parties],
        "evidence": meeting.evidence,
    }
