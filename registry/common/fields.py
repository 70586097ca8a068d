"""Model helpers for partial dates: a DateField plus a precision column, read as one PartialDate."""

from django.db import models
from django.db.models import Q

from registry.common.partial_dates import DAY, MONTH, YEAR, PartialDate


class DatePrecision(models.TextChoices):
    DAY = DAY, "day"
    MONTH = MONTH, "month"
    YEAR = YEAR, "year"


def partial_date_fields(verbose_name, **options):
    """The two columns of a partial date: the first day of the period, and how much of it is known."""
    date = models.DateField(
        verbose_name,
        null=True,
        blank=True,
        db_index=options.pop("db_index", True),
        help_text="The first day of the period when only the month or year is known. Blank: not known.",
    )
    precision = models.CharField(
        f"{verbose_name} precision",
        max_length=5,
        choices=DatePrecision,
        blank=True,
        help_text="How much of the date is known: day, month or year. Blank exactly when the date is.",
    )
    return date, precision


def partial_date_constraints(field, prefix):
    """Database rules for a partial date: a precision exactly when a date, and no invented day or month."""
    precision = f"{field}_precision"
    return [
        models.CheckConstraint(
            name=f"{prefix}_{field}_precision_known",
            condition=(Q(**{f"{field}__isnull": True}) & Q(**{precision: ""}))
            | (Q(**{f"{field}__isnull": False}) & Q(**{f"{precision}__in": [DAY, MONTH, YEAR]})),
        ),
        models.CheckConstraint(
            name=f"{prefix}_{field}_no_invented_day",
            condition=Q(**{f"{precision}__in": ["", DAY]}) | Q(**{f"{field}__day": 1}),
        ),
        models.CheckConstraint(
            name=f"{prefix}_{field}_no_invented_month",
            condition=~Q(**{precision: YEAR}) | Q(**{f"{field}__month": 1}),
        ),
    ]


class PartialDateProperty:
    """Reads and writes a (date, precision) column pair as one `PartialDate` (or None).

    `signed = PartialDateProperty("signed_on")` on a model: `agreement.signed = PartialDate.parse("2019-12")`.
    """

    def __init__(self, field):
        self.field = field
        self.precision_field = f"{field}_precision"

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return PartialDate.from_parts(getattr(instance, self.field), getattr(instance, self.precision_field))

    def __set__(self, instance, value):
        if isinstance(value, str) or value is None:
            value = PartialDate.parse(value)
        setattr(instance, self.field, value.first_day if value else None)
        setattr(instance, self.precision_field, value.precision if value else "")


class PartialDateFormMixin:
    """For a ModelForm of a model with partial dates: the database's rules on them, said in words.

    `partial_dates` names the date fields (each with its `<field>_precision`). Without this the form
    says "Constraint agreement_signed_on_precision_known is violated"; with it, the error sits on
    the field to fix and says how. A field given an error here is left out of the constraint checks
    that follow (Django skips a constraint on a field that already failed), so each error shows once.
    """

    partial_dates = ()

    def clean(self):
        cleaned_data = super().clean()
        for field in self.partial_dates:
            if field in self.fields and f"{field}_precision" in self.fields:
                self.check_partial_date(field)
        return cleaned_data

    def check_partial_date(self, field):
        precision_field = f"{field}_precision"
        date, precision = self.cleaned_data.get(field), self.cleaned_data.get(precision_field)
        label = self.fields[field].label
        if field in self.errors or precision_field in self.errors:
            return
        if date and not precision:
            self.add_error(precision_field, f"{label}: give the precision of the date (day, month or year).")
        elif precision and not date:
            self.add_error(field, f"{label}: give the date, or leave its precision blank.")
        elif precision == MONTH and date.day != 1:
            self.add_error(
                field,
                f"{label}: a date known to the month is entered as the month's first day "
                f"({date.replace(day=1):%Y-%m-%d}); or choose the precision 'day'.",
            )
        elif precision == YEAR and (date.month, date.day) != (1, 1):
            self.add_error(
                field,
                f"{label}: a date known to the year is entered as 1 January ({date.year}-01-01); "
                "or choose the precision 'day' or 'month'.",
            )
