"""Watches a folder and everything under it, and says (debounced) when its article files change."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import (
    QElapsedTimer,
    QFileSystemWatcher,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from typing_extensions import override

from reader.domain.loading.scan import FolderListing, list_folder, list_tree

# A burst of changes (a crawler writing files, an editor saving) gives one signal this long
# after it ends; a folder that never stops changing still gives one this often.
DEBOUNCE_MS = 500
MAX_DELAY_MS = 3000
# Folders are always watched, so files added, removed, renamed or replaced are always seen.
# A file written in place is seen only through a watch on the file itself, and those are
# dear: Qt spends a while on each, and the system allows a limited number per user
# (inotify: 8,192 to about a million, shared by every program). Beyond this many files,
# in-place edits show at the next reload (F5, or any file added or removed).
MAX_FILE_WATCHES = 10_000
# File watches are added this many at a time between events, so that opening a large folder
# does not hold up a click or a paint.
_WATCH_CHUNK = 60

# What tells that a file's content may have changed, without reading it.
_FileKey = tuple[int, int, int, int]
# The folders of a tree listed off the watcher's thread, and its first files with their keys.
_Tree = dict[str, FolderListing]
_KeyedFiles = list[tuple[str, _FileKey]]


def _identity(folder: Path) -> tuple[int, int] | None:
    """Return what tells this folder from another at the same path; None when it is not one."""
    try:
        info = os.stat(folder)
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


def _file_key(path: str) -> _FileKey | None:
    """Return the file's inode, size and times; None when it cannot be reached."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _keyed_files(paths: Iterable[str], budget: int) -> _KeyedFiles:
    """Return up to budget of the files that can be reached, each with its key now."""
    keyed: _KeyedFiles = []
    for path in paths:
        if len(keyed) >= budget:
            break
        key = _file_key(path)
        if key is not None:
            keyed.append((path, key))
    return keyed


def _file_paths(tree: _Tree) -> Iterator[str]:
    """Yield the path of every article file of a tree, folder by folder in name order."""
    for folder in sorted(tree):
        for name in sorted(tree[folder].files):
            yield os.path.join(folder, name)


def _nearest_existing(path: Path) -> Path | None:
    """Return the closest existing folder at or above path, if any."""
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return candidate
    return None


class _Relay(QObject):
    """Carries one listing from the pool thread to the watcher on the watcher's thread."""

    # (generation, root, tree, keyed files)
    listed = Signal(int, str, object, object)


class _ListTask(QRunnable):
    """Lists a folder's tree, and keys its first files, on a pool thread."""

    def __init__(self, generation: int, root: str, budget: int, relay: _Relay) -> None:
        super().__init__()
        self._generation = generation
        self._root = root
        self._budget = budget
        # Made on the watcher's thread, so that its signal is queued to the watcher there;
        # once the task is done nothing refers to it, and a watcher gone by then misses nothing.
        self._relay = relay

    @override
    def run(self) -> None:
        tree = list_tree(self._root)
        # Keyed here, as listed: the state a change is measured from, and up to the budget's
        # thousands of stats that the window's thread does not make.
        keyed = _keyed_files(_file_paths(tree), self._budget)
        # An application closing meanwhile takes the relay with it: nobody waits then.
        with contextlib.suppress(RuntimeError):
            self._relay.listed.emit(self._generation, self._root, tree, keyed)


