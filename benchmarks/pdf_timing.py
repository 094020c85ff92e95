"""PDF agenda time against fpdf2's floor: a one-page document with the same fonts, in the same process."""

import importlib.util
import json
import time

from fpdf import FPDF

from benchmarks.report import Row, median
from sen_guide.cases import example_plan
from sen_guide.fonts import find_fonts
from sen_guide.plan import SupportPlan
from sen_guide.plan_file import dump_plan

RUNS = 10


def floor_pdf() -> bytes:
    """What fpdf2 itself needs for one page of text in the agenda's body fonts (parsed afresh, as fpdf2 does)."""
    pdf = FPDF()
    fonts = find_fonts()
    if fonts is not None:
        pdf.add_font("body", "", fonts.regular.path)
        pdf.add_font("body", "B", fonts.bold.path)
    pdf.add_page()
    pdf.set_font("body" if fonts else "helvetica", "B", 16)
    pdf.cell(text="Review meeting agenda")
    pdf.ln()
    pdf.set_font("body" if fonts else "helvetica", "", 10.5)
    pdf.multi_cell(0, text="A one-page document: the least any PDF of ours can cost. " * 10)
    return bytes(pdf.output())


def large_plan() -> SupportPlan:
    """100 outcomes and 150 provision items, the size the issue sets a 1 s limit for."""
    document = json.loads(dump_plan(example_plan()))
    need = document["needs"][0]["id"]
    outcome = document["outcomes"][0] | {"need_ids": [need]}
    item = document["provision"][0]
    document["outcomes"] = [outcome | {"id": f"O{n}"} for n in range(1, 101)]
    document["provision"] = [
        item | {"id": f"P{n}", "outcome_ids": [f"O{n % 100 + 1}"]} for n in range(1, 151)
    ]
    document["reviews"] = []
    return SupportPlan.model_validate(document)


def timings(make) -> tuple[float, float]:
    """Milliseconds for the first call in this process, and the median of the next RUNS."""
    times = []
    for _ in range(RUNS + 1):
        started = time.perf_counter()
        make()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], median(times[1:])


def pdf_rows() -> list[Row]:
    """The PDF engineer's hook: empty until sen_guide.pdf offers render_agenda_pdf."""
    if importlib.util.find_spec("sen_guide.pdf") is None:
        return []
    from sen_guide.agenda import AgendaOptions
    from sen_guide.pdf import render_agenda_pdf

    typical, large = example_plan(), large_plan()
    floor_cold, floor_warm = timings(floor_pdf)
    agenda_cold, agenda_warm = timings(lambda: render_agenda_pdf(typical, AgendaOptions()))
    _, large_warm = timings(lambda: render_agenda_pdf(large, AgendaOptions()))
    return [
        Row("PDF agenda, example plan, first in process", agenda_cold, "ms", floor_cold),
        Row(
            "PDF agenda, example plan, warm", agenda_warm, "ms", floor_warm, ratio_limit=2.0, value_limit=150
        ),
        Row("PDF agenda, 100 outcomes and 150 provision, warm", large_warm, "ms", value_limit=1000),
    ]
