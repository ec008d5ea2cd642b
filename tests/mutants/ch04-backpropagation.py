"""Plausible wrong answers for Chapter 4, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). The
exercises do not call each other, so each mutant costs only its own exercise's points. The last
exercise's first mutant fails a visible check (the autograde round trip shows its hint).
"""

_RULES = """
def d_f1(x):
    return {d1}


def d_f2(x):
    return {d2}


def d_f3(x):
    return {d3}
"""


def _rules(d1="12.0 * x ** 3 - 2.0", d2="2.0 * x * np.sin(x) + x ** 2 * np.cos(x)",
           d3="np.exp(x) * (1 + x ** 2 - 2 * x) / (1 + x ** 2) ** 2"):
    return _RULES.format(d1=d1, d2=d2, d3=d3)


_NEWTON = """
def newton_critical_point(coeffs, x0, steps=30):
    first, second = P.polyder(coeffs), P.polyder(coeffs, 2)
    x = float(x0)
    for _ in range(steps):
        x = {step}
    return x


def classify_critical_point(coeffs, x, tol=1e-8):
    curvature = P.polyval(x, P.polyder(coeffs, 2))
{classify}
"""

_CLASSIFY = """    if curvature > tol:
        return "minimum"
    if curvature < -tol:
        return "maximum"
    return "inconclusive"
"""


def _newton(step="x - P.polyval(x, first) / P.polyval(x, second)", classify=_CLASSIFY):
    return _NEWTON.format(step=step, classify=classify)


_GRADIENT = """
def gradient_f(x, y):
    bump = np.exp(-x ** 2 - y ** 2)
    return {dx}, {dy}
"""


def _gradient(dx="(1.0 - 2.0 * x ** 2) * bump", dy="-2.0 * x * y * bump"):
    return _GRADIENT.format(dx=dx, dy=dy)


_ACTIVATIONS = """
def sigmoid(x):
{sigmoid}


def sigmoid_derivative(x):
    s = sigmoid(x)
    return {sigmoid_derivative}


def leaky_relu(x, alpha=0.01):
    return {leaky_relu}


def leaky_relu_derivative(x, alpha=0.01):
    return {leaky_relu_derivative}
"""

_STABLE_SIGMOID = """    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))"""


def _activations(sigmoid=_STABLE_SIGMOID, sigmoid_derivative="s * (1.0 - s)",
                 leaky_relu="np.where(x > 0, x, alpha * x)", leaky_relu_derivative="np.where(x > 0, 1.0, alpha)"):
    return _ACTIVATIONS.format(sigmoid=sigmoid, sigmoid_derivative=sigmoid_derivative, leaky_relu=leaky_relu,
                               leaky_relu_derivative=leaky_relu_derivative)


_SOFTMAX = """
def softmax(z):
{softmax}


def softmax_jacobian(z):
    s = softmax(z)
    return {jacobian}
"""

_STABLE_SOFTMAX = """    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)"""


def _softmax(softmax=_STABLE_SOFTMAX, jacobian="np.diag(s) - np.outer(s, s)"):
    return _SOFTMAX.format(softmax=softmax, jacobian=jacobian)


_LOSSES = """
def mse_loss(pred, target):
    diff = pred - target
{mse}


def binary_cross_entropy_with_logits(logits, y):
{bce}


def categorical_cross_entropy(logits, targets):
    n = logits.shape[0]
{cce}
"""

_MSE = """    return np.mean(diff ** 2), 2.0 * diff / diff.size"""

_BCE = """    loss = np.mean(np.maximum(logits, 0.0) - logits * y + np.log1p(np.exp(-np.abs(logits))))
    e = np.exp(-np.abs(logits))
    probs = np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return loss, {bce_grad}"""

_CCE = """    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.sum(targets * log_probs) / n
    return loss, {cce_grad}"""


def _losses(mse=_MSE, bce=None, cce=None, bce_grad="(probs - y) / logits.size",
            cce_grad="(np.exp(log_probs) - targets) / n"):
    return _LOSSES.format(mse=mse, bce=bce or _BCE.format(bce_grad=bce_grad),
                          cce=cce or _CCE.format(cce_grad=cce_grad))


