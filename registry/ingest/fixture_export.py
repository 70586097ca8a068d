"""Records of a load as a fixture: every object the load touched plus what they refer to, by natural key."""

from django.core import serializers

from agreements.models import (
    Agreement,
    AgreementCitation,
    Institution,
    InstitutionCitation,
    Party,
    Person,
    Signatory,
    Source,
)
from delegations.models import Delegation, DelegationCitation, DelegationMember, Meeting, MeetingCitation

# Left out of fixtures so that building twice gives the same file; loading fills them with "now".
TIMESTAMP_FIELDS = {"created_at", "updated_at", "imported_at"}
# The digest of the text a load_articles run loaded: a fixture's sources were not loaded from a file
# here, so the first load_articles of one of its articles stores it (a fixture stays parser output).
LOAD_STATE_FIELDS = {"content_sha256"}


def serialized_fields(objects):
    """Every field of the objects' models except the timestamps."""
    models = {type(obj) for obj in objects}
    return [
        f.name
        for model in models
        for f in (*model._meta.fields, *model._meta.many_to_many)
        if f.name not in TIMESTAMP_FIELDS | LOAD_STATE_FIELDS and not f.primary_key
    ]


def fixture_objects(result):
    """Every object the load touched plus what they refer to, in an order loaddata can follow."""
    touched = {model: dict(objects) for model, objects in result.touched.items()}

    def take(model):
        # By natural key, not database id: the same articles give the same file on any database.
        return sorted(touched.get(model, {}).values(), key=lambda obj: obj.natural_key())

    def add(obj):
        touched.setdefault(type(obj), {})[obj.pk] = obj

    for meeting in take(Meeting):  # a meeting may link records of other articles already in the registry
        for agreement in meeting.agreements.all():
            add(agreement)
        if meeting.delegation:
            add(meeting.delegation)
    agreements = take(Agreement)
    while agreements:  # renewal chains reach back to earlier agreements
        agreement = agreements.pop()
        for related in [
            agreement.renews,
            *(p.institution for p in agreement.party_set.select_related("institution")),
        ]:
            if related is not None and related.pk not in touched.get(type(related), {}):
                add(related)
                if isinstance(related, Agreement):
                    agreements.append(related)
    for agreement in take(Agreement):
        for related in (*agreement.party_set.all(), *agreement.signatories.all()):
            add(related)
    for delegation in take(Delegation):
        for member in delegation.memberships.all():
            add(member)
    institutions = take(Institution)
    while institutions:  # parents before their units
        parent = institutions.pop().parent
        if parent is not None and parent.pk not in touched[Institution]:
            add(parent)
            institutions.append(parent)
    for person in take(Person):
        for source in person.sources.all():
            add(source)
    names = [name for institution in take(Institution) for name in institution.names.all()]
    for name in names:
        if name.source:
            add(name.source)

    def depth(institution):
        return 0 if institution.parent is None else 1 + depth(institution.parent)

    def renewal_depth(agreement):
        return 0 if agreement.renews is None else 1 + renewal_depth(agreement.renews)

    return [
        *take(Source),
        *sorted(take(Institution), key=lambda i: (depth(i), i.natural_key())),
        *sorted(names, key=lambda name: name.natural_key()),
        *take(InstitutionCitation),
        *take(Person),
        *sorted(take(Agreement), key=lambda a: (renewal_depth(a), a.natural_key())),
        *take(Party),
        *take(Signatory),
        *take(AgreementCitation),
        *take(Delegation),
        *take(DelegationMember),
        *take(DelegationCitation),
        *take(Meeting),
        *take(MeetingCitation),
    ]


def fixture_json(result):
    """(the fixture's JSON text, how many objects it holds) for what a load touched."""
    objects = fixture_objects(result)
    text = serializers.serialize(
        "json",
        objects,
        indent=1,
        ensure_ascii=False,
        fields=serialized_fields(objects),
        use_natural_foreign_keys=True,
        use_natural_primary_keys=True,
    )
    return text, len(objects)
