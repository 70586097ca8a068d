"""An editor imports a spreadsheet in the admin: upload, read the preview, import."""

from playwright.sync_api import expect

from agreements.models import Agreement
from tests.builders import make_institution


def test_an_editor_uploads_reads_the_preview_and_imports(logged_in_page, tmp_path, screenshot_dir, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    make_institution("University of Haifa", country="IL")
    sheet = tmp_path / "partners.csv"
    sheet.write_text(
        "Partner institution,Country,Kind,Title,Signed\n"
        "Univ. of Haifa,IL,MoU,Haifa MoU,2019-12\n"
        "TUM,DE,Exchange,Munich exchange,2021\n"
        "HUST,,MoU,Which one?,2020\n"
    )
    page = logged_in_page
    page.goto("/admin/agreements/agreement/")
    page.get_by_role("link", name="Import a spreadsheet").click()
    page.get_by_label("File").set_input_files(sheet)
    page.get_by_role("button", name="Preview").click()
    preview = page.locator("#import-preview")
    expect(preview).to_contain_text("'Univ. of Haifa' = University of Haifa")
    expect(preview).to_contain_text("new institution Technical University of Munich (DE)")
    expect(preview).to_contain_text(
        "row 4: refused: no institution in the registry or the gazetteer is named 'HUST'"
    )
    page.screenshot(path=screenshot_dir / "admin-import-preview.png", full_page=True)
    assert not Agreement.objects.exists()
    expect(page.get_by_role("button", name="Import", exact=True)).to_have_count(0)  # a row is refused
    page.get_by_role("button", name="Import the other rows, leave out the 1 refused").click()
    expect(page.locator(".messagelist")).to_contain_text("2 agreement(s) created")
    assert set(Agreement.objects.values_list("title", flat=True)) == {"Haifa MoU", "Munich exchange"}
