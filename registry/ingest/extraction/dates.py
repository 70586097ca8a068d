"""Dates in news articles: the publication date and event dates, with a year only where it is safe."""

import datetime
import re
from dataclasses import dataclass

from .lexicon import (  # the patterns and word sets live in the lexicon
    _DATE_LABEL,
    _DATE_LABEL_AMONG_LABELS,
    _DATE_LABEL_IN_LINE,
    _DAY_MONTH,
    _DAY_OF_MONTH,
    _DAYS_AGO,
    _DIGIT,
    _DOTTED,
    _GARBLED_DAY,
    _ISO,
    _LAST_MONTH,
    _MONTH_DAY,
    _MONTH_ONLY,
    _NEAR_DAY,
    _NEXT_DAY,
    _NTH_DAY,
    _ORDINALS,
    _REPORTED_ON,
    _REPORTING,
    _SLASHED,
    _SMALL_NUMBERS,
    _THIS_MONTH,
    _VAGUE,
    _WEEK,
    _WEEKDAY,
    _WEEKDAY_BEFORE_DAY,
    _WEEKDAY_JUST_BEFORE,
    MONTHS,
    WEEKDAYS,
)


@dataclass(frozen=True)
class EventDate:
    """A date found in a sentence: start and end as ISO strings (or None), and why a part is missing."""

    start: str | None
    end: str | None
    text: str
    warning: str | None = None


def _iso(year, month, day):
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_PUBLICATION_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*$", re.I)  # every line: compiled once
# " date 2024-06-27 MACAU, June 27 - To deepen ...": the page's date label run into its first line of text
_DATE_LABEL_RUN_IN = re.compile(r"\A(\s*date\s+\d{4}-\d{2}-\d{2})[ \t]+(?=\S)", re.I)


def date_label_on_its_own_line(text):
    """The text with a "date YYYY-MM-DD" label that a page runs into its first line of text put on a line of
    its own: it is the publication date, not the day of the events the line tells, and the headline or the
    agency dateline ("MACAU, June 27 -") that follows it is read as such."""
    return _DATE_LABEL_RUN_IN.sub(r"\1\n\n", text, count=1)


def publication_date(lines, title_index):
    """The publication date: a "date YYYY-MM-DD" line, else a date printed on a short line near the top."""
    for line in lines:
        match = _PUBLICATION_DATE_LINE.match(line)
        if match:
            return match.group(1)
    headline = _date_line_read_as_headline(lines, title_index)
    if headline:
        return headline
    seen = 0
    # a short date line just above the headline counts too ("2023-05-12" then the headline)
    before = [line for line in lines[: max(title_index, 0)] if line.strip()][-1:]
    for line in before + lines[title_index + 1 :]:
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > 4:
            break
        if len(stripped) > 60:
            found = _labelled_date_in_a_byline(stripped)
            if found:
                return found
            continue  # a sentence of the body, not a date line
        found = _date_on_line(stripped)
        if found:
            return found
        label = _DATE_LABEL_AMONG_LABELS.search(stripped)
        found = _month_of_a_garbled_date(stripped[label.end() :]) if label else None
        if found:  # "From: CAAS author: admin Count: 8 Date: 2015/08/226"
            return found
    # a labelled date line further down ("Published: 17 May 2019" under the text)
    for line in lines[title_index + 1 :]:
        stripped = line.strip()
        if len(stripped) <= 60 and _DATE_LABEL.match(stripped):
            found = _date_on_line(stripped)
            if found:
                return found
    return None


def _date_line_read_as_headline(lines, title_index):
    """ "2019-04-11", "date 2019-05-21 Share:", "Date of material placement: 31-10-2016, 11:20." as the line
    the headline was taken from: a page's date line (a label, or nothing but the date), not a headline."""
    if not 0 <= title_index < len(lines):
        return None
    stripped = lines[title_index].strip()
    if not stripped or len(stripped) > 60:
        return None
    found = _date_on_line(stripped)
    if found and (_DATE_LABEL.match(stripped) or _nothing_but_a_date(stripped)):
        return found
    return None


