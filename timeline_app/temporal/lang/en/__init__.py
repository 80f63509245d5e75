"""English: lexicon.json (the words), rules.py (the extraction rules), abbreviations.txt."""
