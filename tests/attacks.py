"""The catalogue of hostile submissions. Each attack replaces one exercise's answer; each malformed
submission breaks the notebook file itself.

Every attack targets TARGET, whose tests must score 0; earlier exercises keep their points, and
later ones too unless the attack `stops` the run (they then score 0) or `harms_later`.
Placeholders filled in by the test: {course} (the course folder on the host), {port} (a loopback
server that counts hits), {canary} (a host path that must not appear).
"""
from dataclasses import dataclass

TARGET = "ex3-replace-outliers"


@dataclass(frozen=True)
class Attack:
    student: str
    what: str
    code: str
    stops: bool = False          # ends the run: every later test cell must score 0
    harms_later: bool = False    # breaks the student's own later answers: later cells are not checked
    flagged: bool = True         # the tamper report must name it and flag TARGET's tests for review
    test_cell: str | None = None  # replaces TARGET's test cell too
    files: tuple = ()             # (name, text) files submitted beside the notebook


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
""", harms_later=True, flagged=False),  # the hoard stays in its kernel; only the limits catch it
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
""", flagged=False),
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


# Tampering: a wrong answer dressed up to pass. The decision is made outside the kernel, from the
# values the student's code returned, so none of these can earn TARGET's points.
WRONG = """
def replace_outliers(x, k=3.0):
    return np.asarray(x, dtype=float)  # replaces nothing
"""

ATTACKS += [
    Attack("patch-numpy", "patching what the checks call (np.isclose, np.allclose, np.array_equal)", WRONG + """
np.isclose = lambda *args, **kwargs: np.True_
np.allclose = np.array_equal = lambda *args, **kwargs: True
"""),
    Attack("patch-checks", "replacing the course's check helpers", WRONG + """
import helpers.checks
check_close = check_equal = check_dtype = check_raises = check_true = lambda *args, **kwargs: None
helpers.checks.check_close = helpers.checks.check_equal = check_close
"""),
    Attack("patch-builtins", "patching builtins: exceptions that are never raised", WRONG + """
import builtins
class Quiet(Exception):
    pass
builtins.AssertionError = builtins.ValueError = Quiet
""", harms_later=True),
    Attack("patch-recorder", "replacing the grader's recorder with one that copies expected values", WRONG + """
import grading.record, inspect
real = grading.record.record
def forged(site, value):
    caller = inspect.currentframe().f_back.f_globals
    return real(site, caller.get("expected", caller.get("x_before", value)))
grading.record.record = forged
"""),
    Attack("input-transformer", "an IPython input transformer that empties later cells", WRONG + """
get_ipython().input_transformers_post.append(lambda lines: [] if "replace_outliers" in "".join(lines) else lines)
"""),
    Attack("ast-transformer", "an AST transformer that deletes every statement of later test cells", WRONG + """
import ast
class DropAll(ast.NodeTransformer):
    def visit_Module(self, node):
        node.body = [] if "replace_outliers" in ast.unparse(node) else node.body
        return node
get_ipython().ast_transformers.append(DropAll())
"""),
    Attack("pre-run-hook", "a pre_run_cell hook that redefines the answer before each test", WRONG + """
def fake(info):
    globals()["replace_outliers"] = lambda x, k=3.0: np.asarray(x, dtype=float)
get_ipython().events.register("pre_run_cell", fake)
"""),
    Attack("swallow-errors", "a custom exception handler that swallows every error", WRONG + """
get_ipython().set_custom_exc((BaseException,), lambda shell, etype, evalue, tb, tb_offset=None: None)
"""),
    Attack("bare-false", "a test cell edited down to a bare False (nbgrader alone counts it passed)", WRONG,
           test_cell="False"),
    Attack("shadow-numpy", "a numpy.py beside the notebook whose isclose always agrees", WRONG,
           files=(("numpy.py", "isclose = allclose = array_equal = lambda *args, **kwargs: True\n"),)),
    Attack("always-equal", "an object whose __eq__ is always True", """
class Anything(np.ndarray):
    def __eq__(self, other):
        return True
    __ne__ = lambda self, other: False
class Yes:
    def __eq__(self, other):
        return True
    def __array__(self, *args, **kwargs):
        raise TypeError("no")
def replace_outliers(x, k=3.0):
    return Yes()
""", flagged=False),  # plain Python: the judge refuses a value that is not an array
]

# Malformed submissions score 0 in full; grading goes on for the students after them. (A duplicated
# test cell is not among them: the duplicate is dropped, the notebook graded and flagged.)
MALFORMED = {
    "malformed-json": "the notebook file is not valid JSON",
    "malformed-renamed": "the notebook was renamed",
    "malformed-cell-id": "a test cell's grade_id was renamed (nbgrader refuses the notebook)",
}
