"""Charts drawn on the server as SVG: column charts (grouped when several series), bar charts, a world map.

Pages need no JavaScript and fetch nothing to show them. Each chart is an `<svg role="img">` named
by its `<title>` and described by its `<desc>`; each mark has a `<title>` of its own (a tooltip), and
the page puts the same numbers in a table beside the chart for screen readers and for copying.
Every text that goes into the SVG is escaped here. Colours come from the site's palette (site.css).
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe

#: The world outlines: one SVG path per ISO alpha-2 code, from Natural Earth (fixtures/world/README.md).
WORLD_OUTLINES = Path(settings.BASE_DIR) / "fixtures" / "world" / "countries.json"
INK, GRID, PAPER = "#4a5567", "#dde2ea", "#ffffff"
#: Series colours: the accent blue, then the inbound purple and outbound teal of the delegation badges.
SERIES_COLOURS = ("#1d4f91", "#6b46a8", "#1d6458", "#b8611c")
#: The map's shades, lightest for the fewest partners; countries with none are NO_DATA, clearly lighter.
MAP_SHADES = ("#9ec2ea", "#6a9fd8", "#3b74bd", "#1d4f91", "#0d2a52")
NO_DATA = "#e4e8ee"
SEA = "#f4f8fd"
FONT = 'font-family="system-ui, sans-serif"'


@dataclass(frozen=True)
class Series:
    """One row of numbers, one per category, drawn in one colour."""

    name: str
    values: list


def nice_ceiling(value):
    """The smallest of 1, 2, 5, 10, 20, 50, ... that is at least `value` (at least 1): the axis maximum."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(step * magnitude for step in (1, 2, 5, 10) if step * magnitude >= value)


def gridline_values(maximum, count=4):
    """Whole-number gridline values from 0 to the axis maximum, about `count` steps."""
    top = nice_ceiling(maximum)
    step = max(1, top // count)
    return list(range(0, top + 1, step)), top


def _svg_open(chart_id, width, height, title, description, top=0):
    """The opening <svg> with its accessible name; `top` < 0 leaves a margin above y=0."""
    return format_html(
        '<svg class="chart" viewBox="0 {} {} {}" role="img" aria-labelledby="{}-title {}-desc" '
        'xmlns="http://www.w3.org/2000/svg" {}><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>',
        top,
        width,
        height,
        chart_id,
        chart_id,
        mark_safe(FONT),
        chart_id,
        title,
        chart_id,
        description,
    )


@dataclass(frozen=True)
class _ColumnPlot:
    """Where a column chart draws: the SVG's size, its margins and the value at the top of the axis."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    axis_top: int

    @property
    def plot_width(self):
        return self.width - self.left - self.right

    @property
    def plot_height(self):
        return self.height - self.top - self.bottom

    @property
    def baseline(self):
        return self.top + self.plot_height

    def y_of(self, value):
        return self.baseline - self.plot_height * value / self.axis_top


def column_chart(chart_id, categories, series, *, title, description, unit):
    """Vertical columns, one group per category, one column per series (grouped side by side).

    `categories` are the labels along the bottom (years); `unit` names what is counted, for tooltips
    ("agreements"). When there are many categories, only every few are labelled, so labels never overlap.
    """
    maximum = max((value for one in series for value in one.values), default=0)
    gridlines, axis_top = gridline_values(maximum)
    # A legend above the plot when there are several series: the top margin makes room for it.
    plot = _ColumnPlot(640, 280, 40, 12, 16 if len(series) == 1 else 40, 28, axis_top)
    parts = [_svg_open(chart_id, plot.width, plot.height, title, description)]
    if len(series) > 1:
        parts.append(_legend(series, plot.left, 14))
    parts.extend(_gridlines(plot, gridlines))
    parts.extend(_columns(plot, categories, series, unit))
    parts.append(
        format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1.5"/>',
            plot.left,
            plot.width - plot.right,
            plot.baseline,
            plot.baseline,
            INK,
        )
    )
    return mark_safe("".join(parts) + "</svg>")


def _gridlines(plot, values):
    """A light line across the plot and its value at the left, for each gridline value."""
    for value in values:
        y = plot.y_of(value)
        yield format_html(
            '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>'
            '<text x="{}" y="{}" text-anchor="end" font-size="11" fill="{}">{}</text>',
            plot.left,
            plot.width - plot.right,
            f"{y:.1f}",
            f"{y:.1f}",
            GRID,
            plot.left - 6,
            f"{y + 4:.1f}",
            INK,
            value,
        )


def _columns(plot, categories, series, unit):
    """Each category's group of columns, one per series, and every few categories a label below."""
    slot = plot.plot_width / max(len(categories), 1)
    column = slot * 0.72 / len(series)
    label_every = max(1, math.ceil(len(categories) / 12))
    for index, category in enumerate(categories):
        group_left = plot.left + slot * index + slot * 0.14
        for number, one in enumerate(series):
            value = one.values[index]
            bar_height = plot.plot_height * value / plot.axis_top
            yield format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {} {}{}</title></rect>',
                f"{group_left + column * number:.1f}",
                f"{plot.baseline - bar_height:.1f}",
                f"{max(column - 1, 1):.1f}",
                f"{bar_height:.1f}",
                SERIES_COLOURS[number % len(SERIES_COLOURS)],
                category,
                value,
                unit,
                f" ({one.name})" if len(series) > 1 else "",
            )
        if index % label_every == 0:
            yield format_html(
                '<text x="{}" y="{}" text-anchor="middle" font-size="11" fill="{}">{}</text>',
                f"{plot.left + slot * (index + 0.5):.1f}",
                plot.height - plot.bottom + 16,
                INK,
                category,
            )


