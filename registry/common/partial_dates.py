"""Dates known only to the month or the year ("December 2019", "2015"). Plain Python.

News often gives less than a day. A `PartialDate` keeps what is known and nothing more: it is
stored as the first day of the period plus a precision, so it sorts and filters like a date
while displaying as it was given.
"""

import datetime
import re
from dataclasses import dataclass

DAY, MONTH, YEAR = "day", "month", "year"
PRECISIONS = (DAY, MONTH, YEAR)
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or the year."""

    first_day: datetime.date
    precision: str = DAY

    def __post_init__(self):
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")
        if (self.precision != DAY and self.first_day.day != 1) or (
            self.precision == YEAR and self.first_day.month != 1
        ):
            raise ValueError(f"{self.first_day} is not the first day of its {self.precision}")

    @classmethod
    def parse(cls, text):
        """Read "2019-12-15", "2019-12" or "2019"; None and "" give None; anything else is a ValueError."""
        if text is None or text == "":
            return None
        if isinstance(text, datetime.date):
            return cls(text, DAY)
        match = _ISO.match(str(text).strip())
        if not match:
            raise ValueError(f"not a date: {text!r} (expected YYYY-MM-DD, YYYY-MM or YYYY)")
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            if day is not None:
                return cls(datetime.date(year, month, day), DAY)
            if month is not None:
                return cls(datetime.date(year, month, 1), MONTH)
            return cls(datetime.date(year, 1, 1), YEAR)
        except ValueError as error:
            raise ValueError(f"impossible date {text!r}: {error}") from None

    @classmethod
    def from_parts(cls, first_day, precision):
        """Rebuild from the two stored columns; None when no date is stored."""
        if first_day is None:
            return None
        return cls(first_day, precision or DAY)

    @property
    def last_day(self):
        """The last day the period covers (the day itself for a full date)."""
        if self.precision == DAY:
            return self.first_day
        if self.precision == MONTH:
            following = (self.first_day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
            return following - datetime.timedelta(days=1)
        return self.first_day.replace(month=12, day=31)

    def isoformat(self):
        """The extraction format's spelling: YYYY-MM-DD, YYYY-MM or YYYY."""
        if self.precision == DAY:
            return self.first_day.isoformat()
        if self.precision == MONTH:
            return self.first_day.strftime("%Y-%m")
        return f"{self.first_day.year:04d}"

    def __str__(self):
        """As a person writes it: "15 Dec 2019", "Dec 2019", "2019"."""
        if self.precision == DAY:
            return f"{self.first_day.day} {self.first_day:%b %Y}"
        if self.precision == MONTH:
            return self.first_day.strftime("%b %Y")
        return f"{self.first_day.year}"
