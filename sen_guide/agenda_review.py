"""The parts of the agenda that look back at the last review: views, what is working, next steps."""

from sen_guide.agenda_parts import AgendaContext
from sen_guide.document import Block, Checklist, Facts, Paragraph, WritingSpace
from sen_guide.document_words import agenda_words
from sen_guide.review import review_words


def views(context: AgendaContext) -> list[Block]:
    """What the pupil and family say now, and what they said at the last review."""
    words, pupil = agenda_words(), context.plan.pupil
    labels = {key: label.format(name=context.name) for key, label in words.views_labels.items()}
    rows = [
        (labels["pupil"], context.text(pupil.pupil_views)),
        (labels["family"], context.text(pupil.parent_views)),
    ]
    review = context.latest_review
    if review is not None:
        rows.append((labels["pupil_last"], context.text(review.pupil_views)))
        rows.append((labels["family_last"], context.text(review.parent_views)))
    return [Facts(rows), WritingSpace(words.views_notes, 4)]


def working(context: AgendaContext) -> list[Block]:
    """What the last review found working and not, and the five reasons support may not help, to tick."""
    words, review = agenda_words(), context.latest_review
    labels, reasons = words.working_labels, review_words().reasons
    found: list[Block] = [Paragraph(words.no_review, muted=True)]
    if review is not None:
        rows = [
            (labels["working"], context.text(review.what_is_working)),
            (labels["not_working"], context.text(review.what_is_not_working)),
        ]
        if review.reasons_not_working:
            rows.append(
                (labels["reasons_last"], "\n".join(reasons[key] for key in review.reasons_not_working))
            )
        found = [Facts(rows)]
    ask = Checklist(list(reasons.values()), intro=words.reasons_intro)
    return [*found, ask, WritingSpace(words.working_notes, 3)]


def next_steps(context: AgendaContext) -> list[Block]:
    """What was agreed last time, then the options to talk about, to tick."""
    words, review = agenda_words(), context.latest_review
    options = review_words().next_steps
    last: list[Block] = []
    if review is not None:
        rows = [(words.last_next_steps, context.text(review.next_steps))]
        if review.next_step_options:
            rows.append((words.last_options, "\n".join(options[key] for key in review.next_step_options)))
        last = [Facts(rows)]
    return [*last, Checklist(list(options.values()), intro=words.next_steps_intro)]
