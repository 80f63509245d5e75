"""Lead, forty-seventh session (docs/informal-time.md §288-§289).

§288: Instagram's comment list copied flat, one line a comment: the handle, the age and the comment's words after it
("  mick.the.miner 2d are you open Saturday?"). The age is the comment's stamp ("2d" the day reached, "1w" the ISO week
reached) and the comment's day words count from it. Kept: a handle by its form (a dot, an underscore or a digit, not
first) or by an "@handle" of it near, and another comment line near; a training log's "run 10m easy" / "5k 20m easy"
stays untagged.

§289: a post's programme bulleted with emoji under a line that names the event's day ("Festival day 🎉 Wednesday July
9" / "🥞 Pancake breakfast 8:30-10am" / "🚤 Boat races 1pm") is of that day, as a dashed list is; a line an emoji opens
still heads a list ("🎄 Saturday 14 December hours:" over "- doors 9am").

The frames are this session's own (a bakery's page, a hamlet's notice, a club's hours); the days of writing every fifth
day of two years; the days from the calendar."""
from __future__ import annotations

from datetime import date, timedelta

from gridcheck import WEEKDAYS, check, check_untagged, time_on

REFS = [date(2024, 1, 3) + timedelta(days=5 * k) for k in range(146)]
HANDLES = [("mick.the.miner", "bakehouse_ki"), ("tomandsue_caravanning", "pie.shop.bh"), ("kel_outback", "crumb.co")]


def _day(d: date) -> tuple[str, str]:
    return ("DATE", d.isoformat())


def _week(d: date) -> tuple[str, str]:
    y, w, _ = d.isocalendar()
    return ("DATE", f"{y}-W{w:02d}")


def comment_cases():
    out = []
    for k, ref in enumerate(REFS):
        asker, page = HANDLES[k % len(HANDLES)]
        n = 1 + k % 5
        said = ref - timedelta(days=n)
        wd = 1 + (said.isoweekday() + 1 + k % 4) % 7   # a weekday 2 to 5 days after the comment's own
        asked = said + timedelta(days=(wd - said.isoweekday()) % 7)
        name = WEEKDAYS[wd - 1]
        text = (f"{page} · 2w\nPies are back, baking every morning!\n"
                f"  {asker} {n}d are you open {name}?\n"
                f"  {page} {n}d @{asker} yes from 7 till they're gone\n")
        out.append((text, ref, f"{n}d", _day(said)))
        out.append((text, ref, name, _day(asked)))
        week = (f"{page} · 3w\nAnzac biscuits are back!\n  {asker} 1w save me a dozen pls!!\n"
                f"  {page} 1w @{asker} done, under your name\n")
        out.append((week, ref, "1w", _week(ref - timedelta(days=7))))
    return out


EVENTS = [("🥞 Pancake breakfast at the arena 8:30-10am", "8:30", 8, 30),
          ("🚤 Boat races at the beach 1pm (weather permitting)", "1pm", 13, 0),
          ("🎶 Square dance at the community hall 7pm til late", "7pm", 19, 0)]


def programme_cases():
    out = []
    for k, ref in enumerate(REFS):
        day = ref + timedelta(days=2 + k % 5)
        head = f"Festival day 🎉 {WEEKDAYS[day.isoweekday() - 1]} {day.strftime('%B')} {day.day}"
        text = head + "\n" + "\n".join(e[0] for e in EVENTS) + "\nSee everyone there!\n"
        for _, expr, h, mi in EVENTS:
            out.append((text, ref, expr, time_on(day, h, mi)))
        hours = f"🎄 {WEEKDAYS[day.isoweekday() - 1]} {day.day} {day.strftime('%B')} hours:\n- doors 9am\n- last orders 1pm\n"
        out.append((hours, ref, "1pm", time_on(day, 13, 0)))
    return out


def test_a_flat_comment_lines_age_and_its_day_words():
    check(comment_cases())


def test_an_emoji_bulleted_programme_under_its_day():
    check(programme_cases())


def test_a_training_log_stays_untagged():
    check_untagged([("Training log\n  run 10m easy\n  run 5m hard\n  cool 5m walk\n", ["10m", "5m"]),
                    ("Week plan\n  5k 20m easy\n  10k 45m steady\n", ["20m", "45m"])], REFS[::10])


def test_the_grid_is_not_empty():
    assert len(comment_cases()) > 400 and len(programme_cases()) > 500
