"""Turn a test cell into the code that runs in the student's sandbox: every check_* call becomes
a call that only records the student's value, and everything that computed an expected value is
removed, so nothing in the student's kernel holds (or could hand over) the reference answer.

    check_close(standardize(x), expected, atol=1e-12, hint="...")
        -> __course_record__("ex5-standardize-tests:3", standardize(x))

The check's kind, tolerances, name and hint stay here, outside, in a Spec for the judge; the
expected values come from running the reference solution's notebook through the same rewrite.
"""
import ast
import inspect
from dataclasses import dataclass

from helpers import checks

PRELUDE = "from grading.record import record as __course_record__, record_raises as __course_record_raises__\n"
VALUE_CHECKS = {"check_close", "check_equal", "check_shape", "check_dtype", "check_true"}


class RewriteError(ValueError):
    """A test cell the grader cannot judge safely; the message says what to change."""


@dataclass(frozen=True)
class Spec:
    site: str          # "<grade_id>:<n>", n counting check calls in the cell's source order
    kind: str          # close, equal, shape, dtype, true or raises
    name: str          # what the check calls the value, for the verdict
    hint: str
    rtol: float = 0.0
    atol: float = 0.0
    dtype: str = ""    # check_dtype's expected kind
    exception: str = ""  # check_raises' exception name


def _defaults(function):
    return {name: p.default for name, p in inspect.signature(function).parameters.items()
            if p.default is not inspect.Parameter.empty}


CLOSE_DEFAULTS = _defaults(checks.check_close)


def _literal(node, what, site):
    try:
        return ast.literal_eval(node)
    except ValueError:
        raise RewriteError(f"{site}: {what} must be a literal, not {ast.unparse(node)!r}") from None


def _names(node):
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} if node is not None else set()


def _target_names(target):
    while isinstance(target, (ast.Subscript, ast.Attribute)):
        target = target.value
    if isinstance(target, (ast.Tuple, ast.List)):
        return set().union(*(_target_names(t) for t in target.elts))
    if isinstance(target, ast.Starred):
        return _target_names(target.value)
    return {target.id} if isinstance(target, ast.Name) else set()


class _Checks(ast.NodeTransformer):
    """Replaces check calls by record calls; collects specs and the names in expected positions."""

    def __init__(self, grade_id):
        self.grade_id, self.specs, self.expected_names, self.got_names = grade_id, [], set(), set()

    def visit_Call(self, node):  # noqa: N802 (ast's name)
        self.generic_visit(node)
        function = node.func.id if isinstance(node.func, ast.Name) else None
        if function not in VALUE_CHECKS | {"check_raises"}:
            return node
        site = f"{self.grade_id}:{len(self.specs)}"
        keywords = {k.arg: k.value for k in node.keywords}
        name = keywords.get("name")
        label = (name.value if isinstance(name, ast.Constant) else ast.unparse(name)) if name else "result"
        hint = _literal(keywords["hint"], "hint", site) if "hint" in keywords else ""
        if function == "check_raises":
            exception, target, *args = node.args
            self.got_names |= _names(target) | set().union(*map(_names, args)) | set().union(
                *(_names(k.value) for k in node.keywords))
            self.specs.append(Spec(site, "raises", getattr(target, "id", ast.unparse(target)), hint,
                                   exception=ast.unparse(exception)))
            call = ast.Call(ast.Name("__course_record_raises__", ast.Load()), [ast.Constant(site), target, *args],
                            [k for k in node.keywords if k.arg != "hint"])
            return ast.copy_location(call, node)
        got, *rest = node.args
        self.got_names |= _names(got)
        self.expected_names |= _names(rest[0]) if rest else set()
        spec = Spec(site, function.removeprefix("check_"), label, hint)
        if function == "check_close":
            spec = Spec(site, "close", label, hint,
                        rtol=_literal(keywords.get("rtol", ast.Constant(CLOSE_DEFAULTS["rtol"])), "rtol", site),
                        atol=_literal(keywords.get("atol", ast.Constant(CLOSE_DEFAULTS["atol"])), "atol", site))
        elif function == "check_dtype":
            spec = Spec(site, "dtype", label, hint, dtype=str(_literal(rest[0], "the dtype", site)))
        self.specs.append(spec)
        return ast.copy_location(ast.Call(ast.Name("__course_record__", ast.Load()), [ast.Constant(site), got], []),
                                 node)


