"""Lays out a table with fpdf2: headings repeated on every page, rows too tall for a page cut in pieces."""

import math

from fpdf import FPDF
from fpdf.fonts import FontFace

from sen_guide.document import Table
from sen_guide.pdf_style import INK, PANEL, set_style, thin_rules

TABLE_SIZE = 9.5
TABLE_LINE = 4.8
EMPTY_ROW_HEIGHT = 11
# fpdf2 cannot split a table row across pages, so rows taller than this are cut into several.
MAX_ROW_HEIGHT = 170
LONG_CELL = 300  # characters: shorter cells always fit on a page, so they are never measured


def render_table(pdf: FPDF, family: str, block: Table, texts: list[str]) -> None:
    """The table's headings, its rows, then empty rows to write in."""
    set_style(pdf, family, TABLE_SIZE)
    thin_rules(pdf)
    headings = FontFace(family=family, emphasis="BOLD", fill_color=PANEL, color=INK)
    columns = len(block.headings)
    rows = [texts[start : start + columns] for start in range(columns, len(texts), columns)]
    with pdf.table(
        col_widths=block.widths,
        headings_style=headings,
        repeat_headings=1,
        text_align="LEFT",
        v_align="TOP",
        line_height=TABLE_LINE,
        padding=1.8,
    ) as table:
        table.row(texts[:columns])
        for row in _fitting_rows(pdf, rows, block.widths):
            table.row(row)
        for _ in range(block.empty_rows):
            table.row([""] * columns, min_height=EMPTY_ROW_HEIGHT)
    pdf.ln(4)


def _fitting_rows(pdf: FPDF, rows: list[list[str]], widths: tuple[int, ...]) -> list[list[str]]:
    """Rows as given, except that a row too tall for one page becomes several, cut at line ends."""
    scale = pdf.epw / sum(widths)
    fitted = []
    lines_per_row = int(MAX_ROW_HEIGHT // TABLE_LINE)
    for row in rows:
        if all(len(text) < LONG_CELL for text in row):
            fitted.append(row)
            continue
        lines = [_lines_of(pdf, width * scale - 4, text) for text, width in zip(row, widths, strict=True)]
        parts = max(math.ceil(len(cell) / lines_per_row) for cell in lines)
        fitted += [
            ["\n".join(cell[part * lines_per_row : (part + 1) * lines_per_row]) for cell in lines]
            for part in range(parts)
        ]
    return fitted


def _lines_of(pdf: FPDF, width: float, text: str) -> list[str]:
    lines = pdf.multi_cell(width, TABLE_LINE, text, align="L", dry_run=True, output="LINES")
    assert isinstance(lines, list)  # output="LINES" always gives the list of lines
    return lines
