"""Turn files and folders into Documents: the CLI, the Open dialog and drag and drop all come here.

* :func:`expand_paths` turns what the user gave (files, folders) into the list of files to load,
  so a caller can show progress per file.
* :func:`load_document` loads one file; anything wrong with it is a :class:`LoadError` whose
  reason is one line meant for the user (never a traceback).
* :func:`load_paths` does both and collects the errors.

The reference (publication) date is taken, in this order, from: the user; the file's metadata
(HTML article:published_time / JSON-LD datePublished / other meta tags; DOCX core properties;
PDF CreationDate; front matter ``date:``); a dateline or "Published ..." line near the top of
the text; the file's modification time, marked as a guess. ``Document.reference_source`` says
which. Size limits: see :mod:`timeline_app.core.formats.common`.
"""
from __future__ import annotations

import os
import stat
from datetime import date, datetime

from timeline_app.core.document import Document, LoadError
from timeline_app.core.formats import FORMAT_EXTENSIONS, reader_for
from timeline_app.core.formats.common import os_reason
from timeline_app.core.formats.dates import find_text_date
from timeline_app.core.safe import display_path, normalise_text, safe_text

EXT_FORMAT = {ext: fmt for fmt, exts in FORMAT_EXTENSIONS.items() for ext in exts}
SUPPORTED_EXTENSIONS = frozenset(EXT_FORMAT)
TEXT_EXTENSIONS = frozenset(FORMAT_EXTENSIONS["txt"] + FORMAT_EXTENSIONS["md"])

#: load_paths stops loading (each further file gets a LoadError) once the documents it holds
#: reach this many characters, so a folder of thousands of big files cannot exhaust memory.
MAX_TOTAL_CHARS = 200_000_000

USER_SOURCE = "given by the user"
VANISHED = "could not be read: file vanished (deleted or moved while it was being read)"
GUESS_SOURCE = "file modification time (a guess)"


def supported_list() -> str:
    return ", ".join(sorted(SUPPORTED_EXTENSIONS))


def _mtime(path: str, st: os.stat_result | None = None) -> datetime:
    """The file's modification time (from ``st``, its ``os.stat`` already read, when given)."""
    try:
        return datetime.fromtimestamp((st or os.stat(path)).st_mtime)
    except (OSError, OverflowError, ValueError):
        return datetime(1970, 1, 1)


def load_document(path: str, reference_date: date | None = None) -> Document:
    """One file as a Document, or LoadError with a one-line reason."""
    path = os.fspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise LoadError(path, "no such file") from None
    except OSError as e:
        raise LoadError(path, os_reason(e)) from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(path, "is a folder (open it as a folder to load the files inside)")
    ext = os.path.splitext(path)[1].lower()
    fmt = EXT_FORMAT.get(ext)
    if fmt is None:
        raise LoadError(path, f"unsupported file type {ext or '(no extension)'} (supported: {supported_list()})")
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(path, "not a regular file (a device, pipe or socket)")
    if not os.access(path, os.R_OK):
        raise LoadError(path, "permission denied")
    mtime = _mtime(path, st)
    try:
        got = reader_for(ext)(path, fmt, mtime)
    except LoadError:
        raise
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except FileNotFoundError:  # it was there a moment ago (os.stat above)
        raise LoadError(path, VANISHED) from None
    except OSError as e:
        raise LoadError(path, os_reason(e)) from None
    except MemoryError:
        raise LoadError(path, "not enough memory to read it") from None
    except Exception as e:  # a library failing on a file it cannot handle: still one line, no traceback
        raise LoadError(path, f"cannot read it ({type(e).__name__}: {e})"[:300]) from None

    # Where text and names enter the app: made safe (and the text normalised) once, here.
    text = normalise_text(got.text)
    if not text.strip():
        raise LoadError(path, "no visible text (only invisible characters)")
    metadata = {k: safe_text(v) if isinstance(v, str) else v for k, v in got.metadata.items()}
    doc = Document(path=display_path(path), text=text, format=got.format, title=safe_text(got.title),
                   metadata=metadata, warnings=[safe_text(w) for w in got.warnings])
    if reference_date is not None:
        doc.reference_date, doc.reference_source = reference_date, USER_SOURCE
    elif got.meta_date:
        doc.reference_date, doc.reference_source = got.meta_date
    else:
        found = find_text_date(text, mtime)
        if found:
            doc.reference_date, doc.reference_source = found
        else:
            doc.reference_date, doc.reference_source = mtime.date(), GUESS_SOURCE
    return doc


def _walk(folder: str, files: list[str], errors: list[LoadError]) -> int:
    """Supported files under ``folder`` (recursively, sorted, hidden entries and symlinked folders
    not entered); returns how many files were skipped."""
    skipped = 0
    found: list[str] = []

    def onerror(e: OSError) -> None:
        errors.append(LoadError(e.filename or folder, f"cannot read folder: {os_reason(e)}"))

    for root, dirs, names in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in names:
            if n.startswith(".") or os.path.splitext(n)[1].lower() not in SUPPORTED_EXTENSIONS:
                skipped += 1
            else:
                found.append(os.path.join(root, n))
    found.sort(key=lambda p: os.path.relpath(p, folder).split(os.sep))
    if not found and not any(e.path.startswith(folder) for e in errors):
        errors.append(LoadError(folder, f"no supported files in this folder ({skipped} other file"
                                        f"{'s' if skipped != 1 else ''} skipped; supported: {supported_list()})"))
    files.extend(found)
    return skipped


def expand_paths(paths) -> tuple[list[str], int, list[LoadError]]:
    """What the user gave, as files to load: ``(files, skipped_count, errors)``.

    Folders are searched recursively and their supported files listed in sorted order; other
    files in them (and hidden ones) are counted in ``skipped_count``. A file named explicitly
    is listed whatever its type, so that an unsupported one gets its own error from
    :func:`load_document`. Missing paths are errors. Each file appears once.
    """
    files: list[str] = []
    errors: list[LoadError] = []
    skipped = 0
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            skipped += _walk(p, files, errors)
        elif os.path.lexists(p):
            files.append(p)
        else:
            errors.append(LoadError(p, "no such file or folder"))
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, skipped, errors


def load_files(files, reference_date: date | None = None) -> tuple[list[Document], list[LoadError]]:
    """Load each file; a file that fails becomes a LoadError and the rest still load."""
    docs: list[Document] = []
    errors: list[LoadError] = []
    total = 0
    for f in files:
        if total >= MAX_TOTAL_CHARS:
            errors.append(LoadError(f, f"not loaded: the documents already loaded reach the limit of "
                                       f"{MAX_TOTAL_CHARS:,} characters in all"))
            continue
        try:
            d = load_document(f, reference_date)
        except LoadError as e:
            errors.append(e)
            continue
        total += len(d.text)
        docs.append(d)
    return docs, errors


def load_paths(paths, reference_date: date | None = None) -> tuple[list[Document], list[LoadError]]:
    """Files and folders to Documents: ``(docs, errors)``; folders expanded (see expand_paths)."""
    files, _skipped, errors = expand_paths(paths)
    docs, load_errors = load_files(files, reference_date)
    return docs, errors + load_errors
