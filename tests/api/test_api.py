"""The REST API (/api/): who may read and write, what each endpoint shows, filters, paging, bad input."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.serializers import ModelSerializer

from agreements.models import Agreement, AgreementCitation, AgreementKind, Institution, Party
from registry.api.serializers import AgreementSerializer, InstitutionSerializer
from registry.models import ApiToken, token_digest
from tests.builders import (
    make_agreement,
    make_delegation,
    make_institution,
    make_meeting,
    make_person,
    make_source,
)

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}
LISTS = ["institution", "agreement", "delegation", "meeting", "person", "source"]


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    cache.clear()  # the throttle counts requests in the cache: each test starts with none


def make_user(role=None, name=None):
    user = User.objects.create_user(name or f"{role or 'nobody'}-user", password="a long enough password")
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def token_for(user, name="script"):
    _api_token, secret = ApiToken.issue(user, name)
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}", **JSON}


@pytest.fixture
def viewer(client):
    client.force_login(make_user("viewer"))
    return client


@pytest.fixture
def editor(client):
    client.force_login(make_user("editor"))
    return client


@pytest.fixture
def records():
    source = make_source("haifa-2019.txt")
    haifa = make_institution("University of Haifa", country="IL")
    haifa.add_name("UH", "acronym")
    partner = make_institution("Kyoto University", country="JP")
    first = make_agreement(haifa, partner, signed="2015", source=source, evidence="They signed an MoU.")
    renewal = make_agreement(
        haifa, partner, signed="2019-12", renews=first, source=source, evidence="Renewed."
    )
    delegation = make_delegation(
        visitor=partner, host=haifa, start="2019-11-03", source=source, evidence="Came."
    )
    delegation.memberships.create(person=make_person("Aiko Tanaka", institution=partner), title="Dean")
    make_meeting(haifa, partner, date="2019-11-04", source=source, evidence="Met.")
    return {"haifa": haifa, "partner": partner, "first": first, "renewal": renewal, "source": source}


def list_url(endpoint, **query):
    url = reverse(f"api:{endpoint}-list")
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def results(response):
    assert response.status_code == 200, response.content
    return response.json()["results"]


# Reading


@pytest.mark.parametrize("kind", LISTS)
def test_a_viewer_reads_every_list_and_each_record(viewer, records, kind):
    rows = results(viewer.get(list_url(kind), **JSON))
    assert rows
    detail = viewer.get(reverse(f"api:{kind}-detail", args=[rows[0]["id"]]), **JSON)
    assert detail.status_code == 200
    assert detail.json()["id"] == rows[0]["id"]


def test_an_agreement_shows_its_parties_partial_date_lifecycle_renewal_links_and_evidence(viewer, records):
    renewal = viewer.get(reverse("api:agreement-detail", args=[records["renewal"].pk]), **JSON).json()
    assert {p["name"] for p in renewal["party_details"]} == {"University of Haifa", "Kyoto University"}
    assert renewal["signed"] == {
        "value": "2019-12",
        "precision": "month",
        "first_day": "2019-12-01",
        "last_day": "2019-12-31",
    }
    assert renewal["lifecycle"] == "no_end_date"  # signed, no end date recorded
    assert renewal["renews"] == records["first"].pk
    assert renewal["citations"][0] | {"source": None} == {
        "source": None,
        "file_name": "haifa-2019.txt",
        "title": "",
        "url": "",
        "evidence": "Renewed.",
    }
    first = viewer.get(reverse("api:agreement-detail", args=[records["first"].pk]), **JSON).json()
    assert first["renewed_by"] == [records["renewal"].pk]


def test_an_institution_shows_its_names_and_identifiers(viewer, records):
    haifa = viewer.get(reverse("api:institution-detail", args=[records["haifa"].pk]), **JSON).json()
    assert haifa["names"] == [{"value": "UH", "kind": "acronym", "language": ""}]
    assert (haifa["country"], haifa["ror"], haifa["agreement_count"]) == ("IL", "", 2)


def test_a_delegation_lists_its_members_and_a_source_its_evidence(viewer, records):
    (delegation,) = results(viewer.get(list_url("delegation"), **JSON))
    assert delegation["members"][0] | {"person": None} == {
        "person": None,
        "name": "Aiko Tanaka",
        "title": "Dean",
    }
    assert delegation["direction"] == "third_party"
    (source,) = results(viewer.get(list_url("source"), **JSON))
    assert {(c["record"]["kind"], c["evidence"]) for c in source["citations"]} >= {
        ("agreement", "Renewed."),
        ("delegation", "Came."),
        ("meeting", "Met."),
    }


def test_the_institution_search_forgives_as_the_page_does(viewer, records):
    for typed in ["Univeristy of Haifa", "haifa university", "UH"]:
        rows = results(viewer.get(list_url("institution", q=typed), **JSON))
        assert rows and rows[0]["name"] == "University of Haifa", typed
        assert "search_rank" in rows[0]


def test_lists_filter_with_the_pages_filtersets(viewer, records):
    make_agreement(make_institution("Far University", country="BR"), kind=AgreementKind.STUDENT_EXCHANGE)
    assert len(results(viewer.get(list_url("agreement", party="Univ of Haifa"), **JSON))) == 2
    assert len(results(viewer.get(list_url("agreement", kind="student_exchange"), **JSON))) == 1
    assert len(results(viewer.get(list_url("agreement", party_country="BR"), **JSON))) == 1
    assert len(results(viewer.get(list_url("agreement", renewals_only="true"), **JSON))) == 1
    assert len(results(viewer.get(list_url("agreement", signed_after="2019-01-01"), **JSON))) == 1
    assert len(results(viewer.get(list_url("delegation", host="Haifa"), **JSON))) == 1
    assert len(results(viewer.get(list_url("meeting", year=2019), **JSON))) == 1
    assert [r["name"] for r in results(viewer.get(list_url("institution", country="JP"), **JSON))] == [
        "Kyoto University"
    ]


def test_sort_orders_a_list_and_pages_it_by_number(viewer, records):
    response = viewer.get(list_url("agreement", sort="signed"), **JSON)
    assert [row["signed"]["value"] for row in results(response)] == ["2015", "2019-12"]
    assert response.json()["count"] == 2


@pytest.mark.parametrize(
    "kind, query",
    [
        ("agreement", {"kind": "treaty"}),
        ("agreement", {"signed_after": "2019-02-30"}),
        ("agreement", {"valid_on": "yesterday"}),
        ("agreement", {"party": "999999"}),
        ("agreement", {"sort": "colour"}),
        ("agreement", {"expiring_within": "soon"}),
        ("institution", {"dormant": "-3"}),
        ("institution", {"country": "Atlantis"}),
        ("delegation", {"year": "MMXIX"}),
        ("meeting", {"mode": "telepathy"}),
    ],
)
def test_an_unknown_filter_value_is_a_400_naming_the_parameter(viewer, records, kind, query):
    response = viewer.get(list_url(kind, **query), **JSON)
    assert response.status_code == 400
    assert set(response.json()) == set(query) or set(response.json()) <= {*query, "signed"}


# Who may


@pytest.mark.parametrize("kind", LISTS)
def test_anonymous_requests_get_a_401_in_json(client, records, kind):
    response = client.get(list_url(kind), **JSON)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "detail" in response.json()


def test_an_account_without_a_role_may_not_read(client, records):
    client.force_login(make_user())
    response = client.get(list_url("agreement"), **JSON)
    assert response.status_code == 403
    assert "detail" in response.json()


@pytest.mark.parametrize("role, status", [("viewer", 403), ("editor", 201), ("admin", 201)])
def test_only_editors_and_admins_write(client, role, status):
    client.force_login(make_user(role))
    response = client.post(
        list_url("institution"), {"name": "Tel Aviv University"}, content_type="application/json"
    )
    assert response.status_code == status


# Tokens


def test_a_user_makes_a_token_sees_it_once_and_only_its_digest_is_kept(viewer):
    made = viewer.post(list_url("token"), {"name": "nightly report"}, content_type="application/json")
    assert made.status_code == 201
    assert made["Cache-Control"] == "no-store"
    secret = made.json()["token"]
    stored = ApiToken.objects.get()
    assert stored.token_hash == token_digest(secret) and secret not in stored.token_hash
    listed = results(viewer.get(list_url("token"), **JSON))
    assert [row["name"] for row in listed] == ["nightly report"] and "token" not in listed[0]


def test_a_program_reads_with_its_token_and_the_use_is_noted(client, records):
    headers = token_for(make_user("viewer"))
    assert results(client.get(list_url("agreement"), **headers))
    assert ApiToken.objects.get().last_used_at is not None


def test_a_revoked_token_stops_working(viewer, client, records):
    secret = viewer.post(list_url("token"), {"name": "x"}, content_type="application/json").json()["token"]
    token_id = ApiToken.objects.get().pk
    assert viewer.delete(reverse("api:token-detail", args=[token_id])).status_code == 204
    viewer.logout()
    response = client.get(list_url("agreement"), HTTP_AUTHORIZATION=f"Bearer {secret}", **JSON)
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid or revoked token."}


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Bearer not-a-token", "Bearer " + "A" * 43, "Bearer a b", "Bearer ünïcode"],
)
def test_a_bad_token_is_a_401_in_json(client, header):
    response = client.get(list_url("agreement"), HTTP_AUTHORIZATION=header, **JSON)
    assert response.status_code == 401
    assert "detail" in response.json()


def test_an_inactive_users_token_is_refused(client):
    user = make_user("viewer")
    headers = token_for(user)
    user.is_active = False
    user.save()
    assert client.get(list_url("agreement"), **headers).status_code == 401


def test_nobody_revokes_someone_elses_token_and_a_token_cannot_make_tokens(viewer, client):
    other, _secret = ApiToken.issue(make_user("viewer", name="other"), "theirs")
    assert viewer.delete(reverse("api:token-detail", args=[other.pk])).status_code == 404
    assert ApiToken.objects.filter(pk=other.pk).exists()
    viewer.logout()
    headers = token_for(make_user("editor"))
    response = client.post(list_url("token"), {"name": "more"}, content_type="application/json", **headers)
    assert response.status_code in (401, 403)


def test_each_token_is_throttled_on_its_own(client, settings, monkeypatch):
    from rest_framework.throttling import SimpleRateThrottle

    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", {"api": "3/minute"})
    user = make_user("viewer")
    first, second = token_for(user, "first"), token_for(user, "second")
    assert [client.get(list_url("agreement"), **first).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert "detail" in client.get(list_url("agreement"), **first).json()
    assert client.get(list_url("agreement"), **second).status_code == 200


# Writing


def test_an_editor_records_an_agreement_between_three_parties_with_a_partial_date(client):
    editor_user = make_user("editor")
    headers = token_for(editor_user)
    parties = [make_institution().pk for _ in range(3)]
    response = client.post(
        list_url("agreement"),
        {"title": "Consortium MoU", "kind": "mou", "parties": parties, "signed": "2021-06"},
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 201, response.content
    agreement = Agreement.objects.get(title="Consortium MoU")
    assert set(agreement.parties.values_list("pk", flat=True)) == set(parties)
    assert (agreement.signed_on, agreement.signed_on_precision) == (datetime.date(2021, 6, 1), "month")
    record = agreement.history.get()
    assert (record.history_type, record.history_user) == ("+", editor_user)


def test_an_update_is_recorded_in_the_history_with_who_made_it(client, records):
    editor_user = make_user("editor")
    response = client.patch(
        reverse("api:agreement-detail", args=[records["first"].pk]),
        {"status": "expired"},
        content_type="application/json",
        **token_for(editor_user),
    )
    assert response.status_code == 200, response.content
    assert response.json()["lifecycle"] == "expired"
    latest = records["first"].history.first()
    assert (latest.status, latest.history_type, latest.history_user) == ("expired", "~", editor_user)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"signed": "2021-02-30"}, "signed"),
        ({"signed": "spring 2021"}, "signed"),
        ({"parties": []}, "parties"),
        ({"parties": "duplicate"}, "parties"),
        ({"parties": [999999]}, "parties"),
        ({"kind": "treaty"}, "kind"),
        ({"valid_from": "2022-01-01", "valid_until": "2021-01-01"}, "non_field_errors"),
        ({"is_open_ended": True, "valid_until": "2030-01-01"}, "non_field_errors"),
        ({"renewal_period_years": 2}, "non_field_errors"),
    ],
)
def test_a_bad_agreement_is_refused_with_the_field_and_nothing_is_written(editor, change, field):
    party = make_institution()
    data = {"title": "Bad", "kind": "mou", "parties": [party.pk], **change}
    if data["parties"] == "duplicate":
        data["parties"] = [party.pk, party.pk]
    response = editor.post(list_url("agreement"), data, content_type="application/json")
    assert response.status_code == 400, response.content
    assert field in response.json()
    assert not Agreement.objects.exists() and not Party.objects.exists()


def test_a_refused_update_changes_nothing(editor, records):
    url = reverse("api:agreement-detail", args=[records["first"].pk])
    response = editor.patch(
        url, {"valid_from": "2030-01-01", "valid_until": "2020-01-01"}, content_type="application/json"
    )
    assert response.status_code == 400
    records["first"].refresh_from_db()
    assert records["first"].valid_from is None


@pytest.mark.parametrize("name", ["University of Haifa", "university  of HAIFA", "UH"])
def test_no_second_institution_under_a_name_already_taken(editor, records, name):
    response = editor.post(list_url("institution"), {"name": name}, content_type="application/json")
    assert response.status_code == 400
    assert "already goes by this name" in response.json()["name"][0]
    assert Institution.objects.count() == 2


def test_an_institution_keeps_its_own_name_on_update(editor, records):
    url = reverse("api:institution-detail", args=[records["haifa"].pk])
    response = editor.patch(
        url, {"name": "University of Haifa", "city": "Haifa"}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    assert Institution.objects.get(pk=records["haifa"].pk).city == "Haifa"


def test_bad_institution_fields_are_400s(editor):
    for data in [
        {"name": ""},
        {"name": "X", "country": "Israel"},
        {"name": "X", "kind": "club"},
        {"name": "X", "website": "not a url"},
    ]:
        response = editor.post(list_url("institution"), data, content_type="application/json")
        assert response.status_code == 400, data
    response = editor.post(list_url("institution"), "{not json", content_type="application/json")
    assert response.status_code == 400 and "detail" in response.json()


def test_a_delegation_and_a_meeting_are_written_with_partial_dates(editor):
    visitor, host = make_institution(), make_institution()
    delegation = editor.post(
        list_url("delegation"),
        {"visitor": visitor.pk, "host": host.pk, "start": "2020-03", "end": "2020-03-05"},
        content_type="application/json",
    )
    assert delegation.status_code == 201, delegation.content
    bad = editor.post(
        list_url("delegation"),
        {"visitor": visitor.pk, "start": "2020-04-02", "end": "2020-03-05"},
        content_type="application/json",
    )
    assert bad.status_code == 400
    meeting = editor.post(
        list_url("meeting"),
        {"date": "2020", "kind": "seminar", "institutions": [visitor.pk, host.pk]},
        content_type="application/json",
    )
    assert meeting.status_code == 201, meeting.content
    assert meeting.json()["date"]["precision"] == "year"


def test_sources_are_read_only(editor, records):
    assert (
        editor.post(list_url("source"), {"file_name": "x.txt"}, content_type="application/json").status_code
        == 405
    )


def as_json(data):
    return json.loads(JSONRenderer().render(data))


def shown_field_by_field(serializer_class, instance):
    """DRF's generic ModelSerializer walk over `instance`: what the hand-written reads must match."""
    return as_json(ModelSerializer.to_representation(serializer_class(), instance))