def _legend(series, x, y):
    parts = []
    for number, one in enumerate(series):
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" rx="2" fill="{}"/>'
                '<text x="{}" y="{}" font-size="12" fill="{}">{}</text>',
                x,
                y - 10,
                SERIES_COLOURS[number % len(SERIES_COLOURS)],
                x + 17,
                y,
                INK,
                one.name,
            )
        )
        x += 30 + 7 * len(one.name)
    return mark_safe("".join(parts))


def bar_chart(chart_id, rows, *, title, description, unit):
    """Horizontal bars, one per (label, value) row, labels on the left: for long names (kinds, countries)."""
    row_height, label_width, value_room = 26, 210, 44
    width = 640
    height = max(len(rows), 1) * row_height + 8
    plot_width = width - label_width - value_room
    _gridlines, axis_top = gridline_values(max((value for _label, value in rows), default=0))
    parts = [_svg_open(chart_id, width, height, title, description)]
    for index, (label, value) in enumerate(rows):
        y = 4 + index * row_height
        bar_width = plot_width * value / axis_top
        parts.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" font-size="12" fill="{}">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" rx="2" fill="{}"><title>{}: {} {}</title></rect>'
                '<text x="{}" y="{}" font-size="12" font-weight="600" fill="{}">{}</text>',
                label_width - 8,
                y + 16,
                INK,
                _shortened(label, 32),
                label_width,
                y + 3,
                f"{bar_width:.1f}",
                row_height - 8,
                SERIES_COLOURS[0],
                label,
                value,
                unit,
                f"{label_width + bar_width + 6:.1f}",
                y + 16,
                INK,
                value,
            )
        )
    return mark_safe("".join(parts) + "</svg>")


def _shortened(text, length):
    """`text` cut to `length` characters with an ellipsis (the bar's tooltip and the table have it whole)."""
    return text if len(text) <= length else f"{text[: length - 1]}…"


@cache
def world_outlines():
    """{"width", "height", "countries": {alpha-2: path data}}, read once per process."""
    return json.loads(WORLD_OUTLINES.read_text(encoding="utf-8"))


def shade_classes(maximum, shades=None):
    """The value ranges (low, high) of the shades: logarithmic, as a few countries hold most partners."""
    shades = shades or len(MAP_SHADES)
    if maximum <= 0:
        return []
    tops = (math.ceil((maximum + 1) ** (step / shades) - 1) for step in range(1, shades + 1))
    bounds = sorted({max(1, top) for top in tops})
    ranges, low = [], 1
    for high in bounds:
        if high >= low:
            ranges.append((low, high))
            low = high + 1
    return ranges


def world_map(chart_id, values, *, title, description, unit, names):
    """A choropleth: each country shaded by its value (`values`: {alpha-2: number}), with a legend.

    `names` gives a country's name for its tooltip. Returns (svg, codes with a value but no outline at
    this scale), so the page can list those under the map.
    """
    outlines = world_outlines()
    width, map_height = outlines["width"], outlines["height"]
    ranges = shade_classes(max(values.values(), default=0))
    shades = spread_shades(len(ranges))
    legend_height = 40
    margin = 6  # the frame's outline and the northernmost land sit on y=0: keep them off the edge
    parts = [_svg_open(chart_id, width, map_height + legend_height + margin, title, description, top=-margin)]
    parts.append(format_html('<path d="{}" fill="{}" stroke="{}"/>', outlines["frame"], SEA, GRID))
    for code, path in outlines["countries"].items():
        value = values.get(code, 0)
        shade = next((shades[i] for i, (low, high) in enumerate(ranges) if low <= value <= high), NO_DATA)
        parts.append(
            format_html(
                '<path d="{}" fill="{}" stroke="{}" stroke-width="0.6"><title>{}: {} {}</title></path>',
                path,
                shade,
                PAPER,
                names(code),
                value,
                unit,
            )
        )
    parts.append(_map_legend(ranges, shades, map_height + 14, unit))
    missing = sorted(code for code, value in values.items() if value and code not in outlines["countries"])
    return mark_safe("".join(parts) + "</svg>"), missing


def spread_shades(count):
    """`count` of MAP_SHADES, as far apart as they can be, always ending with the darkest."""
    if count <= 1:
        return list(MAP_SHADES[-2:-1]) if count else []
    last = len(MAP_SHADES) - 1
    return [MAP_SHADES[round(last * index / (count - 1))] for index in range(count)]


def _map_legend(ranges, shades, y, unit):
    parts = [
        format_html(
            '<rect x="0" y="{}" width="18" height="18" rx="3" fill="{}"/><text x="25" y="{}" font-size="17" '
            'fill="{}">none</text>',
            y,
            NO_DATA,
            y + 15,
            INK,
        )
    ]
    x = 85
    for shade, (low, high) in zip(shades, ranges, strict=True):
        label = f"{low}" if low == high else f"{low}–{high}"
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="18" height="18" rx="3" fill="{}"/>'
                '<text x="{}" y="{}" font-size="17" fill="{}">{}</text>',
                x,
                y,
                shade,
                x + 25,
                y + 15,
                INK,
                label,
            )
        )
        x += 45 + 10 * len(label)
    parts.append(
        format_html(
            '<text x="{}" y="{}" font-size="17" fill="{}">{}</text>',
            x + 6,
            y + 15,
            INK,
            unit,
        )
    )
    return mark_safe("".join(parts))
