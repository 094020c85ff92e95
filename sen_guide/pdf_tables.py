"""Lays out a table: headings repeated at the top of every page it runs onto, rows cut at line ends when taller than a page.

fpdf2's `pdf.table()` lays out every cell twice (once to measure, once to draw) with a line breaker
that re-measures the line for every letter; a 150-row support table took half a second. This draws
each row once, with the same look.
"""

from fpdf import FPDF

from sen_guide.document import Table
from sen_guide.pdf_style import INK, PANEL, lines_at_spaces, right_to_left, set_style, thin_rules

TABLE_SIZE = 9.5
TABLE_LINE = 4.8
PADDING = 1.8
EMPTY_ROW_HEIGHT = 11
MAX_ROW_LINES = 34  # a row taller than this is cut in pieces, so every piece fits on a page


def render_table(pdf: FPDF, family: str, block: Table, texts: list[str]) -> None:
    """The table's headings, its rows, then empty rows to write in; a table that fits on a page is kept whole."""
    widths, headings, rows = _laid_out(pdf, family, block, texts)
    whole = _height(headings) + sum(height for _, height in rows)
    if kept_whole(pdf, whole) and pdf.will_page_break(whole):
        pdf.add_page()
    _draw_row(pdf, family, widths, headings, heading=True)
    for piece, height in rows:
        _start_row(pdf, family, widths, headings, height)
        _draw_row(pdf, family, widths, piece, height)
    pdf.ln(4)


def kept_whole(pdf: FPDF, height: float) -> bool:
    """Whether a table is short enough to move whole to the next page rather than split."""
    return height < pdf.eph / 2


def table_height(pdf: FPDF, family: str, block: Table, texts: list[str]) -> float:
    """How tall the whole table will be, so its section heading can move to the next page with it."""
    _, headings, rows = _laid_out(pdf, family, block, texts)
    return _height(headings) + sum(height for _, height in rows)


def _laid_out(pdf: FPDF, family: str, block: Table, texts: list[str]):
    """Column widths, the headings' lines, and each row's lines with its height."""
    columns = len(block.headings)
    widths = [width * pdf.epw / sum(block.widths) for width in block.widths]
    headings = _cell_lines(pdf, family, widths, texts[:columns], bold=True)
    rows = [
        (piece, _height(piece))
        for start in range(columns, len(texts), columns)
        for piece in _pieces(_cell_lines(pdf, family, widths, texts[start : start + columns]))
    ]
    rows += [([[] for _ in widths], EMPTY_ROW_HEIGHT)] * block.empty_rows
    return widths, headings, rows


def _pieces(lines: list[list[str]]) -> list[list[list[str]]]:
    """A row as it is, or cut in pieces of at most MAX_ROW_LINES lines when it is taller than a page."""
    return [
        [cell[start : start + MAX_ROW_LINES] for cell in lines]
        for start in range(0, max(map(len, lines)), MAX_ROW_LINES)
    ]


def _cell_lines(
    pdf: FPDF, family: str, widths: list[float], texts: list[str], bold: bool = False
) -> list[list[str]]:
    set_style(pdf, family, TABLE_SIZE, bold=bold)
    return [_lines(pdf, width - 2 * PADDING, text) for width, text in zip(widths, texts, strict=True)]


def _lines(pdf: FPDF, width: float, text: str) -> list[str]:
    """Lines at spaces; shaped text and words too long for the column use fpdf2's line breaking."""
    lines = None if pdf.text_shaping else lines_at_spaces(pdf, width, text)
    if lines is not None:
        return lines
    broken = pdf.multi_cell(width, TABLE_LINE, text, align="L", dry_run=True, output="LINES")
    assert isinstance(broken, list)  # output="LINES" always gives the list of lines
    return broken


def _height(cells: list[list[str]]) -> float:
    return max(len(cell) for cell in cells) * TABLE_LINE + 2 * PADDING


def _start_row(pdf: FPDF, family: str, widths: list[float], headings: list[list[str]], height: float) -> None:
    """Go to a new page, headings first, when the row would not fit on this one."""
    if pdf.will_page_break(height):
        pdf.add_page()
        _draw_row(pdf, family, widths, headings, heading=True)


def _draw_row(
    pdf: FPDF,
    family: str,
    widths: list[float],
    cells: list[list[str]],
    height: float = 0,
    heading: bool = False,
) -> None:
    height = max(height, _height(cells))
    top, left = pdf.get_y(), pdf.l_margin
    set_style(pdf, family, TABLE_SIZE, bold=heading, colour=INK)
    thin_rules(pdf)
    pdf.set_fill_color(*PANEL)
    for width, lines in zip(widths, cells, strict=True):
        pdf.rect(left, top, width, height, style="DF" if heading else "D")
        for number, line in enumerate(lines):
            pdf.set_xy(left + PADDING, top + PADDING + number * TABLE_LINE)
            pdf.cell(width - 2 * PADDING, TABLE_LINE, line, align="R" if right_to_left(line) else "L")
        left += width
    pdf.set_xy(pdf.l_margin, top + height)