def test_agreements_read_as_drfs_field_by_field_serializer_shows_them(viewer, records):
    """The hand-written reads (a page's related rows as values, or one record's) show every field
    as DRF's generic serializer would: nulls, partial dates, renewals, review marks, evidence."""
    third = make_institution("Aalto University", country="FI")
    full = make_agreement(
        records["haifa"],
        third,
        records["partner"],
        signed="2020-03-04",
        valid_from=datetime.date(2020, 4, 1),
        valid_until=datetime.date(2025, 3, 31),
        renewal_period_years=5,
        auto_renews=True,
        notes="Annex B.",
        source=records["source"],
        evidence="Three signed.",
        reviewed_at=timezone.now(),
    )
    AgreementCitation.objects.create(agreement=full, source=make_source("more.txt"), evidence="Again.")
    make_agreement(records["haifa"], renews=full, signed="2024")
    agreements = Agreement.objects.order_by("-signed_on", "title", "pk")
    expected = [shown_field_by_field(AgreementSerializer, agreement) for agreement in agreements]
    assert as_json(AgreementSerializer(agreements, many=True).data) == expected
    assert results(viewer.get(list_url("agreement", page_size=500), **JSON)) == expected
    detail = viewer.get(reverse("api:agreement-detail", args=[full.pk]), **JSON).json()
    assert detail == shown_field_by_field(AgreementSerializer, full)
    assert detail["party_details"][0]["name"] == "Aalto University"  # the parties by name


