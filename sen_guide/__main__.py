"""Entry point for `python -m sen_guide`."""

from sen_guide.cli import main

raise SystemExit(main())
