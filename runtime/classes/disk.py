"""What files, folders, file handles and documents share: the OS file-manager error codes 4D
reports, line-break modes, and argument checks (decisions: runtime/classes/files.py)."""
from __future__ import annotations

import errno
import re
import sys

from ..errors import FourDError, ERR_PARAM_COUNT, ERR_TYPE_MISMATCH
from ..values import Blob4D, type_name

# OS file-manager error codes (the Mac OS File Manager numbering 4D reports)
ERR_DISK_FULL = -34
ERR_IO = -36
ERR_BAD_NAME = -37
ERR_FILE_NOT_FOUND = -43
ERR_LOCKED = -45
ERR_NOT_EMPTY = -47
ERR_DUPLICATE = -48
ERR_PERMISSION = -54
ERR_FOLDER_NOT_FOUND = -120

_ERRNO_CODES = {
    errno.ENOENT: ERR_FILE_NOT_FOUND, errno.EEXIST: ERR_DUPLICATE,
    errno.ENOTEMPTY: ERR_NOT_EMPTY, errno.EBUSY: ERR_NOT_EMPTY, errno.EACCES: ERR_PERMISSION,
    errno.EPERM: ERR_PERMISSION, errno.EROFS: ERR_PERMISSION, errno.ENOSPC: ERR_DISK_FULL,
    errno.ENAMETOOLONG: ERR_BAD_NAME, errno.ENOTDIR: ERR_FOLDER_NOT_FOUND,
    errno.EISDIR: ERR_DUPLICATE, errno.EINVAL: ERR_BAD_NAME,
}

LINE_BREAKS = re.compile(r"\r\n|\r|\n")
NATIVE_EOL = "\r\n" if sys.platform == "win32" else "\n"
# breakMode: Document unchanged, with native format, with CRLF, with CR, with LF
EOL_OF_MODE = {0: None, 1: NATIVE_EOL, 2: "\r\n", 3: "\r", 4: "\n"}


def os_error(exc: OSError, what: str, path: str, code: int | None = None) -> FourDError:
    """A 4D error for a failed OS call on `path` (`code`, else the errno's, else -36)."""
    code = code or _ERRNO_CODES.get(exc.errno, ERR_IO)
    reason = exc.strerror or str(exc)
    return FourDError(code, f"{what}: {reason} ({path})")


def blob_argument(args, what, signature) -> bytes:
    """The bytes of the single Blob or 4D.Blob parameter of `what`."""
    if len(args) != 1:
        raise FourDError(ERR_PARAM_COUNT, f"{what}: expected ({signature})")
    blob = args[0]
    if isinstance(blob, Blob4D):
        return blob.data
    if type(blob) in (bytearray, bytes):
        return bytes(blob)
    raise FourDError(ERR_TYPE_MISMATCH, f"{what}: a Blob is expected, not {type_name(blob)}")