MUTANTS = {
    "ex1-derivative-rules": [
        ("constant -2 of the linear term dropped", _rules(d1="12.0 * x ** 3")),
        ("power rule without lowering the exponent: 12 x^4", _rules(d1="12.0 * x ** 4 - 2.0")),
        ("product rule with one term only (2x sin x)", _rules(d2="2.0 * x * np.sin(x)")),
        ("derivative of a product taken as the product of the derivatives", _rules(d2="2.0 * x * np.cos(x)")),
        ("quotient rule's numerator reversed (uv' - u'v)",
         _rules(d3="np.exp(x) * (2 * x - 1 - x ** 2) / (1 + x ** 2) ** 2")),
        ("quotient rule's denominator not squared", _rules(d3="np.exp(x) * (1 + x ** 2 - 2 * x) / (1 + x ** 2)")),
    ],
    "ex2-chain-rule": [
        ("outer's derivative taken at x instead of at inner(x)", """
def compose(outer, inner):
    def composed(x):
        inner_value, inner_derivative = inner(x)
        outer_value, _ = outer(inner_value)
        _, outer_derivative_at_x = outer(x)
        return outer_value, outer_derivative_at_x * inner_derivative
    return composed
"""),
        ("inner's derivative forgotten", """
def compose(outer, inner):
    def composed(x):
        inner_value, _ = inner(x)
        return outer(inner_value)
    return composed
"""),
        ("composition in the wrong order: inner(outer(x))", """
def compose(outer, inner):
    def composed(x):
        outer_value, outer_derivative = outer(x)
        inner_value, inner_derivative = inner(outer_value)
        return inner_value, inner_derivative * outer_derivative
    return composed
"""),
        ("local derivatives added instead of multiplied", """
def compose(outer, inner):
    def composed(x):
        inner_value, inner_derivative = inner(x)
        outer_value, outer_derivative = outer(inner_value)
        return outer_value, outer_derivative + inner_derivative
    return composed
"""),
    ],
    "ex3-critical-points": [
        ("Newton's method on p instead of p' (finds roots, not critical points)",
         _newton(step="x - P.polyval(x, coeffs) / P.polyval(x, first)")),
        ("Newton step with the sign flipped", _newton(step="x + P.polyval(x, first) / P.polyval(x, second)")),
        ("classification inverted (p'' > 0 called a maximum)", _newton(classify="""    if curvature > tol:
        return "maximum"
    if curvature < -tol:
        return "minimum"
    return "inconclusive"
""")),
        ("no inconclusive case: p'' >= 0 called a minimum",
         _newton(classify="""    return "minimum" if curvature >= 0 else "maximum"\n""")),
        ("tolerance ignored: only p'' == 0 is inconclusive", _newton(classify="""    if curvature > 0:
        return "minimum"
    if curvature < 0:
        return "maximum"
    return "inconclusive"
""")),
        ("coefficients read highest degree first (np.polyval, np.polyder)", """
def newton_critical_point(coeffs, x0, steps=30):
    first, second = np.polyder(coeffs), np.polyder(coeffs, 2)
    x = float(x0)
    for _ in range(steps):
        x = x - np.polyval(first, x) / np.polyval(second, x)
    return x


def classify_critical_point(coeffs, x, tol=1e-8):
    curvature = np.polyval(np.polyder(coeffs, 2), x)
    if curvature > tol:
        return "minimum"
    if curvature < -tol:
        return "maximum"
    return "inconclusive"
"""),
    ],
    "ex4-partial-derivatives": [
        ("product rule forgotten in df/dx", _gradient(dx="-2.0 * x ** 2 * bump")),
        ("factor x dropped from df/dy", _gradient(dy="-2.0 * y * bump")),
        ("the two partial derivatives swapped", _gradient(dx="-2.0 * x * y * bump", dy="(1.0 - 2.0 * x ** 2) * bump")),
        ("sign of the exponent's derivative lost",
         _gradient(dx="(1.0 + 2.0 * x ** 2) * bump", dy="2.0 * x * y * bump")),
        ("exponential treated as a constant in df/dx", _gradient(dx="bump")),
    ],
    "ex5-activation-derivatives": [
        ("sigmoid derivative without the factor (1 - s)", _activations(sigmoid_derivative="s")),
        ("naive sigmoid: np.exp(-x) overflows for x = -1000",
         _activations(sigmoid="    return 1.0 / (1.0 + np.exp(-x))")),
        ("np.where with np.exp(-x) and np.exp(x): both branches are computed and one overflows",
         _activations(sigmoid="    return np.where(x >= 0, 1.0 / (1.0 + np.exp(-x)), np.exp(x) / (1.0 + np.exp(x)))")),
        ("leaky ReLU derivative 0 for negative inputs (ReLU's)",
         _activations(leaky_relu_derivative="np.where(x > 0, 1.0, 0.0)")),
        ("leaky ReLU derivative 1 at x = 0", _activations(leaky_relu_derivative="np.where(x >= 0, 1.0, alpha)")),
        ("alpha argument ignored: 0.01 hard-coded", _activations(leaky_relu="np.where(x > 0, x, 0.01 * x)",
                                                                  leaky_relu_derivative="np.where(x > 0, 1.0, 0.01)")),
    ],
    "ex6-softmax-jacobian": [
        ("softmax without subtracting the maximum",
         _softmax(softmax="""    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)""")),
        ("one global maximum subtracted instead of each row's",
         _softmax(softmax="""    e = np.exp(z - z.max())
    return e / e.sum(axis=-1, keepdims=True)""")),
        ("Jacobian with the sign flipped (s s^T - diag(s))", _softmax(jacobian="np.outer(s, s) - np.diag(s)")),
        ("off-diagonal entries forgotten: diag(s (1 - s))", _softmax(jacobian="np.diag(s * (1 - s))")),
        ("s s^T computed as the dot product s @ s", _softmax(jacobian="np.diag(s) - s @ s")),
        ("softmax normalised along the first axis",
         _softmax(softmax="""    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)""")),
    ],
    "ex7-losses": [
        ("MSE gradient without the factor 2", _losses(mse="    return np.mean(diff ** 2), diff / diff.size")),
        ("MSE gradient divided by the batch size instead of the number of entries",
         _losses(mse="    return np.mean(diff ** 2), 2.0 * diff / len(diff)")),
        ("binary cross-entropy through log(sigmoid): -inf and nan for large logits", _losses(bce="""\
    probs = 1.0 / (1.0 + np.exp(-logits))
    loss = -np.mean(y * np.log(probs) + (1 - y) * np.log(1 - probs))
    return loss, (probs - y) / logits.size""")),
        ("binary cross-entropy gradient with the sign flipped", _losses(bce_grad="(y - probs) / logits.size")),
        ("binary cross-entropy summed instead of averaged", _losses(bce="""\
    loss = np.sum(np.maximum(logits, 0.0) - logits * y + np.log1p(np.exp(-np.abs(logits))))
    e = np.exp(-np.abs(logits))
    probs = np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return loss, probs - y""")),
        ("categorical cross-entropy gradient not divided by the batch size",
         _losses(cce_grad="np.exp(log_probs) - targets")),
        ("categorical cross-entropy for one-hot targets only (argmax of the targets)", _losses(cce="""\
    labels = targets.argmax(axis=1)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), labels].mean()
    grad = np.exp(log_probs)
    grad[np.arange(n), labels] -= 1.0
    return loss, grad / n""")),
        ("categorical cross-entropy without subtracting the maximum", _losses(cce="""\
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    loss = -np.sum(targets * np.log(probs)) / n
    return loss, (probs - targets) / n""")),
    ],
    "ex8-network-backward": [
        ("activation derivative applied after the last layer too", """
def network_backward(params, caches, dlogits, activation_derivative):
    grads = [None] * len(params)
    upstream = dlogits
    for index in reversed(range(len(params))):
        W, _ = params[index]
        h_in, z = caches[index]
        delta = upstream * activation_derivative(z)
        grads[index] = (h_in.T @ delta, delta.sum(axis=0))
        upstream = delta @ W.T
    return grads
"""),
        ("bias gradient averaged over the batch instead of summed", """
def network_backward(params, caches, dlogits, activation_derivative):
    grads = [None] * len(params)
    delta = dlogits
    for index in reversed(range(len(params))):
        W, _ = params[index]
        h_in, _ = caches[index]
        grads[index] = (h_in.T @ delta, delta.mean(axis=0))
        if index > 0:
            delta = (delta @ W.T) * activation_derivative(caches[index - 1][1])
    return grads
"""),
        ("activation derivative taken at the activation's output h instead of the pre-activation z", """
def network_backward(params, caches, dlogits, activation_derivative):
    grads = [None] * len(params)
    delta = dlogits
    for index in reversed(range(len(params))):
        W, _ = params[index]
        h_in, _ = caches[index]
        grads[index] = (h_in.T @ delta, delta.sum(axis=0))
        if index > 0:
            delta = (delta @ W.T) * activation_derivative(h_in)
    return grads
"""),
        ("weight gradient from the pre-activation z below instead of the layer's input", """
def network_backward(params, caches, dlogits, activation_derivative):
    grads = [None] * len(params)
    delta = dlogits
    for index in reversed(range(len(params))):
        W, _ = params[index]
        h_in, _ = caches[index]
        source = caches[index - 1][1] if index > 0 else h_in
        grads[index] = (source.T @ delta, delta.sum(axis=0))
        if index > 0:
            delta = (delta @ W.T) * activation_derivative(caches[index - 1][1])
    return grads
"""),
        ("gradients returned from the last layer to the first", """
def network_backward(params, caches, dlogits, activation_derivative):
    grads = []
    delta = dlogits
    for index in reversed(range(len(params))):
        W, _ = params[index]
        h_in, _ = caches[index]
        grads.append((h_in.T @ delta, delta.sum(axis=0)))
        if index > 0:
            delta = (delta @ W.T) * activation_derivative(caches[index - 1][1])
    return grads
"""),
        ("transpose missing when passing the gradient through W", """
def network_backward(params, caches, dlogits, activation_derivative):
    grads = [None] * len(params)
    delta = dlogits
    for index in reversed(range(len(params))):
        W, _ = params[index]
        h_in, _ = caches[index]
        grads[index] = (h_in.T @ delta, delta.sum(axis=0))
        if index > 0:
            delta = (delta @ W) * activation_derivative(caches[index - 1][1])
    return grads
"""),
    ],
}