@pytest.mark.parametrize("query", [{}, {"q": "haifa"}])
def test_institutions_read_as_drfs_field_by_field_serializer_shows_them(viewer, records, query):
    records["haifa"].mark_reviewed(make_user(name="reviewer"))
    records["haifa"].save()
    make_institution("Haifa Technion", city="Haifa", website="https://haifa.example", parent=records["haifa"])
    rows = results(viewer.get(list_url("institution", page_size=500, **query), **JSON))
    queryset = Institution.objects.with_activity().order_by("name", "pk")
    if query:
        queryset = queryset.search(query["q"]).order_by("-search_rank", "name", "pk")
    expected = [shown_field_by_field(InstitutionSerializer, institution) for institution in queryset]
    assert rows == expected
    assert ("search_rank" in rows[0]) == bool(query)


# Paging and queries


def add_activity(count):
    """`count` of each kind of record: agreements, delegations with a member, meetings, sources, people."""
    for _ in range(count):
        source = make_source()
        partner = make_institution()
        make_agreement(partner, make_institution(), signed="2020", source=source, evidence="Signed.")
        delegation = make_delegation(visitor=partner, source=source, evidence="Came.")
        delegation.memberships.create(person=make_person(institution=partner), title="Dean")
        make_meeting(partner, source=source)


