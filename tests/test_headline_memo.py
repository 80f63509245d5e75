"""The headline memo (``headlines._HEADLINE_MEMO``): a sentence repeated in another document (a
wire copy) takes its headline from the memo, and gets exactly what the clause finder would make
there -- also where the finder reads beyond the sentence (a sentence-initial "She" named from the
sentences before, a dash after a space, the text's first sentence)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core import headlines
from timeline_app.core.document import Document
from timeline_app.core.events import document_rows

REF = date(2023, 3, 10)

# the same sentences in several documents, after different sentences (and at a text's start)
TEXTS = [
    "Anna Berg chaired the board for a decade. She resigned on Monday after the vote.\n\n"
    "The council approved the budget on 3 March, officials said.",
    "Maria Lopez, a lawyer, led the firm until last year. She resigned on Monday after the vote.\n\n"
    "The council approved the budget on 3 March, officials said.",
    "The council approved the budget on 3 March, officials said. She resigned on Monday after the vote.",
    "Talks ended. - The council approved the budget on 3 March, officials said.\n\n"
    "Anna Berg chaired the board for a decade. She resigned on Monday after the vote.",
    "Talks ended.-The council approved the budget on 3 March, officials said.",
]


def _headlined(texts: list[str]) -> list[list[tuple]]:
    out = []
    for k, text in enumerate(texts):
        doc = Document(path=f"wire-{k}.txt", text=text, reference_date=REF)
        rows = headlines.headline_rows(doc, document_rows(doc))
        out.append([(r["expression"], r["start_char"], r.get("headline"), r.get("clause_start"), r.get("clause_end"))
                    for r in rows])
    return out


@pytest.fixture
def fresh_memo(monkeypatch):
    monkeypatch.setattr(headlines, "_HEADLINE_MEMO", {})
    monkeypatch.setattr(headlines, "_MEMO_ON", True)
    return headlines._HEADLINE_MEMO


def test_repeated_sentences_get_what_the_clause_finder_makes_there(fresh_memo, monkeypatch):
    with_memo = _headlined(TEXTS)
    # the memo was used: each sentence remembered once, the pronoun's never
    assert fresh_memo
    assert not any("She resigned" in key[1] for key in fresh_memo)
    monkeypatch.setattr(headlines, "_MEMO_ON", False)
    monkeypatch.setattr(headlines, "_HEADLINE_MEMO", {})
    assert with_memo == _headlined(TEXTS)
    # the same sentence: a name from the sentence before, each its own
    resigned = [h for rows in with_memo for e, _s, h, _a, _b in rows if e == "Monday"]
    assert resigned[0].startswith("Anna Berg resigned") and resigned[1].startswith("Maria Lopez resigned")


def test_a_remembered_headline_is_moved_to_its_sentence(fresh_memo):
    first, second = _headlined(TEXTS[:2])
    budget = [r for r in first if r[0] == "3 March"][0]
    again = [r for r in second if r[0] == "3 March"][0]
    shift = TEXTS[1].index("The council") - TEXTS[0].index("The council")
    assert shift != 0
    assert again[2] == budget[2] and again[1] == budget[1] + shift
    assert (again[3], again[4]) == (budget[3] + shift, budget[4] + shift)
    key = next(k for k in fresh_memo if k[1].startswith("The council"))
    assert fresh_memo[key][0] == budget[2]


def test_the_memo_is_bounded(fresh_memo, monkeypatch):
    monkeypatch.setattr(headlines, "HEADLINE_MEMO_MAX", 2)
    _headlined(TEXTS)
    assert 0 < len(fresh_memo) <= 2


ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


def _rows_of(path: str, text: str) -> list[tuple]:
    doc = Document(path=path, text=text, reference_date=REF)
    return [(r["start_char"], r["end_char"], r["headline"], r["clause_start"], r["clause_end"])
            for r in headlines.headline_rows(doc, document_rows(doc))]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.name)
def test_the_clause_finder_reads_nothing_outside_the_sentence_that_the_memo_leaves_out(article, fresh_memo,
                                                                                     monkeypatch):
    """The memo's premise, on the test articles: their paragraphs told in the reverse order first
    (each sentence after other sentences), then the article itself takes what it can from the memo
    and must get what the clause finder makes with the memo off. A headline rule that comes to read
    the text before its sentence (beyond ``_named_antecedent``, which the memo leaves out) fails here:
    key it in ``headlines._HEADLINE_MEMO`` too."""
    text = article.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    _rows_of("reversed-" + article.name, "\n\n".join(reversed(paragraphs)))
    assert fresh_memo
    doc = Document(path=str(article), text=text, reference_date=REF)
    keys = [(text[r["sentence_start"] - 1] if r["sentence_start"] else "", text[r["sentence_start"]:r["sentence_end"]],
             r["start_char"] - r["sentence_start"], r["end_char"] - r["sentence_start"]) for r in document_rows(doc)]
    assert any(k in fresh_memo for k in keys)      # (120 of the 164 rows of the 13 articles are taken from it)
    with_memo = _rows_of(str(article), text)
    monkeypatch.setattr(headlines, "_MEMO_ON", False)
    assert with_memo == _rows_of(str(article), text)
