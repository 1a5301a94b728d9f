"""A SQLite file on a network share is refused; one PeelDesk per database file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db.errors import DatabaseInUse, DatabaseOnNetworkShare
from db.filesystems import filesystem_type, is_network_filesystem, network_share_kind
from desktop.instance_lock import InstanceLock
from desktop.services.bootstrap import refuse_network_share

MOUNTS = textwrap.dedent(
    """\
    /dev/sda1 / ext4 rw,relatime 0 0
    proc /proc proc rw 0 0
    server:/export/clinic /mnt/clinic nfs4 rw,vers=4.2 0 0
    //nas/office\\040share /mnt/office\\040share cifs rw 0 0
    user@host:/data /home/ayse/remote fuse.sshfs rw 0 0
    /dev/sdb1 /mnt/clinic/local-disk ext4 rw 0 0
    tmpfs /tmp tmpfs rw 0 0
    """
)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/ayse/peeldesk.sqlite3", None),
        ("/mnt/clinic/peeldesk.sqlite3", "nfs4"),
        ("/mnt/office share/db/peeldesk.sqlite3", "cifs"),
        ("/home/ayse/remote/peeldesk.sqlite3", "fuse.sshfs"),
        # A local disk mounted inside the share is local again.
        ("/mnt/clinic/local-disk/peeldesk.sqlite3", None),
        # A folder whose name merely starts like a mount point is not inside it.
        ("/mnt/clinicx/peeldesk.sqlite3", None),
        ("/tmp/peeldesk.sqlite3", None),
    ],
)
def test_network_share_detection_from_a_mounts_table(path, expected) -> None:
    assert network_share_kind(path, MOUNTS) == expected


def test_mount_table_parsing_helpers() -> None:
    assert filesystem_type("/mnt/office share/x", MOUNTS) == "cifs"
    assert filesystem_type("/", MOUNTS) == "ext4"
    assert is_network_filesystem("smb3") and is_network_filesystem("nfs")
    assert not is_network_filesystem("ext4") and not is_network_filesystem(None)


def test_opening_a_database_on_a_share_is_refused_with_advice() -> None:
    with pytest.raises(DatabaseOnNetworkShare) as caught:
        refuse_network_share(Path("/mnt/clinic/peeldesk.sqlite3"), MOUNTS)
    message = str(caught.value)
    assert "network share (nfs4)" in message and "PostgreSQL" in message
    refuse_network_share(Path("/home/ayse/peeldesk.sqlite3"), MOUNTS)  # local: no error


def test_second_instance_is_refused_naming_the_first(db_path) -> None:
    db_path.parent.mkdir(parents=True)
    first = InstanceLock(db_path)
    first.acquire()
    try:
        with pytest.raises(DatabaseInUse) as caught:
            InstanceLock(db_path).acquire()
        assert "already running" in str(caught.value)
        assert "process" in str(caught.value)
        # Another process sees the lock too.
        script = (
            "import sys; from pathlib import Path; from desktop.instance_lock import InstanceLock\n"
            "try:\n    InstanceLock(Path(sys.argv[1])).acquire()\n"
            "except Exception as e:\n    print(e); sys.exit(3)\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script, str(db_path)], capture_output=True, text=True
        )
        assert result.returncode == 3
        import os

        assert f"process {os.getpid()}" in result.stdout
    finally:
        first.release()
    again = InstanceLock(db_path)
    again.acquire()  # free again once the first one let go
    again.release()


def test_lock_of_a_crashed_peeldesk_does_not_block_the_next_start(db_path) -> None:
    import signal

    db_path.parent.mkdir(parents=True)
    script = (
        "import sys, time; from pathlib import Path; from desktop.instance_lock import InstanceLock\n"
        "lock = InstanceLock(Path(sys.argv[1])); lock.acquire()\n"
        "print('locked', flush=True); time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUse):
            InstanceLock(db_path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    lock = InstanceLock(db_path)
    lock.acquire()  # the dead process's lock is recognised as stale
    lock.release()
