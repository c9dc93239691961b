"""A program on a pseudo-terminal, driven by keys and timed by what it writes back.

Shared by the scale suite and the side-by-side comparison with newsboat, so that both
programs are measured the same way: a figure is the time from the write of a key (or the
start) to the last byte of the burst the program wrote in answer, a burst ending when
nothing came for `quiet` seconds.
"""
import fcntl
import os
import pty
import re
import select
import struct
import termios
import time


class PtySession:
    """`argv` on a pseudo-terminal of `cols` x `rows` with TERM=xterm-256color."""

    def __init__(self, argv, cols=120, rows=40, env=None):
        self.t0 = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:
            # The size is set in the child before exec, so the program's first query sees it.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.environ["TERM"] = "xterm-256color"
            os.environ.update(env or {})
            os.execv(argv[0], argv)
        self.pid, self.fd = pid, fd
        self.out = b""
        self.first = None  # the time of the first byte of the last burst

    def burst(self, want=None, quiet=0.15, limit=20.0):
        """Reads until `want` has appeared and then nothing came for `quiet` s; the time of
        the last byte, or None when `want` is None and nothing came for 3 s."""
        start = time.perf_counter()
        last = None
        self.first = None
        seen = want is None
        while True:
            r, _, _ = select.select([self.fd], [], [], quiet)
            now = time.perf_counter()
            if r:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:
                    break
                if not data:
                    break
                self.out += data
                last = now
                if self.first is None:
                    self.first = now
                if not seen and want in self.out:
                    seen = True
            elif seen and last is not None:
                break
            elif want is None and last is None and now - start > 3.0:
                return None  # the key changed nothing on screen
            if now - start > limit:
                raise SystemExit("%s did not draw %r in %.0f s" % (os.path.basename(self.argv0()), want, limit))
        return last

    def argv0(self):
        try:
            return os.readlink("/proc/%d/exe" % self.pid)
        except OSError:
            return "the program"

    def key(self, keys, quiet=0.15, want=None):
        """Seconds from writing `keys` to the end of the answer; None when nothing changed."""
        return self.key_first_last(keys, quiet, want)[1]

    def key_first_last(self, keys, quiet=0.15, want=None):
        """Seconds from writing `keys` to the first byte of the answer and to its last byte
        (None, None when nothing changed). A program that answers in two frames (a letter
        echoed, then what it found) shows the first at the first byte."""
        self.out = b""
        t0 = time.perf_counter()
        os.write(self.fd, keys)
        last = self.burst(want, quiet)
        if not last:
            return None, None
        return self.first - t0, last - t0

    def peak_rss_kb(self):
        with open("/proc/%d/status" % self.pid) as f:
            return int(re.search(r"VmHWM:\s+(\d+)", f.read()).group(1))

    def quit(self, keys=b"Q"):
        os.write(self.fd, keys)
        deadline = time.time() + 10
        while time.time() < deadline:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
            try:  # keeps draining so the program is never blocked writing its last frame
                r, _, _ = select.select([self.fd], [], [], 0.1)
                if r:
                    os.read(self.fd, 65536)
            except OSError:
                pass
        else:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)
