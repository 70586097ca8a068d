"""The members of a visiting group listed one by one (through semicolons, after "envoy" or "entourage" as well
as "delegation", or as those who came "on behalf of the partner university") act for the visitor, even where
a first reading gave them to the host; the most senior leads, and the list gives the size. A person whose
delegation it is ("welcomed X together with her delegation comprising ...") leads it and counts too."""

from tests.ingest.extraction.reading import article, parsed

V, H = "Lindqvist University", "Qorvina University"


def _trip_and_people(*sentences):
    out = parsed(article(*sentences))
    (trip,) = out["delegations"]
    return (trip["visitor"], trip["host"], trip["leader"], trip["size"]), {
        p["name"]: p["institution"] for p in out["people"]
    }


def test_an_envoy_comprising_officers_listed_through_semicolons():
    trip, people = _trip_and_people(
        f"An official visit by the leadership of {V} renewed its alliance with {H}.",
        f"On 6 November 2023, {V} representatives arrived at the Main Tower, where {H} leaders received their"
        " envoy comprising Dr. Tomas Brekke, University President; Dr. Jonas Pike, Dean of International"
        " Affairs; and Ms. Karin Aasen, Secretary to the President.",
    )
    assert trip == (V, H, "Tomas Brekke", 3)
    assert people["Karin Aasen"] == V


def test_those_on_behalf_of_the_partner_university():
    trip, people = _trip_and_people(
        f"MARCH 28 - {H} welcomed the leadership delegation of {V}, Norway, for an MOU signing.",
        "On behalf of the partner university were Mr. Tomas Brekke, President; Mr. Jonas Pike, Vice"
        " President; Ms. Karin Aasen, Project Manager.",
    )
    assert trip == (V, H, "Tomas Brekke", 3)
    assert {people[name] for name in ("Tomas Brekke", "Jonas Pike", "Karin Aasen")} == {V}


def test_welcomed_together_with_her_delegation():
    trip, people = _trip_and_people(
        f"On 3 May 2023, {H} hosted a delegation from {V}.",
        f"Professor Ade Mbeki welcomed Professor Ilse Marlow to {H} together with her delegation comprising"
        " Dr. Tomas Brekke, Head of Physics; Dr. Jonas Pike, Head of the Science Programme; and Karin Aasen,"
        " Regional Manager at the International Office.",
    )
    assert trip == (V, H, "Ilse Marlow", 4)
    assert people["Tomas Brekke"] == V
    assert people["Ade Mbeki"] == H


def test_the_hosts_officers_listed_as_receiving_are_no_members():
    trip, people = _trip_and_people(
        f"On 3 May 2023, {H} hosted a delegation from {V} led by Rector Dr. Tomas Brekke.",
        "The guests were received by Dr. Jonas Pike, Vice-Rector; and Ms. Karin Aasen, Registrar.",
    )
    assert trip[2] == "Tomas Brekke"
    assert people["Jonas Pike"] != V


def test_a_group_named_for_the_host_is_the_hosts():
    trip, people = _trip_and_people(
        f"On 3 May 2023, a delegation of {V} led by Rector Dr. Tomas Brekke visited {H}.",
        f"The {H} delegation was composed of Dr. Jonas Pike, President of {H}; and Ms. Karin Aasen, Registrar"
        f" of {H}.",
    )
    assert trip[2] == "Tomas Brekke"
    assert people["Jonas Pike"] == H


def test_whoever_received_them_with_his_own_delegation_does_not_lead():
    trip, people = _trip_and_people(
        f"On 3 May 2023, a delegation of {V} visited {H}.",
        f"The guests were received by Rector Dr. Jonas Pike of {H} and his delegation.",
    )
    assert trip[2] != "Jonas Pike"
    assert people["Jonas Pike"] == H