def _nothing_but_a_date(line):
    """ "2019-04-11", "Tuesday, 3 May 2023": no word on the line but a month's or a weekday's name."""
    return all(
        word.lower() in MONTHS or word.lower() in WEEKDAYS or word.lower() in ("st", "nd", "rd", "th")
        for word in re.findall(r"[^\W\d_]+", line)
    )


def _labelled_date_in_a_byline(line):
    """ "Publisher: X   From: Y   Publish Date: 2016.09.27   Read Count: 408", "From: X  Count: 8  Date:
    2015/08/226": the date a label names inside a page's long byline (its year and month where the page
    garbled its day), or None."""
    label = _DATE_LABEL_IN_LINE.search(line) or _DATE_LABEL_AMONG_LABELS.search(line)
    if label is None:
        return None
    printed = line[label.end() : label.end() + 30]
    return _date_on_line(printed) or _month_of_a_garbled_date(printed)


def _month_of_a_garbled_date(labelled):
    """ "2015/08/226" after a date label: the year and month of a date whose day the page garbled, or None."""
    garbled = _GARBLED_DAY.search(labelled)
    return f"{int(garbled['year']):04d}-{int(garbled['month']):02d}" if garbled else None


def month_the_headline_prints(title):
    """ "Report on the fair and meetings - South Korea, June 2016", "X signs MoU with Y (28 September 2018)":
    the year and month a headline prints, as "YYYY-MM", or None. Where the page gives no publication date, a
    day the body prints without a year ("On 3rd of June") takes its year from them, as it would from the
    publication date; the headline's day is an event's, not the page's, so no "yesterday" counts back from
    it."""
    if not title:
        return None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(title)
        if match and match["year"]:
            return f"{int(match['year']):04d}-{MONTHS[match['month'].lower()]:02d}"
    match = _MONTH_ONLY.search(title)
    if match:
        return f"{int(match['year']):04d}-{MONTHS[match['month'].lower()]:02d}"
    return None


