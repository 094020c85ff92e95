"""The progress chart: each outcome's rating across the reviews so far, and the same facts as a table."""

import json

import altair as alt

from sen_guide.dates import long_date
from sen_guide.plain_text import escape_markdown
from sen_guide.plan import SupportPlan
from sen_guide.questions import quote
from sen_guide.review import RATING_SCORES, RatingPoint, rating_history, review_words


def rating_chart(plan: SupportPlan, words: dict[str, str]) -> alt.Chart | None:
    """A line per outcome, rating against review; None before the first review has a rating."""
    points = rating_history(plan)
    if not points:
        return None
    rows = [_chart_row(plan, point, words) for point in points]
    # One stacked legend for colour and dash, drawn as line samples, so it fits a phone's width.
    legend = alt.Legend(orient="bottom", direction="vertical", symbolType="stroke", symbolStrokeWidth=2)
    # Vega draws the scale's step names itself; the array literal comes from our content, quoted as JSON.
    labels = json.dumps([review_words().ratings[rating] for rating in RATING_SCORES])
    rating_axis = alt.Axis(values=list(RATING_SCORES.values()), labelExpr=f"{labels}[datum.value]")
    return (
        alt.Chart(alt.Data(values=rows))
        .mark_line(point=alt.OverlayMarkDef(size=80))
        .encode(
            x=alt.X(
                "review:O",
                title=words["chart_review"],
                sort=None,
                axis=alt.Axis(labelAngle=0, labelLimit=240),
            ),
            y=alt.Y("score:Q", title=words["chart_rating"], scale=alt.Scale(domain=[0, 3]), axis=rating_axis),
            color=alt.Color("outcome:N", title=words["chart_outcome"], legend=legend),
            # A dash pattern as well as a colour, so lines are told apart without colour vision.
            strokeDash=alt.StrokeDash("outcome:N", title=words["chart_outcome"], legend=legend),
            tooltip=[alt.Tooltip(f"{field}:N") for field in ("outcome", "review", "date", "rating")],
        )
    )


def rating_table(plan: SupportPlan, words: dict[str, str]) -> list[dict[str, str]]:
    """The chart as text, one row per outcome; cells are escaped because tables render Markdown."""
    points = rating_history(plan)
    reviews = list(dict.fromkeys(_review_name(point, words) for point in points))
    table: dict[str, dict[str, str]] = {}
    for point in points:
        name = _outcome_name(plan, point.outcome_id, words)
        description = quote(next(o.description for o in plan.outcomes if o.id == point.outcome_id))
        row = table.setdefault(name, {words["chart_outcome"]: escape_markdown(f"{name}: {description}")})
        row[_review_name(point, words)] = review_words().ratings[point.rating]
    return [
        {column: row.get(column, "") for column in [words["chart_outcome"], *reviews]}
        for row in table.values()
    ]


def _chart_row(plan: SupportPlan, point: RatingPoint, words: dict[str, str]) -> dict[str, object]:
    return {
        "review": words["chart_review_short"].format(number=point.review_number),
        "date": _date(point),
        "outcome": _outcome_name(plan, point.outcome_id, words),
        "rating": review_words().ratings[point.rating],
        "score": point.score,
    }


def _review_name(point: RatingPoint, words: dict[str, str]) -> str:
    return words["chart_review_name"].format(number=point.review_number, date=_date(point))


def _date(point: RatingPoint) -> str:
    return long_date(point.review_date) if point.review_date else ""


def _outcome_name(plan: SupportPlan, outcome_id: str, words: dict[str, str]) -> str:
    number = next(n for n, outcome in enumerate(plan.outcomes, start=1) if outcome.id == outcome_id)
    return words["chart_outcome_name"].format(number=number)
