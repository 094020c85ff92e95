"""The files the export page offers: each one's name, and a builder that runs only when the user asks."""

from collections.abc import Callable
from dataclasses import dataclass

from sen_guide.agenda import AgendaOptions, build_agenda
from sen_guide.calendar_file import meeting_ics, schedule_ics
from sen_guide.pdf import render_agenda_pdf, render_plan_pdf
from sen_guide.pdf_fonts import fonts_for
from sen_guide.plan import SupportPlan
from sen_guide.plan_document import build_plan_document
from sen_guide.questions import questions_for

PDF = "application/pdf"
CALENDAR = "text/calendar"
MEETING_FILE = "review-meeting.ics"
SCHEDULE_FILE = "review-meetings-this-year.ics"


@dataclass(frozen=True)
class Export:
    """A file to download; `data` is bytes, or a callable so a PDF is built only on a click."""

    file_name: str
    mime: str
    data: bytes | Callable[[], bytes]


def agenda_questions(saved: list[str] | None, plan: SupportPlan) -> list[str]:
    """The questions printed on the agenda: the user's saved list, else the questions the plan's gaps raise."""
    return saved if saved is not None else questions_for(plan, "parent")


def agenda_export(plan: SupportPlan, options: AgendaOptions) -> Export:
    """The agenda PDF; the name is known at once, the PDF (about a tenth of a second) waits for a click."""
    name = build_agenda(plan, options).filename
    return Export(name, PDF, lambda: render_agenda_pdf(plan, options).data)


def plan_export(plan: SupportPlan, options: AgendaOptions) -> Export:
    """The SEN support plan as a PDF, built on a click."""
    name = build_plan_document(plan, options).filename
    return Export(name, PDF, lambda: render_plan_pdf(plan, options).data)


def calendar_exports(plan: SupportPlan) -> tuple[Export | None, Export]:
    """The next meeting (None until it has a date) and the year's meetings, with initials only.

    Calendars are often synced to other services, so the pupil's full name stays out of them.
    """
    meeting = meeting_ics(plan, initials=True)
    schedule = Export(SCHEDULE_FILE, CALENDAR, schedule_ics(plan, initials=True))
    return (Export(MEETING_FILE, CALENDAR, meeting) if meeting else None), schedule


def printed_fonts(plan: SupportPlan, options: AgendaOptions) -> tuple[str, list[str]]:
    """The body font this plan's agenda prints in, and the fonts for the other scripts its text uses."""
    body, *fallbacks = fonts_for(build_agenda(plan, options).texts())
    return body, fallbacks
