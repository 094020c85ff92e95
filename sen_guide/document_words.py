"""The words of the printed documents, from content/pdf/, each file checked against its model."""

from sen_guide.content import ContentFile, load_content


class CommonWords(ContentFile):
    page_of: str
    draft_mark: str
    not_set: str
    no_text: str
    pupil_fallback: str
    made_by: str
    sessions_missed: str
    one_session_missed: str
    not_reviewed: str
    once_a_week: str
    twice_a_week: str
    times_a_week: str
    once_every_weeks: str
    minutes: str
    hours_a_week: str
    one_hour_a_week: str


class RunningOrderItem(ContentFile):
    item: str
    minutes: int


class AgendaWords(ContentFile):
    title: str
    subtitle: str
    subject: str
    running_head: str
    filename: str
    facts: dict[str, str]
    time_range: str
    sections: dict[str, str]
    attendee_headings: tuple[str, str]
    access_needs: str
    purpose: list[str]
    running_order_headings: tuple[str, str, str, str]
    running_order: list[RunningOrderItem]
    default_length: str
    expected_progress: str
    outcome_heading: str
    outcome_labels: dict[str, str]
    rated_on: str
    outcome_notes: str
    meeting_notes: str
    provision_headings: tuple[str, str, str, str, str, str]
    provision_total: str
    views_labels: dict[str, str]
    views_notes: str
    working_labels: dict[str, str]
    no_review: str
    reasons_intro: str
    working_notes: str
    last_next_steps: str
    next_steps_intro: str
    last_options: str
    action_headings: tuple[str, str, str]
    next_review_label: str
    schedule_label: str
    schedule_note: str
    no_questions: str
    missing: dict[str, str]


class PlanWords(ContentFile):
    title: str
    subtitle: str
    subject: str
    running_head: str
    filename: str
    sections: dict[str, str]
    pupil_labels: dict[str, str]
    no_area: str
    need_heading: str
    need_labels: dict[str, str]
    outcome_heading: str
    outcome_labels: dict[str, str]
    provision_headings: tuple[str, str, str, str, str, str]
    provision_total: str
    hours_total: str
    cost_total: str
    review_labels: dict[str, str]
    schedule_note: str
    missing: dict[str, str]
    statuses: dict[str, str]
    no_reviews: str
    reviews_count: str


class CalendarWords(ContentFile):
    calendar_name: str
    meeting_summary: str
    schedule_summary: str
    description: str
    schedule_description: str


def common_words() -> CommonWords:
    return load_content("pdf/common", CommonWords)


def agenda_words() -> AgendaWords:
    return load_content("pdf/agenda", AgendaWords)


def plan_words() -> PlanWords:
    return load_content("pdf/plan", PlanWords)


def calendar_words() -> CalendarWords:
    return load_content("pdf/calendar", CalendarWords)
