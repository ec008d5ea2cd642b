"""The tamper report: what in a submission looks like an attempt to game grading, for the
instructor to review. It never changes a score; it marks the test cells that the suspicious code
could reach (every test cell after it) as needing a manual grade, so formgrader lists them.

Findings come from reading, never running, the student's notebook as submitted: test and read-only
cells that were changed, deleted or duplicated, code that patches modules or builtins, hooks into
IPython, reaches into frames or the grader's recorder, kills or forks processes, or opens files
and connections; and files submitted beside the notebook.
"""
import ast
import json
from collections import Counter
from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor

SUSPICIOUS_CALLS = {
    "get_ipython": "uses the IPython shell (hooks, transformers, exception handlers)",
    "setattr": "sets attributes dynamically", "exec": "executes code built at run time",
    "eval": "evaluates code built at run time", "__import__": "imports dynamically",
    "open": "opens a file", "_getframe": "reads the caller's frame", "currentframe": "reads the caller's frame",
    "_exit": "kills the process", "fork": "forks the process", "kill": "signals processes",
    "Popen": "starts a process", "system": "runs a shell command", "urlopen": "opens a network connection",
    "socket": "opens a network connection", "signal": "changes signal handling",
}
SUSPICIOUS_MODULES = {"builtins", "ctypes", "subprocess", "socket", "urllib", "requests", "inspect", "gc",
                      "grading", "nbgrader", "importlib", "signal", "multiprocessing", "pickle", "shutil"}


def _parse(source):
    try:
        return ast.parse(source)
    except SyntaxError:
        return None  # IPython magics or a syntax error: the run shows what happens


def _imported_names(sources):
    """Names that import statements bind anywhere in the notebook (np, torch, check_close, ...)."""
    names = set()
    for tree in filter(None, map(_parse, sources)):
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    return names


def _root_name(node):
    """`np` for np.linalg.norm, `self` for self.grad; None when the chain does not start at a name."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _code_findings(source, imported=frozenset()):
    """What looks like gaming the grader in one cell. An attribute assignment counts as patching
    only on something imported (a module, a helper, a framework): `np.isclose = ...` does,
    `self.grad += ...` on the student's own autograd node does not."""
    tree = _parse(source)
    if tree is None:
        return []
    findings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [alias.name for alias in node.names] + ([node.module] if getattr(node, "module", None) else [])
            for name in names:
                if name.split(".")[0] in SUSPICIOUS_MODULES:
                    findings.add(f"imports {name}")
        elif isinstance(node, ast.Call):
            function = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if function in SUSPICIOUS_CALLS:
                findings.add(f"{SUSPICIOUS_CALLS[function]} ({function})")
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if isinstance(target, ast.Attribute) and _root_name(target) in imported:
                    findings.add(f"patches {ast.unparse(target)}")
                if isinstance(target, ast.Name) and target.id.startswith(("check_", "__")):
                    findings.add(f"rebinds {target.id}")
    return sorted(findings)


def _source(cell):
    source = cell.get("source", "") if isinstance(cell, dict) else ""
    return "".join(map(str, source)) if isinstance(source, list) else str(source)


def _grade_meta(cell):
    meta = cell.get("metadata", {}) if isinstance(cell, dict) else {}
    meta = meta.get("nbgrader", {}) if isinstance(meta, dict) else {}
    return meta if isinstance(meta, dict) else {}


