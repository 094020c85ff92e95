"""The benchmark's table: each measure, the baseline measured in the same run, the ratio and the target."""

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One line of the table, with the targets (on the ratio, on the value, or none) it must meet."""

    measure: str
    ours: float
    unit: str
    baseline: float | None = None
    ratio_limit: float | None = None
    value_limit: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None

    @property
    def target(self) -> str:
        parts = [f"≤ {self.ratio_limit}x"] if self.ratio_limit is not None else []
        return " and ".join(
            [*parts, *([f"≤ {self.value_limit} {self.unit}".strip()] if self.value_limit is not None else [])]
        )

    @property
    def verdict(self) -> str:
        if self.ratio_limit is None and self.value_limit is None:
            return ""
        ratio_ok = self.ratio_limit is None or (self.ratio is not None and self.ratio <= self.ratio_limit)
        value_ok = self.value_limit is None or self.ours <= self.value_limit
        return "met" if ratio_ok and value_ok else "MISSED"


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank), the figure the targets use for latency."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)] if ordered else float("nan")


def median(values: list[float]) -> float:
    return statistics.median(values)


def table(rows: list[Row]) -> str:
    """A Markdown table, so the same text goes into docs/benchmarks.md."""
    lines = ["| measure | ours | baseline | ratio | target | result |", "|---|---:|---:|---:|---|---|"]
    for row in rows:
        baseline = f"{row.baseline:.1f} {row.unit}".strip() if row.baseline is not None else ""
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        ours = f"{row.ours:.1f} {row.unit}".strip()
        lines.append(f"| {row.measure} | {ours} | {baseline} | {ratio} | {row.target} | {row.verdict} |")
    return "\n".join(lines)
