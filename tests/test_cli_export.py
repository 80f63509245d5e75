"""`timeline-app export`: the CSV contract, stdout and file output, errors, formula cells.

Through the real command in a subprocess where the process boundary matters (stdout,
argument errors, exit status) and in-process (``timeline_app.cli.main``) elsewhere.
File formats and encodings are tested in tests/test_loaders_*.py.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.core.events import EXPORT_COLUMNS, empty_events
from timeline_app.core.export import events_csv, neutralise
from timeline_app.core.loaders import load_document

REPO = Path(__file__).resolve().parent.parent
CONTRACT = ["document", "sentence_index", "sentence", "expression", "start_char", "end_char",
            "timex_type", "timex_value", "start", "end", "granularity"]
FORMULA_START = ("=", "+", "-", "@")

# Front matter (stripped by the loader), curly quotes, an astral character and CRLF line
# ends (normalised by the loader): offsets must still index the loaded text.
ARTICLE = (
    "---\r\ntitle: Kupiansk\r\ndate: 2022-09-10\r\n---\r\n"
    "KYIV \u2014 \u201cWe are in Kupiansk,\u201d a commander said \U0001F642 on Saturday, Sept. 10, 2022.\r\n"
    "Troops entered the town on Sept. 8, 2022, after an advance that began on Sept. 6, 2022.\r\n"
)
FORMULAS = (
    "=cmd|' /C calc'!A0 was found in a file sent on Sept. 5, 2022.\n"
    "-Troops advanced on Sept. 6, 2022, the ministry said.\n"
    "@Reporters saw the town on Sept. 7, 2022.\n"
    "+The offensive began on Sept. 4, 2022.\n"
)


def write(path: Path, text: str) -> str:
    path.write_bytes(text.encode("utf-8"))
    return str(path)


def run_main(argv: list[str], capsys) -> tuple[int, str, str]:
    """``main(argv)`` in-process: (exit status, stdout, stderr); argparse's exit counts as a status."""
    try:
        rc = main(argv)
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return rc, out, err


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline_app", "export", *args],
                          cwd=REPO, capture_output=True, text=True, timeout=120)


