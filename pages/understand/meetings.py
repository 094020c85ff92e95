"""Understand: Meetings and your voice, from content/guidance/meetings.md."""

from sen_guide.widgets.guidance import show_guidance

show_guidance("meetings")
