"""The building blocks of a printed document (agenda or plan), as plain data any renderer can lay out."""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace


@dataclass(frozen=True)
class Paragraph:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Subheading:
    """A heading inside a section; it gets its own bookmark, so the text must never hold a name."""

    text: str


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, such as the meeting's date, time and place."""

    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    """A table whose headings repeat on every page it runs onto; empty rows are space to write in."""

    headings: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    widths: tuple[int, ...]
    empty_rows: int = 0


@dataclass(frozen=True)
class Checklist:
    """Options with a box to tick by hand, after a short line that introduces them."""

    items: list[str]
    intro: str = ""


@dataclass(frozen=True)
class WritingSpace:
    """Ruled lines to write notes on in the meeting."""

    label: str
    lines: int = 3


Block = Paragraph | Subheading | Facts | Table | Checklist | WritingSpace


@dataclass(frozen=True)
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    """A whole document: the title block, the sections, and what goes in its properties."""

    title: str
    subtitle: str
    running_head: str
    sections: list[Section]
    filename: str
    subject: str
    draft: bool = False
    facts: Facts | None = None

    def texts(self) -> Iterator[str]:
        """Every piece of text in the document, so fonts can be chosen for what it holds."""
        yield from (self.title, self.subtitle, self.running_head)
        if self.facts:
            yield from block_texts(self.facts)
        for section in self.sections:
            yield section.heading
            for block in section.blocks:
                yield from block_texts(block)


def block_texts(block: Block) -> Iterator[str]:
    """Every piece of text in one block, in the order a renderer lays it out."""
    if isinstance(block, Paragraph | Subheading):
        yield block.text
    elif isinstance(block, Facts):
        yield from (text for row in block.rows for text in row)
    elif isinstance(block, Table):
        yield from block.headings
        yield from (text for row in block.rows for text in row)
    elif isinstance(block, Checklist):
        yield from ([block.intro] if block.intro else [])
        yield from block.items
    else:
        yield block.label


def hide_texts(document: Document, change: Callable[[str], str]) -> Document:
    """The same document with every piece of text passed through change, so nothing can be missed."""
    return _changed(document, change)


def _changed(value, change: Callable[[str], str]):
    if isinstance(value, str):
        return change(value)
    if isinstance(value, list | tuple):
        return type(value)(_changed(item, change) for item in value)
    if hasattr(value, "__dataclass_fields__"):
        return replace(
            value, **{item.name: _changed(getattr(value, item.name), change) for item in fields(value)}
        )
    return value
