"""The four broad areas of need, named and explained in plain words from content/areas.yaml."""

from pydantic import RootModel

from sen_guide.content import ContentFile, load_content
from sen_guide.plan import Area


class AreaWords(ContentFile):
    label: str
    explanation: str
    source: str


class AreaFile(RootModel[dict[Area, AreaWords]]):
    """Every area must be described: a missing one fails the content test."""


def area_words(area: Area) -> AreaWords:
    """The label, plain explanation and Code paragraph of one area of need."""
    return load_content("areas", AreaFile).root[area]


def area_choices() -> list[tuple[str, str, str]]:
    """(value, label, explanation) for a choice of area, in the Code's order."""
    return [(area.value, area_words(area).label, area_words(area).explanation) for area in Area]


def area_label(area: Area | str | None) -> str:
    """The plain name of an area, or an empty string when none is chosen yet."""
    return area_words(Area(area)).label if area else ""
