"""Plausible wrong answers for Chapter 1, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). The
exercises do not call each other, so every mutant costs only its own exercise's points.
"""

_BISECTION = """
def inverse_by_bisection(f, y, lo, hi, tol=1e-12):
    y = np.asarray(y, dtype=float)
    direction = 1.0 if f(np.float64(hi)) > f(np.float64(lo)) else -1.0
    steps = {steps}
    lo, hi = np.full(y.shape, float(lo)), np.full(y.shape, float(hi))
    for _ in range(steps):
        mid = (lo + hi) / 2
        right = {right}
        {lo_line}
        {hi_line}
    return (lo + hi) / 2
"""


def _bisection(steps="int(np.ceil(np.log2((hi - lo) / tol)))", right="direction * (f(mid) - y) < 0",
               lo_line="lo = np.where(right, mid, lo)", hi_line="hi = np.where(right, hi, mid)"):
    return _BISECTION.format(steps=steps, right=right, lo_line=lo_line, hi_line=hi_line)


_BROADCAST = """
def broadcast_shape(shape_a, shape_b):
    ndim = max(len(shape_a), len(shape_b))
    padded_a = {pad_a}
    padded_b = {pad_b}
    result = []
    for size_a, size_b in zip(padded_a, padded_b):
        if {clash}:
            raise ValueError(f"shapes {{shape_a}} and {{shape_b}} do not broadcast")
        result.append({size})
    return tuple(result)
"""


def _broadcast(pad_a="(1,) * (ndim - len(shape_a)) + tuple(shape_a)",
               pad_b="(1,) * (ndim - len(shape_b)) + tuple(shape_b)",
               clash="size_a != size_b and size_a != 1 and size_b != 1", size="size_a if size_b == 1 else size_b"):
    return _BROADCAST.format(pad_a=pad_a, pad_b=pad_b, clash=clash, size=size)


_MONTAGE = """
def montage(images, ncols):
    n, h, w = images.shape
    rows = -(-n // ncols)
    padded = {padding}
    padded[:n] = images
    {tiles}
    return tiles.reshape(rows * h, ncols * w)
"""


def _montage(padding="np.zeros((rows * ncols, h, w), dtype=images.dtype)",
             tiles="tiles = padded.reshape(rows, ncols, h, w).transpose(0, 2, 1, 3)"):
    return _MONTAGE.format(padding=padding, tiles=tiles)


_FIT_LINE = """
def fit_line(x, y):
    x_centred = x - x.mean()
    y_centred = y - y.mean()
    w = {slope}
    b = {intercept}
    return w, b
"""


def _fit_line(slope="np.sum(x_centred * y_centred) / np.sum(x_centred ** 2)", intercept="y.mean() - w * x.mean()"):
    return _FIT_LINE.format(slope=slope, intercept=intercept)


_SGD = """
def minibatch_sgd(x, y, lr, epochs, batch_size, decay=0.0, w=0.0, b=0.0, seed=0):
    n = len(x)
    rng = np.random.default_rng(seed)
    path = [(w, b)]
    t = 0
    for epoch in range(epochs):
        order = {order}
        for start in range(0, {stop}, batch_size):
            batch = order[start:start + batch_size]
            residuals = w * x[batch] + b - y[batch]
            grad_w, grad_b = {gradient}
            rate = lr / (1 + decay * {counter})
            {update}
            path.append((w, b))
            t += 1
    return np.array(path)
"""


def _sgd(order="rng.permutation(n)", stop="n", gradient="2 * np.mean(residuals * x[batch]), 2 * np.mean(residuals)",
         counter="t", update="w, b = w - rate * grad_w, b - rate * grad_b"):
    return _SGD.format(order=order, stop=stop, gradient=gradient, counter=counter, update=update)


