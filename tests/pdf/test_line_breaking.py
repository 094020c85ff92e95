"""Our line breaking at spaces: no line wider than its column, no word lost, long words left to fpdf2."""

from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st

from sen_guide.pdf_style import lines_at_spaces

WORDS = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz,.’£", min_size=1, max_size=12), max_size=60)


def _pdf() -> FPDF:
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # as the PDFs set it when only core fonts are left
    pdf.set_font("helvetica", size=10.5)
    return pdf


@settings(deadline=None)
@given(words=WORDS, width=st.floats(min_value=30, max_value=170))
def test_no_line_is_wider_than_the_column_and_every_word_is_kept(words, width):
    pdf, text = _pdf(), " ".join(words)
    lines = lines_at_spaces(pdf, width, text)
    assert all(pdf.get_string_width(line) <= width + 1e-6 for line in lines)
    assert " ".join(lines) == text


def test_a_new_line_typed_in_the_text_starts_a_new_line():
    assert lines_at_spaces(_pdf(), 170, "First line\nSecond line") == ["First line", "Second line"]


def test_a_word_too_long_for_the_column_is_left_to_fpdf2_to_break():
    assert lines_at_spaces(_pdf(), 30, "short " + "x" * 80) is None