SORTS = {"institution": "name", "agreement": "-signed", "delegation": "-start", "meeting": "-date"}


@pytest.mark.parametrize("kind", LISTS)
@pytest.mark.parametrize("paging", ["cursor", "numbered"])
def test_a_list_costs_the_same_queries_for_5_and_50_rows(viewer, kind, paging):
    query = {"sort": SORTS[kind]} if paging == "numbered" and kind in SORTS else {}
    counts = []
    for added in (5, 45):  # 5 rows, then 50
        add_activity(added)
        with CaptureQueriesContext(connection) as queries:
            response = viewer.get(list_url(kind, page_size=500, **query), **JSON)
        assert response.status_code == 200
        assert len(response.json()["results"]) >= added
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 12, [q["sql"] for q in queries.captured_queries]


def test_the_institution_search_costs_the_same_queries_for_5_and_50_matches(viewer):
    counts = []
    for added in (5, 45):  # 5 matches, then 50
        for _ in range(added):
            partner = make_institution(f"Wengeiford College {Institution.objects.count()}")
            partner.add_name(f"WC{partner.pk}", "acronym")
            make_agreement(partner, make_institution())
        with CaptureQueriesContext(connection) as queries:
            rows = results(viewer.get(list_url("institution", q="Wengeiferd+College", page_size=500), **JSON))
        assert len(rows) == Institution.objects.filter(name__startswith="Wengeiford").count()
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


