"""The look shared by every printed page: colours, type sizes, rules, and which way a line of text runs."""

import unicodedata

from fpdf import FPDF

INK = (11, 12, 12)
MUTED = (80, 90, 95)
ACCENT = (29, 112, 184)
RULE = (177, 180, 182)
PANEL = (243, 242, 241)
BODY_SIZE = 10.5
LINE = 5.2


def set_style(pdf: FPDF, kit_family: str, size: float, bold: bool = False, colour=INK) -> None:
    pdf.set_font(kit_family, "B" if bold else "", size)
    pdf.set_text_color(*colour)


def thin_rules(pdf: FPDF) -> None:
    """The pen for table borders and ruled lines."""
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)


def right_to_left(text: str) -> bool:
    """Whether a paragraph starts in a right-to-left script, so it lines up on the right."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False


def text_in(pdf: FPDF, width: float, text: str) -> None:
    """Text in a column from the current point; a line that fits skips fpdf2's slower line breaking."""
    align = "R" if right_to_left(text) else "L"
    if "\n" not in text and pdf.get_string_width(text) <= width:
        pdf.cell(width, LINE, text, align=align, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(width, LINE, text, align=align, new_x="LMARGIN", new_y="NEXT")