class FolderWatcher(QObject):
    """Emits folder_changed when article files under the folder are added, edited or removed.

    The folder itself disappearing, being replaced or coming back counts as a change; the
    folder above it is watched for that, or while it is missing the closest one that exists.
    Changes to other files (a crawler's temporary files) do not count. Trees are listed off
    the watcher's thread: a change is reported once every folder it brought is watched.
    """

    folder_changed = Signal()
    # The folder's tree is listed and its folders watched (after watch(), or the folder
    # replaced): a change from now on is seen.
    folder_listed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_delay_ms: int = MAX_DELAY_MS,
        max_file_watches: int = MAX_FILE_WATCHES,
    ) -> None:
        super().__init__(parent)
        self._debounce_ms = debounce_ms
        self._max_delay_ms = max_delay_ms
        self._max_file_watches = max_file_watches
        self._folder: Path | None = None
        self._identity: tuple[int, int] | None = None
        self._tree: _Tree = {}
        self._watched_files: dict[str, _FileKey] = {}
        # Files waiting for their watch, each with its state when it was listed.
        self._file_queue: _KeyedFiles = []
        self._changed: set[str] = set()
        # Each watch() (or restart) has its number: a listing made for an older one is dropped.
        self._generation = 0
        # The trees being listed, by root; a change waits for them before it is reported.
        self._listing: set[str] = set()
        self._report_when_listed = False
        self._watcher = self._new_watcher()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._burst = QElapsedTimer()
        self._queue_timer = QTimer(self)
        self._queue_timer.setInterval(0)
        self._queue_timer.timeout.connect(self._on_queue_timer_timeout)

    @property
    def folder(self) -> Path | None:
        """The folder watched, if any."""
        return self._folder

    def folder_exists(self) -> bool:
        """Tell whether the folder watched is there now (asked of the disk, not remembered)."""
        return self._folder is not None and self._folder.is_dir()

    def watched_paths(self) -> list[str]:
        """Return the folders and files under watch."""
        return [*self._watcher.directories(), *self._watcher.files()]

    def is_settled(self) -> bool:
        """Tell whether every tree is listed, every watch in place and no change waits."""
        return not (self._listing or self._file_queue or self._timer.isActive())

    def watch(self, folder: Path) -> None:
        """Watch folder from now on; its state when listed is the one changes are measured
        from (folder_listed follows)."""
        self._folder = folder
        self._restart()

    def stop(self) -> None:
        """Stop watching."""
        self._folder = None
        self._restart()

    def _new_watcher(self) -> QFileSystemWatcher:
        watcher = QFileSystemWatcher(self)
        watcher.directoryChanged.connect(self._on_watcher_path_changed)
        watcher.fileChanged.connect(self._on_watcher_path_changed)
        return watcher

    def _restart(self) -> None:
        """Forget every watch and list the whole folder afresh."""
        self._timer.stop()
        self._queue_timer.stop()
        self._changed.clear()
        self._generation += 1
        self._listing = set()
        self._report_when_listed = False
        # A new watcher drops every old watch at once, where removing them one by one is slow.
        self._watcher.blockSignals(True)
        self._watcher.deleteLater()
        self._watcher = self._new_watcher()
        self._watched_files = {}
        self._file_queue = []
        self._tree = {}
        folder = self._folder
        self._identity = None if folder is None else _identity(folder)
        if folder is None:
            return
        # The folder above tells when the folder is renamed, removed or made again; while the
        # folder is missing, the closest folder above it tells when it comes back.
        above = _nearest_existing(folder.parent if self._identity else folder)
        if above is not None and above != folder:
            self._watcher.addPath(str(above))
        self._list_tree(str(folder))

    def _list_tree(self, root: str) -> None:
        """List a tree on a pool thread; its folders and files are watched when it is back."""
        self._listing.add(root)
        # The watcher's child: deleted on this thread, never on the pool thread.
        relay = _Relay(self)
        relay.listed.connect(self._on_relay_listed)
        # The global pool: a pool of the watcher's own would wait for a listing under way when
        # destroyed, on the window's thread, holding the interpreter lock that the listing needs.
        QThreadPool.globalInstance().start(_ListTask(self._generation, root, self._room(), relay))

    @Slot(int, str, object, object)
    def _on_relay_listed(self, generation: int, root: str, tree: _Tree, keyed: _KeyedFiles) -> None:
        self.sender().deleteLater()
        if generation != self._generation or root not in self._listing:
            return  # listed for an older watch, or gone while it was listed
        self._listing.remove(root)
        self._tree.update(tree)
        if tree:
            self._watcher.addPaths(sorted(tree))
        self._queue_files(keyed)
        if root == str(self._folder):
            self.folder_listed.emit()
        else:
            # A new folder under the folder: a change when it brought article files.
            self._report_when_listed |= any(listing.files for listing in tree.values())
        self._report_if_listed()

    def _report_if_listed(self) -> None:
        """Say that the folder changed, once every tree being listed is watched: a reload
        started at the signal then misses nothing that a watch would not tell."""
        if self._report_when_listed and not self._listing:
            self._report_when_listed = False
            self.folder_changed.emit()

    def _room(self) -> int:
        """Return how many more files may be watched, or queued for it."""
        return max(0, self._max_file_watches - len(self._watched_files) - len(self._file_queue))

    def _queue_files(self, keyed: _KeyedFiles) -> None:
        """Queue file watches, up to the budget, each with its state when it was listed."""
        self._file_queue.extend(keyed[: self._room()])
        if self._file_queue and not self._queue_timer.isActive():
            self._queue_timer.start()

    def _unwatch_file(self, path: str) -> None:
        if self._watched_files.pop(path, None) is not None:
            self._watcher.removePath(path)

    @Slot()
    def _on_queue_timer_timeout(self) -> None:
        chunk, self._file_queue = self._file_queue[:_WATCH_CHUNK], self._file_queue[_WATCH_CHUNK:]
        if not self._file_queue:
            self._queue_timer.stop()
        if not chunk:
            return
        # Names that are not valid text, and the system's limit, come back refused; the
        # folders holding those files are watched, so adds and removes still show.
        refused = set(self._watcher.addPaths([path for path, _key in chunk]))
        for path, key in chunk:
            if path in refused:
                continue
            self._watched_files[path] = key
            if _file_key(path) != key:
                # Written to between its listing and its watch: nothing else would tell.
                self._on_watcher_path_changed(path)

    @Slot(str)
    def _on_watcher_path_changed(self, path: str) -> None:
        self._changed.add(path)
        if not self._timer.isActive():
            self._burst.start()
        remaining = self._max_delay_ms - self._burst.elapsed()
        self._timer.start(max(0, min(self._debounce_ms, remaining)))

    @Slot()
    def _on_timer_timeout(self) -> None:
        changed, self._changed = self._changed, set()
        if self._folder is not None:
            self._report_when_listed |= self._apply(changed)
            self._report_if_listed()

    def _apply(self, paths: set[str]) -> bool:
        """Bring the listing up to date with the changed paths; tell whether articles changed
        (new folders, listed in the background, tell when they are back)."""
        folder = self._folder
        assert folder is not None
        if _identity(folder) != self._identity:
            self._restart()
            return True
        to_list: set[str] = set()
        edited = False
        for path in paths:
            if path in self._tree:
                to_list.add(path)
            elif path in self._watched_files:
                key = _file_key(path)
                if key is not None and key[0] == self._watched_files[path][0]:
                    # Written in place; an event that left it as it was does not count.
                    edited |= key != self._watched_files[path]
                    self._watched_files[path] = key
                else:
                    to_list.add(os.path.dirname(path))
        changed = edited
        # Parents first: a folder removed with its parent needs no listing of its own.
        for path in sorted(to_list):
            if path in self._tree:
                changed |= self._relist(path)
        return changed

    def _relist(self, path: str) -> bool:
        """List one folder again; tell whether its article files changed."""
        old = self._tree[path]
        new = list_folder(path)
        if new is None:
            return self._drop_tree(path)
        self._tree[path] = new
        changed = new.files != old.files
        for name in old.files.keys() - new.files.keys():
            self._unwatch_file(os.path.join(path, name))
        replaced = [name for name, inode in new.files.items() if old.files.get(name) != inode]
        for name in replaced:
            self._unwatch_file(os.path.join(path, name))
        # One folder's new files are keyed here, on this thread: a handful, as events come.
        paths = [os.path.join(path, name) for name in sorted(replaced)]
        self._queue_files(_keyed_files(paths, self._room()))
        for name in old.subfolders - new.subfolders:
            changed |= self._drop_tree(os.path.join(path, name))
        for name in sorted(new.subfolders - old.subfolders):
            self._list_tree(os.path.join(path, name))
        return changed

    def _drop_tree(self, path: str) -> bool:
        """Forget a folder that went away and everything under it; tell whether it held files."""
        prefix = path + os.sep
        self._listing = {
            root for root in self._listing if root != path and not root.startswith(prefix)
        }
        gone = [key for key in self._tree if key == path or key.startswith(prefix)]
        had_files = False
        for folder in gone:
            listing = self._tree.pop(folder)
            had_files |= bool(listing.files)
            for name in listing.files:
                self._unwatch_file(os.path.join(folder, name))
        if gone:
            self._watcher.removePaths(gone)
        return had_files
