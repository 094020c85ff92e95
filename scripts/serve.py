"""Starts the app as `streamlit run app.py` does, minus Streamlit's legacy `pages/` mode.

Streamlit 1.67 treats a folder named `pages/` beside the entry script as its old multipage layout
until a script run calls `st.navigation`; so the first visitor after every start saw a "Page not
found" dialog over the page they asked for. This app always uses `st.navigation`, so the old mode
is switched off before the server starts. Usage: `python scripts/serve.py [streamlit run options]`.
"""

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"


def main(options: list[str]) -> None:
    PagesManager.uses_pages_directory = False
    cli.main(args=["run", str(APP), *options], prog_name="streamlit")


if __name__ == "__main__":
    main(sys.argv[1:])
