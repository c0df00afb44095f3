"""BLOB commands (language.md §12.6): TEXT TO BLOB / BLOB to text (all text formats),
INTEGER/LONGINT/REAL TO BLOB and back, SET BLOB SIZE, COPY/INSERT IN/DELETE FROM BLOB,
CONVERT FROM TEXT / Convert to text, BASE64 ENCODE/DECODE, Generate digest.

Writing commands take the blob variable by reference (a scalar Blob = bytearray, modified in
place and written back); reading commands also accept a 4D.Blob. Offsets are 0-based and an
offset variable is advanced by the number of bytes read or written.
"""
from __future__ import annotations

import base64
import binascii
import struct
import sys

from ..charsets import BOMS, codec_for, is_unicode
from ..errors import FourDError, ERR_TYPE_MISMATCH, ERR_NOT_SUPPORTED
from ..values import NULL, Blob4D, Time4D, type_name
from .registry import command
from ._args import deref, put, is_star, split_star, text_arg, int_arg
from .output import set_ok

# BLOB theme constants (language.md §12.6)
MAC_C_STRING, MAC_PASCAL_STRING, MAC_TEXT_WITH_LENGTH, MAC_TEXT_WITHOUT_LENGTH = 0, 1, 2, 3
UTF8_C_STRING, UTF8_TEXT_WITH_LENGTH, UTF8_TEXT_WITHOUT_LENGTH = 4, 5, 6
NATIVE_BYTE_ORDERING, MACINTOSH_BYTE_ORDERING, PC_BYTE_ORDERING = 0, 1, 2
NATIVE_REAL_FORMAT, EXTENDED_REAL_FORMAT, MACINTOSH_DOUBLE_REAL_FORMAT, WINDOWS_DOUBLE_REAL_FORMAT \
    = 0, 1, 2, 3
MD5_DIGEST, SHA1_DIGEST, _4D_DIGEST, SHA256_DIGEST, SHA512_DIGEST = 0, 1, 2, 3, 4


_MAX_BLOB_SIZE = 2**31 - 1       # a scalar Blob holds 2 GB at most (4d/docs dt_blob.md)
ERR_MEMORY = -108                # the OS "not enough memory" code 4D reports


# ---------------------------------------------------------------- helpers
def blob_bytes(v, cmd) -> bytes:
    """The bytes of a scalar Blob or a 4D.Blob argument."""
    t = type(v)
    if t is bytearray or t is bytes:
        return v
    if t is Blob4D:
        return v.data
    if v is None:
        return b""
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a Blob is expected, got {type_name(v)}")


def blob_target(ref, cmd) -> bytearray:
    """The scalar Blob behind a by-reference argument (a fresh one for an empty variable)."""
    cur = deref(ref)
    if type(cur) is bytearray:
        return cur
    if cur is None or cur is NULL:
        return bytearray()
    if type(cur) is Blob4D:
        raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a 4D.Blob cannot be modified; "
                                            f"use a Blob variable")
    raise FourDError(ERR_TYPE_MISMATCH, f"{cmd}: a Blob variable is expected, got {type_name(cur)}")


def _write(blob_ref, data: bytes, where, cmd):
    """Write `data`: `where` is `*` (append), an offset variable, or None (replace all)."""
    b = blob_target(blob_ref, cmd)
    if where is None:
        b[:] = data
    elif is_star(where):
        b.extend(data)
    else:
        off = max(0, int_arg(deref(where), cmd))
        if off > len(b):
            b.extend(bytes(off - len(b)))
        b[off:off + len(data)] = data
        put(where, off + len(data))
    put(blob_ref, b)


def _read_offset(offset_ref, cmd) -> int:
    if offset_ref is None:
        return 0
    return max(0, int_arg(deref(offset_ref), cmd))


def _order(byte_order, cmd) -> str:
    code = int_arg(byte_order, cmd) if byte_order is not None else NATIVE_BYTE_ORDERING
    return _struct_order(code, MACINTOSH_BYTE_ORDERING, PC_BYTE_ORDERING)


def _struct_order(code, big_endian, little_endian) -> str:
    """The struct byte-order letter for a 4D option: its big- or little-endian constant, else
    native (the extended real format too, written as a native 8-byte double)."""
    if code == big_endian:
        return ">"
    if code == little_endian:
        return "<"
    return "<" if sys.byteorder == "little" else ">"


def _mac(text: str) -> bytes:
    return text.encode("mac_roman", errors="replace")


