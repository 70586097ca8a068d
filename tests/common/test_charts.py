"""The SVG charts: well-formed, accessible, escaped, and drawn to scale."""

import xml.etree.ElementTree as ElementTree

import pytest

from registry.common.charts import (
    MAP_SHADES,
    NO_DATA,
    Series,
    bar_chart,
    column_chart,
    gridline_values,
    nice_ceiling,
    shade_classes,
    spread_shades,
    world_map,
    world_outlines,
)

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg):
    """The chart as an XML tree: it must be well-formed on its own."""
    return ElementTree.fromstring(str(svg))


def bars(tree):
    return tree.findall(f"{SVG}rect[{SVG}title]")


def countries(tree):
    """The map's country shapes (each has a tooltip; the sea behind them has none)."""
    return tree.findall(f"{SVG}path[{SVG}title]")


def tooltip(element):
    return element.find(f"{SVG}title").text


def assert_accessible(tree, chart_id, title):
    assert tree.get("role") == "img"
    assert tree.get("aria-labelledby") == f"{chart_id}-title {chart_id}-desc"
    assert tree.find(f"{SVG}title").get("id") == f"{chart_id}-title"
    assert tree.find(f"{SVG}title").text == title
    assert tree.find(f"{SVG}desc").get("id") == f"{chart_id}-desc" and tree.find(f"{SVG}desc").text


@pytest.mark.parametrize(
    "value, ceiling", [(0, 1), (1, 1), (3, 5), (7, 10), (10, 10), (11, 20), (42, 50), (180, 200)]
)
def test_the_axis_maximum_is_a_round_number_at_least_the_largest_value(value, ceiling):
    assert nice_ceiling(value) == ceiling


def test_gridlines_are_whole_numbers_up_to_the_axis_maximum():
    assert gridline_values(7) == ([0, 2, 4, 6, 8, 10], 10)
    assert gridline_values(0) == ([0, 1], 1)


class TestColumnChart:
    def test_one_column_per_category_with_heights_to_scale(self):
        tree = parse(
            column_chart(
                "c",
                [2019, 2020, 2021],
                [Series("Agreements", [5, 0, 10])],
                title="Signed per year",
                description="Columns.",
                unit="agreements",
            )
        )
        assert_accessible(tree, "c", "Signed per year")
        columns = bars(tree)
        assert [tooltip(column) for column in columns] == [
            "2019: 5 agreements",
            "2020: 0 agreements",
            "2021: 10 agreements",
        ]
        heights = [float(column.get("height")) for column in columns]
        assert heights[1] == 0 and heights[2] == pytest.approx(2 * heights[0])

    def test_grouped_series_sit_side_by_side_with_a_legend(self):
        series = [Series("Inbound", [1, 2]), Series("Outbound", [3, 0])]
        tree = parse(
            column_chart(
                "d", [2023, 2024], series, title="Delegations", description="Pairs.", unit="delegations"
            )
        )
        assert [tooltip(column) for column in bars(tree)] == [
            "2023: 1 delegations (Inbound)",
            "2023: 3 delegations (Outbound)",
            "2024: 2 delegations (Inbound)",
            "2024: 0 delegations (Outbound)",
        ]
        first, second = bars(tree)[:2]
        assert float(second.get("x")) > float(first.get("x"))
        assert first.get("fill") != second.get("fill")
        assert {"Inbound", "Outbound"} <= {text.text for text in tree.iter(f"{SVG}text")}

    def test_many_years_are_labelled_sparsely_so_labels_never_overlap(self):
        years = list(range(1980, 2026))
        tree = parse(
            column_chart(
                "y",
                years,
                [Series("Agreements", [1] * len(years))],
                title="t",
                description="d",
                unit="agreements",
            )
        )
        labels = [text.text for text in tree.iter(f"{SVG}text") if len(text.text) == 4]
        assert 6 <= len(labels) <= 12 and labels[0] == "1980"

    def test_no_data_draws_an_empty_chart(self):
        tree = parse(column_chart("e", [], [Series("Agreements", [])], title="t", description="d", unit="x"))
        assert bars(tree) == []


