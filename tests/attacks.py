"""The catalogue of hostile submissions. Each attack replaces one exercise's answer; each malformed
submission breaks the notebook file itself.

Every attack targets TARGET. `stops` says whether it ends the run (then every later test cell
scores 0 as not run); otherwise only TARGET's tests fail. Placeholders filled in by the test:
{course} (the course folder on the host), {port} (a loopback server that counts hits),
{canary} (a host path that must not appear).
"""
from dataclasses import dataclass

TARGET = "ex3-replace-outliers"


@dataclass(frozen=True)
class Attack:
    student: str
    what: str
    code: str
    stops: bool = False


ATTACKS = [
    Attack("loop", "an infinite loop that ignores interrupts", """
import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)
while True:
    pass
""", stops=True),
    Attack("exit", "os._exit kills the kernel", """
import os
os._exit(0)
""", stops=True),
    Attack("segfault", "a segmentation fault in the kernel", """
import ctypes
ctypes.string_at(0)
""", stops=True),
    Attack("membomb", "a memory bomb", """
hoard = []
while True:
    hoard.append(bytearray(1 << 28))
"""),
    Attack("forkbomb", "a fork bomb", """
import os
while True:
    os.fork()
""", stops=True),
    Attack("detached", "a detached child meant to outlive grading", """
import subprocess
subprocess.Popen(["sh", "-c", "exec -a attack-sleeper sleep 600"], start_new_session=True,
                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
"""),
    Attack("flood", "20 MB of output", """
print("x" * 20_000_000)
"""),
    Attack("network", "a connection out of the sandbox", """
import urllib.request
urllib.request.urlopen("http://127.0.0.1:{port}/stolen", timeout=5).read()
"""),
    Attack("read-solutions", "reading the reference solutions and gradebook from disk", """
source = open("{course}/solutions/day01-numpy/day01-numpy.ipynb").read()
gradebook = open("{course}/gradebook.db", "rb").read()
exec(source.split("def replace_outliers")[1])  # would define the reference answer
"""),
    Attack("write-outside", "writing to the gradebook and to files outside the sandbox", """
for path in ("{course}/gradebook.db", "{canary}", "{course}/submitted/honest/day01-numpy/day01-numpy.ipynb"):
    try:
        open(path, "w").write("owned")
    except OSError as error:
        print(path, error)
raise RuntimeError("no answer here")
"""),
]


# Malformed submissions score 0 in full; grading goes on for the students after them.
MALFORMED = {
    "malformed-json": "the notebook file is not valid JSON",
    "malformed-renamed": "the notebook was renamed",
    "malformed-duplicate": "a test cell was duplicated",
}