def read_csv(data: str) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(data))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def unquote(cell: str) -> str:
    """A cell as written before formula neutralisation."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_START) else cell


def test_export_columns_are_the_contract():
    assert EXPORT_COLUMNS == CONTRACT
    header = events_csv(empty_events()).splitlines()[0].split(",")
    assert header[:len(CONTRACT)] == CONTRACT


def test_real_cli_to_stdout_says_where_the_reference_date_came_from(tmp_path):
    article = write(tmp_path / "kupiansk.txt", ARTICLE)
    r = run_cli(article, "--output", "-")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    header, rows = read_csv(r.stdout)
    assert header[:len(CONTRACT)] == CONTRACT
    assert rows, "an article with four dates exported no rows"
    assert {row["document"] for row in rows} == {article}
    source_lines = [ln for ln in r.stderr.splitlines() if ln.startswith(f"{article}: reference date 2022-09-10 (")]
    assert len(source_lines) == 1, r.stderr
    assert "front matter" in source_lines[0]


def test_offsets_index_the_loaded_text(tmp_path, capsys):
    article = write(tmp_path / "kupiansk.txt", ARTICLE)
    rc, out, err = run_main(["export", article, "--reference-date", "2022-09-10", "--output", "-"], capsys)
    assert rc == 0, err
    _, rows = read_csv(out)
    assert rows
    text = load_document(article).text
    assert "\r" not in text and not text.startswith("---")
    for row in rows:
        s, e = int(row["start_char"]), int(row["end_char"])
        assert text[s:e] == unquote(row["expression"]), row
        assert s >= int(row["sentence_start"]) and e <= int(row["sentence_end"]), row
        assert text[int(row["sentence_start"]):int(row["sentence_end"])] == unquote(row["sentence"]), row
    # the rows are in text order and the sentence index follows the sentences
    assert [int(r["start_char"]) for r in rows] == sorted(int(r["start_char"]) for r in rows)
    assert [int(r["sentence_index"]) for r in rows] == sorted(int(r["sentence_index"]) for r in rows)


def test_output_file_is_replaced_whole_and_no_temporary_file_is_left(tmp_path, capsys):
    article = write(tmp_path / "kupiansk.txt", ARTICLE)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "events.csv"
    target.write_text("stale,content\n" * 10_000, encoding="utf-8")
    rc, stdout, err = run_main(["export", article, "--reference-date", "2022-09-10", "--output", "-"], capsys)
    assert rc == 0, err
    rc, written_stdout, err = run_main(["export", article, "--reference-date", "2022-09-10",
                                        "--output", str(target)], capsys)
    assert rc == 0, err
    assert written_stdout == "", "with --output FILE nothing goes to stdout"
    assert target.read_bytes().decode("utf-8") == stdout
    assert sorted(os.listdir(out_dir)) == ["events.csv"]


def test_unwritable_output_is_one_error_line(tmp_path, capsys):
    article = write(tmp_path / "kupiansk.txt", ARTICLE)
    target = tmp_path / "no-such-folder" / "events.csv"
    rc, _, err = run_main(["export", article, "--reference-date", "2022-09-10", "--output", str(target)], capsys)
    assert rc != 0
    lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(lines) == 1 and str(target) in lines[0], err
    assert "Traceback" not in err
    assert not target.parent.exists()


@pytest.mark.parametrize("bad", ["2022-13-01", "2023-02-29", "yesterday"])
def test_bad_reference_date_is_one_line_without_traceback(tmp_path, bad):
    article = write(tmp_path / "kupiansk.txt", ARTICLE)
    r = run_cli(article, "--reference-date", bad, "--output", str(tmp_path / "out.csv"))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{r.stderr}"
    assert bad in lines[0]
    assert not (tmp_path / "out.csv").exists()


def test_missing_file_alone_exits_2_and_beside_a_good_file_exits_1(tmp_path, capsys):
    missing = str(tmp_path / "missing.txt")
    rc, out, err = run_main(["export", missing, "--reference-date", "2022-09-10"], capsys)
    assert rc == 2
    error_lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(error_lines) == 1 and error_lines[0].startswith(f"error: {missing}: "), err
    assert out == ""

    good = write(tmp_path / "kupiansk.txt", ARTICLE)
    rc, out, err = run_main(["export", good, missing, "--reference-date", "2022-09-10", "--output", "-"], capsys)
    assert rc == 1
    assert sum(ln.startswith(f"error: {missing}: ") for ln in err.splitlines()) == 1
    _, rows = read_csv(out)
    assert rows and {r["document"] for r in rows} == {good}


@pytest.mark.parametrize("cell, expected", [
    ("=1+1", "'=1+1"), ("+44 20 7946 0000", "'+44 20 7946 0000"), ("-Troops advanced", "'-Troops advanced"),
    ("@SUM(A1)", "'@SUM(A1)"), ("Troops advanced", "Troops advanced"), ("", ""), ("2022-09-10", "2022-09-10"),
])
def test_neutralise(cell, expected):
    assert neutralise(cell) == expected


def test_formula_cells_are_neutralised_in_the_export(tmp_path, capsys):
    doc = write(tmp_path / "formulas.txt", FORMULAS)
    rc, out, err = run_main(["export", doc, "--reference-date", "2022-09-10", "--output", "-"], capsys)
    assert rc == 0, err
    _, rows = read_csv(out)
    assert rows
    for row in rows:
        for col, cell in row.items():
            assert not (cell or "").startswith(FORMULA_START), f"{col} = {cell!r}"
    sentences = {r["sentence"] for r in rows}
    assert any(s.startswith("'=cmd") for s in sentences), sentences
    assert any(s.startswith("'-Troops") for s in sentences), sentences
    text = load_document(doc).text
    for row in rows:   # the quote is the only change: stripping it gives the text back
        assert unquote(row["sentence"]) == text[int(row["sentence_start"]):int(row["sentence_end"])]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`timeline-app --table FILE | head -1`: the closed pipe ends the listing quietly."""
    import subprocess as sp
    sample = Path(__file__).resolve().parents[1] / "resources" / "kharkiv-offensive.md"
    big = tmp_path / "big.md"  # output well past a pipe's buffer, so writing meets the closed pipe
    big.write_text(sample.read_text(encoding="utf-8") * 40, encoding="utf-8")
    p = sp.Popen([sys.executable, "-m", "timeline_app", "--table", str(big)], stdout=sp.PIPE, stderr=sp.PIPE)
    first = p.stdout.readline()
    p.stdout.close()  # like `head -1` exiting
    err = p.stderr.read().decode()
    p.wait(timeout=120)
    assert first.startswith(b"big.md: reference date")
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_table_reads_with_the_reference_date_and_mode_given(tmp_path, capsys):
    """`--table` reads the files as `export` does with the same --reference-date and --mode
    (it ignored both: a table of other dates than the window's and the export's)."""
    path = write(tmp_path / "story.txt", "In March 1942 the regiment crossed the river. Two days later it "
                                         "reached the town, and on Friday the bridge fell.\n")

    def table(*flags):
        rc, out, _ = run_main(["--table", path, *flags], capsys)
        assert rc == 0
        return out

    def exported(*flags):
        rc, out, _ = run_main(["export", path, "--output", "-", *flags], capsys)
        assert rc == 0
        return {r["expression"]: r["timex_value"] for r in csv.DictReader(io.StringIO(out))}

    for flags in (("--reference-date", "2024-03-13", "--mode", "news"),
                  ("--reference-date", "2024-03-13", "--mode", "narrative"),
                  ("--reference-date", "2019-07-01",)):
        out = table(*flags)
        assert f"reference date {flags[1]} (given by the user)" in out
        values = exported(*flags)
        for expression, value in values.items():
            assert any(f"{value} " in line and repr(expression) in line for line in out.splitlines()), (flags, out)
    friday = {f: exported("--reference-date", f)["Friday"] for f in ("2024-03-13", "2019-07-01")}
    assert friday == {"2024-03-13": "2024-03-08", "2019-07-01": "2019-06-28"}
    assert exported("--reference-date", "2024-03-13", "--mode", "news")["Two days later"] != \
        exported("--reference-date", "2024-03-13", "--mode", "narrative")["Two days later"]
