"""PDF speed: the example agenda against fpdf2's one-page floor with the same fonts, and a very large plan.

Run alone with `python -m benchmarks.pdf_timing`, or call `pdf_rows()` from the benchmark table.
Each figure is the median of runs interleaved with the floor, so a busy machine slows both alike.
"""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from fpdf import FPDF

from sen_guide.agenda import AgendaOptions
from sen_guide.cases import example_plan
from sen_guide.fonts import find_fonts
from sen_guide.pdf import render_agenda_pdf
from sen_guide.plan import SupportPlan

AGENDA_TARGET_MS = 150
RATIO_TARGET = 2.0
BIG_TARGET_MS = 1000


@dataclass(frozen=True)
class PdfTiming:
    agenda_ms: float
    floor_ms: float
    floor_all_fonts_ms: float
    big_ms: float
    big_pages: int

    @property
    def ratio(self) -> float:
        return self.agenda_ms / self.floor_ms


def one_page_floor(all_fonts: bool = False) -> bytes:
    """What fpdf2 costs for one short page with the agenda's fonts: the least a PDF can cost here."""
    fonts = find_fonts()
    pdf = FPDF(format="A4")
    pdf.add_font("body", "", fonts.regular.path)
    pdf.add_font("body", "B", fonts.bold.path)
    if all_fonts:
        for font in fonts.fallbacks:
            pdf.add_font(font.family, "", font.path)
        pdf.set_fallback_fonts([font.family for font in fonts.fallbacks])
        pdf.set_text_shaping(True)
    pdf.set_font("body", "B", 20)
    pdf.add_page()
    pdf.cell(0, 10, "SEN support review meeting", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("body", "", 11)
    pdf.multi_cell(
        0, 6, "Agenda for Sam Taylor, Monday 7 December 2026 at 3:30pm, Brookfield Primary School."
    )
    return bytes(pdf.output())


def big_plan(outcomes: int = 100, provision: int = 150) -> SupportPlan:
    """The example plan grown to 100 outcomes and 150 provision items."""
    document = example_plan().model_dump(mode="json")
    document["outcomes"] = [
        document["outcomes"][0]
        | {"id": f"O{n}", "description": f"Outcome {n}: " + document["outcomes"][0]["description"]}
        for n in range(1, outcomes + 1)
    ]
    document["provision"] = [
        document["provision"][0] | {"id": f"P{n}", "outcome_ids": [f"O{n % outcomes + 1}"]}
        for n in range(1, provision + 1)
    ]
    return SupportPlan.model_validate(document)


def _milliseconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure_pdf(repeats: int = 15) -> PdfTiming:
    """Warm timings in this process: the agenda, both floors, and the large plan."""
    plan, options = example_plan(), AgendaOptions(questions=["How will we know outcome O1 is achieved?"])
    render_agenda_pdf(plan, options)
    one_page_floor()
    agenda, floor, floor_all = [], [], []
    for _ in range(repeats):
        agenda.append(_milliseconds(lambda: render_agenda_pdf(plan, options)))
        floor.append(_milliseconds(one_page_floor))
        floor_all.append(_milliseconds(lambda: one_page_floor(all_fonts=True)))
    large = big_plan()
    big = [_milliseconds(lambda: render_agenda_pdf(large, options)) for _ in range(3)]
    pages = render_agenda_pdf(large, options).data.count(b"/Type /Page\n")
    return PdfTiming(*map(statistics.median, (agenda, floor, floor_all, big)), big_pages=pages)


def pdf_rows(timing: PdfTiming | None = None) -> list[tuple[str, str, str]]:
    """Rows for the benchmark table: what was measured, the figure, and the target."""
    timing = timing or measure_pdf()
    return [
        ("PDF agenda, example plan, warm", f"{timing.agenda_ms:.0f} ms", f"< {AGENDA_TARGET_MS} ms"),
        ("fpdf2 one-page floor, same 2 fonts", f"{timing.floor_ms:.0f} ms", "baseline"),
        ("fpdf2 one-page floor, 5 fonts + shaping", f"{timing.floor_all_fonts_ms:.0f} ms", "for comparison"),
        ("PDF agenda vs floor", f"{timing.ratio:.2f}x", f"<= {RATIO_TARGET:.0f}x"),
        (
            f"PDF agenda, 100 outcomes, 150 provision ({timing.big_pages} pages)",
            f"{timing.big_ms:.0f} ms",
            f"< {BIG_TARGET_MS} ms",
        ),
    ]


if __name__ == "__main__":
    for name, figure, target in pdf_rows():
        print(f"{name:<60} {figure:>10}   {target}")
