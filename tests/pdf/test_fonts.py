"""Fonts are found by path, with DejaVu and then the PDF core fonts when Noto is missing; nothing crashes."""

from pathlib import Path

import pytest
from fpdf import FPDF

from sen_guide import pdf_fonts
from sen_guide.agenda import AgendaOptions
from sen_guide.fonts import find_fonts
from sen_guide.pdf import render_agenda_pdf
from tests.pdf.plans import pupil_named
from tests.pdf.reading import pdf_text

SYSTEM_FONTS = Path("/usr/share/fonts/truetype")
MIXED_NAME = "Zażółć Gęślą ŵŷ “Sam” 👍 مرحبا"


def _fonts_from(root: Path, families: list[str]) -> Path:
    for family in families:
        (root / family).mkdir(parents=True)
        for font in (SYSTEM_FONTS / family).glob("*.ttf"):
            (root / family / font.name).symlink_to(font)
    return root


def test_noto_is_found_with_its_arabic_urdu_and_bengali_fallbacks():
    choice = find_fonts()
    assert choice.regular.name == "Noto Sans"
    assert [font.name for font in choice.fallbacks] == [
        "Noto Sans Arabic",
        "Noto Nastaliq Urdu",
        "Noto Sans Bengali",
    ]


def test_without_noto_dejavu_is_used_and_latin_names_still_read_back_exactly(tmp_path, monkeypatch):
    root = _fonts_from(tmp_path, ["dejavu"])
    monkeypatch.setattr(pdf_fonts, "find_fonts", lambda: find_fonts(root))
    result = render_agenda_pdf(pupil_named(MIXED_NAME), AgendaOptions())
    assert result.fonts_used == ["DejaVu Sans", "DejaVu Sans Bold"]
    assert "Zażółć Gęślą ŵŷ “Sam”" in pdf_text(result.data)


def test_with_no_font_files_at_all_the_core_font_replaces_what_it_cannot_print(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_fonts, "find_fonts", lambda: find_fonts(tmp_path))
    result = render_agenda_pdf(pupil_named(MIXED_NAME), AgendaOptions())
    assert result.fonts_used == [pdf_fonts.CORE_NAME]
    assert "Agenda for Zazó?c Gesla wy “Sam” ? ?????" in pdf_text(result.data)  # ł has no plain form


@pytest.mark.parametrize("text", ["Zażółć", "ŵŷ Dafydd"], ids=["polish", "welsh"])
def test_documents_made_one_after_another_each_carry_their_own_letters(text):
    first = render_agenda_pdf(pupil_named("Łucja Wróbel"), AgendaOptions())
    second = render_agenda_pdf(pupil_named(text), AgendaOptions())
    assert "Łucja Wróbel" in pdf_text(first.data) and text in pdf_text(second.data)


def test_each_font_file_is_parsed_once_per_process_however_many_documents_are_made():
    render_agenda_pdf(pupil_named("Sam"), AgendaOptions())
    parsed_before = pdf_fonts._parsed.cache_info().misses
    for name in ("Ali", "Zoë", "Łucja"):
        render_agenda_pdf(pupil_named(name), AgendaOptions())
    assert pdf_fonts._parsed.cache_info().misses == parsed_before


def test_a_broken_font_file_means_the_core_font_is_used_not_a_crash(tmp_path, monkeypatch):
    (tmp_path / "noto").mkdir()
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        (tmp_path / "noto" / name).write_bytes(b"not a font at all")
    monkeypatch.setattr(pdf_fonts, "find_fonts", lambda: find_fonts(tmp_path))
    result = render_agenda_pdf(pupil_named("Sam Taylor"), AgendaOptions())
    assert result.fonts_used == [pdf_fonts.CORE_NAME]
    assert "Agenda for Sam Taylor" in pdf_text(result.data)


def test_with_dejavu_arabic_still_prints_and_reads_back(tmp_path, monkeypatch):
    root = _fonts_from(tmp_path, ["dejavu"])
    monkeypatch.setattr(pdf_fonts, "find_fonts", lambda: find_fonts(root))
    result = render_agenda_pdf(pupil_named("Sam", parent_views="مرحبا بكم"), AgendaOptions())
    assert "مرحبا" in pdf_text(result.data)


@pytest.mark.parametrize(
    ("text", "shaped"),
    [("Sam Taylor", False), ("Zażółć ŵŷ “Sam”", False), ("مرحبا", True), ("بچے", True), ("নাম", True)],
    ids=["plain latin", "accented latin", "arabic", "urdu", "bengali"],
)
def test_only_text_in_a_script_that_joins_or_reorders_letters_is_shaped(text, shaped):
    pdf = FPDF()
    kit = pdf_fonts.FontKit(["Noto Sans"], frozenset(), (), ())
    with kit.run(pdf, ["Heading", text]):
        assert bool(pdf.text_shaping) == shaped
    assert not pdf.text_shaping
