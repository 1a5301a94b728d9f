"""A simulated power loss: a SQLite VFS that remembers only what was synced to disk.

SIGKILL keeps the operating system's page cache, so a kill test cannot tell ``synchronous=FULL``
from ``synchronous=OFF`` (the project design notes, Known facts). A power cut loses every write not yet
flushed with fsync. This shim sits in front of SQLite's own "unix" VFS (registered through
ctypes in the very libsqlite3 the ``sqlite3`` module uses, so the product's engine uses it
unchanged): reads and writes go to the real files, and each time SQLite syncs a file its
bytes are copied aside as what would survive. ``crash_image`` writes those copies into a
folder: the database as a machine would find it after the power came back (unsynced writes
all dropped, the harshest case).

Only for tests on Linux/macOS builds that link the system libsqlite3; ``available()`` says.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

NAME = b"peeldesk-power-loss"
_P = ctypes.c_void_p
_I64 = ctypes.c_int64
_INT = ctypes.c_int
# Our file object: our methods pointer, padding, then the real VFS's file object.
_HEADER = 16


class _IoMethods(ctypes.Structure):
    _fields_ = [("iVersion", _INT)] + [
        (name, _P)
        for name in (
            "xClose",
            "xRead",
            "xWrite",
            "xTruncate",
            "xSync",
            "xFileSize",
            "xLock",
            "xUnlock",
            "xCheckReservedLock",
            "xFileControl",
            "xSectorSize",
            "xDeviceCharacteristics",
            "xShmMap",
            "xShmLock",
            "xShmBarrier",
            "xShmUnmap",
            "xFetch",
            "xUnfetch",
        )
    ]


class _Vfs(ctypes.Structure):
    _fields_ = [  # type: ignore[assignment]
        ("iVersion", _INT),
        ("szOsFile", _INT),
        ("mxPathname", _INT),
        ("pNext", _P),
        ("zName", ctypes.c_char_p),
        ("pAppData", _P),
        ("xOpen", _P),
    ] + [
        (name, _P)
        for name in (
            "xDelete",
            "xAccess",
            "xFullPathname",
            "xDlOpen",
            "xDlError",
            "xDlSym",
            "xDlClose",
            "xRandomness",
            "xSleep",
            "xCurrentTime",
            "xGetLastError",
            "xCurrentTimeInt64",
            "xSetSystemCall",
            "xGetSystemCall",
            "xNextSystemCall",
        )
    ]


# Signatures of the methods we forward, by name (all take the file first).
_SIGNATURES: dict[str, tuple[Any, ...]] = {
    "xClose": (_INT, _P),
    "xRead": (_INT, _P, _P, _INT, _I64),
    "xWrite": (_INT, _P, _P, _INT, _I64),
    "xTruncate": (_INT, _P, _I64),
    "xSync": (_INT, _P, _INT),
    "xFileSize": (_INT, _P, _P),
    "xLock": (_INT, _P, _INT),
    "xUnlock": (_INT, _P, _INT),
    "xCheckReservedLock": (_INT, _P, _P),
    "xFileControl": (_INT, _P, _INT, _P),
    "xSectorSize": (_INT, _P),
    "xDeviceCharacteristics": (_INT, _P),
    "xShmMap": (_INT, _P, _INT, _INT, _INT, _P),
    "xShmLock": (_INT, _P, _INT, _INT, _INT),
    "xShmBarrier": (None, _P),
    "xShmUnmap": (_INT, _P, _INT),
}
# The name stays a raw pointer: SQLite's unix VFS keeps it (the "-shm" name is made from it
# later), so it must be SQLite's own memory, never a temporary copy made by ctypes.
_OPEN = ctypes.CFUNCTYPE(_INT, _P, _P, _P, _INT, _P)
_DELETE = ctypes.CFUNCTYPE(_INT, _P, _P, _INT)


def _library() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)
    except OSError:
        return None
    library.sqlite3_vfs_find.restype = _P
    library.sqlite3_vfs_find.argtypes = [ctypes.c_char_p]
    library.sqlite3_vfs_register.argtypes = [_P, _INT]
    library.sqlite3_vfs_unregister.argtypes = [_P]
    return library


class PowerLossVfs:
    """Inside ``with``, every SQLite connection opened in this process goes through the shim."""

    def __init__(self) -> None:
        library = _library()
        if library is None:
            raise RuntimeError("no libsqlite3 to load")
        self._library = library
        real_address = library.sqlite3_vfs_find(None)
        self._real_address = real_address
        self._real = _Vfs.from_address(real_address)
        self._real_open = _OPEN(self._real.xOpen)
        self._real_delete = _DELETE(self._real.xDelete)
        self.durable: dict[str, bytes | None] = {}  # path -> bytes that survive, None: absent
        self._paths: dict[int, str] = {}  # our file object's address -> its path
        self._keep: list[object] = []  # callbacks and structures C holds pointers to
        self._methods = self._io_methods()
        self._vfs = _Vfs()
        ctypes.pointer(self._vfs)[0] = self._real  # copy every field, then replace ours
        self._vfs.iVersion = min(self._real.iVersion, 3)
        self._vfs.pNext = None
        self._vfs.zName = NAME
        self._vfs.szOsFile = self._real.szOsFile + _HEADER
        open_callback = _OPEN(self._open)
        delete_callback = _DELETE(self._delete)
        self._keep += [open_callback, delete_callback]
        self._vfs.xOpen = ctypes.cast(open_callback, _P).value
        self._vfs.xDelete = ctypes.cast(delete_callback, _P).value

    # --- the VFS ----------------------------------------------------------------------------
    def _open(self, _vfs: int, name: int | None, file: int, flags: int, out: int) -> int:
        real_file = file + _HEADER
        result = self._real_open(self._real_address, name, real_file, flags, out)
        real_methods = _P.from_address(real_file).value
        _P.from_address(file).value = ctypes.addressof(self._methods) if real_methods else None
        if result == 0 and name:
            path = os.fsdecode(ctypes.string_at(name))
            self._paths[file] = path
            if path not in self.durable:  # there before the test: taken as on disk
                self.durable[path] = Path(path).read_bytes() if Path(path).exists() else None
        return int(result)

    def _delete(self, _vfs: int, name: int, sync_dir: int) -> int:
        result = self._real_delete(self._real_address, name, sync_dir)
        if result == 0 and sync_dir:  # the directory synced: the file is gone for good
            self.durable[os.fsdecode(ctypes.string_at(name))] = None
        return int(result)

    def _io_methods(self) -> _IoMethods:
        methods = _IoMethods()
        methods.iVersion = 2  # no memory-mapped I/O (xFetch): every write goes through xWrite
        for name, (restype, *argtypes) in _SIGNATURES.items():
            prototype = ctypes.CFUNCTYPE(restype, *argtypes)
            callback = prototype(self._forwarder(name, prototype))
            self._keep.append(callback)
            setattr(methods, name, ctypes.cast(callback, _P).value)
        return methods

    def _forwarder(self, name: str, prototype: Any) -> Callable[..., object]:
        def forward(file: int, *args: object) -> object:
            real_file = file + _HEADER
            real_methods = _IoMethods.from_address(_P.from_address(real_file).value or 0)
            result = prototype(getattr(real_methods, name))(real_file, *args)
            if name == "xSync" and result == 0 and file in self._paths:
                path = self._paths[file]
                self.durable[path] = Path(path).read_bytes()
            if name == "xClose":
                self._paths.pop(file, None)
            return result

        return forward

    # --- using it ---------------------------------------------------------------------------
    def __enter__(self) -> PowerLossVfs:
        self._library.sqlite3_vfs_register(ctypes.addressof(self._vfs), 1)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # Every connection opened through the shim must be closed before this.
        self._library.sqlite3_vfs_unregister(ctypes.addressof(self._vfs))
        self._library.sqlite3_vfs_register(self._real_address, 1)

    def crash_image(self, folder: Path) -> None:
        """The files as they would be after a power cut now, written into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        for path, content in self.durable.items():
            if content is not None and not path.endswith("-shm"):  # shared memory: rebuilt
                (folder / Path(path).name).write_bytes(content)


def available() -> bool:
    """True if a VFS registered through ctypes is the one the sqlite3 module uses."""
    library = _library()
    if library is None:
        return False
    library.sqlite3_libversion.restype = ctypes.c_char_p
    return bool(library.sqlite3_libversion().decode() == sqlite3.sqlite_version)
