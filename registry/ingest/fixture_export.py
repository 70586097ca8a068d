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


class _Touched:
    """The objects a load touched, by model and primary key, growing as what they refer to is added."""

    def __init__(self, result):
        self.objects = {model: dict(objects) for model, objects in result.touched.items()}

    def take(self, model):
        # By natural key, not database id: the same articles give the same file on any database.
        return sorted(self.objects.get(model, {}).values(), key=lambda obj: obj.natural_key())

    def add(self, obj):
        self.objects.setdefault(type(obj), {})[obj.pk] = obj

    def holds(self, obj):
        return obj.pk in self.objects.get(type(obj), {})


def fixture_objects(result):
    """Every object the load touched plus what they refer to, in an order loaddata can follow."""
    touched = _Touched(result)
    _add_what_meetings_link(touched)
    _add_earlier_agreements_and_partners(touched)
    _add_the_parts_of_records(touched)
    _add_parent_institutions(touched)
    for person in touched.take(Person):
        for source in person.sources.all():
            touched.add(source)
    names = [name for institution in touched.take(Institution) for name in institution.names.all()]
    for name in names:
        if name.source:
            touched.add(name.source)
    take = touched.take
    return [
        *take(Source),
        *sorted(take(Institution), key=lambda i: (_depth(i, "parent"), i.natural_key())),
        *sorted(names, key=lambda name: name.natural_key()),
        *take(InstitutionCitation),
        *take(Person),
        *sorted(take(Agreement), key=lambda a: (_depth(a, "renews"), a.natural_key())),
        *take(Party),
        *take(Signatory),
        *take(AgreementCitation),
        *take(Delegation),
        *take(DelegationMember),
        *take(DelegationCitation),
        *take(Meeting),
        *take(MeetingCitation),
    ]


def _depth(obj, link):
    """How many steps `link` (a unit's parent, a renewal's earlier agreement) leads back from `obj`."""
    earlier = getattr(obj, link)
    return 0 if earlier is None else 1 + _depth(earlier, link)


def _add_what_meetings_link(touched):
    # A meeting may link records of other articles already in the registry.
    for meeting in touched.take(Meeting):
        for agreement in meeting.agreements.all():
            touched.add(agreement)
        if meeting.delegation:
            touched.add(meeting.delegation)


def _add_earlier_agreements_and_partners(touched):
    agreements = touched.take(Agreement)
    while agreements:  # renewal chains reach back to earlier agreements
        agreement = agreements.pop()
        for related in [
            agreement.renews,
            *(p.institution for p in agreement.party_set.select_related("institution")),
        ]:
            if related is not None and not touched.holds(related):
                touched.add(related)
                if isinstance(related, Agreement):
                    agreements.append(related)


def _add_the_parts_of_records(touched):
    """Parties, signatories and delegation members."""
    for agreement in touched.take(Agreement):
        for related in (*agreement.party_set.all(), *agreement.signatories.all()):
            touched.add(related)
    for delegation in touched.take(Delegation):
        for member in delegation.memberships.all():
            touched.add(member)


def _add_parent_institutions(touched):
    institutions = touched.take(Institution)
    while institutions:  # parents before their units
        parent = institutions.pop().parent
        if parent is not None and not touched.holds(parent):
            touched.add(parent)
            institutions.append(parent)


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
