"""Small builders for tests: every default satisfies every constraint, every field can be overridden."""

import datetime
import itertools

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from agreements.models import (
    Agreement,
    AgreementCitation,
    AgreementDocument,
    AgreementKind,
    AgreementStatus,
    Contact,
    Coordinator,
    ExchangeDirection,
    ExchangePlaces,
    ExpiryReminder,
    Institution,
    InstitutionName,
    NameWord,
    Party,
    Person,
    Source,
    StateChange,
)
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


#: The smallest file the upload check accepts as a PDF.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def make_contact(institution, name=None, **fields):
    return Contact.objects.create(institution=institution, name=name or f"Contact {next(_n)}", **fields)


def make_document(agreement, label="Signed copy", content=PDF_BYTES, name="signed.pdf", **fields):
    """A document of `agreement` (the test must point STORAGES["documents"] somewhere temporary)."""
    return AgreementDocument.objects.create(
        agreement=agreement, label=label, file=SimpleUploadedFile(name, content), **fields
    )


def make_office_records(agreement, institution):
    """One of each office record about `agreement` and `institution` (a party of it)."""
    contact = make_contact(institution, email="coordinator@example.org")
    Coordinator.objects.create(agreement=agreement, contact=contact)
    make_document(agreement)
    ExchangePlaces.objects.create(
        agreement=agreement, academic_year=2025, direction=ExchangeDirection.OUTGOING, people=2, months=10
    )
    StateChange.objects.create(agreement=agreement, to_status=AgreementStatus.SIGNED, comment="Signed.")
    ExpiryReminder.objects.create(
        agreement=agreement,
        threshold_days=90,
        valid_until=datetime.date(2030, 1, 1),
        recipients="a@example.org",
    )


def name_words_counted():
    """{word: names containing it}, counted from the two name tables: what the search's dictionary
    (NameWord, kept by database triggers) must hold."""
    counts = {}
    names = [*Institution.objects.values_list("normalized_name", flat=True)]
    names += InstitutionName.objects.values_list("normalized", flat=True)
    for name in names:
        for word in set(name.split()):
            counts[word] = counts.get(word, 0) + 1
    return counts


def name_words_kept():
    """{word: names containing it} as the search's dictionary holds it."""
    return dict(NameWord.objects.values_list("word", "names"))
