"""Export formats beyond the CSV contract: the app's JSON, TimelineJS (JSON and spreadsheet),
TimeML, and a self-contained web page. Each writer takes an ``ExportBundle`` (plain event
records, ``model.py``) and returns text; ``write_export`` puts it on disk through the project's
atomic writer (or on stdout). No Qt here.
"""
from __future__ import annotations

import os

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.core.exports.model import ExportBundle

# the record types of ``model.py`` are imported when first asked for (``__getattr__``): the CSV
# export reads only ``FORMATS`` and ``resolve_format`` here and does not load them (cold start)
_MODEL_NAMES = ("ExportBundle", "ExportDocument", "ExportEvent", "ExportSource", "bundle_from_frame")


def __getattr__(name: str):
    if name in _MODEL_NAMES:
        from timeline_app.core.exports import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# name -> (usual extension, what it is)
FORMATS: dict[str, tuple[str, str]] = {
    "csv": (".csv", "CSV, one row per time expression (the export contract)"),
    "json": (".json", "JSON with every field and source (docs/exports.md)"),
    "timelinejs": (".json", "TimelineJS3 JSON (Knight Lab)"),
    "timelinejs-csv": (".csv", "TimelineJS spreadsheet columns (paste into its Google Sheet template)"),
    "tml": (".tml", "TimeML, one file per document (a folder for several)"),
    "html": (".html", "one self-contained web page (no network needed)"),
}

# Longest suffix first: "x.timelinejs.json" is TimelineJS, "x.json" the app's JSON.
_SUFFIXES = [(".timelinejs.json", "timelinejs"), (".timelinejs.csv", "timelinejs-csv"), (".csv", "csv"),
             (".json", "json"), (".tml", "tml"), (".timeml", "tml"), (".html", "html"), (".htm", "html")]


def format_for_path(path: str) -> str | None:
    """The format an output name asks for by its extension, or None."""
    low = path.lower()
    for suffix, fmt in _SUFFIXES:
        if low.endswith(suffix):
            return fmt
    return None


def resolve_format(fmt: str | None, output: str) -> str:
    """``--format`` when given, else the output's extension, else CSV (stdout, or an unknown extension)."""
    if fmt:
        return fmt
    if output and output != "-":
        return format_for_path(output) or "csv"
    return "csv"


class ExportUsageError(ValueError):
    """The export cannot be done as asked (e.g. several TimeML documents to one file)."""


def render(fmt: str, bundle: ExportBundle, group_by: str = "document") -> str:
    """The text of a one-file format."""
    if fmt == "json":
        from timeline_app.core.exports.jsonfmt import events_json
        return events_json(bundle)
    if fmt == "timelinejs":
        from timeline_app.core.exports.timelinejs import timelinejs_json
        return timelinejs_json(bundle, group_by)
    if fmt == "timelinejs-csv":
        from timeline_app.core.exports.timelinejs import timelinejs_csv
        return timelinejs_csv(bundle, group_by)
    if fmt == "html":
        from timeline_app.core.exports.html import html_page
        return html_page(bundle)
    if fmt == "tml" and len(bundle.documents) == 1:
        from timeline_app.core.exports.timeml import timeml_document
        return timeml_document(bundle, bundle.documents[0])[0]
    raise ExportUsageError(f"no single-file writer for {fmt!r}")


def write_export(fmt: str, bundle: ExportBundle, output: str, group_by: str = "document") -> list[str]:
    """Write ``bundle`` as ``fmt`` to ``output`` (a file, "-" for stdout, or a folder for TimeML).
    Returns notes for the user (undated items left out, files written). Raises OSError when it
    cannot write and ExportUsageError when the request does not make sense."""
    from timeline_app.core.exports.common import undated_note
    from timeline_app.core.atomic import write_text as write_text_output

    notes: list[str] = []
    if fmt == "tml":
        return _write_timeml(bundle, output)
    if fmt not in FORMATS or fmt == "csv":
        raise ExportUsageError(f"unknown format {fmt!r}")
    if fmt in ("timelinejs", "timelinejs-csv"):
        n = len(bundle.undated())
        if n:
            notes.append(undated_note(n))
    write_text_output(output, render(fmt, bundle, group_by))
    return notes


def _write_timeml(bundle: ExportBundle, output: str) -> list[str]:
    from timeline_app.core.atomic import write_text as write_text_output
    from timeline_app.core.exports.timeml import timeml_document, timeml_file_names

    notes: list[str] = []
    one = len(bundle.documents) == 1
    # a folder: an existing one, a name ending in a separator, or a name without an extension
    to_folder = output != "-" and (os.path.isdir(output) or output.endswith(("/", os.sep))
                                   or not os.path.splitext(output)[1])
    if not to_folder and not one:
        raise ExportUsageError(f"TimeML writes one file per document: give a folder for the "
                               f"{len(bundle.documents)} documents (--output FOLDER)")
    names = timeml_file_names(bundle)
    for d in bundle.documents:
        data, dropped = timeml_document(bundle, d)
        if dropped:
            notes.append(f"note: {d.name}: {dropped} overlapping expression{'s' if dropped != 1 else ''} "
                         "left out (TimeML cannot nest TIMEX3)")
        if to_folder:
            os.makedirs(output, exist_ok=True)
            path = os.path.join(output, names[d.path])
            write_text_output(path, data)
        else:
            write_text_output(output, data)
    if to_folder:
        notes.append(f"wrote {len(bundle.documents)} TimeML file{'s' if not one else ''} to {output}")
    return notes


__all__ = ["FORMATS", "ExportBundle", "ExportDocument", "ExportEvent", "ExportSource", "ExportUsageError",
           "bundle_from_frame", "format_for_path", "render", "resolve_format", "write_export"]
