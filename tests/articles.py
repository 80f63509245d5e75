"""Generated news articles for the batch and distribution tests: the bundled sample's lines,
recombined, with each article's own publication date and dated sentences of its own."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "kharkiv-offensive.md"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def sample_lines() -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    body = text.split("---", 2)[2] if text.startswith("---") else text
    return [ln.strip() for ln in body.splitlines() if ln.strip()]


def article(n: int, lines: list[str]) -> str:
    """Article ``n``: a date line, four of the sample's lines (rotated) and a sentence of its own."""
    pub = date(2022, 9, 10) + timedelta(days=(n * 37) % 900 - 450)
    k = len(lines)
    picked = [lines[(n * 3 + j) % k] for j in range(4)]
    earlier = pub - timedelta(days=n % 20 + 1)
    own = (f"Officials said the talks held on {_MONTHS[earlier.month - 1]} {earlier.day} would resume "
           f"next week, {n % 5 + 2} days after the vote.")
    return f"Published {pub.isoformat()}\n\n" + "\n".join(picked + [own]) + "\n"


def write_articles(folder: Path, count: int) -> list[str]:
    lines = sample_lines()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        p = folder / f"article-{n:04d}.txt"
        p.write_text(article(n, lines), encoding="utf-8")
        paths.append(str(p))
    return paths
