"""``python -m tui_reader`` runs the same CLI as the ``newsreader`` script."""

from tui_reader.cli import main

raise SystemExit(main())
