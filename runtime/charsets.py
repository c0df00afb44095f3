"""4D character sets: names and MIBEnum numbers (CONVERT FROM TEXT, File.getText,
SystemWorker's `encoding`…) to Python codecs, and the Unicode byte-order marks."""
from __future__ import annotations

import codecs

from .errors import FourDError, ERR_ENCODING

_MIB = {
    106: "utf-8", 1015: "utf-16", 1013: "utf-16-be", 1014: "utf-16-le", 1017: "utf-32",
    1018: "utf-32-be", 1019: "utf-32-le", 1012: "utf-7", 3: "ascii", 2011: "cp437",
    2028: "cp037", 2027: "mac_roman", 2252: "cp1252", 1250: "mac_latin2", 2250: "cp1250",
    1251: "mac_cyrillic", 2251: "cp1251", 1253: "mac_greek", 2253: "cp1253",
    1254: "mac_turkish", 2254: "cp1254", 1256: "cp1256", 2256: "cp1256", 1255: "cp1255",
    2255: "cp1255", 1257: "cp1257", 2257: "cp1257", 17: "shift_jis", 39: "iso2022_jp",
    2026: "big5", 38: "euc_kr", 2084: "koi8_r", 4: "latin_1", 5: "iso8859_2", 6: "iso8859_3",
    7: "iso8859_4", 8: "iso8859_5", 9: "iso8859_6", 10: "iso8859_7", 11: "iso8859_8",
    12: "iso8859_9", 13: "iso8859_10", 109: "iso8859_13", 111: "iso8859_15", 113: "gbk",
    2025: "gb2312", 2024: "cp932", 57: "gb2312", 114: "gb18030", 18: "euc_jp",
    1000: "utf-16-be",
}
_NAMES = {
    "macroman": "mac_roman", "x-mac-roman": "mac_roman", "mac": "mac_roman",
    "macintosh": "mac_roman", "csmacintosh": "mac_roman", "macce": "mac_latin2",
    "x-mac-ce": "mac_latin2", "x-mac-cyrillic": "mac_cyrillic", "x-mac-greek": "mac_greek",
    "x-mac-turkish": "mac_turkish", "x-mac-arabic": "cp1256", "x-mac-hebrew": "cp1255",
    "x-mac-chinesesimp": "gb2312", "windows-31j": "cp932", "ms_kanji": "shift_jis",
    "csshiftjis": "shift_jis", "shift-jis": "shift_jis", "csiso2022jp": "iso2022_jp",
    "csbig5": "big5", "cseuckr": "euc_kr", "cskoi8r": "koi8_r", "latin-9": "iso8859_15",
    "csascii": "ascii", "us": "ascii", "iso-10646-ucs-2": "utf-16-be", "ucs-2": "utf-16-be",
    "utf-16": "utf-16", "utf-32": "utf-32", "gb_2312-80": "gb2312", "csiso58gb231280": "gb2312",
    "csgb2312": "gb2312",
}


def codec_for(charset):
    """Python codec name for a 4D charset name or MIBEnum number, or None if unknown."""
    if type(charset) in (int, float):
        return _MIB.get(int(charset))
    if type(charset) is not str:
        return None
    name = charset.strip().lower()
    if name in _NAMES:
        return _NAMES[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be")]


def is_unicode(codec):
    return codec.replace("_", "-").startswith("utf")


def decode_text(data: bytes, codec: str) -> str:
    """The text of a document's bytes in `codec`; a BOM at the start wins and is dropped."""
    for bom, bom_codec in BOMS:
        if data.startswith(bom):
            data, codec = data[len(bom):], bom_codec
            break
    return data.decode(codec, errors="replace")


def encode_text(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="surrogatepass" if codec.startswith("utf") else "replace")


BOM_OF = {"utf-8": b"\xef\xbb\xbf", "utf-16-be": b"\xfe\xff", "utf-16-le": b"\xff\xfe",
           "utf-32-be": b"\x00\x00\xfe\xff", "utf-32-le": b"\xff\xfe\x00\x00"}


def document_codec(charset, what):
    """(Python codec, BOM to write) for a 4D character set name or MIBEnum number; the
    "-no-bom" suffix drops the BOM (FileClass.md .setText())."""
    with_bom = True
    if type(charset) is str and charset.lower().endswith("-no-bom"):
        charset, with_bom = charset[:-len("-no-bom")], False
    codec = codec_for(charset)
    if codec is None:
        raise FourDError(ERR_ENCODING, f"{what}: the encoding is not supported ({charset})")
    codec = codec.replace("_", "-")
    codec = {"utf-16": "utf-16-be", "utf-32": "utf-32-be", "utf-8-sig": "utf-8"}.get(codec, codec)
    return codec, (BOM_OF.get(codec, b"") if with_bom else b"")
