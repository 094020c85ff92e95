"""Hypothesis strategies that build valid plans, for round trips and for mutating into bad ones."""

import datetime as dt

from hypothesis import strategies as st

from sen_guide.plan import YEAR_GROUPS, Area, Need, Outcome, Provision, Pupil, SupportPlan

text = st.text(max_size=60)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
START = dt.date(2026, 9, 1)
later_dates = st.dates(min_value=START, max_value=dt.date(2028, 12, 31))


@st.composite
def plans(draw) -> SupportPlan:
    need_ids = [f"N{n}" for n in range(1, draw(st.integers(0, 4)) + 1)]
    outcome_ids = [f"O{n}" for n in range(1, draw(st.integers(0, 5)) + 1)]
    needs = [
        Need(
            id=nid, area=draw(st.none() | st.sampled_from(Area)), description=draw(text), evidence=draw(text)
        )
        for nid in need_ids
    ]
    outcomes = [
        Outcome(
            id=oid,
            need_ids=draw(st.lists(st.sampled_from(need_ids), unique=True)) if need_ids else [],
            description=draw(text),
            success_criteria=draw(text),
            baseline=draw(text),
            target_date=draw(st.none() | later_dates),
            status=draw(st.sampled_from(["active", "achieved", "closed"])),
        )
        for oid in outcome_ids
    ]
    provision = [
        Provision(
            id=f"P{n}",
            outcome_ids=draw(st.lists(st.sampled_from(outcome_ids), unique=True)) if outcome_ids else [],
            what=draw(text),
            who=draw(text),
            sessions_per_week=draw(st.none() | st.floats(0.5, 25)),
            session_minutes=draw(st.none() | st.integers(5, 240)),
            duration_weeks=draw(st.none() | st.integers(1, 52)),
            group_size=draw(st.none() | st.integers(1, 40)),
            start_date=draw(st.none() | dates),
            why=draw(text),
            cost_per_week_gbp=draw(st.none() | st.floats(0, 10_000)),
        )
        for n in range(1, draw(st.integers(0, 6)) + 1)
    ]
    pupil = Pupil(
        name=draw(text),
        year_group=draw(st.none() | st.sampled_from(YEAR_GROUPS)),
        date_of_birth=draw(st.none() | dates),
        pupil_views=draw(text),
        parent_views=draw(text),
    )
    return SupportPlan(
        pupil=pupil,
        needs=needs,
        outcomes=outcomes,
        provision=provision,
        start_date=draw(st.none() | st.just(START)),
        expected_progress=draw(text),
        next_review_date=draw(st.none() | later_dates),
    )
