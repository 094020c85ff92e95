"""The provision page's totals, £6,000 threshold note and catalogue of examples."""

import streamlit as st

from sen_guide.areas import area_label
from sen_guide.catalogue import catalogue, provision_catalogue
from sen_guide.plain_text import escape_markdown
from sen_guide.plan import SupportPlan
from sen_guide.plan_edits import add_catalogue_example
from sen_guide.provision_figures import hours_lines, is_over_threshold
from sen_guide.session import (
    current_plan,
    finish_edit,
)


def show_provision_totals(plan: SupportPlan, words: dict[str, str]) -> None:
    """Hours per item and in total, the cost where given, and the £6,000 threshold in plain words."""
    st.subheader(words["totals_heading"])
    st.markdown("\n".join(f"- {escape_markdown(line)}" for line in hours_lines(plan, words)))
    if plan.total_cost_gbp is not None:
        st.markdown(escape_markdown(words["cost_line"].format(cost=f"{plan.total_cost_gbp:,.0f}")))
        if is_over_threshold(plan):
            st.warning(words["threshold_over"])
    st.caption(words["threshold"])


def show_catalogue(plan: SupportPlan, words: dict[str, str]) -> None:
    """Examples of provision for the plan's areas of need, each added to the table in one click."""
    book = catalogue()
    areas = {need.area for need in plan.needs if need.area}
    with st.expander(words["catalogue_heading"]):
        st.markdown(book.notice)
        if not areas:
            st.markdown(words["catalogue_no_needs"])
        for entry in provision_catalogue(areas):
            with st.container(border=True):
                st.markdown(f"**{entry.what}**  \n{entry.why}")
                st.caption(f"{area_label(entry.area)} · {book.availability_labels[entry.availability]}")
                if st.button(words["catalogue_add"].format(what=entry.what), key=f"provision_add_{entry.id}"):
                    finish_edit(
                        "provision", add_catalogue_example(current_plan(), entry), words["catalogue_added"]
                    )
