"""The columns of the events table and of its CSV (the export contract), in a module of their own:
the command line's ``export`` writes the CSV header in its parent process, which tags nothing when
a process pool tags (``core/batch.py``) and so never imports the tagger (``core.events`` does)."""

# The export contract: these columns first, in this order.
EXPORT_COLUMNS = [
    "document", "sentence_index", "sentence", "expression", "start_char", "end_char",
    "timex_type", "timex_value", "start", "end", "granularity",
]
EXTRA_COLUMNS = ["explanation", "rule", "mod", "sentence_start", "sentence_end", "reference_date"]
EVENT_COLUMNS = EXPORT_COLUMNS + EXTRA_COLUMNS