def test_a_client_pages_through_1000_agreements_with_the_cursor_and_sees_each_once(client):
    """Twenty pages of 50: each page's cursor leads to the next (more rows would take the same path)."""
    home, partner = make_institution("Home"), make_institution("Partner")
    agreements = Agreement.objects.bulk_create(
        Agreement(
            title=f"Agreement {n}", signed_on=datetime.date(2000 + n % 20, 1, 1), signed_on_precision="year"
        )
        for n in range(1_000)
    )
    Party.objects.bulk_create(Party(agreement=a, institution=i) for a in agreements for i in (home, partner))
    headers = token_for(make_user("viewer"))
    seen, url, pages = [], list_url("agreement", page_size=50), 0
    while url:
        response = client.get(url, **headers)
        assert response.status_code == 200
        seen += [row["id"] for row in response.json()["results"]]
        url, pages = response.json()["next"], pages + 1
    assert pages == 20
    assert sorted(seen) == sorted(a.pk for a in agreements)
    assert len(seen) == len(set(seen))


def test_a_page_size_beyond_the_limit_is_capped(viewer):
    make_agreement()
    assert viewer.get(list_url("agreement", page_size=100000), **JSON).status_code == 200


def test_a_bad_cursor_is_a_404_in_json_not_an_error(viewer):
    response = viewer.get(list_url("agreement", cursor="garbage"), **JSON)
    assert response.status_code == 404
    assert "detail" in response.json()


