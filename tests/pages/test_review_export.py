"""The export page: PDFs built only on a click (deferred), calendar files, and the options that shape them."""

import io
import re

import pytest
from icalendar import Calendar
from pypdf import PdfReader

EXPORT = "pages/review/export.py"


@pytest.fixture
def deferred(monkeypatch):
    """Each deferred download's builder by file name; AppTest never calls them, so the test does."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    seen: dict = {}
    original = MediaFileManager.add_deferred

    def spy(self, data_callable, mimetype, coordinates, file_name=None, **extra):
        seen[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **extra)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return seen


@pytest.fixture
def export_page(app):
    app.switch_page("pages/plan/start.py").run()
    app.button(key="start_example").click().run()
    return app.switch_page(EXPORT).run()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def only_pdf(deferred: dict, stem: str) -> bytes:
    names = [name for name in deferred if name.startswith(stem) and name.endswith(".pdf")]
    return deferred[names[-1]]()


def test_the_pdfs_are_deferred_so_no_rerun_builds_them(export_page):
    assert not export_page.exception
    buttons = {button.proto.label: button.proto for button in export_page.get("download_button")}
    pdfs = [proto for label, proto in buttons.items() if "PDF" in label]
    assert len(pdfs) == 2
    assert all(proto.deferred_file_id and not proto.url for proto in pdfs)


def test_the_agenda_pdf_holds_the_plan_and_the_questions(export_page, deferred):
    export_page.run()
    text = pdf_text(only_pdf(deferred, "review-agenda"))
    assert "Sam Taylor" in text
    assert "Structured phonics catch-up programme" in text
    assert "What can we do at home to help?" in text


def test_initials_only_keeps_the_full_name_out_of_the_agenda(export_page, deferred):
    export_page.checkbox(key="review_export_initials").check().run()
    data = only_pdf(deferred, "review-agenda")
    reader = PdfReader(io.BytesIO(data))
    assert "Taylor" not in pdf_text(data)
    assert "Taylor" not in str(reader.metadata)


def test_the_draft_option_marks_the_agenda(export_page, deferred):
    export_page.checkbox(key="review_export_draft").check().run()
    assert re.search(r"draft for discussion", pdf_text(only_pdf(deferred, "review-agenda")), re.IGNORECASE)


def test_edited_questions_are_printed_on_the_agenda(app, deferred):
    app.switch_page("pages/plan/start.py").run()
    app.button(key="start_example").click().run()
    app.switch_page("pages/review/questions.py").run()
    text_box = next(box for box in app.text_area if box.key.startswith("review_questions_"))
    text_box.input("Can Sam have a reading ruler in every lesson?")
    app.button(key="review_questions_save").click().run()
    app.switch_page(EXPORT).run()
    assert "reading ruler in every lesson" in pdf_text(only_pdf(deferred, "review-agenda"))


def test_the_plan_pdf_holds_every_outcome(export_page, deferred):
    export_page.run()
    text = " ".join(pdf_text(only_pdf(deferred, "sen-support-plan")).split())
    assert "60 words a minute" in text
    assert "Playground log" in text


def test_the_calendar_files_hold_the_next_meeting_and_the_years_meetings(downloads, export_page):
    meeting = Calendar.from_ical(downloads["review-meeting.ics"]).walk("VEVENT")
    year = Calendar.from_ical(downloads["review-meetings-this-year.ics"]).walk("VEVENT")
    assert [str(event.decoded("DTSTART").date()) for event in meeting] == ["2026-12-07"]
    assert len(year) == 3
    assert "Taylor" not in downloads["review-meeting.ics"].decode()


def test_with_no_meeting_date_the_page_says_where_to_add_one(app):
    app.switch_page(EXPORT).run()
    assert not app.exception
    labels = [button.proto.label for button in app.get("download_button")]
    assert not any(".ics" in label and "next meeting" in label for label in labels)
    assert len(labels) == 3
