"""Understand: When support is not working, from content/guidance/not_working.md."""

from sen_guide.widgets.guidance import show_guidance

show_guidance("not_working")
