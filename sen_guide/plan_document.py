"""What the printed SEN support plan says (SEND Code of Practice 6.48-6.52), built from the plan as plain data."""

from sen_guide.agenda import AgendaOptions
from sen_guide.areas import area_label
from sen_guide.dates import day_and_date, long_date
from sen_guide.document import Block, Document, Facts, Paragraph, Section, Subheading, Table, hide_texts
from sen_guide.document_words import common_words, plan_words
from sen_guide.plan import Outcome, SupportPlan
from sen_guide.printed_values import (
    display_name,
    file_name,
    hours_a_week,
    how_long,
    how_often,
    name_hider,
    number,
    weeks,
)


def build_plan_document(plan: SupportPlan, options: AgendaOptions) -> Document:
    """The plan as a document to print or share with the family (Code 6.70: parents get a copy)."""
    words = plan_words()
    name = display_name(plan.pupil.name, options.initials)
    sections = [
        Section(words.sections["about"].format(name=name), _about(plan, name)),
        Section(words.sections["needs"], _needs(plan)),
        Section(words.sections["outcomes"], _outcomes(plan)),
        Section(words.sections["provision"], _provision(plan)),
        Section(words.sections["progress"], [Paragraph(_text(plan.expected_progress))]),
        Section(words.sections["reviews"], _reviews(plan)),
    ]
    shown = name if plan.pupil.name.strip() else ""
    start = plan.start_date.isoformat() if plan.start_date else ""
    document = Document(
        title=words.title,
        subtitle=words.subtitle.format(name=name),
        running_head=words.running_head.format(name=name),
        sections=sections,
        filename=file_name(words.filename, shown, start),
        subject=words.subject,
        draft=options.draft,
        facts=_pupil_facts(plan, name, options.initials),
    )
    return hide_texts(document, name_hider(plan.pupil.name)) if options.initials else document


def _text(typed: str) -> str:
    return typed.strip() or common_words().no_text


def _date(day) -> str:
    return long_date(day) if day else common_words().not_set


def _pupil_facts(plan: SupportPlan, name: str, initials: bool) -> Facts:
    labels, pupil = plan_words().pupil_labels, plan.pupil
    not_set = common_words().not_set
    shown = name if pupil.name.strip() else not_set
    rows = [(labels["pupil"], shown), (labels["year_group"], pupil.year_group or not_set)]
    if not initials:  # with initials only, the date of birth would still point to the child
        rows.append((labels["date_of_birth"], _date(pupil.date_of_birth)))
    rows += [
        (labels["school"], pupil.school.strip() or not_set),
        (labels["class_teacher"], pupil.class_teacher.strip() or not_set),
        (labels["senco"], pupil.senco.strip() or not_set),
        (labels["start_date"], _date(plan.start_date)),
        (labels["next_review"], _date(plan.next_review_date)),
    ]
    return Facts(rows)


def _about(plan: SupportPlan, name: str) -> list[Block]:
    labels, pupil = plan_words().pupil_labels, plan.pupil
    return [
        Facts(
            [
                (labels["strengths"], _text(pupil.strengths)),
                (labels["how_best_to_support"], _text(pupil.how_best_to_support)),
                (labels["pupil_views"].format(name=name), _text(pupil.pupil_views)),
                (labels["parent_views"], _text(pupil.parent_views)),
            ]
        )
    ]


def _needs(plan: SupportPlan) -> list[Block]:
    words = plan_words()
    if not plan.needs:
        return [Paragraph(words.missing["needs"], muted=True)]
    blocks: list[Block] = []
    for need in plan.needs:
        area = area_label(need.area) or words.no_area
        blocks.append(Subheading(f"{words.need_heading.format(id=need.id)}: {area}"))
        labels = words.need_labels
        blocks.append(
            Facts(
                [(labels["description"], _text(need.description)), (labels["evidence"], _text(need.evidence))]
            )
        )
    return blocks


def _outcomes(plan: SupportPlan) -> list[Block]:
    words = plan_words()
    if not plan.outcomes:
        return [Paragraph(words.missing["outcomes"], muted=True)]
    blocks: list[Block] = []
    for outcome in plan.outcomes:
        blocks += [Subheading(words.outcome_heading.format(id=outcome.id)), *_outcome(outcome)]
    return blocks


def _outcome(outcome: Outcome) -> list[Block]:
    words = plan_words()
    labels = words.outcome_labels
    rows = [
        (labels["needs"], ", ".join(outcome.need_ids) or common_words().not_set),
        (labels["baseline"], _text(outcome.baseline)),
        (labels["success_criteria"], _text(outcome.success_criteria)),
        (labels["target_date"], _date(outcome.target_date)),
        (labels["status"], words.statuses[outcome.status]),
    ]
    return [Paragraph(outcome.description.strip() or words.missing["description"]), Facts(rows)]


def _provision(plan: SupportPlan) -> list[Block]:
    words = plan_words()
    if not plan.provision:
        return [Paragraph(words.missing["provision"], muted=True)]
    rows = [
        (
            _text(item.what),
            _text(item.who),
            how_often(item),
            how_long(item),
            weeks(item),
            _hours(item.total_hours),
        )
        for item in plan.provision
    ]
    totals = (
        f"{hours_a_week(plan.hours_per_week)}, {words.hours_total.format(hours=number(plan.total_hours))}"
    )
    blocks: list[Block] = [
        Table(words.provision_headings, rows, (26, 22, 14, 12, 10, 12)),
        Paragraph(words.provision_total.format(hours=totals)),
    ]
    if plan.total_cost_gbp is not None:
        blocks.append(Paragraph(words.cost_total.format(cost=f"{plan.total_cost_gbp:,.2f}")))
    return blocks


def _hours(total: float | None) -> str:
    return common_words().not_set if total is None else number(total)


def _reviews(plan: SupportPlan) -> list[Block]:
    words = plan_words()
    labels = words.review_labels
    if plan.next_review_date is None:
        return [Paragraph(words.missing["next_review"], muted=True)]
    dated = [review.date for review in plan.reviews if review.date]
    so_far = (
        words.reviews_count.format(count=len(plan.reviews), date=long_date(max(dated)))
        if dated
        else words.no_reviews
    )
    rows = [
        (labels["next_review"], day_and_date(plan.next_review_date)),
        (labels["schedule"], "\n".join(day_and_date(day) for day in plan.review_schedule())),
        (labels["reviews_so_far"], so_far),
    ]
    return [Facts(rows), Paragraph(words.schedule_note, muted=True)]
