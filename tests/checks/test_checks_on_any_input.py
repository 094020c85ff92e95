"""Any plan and any words: the checkers never fail, and they quote only words the user really wrote."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sen_guide.findings import rule_set
from sen_guide.health_check import check_plan
from sen_guide.need_checker import check_need
from sen_guide.outcome_checker import check_outcome
from sen_guide.plan import Need, Outcome, Provision
from sen_guide.provision_checker import check_provision
from tests.strategies import plans

WORDS = st.text(max_size=300) | st.lists(
    st.sampled_from(
        ["improve", "access to", "autism", "will have", "by", "May", "2026", "<b>", "**", "{x}", " "]
    ),
    max_size=30,
).map(" ".join)
QUOTING_RULES = {
    rule.id for kind in ("need", "outcome", "provision") for rule in rule_set(kind).rules if rule.find
}
QUOTED = re.compile(r'"([^"]+)"')


def folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@settings(deadline=None)  # the first example loads the content files; speed lives in the benchmark
@given(plans())
def test_the_health_check_never_fails_on_a_valid_plan(plan):
    for finding in check_plan(plan):
        assert finding.message and finding.why and finding.source


@settings(deadline=None)
@given(WORDS, WORDS)
def test_words_quoted_back_are_words_the_user_wrote(first, second):
    written = folded(f"{first} {second}")
    findings = [
        *check_outcome(Outcome(id="O1", description=first, success_criteria=second)),
        *check_provision(Provision(id="P1", what=first, who=second)),
        *check_need(Need(id="N1", description=first, evidence=second)),
    ]
    for finding in findings:
        if finding.rule in QUOTING_RULES:
            assert any(folded(quoted) in written for quoted in QUOTED.findall(finding.message))