# ---------------------------------------------------------------- text <-> blob
def encode_text(text: str, fmt: int) -> bytes:
    if fmt == MAC_C_STRING:
        return _mac(text) + b"\0"
    if fmt == MAC_PASCAL_STRING:
        data = _mac(text)[:255]
        return bytes([len(data)]) + data
    if fmt == MAC_TEXT_WITH_LENGTH:
        data = _mac(text)[:0xFFFF]
        return struct.pack(">H", len(data)) + data
    if fmt == MAC_TEXT_WITHOUT_LENGTH:
        return _mac(text)
    data = text.encode("utf-8", errors="surrogatepass")
    if fmt == UTF8_C_STRING:
        return data + b"\0"
    if fmt == UTF8_TEXT_WITH_LENGTH:
        return struct.pack(">I", len(data)) + data
    if fmt == UTF8_TEXT_WITHOUT_LENGTH:
        return data
    raise FourDError(ERR_TYPE_MISMATCH, f"Unknown text format {fmt}")


def _length_prefixed(data, off, prefix, encoding):
    """(text, new offset) of a text preceded by its big-endian byte count (`prefix`)."""
    size = struct.calcsize(prefix)
    if off + size > len(data):
        return "", len(data)
    k = struct.unpack_from(prefix, data, off)[0]
    raw = data[off + size:off + size + k]
    return raw.decode(encoding, errors="replace"), off + size + len(raw)


def decode_text(data: bytes, fmt: int, off: int, length=None):
    """(text, new offset) read at `off`. The "without length" formats read `length`
    characters, or everything up to the end when it is omitted."""
    n = len(data)
    if fmt in (MAC_C_STRING, UTF8_C_STRING):
        end = data.find(b"\0", off)
        stop = n if end < 0 else end
        raw = data[off:stop]
        new = stop if end < 0 else end + 1
        return (raw.decode("mac_roman") if fmt == MAC_C_STRING else
                raw.decode("utf-8", errors="replace")), new
    if fmt == MAC_PASCAL_STRING:
        if off >= n:
            return "", off
        k = data[off]
        raw = data[off + 1:off + 1 + k]
        return raw.decode("mac_roman"), off + 1 + len(raw)
    if fmt == MAC_TEXT_WITH_LENGTH:
        return _length_prefixed(data, off, ">H", "mac_roman")
    if fmt == UTF8_TEXT_WITH_LENGTH:
        return _length_prefixed(data, off, ">I", "utf-8")
    if fmt == MAC_TEXT_WITHOUT_LENGTH:
        raw = data[off:] if length is None else data[off:off + max(0, length)]
        return raw.decode("mac_roman"), off + len(raw)
    if fmt == UTF8_TEXT_WITHOUT_LENGTH:
        raw = bytes(data[off:])
        if length is None:
            return raw.decode("utf-8", errors="replace"), off + len(raw)
        text = raw.decode("utf-8", errors="replace")[:max(0, length)]
        return text, off + len(text.encode("utf-8", errors="replace"))
    raise FourDError(ERR_TYPE_MISMATCH, f"Unknown text format {fmt}")


@command("TEXT TO BLOB", 554, refs=(1, 3), procedure=True)
def text_to_blob(text=None, blob_ref=None, fmt=MAC_C_STRING, where=None):
    data = encode_text(text_arg(text, "TEXT TO BLOB"),
                       MAC_C_STRING if fmt is None else int_arg(fmt, "TEXT TO BLOB"))
    _write(blob_ref, data, where, "TEXT TO BLOB")


@command("BLOB to text", 555, refs=(2,))
def blob_to_text(blob=None, fmt=MAC_C_STRING, offset_ref=None, length=None):
    data = blob_bytes(blob, "BLOB to text")
    off = _read_offset(offset_ref, "BLOB to text")
    n = None if length is None else int_arg(length, "BLOB to text")
    text, new = decode_text(data, int_arg(fmt, "BLOB to text"), off, n)
    put(offset_ref, new)
    return text


# ---------------------------------------------------------------- numbers <-> blob
@command("INTEGER TO BLOB", 548, refs=(1, 3), procedure=True)
def integer_to_blob(value=0, blob_ref=None, byte_order=NATIVE_BYTE_ORDERING, where=None):
    v = int_arg(value, "INTEGER TO BLOB") & 0xFFFF
    _write(blob_ref, struct.pack(_order(byte_order, "INTEGER TO BLOB") + "H", v), where,
           "INTEGER TO BLOB")


@command("LONGINT TO BLOB", 550, refs=(1, 3), procedure=True)
def longint_to_blob(value=0, blob_ref=None, byte_order=NATIVE_BYTE_ORDERING, where=None):
    v = int_arg(value, "LONGINT TO BLOB") & 0xFFFFFFFF
    _write(blob_ref, struct.pack(_order(byte_order, "LONGINT TO BLOB") + "I", v), where,
           "LONGINT TO BLOB")


def _real_order(fmt, cmd):
    code = int_arg(fmt, cmd) if fmt is not None else NATIVE_REAL_FORMAT
    return _struct_order(code, MACINTOSH_DOUBLE_REAL_FORMAT, WINDOWS_DOUBLE_REAL_FORMAT)


