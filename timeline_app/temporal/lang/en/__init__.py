"""English: ``lexicon.json`` (the words), ``rules.py`` (the extraction rules built from them),
``abbreviations.txt`` (words whose full stop does not end a sentence)."""
from timeline_app.temporal.lang.en.rules import L as LEXICON, RS, RULES

__all__ = ["LEXICON", "RS", "RULES"]
