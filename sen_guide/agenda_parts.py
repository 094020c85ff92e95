"""The longer parts of the agenda: the timed running order, a block per outcome, and the support table."""

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from sen_guide.dates import clock_time, long_date, parse_clock
from sen_guide.document import Block, Facts, Paragraph, Subheading, Table, WritingSpace
from sen_guide.document_words import agenda_words, common_words
from sen_guide.plan import Outcome, OutcomeProgress, ProvisionDelivered, Review, SupportPlan
from sen_guide.printed_values import delivery, hours_a_week, how_long, how_often, weeks
from sen_guide.review import review_words


@dataclass(frozen=True)
class AgendaContext:
    """The plan being printed, the name it shows, and what its reviews say so far."""

    plan: SupportPlan
    name: str

    @cached_property
    def reviews_newest_first(self) -> list[Review]:
        """Reviews from the latest back; of two on the same day, the one added last counts as later."""
        ordered = sorted(self.plan.reviews, key=lambda review: review.date or dt.date.min)
        return ordered[::-1]

    @property
    def latest_review(self) -> Review | None:
        return self.reviews_newest_first[0] if self.reviews_newest_first else None

    def latest_progress(self, outcome_id: str) -> tuple[Review, OutcomeProgress] | None:
        """The most recent rating given to an outcome, with the review that gave it."""
        for review in self.reviews_newest_first:
            for progress in review.outcome_progress:
                if progress.outcome_id == outcome_id and progress.rating:
                    return review, progress
        return None

    def latest_delivery(self, provision_id: str) -> ProvisionDelivered | None:
        """What the most recent review said about whether this support happened."""
        for review in self.reviews_newest_first:
            for record in review.provision_delivered:
                if record.provision_id == provision_id and record.as_planned:
                    return record
        return None

    def length(self, default: int) -> int:
        meeting = self.plan.meeting
        return meeting.length_minutes if meeting and meeting.length_minutes else default

    def text(self, typed: str) -> str:
        """What the user typed, or a plain note that nothing is written yet."""
        return typed.strip() or common_words().no_text


def share_minutes(weights: list[int], total: int) -> list[int]:
    """Split total minutes in proportion to weights, at least 1 each, adding up exactly to total.

    Exact shares are rounded down, then the minutes left go to the largest remainders. It always adds
    up while there are no more items than minutes (a content test keeps the list that short).
    """
    exact = [weight * total / sum(weights) for weight in weights]
    minutes = [max(1, int(share)) for share in exact]
    by_remainder = sorted(range(len(weights)), key=lambda index: exact[index] - minutes[index], reverse=True)
    for index in by_remainder[: max(0, total - sum(minutes))]:
        minutes[index] += 1
    while sum(minutes) > total and max(minutes) > 1:
        minutes[minutes.index(max(minutes))] -= 1
    return minutes


def running_order(context: AgendaContext, default_length: int) -> list[Block]:
    """The numbered running order, with clock times when the meeting has a start time."""
    words = agenda_words()
    length = context.length(default_length)
    minutes = share_minutes([item.minutes for item in words.running_order], length)
    start = parse_clock(context.plan.meeting.time) if context.plan.meeting else None
    clock = dt.datetime.combine(dt.date(2000, 1, 1), start) if start else None
    rows = []
    for number, (item, span) in enumerate(zip(words.running_order, minutes, strict=True), start=1):
        at = clock_time(clock.time()) if clock else ""
        rows.append((str(number), item.item.format(name=context.name), at, str(span)))
        clock = clock + dt.timedelta(minutes=span) if clock else None
    blocks: list[Block] = [Table(words.running_order_headings, rows, (8, 62, 15, 15))]
    if not (context.plan.meeting and context.plan.meeting.length_minutes):
        blocks.append(Paragraph(words.default_length.format(minutes=length), muted=True))
    return blocks


def outcome_blocks(context: AgendaContext) -> list[Block]:
    """One block per active outcome: what it is, where it started, the latest rating and room for notes."""
    words = agenda_words()
    blocks: list[Block] = []
    if context.plan.expected_progress.strip():
        blocks.append(Facts([(words.expected_progress, context.plan.expected_progress.strip())]))
    outcomes = context.plan.active_outcomes()
    if not outcomes:
        return [
            *blocks,
            Paragraph(words.missing["outcomes"], muted=True),
            WritingSpace(words.meeting_notes, 4),
        ]
    for outcome in outcomes:
        blocks.extend(_outcome_block(context, outcome))
    return blocks


def _outcome_block(context: AgendaContext, outcome: Outcome) -> list[Block]:
    words, common = agenda_words(), common_words()
    labels = words.outcome_labels
    target = long_date(outcome.target_date) if outcome.target_date else common.not_set
    support = [
        item.what.strip() or item.id for item in context.plan.provision if outcome.id in item.outcome_ids
    ]
    rows = [
        (labels["baseline"], context.text(outcome.baseline)),
        (labels["success_criteria"], context.text(outcome.success_criteria)),
        (labels["target_date"], target),
        *_rating_rows(context, outcome.id),
        (labels["support"], "\n".join(support) or common.not_set),
    ]
    description = outcome.description.strip() or words.missing["description"]
    heading = Subheading(words.outcome_heading.format(id=outcome.id))
    return [
        heading,
        Paragraph(description),
        Facts(rows),
        WritingSpace(words.outcome_notes.format(id=outcome.id), 3),
    ]


def _rating_rows(context: AgendaContext, outcome_id: str) -> list[tuple[str, str]]:
    labels, common = agenda_words().outcome_labels, common_words()
    found = context.latest_progress(outcome_id)
    if found is None:
        return [(labels["latest_rating"], common.not_reviewed)]
    review, progress = found
    rating = review_words().ratings[progress.rating or "not_started"]
    if review.date:
        rating = agenda_words().rated_on.format(rating=rating, date=long_date(review.date))
    return [(labels["latest_rating"], rating), (labels["evidence"], context.text(progress.evidence))]


def provision_blocks(context: AgendaContext) -> list[Block]:
    """The support table, with whether each item happened as planned, and the weekly total."""
    words = agenda_words()
    provision = context.plan.provision
    if not provision:
        return [
            Paragraph(words.missing["provision"], muted=True),
            Table(words.provision_headings, [], _WIDTHS, 3),
        ]
    rows = [
        (
            item.what,
            item.who,
            how_often(item),
            how_long(item),
            weeks(item),
            delivery(context.latest_delivery(item.id)),
        )
        for item in provision
    ]
    total = words.provision_total.format(hours=hours_a_week(context.plan.hours_per_week))
    return [Table(words.provision_headings, rows, _WIDTHS), Paragraph(total)]


_WIDTHS = (24, 20, 14, 12, 10, 20)
