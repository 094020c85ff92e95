"""What the review meeting agenda says, built from the plan as plain data (SEND Code of Practice 6.65-6.70)."""

import datetime as dt
from dataclasses import dataclass

from sen_guide.agenda_parts import AgendaContext, outcome_blocks, provision_blocks, running_order
from sen_guide.agenda_review import next_steps, views, working
from sen_guide.dates import clock_time, day_and_date, parse_clock
from sen_guide.document import (
    Block,
    Checklist,
    Document,
    Facts,
    Paragraph,
    Section,
    Table,
    WritingSpace,
    hide_texts,
)
from sen_guide.document_words import agenda_words, common_words
from sen_guide.plan import SupportPlan
from sen_guide.printed_values import display_name, file_name, name_hider

DEFAULT_LENGTH_MINUTES = 45
EMPTY_ACTION_ROWS = 6
EMPTY_ATTENDEE_ROWS = 4


@dataclass(frozen=True)
class AgendaOptions:
    """The user's choices for a printed document: initials only, a draft mark, questions to print."""

    initials: bool = False
    draft: bool = False
    questions: list[str] | None = None


def build_agenda(plan: SupportPlan, options: AgendaOptions) -> Document:
    """The whole agenda for the next review meeting; anything missing from the plan is said, not skipped."""
    words = agenda_words()
    context = AgendaContext(plan, display_name(plan.pupil.name, options.initials))
    meeting_day = plan.meeting.date if plan.meeting and plan.meeting.date else None
    document = Document(
        title=words.title,
        subtitle=words.subtitle.format(name=context.name),
        running_head=words.running_head.format(name=context.name),
        sections=_sections(context, options),
        filename=_file_name(words.filename, plan, options, meeting_day),
        subject=words.subject,
        draft=options.draft,
        facts=_meeting_facts(context, DEFAULT_LENGTH_MINUTES),
    )
    return hide_texts(document, name_hider(plan.pupil.name)) if options.initials else document


def _sections(context: AgendaContext, options: AgendaOptions) -> list[Section]:
    """The sections in running order, each keyed to its heading in content/pdf/agenda.yaml."""
    words = agenda_words()
    blocks: dict[str, list[Block]] = {
        "who": _who(context),
        "purpose": [Paragraph(text.format(name=context.name)) for text in words.purpose],
        "running_order": running_order(context, DEFAULT_LENGTH_MINUTES),
        "outcomes": outcome_blocks(context),
        "provision": provision_blocks(context),
        "views": views(context),
        "working": working(context),
        "next_steps": next_steps(context),
        "actions": [Table(words.action_headings, [], (60, 25, 15), EMPTY_ACTION_ROWS)],
        "next_review": _next_review(context.plan),
        "questions": _questions(options.questions),
    }
    return [Section(words.sections[key], section) for key, section in blocks.items()]


def _meeting_facts(context: AgendaContext, default_length: int) -> Facts:
    words, common, plan = agenda_words().facts, common_words(), context.plan
    meeting = plan.meeting
    pupil = context.name if plan.pupil.name.strip() else common.not_set
    rows = [(words["pupil"], pupil), (words["year_group"], plan.pupil.year_group or common.not_set)]
    rows.append((words["school"], plan.pupil.school or common.not_set))
    rows.append((words["date"], day_and_date(meeting.date) if meeting and meeting.date else common.not_set))
    rows.append((words["time"], _time_range(meeting.time if meeting else "", context.length(default_length))))
    rows.append((words["place"], (meeting.location if meeting else "") or common.not_set))
    rows.append((words["length"], common.minutes.format(count=context.length(default_length))))
    return Facts(rows)


def _time_range(start_text: str, minutes: int) -> str:
    start = parse_clock(start_text)
    if start is None:
        return common_words().not_set
    end = (dt.datetime.combine(dt.date.today(), start) + dt.timedelta(minutes=minutes)).time()
    return agenda_words().time_range.format(start=clock_time(start), end=clock_time(end))


def _who(context: AgendaContext) -> list[Block]:
    words = agenda_words()
    meeting = context.plan.meeting
    if meeting is None:
        return [Paragraph(words.missing["meeting"], muted=True), _attendee_table([])]
    rows = [(person.name, person.role) for person in meeting.attendees]
    found: list[Block] = (
        [_attendee_table(rows)]
        if rows
        else [Paragraph(words.missing["attendees"], muted=True), _attendee_table([])]
    )
    if meeting.access_needs.strip():
        found.append(Facts([(words.access_needs, meeting.access_needs.strip())]))
    return found


def _attendee_table(rows: list[tuple[str, str]]) -> Table:
    return Table(agenda_words().attendee_headings, rows, (50, 50), 0 if rows else EMPTY_ATTENDEE_ROWS)


def _next_review(plan: SupportPlan) -> list[Block]:
    words = agenda_words()
    if plan.next_review_date is None:
        return [Paragraph(words.missing["next_review"], muted=True)]
    schedule = "\n".join(day_and_date(day) for day in plan.review_schedule())
    facts = Facts(
        [(words.next_review_label, day_and_date(plan.next_review_date)), (words.schedule_label, schedule)]
    )
    return [facts, Paragraph(words.schedule_note, muted=True)]


def _questions(questions: list[str] | None) -> list[Block]:
    asked = [question for question in questions or [] if question.strip()]
    if not asked:
        return [Paragraph(agenda_words().no_questions, muted=True), WritingSpace("", 5)]
    return [Checklist(asked)]


def _file_name(stem: str, plan: SupportPlan, options: AgendaOptions, day: dt.date | None) -> str:
    shown = display_name(plan.pupil.name, options.initials) if plan.pupil.name.strip() else ""
    return file_name(stem, shown, day.isoformat() if day else "")
