"""parse_article: one news article's text -> the extraction format (version 1)."""

import datetime

from .affiliation import (
    assign_affiliations,
    bodies_their_titles_name,
    counterparts_met,
    leaders_act_for_visitors,
    leaders_from_the_visitors,
    people_of_a_named_side,
    people_of_the_publisher,
    roles_in_the_visit,
    share_along_lists,
    sizes_from_the_visitors,
    speakers_for_the_school,
    the_one_body_beside,
    the_side_told_just_before,
    the_title_opening_a_sentence,
)
from .context import ours_said, the_publisher_named
from .dates import date_label_on_its_own_line, find_date, month_the_headline_prints, publication_date
from .envoys import envoys_act_for_their_missions
from .events import ArticleContext, read_events
from .institutions import Institution, InstitutionIndex
from .lexicon import BACKGROUND, FUTURE, IN_YEAR, PAST_EVENT, PURPOSE
from .people import PeopleFinder
from .text import (
    Sentence,
    body_paragraphs,
    clean,
    dateline_day,
    dateline_place,
    forget_tokens,
    is_credit_line,
    page_title,
    split_sentences,
    split_title,
    strip_furniture,
    with_the_lead,
)

FORMAT = 1
# News articles are a few thousand characters (the longest the team has seen, about 6,000): past this much,
# the text is a dump or a log, and reading on would only cost time.
MAX_TEXT = 100_000


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
    forget_tokens()  # the sentences' tokens are kept for this article only
    text = date_label_on_its_own_line(_within_length(text, warnings))
    title, published, sentences, footer = _read_text(text)
    institutions = InstitutionIndex(sentences, footer, gazetteer, dateline=dateline_place(text))
    said = ours_said(sentences)  # the text is searched once for "our university"
    signed = _signed_off_by(sentences, institutions, said)
    home = _home(home_institution, gazetteer) or signed or the_publisher_named(sentences, institutions, said)
    people = _find_people(sentences, institutions, warnings)
    ctx = ArticleContext.of_article(
        sentences,
        institutions,
        people,
        published,
        home,
        warnings,
        reference=_dispatch_date(text, published) or month_the_headline_prints(title),
    )
    ctx.credit_lines = footer
    ctx.unnamed_publisher = bool(said)
    read_events(ctx, find_date)
    _people_in_the_events(ctx)
    idle = _bodies_known_by_title_that_take_no_part(ctx)
    why = "who signs the article" if signed else "named by the page"
    _warn_of_an_unnamed_publisher(ctx, said, "as configured" if home_institution else why)
    chosen = [item for item in _chosen_institutions(ctx) if not any(item is body for body in idle)]
    if not chosen:
        warnings.append("the article names no institution: nothing in it can be tied to one")
    return {
        "format": FORMAT,
        "article": {"file": file, "title": title, "published": published, "source": None},
        "institutions": [_institution_record(item) for item in chosen],
        "people": [_person_record(person, chosen) for person in people],
        "agreements": [_agreement_record(a) for a in ctx.agreements],
        "delegations": [_delegation_record(d, home) for d in ctx.delegations],
        "meetings": [_meeting_record(m) for m in ctx.meetings],
        "warnings": warnings,
    }


