"""Download the agenda, the plan and calendar files; each PDF is built only when its button is clicked."""

import streamlit as st

from sen_guide import session
from sen_guide.agenda import AgendaOptions
from sen_guide.content import page_words
from sen_guide.exports import agenda_export, agenda_questions, calendar_exports, plan_export, printed_fonts
from sen_guide.widgets.text import show_notice

words = page_words("review_export")
plan = session.current_plan()
st.title(words["title"])
show_notice()
st.markdown(words["intro"])

st.subheader(words["options_heading"])
initials = st.checkbox(words["initials"], key="review_export_initials", help=words["initials_hint"])
draft = st.checkbox(words["draft"], key="review_export_draft", help=words["draft_hint"])
questions = agenda_questions(session.current_questions(), plan)
options = AgendaOptions(initials=initials, draft=draft, questions=questions)
agenda, plan_file = agenda_export(plan, options), plan_export(plan, options)
meeting, schedule = calendar_exports(plan)


def offer(export, label: str, key: str, kind: str = "secondary") -> None:
    """A download button; a PDF's data is a callable, so it is built only when clicked."""
    st.download_button(
        label,
        export.data,
        export.file_name,
        export.mime,
        key=key,
        on_click="ignore",
        type=kind,  # type: ignore[arg-type]
    )


st.subheader(words["agenda_heading"])
st.markdown(words["questions_note"].format(count=len(questions)))
st.page_link("pages/review/questions.py", label=words["questions_link"])
offer(agenda, words["agenda_button"], "review_export_agenda", "primary")
st.subheader(words["plan_heading"])
offer(plan_file, words["plan_button"], "review_export_plan")
body, fallbacks = printed_fonts(plan, options)
st.caption(
    words["fonts"].format(body=body)
    + (" " + words["fallback_fonts"].format(fonts=", ".join(fallbacks)) if fallbacks else "")
)

st.subheader(words["calendar_heading"])
st.caption(words["calendar_hint"])
if meeting is None:
    st.markdown(words["no_meeting"])
    st.page_link("pages/review/meeting.py", label=words["meeting_link"])
else:
    offer(meeting, words["meeting_button"], "review_export_meeting")
offer(schedule, words["schedule_button"], "review_export_schedule")
st.caption(words["schedule_hint"])
