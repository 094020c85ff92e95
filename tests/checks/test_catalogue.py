"""The provision catalogue: enough examples for every area, none with an invented number."""

from collections import Counter

import pytest

from sen_guide.catalogue import catalogue, provision_catalogue
from sen_guide.plan import Area
from sen_guide.provision_checker import check_provision

ENTRIES = provision_catalogue()
NUMBERS_FOR_THE_SCHOOL = {"no_who", "no_frequency", "no_session_length", "no_weeks"}


@pytest.mark.parametrize("area", list(Area), ids=str)
def test_every_area_of_need_has_at_least_ten_examples(area):
    assert Counter(entry.area for entry in ENTRIES)[area] >= 10


@pytest.mark.parametrize("area", list(Area), ids=str)
def test_every_area_has_both_ordinarily_available_and_additional_examples(area):
    assert {entry.availability for entry in provision_catalogue({area})} == {
        "ordinarily_available",
        "additional",
    }


def test_filtering_by_areas_keeps_only_those_areas_in_catalogue_order():
    areas = {Area.sensory_and_physical, Area.communication_and_interaction}
    chosen = provision_catalogue(areas)
    assert chosen == [entry for entry in ENTRIES if entry.area in areas]
    assert provision_catalogue(set()) == []


def test_catalogue_ids_are_unique():
    assert len({entry.id for entry in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.id)
def test_an_example_becomes_provision_with_no_numbers_and_no_vague_words(entry):
    item = entry.to_provision("P7")
    assert (item.id, item.what, item.who, item.why) == ("P7", entry.what, entry.who, entry.why)
    assert (item.sessions_per_week, item.session_minutes, item.duration_weeks, item.group_size) == (None,) * 4
    assert {finding.rule for finding in check_provision(item)} <= NUMBERS_FOR_THE_SCHOOL


def test_the_catalogue_says_its_items_are_examples_not_endorsements():
    assert "not endorsements" in catalogue().notice
    assert set(catalogue().availability_labels) == {"ordinarily_available", "additional"}