def _within_length(text, warnings):
    if len(text) <= MAX_TEXT:
        return text
    cut = text.rfind("\n", 0, MAX_TEXT)
    text = text[: cut if cut > MAX_TEXT // 2 else MAX_TEXT]
    warnings.append(f"only the first {len(text)} characters were read: a news article is a few thousand")
    return text


def _read_text(text):
    """The headline, the publication date, the sentences (the headline first) and the credit lines."""
    lines = strip_furniture(clean(text).split("\n"))
    title, title_index = split_title(lines)
    published = publication_date(lines, title_index)
    sentences = [Sentence(title, -1, is_title=True)] if title else []
    for number, paragraph in enumerate(body_paragraphs(lines, title_index)):
        sentences.extend(Sentence(s, number) for s in split_sentences(paragraph))
    sentences = with_the_lead(sentences)
    footer = [line.strip() for line in lines if line.strip() and is_credit_line(line)]
    return page_title(title, sentences), published, sentences, footer


def _find_people(sentences, institutions, warnings):
    people = PeopleFinder(institutions)
    for index, sentence in enumerate(sentences):
        try:
            people.scan(index, sentence)
        except Exception as error:  # one odd sentence must not cost the whole article
            warnings.append(f"sentence {index} not read (people): {type(error).__name__}")
    assign_affiliations(people.result(), sentences, institutions)
    return people.result()


def _people_in_the_events(ctx):
    """Who the people act for, now that the visits are known (a leader acts for the visitors, ...)."""
    leaders_act_for_visitors(ctx.delegations)
    people_of_a_named_side(ctx.people, ctx.sentences, ctx.delegations, ctx.institutions)
    roles_in_the_visit(ctx.people, ctx.sentences, ctx.delegations, ctx.institutions)
    people_of_the_publisher(ctx.people, ctx.sentences, ctx.delegations, ctx.home, ctx.institutions)
    share_along_lists(ctx.people, ctx.sentences, ctx.institutions)
    speakers_for_the_school(ctx.people, ctx.sentences, ctx.institutions, ctx.home)
    the_title_opening_a_sentence(ctx.people, ctx.sentences, ctx.institutions)
    counterparts_met(ctx.people, ctx.sentences, ctx.institutions)
    envoys_act_for_their_missions(ctx.people, ctx.sentences, ctx.institutions)
    leaders_from_the_visitors(ctx.people, ctx.delegations)
    bodies_their_titles_name(ctx.people, ctx.institutions)
    the_one_body_beside(ctx.people, ctx.sentences, ctx.institutions)
    the_side_told_just_before(ctx.people, ctx.sentences, ctx.institutions)
    # A leader the readings above chose or left with no body acts for the visitors, as the first line says
    leaders_act_for_visitors(ctx.delegations)
    # Again, for lists whose first member only the last readings tied: "X Vice-Rectors A, B and C".
    share_along_lists(ctx.people, ctx.sentences, ctx.institutions)
    sizes_from_the_visitors(ctx.people, ctx.delegations, ctx.sentences)


def _warn_of_an_unnamed_publisher(ctx, said, why):
    unnamed = said[0][1] if said else None
    if unnamed and ctx.home is not None:
        ctx.warnings.append(
            f"the publisher is not named ('{unnamed.group(0)}'); taken to be {ctx.home.name}, {why}"
        )
    elif unnamed:
        ctx.warnings.append(f"the publisher is not named ('{unnamed.group(0)}'); no name is invented for it")


def _signed_off_by(sentences, institutions, said):
    """ "... visit our university. [...] East China Normal University": an article that says "our
    university" (`said`) and ends on a line naming one institution alone is signed by it, its publisher."""
    if not sentences or sentences[-1].is_title or not said:
        return None
    index = len(sentences) - 1
    last = sentences[index].text.strip().rstrip(".")
    whole = [item for s, e, item in institutions.positions(index) if s == 0 and e >= len(last)]
    return whole[0] if len(whole) == 1 else None


def _home(name, gazetteer):
    if not name:
        return None
    home = Institution(names=[name], footer_only=False, kind="university")
    return home.settle_by_the_gazetteer(name, gazetteer)


def _bodies_known_by_title_that_take_no_part(ctx):
    """ "in the presence of A, Minister of Education", "B, the minister for culture, met the rector of C": a
    ministry known only from its minister's title is an institution where it signs, sends or hosts a visit
    ("a delegation led by the Minister of Trade D"); elsewhere the article names no body for the minister to
    act for, and he acts for none. Returns those bodies, taken out of the meetings and the people."""
    taking = [p for a in ctx.agreements for p in a.parties]
    taking += [side for d in ctx.delegations for side in (d.visitor, d.host)]
    idle = [
        item for item in ctx.institutions.items if item.named_by_title and not any(item is t for t in taking)
    ]
    for person in ctx.people:
        if any(person.institution is body for body in idle):
            person.institution = None
    for meeting in ctx.meetings:
        meeting.parties = [p for p in meeting.parties if not any(p is body for body in idle)]
    ctx.meetings = [meeting for meeting in ctx.meetings if meeting.parties]
    return idle


def _chosen_institutions(ctx):
    """The institutions that take part: parties, visitors, hosts, people's institutions, and those named in a
    sentence that is not background."""
    used = []

    def use(item):
        if item is not None and item not in used:
            used.append(item)

    for agreement in ctx.agreements:
        for item in agreement.parties:
            use(item)
    for delegation in ctx.delegations:
        use(delegation.visitor)
        use(delegation.host)
    for meeting in ctx.meetings:
        for item in meeting.parties:
            use(item)
    for person in ctx.people:
        use(person.institution)
    for index, sentence in enumerate(ctx.sentences):
        named = ctx.institutions.in_sentence(index)
        if all(item in used for item in named):
            continue  # nothing new to list: spare the background tests
        if _tells_no_part_in_the_news(sentence, ctx.published):
            continue  # background, or a plan ("is scheduled to visit X"): X takes no part in the news
        for item in named:
            if item.names or item.short_forms or item.canonical:
                use(
                    item
                )  # an acronym nobody spells out (nor the gazetteer) is listed only when it takes part
    order = {id(item): n for n, item in enumerate(ctx.institutions.items)}
    used.sort(key=lambda item: order.get(id(item), -1))
    return used


def _tells_no_part_in_the_news(sentence, published):
    return bool(
        BACKGROUND.search(sentence.text)
        or _earlier_year(sentence.text, published)
        or (FUTURE.search(sentence.text) or PURPOSE.search(sentence.text))
        and not sentence.tells_topic
        and not PAST_EVENT.search(sentence.text)
    )


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
    return any(year < published[:4] for year in IN_YEAR.findall(text))


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