MUTANTS = {
    "ex1-transform": [
        ("shift applied after the squeeze: f(b * x - c) moves the graph by c / b", """
def transform(f, a=1.0, b=1.0, c=0.0, d=0.0):
    return lambda x: a * f(b * x - c) + d
"""),
        ("stretched instead of squeezed: f((x - c) / b)", """
def transform(f, a=1.0, b=1.0, c=0.0, d=0.0):
    return lambda x: a * f((x - c) / b) + d
"""),
        ("shifted the wrong way: f(b * (x + c))", """
def transform(f, a=1.0, b=1.0, c=0.0, d=0.0):
    return lambda x: a * f(b * (x + c)) + d
"""),
        ("vertical shift inside the stretch: a * (f(...) + d)", """
def transform(f, a=1.0, b=1.0, c=0.0, d=0.0):
    return lambda x: a * (f(b * (x - c)) + d)
"""),
    ],
    "ex2-inverse-bisection": [
        ("assumes f is increasing: decreasing functions are bisected the wrong way",
         _bisection(right="f(mid) - y < 0")),
        ("the two ends updated the wrong way round",
         _bisection(lo_line="lo = np.where(right, lo, mid)", hi_line="hi = np.where(right, mid, hi)")),
        ("a fixed 20 halvings instead of enough for tol", _bisection(steps="20")),
        ("a Python if on an array: the truth value is ambiguous", """
def inverse_by_bisection(f, y, lo, hi, tol=1e-12):
    y = np.asarray(y, dtype=float)
    for _ in range(int(np.ceil(np.log2((hi - lo) / tol)))):
        mid = (lo + hi) / 2
        if f(mid) < y:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
"""),
    ],
    "ex3-view-or-copy": [
        ("np.may_share_memory: overlapping address ranges taken for shared elements", """
def view_or_copy(original, result):
    if result is original:
        return "same"
    return "view" if np.may_share_memory(original, result) else "copy"
"""),
        ("a view only if result.base is original (the base is the owner of the memory)", """
def view_or_copy(original, result):
    if result is original:
        return "same"
    return "view" if result.base is original else "copy"
"""),
        ("any array that does not own its data called a view", """
def view_or_copy(original, result):
    if result is original:
        return "same"
    return "copy" if result.flags.owndata else "view"
"""),
        ("equal values taken for the same object", """
def view_or_copy(original, result):
    if original.shape == result.shape and np.array_equal(original, result):
        return "same"
    return "view" if np.shares_memory(original, result) else "copy"
"""),
        ("the 'same' case forgotten", """
def view_or_copy(original, result):
    return "view" if np.shares_memory(original, result) else "copy"
"""),
    ],
    "ex4-structured-query": [
        ("strict < drops the rows whose radius equals max_radius", """
def densest(table, max_radius, k):
    small = table[table["radius"] < max_radius]
    density = small["mass"] / small["radius"] ** 3
    return small["name"][np.argsort(density)[::-1][:k]]
"""),
        ("the table sorted in place (the caller's array changes)", """
def densest(table, max_radius, k):
    table.sort(order="mass")
    small = table[table["radius"] <= max_radius]
    density = small["mass"] / small["radius"] ** 3
    return small["name"][np.argsort(density)[::-1][:k]]
"""),
        ("density over the radius squared (surface gravity, not density)", """
def densest(table, max_radius, k):
    small = table[table["radius"] <= max_radius]
    density = small["mass"] / small["radius"] ** 2
    return small["name"][np.argsort(density)[::-1][:k]]
"""),
        ("least dense first: argsort not reversed", """
def densest(table, max_radius, k):
    small = table[table["radius"] <= max_radius]
    density = small["mass"] / small["radius"] ** 3
    return small["name"][np.argsort(density)[:k]]
"""),
        ("order computed on the whole table, applied to the selected rows", """
def densest(table, max_radius, k):
    order = np.argsort(table["mass"] / table["radius"] ** 3)[::-1]
    small = table[table["radius"] <= max_radius]
    return small["name"][order[order < len(small)][:k]]
"""),
    ],
    "ex5-broadcast-shape": [
        ("the larger size taken: a size 1 against 0 gives 1 instead of 0", _broadcast(size="max(size_a, size_b)")),
        ("shapes lined up on the left (padded on the right)",
         _broadcast(pad_a="tuple(shape_a) + (1,) * (ndim - len(shape_a))",
                    pad_b="tuple(shape_b) + (1,) * (ndim - len(shape_b))")),
        ("no padding: zip from the right stops at the shorter shape",
         _broadcast(pad_a="tuple(shape_a)[::-1]", pad_b="tuple(shape_b)[::-1]").replace(
             "return tuple(result)", "return tuple(result[::-1])")),
        ("never raises: every pair broadcast to the larger size",
         _broadcast(clash="False", size="max(size_a, size_b)")),
    ],
    "ex6-montage": [
        ("no padding: works only when n is a multiple of ncols",
         _montage(padding="images.copy()",
                  tiles="tiles = padded.reshape(n // ncols, ncols, h, w).transpose(0, 2, 1, 3)")),
        ("reshape without transpose: rows of pixels, not tiles", _montage(tiles="tiles = padded")),
        ("padding created as float: the dtype changes", _montage(padding="np.zeros((rows * ncols, h, w))")),
        ("tiles filled top to bottom, then left to right",
         _montage(tiles="tiles = padded.reshape(ncols, rows, h, w).transpose(1, 2, 0, 3)")),
    ],
    "ex7-fit-line": [
        ("the uncentred textbook formula: catastrophic cancellation far from the origin",
         _fit_line(slope="(len(x) * np.sum(x * y) - np.sum(x) * np.sum(y))"
                         " / (len(x) * np.sum(x * x) - np.sum(x) ** 2)")),
        ("np.cov (divides by n - 1) over np.var (divides by n)", _fit_line(slope="np.cov(x, y)[0, 1] / np.var(x)")),
        ("x not centred in the denominator", _fit_line(slope="np.sum(x_centred * y_centred) / np.sum(x ** 2)")),
        ("intercept with the wrong sign: w * mean(x) - mean(y)", _fit_line(intercept="w * x.mean() - y.mean()")),
        ("x regressed on y: the sum of squares of y in the denominator",
         _fit_line(slope="np.sum(x_centred * y_centred) / np.sum(y_centred ** 2)")),
    ],
    "ex8-minibatch-sgd": [
        ("step along the gradient instead of against it",
         _sgd(update="w, b = w + rate * grad_w, b + rate * grad_b")),
        ("learning rate decayed per epoch, not per step", _sgd(counter="epoch")),
        ("a new generator every epoch: the same order in every epoch",
         _sgd(order="np.random.default_rng(seed).permutation(n)")),
        ("the last, smaller batch dropped", _sgd(stop="n - batch_size + 1")),
        ("gradient summed over the batch instead of averaged",
         _sgd(gradient="2 * np.sum(residuals * x[batch]), 2 * np.sum(residuals)")),
        ("b updated with a gradient taken after w changed", _sgd(update="""w = w - rate * grad_w
            b = b - rate * 2 * np.mean(w * x[batch] + b - y[batch])""")),
    ],
}
