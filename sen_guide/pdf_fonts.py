"""Puts the fonts into each new FPDF, parsing every font file once per process, and makes any text printable."""

import copy
import re
import struct
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from fontTools.ttLib import TTFont, TTLibError
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

from sen_guide.fonts import FontChoice, FontFile, find_fonts

BODY = "body"
CORE_FAMILY = "helvetica"
CORE_NAME = "Helvetica (a built-in PDF font: some letters are replaced)"
CORE_ENCODING = "windows-1252"
# fpdf2 drops these tables when it subsets a font for the PDF; dropping them once here saves
# decompiling them again for every document.
UNUSED_TABLES = ("GSUB", "GPOS", "GDEF", "MATH", "hdmx", "meta", "FFTM", "SVG ", "COLR", "CPAL")
PLAIN = re.compile(r"[\x20-\x7e\n]*")
# Scripts whose letters join or reorder (Hebrew, Arabic and its neighbours, the Indic scripts from
# Devanagari to Sinhala, Arabic presentation forms): only text holding them is shaped.
NEEDS_SHAPING = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufeff]")
# Letters Urdu uses and Arabic does not: text with them is set in Nastaliq, as Urdu readers expect.
URDU_LETTERS = re.compile("[ٹڈڑںھہۂۃےۓ]")
# Direction overrides could make typed text read differently from what was typed: always removed.
DIRECTION_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
# What fontTools raises on a damaged or truncated font file.
BROKEN_FONT = (OSError, TTLibError, AssertionError, KeyError, struct.error)
KEPT_FORMAT_CHARACTERS = frozenset((0x200C, 0x200D))  # joiners change how Arabic and Bengali letters join


@dataclass(frozen=True)
class _Parsed:
    font: TTFFont
    slim: bytes
    characters: frozenset[int]


@cache
def _parsed(font: FontFile) -> _Parsed:
    """Parse a font file once per process; every document then gets a cheap copy of the result."""
    prototype = TTFFont(FPDF(), font.path, f"{font.family.lower()}{font.style}", font.style)
    prototype.hbfont  # noqa: B018 - build the shaping face once, while parsing, for every copy to share
    slim = TTFont(font.path, recalcTimestamp=False)
    for table in UNUSED_TABLES:
        if table in slim:
            del slim[table]
    buffer = BytesIO()
    slim.save(buffer)
    return _Parsed(prototype, buffer.getvalue(), frozenset(prototype.cmap))


def _install(pdf: FPDF, font: FontFile) -> None:
    """Give this document its own copy of a parsed font: fpdf2 subsets the font in place on output."""
    parsed = _parsed(font)
    own = copy.copy(parsed.font)
    own.i = len(pdf.fonts) + 1
    own.ttfont = TTFont(BytesIO(parsed.slim), recalcTimestamp=False, lazy=True)
    own.subset = SubsetMap(own)
    own.missing_glyphs = []
    own.biggest_size_pt = 0
    pdf.fonts[own.fontkey] = own


@dataclass(frozen=True)
class FontKit:
    """The fonts one document uses, and what they can print."""

    names: list[str]
    characters: frozenset[int] | None
    fallbacks: tuple[str, ...]
    urdu_first: tuple[str, ...]

    def printable(self, text: str) -> str:
        """Text every character of which the fonts can draw; anything else is replaced visibly."""
        text = text.replace("\r\n", "\n")
        if PLAIN.fullmatch(text):
            return text
        text = DIRECTION_OVERRIDES.sub("", text)
        return "".join(self._printable_character(character) for character in text)

    def _printable_character(self, character: str) -> str:
        category = unicodedata.category(character)
        if character == "\n" or (category != "Cc" and self._covers(character)):
            return character
        if category == "Cc":
            return " "
        if category in ("Cf", "Mn", "Sk") and ord(character) not in KEPT_FORMAT_CHARACTERS:
            return ""
        base = unicodedata.normalize("NFKD", character)[:1]
        if base.isalpha() and self._covers(base):
            return base
        return "?" if self.characters is None else "\ufffd"

    def _covers(self, character: str) -> bool:
        if self.characters is None:
            try:
                character.encode(CORE_ENCODING)
            except UnicodeEncodeError:
                return False
            return True
        return ord(character) in self.characters

    @contextmanager
    def run(self, pdf: FPDF, texts: Iterable[str]) -> Iterator[None]:
        """Shape text only where its script needs it (shaping Latin too is correct but slow)."""
        texts = [text for text in texts if not PLAIN.fullmatch(text)]
        if self.characters is None or not any(NEEDS_SHAPING.search(text) for text in texts):
            yield
            return
        urdu = any(URDU_LETTERS.search(text) for text in texts)
        pdf.set_text_shaping(True)
        pdf.set_fallback_fonts(self.urdu_first if urdu else self.fallbacks, exact_match=False)
        try:
            yield
        finally:
            pdf.set_text_shaping(False)
            pdf.set_fallback_fonts(self.fallbacks, exact_match=False)


def fonts_for(texts: Iterable[str]) -> list[str]:
    """The fonts a document with these texts prints in, found without building it (the app names them)."""
    choice = _readable(find_fonts())
    if choice is None:
        return [CORE_NAME]
    return [choice.regular.name, *(font.name for font in _needed_fallbacks(choice, texts))]


def install_fonts(pdf: FPDF, texts: Iterable[str]) -> FontKit:
    """Add the body fonts, and the fallback fonts these texts need, to a new document."""
    choice = _readable(find_fonts())
    if choice is None:
        pdf.core_fonts_encoding = CORE_ENCODING
        return FontKit([CORE_NAME], None, (), ())
    _install(pdf, choice.regular)
    _install(pdf, choice.bold)
    needed = _needed_fallbacks(choice, texts)
    for font in needed:
        _install(pdf, font)
    return _kit(pdf, choice, needed)


def _readable(choice: FontChoice | None) -> FontChoice | None:
    """The choice without any font file that cannot be parsed: a broken file means fewer fonts, not a crash."""
    if choice is None or not (_parses(choice.regular) and _parses(choice.bold)):
        return None
    return FontChoice(choice.regular, choice.bold, tuple(font for font in choice.fallbacks if _parses(font)))


def _parses(font: FontFile) -> bool:
    try:
        _parsed(font)
    except BROKEN_FONT:
        return False
    return True


def body_family(kit: FontKit) -> str:
    """The family name to pass to set_font for body text."""
    return CORE_FAMILY if kit.characters is None else BODY


def _needed_fallbacks(choice: FontChoice, texts: Iterable[str]) -> list[FontFile]:
    body = _parsed(choice.regular).characters
    missing = {ord(c) for text in texts if not PLAIN.fullmatch(text) for c in text} - body
    return [font for font in choice.fallbacks if missing & _parsed(font).characters]


def _kit(pdf: FPDF, choice: FontChoice, fallbacks: list[FontFile]) -> FontKit:
    body = _parsed(choice.regular).characters
    extra = [_parsed(font).characters for font in fallbacks]
    families = tuple(font.family for font in fallbacks)
    urdu_first = tuple(sorted(families, key=lambda family: family != "urdu"))
    pdf.set_fallback_fonts(list(families), exact_match=False)
    names = [choice.regular.name, choice.bold.name, *(font.name for font in fallbacks)]
    return FontKit(names, body.union(*extra), families, urdu_first)
