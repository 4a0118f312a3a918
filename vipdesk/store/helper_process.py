"""A second process that computes while this one writes, and never outlives it.

The guest import parses in it and the index rebuild computes search tokens in it, so both
cores work. It must die with its parent, however the parent ends (even `kill -9`):

- tasks arrive on its stdin, a pipe whose writing end only the parent holds, so the
  helper reads EOF as soon as the parent is gone, and exits;
- on Linux the kernel kills it when the parent dies (PR_SET_PDEATHSIG), even mid-task;
- on Windows it runs in a job object that kills it when the parent's handle closes.

It is a plain `python -m vipdesk.store.helper_process` (runtime.module_command, so the
bundle runs it too), not multiprocessing's spawn: that starts a resource tracker process
beside it (12 MB doing nothing), and its pools give the worker both ends of their queues,
so a worker whose parent was killed waits for work forever. Tasks and answers are pickles,
each after its length.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from vipdesk.runtime import collect_young

_PR_SET_PDEATHSIG = 1
_DONE = object()
_LENGTH = struct.Struct("!Q")


class HelperStopped(RuntimeError):
    """The helper process ended before answering (killed, or out of memory)."""


class HelperProcess:
    """One helper process, answering tasks in the order they were given."""

    def __init__(self) -> None:
        from vipdesk.runtime import is_frozen, module_command

        env = dict(os.environ)
        if not is_frozen():  # it imports vipdesk from where this process did
            root = str(Path(__file__).resolve().parents[2])
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
        self._process = subprocess.Popen(
            module_command(__name__, str(os.getpid())),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            creationflags=0x08000000 if sys.platform == "win32" else 0,  # CREATE_NO_WINDOW
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._tasks: IO[bytes] = self._process.stdin
        self._answers: IO[bytes] = self._process.stdout
        if sys.platform == "win32":
            _kill_with_this_process(self._process.pid)
        # Answers are read on a thread, so the helper never blocks writing one while we
        # block handing it the next task (each side would wait for the other forever).
        self._inbox: queue.Queue[Any] = queue.Queue()
        self._reader = threading.Thread(target=self._receive, daemon=True)
        self._reader.start()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _receive(self) -> None:
        try:
            while True:
                self._inbox.put(pickle.loads(_read_message(self._answers)))
        except (EOFError, OSError, ValueError):
            self._inbox.put(_DONE)

    def imap(
        self,
        func: Callable[..., Any],
        argument_lists: Iterable[tuple[Any, ...]],
        *,
        ahead: int = 3,
    ) -> Iterator[Any]:
        """func(*args) for each argument tuple, computed in the helper, in order.

        At most `ahead` tasks are in flight, so memory stays bounded however long the input.
        """
        in_flight: deque[None] = deque()
        for args in argument_lists:
            try:
                _write_message(self._tasks, pickle.dumps((func, args), pickle.HIGHEST_PROTOCOL))
            except (OSError, ValueError):
                raise HelperStopped("the helper process stopped unexpectedly") from None
            in_flight.append(None)
            if len(in_flight) >= ahead:
                in_flight.popleft()
                yield self._next_answer()
        while in_flight:
            in_flight.popleft()
            yield self._next_answer()

    def _next_answer(self) -> Any:
        answer = self._inbox.get()
        if answer is _DONE:
            raise HelperStopped("the helper process stopped unexpectedly")
        ok, value = answer
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the helper (it exits on EOF; a stuck one is killed)."""
        with contextlib.suppress(OSError):  # it is gone already
            self._tasks.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join(timeout=5)
        self._answers.close()

    def __enter__(self) -> HelperProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _write_message(stream: IO[bytes], data: bytes) -> None:
    stream.write(_LENGTH.pack(len(data)))
    stream.write(data)
    stream.flush()


def _read_message(stream: IO[bytes]) -> bytes:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return data


def _serve(tasks: IO[bytes], answers: IO[bytes], parent: int) -> None:
    """The helper's main loop: one task at a time until the parent closes the pipe.

    Tasks are taken off the pipe on a thread as soon as they come: the parent never
    waits to hand over the next one while this one is computed (a task is bigger than a
    pipe's buffer). The parent keeps at most `ahead` in flight, so they are few."""
    _die_with_parent(parent)
    inbox: queue.Queue[bytes | None] = queue.Queue()

    def receive() -> None:
        try:
            while True:
                inbox.put(_read_message(tasks))
        except BaseException:  # EOF: the parent is gone or done; else a garbled pipe
            pass
        finally:
            inbox.put(None)  # the helper ends, and the parent hears it (HelperStopped)

    threading.Thread(target=receive, daemon=True).start()
    # A task makes 100,000s of short-lived objects with no cycles: the cycle collector
    # would walk the live ones again and again (a seventh of an import's parsing). It
    # stays off; a young collection after each task frees any rare cycle.
    gc.disable()
    while True:
        collect_young()  # only what the last task left alive is walked: little
        message = inbox.get()
        if message is None:
            return
        data = _answer(message)  # the task's objects are gone once it returns
        try:
            _write_message(answers, data)
        except (EOFError, OSError):
            return


def _answer(message: bytes) -> bytes:
    """The pickled answer to one pickled task: (True, result) or (False, the exception)."""
    func, args = pickle.loads(message)
    try:
        answer: tuple[bool, Any] = (True, func(*args))
    except Exception as exc:
        answer = (False, exc)
    try:
        return pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an answer that cannot be pickled
        error = RuntimeError(f"helper answer not sendable: {exc!r}")
        return pickle.dumps((False, error), pickle.HIGHEST_PROTOCOL)


def _main() -> None:
    # The answers get their own copy of stdout; whatever else writes to stdout goes to
    # stderr instead, so that no stray print() corrupts them.
    answers_fd = os.dup(1)
    os.dup2(2, 1)
    if sys.platform == "win32":
        import msvcrt

        msvcrt.setmode(0, os.O_BINARY)
        msvcrt.setmode(answers_fd, os.O_BINARY)
    with os.fdopen(0, "rb") as tasks, os.fdopen(answers_fd, "wb") as answers:
        _serve(tasks, answers, int(sys.argv[1]))


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        # The parent may have died before prctl: then nobody would send the signal.
        if os.getppid() != parent:
            os._exit(0)


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    _JOB: int | None = None

    class _BasicLimits(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class _IoCounters(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_uint64)
            for name in (
                "ReadOperationCount",
                "WriteOperationCount",
                "OtherOperationCount",
                "ReadTransferCount",
                "WriteTransferCount",
                "OtherTransferCount",
            )
        ]

    class _ExtendedLimits(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", _BasicLimits),
            ("IoInfo", _IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    def _kill_with_this_process(pid: int | None) -> None:
        """Put the helper in a job that Windows kills when our last handle to it closes."""
        global _JOB
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        if _JOB is None:
            job = kernel32.CreateJobObjectW(None, None)
            if not job:
                return  # the pipe's EOF still ends the helper when it next waits
            limits = _ExtendedLimits()
            limits.BasicLimitInformation.LimitFlags = 0x2000  # KILL_ON_JOB_CLOSE
            kernel32.SetInformationJobObject(
                job, 9, ctypes.byref(limits), ctypes.sizeof(limits)
            )  # 9: JobObjectExtendedLimitInformation
            _JOB = job  # never closed: it must live exactly as long as this process
        process = kernel32.OpenProcess(0x0100 | 0x0001, False, pid)  # SET_QUOTA | TERMINATE
        if process:
            kernel32.AssignProcessToJobObject(_JOB, process)
            kernel32.CloseHandle(process)


if __name__ == "__main__":
    _main()
