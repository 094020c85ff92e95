"""The need checker: a friendly nudge when a need is only a label, and what a need still lacks."""

import pytest

from sen_guide.cases import example_plan
from sen_guide.need_checker import check_need
from sen_guide.plan import Need

# (description, the rules that should fire, the words quoted back)
NEEDS = [
    ("autism", ["label_only"], '"autism"'),
    ("Autism.", ["label_only"], '"Autism"'),
    ("ADHD", ["label_only"], '"ADHD"'),
    ("He has ADHD", ["label_only"], '"ADHD"'),
    ("Sam has autism", ["label_only"], '"autism"'),
    ("Sam is dyslexic", ["label_only"], '"dyslexic"'),
    ("diagnosed with dyslexia", ["label_only"], '"dyslexia"'),
    ("Suspected dyslexia", ["label_only"], '"dyslexia"'),
    ("dyspraxia?", ["label_only"], '"dyspraxia"'),
    ("Autism, ADHD and anxiety", ["label_only"], '"Autism", "ADHD" and "anxiety"'),
    ("Has a diagnosis of autism spectrum disorder", ["label_only"], '"autism spectrum disorder"'),
    ("SEMH needs", ["label_only"], '"SEMH"'),
    ("Hearing impairment", ["label_only"], '"Hearing impairment"'),
    ("Speech and language difficulties", ["label_only"], '"Speech and language difficulties"'),
    ("", ["need_empty"], ""),
    ("Sam finds it hard to sound out new words when reading aloud.", [], ""),
    ("Autism: finds it hard to join in at busy playtimes", [], ""),
    ("ASD - struggles when routines change", [], ""),
    ("Anxious when the classroom is noisy", [], ""),
]


@pytest.mark.parametrize(("description", "rules", "quoted"), NEEDS, ids=[row[0] or "blank" for row in NEEDS])
def test_each_need_gets_exactly_its_findings(description, rules, quoted):
    findings = check_need(
        Need(id="N1", area="cognition_and_learning", description=description, evidence="Notes")
    )
    assert [finding.rule for finding in findings] == rules
    assert all(quoted in finding.message for finding in findings)


def test_a_label_gets_friendly_advice_not_a_problem():
    (finding,) = check_need(
        Need(id="N2", area="communication_and_interaction", description="autism", evidence="x")
    )
    assert (finding.severity, finding.item_id) == ("advice", "N2")


def test_a_need_with_no_area_or_evidence_is_told_both():
    findings = check_need(Need(id="N1", description="Finds it hard to start writing when the task is long."))
    assert [(f.rule, f.severity) for f in findings] == [("no_area", "problem"), ("no_evidence", "advice")]


def test_every_example_need_is_clean():
    assert [f for need in example_plan().needs for f in check_need(need)] == []