@command("REAL TO BLOB", None, refs=(1, 3), procedure=True)
def real_to_blob(value=0.0, blob_ref=None, real_format=NATIVE_REAL_FORMAT, where=None):
    v = value
    if type(v) not in (int, float, Time4D):
        raise FourDError(ERR_TYPE_MISMATCH, f"REAL TO BLOB: Number expected, got {type_name(v)}")
    _write(blob_ref, struct.pack(_real_order(real_format, "REAL TO BLOB") + "d", float(v)),
           where, "REAL TO BLOB")


def _read_number(blob, fmt_char, order, offset_ref, cmd):
    data = blob_bytes(blob, cmd)
    off = _read_offset(offset_ref, cmd)
    size = struct.calcsize(fmt_char)
    if off + size > len(data):
        put(offset_ref, off)
        return 0 if fmt_char != "d" else 0.0
    v = struct.unpack_from(order + fmt_char, data, off)[0]
    put(offset_ref, off + size)
    return v


@command("BLOB to integer", 549, refs=(2,))
def blob_to_integer(blob=None, byte_order=NATIVE_BYTE_ORDERING, offset_ref=None):
    return _read_number(blob, "h", _order(byte_order, "BLOB to integer"), offset_ref,
                        "BLOB to integer")


@command("BLOB to longint", 551, refs=(2,))
def blob_to_longint(blob=None, byte_order=NATIVE_BYTE_ORDERING, offset_ref=None):
    return _read_number(blob, "i", _order(byte_order, "BLOB to longint"), offset_ref,
                        "BLOB to longint")


@command("BLOB to real", 553, refs=(2,))
def blob_to_real(blob=None, real_format=NATIVE_REAL_FORMAT, offset_ref=None):
    return _read_number(blob, "d", _real_order(real_format, "BLOB to real"), offset_ref,
                        "BLOB to real")


# ---------------------------------------------------------------- size and byte moves
@command("BLOB size", 605)
def blob_size(blob=None):
    return len(blob_bytes(blob, "BLOB size"))


def _filler(filler, cmd):
    return 0 if filler is None else int_arg(filler, cmd) & 0xFF


@command("SET BLOB SIZE", 606, refs=(0,), procedure=True)
def set_blob_size(blob_ref=None, size=0, filler=None):
    b = blob_target(blob_ref, "SET BLOB SIZE")
    n = max(0, int_arg(size, "SET BLOB SIZE"))
    if n > _MAX_BLOB_SIZE:
        raise FourDError(ERR_MEMORY, f"SET BLOB SIZE: not enough memory for {n} bytes "
                                     "(a Blob holds 2 GB at most)")
    if n < len(b):
        del b[n:]
    else:
        b.extend(bytes([_filler(filler, "SET BLOB SIZE")]) * (n - len(b)))
    put(blob_ref, b)


@command("COPY BLOB", 558, refs=(1,), procedure=True)
def copy_blob(src=None, dst_ref=None, src_offset=0, dst_offset=0, length=0):
    data = bytes(blob_bytes(src, "COPY BLOB"))
    b = blob_target(dst_ref, "COPY BLOB")
    so = max(0, int_arg(src_offset, "COPY BLOB"))
    do = max(0, int_arg(dst_offset, "COPY BLOB"))
    n = max(0, int_arg(length, "COPY BLOB"))
    chunk = data[so:so + n]
    if do + len(chunk) > len(b):
        b.extend(bytes(do + len(chunk) - len(b)))
    b[do:do + len(chunk)] = chunk
    put(dst_ref, b)


@command("INSERT IN BLOB", None, refs=(0,), procedure=True)
def insert_in_blob(blob_ref=None, offset=0, length=0, filler=None):
    b = blob_target(blob_ref, "INSERT IN BLOB")
    off = min(max(0, int_arg(offset, "INSERT IN BLOB")), len(b))
    n = max(0, int_arg(length, "INSERT IN BLOB"))
    b[off:off] = bytes([_filler(filler, "INSERT IN BLOB")]) * n
    put(blob_ref, b)


@command("DELETE FROM BLOB", None, refs=(0,), procedure=True)
def delete_from_blob(blob_ref=None, offset=0, length=0):
    b = blob_target(blob_ref, "DELETE FROM BLOB")
    off = max(0, int_arg(offset, "DELETE FROM BLOB"))
    n = max(0, int_arg(length, "DELETE FROM BLOB"))
    del b[off:off + n]
    put(blob_ref, b)