def _assignments(tree):
    return [n for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))]


def _strip_dead_assignments(tree):
    """Remove assignments whose names nothing kept uses (after the rewrite: the expected values)."""
    assignments = _assignments(tree)
    targets = {id(a): set().union(*(_target_names(t) for t in (a.targets if isinstance(a, ast.Assign)
                                                                 else [a.target]))) for a in assignments}
    uses = {id(a): _names(a.value) | {n for t in (a.targets if isinstance(a, ast.Assign) else [a.target])
                                      for n in _names(t)} - _target_names_plain(a) for a in assignments}
    # names used by everything that is not an assignment (record calls, loops, conditions)
    skeleton = ast.parse(ast.unparse(tree))
    for node in _assignments(skeleton):
        node.value = ast.Constant(None)
        for field in ("targets", "target"):
            if hasattr(node, field):
                setattr(node, field, [ast.Name("_", ast.Store())] if field == "targets" else ast.Name("_", ast.Store()))
    needed = _closure(_names(skeleton) - {"_"}, assignments, targets, uses)
    dead = {id(a) for a in assignments if not targets[id(a)] & needed}

    class Remove(ast.NodeTransformer):
        def generic_visit(self, node):
            super().generic_visit(node)
            for field in ("body", "orelse", "finalbody"):
                block = getattr(node, field, None)
                # statement lists only: an IfExp's body and orelse are expressions
                if isinstance(block, list) and (field != "orelse" or block):
                    kept = [s for s in block if id(s) not in dead]
                    setattr(node, field, kept or ([ast.Pass()] if field == "body" else []))
            return node

    return Remove().visit(tree), lambda seed: _closure(seed, assignments, targets, uses)


def _closure(seed, assignments, targets, uses):
    """`seed` plus every name that an assignment to a name already in the set uses, to a fixpoint."""
    needed, changed = set(seed), True
    while changed:
        changed = False
        for a in assignments:
            if targets[id(a)] & needed and not uses[id(a)] <= needed:
                needed |= uses[id(a)]
                changed = True
    return needed


def _control_names(tree):
    """Names that loops and conditions read: they decide which values get recorded."""
    return set().union(*(_names(getattr(n, "iter", None)) | _names(getattr(n, "test", None))
                         for n in ast.walk(tree) if isinstance(n, (ast.For, ast.While, ast.If))))


def _target_names_plain(assignment):
    """Names a statement binds outright (x = ..., a, b = ...), not ones it only indexes into."""
    targets = assignment.targets if isinstance(assignment, ast.Assign) else [assignment.target]
    bound = set()
    for target in targets:
        for node in ast.walk(target):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                bound.add(node.id)
    return bound


def rewrite_test_cell(source, grade_id):
    """(student-side source, [Spec]) for one test cell's trusted source."""
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        raise RewriteError(f"{grade_id}: the test cell does not parse: {error}") from None
    transformer = _Checks(grade_id)
    tree = ast.fix_missing_locations(transformer.visit(tree))
    if not transformer.specs:
        raise RewriteError(f"{grade_id}: a test cell needs at least one check_* call")
    tree, closure = _strip_dead_assignments(tree)
    # what the student's values depend on may stay; anything else an expected value used must be gone
    leftover = (transformer.expected_names - closure(transformer.got_names | _control_names(tree))) & _names(tree)
    if leftover:
        raise RewriteError(f"{grade_id}: {sorted(leftover)} still computed in the student's kernel; compute "
                           "expected values with plain assignments the grader can drop")
    return PRELUDE + ast.unparse(tree) + "\n", transformer.specs
