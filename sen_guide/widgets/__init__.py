"""Reusable Streamlit pieces, one module per kind; with session.py, the only code that draws widgets.

Pages import from the module they need, so a page never loads pandas or altair it does not use.
"""
