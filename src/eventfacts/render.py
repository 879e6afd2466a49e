"""Turn records into output text, and write output files atomically.

JSON is the contract (see docs/output.md); it is stable, so the same record gives the same
bytes. Writing to a file goes through a temporary file in the same folder and a rename, so an
interrupted run never leaves a half-written file in place of the old one. The temporary file is
created private (mode 0600), so before the rename it gets the mode the file would have had from
`>`: the old file's mode when it exists, otherwise 0666 less the umask.

Only a regular file (or a new one) is replaced so. A symlink is written through: the file it
points to is replaced and the link stays. A device, a FIFO or any other file that is not
regular (`/dev/null`, `/dev/stdout`, a pipe another program reads) is written to in place, as
`>` would: replacing it would put a regular file where the system expects a device.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import OutputError
from .records import EventRecord
from .serialize import dumps


def record_json(record: EventRecord, *, compact: bool = False) -> str:
    return dumps(record, compact=compact) + "\n"


def write_output(path: Path, text: str) -> None:
    """Write `text` to `path`: atomically for a regular or new file (through any symlinks to
    it), straight into anything else."""
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = None  # a new file, or a dangling link whose target is to be created
    if (mode is not None and not stat.S_ISREG(mode)) or _through_proc(path):
        _write_in_place(path, text)
        return
    write_atomic(path.resolve() if path.is_symlink() else path, text)


def _through_proc(path: Path) -> bool:
    """Whether `path` leads through /proc, as `/dev/stdout` does (to /proc/self/fd/1): a link to
    a descriptor the shell opened, to be written through, not replaced by the file's name."""
    current = Path(os.path.abspath(path))
    for _ in range(MAX_LINKS):
        if current.parts[1:2] == ("proc",):
            return True
        if not current.is_symlink():
            return False
        current = Path(os.path.abspath(current.parent / os.readlink(current)))
    return False


#: Links followed before giving up, as the kernel's limit on a path's symlinks.
MAX_LINKS = 40


def _write_in_place(path: Path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        os.chmod(temporary, _mode_for(path))
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException as exc:  # an error or Ctrl-C: the old file stays, the temporary goes
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise


def _mode_for(path: Path) -> int:
    """The permission bits `path` keeps (when it exists) or gets from the umask (when it does not)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        pass
    umask = os.umask(0o022)  # the only way to read the umask is to set it; put it straight back
    os.umask(umask)
    return 0o666 & ~umask
