"""Intake in a real browser: an editor pastes an article, corrects what the parser got wrong, accepts."""

import json
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from playwright.sync_api import expect

from agreements.models import Agreement
from delegations.models import Delegation, Meeting
from registry.models import Proposal
from tests.builders import make_institution

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (ROOT / "fixtures" / "articles" / "ecnu-haifa-renewal.txt").read_text(encoding="utf-8")
SHARED_SCORER = ROOT / "tests" / "data" / "yardstick" / "score_extraction.py"  # the team's yardstick


def test_an_editor_corrects_the_parsers_records_and_the_registry_holds_exactly_the_corrected_ones(
    logged_in_page, screenshot_dir, tmp_path
):
    jti = make_institution("ECNU Haifa Joint Technological Institute")
    page = logged_in_page
    title, _, body = ARTICLE.partition("\n")

    page.goto("/intake/new/")
    page.get_by_label("Headline").fill(title)
    page.get_by_label("Article text").fill(body)
    page.screenshot(path=screenshot_dir / "intake-new-article.png")
    page.get_by_role("button", name="Read the article").click()
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    proposal = Proposal.objects.get()
    expect(page.locator("mark.intake-evidence").first).to_be_visible()

    # The parser left the visit undated: the reviewer gives its days.
    page.locator("[name='delegations-0-start']").fill("2019-12-15")
    page.locator("[name='delegations-0-end']").fill("2019-12-16")
    # A meeting the reviewer judges invented goes.
    talk = next(i for i, m in enumerate(proposal.proposed["meetings"]) if m["kind"] == "talk")
    page.locator(f"[name='meetings-{talk}-DELETE']").check()
    # The MOU first signed in 2015, which the parser missed.
    missed = len(proposal.proposed["agreements"])
    page.locator(f"[name='agreements-{missed}-kind']").select_option("mou")
    page.locator(f"[name='agreements-{missed}-action']").select_option("signed")
    page.locator(f"[name='agreements-{missed}-parties']").fill(
        "East China Normal University\nUniversity of Haifa"
    )
    page.locator(f"[name='agreements-{missed}-date']").fill("2015")
    # The joint institute is already in the registry under another spelling: pick it.
    index = next(
        i for i, r in enumerate(proposal.proposed["institutions"]) if r["name"].startswith("ECNU-Haifa")
    )
    page.locator(f"[name='institutions-{index}-match']").select_option(str(jti.pk))
    page.screenshot(path=screenshot_dir / "intake-review.png", full_page=True)
    page.locator("[name='delegations-0-start']").focus()  # its evidence sentence is marked in the article
    page.screenshot(path=screenshot_dir / "intake-review-top.png")
    page.get_by_role("button", name="Accept: load these records").click()

    expect(page.get_by_text("is in the registry, its records reviewed by you")).to_be_visible()
    expect(page.get_by_role("heading", name="How well the parser reads")).to_be_visible()
    page.screenshot(path=screenshot_dir / "intake-list.png", full_page=True)

    delegation = Delegation.objects.get()
    assert delegation.leader.name == "Qian Xuhong" and delegation.start_on.isoformat() == "2019-12-15"
    assert sorted(Meeting.objects.values_list("kind", flat=True)) == ["committee", "seminar"]
    assert Agreement.objects.count() == 2 and list(jti.meetings.values_list("kind", flat=True)) == [
        "committee"
    ]
    page.goto(delegation.get_absolute_url())
    expect(page.get_by_text("Qian Xuhong").first).to_be_visible()
    expect(page.get_by_text("Reviewed by staff on")).to_be_visible()
    page.screenshot(path=screenshot_dir / "intake-result-delegation.png", full_page=True)

    page.goto(f"/admin/delegations/delegation/{delegation.pk}/history/")
    history = page.locator("#change-history")
    expect(history).to_contain_text("proposed by the article parser (start: empty; end: empty)")
    expect(history).to_contain_text("reviewed on intake: corrected start, end")
    page.screenshot(path=screenshot_dir / "intake-result-history.png", full_page=True)

    call_command("export_reviewed", str(tmp_path))
    gold = json.loads(next((tmp_path / "gold").glob("*.json")).read_text(encoding="utf-8"))
    assert gold["delegations"][0]["start"] == "2019-12-15" and len(gold["meetings"]) == 2
    scored = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(tmp_path / "proposed.json"), str(tmp_path / "gold")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert scored.returncode == 0 and "meet=0.80" in scored.stdout, scored.stdout
