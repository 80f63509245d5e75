"""What the process pool's fork server imports before it forks the workers (``batch._context``):
the batch functions and the tagger with every rule compiled and one short text tagged, so that
each worker starts ready instead of compiling, each for itself, the rules and scanners it meets
on its first documents (about 0.4 CPU s per worker; here once for all of them, and the pages
are shared by the forked workers)."""
from __future__ import annotations

import gc
from datetime import date

from timeline_app.core import batch  # noqa: F401  (the functions the workers run)
from timeline_app.core.document import Document
from timeline_app.core.events import document_rows
from timeline_app.temporal.tagger import prepare_rules

prepare_rules()
# the trigger scanners and the caches of a first tagging
document_rows(Document(path="warm-up.txt", text="On Monday, 3 May 2021, the talks resumed after two weeks; "
                                                 "they end next Friday at 5pm.", reference_date=date(2021, 5, 5)))
# all of it lives as long as the workers: out of the collector's full passes, its pages left
# shared with them (``tagger.startup_set_aside`` says why)
gc.freeze()