# Schema and documentation


def test_the_schema_is_served_to_a_token_and_describes_every_endpoint(client):
    assert client.get(reverse("api:schema"), **JSON).status_code == 401
    response = client.get(reverse("api:schema"), {"format": "json"}, **token_for(make_user("viewer")))
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert {f"/api/{name}/" for name in ("institutions", "agreements", "delegations", "meetings")} <= set(
        schema["paths"]
    )
    parameters = {p["name"] for p in schema["paths"]["/api/agreements/"]["get"]["parameters"]}
    assert {"party", "lifecycle", "signed_after", "sort", "cursor"} <= parameters
    assert schema["components"]["securitySchemes"]["apiToken"]["scheme"] == "bearer"


def test_the_docs_page_loads_swagger_ui_from_this_site_only(viewer):
    response = viewer.get(reverse("api:docs"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "://" not in html.replace("http://testserver", "")  # no address on another host
    assert "<script>" not in html  # no inline script: the CSP forbids it
    assert (
        "Content-Security-Policy" not in response.headers or "cdn" not in response["Content-Security-Policy"]
    )


def test_an_anonymous_browser_is_sent_to_log_in_before_the_docs(client):
    response = client.get(reverse("api:docs"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_deleting_an_institution_still_party_to_agreements_is_a_409_and_deletes_nothing(editor, records):
    response = editor.delete(reverse("api:institution-detail", args=[records["haifa"].pk]))
    assert response.status_code == 409
    assert response.json()["detail"].startswith("Still in use, so not deleted: delegation ")
    assert "party " in response.json()["detail"]
    assert Institution.objects.filter(pk=records["haifa"].pk).exists()


def test_an_editor_deletes_an_agreement_and_the_history_keeps_it(client, records):
    editor_user = make_user("editor")
    url = reverse("api:agreement-detail", args=[records["renewal"].pk])
    assert client.delete(url, **token_for(editor_user)).status_code == 204
    assert not Agreement.objects.filter(pk=records["renewal"].pk).exists()
    deleted = Agreement.history.filter(id=records["renewal"].pk).first()
    assert (deleted.history_type, deleted.history_user) == ("-", editor_user)
