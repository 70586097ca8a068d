"""The list rows written in Python (agreements/rows.py, delegations/rows.py) are the HTML the templates wrote.

Each reference below is the row markup the list templates had before the rows moved to Python,
rendered by Django's template engine for the same objects: the two must agree byte for byte,
for records with and without every optional part, and with text that needs escaping. The
references read the related rows from the lists the views prefetch (`card_parties`,
`listed_parties`, ...) where the templates read the related managers' caches.
"""

import datetime

import pytest
from django.template import engines
from django.urls import set_script_prefix

from agreements.models import Agreement, AgreementStatus, Institution, InstitutionName, NameKind, Signatory
from agreements.rows import (
    address,
    agreement_card,
    agreement_row,
    day_month_year,
    institution_row,
    timeline_html,
)
from agreements.views import AgreementListView, InstitutionListView, timeline_page
from delegations.models import Delegation, DelegationMember, Meeting
from delegations.rows import delegation_card, delegation_row, meeting_card
from delegations.views import DelegationListView
from tests.builders import (
    make_agreement,
    make_delegation,
    make_home,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db

INSTITUTION_ROW = """
    <tr>
      <th scope="row">
        <a href="{{ institution.get_absolute_url }}">{{ institution.name }}</a>
        {% for acronym in institution.acronyms %}<span class="acronym">{{ acronym.value }}</span>{% endfor %}
        {% if institution.parent %}<span class="subtle">part of {{ institution.parent.name }}</span>{% endif %}
      </th>
      <td><span class="badge badge--{{ institution.kind }}">{{ institution.get_kind_display }}</span>{% if institution.is_home %} <span class="badge badge--home">Home</span>{% endif %}{% include "includes/not_reviewed_mark.html" with record=institution %}</td>
      <td>{{ institution.country|default:"—" }}{% if institution.city %} <span class="subtle">{{ institution.city }}</span>{% endif %}</td>
      <td class="num">{{ institution.agreement_count }}{% if institution.has_active_agreement %} <span class="badge badge--signed" title="An agreement is in force">in force</span>{% endif %}</td>
      <td class="num">{{ institution.delegation_count }}</td>
      <td class="num">{{ institution.meeting_count }}</td>
      <td>{{ institution.latest_activity|date:"Y"|default:"—" }}</td>
    </tr>
    """  # noqa: E501

AGREEMENT_ROW = """{% load lifecycle %}
    <tr>
      <th scope="row">
        <a href="{{ agreement.get_absolute_url }}">{{ agreement }}</a>
        <span class="badge badge--kind">{{ agreement.get_kind_display }}</span>{% if agreement.renews %} <span class="badge badge--renewed">renewal</span>{% endif %}{% include "includes/not_reviewed_mark.html" with record=agreement %}
      </th>
      <td>{% for party in agreement.listed_parties %}<a href="{{ party.get_absolute_url }}">{{ party.name }}</a>{% if not forloop.last %}, {% endif %}{% endfor %}</td>
      <td>{% lifecycle_badge agreement status="text" %}</td>
      <td class="nowrap">{{ agreement.signed|default:"—" }}</td>
      <td class="nowrap">{% if agreement.is_open_ended %}Open-ended{% elif agreement.valid_until %}{{ agreement.valid_until|date:"j M Y" }}{% elif agreement.assumed_end %}{{ agreement.assumed_end|date:"j M Y" }} <span class="subtle">assumed</span>{% else %}—{% endif %}{% if agreement.auto_renews %} <span class="subtle">{% include "includes/renewal_terms.html" %}</span>{% endif %}</td>
    </tr>
    """  # noqa: E501

DELEGATION_ROW = """
    <tr>
      <th scope="row" class="nowrap"><a href="{{ delegation.get_absolute_url }}">{{ delegation.start|default:"Undated" }}</a></th>
      <td><span class="badge badge--{{ delegation.direction }}">{{ delegation.direction.label }}</span>{% include "includes/not_reviewed_mark.html" with record=delegation %}</td>
      <td>{% if delegation.visitor %}<a href="{{ delegation.visitor.get_absolute_url }}">{{ delegation.visitor.name }}</a>{% else %}Home institution{% endif %}</td>
      <td>{% if delegation.host %}<a href="{{ delegation.host.get_absolute_url }}">{{ delegation.host.name }}</a>{% else %}Home institution{% endif %}</td>
      <td>{{ delegation.leader|default:"—" }}{% if delegation.leader_title %} <span class="subtle">{{ delegation.leader_title }}</span>{% endif %}</td>
      <td><span class="badge badge--{{ delegation.mode }}">{{ delegation.get_mode_display }}</span></td>
    </tr>
    """  # noqa: E501


def template_row(source, **context):
    return engines["django"].from_string(source).render(context)


def listed(view_class, queryset):
    """The records as the list view fetches them (its annotations, related rows and prefetches)."""
    view = view_class()
    return list(view.get_queryset().filter(pk__in=queryset.values("pk")))


def test_institution_rows_are_what_the_template_wrote():
    home = make_home("Home & Sons University", city="Haifa", country="IL")
    parent = make_institution("University of <Somewhere>", kind="university")
    unit = make_institution('Faculty of "Law" & Order', parent=parent, country="", city="")
    InstitutionName.objects.create(institution=unit, value="F&L", kind=NameKind.ACRONYM)
    InstitutionName.objects.create(institution=unit, value="FLO", kind=NameKind.ACRONYM)
    make_agreement(parent, home, signed="2019-05-02", status=AgreementStatus.SIGNED, valid_until=None)
    make_delegation(unit, home, start="2021-03")
    Institution.objects.filter(pk=parent.pk).update(
        reviewed_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    )
    rows = listed(InstitutionListView, Institution.objects.all())
    assert len(rows) == 3
    for institution in rows:
        assert institution_row(institution) == template_row(INSTITUTION_ROW, institution=institution)


def test_agreement_rows_are_what_the_template_wrote():
    first, second = make_institution("Alpha & Omega"), make_institution("<Beta> Institute")
    older = make_agreement(first, second, signed="2010", title="", kind="mou")
    make_agreement(
        first,
        second,
        signed="2015-06-01",
        title="Renewal <2015>",
        renews=older,
        auto_renews=True,
        renewal_period_years=2,
        valid_until=datetime.date(2016, 1, 1),
    )
    make_agreement(first, signed="2020-02", title="Yearly", auto_renews=True, renewal_period_years=1)
    make_agreement(second, signed=None, title="Open one", is_open_ended=True, status=AgreementStatus.DRAFT)
    make_agreement(second, signed="2024-01-05", title="Expires", valid_until=datetime.date(2099, 1, 1))
    rows = listed(AgreementListView, Agreement.objects.all())
    assert len(rows) == 5
    for agreement in rows:
        assert agreement_row(agreement) == template_row(AGREEMENT_ROW, agreement=agreement)


def test_delegation_rows_are_what_the_template_wrote():
    home = make_home()
    partner = make_institution("Partner & Co")
    make_delegation(
        partner, home, start="2022-10-03", leader=make_person("Dr <Who>"), leader_title="Rector & more"
    )
    make_delegation(home, partner, start=None, mode="online")
    make_delegation(partner, make_institution("Third <party>"), start="2001")
    rows = listed(DelegationListView, Delegation.objects.all())
    assert len(rows) == 3
    for delegation in rows:
        assert delegation_row(delegation) == template_row(DELEGATION_ROW, delegation=delegation)


AGREEMENT_CARD = """{% load lifecycle %}<p class="timeline__kind"><span class="badge badge--agreement">Agreement</span> {% lifecycle_badge record status="badge" %}{% include "includes/not_reviewed_mark.html" %}</p>
<h3 class="timeline__title"><a href="{{ record.get_absolute_url }}">{{ record }}</a></h3>
<p class="timeline__meta">{{ record.get_kind_display }} between
  {% for party in record.card_parties %}<a href="{{ party.get_absolute_url }}">{{ party.name }}</a>{% if not forloop.last %}, {% endif %}{% endfor %}{% if record.valid_until %}; valid until {{ record.valid_until|date:"j M Y" }}{% endif %}{% if record.auto_renews %}; {% include "includes/renewal_terms.html" with agreement=record %}{% endif %}</p>
{% if record.renews %}<p class="timeline__meta timeline__renewal">Renews <a href="{{ record.renews.get_absolute_url }}">{{ record.renews }}</a></p>{% endif %}
{% if record.card_renewals %}<p class="timeline__meta timeline__renewal">Renewed by {% for renewal in record.card_renewals %}<a href="{{ renewal.get_absolute_url }}">{{ renewal }}</a>{% if not forloop.last %}, {% endif %}{% endfor %}</p>{% endif %}
{% if record.card_signatories %}<p class="timeline__meta">Signed by {% for signatory in record.card_signatories %}{{ signatory }}{% if not forloop.last %}; {% endif %}{% endfor %}</p>{% endif %}
{% if not compact %}{% include "includes/citations.html" with citations=record.card_citations %}{% endif %}
"""  # noqa: E501


DELEGATION_CARD = """<p class="timeline__kind"><span class="badge badge--delegation">Delegation</span> <span class="badge badge--{{ record.direction }}">{{ record.direction.label }}</span> <span class="badge badge--{{ record.mode }}">{{ record.get_mode_display }}</span>{% include "includes/not_reviewed_mark.html" %}</p>
<h3 class="timeline__title"><a href="{{ record.get_absolute_url }}">{{ record.visitor.name|default:"Home institution" }} → {{ record.host.name|default:"Home institution" }}</a></h3>
{% if record.leader %}<p class="timeline__meta">Led by {{ record.leader }}{% if record.leader_title %}, {{ record.leader_title }}{% endif %}</p>{% endif %}
{% if record.card_members %}<p class="timeline__meta">People: {% for member in record.card_members %}{{ member }}{% if not forloop.last %}; {% endif %}{% endfor %}</p>{% endif %}
{% if record.purpose %}<p>{{ record.purpose }}</p>{% endif %}
{% if not compact %}{% include "includes/citations.html" with citations=record.card_citations %}{% endif %}
"""  # noqa: E501


MEETING_CARD = """<p class="timeline__kind"><span class="badge badge--meeting">Meeting</span> <span class="badge badge--{{ record.kind }}">{{ record.get_kind_display }}</span> <span class="badge badge--{{ record.mode }}">{{ record.get_mode_display }}</span>{% include "includes/not_reviewed_mark.html" %}</p>
<h3 class="timeline__title"><a href="{{ record.get_absolute_url }}">{{ record.get_kind_display }}{% if record.location %} in {{ record.location }}{% endif %}</a></h3>
<p class="timeline__meta">With {% for institution in record.card_institutions %}<a href="{{ institution.get_absolute_url }}">{{ institution.name }}</a>{% if not forloop.last %}, {% endif %}{% endfor %}</p>
{% if record.summary %}<p>{{ record.summary }}</p>{% endif %}
{% if not compact %}{% include "includes/citations.html" with citations=record.card_citations %}{% endif %}
"""  # noqa: E501


def assert_cards_match(card, reference, records):
    for record in records:
        for compact in (False, True):
            expected = template_row(reference, record=record, compact=compact)
            assert card(record, compact=compact) == expected


def test_timeline_cards_are_what_the_templates_wrote():
    home, partner = make_home(), make_institution("Partner & <Co>")
    cited = make_source(
        "a&b.txt",
        title="News <today>",
        url="https://example.org/?a=1&b=2",
        published_on=datetime.date(2020, 5, 1),
        published_on_precision="month",
    )
    older = make_agreement(
        home, partner, signed="2010", title="", source=cited, evidence="They signed & smiled"
    )
    newer = make_agreement(
        home, partner, signed="2014-03", renews=older, auto_renews=True, renewal_period_years=3
    )
    make_agreement(home, partner, signed="2016-01-02", renews=older, valid_until=datetime.date(2030, 1, 1))
    Signatory.objects.create(agreement=newer, person=make_person("Ana <B>"), title="Rector & co")
    Signatory.objects.create(agreement=newer, person=make_person("Carl"))
    leader = make_person("Dr Who")
    visit = make_delegation(
        partner, home, start="2019-09-09", leader=leader, leader_title="Dean", purpose="See <labs>"
    )
    DelegationMember.objects.create(delegation=visit, person=make_person("Eve"), title="Chair")
    make_delegation(home, partner, start=None, source=make_source("plain.txt"), evidence="")
    make_meeting(home, partner, date="2021", location="Room <1>", summary="Talked & agreed", source=cited)
    make_meeting(partner, date=None)

    assert_cards_match(agreement_card, AGREEMENT_CARD, Agreement.objects.for_timeline())
    assert_cards_match(delegation_card, DELEGATION_CARD, Delegation.objects.for_timeline())
    assert_cards_match(meeting_card, MEETING_CARD, Meeting.objects.for_timeline())


def test_addresses_are_the_records_own():
    partner = make_institution()
    records = [
        partner,
        make_agreement(partner),
        make_delegation(partner),
        make_meeting(partner),
    ]
    for prefix in ("/", "/registry/"):
        set_script_prefix(prefix)
        try:
            for record in records:
                assert address(record) == record.get_absolute_url()
                assert address(record).startswith(prefix)
        finally:
            set_script_prefix("/")


@pytest.mark.parametrize(
    "day",
    [
        datetime.date(2030, 1, 2),
        datetime.date(2016, 12, 31),
        datetime.date(999, 5, 9),
        datetime.date(1, 9, 1),
    ],
)
def test_validity_dates_are_written_as_the_date_filter_writes_them(day):
    assert day_month_year(day) == template_row('{{ day|date:"j M Y" }}', day=day)


def test_within_a_block_of_addresses_written_the_script_prefix_is_the_one_at_its_start():
    """The handler sets the prefix before the view runs; the block reads it once and gives it back."""
    from agreements.rows import addresses_written

    partner = make_institution()
    try:
        set_script_prefix("/registry/")
        with addresses_written():
            assert address(partner) == partner.get_absolute_url()
            set_script_prefix("/other/")  # not within a request: only to show which prefix is used
            assert address(partner).startswith("/registry/")
            with addresses_written():
                assert address(partner).startswith("/other/")
            assert address(partner).startswith("/registry/")
        assert address(partner).startswith("/other/")
    finally:
        set_script_prefix("/")


@pytest.mark.parametrize("url_of", ["institution", "list"])
def test_a_page_built_anew_reads_the_script_prefix_a_few_times_not_once_per_link(
    staff_client, monkeypatch, url_of
):
    """An institution page's cards and a list's rows link about 150 and 75 records; Django's prefix
    is an asgiref Local read (3-5 us): a page reads it once per block of links (addresses_written)."""
    from django.urls import reverse

    from agreements import rows
    from registry.common.data_versions import bump_versions

    home = make_home()
    for number in range(6):
        partner = make_institution(f"Partner {number}")
        make_agreement(home, partner, signed=f"201{number}")
        make_delegation(home, partner, start=f"201{number}-03-01")
        make_meeting(home, partner, date=f"201{number}-04-01")
    url = home.get_absolute_url() if url_of == "institution" else reverse("agreements:institution-list")
    reads = []
    real = rows.get_script_prefix
    monkeypatch.setattr(rows, "get_script_prefix", lambda: reads.append(1) or real())
    bump_versions()
    response = staff_client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('href="/institutions/') >= 7
    assert 1 <= len(reads) <= 3


@pytest.mark.parametrize("kept", [False, True], ids=["records", "kept cards"])
def test_the_timeline_is_what_its_template_wrote(kept):
    home, partner = make_home(), make_institution("Partner & <Co>")
    make_agreement(home, partner, signed="2014-03", title="MoU <1>")
    make_delegation(home, partner, start=None, purpose="See & talk")
    make_meeting(home, partner, date="2021-05-02", location="Room <1>")
    querysets = [Agreement.objects.all(), Delegation.objects.all(), Meeting.objects.all()]
    entries, _page = timeline_page(querysets, 1, kept_for="institution-0" if kept else None)
    template = engines["django"].get_template("includes/timeline.html")
    for shown in (entries, []):
        assert timeline_html(shown) == template.render({"entries": shown})
