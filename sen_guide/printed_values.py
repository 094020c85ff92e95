"""Plan values written out in words for print: the pupil's name or initials, how often, how long, how many hours."""

import re
import unicodedata
from collections.abc import Callable

from sen_guide.document_words import common_words
from sen_guide.plan import Provision, ProvisionDelivered
from sen_guide.review import review_words

FILE_NAME_CHARACTERS = 40  # enough for a name; file systems refuse names over 255 bytes
NAME_PART = re.compile(r"[^\W\d_][\w'’-]*")


def initials(name: str) -> str:
    """Initials only, so a printout left on a table does not name the child: "Sam Taylor" gives "S. T."."""
    return " ".join(f"{part[0].upper()}." for part in NAME_PART.findall(name))


def display_name(name: str, use_initials: bool) -> str:
    """The name the document shows for the pupil, or a neutral word when none is given."""
    shown = initials(name) if use_initials else " ".join(name.split())
    return shown or common_words().pupil_fallback


def name_hider(name: str) -> Callable[[str], str]:
    """A function that swaps the pupil's full name, then each part of it, for initials in any text.

    Parts match as typed, capitalised or in capitals, so a name that is also a word ("Will",
    "Grace") still leaves the lower-case word alone ("Sam will read").
    """
    parts = [part for part in NAME_PART.findall(name) if len(part) > 1]
    if not parts:
        return lambda text: text
    whole = re.compile(r"\s+".join(map(re.escape, parts)), re.IGNORECASE)
    forms = sorted(
        {form for part in parts for form in (part, part.capitalize(), part.upper())}, key=len, reverse=True
    )
    single = re.compile(r"\b(" + "|".join(map(re.escape, forms)) + r")\b")
    full = initials(name)

    def hide(text: str) -> str:
        return single.sub(lambda found: f"{found.group(0)[0].upper()}.", whole.sub(full, text))

    return hide


def how_often(item: Provision) -> str:
    """Sessions a week in words: "Twice a week", "Once every 2 weeks"."""
    words, count = common_words(), item.sessions_per_week
    if count is None:
        return words.not_set
    if count < 1 and (1 / count).is_integer():
        return words.once_every_weeks.format(weeks=int(1 / count))
    if count in (1, 2):
        return words.once_a_week if count == 1 else words.twice_a_week
    return words.times_a_week.format(count=number(count))


def how_long(item: Provision) -> str:
    """Minutes per session in words, or that it is not set."""
    if item.session_minutes is None:
        return common_words().not_set
    return common_words().minutes.format(count=item.session_minutes)


def weeks(item: Provision) -> str:
    return common_words().not_set if item.duration_weeks is None else str(item.duration_weeks)


def hours_a_week(hours: float) -> str:
    """Hours a week in words, rounded to what people can picture."""
    words = common_words()
    return words.one_hour_a_week if hours == 1 else words.hours_a_week.format(hours=number(hours))


def delivery(record: ProvisionDelivered | None) -> str:
    """Whether support happened as planned at the last review, with sessions missed and notes."""
    words = common_words()
    if record is None or record.as_planned is None:
        return words.not_reviewed
    parts = [review_words().as_planned[record.as_planned]]
    if record.sessions_missed:
        missed = words.one_session_missed if record.sessions_missed == 1 else words.sessions_missed
        parts.append(missed.format(count=record.sessions_missed))
    if record.notes.strip():
        parts.append(record.notes.strip())
    return ". ".join(parts)


def number(value: float) -> str:
    """A number without needless decimals: 3, 1.5, 0.25."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def file_name(stem: str, name: str, day: str) -> str:
    """A safe file name from our stem, the shown name and a date, in plain ASCII."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name_part = "-".join(re.findall(r"[a-z0-9]+", ascii_name.lower()))[:FILE_NAME_CHARACTERS].strip("-")
    return "-".join(part for part in (stem, name_part, day) if part) + ".pdf"
