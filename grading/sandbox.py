"""Run a command in a throwaway sandbox: bubblewrap namespaces, an unprivileged user, resource
limits and a wall clock for the whole run.

What the command sees: the system's programs and libraries read-only, the Python environment and
the course's helpers/ and datasets/ read-only, a writable work folder, and an empty /tmp that is also $HOME.
Nothing else of the host: no solutions/, no gradebook, no other student's files, no network
(a private network namespace with only loopback). Every process it starts lives in a private PID
namespace and dies with the sandbox, so a detached child cannot outlive grading.
"""
import os
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

FIRST_UID = 1_000_000  # sandbox users: FIRST_UID + the grading process's PID, so no two live sandboxes share one
REPO = Path(__file__).resolve().parents[1]


class SandboxUnavailable(RuntimeError):
    """bubblewrap is missing or cannot create namespaces here."""


@dataclass(frozen=True)
class Limits:
    wall_seconds: float = 900          # the whole run, every cell together
    memory_bytes: int = 4 << 30        # heap of each process (RLIMIT_DATA)
    file_bytes: int = 256 << 20        # largest file it may write (RLIMIT_FSIZE)
    processes: int = 512               # tasks of the sandbox user, threads included (RLIMIT_NPROC)
    open_files: int = 1024


@dataclass(frozen=True)
class SandboxResult:
    returncode: int
    timed_out: bool
    stderr: str                        # the last 4,000 characters


def _bwrap():
    path = shutil.which("bwrap")
    if path is None:
        raise SandboxUnavailable("bubblewrap is not installed: run `make sandbox` (Debian/Ubuntu: "
                                 "apt-get install bubblewrap), then grade again.")
    return path


def _read_only_paths():
    """Everything the Python environment and the course's helpers need, read-only."""
    paths = [Path(sys.prefix), Path(sys.base_prefix), REPO / "helpers", REPO / "grading", REPO / "datasets"]
    paths += [Path(p) for p in ("/usr", "/etc")]
    return [p.resolve() for p in paths if p.exists()]


def sandbox_command(argv, workdir):
    """The bwrap command line that runs `argv` in `workdir` (mounted at the same path, writable)."""
    workdir = Path(workdir).resolve()
    binds = [(path, "--ro-bind") for path in _read_only_paths()] + [(workdir, "--bind")]
    command = [_bwrap(), "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
               "--unshare-cgroup-try", "--die-with-parent", "--new-session",
               "--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp"]
    for link in ("bin", "lib", "lib64", "sbin"):  # Debian's merged /usr
        if Path(f"/{link}").is_symlink():
            command += ["--symlink", os.readlink(f"/{link}"), f"/{link}"]
    # bwrap creates missing parent folders as 0700, which the unprivileged user cannot enter
    parents = sorted({parent for path, _ in binds for parent in path.parents if parent != Path("/")},
                     key=lambda p: len(p.parts))
    for parent in parents:
        command += ["--perms", "0755", "--dir", str(parent)]
    for path, kind in binds:
        command += [kind, str(path), str(path)]
    command += ["--chdir", str(workdir), "--setenv", "HOME", "/tmp", "--setenv", "TMPDIR", "/tmp",
                "--setenv", "MPLCONFIGDIR", "/tmp/matplotlib", "--setenv", "PYTHONNOUSERSITE", "1"]
    # drop from root to an unprivileged user of its own (bwrap needs root to set the sandbox up);
    # its own, because RLIMIT_NPROC counts every process of a user: a fork bomb in one sandbox
    # must not starve another one grading beside it
    if os.geteuid() == 0:
        uid = FIRST_UID + os.getpid()
        command += ["--", "setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--no-new-privs", *argv]
    else:
        command += ["--", *argv]
    return command


def _apply_limits(limits):
    def preexec():
        for name, value in ((resource.RLIMIT_DATA, limits.memory_bytes),
                            (resource.RLIMIT_FSIZE, limits.file_bytes),
                            (resource.RLIMIT_NPROC, limits.processes),
                            (resource.RLIMIT_NOFILE, limits.open_files),
                            (resource.RLIMIT_CORE, 0)):
            resource.setrlimit(name, (value, value))
    return preexec


def run_in_sandbox(argv, workdir, limits=Limits(), env=None):
    """Run `argv` sandboxed in `workdir`; kill everything it started after `limits.wall_seconds`."""
    workdir = Path(workdir)
    if os.geteuid() == 0:
        os.chmod(workdir, 0o777)  # the unprivileged sandbox user writes its results here
    process = subprocess.Popen(sandbox_command(argv, workdir), stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env=env if env is not None else _clean_environment(),
                               preexec_fn=_apply_limits(limits), start_new_session=True)
    try:
        _, stderr = process.communicate(timeout=limits.wall_seconds)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)   # bwrap dies, and with it its PID namespace: every process inside
        _, stderr = process.communicate()
        timed_out = True
    return SandboxResult(returncode=process.returncode, timed_out=timed_out,
                         stderr=stderr.decode(errors="replace")[-4000:])


def check_sandbox(workdir):
    """Raise SandboxUnavailable, saying what to do, unless a sandbox starts here."""
    result = run_in_sandbox(["true"], workdir, Limits(wall_seconds=60))
    if result.returncode != 0:
        raise SandboxUnavailable(f"bubblewrap could not start a sandbox ({result.stderr.strip()}): "
                                 "it needs unprivileged user namespaces or root; see README, 'Grading'.")


def _clean_environment():
    """Only what a kernel needs: no tokens, passwords or paths of the grader's session."""
    keep = ("LANG", "LC_ALL", "TZ", "TF_CPP_MIN_LOG_LEVEL", "TF_ENABLE_ONEDNN_OPTS", "COURSE_FAST",
            "NBGRADER_EXECUTION", "COURSE_DATA_DIR", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env["PATH"] = f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin"
    # thread pools sized for one sandbox, so several can share a machine
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "2"
    return env
