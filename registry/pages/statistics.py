"""The statistics page's figures: each chart (registry/charts.py) with the numbers of its table.

Every number comes from one aggregate query (a QuerySet `count_by_...` method), so the page makes
the same few queries however large the registry grows.
"""

import datetime
from dataclasses import dataclass, field

from agreements.filters import country_name
from agreements.models import Agreement, ExchangePlaces, Institution, Lifecycle
from agreements.models.validity import validity_in_words
from delegations.models import Delegation, Direction
from registry.common.charts import Series, bar_chart, column_chart, world_map

#: The country bar chart shows this many countries (the table beside it lists them all).
TOP_COUNTRIES = 15


@dataclass(frozen=True)
class Figure:
    """A chart and its table: `columns` head the table, each row starts with its row header."""

    slug: str
    heading: str
    svg: str
    columns: list
    rows: list
    notes: list = field(default_factory=list)


def year_span(*counts_by_year):
    """Every year from the first to the last in any of `counts_by_year`, gaps included (so gaps show)."""
    years = [year for counts in counts_by_year for year in counts]
    return list(range(min(years), max(years) + 1)) if years else []


def most_first(counts_by_country):
    """[[country name, count], ...], the largest count first, then by name."""
    rows = [[country_name(code), count] for code, count in counts_by_country.items()]
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def plural(count, noun):
    return f"{count} {noun}{'' if count == 1 else 's'}"


def agreements_per_year(signed, total):
    years = year_span(signed)
    values = [signed.get(year, 0) for year in years]
    undated = total - sum(values)
    span = f"Columns, one per year from {years[0]} to {years[-1]}." if years else "No dated agreement yet."
    return Figure(
        slug="agreements-per-year",
        heading="Agreements signed per year",
        svg=column_chart(
            "agreements-per-year",
            years,
            [Series("Agreements", values)],
            title="Agreements signed per year",
            description=span,
            unit="agreements",
        ),
        columns=["Year", "Agreements signed"],
        rows=[[year, value] for year, value in zip(years, values, strict=True)],
        notes=[f"Not counted: {plural(undated, 'agreement')} with no signing date."] if undated else [],
    )


def agreements_per_kind(kinds):
    rows = [[kind.label, count] for kind, count in sorted(kinds.items(), key=lambda item: -item[1])]
    return Figure(
        slug="agreements-per-kind",
        heading="Agreements by kind",
        svg=bar_chart(
            "agreements-per-kind",
            rows,
            title="Agreements by kind",
            description="Horizontal bars, one per kind of agreement, most common first.",
            unit="agreements",
        ),
        columns=["Kind", "Agreements"],
        rows=rows,
    )


def agreements_per_country(by_country):
    rows = most_first(by_country)
    shown = rows[:TOP_COUNTRIES]
    return Figure(
        slug="agreements-per-country",
        heading="Agreements by partner country",
        svg=bar_chart(
            "agreements-per-country",
            shown,
            title="Agreements by partner country",
            description=f"Horizontal bars for the {len(shown)} countries with the most agreements.",
            unit="agreements",
        ),
        columns=["Country", "Agreements"],
        rows=rows,
        notes=[
            "An agreement with partners in two countries counts in each; unknown countries are left out.",
            *(
                [f"The chart shows the first {TOP_COUNTRIES} countries; the table lists all."]
                if len(rows) > TOP_COUNTRIES
                else []
            ),
        ],
    )


def delegations_per_year(by_year, totals):
    years = year_span(by_year)
    inbound = [by_year.get(year, {}).get(Direction.INBOUND, 0) for year in years]
    outbound = [by_year.get(year, {}).get(Direction.OUTBOUND, 0) for year in years]
    undated = sum(totals.values()) - sum(sum(counts.values()) for counts in by_year.values())
    notes = []
    if totals[Direction.THIRD_PARTY]:
        between_others = plural(totals[Direction.THIRD_PARTY], "visit")
        notes.append(f"Not shown: {between_others} between other institutions.")
    if undated:
        notes.append(f"Not counted: {plural(undated, 'delegation')} with no date.")
    return Figure(
        slug="delegations-per-year",
        heading="Delegations per year, inbound and outbound",
        svg=column_chart(
            "delegations-per-year",
            years,
            [Series("Inbound (visiting us)", inbound), Series("Outbound (sent by us)", outbound)],
            title="Delegations per year, inbound and outbound",
            description="Pairs of columns per year: delegations visiting us, then delegations we sent.",
            unit="delegations",
        ),
        columns=["Year", "Inbound (visiting us)", "Outbound (sent by us)"],
        rows=[[year, visiting, sent] for year, visiting, sent in zip(years, inbound, outbound, strict=True)],
        notes=notes,
    )


