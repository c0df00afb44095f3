"""`4D.Blob` (language.md §12.6): immutable blob objects are values.Blob4D; this module
builds them (`4D.Blob.new()`) and converts between them and scalar Blobs."""
from __future__ import annotations

from ..errors import FourDError, ERR_TYPE_MISMATCH
from ..values import NULL, Blob4D, type_name


def new_blob(*args) -> Blob4D:
    """`4D.Blob.new({blob})`: empty, or a copy of a scalar Blob / 4D.Blob."""
    if not args or args[0] is None or args[0] is NULL:
        return Blob4D(b"")
    src = args[0]
    if type(src) is bytearray or type(src) is bytes:
        return Blob4D(src)
    if type(src) is Blob4D:
        return Blob4D(src.data)
    raise FourDError(ERR_TYPE_MISMATCH, f"4D.Blob.new(): a Blob is expected, got {type_name(src)}")


def to_blob_object(v) -> Blob4D:
    """A scalar Blob put into an object/collection property becomes a 4D.Blob."""
    return v if type(v) is Blob4D else Blob4D(v)


def to_scalar_blob(v) -> bytearray:
    """A 4D.Blob assigned to a `Blob` variable becomes a scalar Blob (a copy)."""
    if type(v) is Blob4D:
        return bytearray(v.data)
    if type(v) is bytearray:
        return bytearray(v)
    if v is None or v is NULL:
        return bytearray()
    raise FourDError(ERR_TYPE_MISMATCH, f"A Blob is expected, got {type_name(v)}")


def blob_size(v) -> int:
    """`.size` of a 4D.Blob (and BLOB size of either kind)."""
    if type(v) is Blob4D:
        return len(v.data)
    if type(v) is bytearray:
        return len(v)
    raise FourDError(ERR_TYPE_MISMATCH, f"A Blob is expected, got {type_name(v)}")
