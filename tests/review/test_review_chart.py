"""The progress chart and its text alternative, built from the plan's reviews."""

from sen_guide.cases import example_plan
from sen_guide.content import page_words
from sen_guide.plan import SupportPlan
from sen_guide.review import record_review
from sen_guide.review_chart import rating_chart, rating_table

WORDS = page_words("review_progress")


def reviewed_twice() -> SupportPlan:
    document = example_plan().model_dump(mode="json")
    document["outcomes"][0]["description"] = "Read *aloud* to [an adult](http://x)"
    plan = SupportPlan.model_validate(document)
    first = {"date": "2026-12-09", "outcome_progress": [{"outcome_id": "O1", "rating": "not_started"}]}
    plan = record_review(plan, first, {}).plan
    second = {"date": "2027-03-10", "outcome_progress": [{"outcome_id": "O1", "rating": "good_progress"}]}
    second["outcome_progress"].append({"outcome_id": "O3", "rating": "some_progress"})
    return record_review(plan, second, {}).plan


def test_before_any_review_there_is_no_chart_and_no_table():
    assert rating_chart(example_plan(), WORDS) is None
    assert rating_table(example_plan(), WORDS) == []


def test_the_chart_has_a_point_for_every_rating():
    chart = rating_chart(reviewed_twice(), WORDS).to_dict()
    assert [(row["outcome"], row["review"], row["score"]) for row in chart["data"]["values"]] == [
        ("Outcome 1", "Review 1", 0),
        ("Outcome 1", "Review 2", 2),
        ("Outcome 3", "Review 2", 1),
    ]


def test_the_table_has_a_row_per_outcome_and_a_column_per_review():
    table = rating_table(reviewed_twice(), WORDS)
    assert len(table) == 2
    assert [len(row) for row in table] == [3, 3]
    assert list(table[1].values())[1:] == ["", "Some progress"]


def test_typed_text_in_the_table_is_shown_as_typed_never_as_markdown():
    first_cell = next(iter(rating_table(reviewed_twice(), WORDS)[0].values()))
    assert r"\*aloud\*" in first_cell
    assert r"\[an adult\]\(http\:" in first_cell