def scan(submitted, release, submission_dir):
    """[(cell index or None, finding)] for a submitted notebook (parsed JSON) against the release."""
    findings = []
    locked = {_grade_meta(cell)["grade_id"]: _source(cell)
              for cell in release["cells"] if _grade_meta(cell).get("locked")}
    cells = submitted.get("cells", []) if isinstance(submitted, dict) else []
    cells = cells if isinstance(cells, list) else []
    seen = Counter()
    imported = _imported_names(_source(cell) for cell in cells if isinstance(cell, dict)
                               and cell.get("cell_type") == "code")
    for index, cell in enumerate(cells):
        source, grade_id = _source(cell), _grade_meta(cell).get("grade_id")
        if grade_id in locked:
            seen[grade_id] += 1
            if seen[grade_id] == 2:
                findings.append((index, f"read-only cell {grade_id} appears more than once"))
            elif source.strip() != locked[grade_id].strip():
                findings.append((index, f"read-only cell {grade_id} was changed"))
        elif isinstance(cell, dict) and cell.get("cell_type") == "code":
            findings += [(index, finding) for finding in _code_findings(source, imported)]
    findings += [(None, f"read-only cell {grade_id} was deleted") for grade_id in locked if not seen[grade_id]]
    for path in sorted(Path(submission_dir).rglob("*")) if Path(submission_dir).is_dir() else []:
        if path.is_file() and path.suffix != ".ipynb" and ".ipynb_checkpoints" not in path.parts:
            findings.append((None, f"extra file submitted: {path.relative_to(submission_dir)}"))
    return findings


def reachable_tests(findings, submitted, release):
    """grade_ids of the test cells a finding can reach: those after it, or all of them when the
    finding belongs to no cell (a deleted cell, an extra file)."""
    def tests(cells):
        return [str(_grade_meta(c).get("grade_id")) for c in cells if _grade_meta(c).get("grade")]
    if any(index is None for index, _ in findings):
        return tests(release["cells"])
    first = min(index for index, _ in findings)
    cells = submitted.get("cells", []) if isinstance(submitted, dict) else []
    return tests(cells[first:] if isinstance(cells, list) else [])


class TamperReport(NbGraderPreprocessor):
    """Writes tamper-report.json beside the autograded notebook and flags test cells for review."""

    def preprocess(self, nb, resources):
        coursedir = CourseDirectory(config=self.config)
        info = resources["nbgrader"]
        assignment, student, name = info["assignment"], info["student"], info["notebook"]
        submission_dir = Path(coursedir.format_path(coursedir.submitted_directory, student, assignment))
        release = json.loads((Path(coursedir.format_path(coursedir.release_directory, ".", assignment))
                              / f"{name}.ipynb").read_text())
        try:
            submitted = json.loads((submission_dir / f"{name}.ipynb").read_text(errors="replace"))
        except ValueError:
            submitted = {}
        try:
            findings = scan(submitted, release, submission_dir)
        except Exception as error:  # noqa: BLE001 -- a report that fails must not cost the student a grade
            findings = [(None, f"the submission could not be scanned ({type(error).__name__}: {error})")]
        report = Path(resources["metadata"]["path"]) / "tamper-report.json"
        report.write_text(json.dumps({"student": student, "assignment": assignment, "notebook": name,
                                      "findings": [{"cell": i, "finding": f} for i, f in findings]}, indent=1))
        if findings:
            self.log.warning("%s/%s: %d suspicious finding(s), flagged for manual review: %s", student, name,
                             len(findings), "; ".join(f for _, f in findings[:5]))
            with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
                self._flag(gradebook, reachable_tests(findings, submitted, release), assignment, student, name)
        return nb, resources

    @staticmethod
    def _flag(gradebook, grade_ids, assignment, student, name):
        for grade_id in grade_ids:
            try:
                gradebook.find_grade(grade_id, name, assignment, student).needs_manual_grade = True
            except MissingEntry:
                continue
        gradebook.db.commit()


class DropDuplicateCells(NbGraderPreprocessor):
    """Keep the first cell of each grade_id: nbgrader refuses a notebook with a duplicated cell, which
    would score the whole submission 0. The tamper report names the duplicate for review."""

    def preprocess(self, nb, resources):
        seen, cells = set(), []
        for cell in nb.cells:
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if grade_id in seen:
                continue
            if grade_id:
                seen.add(grade_id)
            cells.append(cell)
        nb.cells = cells
        return nb, resources
