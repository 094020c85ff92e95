"""Lays out each kind of document block on an fpdf2 page: paragraphs, facts, tables, tick lists, writing space."""

from collections.abc import Callable

from fpdf import FPDF

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
from sen_guide.pdf_style import BODY_SIZE, INK, LINE, MUTED, set_style, text_in, thin_rules
from sen_guide.pdf_tables import kept_whole, render_table, table_height

KEEP_WITH_SUBHEADING = 100  # an outcome's heading, text and facts stay on one page where they can
WRITING_LINE_GAP = 8
LABEL_SHARE = 0.32
FACT_GAP = 2
TICK_BOX = 3.6
TICK_INDENT = 7


def render_block(pdf: FPDF, kit: FontKit, family: str, block: Block) -> None:
    """Lay out one block, shaping its text only if its script needs shaping."""
    renderer: Callable = _RENDERERS[type(block)]
    texts = [kit.printable(text) for text in block_texts(block)]
    with kit.run(pdf, texts):
        renderer(pdf, family, block, texts)


def room_with_heading(pdf: FPDF, kit: FontKit, family: str, block: Block) -> float:
    """Room the first block of a section needs on the heading's page: a whole short table, an outcome."""
    if isinstance(block, Subheading):
        return KEEP_WITH_SUBHEADING
    if isinstance(block, Table):
        height = table_height(pdf, family, block, [kit.printable(text) for text in block_texts(block)])
        return height if kept_whole(pdf, height) else 0
    return 0


def _paragraph(pdf: FPDF, family: str, block: Paragraph, texts: list[str]) -> None:
    set_style(pdf, family, BODY_SIZE, colour=MUTED if block.muted else INK)
    text_in(pdf, pdf.epw, texts[0])
    pdf.ln(2.5)


def _subheading(pdf: FPDF, family: str, block: Subheading, texts: list[str]) -> None:
    if pdf.will_page_break(KEEP_WITH_SUBHEADING):
        pdf.add_page()
    pdf.ln(3)
    pdf.start_section(texts[0], level=1, strict=False)
    set_style(pdf, family, 12.5, bold=True)
    pdf.multi_cell(0, 6.5, texts[0], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _rule(pdf: FPDF) -> None:
    thin_rules(pdf)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())


def _facts(pdf: FPDF, family: str, block: Facts, texts: list[str]) -> None:
    """Label and value side by side, a rule under each; a long value runs on over the page."""
    label_width = pdf.epw * LABEL_SHARE
    _rule(pdf)
    for label, value in zip(texts[::2], texts[1::2], strict=True):
        if pdf.will_page_break(LINE * 2 + FACT_GAP * 2):
            pdf.add_page()
        top, page = pdf.get_y() + FACT_GAP, pdf.page
        set_style(pdf, family, BODY_SIZE - 0.5, bold=True, colour=MUTED)
        pdf.set_xy(pdf.l_margin, top)
        text_in(pdf, label_width - 3, label)
        label_end = pdf.get_y()
        set_style(pdf, family, BODY_SIZE)
        pdf.page = page
        pdf.set_xy(pdf.l_margin + label_width, top)
        text_in(pdf, pdf.epw - label_width, value)
        pdf.set_y(max(pdf.get_y(), label_end if pdf.page == page else 0) + FACT_GAP)
        _rule(pdf)
    pdf.ln(5)


def _checklist(pdf: FPDF, family: str, block: Checklist, texts: list[str]) -> None:
    """A short intro and the boxes to tick, kept on one page when they fit on one."""
    intro, items = (texts[0], texts[1:]) if block.intro else ("", texts)
    if pdf.will_page_break(LINE * 1.5 * (len(items) + 1)) and len(items) < 12:
        pdf.add_page()
    set_style(pdf, family, BODY_SIZE)
    if intro:
        text_in(pdf, pdf.epw, intro)
        pdf.ln(1.5)
    for text in items:
        if pdf.will_page_break(LINE * 2):
            pdf.add_page()
        pdf.set_draw_color(*MUTED)
        pdf.set_line_width(0.3)
        pdf.rect(pdf.l_margin, pdf.get_y() + 0.8, TICK_BOX, TICK_BOX)
        pdf.set_x(pdf.l_margin + TICK_INDENT)
        text_in(pdf, pdf.epw - TICK_INDENT, text)
        pdf.ln(1.2)
    pdf.ln(2.5)


def _writing_space(pdf: FPDF, family: str, block: WritingSpace, texts: list[str]) -> None:
    if pdf.will_page_break(WRITING_LINE_GAP * block.lines + LINE):
        pdf.add_page()
    if texts[0]:
        set_style(pdf, family, 9, bold=True, colour=MUTED)
        pdf.multi_cell(0, LINE, texts[0], align="L", new_x="LMARGIN", new_y="NEXT")
    thin_rules(pdf)
    for _ in range(block.lines):
        pdf.set_y(pdf.get_y() + WRITING_LINE_GAP)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(5)


_RENDERERS: dict[type, Callable] = {
    Paragraph: _paragraph,
    Subheading: _subheading,
    Facts: _facts,
    Table: render_table,
    Checklist: _checklist,
    WritingSpace: _writing_space,
}
