"""Dates, names and provision figures written out for print, and the running order's timings."""

import datetime as dt

import pytest

from sen_guide.agenda_parts import share_minutes
from sen_guide.dates import clock_time, day_and_date, long_date
from sen_guide.document_words import agenda_words
from sen_guide.plan import Meeting, Provision, ProvisionDelivered
from sen_guide.printed_values import delivery, file_name, how_often, initials, name_hider


@pytest.mark.parametrize(
    ("day", "written"),
    [(dt.date(2026, 11, 25), "25 November 2026"), (dt.date(2027, 1, 1), "1 January 2027")],
    ids=["no leading zero needed", "single digit day"],
)
def test_dates_are_written_the_gov_uk_way(day, written):
    assert long_date(day) == written


def test_a_meeting_date_says_the_weekday():
    assert day_and_date(dt.date(2026, 12, 7)) == "Monday 7 December 2026"


@pytest.mark.parametrize(
    ("moment", "written"),
    [
        (dt.time(15, 30), "3:30pm"),
        (dt.time(9, 0), "9am"),
        (dt.time(12, 0), "midday"),
        (dt.time(0, 0), "midnight"),
    ],
    ids=["afternoon", "on the hour", "midday", "midnight"],
)
def test_times_are_written_the_gov_uk_way(moment, written):
    assert clock_time(moment) == written


@pytest.mark.parametrize(
    ("name", "shown"),
    [("Sam Taylor", "S. T."), ("sam", "S."), ("Zoë Ann-Marie Ó Briain", "Z. A. Ó. B."), ("", "")],
    ids=["first and last", "one name in lower case", "accents and hyphen", "no name"],
)
def test_initials_keep_one_letter_of_each_name(name, shown):
    assert initials(name) == shown


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Sam Taylor reads", "S. T. reads"),
        ("Mrs Taylor says Sam is happy", "Mrs T. says S. is happy"),
        ("SAM TAYLOR and sam taylor", "S. T. and S. T."),
        ("SAM and Sam", "S. and S."),
        ("the same samples", "the same samples"),
    ],
    ids=["full name", "each part", "full name in any case", "capitals", "not inside other words"],
)
def test_the_name_hider_swaps_each_part_of_the_name_for_its_initial(text, hidden):
    assert name_hider("Sam Taylor")(text) == hidden


def test_a_name_that_is_also_a_word_leaves_the_lower_case_word_alone():
    assert name_hider("Will Grace")("Will will read with grace") == "W. will read with grace"


@pytest.mark.parametrize(
    ("sessions", "written"),
    [
        (1, "Once a week"),
        (2, "Twice a week"),
        (3, "3 times a week"),
        (0.5, "Once every 2 weeks"),
        (1.5, "1.5 times a week"),
        (None, "Not set yet"),
    ],
    ids=["once", "twice", "three times", "fortnightly", "fractional", "not set"],
)
def test_how_often_is_said_in_words(sessions, written):
    assert how_often(Provision(id="P1", sessions_per_week=sessions)) == written


@pytest.mark.parametrize(
    ("record", "written"),
    [
        (None, "Not reviewed yet"),
        (ProvisionDelivered(provision_id="P1", as_planned="yes"), "Yes, as planned"),
        (
            ProvisionDelivered(provision_id="P1", as_planned="partly", sessions_missed=1),
            "Partly. 1 session missed",
        ),
        (
            ProvisionDelivered(provision_id="P1", as_planned="no", sessions_missed=6, notes="Staff away."),
            "No. 6 sessions missed. Staff away.",
        ),
    ],
    ids=["not reviewed", "as planned", "one missed", "not delivered with notes"],
)
def test_delivery_tells_did_not_happen_apart_from_did_not_work(record, written):
    assert delivery(record) == written


def test_file_names_are_plain_ascii_from_the_shown_name():
    assert file_name("review-agenda", "Zoë Wróbel", "2026-12-07") == "review-agenda-zoe-wrobel-2026-12-07.pdf"


@pytest.mark.parametrize(
    "length", [15, 20, 30, 45, 50, 60, 90, 120, 240], ids=lambda minutes: f"{minutes} minutes"
)
def test_running_order_timings_add_up_to_the_meeting_length(length):
    minutes = share_minutes([item.minutes for item in agenda_words().running_order], length)
    assert (sum(minutes), min(minutes) >= 1) == (length, True)


def test_the_running_order_in_content_gives_a_45_minute_meeting_its_own_minutes():
    weights = [item.minutes for item in agenda_words().running_order]
    assert share_minutes(weights, 45) == weights


def test_the_running_order_fits_the_shortest_meeting_the_plan_allows():
    shortest = Meeting.model_json_schema()["properties"]["length_minutes"]["anyOf"][0]["minimum"]
    assert len(agenda_words().running_order) <= shortest


def test_uneven_weights_still_add_up_with_a_minute_for_each():
    assert sum(share_minutes([100, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 15)) == 15
