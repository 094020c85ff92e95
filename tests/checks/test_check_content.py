"""The checkers' content files: every rule is complete, every pattern works, every source is a citation."""

import re
import string

import pytest
from pydantic import ValidationError

from sen_guide.content import load_content
from sen_guide.findings import PatternLists, RuleSet, check_words, hint_for, pattern, rule_set

KINDS = ["need", "outcome", "provision", "plan"]
RULES = [(kind, rule) for kind in KINDS for rule in rule_set(kind).rules]
RELATIONS = [(kind, name, words) for kind in KINDS for name, words in rule_set(kind).relations.items()]
ALL_RULE_IDS = [rule.id for _, rule in RULES] + [name for _, name, _ in RELATIONS]
PATTERNS = load_content("checks/patterns", PatternLists).patterns
CITATION = re.compile(
    r"SEND Code of Practice 6\.\d\d(-6\.\d\d|-\d\d)?( and 6\.\d\d)?|Local authority SEN support guidance"
)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_rule_ids_are_unique_across_every_checker():
    assert len(ALL_RULE_IDS) == len(set(ALL_RULE_IDS))


@pytest.mark.parametrize(("kind", "rule"), RULES, ids=[rule.id for _, rule in RULES])
def test_each_rule_names_only_pattern_lists_that_exist(kind, rule):
    named = {rule.find, rule.missing, rule.unless, rule.ignore, rule.alone_with} - {None}
    assert named <= set(PATTERNS)


@pytest.mark.parametrize(("kind", "rule"), RULES, ids=[rule.id for _, rule in RULES])
def test_a_rule_quotes_words_exactly_when_it_finds_words(kind, rule):
    assert placeholders(rule.message) == ({"found"} if rule.find else set())


@pytest.mark.parametrize(
    ("kind", "words"),
    [(kind, words) for kind, words in RULES] + [(kind, words) for kind, _, words in RELATIONS],
    ids=ALL_RULE_IDS,
)
def test_each_rule_says_why_and_cites_a_source(kind, words):
    assert words.why.endswith(".") and words.message.endswith(".")
    assert CITATION.fullmatch(words.source)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_pattern_list_compiles_and_matches_nothing_in_empty_text(name):
    assert pattern(name).search("") is None


RULE = {
    "id": "x",
    "look_at": ["what"],
    "missing": "anything",
    "severity": "advice",
    "message": "m.",
    "why": "w.",
}


@pytest.mark.parametrize(
    "bad",
    [
        {**RULE, "sevrity": "advice"},
        {**RULE, "find": "anything"},
        {k: v for k, v in RULE.items() if k != "missing"},
    ],
    ids=["misspelt key", "find and missing", "neither find nor missing"],
)
def test_a_mistake_in_a_rule_fails_loudly(bad):
    with pytest.raises(ValidationError):
        RuleSet.model_validate({"rules": [{**bad, "source": "SEND Code of Practice 6.48"}]})


@pytest.mark.parametrize("rule", sorted(check_words().hints))
def test_hints_exist_for_both_roles_and_only_for_real_rules(rule):
    assert rule in ALL_RULE_IDS
    assert hint_for(rule, "parent") and hint_for(rule, "teacher")
    assert hint_for(rule, "parent") != hint_for(rule, "teacher")


def test_a_rule_with_no_hint_has_none_for_either_role():
    assert hint_for("no_start_date", "parent") is None


def test_the_limits_are_the_ones_the_guidance_gives():
    assert rule_set("plan").limits == {"review_weeks": 14, "outcomes": 4}
