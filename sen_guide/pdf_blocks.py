"""Lays out each kind of document block on an fpdf2 page: paragraphs, facts, tables, tick lists, writing space."""

import math
import unicodedata
from collections.abc import Callable

from fpdf import FPDF
from fpdf.fonts import FontFace

from sen_guide.document import (
    Block,
    Checklist,
    Facts,
    Paragraph,
    Subheading,
    Table,
    WritingSpace,
    block_texts,
)
from sen_guide.pdf_fonts import FontKit

INK = (11, 12, 12)
MUTED = (80, 90, 95)
ACCENT = (29, 112, 184)
RULE = (177, 180, 182)
PANEL = (243, 242, 241)
BODY_SIZE = 10.5
LINE = 5.2
KEEP_WITH_SUBHEADING = 100
EMPTY_ROW_HEIGHT = 11
WRITING_LINE_GAP = 8
LABEL_SHARE = 0.32
FACT_GAP = 2
# fpdf2 cannot split a table row across pages, so rows taller than this are cut into several.
MAX_ROW_HEIGHT = 170
LONG_CELL = 300  # characters: shorter cells always fit on a page, so they are never measured


def set_style(pdf: FPDF, kit_family: str, size: float, bold: bool = False, colour=INK) -> None:
    pdf.set_font(kit_family, "B" if bold else "", size)
    pdf.set_text_color(*colour)


def right_to_left(text: str) -> bool:
    """Whether a paragraph starts in a right-to-left script, so it lines up on the right."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False


def render_block(pdf: FPDF, kit: FontKit, family: str, block: Block) -> None:
    """Lay out one block, shaping its text only if its script needs shaping."""
    renderer: Callable = _RENDERERS[type(block)]
    texts = [kit.printable(text) for text in block_texts(block)]
    with kit.run(pdf, texts):
        renderer(pdf, family, block, texts)


def _paragraph(pdf: FPDF, family: str, block: Paragraph, texts: list[str]) -> None:
    set_style(pdf, family, BODY_SIZE, colour=MUTED if block.muted else INK)
    _text_in(pdf, pdf.epw, texts[0])
    pdf.ln(2.5)


def _subheading(pdf: FPDF, family: str, block: Subheading, texts: list[str]) -> None:
    if pdf.will_page_break(KEEP_WITH_SUBHEADING):
        pdf.add_page()
    pdf.ln(3)
    pdf.start_section(texts[0], level=1, strict=False)
    set_style(pdf, family, 12.5, bold=True)
    pdf.multi_cell(0, 6.5, texts[0], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _lines(pdf: FPDF) -> None:
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(0.2)


def _facts(pdf: FPDF, family: str, block: Facts, texts: list[str]) -> None:
    """Label and value side by side, a rule under each; a long value runs on over the page."""
    label_width = pdf.epw * LABEL_SHARE
    _lines(pdf)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    for label, value in _grouped(texts, 2):
        if pdf.will_page_break(LINE * 2 + FACT_GAP * 2):
            pdf.add_page()
        top, page = pdf.get_y() + FACT_GAP, pdf.page
        set_style(pdf, family, BODY_SIZE - 0.5, bold=True, colour=MUTED)
        pdf.set_xy(pdf.l_margin, top)
        _text_in(pdf, label_width - 3, label)
        label_end = pdf.get_y()
        set_style(pdf, family, BODY_SIZE)
        pdf.page = page
        pdf.set_xy(pdf.l_margin + label_width, top)
        _text_in(pdf, pdf.epw - label_width, value)
        pdf.set_y(max(pdf.get_y(), label_end if pdf.page == page else 0) + FACT_GAP)
        _lines(pdf)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
    pdf.ln(5)


def _text_in(pdf: FPDF, width: float, text: str) -> None:
    """Text in a column from the current point; a line that fits skips fpdf2's slower line breaking."""
    align = "R" if right_to_left(text) else "L"
    if "\n" not in text and pdf.get_string_width(text) <= width:
        pdf.cell(width, LINE, text, align=align, new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(width, LINE, text, align=align, new_x="LMARGIN", new_y="NEXT")


def _table(pdf: FPDF, family: str, block: Table, texts: list[str]) -> None:
    set_style(pdf, family, 9.5)
    _lines(pdf)
    headings = FontFace(family=family, emphasis="BOLD", fill_color=PANEL, color=INK)
    columns = len(block.headings)
    with pdf.table(
        col_widths=block.widths,
        headings_style=headings,
        repeat_headings=1,
        text_align="LEFT",
        v_align="TOP",
        line_height=4.8,
        padding=1.8,
    ) as table:
        table.row(texts[:columns])
        for row in _fitting_rows(pdf, _grouped(texts[columns:], columns), block.widths, 4.8):
            table.row(row)
        for _ in range(block.empty_rows):
            table.row([""] * columns, min_height=EMPTY_ROW_HEIGHT)
    pdf.ln(4)


def _grouped(texts: list[str], size: int) -> list[list[str]]:
    return [texts[start : start + size] for start in range(0, len(texts), size)]


def _fitting_rows(pdf: FPDF, rows: list[list[str]], widths: tuple[int, ...], line: float) -> list[list[str]]:
    """Rows as given, except that a row too tall for one page becomes several, cut at line ends."""
    scale = pdf.epw / sum(widths)
    fitted = []
    lines_per_row = int(MAX_ROW_HEIGHT // line)
    for row in rows:
        if all(len(text) < LONG_CELL for text in row):
            fitted.append(row)
            continue
        lines = [
            _lines_of(pdf, width * scale - 4, line, text) for text, width in zip(row, widths, strict=True)
        ]
        parts = max(math.ceil(len(cell) / lines_per_row) for cell in lines)
        fitted += [
            ["\n".join(cell[part * lines_per_row : (part + 1) * lines_per_row]) for cell in lines]
            for part in range(parts)
        ]
    return fitted


def _lines_of(pdf: FPDF, width: float, line: float, text: str) -> list[str]:
    lines = pdf.multi_cell(width, line, text, align="L", dry_run=True, output="LINES")
    assert isinstance(lines, list)  # output="LINES" always gives the list of lines
    return lines


def _checklist(pdf: FPDF, family: str, block: Checklist, texts: list[str]) -> None:
    set_style(pdf, family, BODY_SIZE)
    for text in texts:
        if pdf.will_page_break(LINE * 2):
            pdf.add_page()
        pdf.set_draw_color(*MUTED)
        pdf.set_line_width(0.3)
        pdf.rect(pdf.l_margin, pdf.get_y() + 0.8, 3.6, 3.6)
        pdf.set_x(pdf.l_margin + 7)
        _text_in(pdf, pdf.epw - 7, text)
        pdf.ln(1.2)
    pdf.ln(2.5)


def _writing_space(pdf: FPDF, family: str, block: WritingSpace, texts: list[str]) -> None:
    needed = WRITING_LINE_GAP * block.lines + LINE
    if pdf.will_page_break(needed):
        pdf.add_page()
    if texts[0]:
        set_style(pdf, family, 9, bold=True, colour=MUTED)
        pdf.multi_cell(0, LINE, texts[0], align="L", new_x="LMARGIN", new_y="NEXT")
    _lines(pdf)
    for _ in range(block.lines):
        pdf.set_y(pdf.get_y() + WRITING_LINE_GAP)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)


_RENDERERS: dict[type, Callable] = {
    Paragraph: _paragraph,
    Subheading: _subheading,
    Facts: _facts,
    Table: _table,
    Checklist: _checklist,
    WritingSpace: _writing_space,
}
