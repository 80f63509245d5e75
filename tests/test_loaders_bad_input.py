"""Bad input, for real: each bad file gets exactly one reason, the rest still load and export,
no traceback, bounded reads, and folders (including one of thousands of files)."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import pytest
from hypothesis import given, settings, strategies as st

import loader_fixtures as F
from timeline_app.cli import main
from timeline_app.core.document import LoadError
from timeline_app.core.formats import common
from timeline_app.core.loaders import expand_paths, load_document, load_paths

SEED = F.seed_text()
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def reason(path) -> str:
    with pytest.raises(LoadError) as e:
        load_document(str(path))
    assert e.value.path == str(path)
    assert "\n" not in e.value.reason and e.value.reason
    return e.value.reason


def seed_docx_bytes(tmp_path) -> bytes:
    with open(F.write_seed_docx(str(tmp_path / "_ok.docx")), "rb") as f:
        return f.read()


# ------------------------------------------------------------------ one reason per bad file

@pytest.mark.parametrize("name", ["e.txt", "e.md", "e.html", "e.docx", "e.pdf"])
def test_empty_file(tmp_path, name):
    assert "empty" in reason(F.write_bytes(tmp_path / name, b""))


def test_whitespace_only_and_bom_only_files_are_empty(tmp_path):
    assert "empty" in reason(F.write_bytes(tmp_path / "w.txt", b" \r\n\t\n"))
    assert "empty" in reason(F.write_bytes(tmp_path / "b.txt", b"\xff\xfe"))


def test_front_matter_only_markdown(tmp_path):
    assert "only front matter" in reason(F.write_text(tmp_path / "a.md", "---\ndate: 2022-09-10\n---\n"))


def test_binary_file_with_a_text_extension(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20
    assert "binary" in reason(F.write_bytes(tmp_path / "photo.txt", png))


def test_binary_without_nul_bytes_is_still_refused(tmp_path):
    assert "binary" in reason(F.write_bytes(tmp_path / "ctl.md", bytes(range(1, 32)) * 200))


def test_binary_html(tmp_path):
    assert "binary" in reason(F.write_bytes(tmp_path / "x.html", b"\x00\x01\x02" * 1000))


def test_html_with_no_article_text(tmp_path):
    p = tmp_path / "blank.html"
    p.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body></body></html>")
    assert "no article text" in reason(p)


def test_truncated_pdf(tmp_path):
    data = F.seed_pdf()
    assert "truncated" in reason(F.write_bytes(tmp_path / "t.pdf", data[: len(data) // 2]))


def test_encrypted_pdf(tmp_path):
    assert "encrypted PDF" in reason(F.write_bytes(tmp_path / "locked.pdf", F.encrypted_pdf()))


def test_scanned_pdf_without_a_text_layer_says_so(tmp_path):
    assert "no text layer" in reason(F.write_bytes(tmp_path / "scan.pdf", F.make_pdf(None, draw_only=True)))


def test_a_pdf_that_is_not_a_pdf(tmp_path):
    assert "not a PDF" in reason(F.write_bytes(tmp_path / "x.pdf", SEED.encode()))


def test_pdf_with_a_broken_body(tmp_path):
    data = F.seed_pdf()
    start = data.index(b"2 0 obj")
    broken = data[:start] + b"\x00garbage" * 40 + data[start + 320:]
    r = reason(F.write_bytes(tmp_path / "b.pdf", broken))
    assert "PDF" in r


def test_corrupt_docx_variants(tmp_path):
    good = seed_docx_bytes(tmp_path)
    assert "damaged" in reason(F.write_bytes(tmp_path / "half.docx", good[: len(good) // 2]))
    assert "not a Word document" in reason(F.write_bytes(tmp_path / "text.docx", SEED.encode()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("notes.txt", "hello")
    assert "no word/document.xml" in reason(F.write_bytes(tmp_path / "zip.docx", buf.getvalue()))
    # a real package whose main part is not XML
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buf, "w") as z:
        for item in src.infolist():
            z.writestr(item, b"<w:document><oops" if item.filename == "word/document.xml" else src.read(item))
    assert "damaged Word document" in reason(F.write_bytes(tmp_path / "xml.docx", buf.getvalue()))


def test_password_protected_or_old_word_file(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    assert "password-protected or old-format" in reason(F.write_bytes(tmp_path / "secret.docx", ole))


def test_docx_that_unpacks_too_large(tmp_path, monkeypatch):
    # the real limit is 200 MB; a 2 MB part against a 1 MB limit exercises the same check
    monkeypatch.setattr("timeline_app.core.formats.worddoc.MAX_UNPACKED_BYTES", 1 * common.MB)
    good = seed_docx_bytes(tmp_path)
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item, src.read(item))
        z.writestr("word/media/zeros.bin", b"\x00" * (2 * common.MB))
    assert "too large once unpacked" in reason(F.write_bytes(tmp_path / "bomb.docx", buf.getvalue()))


def test_50_mb_text_file_is_refused_with_size_and_limit(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        chunk = (SEED.encode() + b"\n") * 160  # ~1 MB of real text
        while f.tell() < 50 * common.MB:
            f.write(chunk)
    r = reason(p)
    assert r.startswith("file too large (50.") and "the limit for this type is 10.0 MB" in r


def test_capped_read_never_takes_more_than_the_limit(tmp_path):
    p = F.write_bytes(tmp_path / "a.txt", b"x" * 5000)
    assert common.read_capped(p, 5000) == b"x" * 5000
    with pytest.raises(LoadError, match="too large"):
        common.read_capped(p, 4999)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs Linux's /proc")
def test_capped_read_takes_a_file_that_grew_since_its_size_was_read():
    # read_capped reads the size the file had and one byte more; a file that holds more than its
    # size (here /proc: size 0) is read on, to the limit and no further
    want = open("/proc/self/status", "rb").read()
    assert len(want) > 100
    got = common.read_capped("/proc/self/status", 100_000)
    assert got.startswith(b"Name:") and len(got) > 100 and b"VmPeak" in got
    with pytest.raises(LoadError, match="too large"):
        common.read_capped("/proc/self/status", 50)


def test_unsupported_and_old_formats(tmp_path):
    assert "unsupported file type .jpg" in reason(F.write_bytes(tmp_path / "a.jpg", b"\xff\xd8\xff"))
    assert "unsupported file type .doc " in reason(F.write_bytes(tmp_path / "a.doc", b"x"))
    assert "unsupported file type (no extension)" in reason(F.write_bytes(tmp_path / "README", b"x"))


def test_missing_file(tmp_path):
    assert reason(tmp_path / "nope.txt") == "no such file"
    files, skipped, errors = expand_paths([str(tmp_path / "nope.txt")])
    assert files == [] and [e.reason for e in errors] == ["no such file or folder"]


def test_a_folder_named_like_a_file(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    assert "is a folder" in reason(tmp_path / "folder.txt")


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in reason(fifo)


def _run_as_nobody(code: str, *args: str):
    """Run ``code`` as user nobody with the checkout importable; None if this machine cannot."""
    env = {"PYTHONPATH": REPO, "PATH": "/usr/bin:/bin"}
    for python in (sys.executable, "/usr/bin/python3"):
        try:
            probe = subprocess.run([python, "-c", "import timeline_app.core.loaders"], capture_output=True,
                                   user=65534, group=65534, extra_groups=[], cwd="/", env=env, timeout=60)
        except OSError:
            continue
        if probe.returncode == 0:
            return subprocess.run([python, "-c", code, *args], capture_output=True, text=True,
                                  user=65534, group=65534, extra_groups=[], cwd="/", env=env, timeout=60)
    return None


def test_file_without_read_permission(tmp_path):
    if os.geteuid() != 0:
        p = F.write_text(tmp_path / "secret.txt", SEED)
        os.chmod(p, 0)
        try:
            assert reason(p) == "permission denied"
        finally:
            os.chmod(p, 0o644)
        return
    # Root reads anything, so chmod 000 blocks nothing for root: load the file as user "nobody"
    # from a folder nobody may enter, so it is the file's own mode that refuses.
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="loader-perm-")
    try:
        os.chmod(folder, 0o755)
        target = F.write_text(os.path.join(folder, "secret.txt"), SEED)
        os.chmod(target, 0)
        code = ("import sys\n"
                "from timeline_app.core.loaders import load_paths\n"
                "docs, errors = load_paths([sys.argv[1], sys.argv[2]])\n"
                "print(len(docs)); [print(e.path, '|', e.reason) for e in errors]\n")
        readable = F.write_text(os.path.join(folder, "open.txt"), SEED)
        r = _run_as_nobody(code, target, readable)
        if r is None:
            pytest.skip("running as root, and no Python here can run as user nobody: chmod 000 blocks nothing for root")
        assert "Traceback" not in r.stderr, r.stderr
        assert r.stdout.splitlines() == ["1", f"{target} | permission denied"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_a_load_error(data):
    try:
        text, enc, warnings = common.decode_bytes("x.txt", data)
    except LoadError as e:
        assert e.reason
    else:
        assert isinstance(text, str) and enc


# ------------------------------------------------------------------ folders

def test_folder_recursive_sorted_with_skips_and_errors(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    F.write_text(tmp_path / "z.txt", SEED)
    F.write_text(tmp_path / "a" / "deep" / "x.md", "---\ndate: 2022-09-10\n---\n" + SEED)
    (tmp_path / "b" / "page.htm").write_text(F.seed_html(), encoding="utf-8")
    F.write_bytes(tmp_path / "b" / "empty.txt", b"")
    F.write_bytes(tmp_path / "b" / "photo.jpg", b"\xff\xd8")
    F.write_bytes(tmp_path / "b" / ".hidden.txt", b"x")
    F.write_text(tmp_path / ".git" / "notes.txt", "x")
    files, skipped, errors = expand_paths([str(tmp_path)])
    rel = [os.path.relpath(f, tmp_path) for f in files]
    assert rel == ["a/deep/x.md", "b/empty.txt", "b/page.htm", "z.txt"]
    assert skipped == 2 and errors == []
    docs, errors = load_paths([str(tmp_path)])
    assert [os.path.basename(d.path) for d in docs] == ["x.md", "page.htm", "z.txt"]
    assert [(os.path.basename(e.path), e.reason) for e in errors] == [("empty.txt", "empty file")]


def test_folder_with_a_symlink_loop_and_a_broken_link(tmp_path):
    F.write_text(tmp_path / "a.txt", SEED)
    os.symlink(tmp_path, tmp_path / "loop")            # a folder link back to itself: not followed
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    docs, errors = load_paths([str(tmp_path)])
    assert [os.path.basename(d.path) for d in docs] == ["a.txt"]
    assert [(os.path.basename(e.path), e.reason) for e in errors] == [("broken.txt", "no such file")]


def test_folder_without_supported_files_is_one_error(tmp_path):
    F.write_bytes(tmp_path / "a.jpg", b"\xff")
    files, skipped, errors = expand_paths([str(tmp_path)])
    assert files == [] and skipped == 1
    assert len(errors) == 1 and "no supported files in this folder (1 other file skipped" in errors[0].reason


def test_same_file_twice_loads_once(tmp_path):
    p = F.write_text(tmp_path / "a.txt", SEED)
    files, _, _ = expand_paths([p, str(tmp_path), p])
    assert files == [p]


def test_folder_of_two_thousand_files(tmp_path):
    for i in range(2000):
        (tmp_path / f"{i:04d}.txt").write_text(f"Note {i}: the offensive began on 6 September 2022.\n")
    for i in range(50):
        (tmp_path / f"img{i}.png").write_bytes(b"\x89PNG")
    files, skipped, errors = expand_paths([str(tmp_path)])
    assert len(files) == 2000 and skipped == 50 and not errors
    assert files == sorted(files)
    docs, errors = load_paths([str(tmp_path)])
    assert len(docs) == 2000 and not errors
    assert docs[1999].text == "Note 1999: the offensive began on 6 September 2022.\n"


def test_total_text_budget_turns_further_files_into_errors(tmp_path, monkeypatch):
    monkeypatch.setattr("timeline_app.core.loaders.MAX_TOTAL_CHARS", 2 * len(SEED))
    for n in "abcd":
        F.write_text(tmp_path / f"{n}.txt", SEED)
    docs, errors = load_paths([str(tmp_path)])
    assert [os.path.basename(d.path) for d in docs] == ["a.txt", "b.txt"]
    assert [os.path.basename(e.path) for e in errors] == ["c.txt", "d.txt"]
    assert "limit" in errors[0].reason


# ------------------------------------------------------------------ the CLI: error lines and exit status

def test_cli_good_and_bad_files_together(tmp_path, capsys):
    good = F.write_text(tmp_path / "good.txt", SEED)
    bad = [F.write_bytes(tmp_path / "empty.txt", b""), str(tmp_path / "missing.txt"),
           F.write_bytes(tmp_path / "locked.pdf", F.encrypted_pdf()),
           F.write_bytes(tmp_path / "a.jpg", b"\xff\xd8")]
    out = tmp_path / "out.csv"
    rc = main(["export", good, *bad, "-o", str(out), "--reference-date", "2022-09-10"])
    err = capsys.readouterr().err
    assert rc == 1
    error_lines = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(error_lines) == len(bad)
    for p in bad:
        assert sum(ln.startswith(f"error: {p}: ") for ln in error_lines) == 1
    assert "Traceback" not in err
    assert out.read_text(encoding="utf-8").startswith("document,")


def test_cli_exit_2_when_nothing_could_be_read(tmp_path, capsys):
    rc = main(["export", F.write_bytes(tmp_path / "e.txt", b""), str(tmp_path / "nope.md")])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.count("error: ") == 2 and "Traceback" not in err


def test_cli_folder_reports_skipped_files(tmp_path, capsys):
    F.write_text(tmp_path / "a.txt", SEED)
    F.write_bytes(tmp_path / "b.jpg", b"\xff")
    F.write_bytes(tmp_path / "c.gif", b"G")
    rc = main(["export", str(tmp_path), "-o", str(tmp_path / "out.csv"), "--reference-date", "2022-09-10"])
    assert rc == 0
    assert "note: skipped 2 files in folders (unsupported type or hidden)" in capsys.readouterr().err


def test_cli_as_a_process_never_shows_a_traceback(tmp_path):
    bad = [F.write_bytes(tmp_path / "bin.txt", b"\x00\x01" * 100), F.write_bytes(tmp_path / "t.pdf", b"%PDF-1.4\n1 0 obj"),
           F.write_bytes(tmp_path / "c.docx", b"PK\x03\x04junk")]
    r = subprocess.run([sys.executable, "-m", "timeline_app", "export", *bad], capture_output=True, text=True,
                       cwd=REPO, timeout=120)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert [ln.split(": ")[1] for ln in r.stderr.splitlines()] == bad