@command("CONVERT FROM TEXT", 1011, refs=(2,), procedure=True)
def convert_from_text(text=None, charset=None, blob_ref=None):
    """Text → bytes in `charset` (no BOM; "UTF-16"/"UTF-32" are big-endian); sets OK."""
    s = text_arg(text, "CONVERT FROM TEXT")
    codec = codec_for(charset)
    if codec is None:
        set_ok(0)
        return
    if codec in ("utf-16", "utf_16"):
        codec = "utf-16-be"
    elif codec in ("utf-32", "utf_32"):
        codec = "utf-32-be"
    try:
        data = s.encode(codec, errors="replace" if not is_unicode(codec) else "surrogatepass")
    except (UnicodeError, LookupError):
        set_ok(0)
        return
    if type(deref(blob_ref)) is Blob4D:     # a 4D.Blob variable receives a new 4D.Blob (the
        put(blob_ref, Blob4D(data))          # command is not among those refusing 4D.Blob)
    else:
        b = blob_target(blob_ref, "CONVERT FROM TEXT")
        b[:] = data
        put(blob_ref, b)
    set_ok(1)


@command("Convert to text", 1012)
def convert_to_text(blob=None, charset=None):
    """Bytes in `charset` → Text; a Unicode BOM is detected, removed and wins; sets OK."""
    data = bytes(blob_bytes(blob, "Convert to text"))
    codec = codec_for(charset)
    if codec is None:
        set_ok(0)
        return ""
    if is_unicode(codec):
        for bom, bom_codec in BOMS:
            if data.startswith(bom):
                data = data[len(bom):]
                codec = bom_codec
                break
        else:
            if codec in ("utf-16", "utf_16"):
                codec = "utf-16-be"
            elif codec in ("utf-32", "utf_32"):
                codec = "utf-32-be"
    try:
        text = data.decode(codec, errors="replace")
    except LookupError:
        set_ok(0)
        return ""
    set_ok(1)
    return text


# ---------------------------------------------------------------- Base64 and digests
def _to_bytes(v, cmd):
    if type(v) is str:
        return v.encode("utf-8", errors="surrogatepass")
    return bytes(blob_bytes(v, cmd))


def _like(target_current, data: bytes):
    """Store `data` the way the receiving variable holds it: Blob stays Blob, else Text."""
    if type(target_current) is bytearray:
        return bytearray(data)
    if type(target_current) is Blob4D:
        return Blob4D(data)
    return data.decode("utf-8", errors="replace")


@command("BASE64 ENCODE", 895, refs=(0, 1))
def base64_encode(src_ref=None, *rest):
    """`BASE64 ENCODE(toEncode {; encoded}{; *})`: Text is encoded as UTF-8; `*` = base64url.
    Without `encoded`, toEncode is replaced. The encoded text is also returned."""
    rest, url = split_star(rest)
    src = deref(src_ref)
    data = _to_bytes(src, "BASE64 ENCODE")
    enc = base64.urlsafe_b64encode(data).rstrip(b"=") if url else base64.b64encode(data)
    target = rest[0] if rest else src_ref
    cur = deref(target) if rest else src
    result = _like(cur, enc)
    put(target, result)
    return enc.decode("ascii")


@command("BASE64 DECODE", 896, refs=(0, 1))
def base64_decode(src_ref=None, *rest):
    """`BASE64 DECODE(toDecode {; decoded}{; *})`: OK=0 (and empty result) on invalid data."""
    rest, url = split_star(rest)
    src = deref(src_ref)
    data = _to_bytes(src, "BASE64 DECODE").strip()
    try:
        if url or b"-" in data or b"_" in data:
            dec = base64.urlsafe_b64decode(data + b"=" * (-len(data) % 4))
        else:
            dec = base64.b64decode(data + b"=" * (-len(data) % 4), validate=False)
        set_ok(1)
    except (binascii.Error, ValueError):
        dec = b""
        set_ok(0)
    target = rest[0] if rest else src_ref
    cur = deref(target) if rest else src
    result = _like(cur, dec)
    put(target, result)
    return result


@command("Generate digest", 1147)
def generate_digest(param=None, algorithm=MD5_DIGEST, star=None):
    """Hex digest of a Text (UTF-8) or Blob; `*` = Base64URL."""
    data = _to_bytes(param, "Generate digest")
    alg = int_arg(algorithm, "Generate digest")
    import hashlib                      # here: it loads OpenSSL (milliseconds at start-up)
    h = {MD5_DIGEST: hashlib.md5, SHA1_DIGEST: hashlib.sha1, SHA256_DIGEST: hashlib.sha256,
         SHA512_DIGEST: hashlib.sha512}.get(alg)
    if h is None:
        raise FourDError(ERR_NOT_SUPPORTED, f"Generate digest: algorithm {alg} is not supported")
    d = h(data)
    if is_star(star):
        return base64.urlsafe_b64encode(d.digest()).rstrip(b"=").decode("ascii")
    return d.hexdigest()
