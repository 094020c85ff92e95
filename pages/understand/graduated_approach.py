"""Understand: Assess, plan, do, review, from content/guidance/graduated_approach.md."""

from sen_guide.widgets.guidance import show_guidance

show_guidance("graduated_approach")
