"""Small builders for tests: every default satisfies every constraint, every field can be overridden."""

import itertools

from django.contrib.auth.models import Group, User

from agreements.models import Agreement, AgreementCitation, AgreementKind, Institution, Party, Person, Source
from delegations.models import Delegation, DelegationCitation, Meeting, MeetingCitation, MeetingKind

_n = itertools.count(1)


def make_institution(name=None, **fields):
    return Institution.objects.create(name=name or f"University {next(_n)}", **fields)


def make_home(name="Home University", **fields):
    return make_institution(name, is_home=True, **fields)


def make_source(file_name=None, **fields):
    return Source.objects.create(file_name=file_name or f"article-{next(_n)}.txt", **fields)


def make_person(name=None, **fields):
    return Person.objects.create(name=name or f"Person {next(_n)}", **fields)


def make_agreement(*parties, signed=None, source=None, evidence="", **fields):
    """An agreement between `parties` (two new institutions when none are given)."""
    agreement = Agreement(**{"title": f"Agreement {next(_n)}", "kind": AgreementKind.MOU, **fields})
    agreement.signed = signed
    agreement.save()
    for institution in parties or (make_institution(), make_institution()):
        Party.objects.create(agreement=agreement, institution=institution)
    if source is not None:
        AgreementCitation.objects.create(agreement=agreement, source=source, evidence=evidence)
    return agreement


def make_delegation(visitor=None, host=None, *, start=None, end=None, source=None, evidence="", **fields):
    delegation = Delegation(visitor=visitor or make_institution(), host=host, **fields)
    delegation.start = start
    delegation.end = end
    delegation.save()
    if source is not None:
        DelegationCitation.objects.create(delegation=delegation, source=source, evidence=evidence)
    return delegation


def make_meeting(*institutions, date=None, source=None, evidence="", **fields):
    meeting = Meeting(**{"kind": MeetingKind.TALK, **fields})
    meeting.date = date
    meeting.save()
    meeting.institutions.set(institutions or (make_institution(),))
    if source is not None:
        MeetingCitation.objects.create(meeting=meeting, source=source, evidence=evidence)
    return meeting


def make_account(username=None, role="viewer", password="pw", **fields):
    """A user in `role` (viewer, editor, admin; None for no role): what a login lets them do depends on it."""
    user = User.objects.create_user(username or f"user-{next(_n)}", password=password, **fields)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user
