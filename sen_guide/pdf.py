"""The one place that makes PDFs (with fpdf2): the review meeting agenda and the SEN support plan."""

from dataclasses import dataclass

from fpdf import FPDF
from fpdf.enums import PageMode
from fpdf.prefs import ViewerPreferences

from sen_guide.agenda import AgendaOptions, build_agenda
from sen_guide.document import Document, Section
from sen_guide.document_words import common_words
from sen_guide.pdf_blocks import render_block, room_with_heading
from sen_guide.pdf_fonts import FontKit, body_family, install_fonts
from sen_guide.pdf_style import ACCENT, INK, MUTED, set_style, thin_rules
from sen_guide.plan import SupportPlan
from sen_guide.plan_document import build_plan_document

# The page count is filled in when the document closes. Typed control characters always become
# spaces (see FontKit.printable), so nothing typed can ever turn into this placeholder.
TOTAL_PAGES = "\x7f\x7f\x7f"
MARGIN = 20
KEEP_WITH_HEADING = 45  # a heading never ends a page: the first rows of what follows come with it
RUNNING_HEAD_CHARACTERS = 90


@dataclass(frozen=True)
class PdfResult:
    """A finished PDF, the file name to offer, and the fonts it used (the app tells people)."""

    data: bytes
    fonts_used: list[str]
    filename: str


def render_agenda_pdf(plan: SupportPlan, options: AgendaOptions) -> PdfResult:
    """The agenda for the next review meeting as a PDF."""
    return render_document(build_agenda(plan, options))


def render_plan_pdf(plan: SupportPlan, options: AgendaOptions) -> PdfResult:
    """The SEN support plan itself as a PDF."""
    return render_document(build_plan_document(plan, options))


def render_document(document: Document) -> PdfResult:
    """Lay out a document on A4 in a new FPDF (never shared between users or downloads)."""
    pdf = _PrintedDocument(document)
    kit = install_fonts(pdf, document.texts())
    pdf.kit, pdf.family = kit, body_family(kit)
    _set_properties(pdf, kit, document)
    set_style(pdf, pdf.family, 10.5)
    pdf.add_page()
    _title_block(pdf, document)
    for section in document.sections:
        _section(pdf, section)
    return PdfResult(bytes(pdf.output()), kit.names, document.filename)


class _PrintedDocument(FPDF):
    """A4 pages with a running head, an optional draft mark and "Page N of M" at the foot."""

    kit: FontKit
    family: str

    def __init__(self, document: Document) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.document = document
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN)
        self.alias_nb_pages(TOTAL_PAGES)
        self.c_margin = 0  # text lines up with the tables and rules at the margin

    def header(self) -> None:
        shaping, self.text_shaping = self.text_shaping, None
        if self.document.draft:
            self._draft_mark()
        if self.page_no() > 1:
            head = _shortened(self.kit.printable(self.document.running_head))
            set_style(self, self.family, 8.5, colour=MUTED)
            self.set_xy(MARGIN, 10)
            with self.kit.run(self, [head]):
                self.cell(0, 5, head)
            self.set_y(MARGIN)
        self.text_shaping = shaping

    def _draft_mark(self) -> None:
        set_style(self, self.family, 9, bold=True, colour=ACCENT)
        text = common_words().draft_mark
        width = self.get_string_width(text) + 6
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.4)
        self.set_xy(self.w - MARGIN - width, 9)
        self.cell(width, 6.5, text, border=1, align="C")

    def footer(self) -> None:
        shaping, self.text_shaping = self.text_shaping, None
        thin_rules(self)
        self.line(MARGIN, self.h - 14, self.w - MARGIN, self.h - 14)
        set_style(self, self.family, 8.5, colour=MUTED)
        self.set_xy(MARGIN, self.h - 13)
        self.cell(0, 5, common_words().made_by)
        self.set_xy(MARGIN, self.h - 13)
        self.cell(0, 5, common_words().page_of.format(page=self.page_no(), pages=TOTAL_PAGES), align="R")
        self.text_shaping = shaping


def _shortened(text: str) -> str:
    """A running head short enough for one line, however long the name typed."""
    return text if len(text) <= RUNNING_HEAD_CHARACTERS else text[: RUNNING_HEAD_CHARACTERS - 1] + "…"


def _set_properties(pdf: FPDF, kit: FontKit, document: Document) -> None:
    pdf.set_title(kit.printable(f"{document.title}: {document.subtitle}"))
    pdf.set_subject(kit.printable(document.subject))
    pdf.set_lang("en-GB")
    pdf.set_creator(common_words().made_by)
    pdf.page_mode = PageMode.USE_OUTLINES
    pdf.viewer_preferences = ViewerPreferences(display_doc_title=True)


def _title_block(pdf: _PrintedDocument, document: Document) -> None:
    set_style(pdf, pdf.family, 22, bold=True)
    pdf.set_y(MARGIN + 4)
    pdf.multi_cell(0, 10, pdf.kit.printable(document.title), align="L", new_x="LMARGIN", new_y="NEXT")
    with pdf.kit.run(pdf, [pdf.kit.printable(document.subtitle)]):
        set_style(pdf, pdf.family, 14, colour=MUTED)
        pdf.multi_cell(0, 8, pdf.kit.printable(document.subtitle), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if document.facts:
        render_block(pdf, pdf.kit, pdf.family, document.facts)


def _section(pdf: _PrintedDocument, section: Section) -> None:
    first = room_with_heading(pdf, pdf.kit, pdf.family, section.blocks[0]) if section.blocks else 0
    if pdf.will_page_break(KEEP_WITH_HEADING + first):
        pdf.add_page()
    pdf.ln(4)
    heading = pdf.kit.printable(section.heading)
    pdf.start_section(heading, level=0)
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.8)
    pdf.line(MARGIN, pdf.get_y(), MARGIN + 12, pdf.get_y())
    pdf.ln(2.5)
    set_style(pdf, pdf.family, 15, bold=True, colour=INK)
    pdf.multi_cell(0, 8, heading, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for block in section.blocks:
        render_block(pdf, pdf.kit, pdf.family, block)
