"""The provision catalogue: example support for each broad area of need, to add to a plan in one click."""

from typing import Annotated, Literal

from pydantic import Field

from sen_guide.content import ContentFile, load_content
from sen_guide.plan import Area, Provision

Availability = Literal["ordinarily_available", "additional"]


class CatalogueEntry(ContentFile):
    """One example of provision: an example, not an endorsement, and never with invented numbers."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    area: Area
    what: str
    who: str = ""
    why: str
    availability: Availability
    source: str

    def to_provision(self, new_id: str) -> Provision:
        """A provision item holding only what the example says; how often and how long are left for the school."""
        return Provision(id=new_id, what=self.what, who=self.who, why=self.why)


class Catalogue(ContentFile):
    notice: str
    availability_labels: dict[Availability, str]
    entries: list[CatalogueEntry]


def catalogue() -> Catalogue:
    """The whole catalogue with its notice that these are examples, not endorsements."""
    return load_content("provision_catalogue", Catalogue)


def provision_catalogue(areas: set[Area] | None = None) -> list[CatalogueEntry]:
    """The examples for these areas of need, in catalogue order; every example when no areas are given."""
    return [entry for entry in catalogue().entries if areas is None or entry.area in areas]