class TestBarChart:
    def test_one_bar_per_row_with_its_value_and_lengths_to_scale(self):
        rows = [("Student exchange", 8), ("MoU", 4)]
        tree = parse(bar_chart("k", rows, title="By kind", description="Bars.", unit="agreements"))
        assert_accessible(tree, "k", "By kind")
        rows = bars(tree)
        assert [tooltip(row) for row in rows] == ["Student exchange: 8 agreements", "MoU: 4 agreements"]
        assert float(rows[0].get("width")) == pytest.approx(2 * float(rows[1].get("width")))
        assert {"8", "4", "Student exchange", "MoU"} <= {text.text for text in tree.iter(f"{SVG}text")}

    def test_long_labels_are_shortened_but_the_tooltip_keeps_them_whole(self):
        name = "Joint institute agreement between two very long named universities"
        tree = parse(bar_chart("l", [(name, 1)], title="t", description="d", unit="agreements"))
        assert tooltip(bars(tree)[0]) == f"{name}: 1 agreements"
        assert any(text.text.endswith("…") and len(text.text) == 32 for text in tree.iter(f"{SVG}text"))

    def test_text_is_escaped(self):
        svg = bar_chart(
            "x", [("<script>alert(1)</script> & Co", 1)], title="A & B <i>", description='"q"', unit="<b>"
        )
        assert "<script>" not in svg and "<i>" not in svg and "<b>" not in svg
        tree = parse(svg)
        assert tree.find(f"{SVG}title").text == "A & B <i>"
        assert tooltip(bars(tree)[0]) == "<script>alert(1)</script> & Co: 1 <b>"


class TestWorldMap:
    def test_the_outlines_ship_with_the_project_and_cover_the_usual_partner_countries(self):
        outlines = world_outlines()
        assert outlines["width"] == 1000 and 400 < outlines["height"] < 500
        partners = {"CN", "DE", "IL", "RU", "US", "MY", "JP", "BR", "AU", "ZA", "TW", "QA"}
        assert partners <= set(outlines["countries"])
        assert "AQ" not in outlines["countries"]

    def test_countries_are_shaded_by_value_and_the_others_are_grey(self):
        svg, not_drawn = world_map(
            "m",
            {"DE": 1, "CN": 40, "IL": 5},
            title="Partners",
            description="Map.",
            unit="partners",
            names=lambda code: {"DE": "Germany"}.get(code, code),
        )
        tree = parse(svg)
        assert_accessible(tree, "m", "Partners")
        fills = {tooltip(path).split(":")[0]: path.get("fill") for path in countries(tree)}
        assert fills["Germany"] == MAP_SHADES[0] and fills["CN"] == MAP_SHADES[-1]
        assert fills["IL"] not in (NO_DATA, MAP_SHADES[0], MAP_SHADES[-1])
        assert fills["FR"] == NO_DATA
        assert not_drawn == []

    def test_countries_too_small_to_draw_are_returned_for_listing(self):
        _svg, not_drawn = world_map(
            "m", {"SG": 3, "DE": 1, "MT": 0}, title="t", description="d", unit="p", names=str
        )
        assert not_drawn == ["SG"]

    def test_the_legend_names_every_range_of_shades(self):
        svg, _ = world_map("m", {"DE": 50}, title="t", description="d", unit="partners", names=str)
        legend = [text.text for text in parse(svg).iter(f"{SVG}text")]
        assert legend == ["none", "1–2", "3–4", "5–10", "11–23", "24–50", "partners"]

    def test_an_empty_registry_draws_a_grey_map(self):
        svg, _ = world_map("m", {}, title="t", description="d", unit="partners", names=str)
        assert {path.get("fill") for path in countries(parse(svg))} == {NO_DATA}


@pytest.mark.parametrize(
    "maximum, ranges",
    [
        (0, []),
        (1, [(1, 1)]),
        (3, [(1, 1), (2, 2), (3, 3)]),
        (50, [(1, 2), (3, 4), (5, 10), (11, 23), (24, 50)]),
    ],
)
def test_shade_ranges_are_logarithmic_and_cover_one_to_the_maximum(maximum, ranges):
    assert shade_classes(maximum) == ranges


def test_few_shades_are_spread_over_the_palette_so_they_differ_clearly():
    assert spread_shades(0) == []
    assert spread_shades(1) == [MAP_SHADES[-2]]
    assert spread_shades(2) == [MAP_SHADES[0], MAP_SHADES[-1]]
    assert spread_shades(3) == [MAP_SHADES[0], MAP_SHADES[2], MAP_SHADES[4]]
    assert spread_shades(len(MAP_SHADES)) == list(MAP_SHADES)
