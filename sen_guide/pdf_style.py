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
    """Text in a column from the current point, wrapped at spaces; the next line starts under it."""
    align = "R" if right_to_left(text) else "L"
    lines = None if pdf.text_shaping else lines_at_spaces(pdf, width, text)
    if lines is None:
        pdf.multi_cell(width, LINE, text, align=align, new_x="LMARGIN", new_y="NEXT")
        return
    left = pdf.get_x()
    for line in lines:
        pdf.set_x(left)
        pdf.cell(width, LINE, line, align=align, new_x="LMARGIN", new_y="NEXT")


def lines_at_spaces(pdf: FPDF, width: float, text: str) -> list[str] | None:
    """Lines no wider than width, measuring each word once, or None when a word alone is too wide.

    fpdf2's own line breaking measures the whole line again for every letter, which made long
    plans slow; text that needs shaping, or has a word too long for a line, still goes to fpdf2.
    """
    space, lines = pdf.get_string_width(" "), []
    for paragraph in text.split("\n"):
        line: list[str] = []
        line_width = 0.0
        for word in paragraph.split(" "):
            word_width = pdf.get_string_width(word)
            if word_width > width:
                return None
            if line and line_width + space + word_width > width:
                lines.append(" ".join(line))
                line, line_width = [], 0.0
            line_width += (space if line else 0) + word_width
            line.append(word)
        lines.append(" ".join(line))
    return lines
