"""The provision table: the editable frame, rows back into the plan, and a safe CSV."""

import csv
import io

from sen_guide.cases import example_plan
from sen_guide.forms import form_spec
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import replace_provision
from sen_guide.provision_table import provision_csv, provision_frame, rows_from_frame

SPEC = form_spec("provision")


def test_the_table_round_trips_into_the_same_provision():
    plan = example_plan()
    rows = rows_from_frame(provision_frame(plan, SPEC), plan)
    assert replace_provision(plan, rows).plan == plan


def test_an_empty_plan_gives_an_empty_table_with_every_column():
    frame = provision_frame(SupportPlan(), SPEC)
    assert frame.empty and list(frame.columns) == ["id", *(q.key for q in SPEC.questions)]


def test_a_new_row_gets_the_next_free_id():
    plan = example_plan()
    frame = provision_frame(plan, SPEC)
    frame.loc[len(frame)] = {"what": "Quiet space at lunchtime", "outcome_ids": []}
    assert rows_from_frame(frame, plan)[-1]["id"] == "P4"


def test_the_csv_holds_hours_and_never_a_formula():
    plan = example_plan()
    plan.provision[0].what = '=HYPERLINK("http://example.org")'
    rows = list(csv.DictReader(io.StringIO(provision_csv(plan, SPEC).decode("utf-8"))))
    assert rows[0]["what"].startswith("'=")
    assert float(rows[0]["total_hours"]) == 12.0


def test_provision_a_past_review_reported_on_cannot_be_removed():
    plan = example_plan().model_copy(deep=True)
    plan = plan.model_validate(
        {
            **plan.model_dump(mode="json"),
            "reviews": [
                {"date": "2026-10-01", "provision_delivered": [{"provision_id": "P2", "as_planned": "yes"}]}
            ],
        }
    )
    rows = [row for row in rows_from_frame(provision_frame(plan, SPEC), plan) if row["id"] != "P2"]
    result = replace_provision(plan, rows)
    assert result.plan is None
    assert result.summary == [
        "Provision P2 was looked at in a past review, so it stays in the plan. "
        "To stop it, set its number of weeks so that it ends now."
    ]