def _date_on_line(stripped):
    """The date printed on a short line, or None."""
    match = _ISO.search(stripped) or _SLASHED.search(stripped)
    if match:
        return _iso(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _DOTTED.search(stripped)
    if match:  # "23.05.2017", "23/05/2017": day first, as the sites that print it so write it
        day_first = _iso(int(match["year"]), int(match["month"]), int(match["day"]))
        # "09/27/2021": a second number over 12 is the day, printed month first
        return day_first or _iso(int(match["year"]), int(match["day"]), int(match["month"]))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(stripped)
        if match and match["year"]:
            return _iso(int(match["year"]), MONTHS[match["month"].lower()], int(match["day"]))
    match = _MONTH_ONLY.search(stripped)
    if match:
        return f"{int(match['year']):04d}-{MONTHS[match['month'].lower()]:02d}"
    return None


def _published_parts(published):
    if not published:
        return None, None, None
    parts = [int(p) for p in published.split("-")]
    return parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None


def _year_for(month, day, published):
    """The year of a day printed without one: the publication year when the day is not after publication."""
    year, pub_month, pub_day = _published_parts(published)
    if year is None or pub_month is None:
        return None
    if (month, day or 1) <= (pub_month, pub_day or 31):
        return year
    return None


def find_date(sentence, published, previous=None):
    """The first event date in `sentence`, or None when it names none.

    `previous` is the last date found before this sentence (for "the following day").
    """
    sentence = _REPORTED_ON.sub("", sentence)  # "..., the university announced on 2 June": the report's day
    has_digit = _DIGIT.search(sentence) is not None
    with_weekdays = sentence  # "Wednesday (7/8/2019)": the weekday tells which numeric reading is meant
    if has_digit:
        sentence = _WEEKDAY_BEFORE_DAY.sub("", sentence)
    match = _ISO.search(sentence) if has_digit else None
    if match:
        day = _iso(int(match["year"]), int(match["month"]), int(match["day"]))
        return EventDate(day, day, match.group(0))
    best = None
    if not has_digit:
        return _relative_date(sentence, published, previous)
    # a numeric date on a short line or between bars is the page's own date ("News | 12.04.2019"), not an
    # event's
    numeric = (
        _numeric_date(with_weekdays, published)
        if "|" not in sentence and len(sentence.split()) >= 5
        else None
    )
    if numeric is not None and (
        numeric.start or not (_MONTH_DAY.search(sentence) or _DAY_MONTH.search(sentence))
    ):
        return numeric  # "Beirut, 06/10/2009- On the 3rd of October, 2009": the day written out says more
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(sentence):
            if best is None or match.start() < best.start():
                best = match
            break
    if best is not None:
        month = MONTHS[best["month"].lower()]
        day, day2 = int(best["day"]), int(best["day2"]) if best["day2"] else None
        if not 1 <= day <= 31:
            best = None
        else:
            year = int(best["year"]) if best["year"] else _year_for(month, day, published)
            if year is None:
                return EventDate(
                    None,
                    None,
                    best.group(0).strip(),
                    f"year of '{best.group(0).strip()}' not stated; left without a year",
                )
            start = _iso(year, month, day)
            end = _iso(year, month, day2) if day2 else start
            return EventDate(start, end, best.group(0).strip())
    match = _MONTH_ONLY.search(sentence)
    if match:
        value = f"{int(match['year']):04d}-{MONTHS[match['month'].lower()]:02d}"
        return EventDate(value, value, match.group(0))
    return _day_of_the_month(sentence, published) or _relative_date(sentence, published, previous)


def _day_of_the_month(sentence, published):
    """ "on the 7th", "on the 26th of last month": a day told without its month takes the publication's
    month, or the month before where "last month" says so or the day is later than the publication's."""
    match = _DAY_OF_MONTH.search(sentence) if "the" in sentence else None
    if match is None:
        return None
    year, month, pub_day = _published_parts(published)
    if pub_day is None:
        return EventDate(
            None, None, match.group(0), f"'{match.group(0)}' cannot be dated without a publication date"
        )
    day = int(match["day"])
    which = (match["which"] or "").lower()
    if which == "last" or (not which and day > pub_day):
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    value = _iso(year, month, day)
    return EventDate(value, value, match.group(0)) if value else None


def _numeric_date(sentence, published):
    """ "2019.04.12", "12.04.2019" (day first, as every site that prints dots writes it), "25/03/2019"; a
    slashed date whose day and month could be swapped is read only where one reading is after publication."""
    match = _SLASHED.search(sentence)
    if match:
        day = _iso(int(match["year"]), int(match["month"]), int(match["day"]))
        return EventDate(day, day, match.group(0)) if day else None
    match = _DOTTED.search(sentence)
    if not match:
        return None
    first, second, year = int(match["day"]), int(match["month"]), int(match["year"])
    day_first = _iso(year, second, first)
    if "." in match.group(0) or first > 12 or first == second:
        return EventDate(day_first, day_first, match.group(0)) if day_first else None
    month_first = _iso(year, first, second)
    if second > 12:
        return EventDate(month_first, month_first, match.group(0)) if month_first else None
    possible = [
        d for d in (day_first, month_first) if d and (not published or len(published) < 10 or d <= published)
    ]
    weekday = _WEEKDAY_JUST_BEFORE.search(sentence, 0, match.start())
    if weekday and len(possible) == 2:  # "Wednesday (7/8/2019)": 7 August 2019 was a Wednesday, 8 July not
        possible = [d for d in possible if _weekday_of(d) == WEEKDAYS[weekday["weekday"].lower()]]
    if len(possible) == 1:
        return EventDate(possible[0], possible[0], match.group(0))
    return EventDate(
        None, None, match.group(0), f"'{match.group(0)}' may be day/month or month/day; left without a date"
    )


def _weekday_of(iso_day):
    return datetime.date.fromisoformat(iso_day).weekday()


def _month_of_relative(sentence, published):
    """ "Earlier this month" -> the publication month; "last month" -> the one before; "last week" -> no date,
    with a warning (and it stops the day of an earlier sentence from being carried on)."""
    if not published or len(published) < 7:
        return None
    year, month = int(published[:4]), int(published[5:7])
    found = _THIS_MONTH.search(sentence)
    if found:
        value = f"{year:04d}-{month:02d}"
        return EventDate(value, value, found.group(0))
    found = _LAST_MONTH.search(sentence)
    if found:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        value = f"{year:04d}-{month:02d}"
        return EventDate(value, value, found.group(0))
    found = _WEEK.search(sentence)
    if found:  # a week is no day, and whether its month is meant is a reckoning the article does not make
        return EventDate(None, None, found.group(0), f"'{found.group(0)}' gives no day; left without a date")
    return None


def _weekday_of_the_trip(previous, weekday):
    """The one day of that weekday within the span of days told just before (a trip of under a week), or
    the day told just before itself where it is that weekday ("at the ceremony on November 17, 2015 ...
    signed on Tuesday": the 17th was a Tuesday); else None."""
    if not previous or not previous.start or not previous.end:
        return None
    if len(previous.start) != 10 or len(previous.end) != 10:
        return None
    first = datetime.date.fromisoformat(previous.start)
    last = datetime.date.fromisoformat(previous.end)
    if first == last:
        return previous.start if first.weekday() == weekday else None
    if not 0 < (last - first).days < 7:
        return None
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    return day.isoformat() if day <= last else None


def _relative_date(sentence, published, previous):
    """ "Last Tuesday", "on Thursday", "yesterday", "the following day", "recently"."""
    near = _NEAR_DAY.search(sentence)
    if near and published and len(published) == 10 and not _REPORTING.search(sentence):
        back = 1 if near.group(0).lower() == "yesterday" else 0
        day = (datetime.date.fromisoformat(published) - datetime.timedelta(days=back)).isoformat()
        return EventDate(day, day, near.group(0))
    match = _WEEKDAY.search(sentence) if "day" in sentence else None
    if match:
        _, _, pub_day = _published_parts(published)
        weekday = WEEKDAYS[match["weekday"].lower()]
        in_trip = _weekday_of_the_trip(previous, weekday) if not match["last_week"] else None
        if in_trip is not None:  # "from Monday 10 to Saturday 15 June ... on Tuesday": the 11th
            return EventDate(in_trip, in_trip, match.group(0))
        if pub_day is None:
            return EventDate(
                None, None, match.group(0), f"'{match.group(0)}' cannot be dated without a publication date"
            )
        pub = datetime.date.fromisoformat(published)
        if match["last_week"]:  # "on Monday last week": that weekday of the week before the publication's
            day = (pub - datetime.timedelta(days=pub.weekday() + 7 - weekday)).isoformat()
            return EventDate(day, day, match.group(0))
        back = (pub.weekday() - weekday) % 7
        if back == 0 and match["last"]:
            back = 7  # "last Monday" on a Monday; a bare "on Thursday" under a Thursday dateline is that day
        day = (pub - datetime.timedelta(days=back)).isoformat()
        return EventDate(day, day, match.group(0))
    ago = _DAYS_AGO.search(sentence) if "ago" in sentence else None
    if ago and published and len(published) == 10 and ago["count"].lower() != "a few":
        count = ago["count"].lower()
        back = int(count) if count.isdigit() else _SMALL_NUMBERS[count]
        day = (datetime.date.fromisoformat(published) - datetime.timedelta(days=back)).isoformat()
        return EventDate(day, day, ago.group(0))
    nth = _NTH_DAY.search(sentence) if "day of" in sentence else None
    if nth and previous and previous.start and len(previous.start) == 10:
        first = datetime.date.fromisoformat(previous.start)
        last = datetime.date.fromisoformat(previous.end) if previous.end and len(previous.end) == 10 else None
        word = nth["nth"].lower()
        if word in _ORDINALS:
            day = first + datetime.timedelta(days=_ORDINALS[word])
            if last is None or day <= last:
                return EventDate(day.isoformat(), day.isoformat(), nth.group(0))
        elif last is not None and last > first:
            return EventDate(last.isoformat(), last.isoformat(), nth.group(0))
    if _NEXT_DAY.search(sentence) and previous and previous.start and len(previous.start) == 10:
        day = (datetime.date.fromisoformat(previous.start) + datetime.timedelta(days=1)).isoformat()
        return EventDate(day, day, _NEXT_DAY.search(sentence).group(0))
    month = _month_of_relative(sentence, published) if "month" in sentence or "week" in sentence else None
    if month is not None:
        return month
    if _VAGUE.search(sentence):
        return EventDate(
            None,
            None,
            _VAGUE.search(sentence).group(0),
            f"'{_VAGUE.search(sentence).group(0)}' gives no date",
        )
    return None
