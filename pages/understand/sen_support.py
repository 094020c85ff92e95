"""Understand: What SEN support is, from content/guidance/sen_support.md."""

from sen_guide.widgets.guidance import show_guidance

show_guidance("sen_support")