def partners_map(partners):
    svg, not_drawn = world_map(
        "partners-map",
        partners,
        title="Partner institutions by country",
        description="A world map, each country shaded by its number of partner institutions: darker, more.",
        unit="partners",
        names=country_name,
    )
    rows = most_first(partners)
    notes = []
    if not_drawn:
        listed = ", ".join(f"{country_name(code)} ({partners[code]})" for code in not_drawn)
        notes.append(f"Too small to draw at this scale: {listed}.")
    return Figure(
        slug="partners-map",
        heading="Partners around the world",
        svg=svg,
        columns=["Country", "Partner institutions"],
        rows=rows,
        notes=notes,
    )


def in_force_note(in_force, without_end):
    """How many agreements are in force today, and how many of them only by the assumed validity."""
    total, assumed = in_force["recorded"] + in_force["assumed"], in_force["assumed"]
    if assumed:
        return (
            f"In force today: {total}, of which {assumed} with no end date recorded, counted in force "
            f"because agreements with none are {validity_in_words()}."
        )
    if without_end:
        return (
            f"In force today: {total}. Agreements with no end date recorded are {validity_in_words()}; "
            "by that count none of them is in force today."
        )
    return f"In force today: {total}."


def agreements_by_stage(stages, in_force, unknown):
    """Agreements by lifecycle stage today, with what "in force" counts under the assumed validity."""
    rows = [[stage.label, count] for stage, count in stages.items()]
    return Figure(
        slug="agreements-by-stage",
        heading="Agreements by stage today",
        svg=bar_chart(
            "agreements-by-stage",
            rows,
            title="Agreements by stage today",
            description="Horizontal bars, one per lifecycle stage, worked out for today.",
            unit="agreements",
        ),
        columns=["Stage", "Agreements"],
        rows=rows,
        notes=[
            "“No end date recorded”: concluded agreements with no end date that are neither open-ended "
            "nor renewing themselves.",
            in_force_note(in_force, without_end=stages[Lifecycle.NO_END_DATE]),
            *(
                [f"Validity unknown (no end date, none can be assumed), not counted in force: {unknown}."]
                if unknown
                else []
            ),
        ],
    )


def people_and_months(people, months):
    """ "8 (40)": people, and months in all; "—" when not recorded."""
    if people is None:
        return "—"
    return f"{people} ({months.normalize():f})" if months is not None else str(people)


def exchange_places_per_year(totals):
    """Places offered in exchange agreements per academic year, against places used."""
    years = list(totals)
    offered = [totals[year]["people"] or 0 for year in years]
    used = [totals[year]["people_used"] or 0 for year in years]
    labels = [f"{year}/{(year + 1) % 100:02d}" for year in years]
    unknown = [
        label for label, year in zip(labels, years, strict=True) if totals[year]["people_used"] is None
    ]
    return Figure(
        slug="exchange-places",
        heading="Exchange places per academic year, offered and used",
        svg=column_chart(
            "exchange-places",
            labels,
            [Series("Places offered (people)", offered), Series("Places used (people)", used)],
            title="Exchange places per academic year, offered and used",
            description="Pairs of columns per academic year: people offered places, then people who went.",
            unit="people",
        ),
        columns=["Year", "Offered: people (months)", "Used: people (months)"],
        rows=[
            [
                label,
                people_and_months(totals[year]["people"], totals[year]["months"]),
                people_and_months(totals[year]["people_used"], totals[year]["months_used"]),
            ]
            for label, year in zip(labels, years, strict=True)
        ],
        notes=[f"Use not recorded yet for {', '.join(unknown)}."] if unknown else [],
    )


def statistics_figures(today=None):
    """The page's figures, in the order shown (ten aggregate queries in all)."""
    today = today or datetime.date.today()
    kinds = Agreement.objects.count_by_kind()
    return [
        agreements_per_year(Agreement.objects.count_by_signing_year(), total=sum(kinds.values())),
        agreements_by_stage(
            Agreement.objects.count_by_lifecycle(today),
            Agreement.objects.count_in_force_on(today),
            Agreement.objects.validity_unknown().count(),
        ),
        agreements_per_kind(kinds),
        agreements_per_country(Agreement.objects.count_by_partner_country()),
        delegations_per_year(
            Delegation.objects.count_by_year_and_direction(), Delegation.objects.count_by_direction()
        ),
        partners_map(Institution.objects.partners().count_by_country()),
        exchange_places_per_year(ExchangePlaces.objects.totals_by_year()),
    ]
