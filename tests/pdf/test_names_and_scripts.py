"""Any name or text a family types prints, and the initials option keeps the full name out of every part."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sen_guide.agenda import AgendaOptions
from sen_guide.cases import example_plan
from sen_guide.pdf import render_agenda_pdf, render_plan_pdf
from sen_guide.plan import SupportPlan
from tests.pdf.plans import plan_with, pupil_named
from tests.pdf.reading import outline_titles, page_texts, pdf_text, properties

RENDERERS = pytest.mark.parametrize("render", [render_agenda_pdf, render_plan_pdf], ids=["agenda", "plan"])


@RENDERERS
def test_initials_keep_the_full_name_out_of_the_text_properties_bookmarks_and_file_name(render):
    result = render(example_plan(), AgendaOptions(initials=True))
    everywhere = " ".join(
        [
            pdf_text(result.data),
            *properties(result.data).values(),
            *outline_titles(result.data),
            result.filename,
        ]
    )
    assert re.findall(r"(?i)\b(sam|taylor)\b", everywhere) == []
    assert "S. T." in pdf_text(result.data)
    assert b"Taylor" not in result.data


@RENDERERS
def test_without_initials_the_full_name_is_shown(render):
    result = render(example_plan(), AgendaOptions())
    assert "Sam Taylor" in pdf_text(result.data)
    assert "sam-taylor" in result.filename


LATIN_NAMES = [
    "Gwenllïan ap Dafydd ŵŷ",
    "Zażółć Gęślą Jaźń",
    "Siobhán O’Brien “Shiv”",
    "Łukasz Wróbel–Nowak",
    "Chloë Zoë Brontë",
]


@RENDERERS
@pytest.mark.parametrize("name", LATIN_NAMES, ids=["welsh", "polish", "curly quotes", "en dash", "diaeresis"])
def test_latin_script_names_read_back_exactly(render, name):
    assert f"For {name}" in pdf_text(render(pupil_named(name), AgendaOptions()).data).replace(
        "Agenda for", "For"
    )


def test_attendee_names_in_any_latin_script_read_back_exactly():
    attendees = [{"name": name, "role": "Parent or carer"} for name in LATIN_NAMES]
    plan = plan_with(
        meeting={"date": "2026-12-07", "time": "15:30", "location": "Room 2", "attendees": attendees}
    )
    text = pdf_text(render_agenda_pdf(plan, AgendaOptions()).data)
    assert [name for name in LATIN_NAMES if name not in text] == []


@pytest.mark.parametrize(
    ("name", "font", "word"),
    [
        ("مرحبا سارة", "Noto Sans Arabic", "مرحبا"),
        ("بچے کی آواز", "Noto Nastaliq Urdu", "آواز"),
        ("শিক্ষার্থীর নাম", "Noto Sans Bengali", "নাম"),
    ],
    ids=["arabic", "urdu", "bengali"],
)
def test_arabic_urdu_and_bengali_print_with_their_own_font(name, font, word):
    result = render_agenda_pdf(pupil_named(name, parent_views=name), AgendaOptions())
    pages = page_texts(result.data)
    assert font in result.fonts_used
    assert word in pdf_text(result.data)
    assert [f"Page {number} of {len(pages)}" in text for number, text in enumerate(pages, start=1)] == [
        True
    ] * len(pages)


def test_an_emoji_or_a_character_no_font_has_is_replaced_visibly_not_dropped():
    result = render_agenda_pdf(pupil_named("Sam 👍🏽 Taylor \U0010fffd"), AgendaOptions())
    assert "Sam \ufffd Taylor \ufffd" in pdf_text(result.data)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("{nb}", "{nb}"),
        ("\ue000\ue001\ue002", "\ufffd\ufffd\ufffd"),
        ("**bold** <b>tag</b> [link](x)", "**bold** <b>tag</b> [link](x)"),
        (") Tj ET BT (", ") Tj ET BT ("),
        ("%PDF-1.4 \\ \x00 \x1b \u202eevil", "%PDF-1.4 \\ evil"),
    ],
    ids=["page alias", "our page count placeholder", "markup", "pdf operators", "control characters"],
)
def test_nothing_typed_can_change_the_document_or_break_it(typed, shown):
    text = pdf_text(render_agenda_pdf(pupil_named(f"Start {typed} end"), AgendaOptions()).data)
    assert f"Agenda for Start {shown} end" in text


def test_very_long_typed_text_in_table_cells_breaks_across_pages():
    word = "Longword" * 600
    document = example_plan().model_dump(mode="json")
    document["provision"][0]["what"] = word
    document["meeting"]["attendees"][0]["name"] = "Name " * 1500
    plan = plan_with(provision=document["provision"], meeting=document["meeting"])
    text = pdf_text(render_agenda_pdf(plan, AgendaOptions()).data)
    without_page_furniture = re.sub(
        r"SEN Support Guide Page \d+ of \d+ Review meeting for Sam Taylor", "", text
    )
    assert word in without_page_furniture.replace(" ", "")


@RENDERERS
def test_a_name_as_long_as_the_plan_allows_prints_and_keeps_the_file_name_short(render):
    result = render(pupil_named("Verylongname " * 700), AgendaOptions())
    assert "Verylongname Verylongname" in pdf_text(result.data)
    assert len(result.filename) < 100


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed=st.text(max_size=300))
def test_any_text_at_all_in_any_field_renders_without_an_error(typed):
    document = example_plan().model_dump(mode="json")
    document["pupil"].update(name=typed, parent_views=typed)
    document["outcomes"][0]["description"] = typed
    document["provision"][0]["what"] = typed
    document["meeting"]["attendees"][0]["name"] = typed
    result = render_agenda_pdf(
        SupportPlan.model_validate(document), AgendaOptions(initials=True, questions=[typed])
    )
    assert result.data.startswith(b"%PDF")
