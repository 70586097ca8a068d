"""How long an agreement runs when no end date is recorded: the assumed validity per kind.

News reports a signing and rarely the term. An agreement with no end date that is neither open-ended
nor renewing itself is in the lifecycle stage "no end date recorded"; the expiry list, the calendar,
the statistics and the "in force" counts assume it runs REGISTRY_ASSUMED_VALIDITY_YEARS[kind] years
from its start (or, failing that, its signing), and say so wherever they do (`validity_in_words`).
A kind with no assumed term, or an agreement with no date at all, keeps an unknown validity.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce

from agreements.models.base import years_before
from agreements.models.choices import AgreementKind, AgreementStatus

#: Statuses of an agreement that was concluded and has not been recorded as ended.
CONCLUDED = (AgreementStatus.SIGNED, AgreementStatus.RENEWED)


class AddYears(models.Func):
    """`expression` (a date) plus a whole number of years, in the database (SQLite or PostgreSQL)."""

    output_field = models.DateField()

    def __init__(self, expression, years):
        self.years = int(years)  # an int, written into the SQL: never text from outside
        super().__init__(expression)

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template=f"date(%(expressions)s, '+{self.years} years')")

    def as_postgresql(self, compiler, connection, **extra_context):
        template = f"(%(expressions)s + make_interval(years => {self.years}))::date"
        return self.as_sql(compiler, connection, template=template)


def assumed_validity():
    """{kind value: years} from REGISTRY_ASSUMED_VALIDITY_YEARS, checked against the kinds there are."""
    configured = settings.REGISTRY_ASSUMED_VALIDITY_YEARS
    for kind, years in configured.items():
        if kind not in AgreementKind.values or not isinstance(years, int) or years < 1:
            raise ImproperlyConfigured(
                f"REGISTRY_ASSUMED_VALIDITY_YEARS: {kind}={years} must name a kind "
                f"({', '.join(AgreementKind.values)}) and a whole number of years, 1 or more."
            )
    return dict(configured)


def kinds_by_term():
    """{years: [kind values]}: the kinds assumed to run each term, in the setting's order.

    The database conditions name the kinds of one term together (`kind IN (...)`), not one by one:
    with every kind at five years, a quarter of the conditions to build, compile and plan (building
    the expiring agreements' queryset took 4.7 ms of CPU a request with one condition per kind).
    """
    grouped = {}
    for kind, years in assumed_validity().items():
        grouped.setdefault(years, []).append(kind)
    return grouped


def validity_in_words(validity=None):
    """The assumption as the pages state it: "memoranda of understanding 5 years, ... from their start"."""
    validity = assumed_validity() if validity is None else validity
    if not validity:
        return "no term is assumed for any kind of agreement"
    terms = ", ".join(
        f"{AgreementKind(kind).label.lower()} {years} year{'s' if years != 1 else ''}"
        for kind, years in validity.items()
    )
    return f"assumed to run from their start (or signing): {terms}"


#: Where an agreement's term starts: its recorded start, or else its signing.
STARTED_ON = Coalesce("valid_from", "signed_on")


def no_recorded_end():
    """Q: concluded, with no end date, neither open-ended nor renewing itself (the "no end date" stage)."""
    return Q(status__in=CONCLUDED, valid_until__isnull=True, is_open_ended=False, auto_renews=False)


def assumed_end_between(first=None, last=None):
    """Q: no recorded end, and the assumed end (start + the kind's years) falls from `first` to `last`.

    Said of the start rather than of start + years, so that the date indexes serve it and no date
    arithmetic is needed: the end falls on or after `first` when the start does on or after
    `first` less the years. Either bound may be None. Matches nothing when no term is assumed.
    """
    by_kind = Q(pk__in=[])
    for years, kinds in kinds_by_term().items():
        bounds = {}
        if first is not None:
            bounds["gte"] = years_before(first, years)
        if last is not None:
            bounds["lte"] = years_before(last, years)
        by_kind |= Q(kind__in=kinds) & started_within(**bounds)
    return no_recorded_end() & by_kind


def started_within(gte=None, lte=None):
    """Q: the term's start (valid_from, or else signed_on) is within the bounds given; it is known."""

    def bounded(field):
        condition = Q(**{f"{field}__isnull": False})
        if gte is not None:
            condition &= Q(**{f"{field}__gte": gte})
        if lte is not None:
            condition &= Q(**{f"{field}__lte": lte})
        return condition

    return bounded("valid_from") | Q(valid_from__isnull=True) & bounded("signed_on")


def unknown_validity():
    """Q: no recorded end, and none can be assumed (the kind has no assumed term, or no date is known)."""
    assumable = Q(kind__in=list(assumed_validity())) & started_within()
    return no_recorded_end() & ~assumable


def end_expression():
    """The day an agreement ends: recorded, or else assumed from its start and kind; NULL when unknown."""
    assumed = [
        models.When(no_recorded_end() & Q(kind__in=kinds), then=AddYears(STARTED_ON, years))
        for years, kinds in kinds_by_term().items()
    ]
    return models.Case(
        models.When(valid_until__isnull=False, then="valid_until"),
        *assumed,
        default=None,
        output_field=models.DateField(),
    )


def assumed_end(agreement):
    """The end `agreement` is assumed to have, or None: an end is recorded, or none can be assumed."""
    if agreement.status not in CONCLUDED or agreement.valid_until or agreement.is_open_ended:
        return None
    years = None if agreement.auto_renews else assumed_validity().get(agreement.kind)
    start = agreement.valid_from or agreement.signed_on
    if years is None or start is None:
        return None
    return years_before(start, -years)
