"""Imported once, by the fork server of a local cluster: loads spaCy there.

Every worker process of ``--cluster local:N`` is forked from that server, so it starts
with the pipeline loaded and shared copy-on-write, as ``--workers`` forks its pool after
one load, instead of spawning a fresh interpreter that loads its own. Forked workers also
leave with ``os._exit``, without a second of tearing the model down at the end.
"""

import distributed  # noqa: F401 - imported here once, not in every worker

from tui_reader.analysis.nlp import get_nlp

get_nlp()
