"""Is a path on a network share? SQLite's file locking is unsafe there.

The decision is a pure function of the path and a mounts table (the text of
``/proc/mounts``), so it can be tested with a made-up table.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

from db.messages import msg

# File-system types whose byte-range locks SQLite cannot trust.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.smbnetfs",
    }
)
MOUNTS_FILE = "/proc/mounts"


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) for every line of a /proc/mounts table."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((_unescape(parts[1]), parts[2]))
    return mounts


def filesystem_type(path: str | os.PathLike[str], mounts_text: str) -> str | None:
    """The type of the file system holding ``path`` (the longest matching mount point)."""
    target = PurePosixPath(os.fspath(path))
    best: tuple[int, str] | None = None
    for mount_point, fs_type in parse_mounts(mounts_text):
        point = PurePosixPath(mount_point)
        if (target == point or point in target.parents) and (
            best is None or len(point.parts) >= best[0]
        ):
            # Later lines win at equal depth: they are mounted over earlier ones.
            best = (len(point.parts), fs_type)
    return best[1] if best else None


def is_network_filesystem(fs_type: str | None) -> bool:
    return fs_type is not None and (
        fs_type in NETWORK_FILESYSTEMS or fs_type.split(".")[0] in NETWORK_FILESYSTEMS
    )


def network_share_kind(path: Path, mounts_text: str | None = None) -> str | None:
    """The network file-system type under ``path`` ("nfs", "cifs", ...), or None if local.

    On Windows a UNC path (\\\\server\\share) counts as a network share. Elsewhere
    without a mounts table the answer is None: better to open than to refuse.
    """
    text = os.fspath(path)
    if sys.platform == "win32" or (mounts_text is None and not os.path.exists(MOUNTS_FILE)):
        if text.startswith(("\\\\", "//")):
            return msg("network share")
        return None
    if mounts_text is None:
        try:
            with open(MOUNTS_FILE, encoding="utf-8", errors="replace") as handle:
                mounts_text = handle.read()
        except OSError:
            return None
    resolved = Path(text).expanduser().resolve(strict=False)
    fs_type = filesystem_type(resolved, mounts_text)
    return fs_type if is_network_filesystem(fs_type) else None
