"""Finds the fonts the PDFs use on this machine by path: Noto from fonts-noto-core, else DejaVu, else none."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

FONT_ROOT = Path("/usr/share/fonts/truetype")


@dataclass(frozen=True)
class FontFile:
    """One font file, with the name the app shows people and the family name the PDF knows it by."""

    name: str
    family: str
    path: Path
    style: str = ""


@dataclass(frozen=True)
class FontChoice:
    """The body face (regular and bold) and the fallbacks tried, in order, for what it lacks."""

    regular: FontFile
    bold: FontFile
    fallbacks: tuple[FontFile, ...]


NOTO = (
    FontFile("Noto Sans", "body", Path("noto/NotoSans-Regular.ttf")),
    FontFile("Noto Sans Bold", "body", Path("noto/NotoSans-Bold.ttf"), "B"),
)
NOTO_FALLBACKS = (
    FontFile("Noto Sans Arabic", "arabic", Path("noto/NotoSansArabic-Regular.ttf")),
    FontFile("Noto Nastaliq Urdu", "urdu", Path("noto/NotoNastaliqUrdu-Regular.ttf")),
    FontFile("Noto Sans Bengali", "bengali", Path("noto/NotoSansBengali-Regular.ttf")),
)
DEJAVU = (
    FontFile("DejaVu Sans", "body", Path("dejavu/DejaVuSans.ttf")),
    FontFile("DejaVu Sans Bold", "body", Path("dejavu/DejaVuSans-Bold.ttf"), "B"),
)


@cache
def find_fonts(root: Path = FONT_ROOT) -> FontChoice | None:
    """The best fonts installed under root, or None when only the PDF core fonts are left."""
    for regular, bold in (NOTO, DEJAVU):
        regular_file, bold_file = _located(regular, root), _located(bold, root)
        if regular_file and bold_file:
            fallbacks = [_located(font, root) for font in NOTO_FALLBACKS] if regular is NOTO[0] else []
            return FontChoice(regular_file, bold_file, tuple(font for font in fallbacks if font))
    return None


def _located(font: FontFile, root: Path) -> FontFile | None:
    path = root / font.path
    if not path.is_file():
        return None
    return FontFile(font.name, font.family, path, font.style)
