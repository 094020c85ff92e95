"""Findings: what the checkers tell the user, and the one engine that runs checking rules written as data."""

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sen_guide.content import ContentFile, load_content
from sen_guide.forms import Role

Severity = Literal["problem", "advice"]
WORD = re.compile(r"\w")


class Finding(BaseModel):
    """One thing a checker found, in plain words, with why it matters and the paragraph behind it."""

    model_config = ConfigDict(frozen=True)

    rule: str
    item_id: str | None = None
    message: str
    why: str
    source: str
    severity: Severity

    def line(self) -> str:
        """The finding on one line, led by the id of the item it concerns, as the command line prints it."""
        head = f"{self.item_id}: " if self.item_id else ""
        return f"{head}{self.message} ({self.source})"


class RuleWords(ContentFile):
    """What a rule tells the user: the message, why it matters and where the rule comes from."""

    severity: Severity
    message: str
    why: str
    source: str

    def finding(self, rule: str, item_id: str | None, **values: object) -> Finding:
        """A finding in this rule's words; values fill the message's {placeholders}."""
        message = self.message.format(**values)
        return Finding(
            rule=rule,
            item_id=item_id,
            message=message,
            why=self.why,
            source=self.source,
            severity=self.severity,
        )


class PatternRule(RuleWords):
    """A rule about an item's words: which fields to read, which named pattern list to look for."""

    id: str
    look_at: list[str]
    find: str | None = None
    missing: str | None = None
    unless: str | None = None
    ignore: str | None = None
    alone_with: str | None = None
    stop: bool = False

    @model_validator(mode="after")
    def _finds_or_misses(self) -> "PatternRule":
        if (self.find is None) == (self.missing is None):
            raise ValueError(f"rule {self.id} needs exactly one of find and missing")
        return self


class RuleSet(ContentFile):
    """The rules for one kind of item, run in order; relations are rules that compare items."""

    rules: list[PatternRule] = Field(default_factory=list)
    relations: dict[str, RuleWords] = Field(default_factory=dict)
    limits: dict[str, int] = Field(default_factory=dict)


class PatternLists(ContentFile):
    """Named lists of regular expressions that rules refer to by name."""

    patterns: dict[str, list[str]]


class CheckWords(ContentFile):
    """Words shared by the checkers: the outcome sentence frame, the all-clear line and role hints."""

    sentence_frame: str
    all_clear: str
    hints: dict[str, dict[Role, str]]


def rule_set(kind: str) -> RuleSet:
    """The rules for one kind of item ("need", "outcome", "provision", "plan") from content/checks/."""
    return load_content(f"checks/{kind}", RuleSet)


def check_words() -> CheckWords:
    """The checkers' shared words from content/checks/words.yaml."""
    return load_content("checks/words", CheckWords)


def hint_for(rule: str, role: Role) -> str | None:
    """Extra help on a finding worded for a parent or a teacher; the findings themselves never change."""
    return check_words().hints.get(rule, {}).get(role)


@cache
def pattern(name: str) -> re.Pattern[str]:
    """A named pattern list as one case-blind expression, so each rule is a single search."""
    sources = load_content("checks/patterns", PatternLists).patterns[name]
    return re.compile("|".join(f"(?:{source})" for source in sources), re.IGNORECASE)


def check_item(item: BaseModel, kind: str, item_id: str | None) -> list[Finding]:
    """Run the rules for this kind of item in order; a rule marked stop ends the run when it fires."""
    findings: list[Finding] = []
    for rule in rule_set(kind).rules:
        finding = _apply(rule, item, item_id)
        if finding is not None:
            findings.append(finding)
            if rule.stop:
                break
    return findings


def _apply(rule: PatternRule, item: BaseModel, item_id: str | None) -> Finding | None:
    # Fields stay on their own lines so no phrase is found across two answers; spaces are folded.
    text = "\n".join(" ".join(_text(_read(item, path)).split()) for path in rule.look_at)
    if rule.ignore:
        text = pattern(rule.ignore).sub(" ", text)
    if rule.missing:
        return None if pattern(rule.missing).search(text) else rule.finding(rule.id, item_id)
    found = _distinct(match.group(0) for match in pattern(str(rule.find)).finditer(text))
    if not found or (rule.unless and pattern(rule.unless).search(text)) or not _alone(rule, text):
        return None
    return rule.finding(rule.id, item_id, found=quote_all(found))


def _alone(rule: PatternRule, text: str) -> bool:
    """True when the found words stand alone: only the rule's filler words are left beside them."""
    if rule.alone_with is None:
        return True
    leftover = pattern(rule.alone_with).sub(" ", pattern(str(rule.find)).sub(" ", text))
    return not WORD.search(leftover)


def _read(item: object, path: str) -> object:
    for part in path.split("."):
        item = getattr(item, part)
    return item


def _text(value: object) -> str:
    """Field values as text: empty when unset, dates as YYYY-MM-DD, lists joined by spaces."""
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(_text(part) for part in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _distinct(matches: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for match in matches:
        seen.setdefault(match.strip().casefold(), match.strip())
    return list(seen.values())


def quote_all(words: list[str]) -> str:
    """Quote each phrase and join them as a person would: "a", "b" and "c"."""
    quoted = [f'"{word}"' for word in words]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
