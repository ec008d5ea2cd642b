"""Plausible wrong answers for Day 4, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
Exercise 5 builds the network from the functions of Exercises 1-4, so a wrong answer there costs
Exercise 5's points too.
"""

_ACTIVATIONS = """
def relu_forward(x):
    return np.maximum(x, 0.0), x


def relu_backward(dout, cache):
    return {relu_derivative}


def tanh_forward(x):
    out = np.tanh(x)
    return out, out


def tanh_backward(dout, cache):
    return {tanh_derivative}
"""


def _activations(relu_derivative="dout * (cache > 0)", tanh_derivative="dout * (1.0 - cache ** 2)"):
    return _ACTIVATIONS.format(relu_derivative=relu_derivative, tanh_derivative=tanh_derivative)


_NETWORK = """
def loss_and_gradients(params, x, y):
    z1, dense1_cache = dense_forward(x, params["W1"], params["b1"])
    h, tanh_cache = tanh_forward(z1)
    logits, dense2_cache = dense_forward(h, params["W2"], params["b2"])
    loss, dlogits = softmax_cross_entropy(logits, y)
    dh, dW2, db2 = dense_backward(dlogits, dense2_cache)
{backward}
"""

MUTANTS = {
    "ex6-sgd-momentum": [
        ("gradient added instead of subtracted", """
def sgd_momentum_step(params, grads, velocity, lr, momentum):
    new_velocity = {key: momentum * velocity[key] + lr * grads[key] for key in params}
    new_params = {key: params[key] + new_velocity[key] for key in params}
    return new_params, new_velocity
"""),
        ("parameters updated in place", """
def sgd_momentum_step(params, grads, velocity, lr, momentum):
    new_velocity = {key: momentum * velocity[key] - lr * grads[key] for key in params}
    for key in params:
        params[key] += new_velocity[key]
    return params, new_velocity
"""),
        ("momentum multiplies the whole update: v = mu (v - lr g)", """
def sgd_momentum_step(params, grads, velocity, lr, momentum):
    new_velocity = {key: momentum * (velocity[key] - lr * grads[key]) for key in params}
    new_params = {key: params[key] + new_velocity[key] for key in params}
    return new_params, new_velocity
"""),
        ("parameters moved with the old velocity", """
def sgd_momentum_step(params, grads, velocity, lr, momentum):
    new_params = {key: params[key] + velocity[key] for key in params}
    new_velocity = {key: momentum * velocity[key] - lr * grads[key] for key in params}
    return new_params, new_velocity
"""),
        ("old velocity ignored: plain SGD", """
def sgd_momentum_step(params, grads, velocity, lr, momentum):
    new_velocity = {key: -lr * grads[key] for key in params}
    new_params = {key: params[key] + new_velocity[key] for key in params}
    return new_params, new_velocity
"""),
    ],
    "ex1-dense-forward": [
        ("bias forgotten", """
def dense_forward(x, W, b):
    return x @ W, (x, W)
"""),
        ("weight matrix transposed", """
def dense_forward(x, W, b):
    return x @ W.T + b, (x, W)
"""),
        ("cache in the wrong order (W, x)", """
def dense_forward(x, W, b):
    return x @ W + b, (W, x)
"""),
        ("bias broadcast along the batch axis instead of the output axis", """
def dense_forward(x, W, b):
    return x @ W + b[:, np.newaxis], (x, W)
"""),
        ("hard-coded for the visible example", """
def dense_forward(x, W, b):
    return np.array([[4.5, -1.5], [1.0, -2.0]]), (x, W)
"""),
    ],
    "ex2-dense-backward": [
        ("bias gradient not summed over the batch", """
def dense_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x.T @ dout, dout
"""),
        ("transpose missing in the weight gradient", """
def dense_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x @ dout, dout.sum(axis=0)
"""),
        ("weight gradient transposed (dout.T @ x)", """
def dense_backward(dout, cache):
    x, W = cache
    return dout @ W.T, dout.T @ x, dout.sum(axis=0)
"""),
        ("transpose missing in the input gradient", """
def dense_backward(dout, cache):
    x, W = cache
    return dout @ W, x.T @ dout, dout.sum(axis=0)
"""),
        ("bias gradient averaged over the batch instead of summed", """
def dense_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x.T @ dout, dout.mean(axis=0)
"""),
        ("weight gradient divided by the batch size", """
def dense_backward(dout, cache):
    x, W = cache
    return dout @ W.T, x.T @ dout / len(x), dout.sum(axis=0)
"""),
    ],
    "ex3-activations": [
        ("ReLU derivative 1 at x = 0 (x >= 0: the wrong side of zero)",
         _activations(relu_derivative="dout * (cache >= 0)")),
        ("tanh derivative 1 - tanh(x), square forgotten",
         _activations(tanh_derivative="dout * (1.0 - cache)")),
        ("backward returns the local derivative, not multiplied by dout",
         _activations(relu_derivative="(cache > 0).astype(float)", tanh_derivative="1.0 - cache ** 2")),
        ("tanh applied again to the cached output", _activations(tanh_derivative="dout * (1.0 - np.tanh(cache) ** 2)")),
        ("ReLU gate taken from the sign of dout instead of x", _activations(relu_derivative="dout * (dout > 0)")),
        ("ReLU clips the caller's array in place", """
def relu_forward(x):
    x[x < 0] = 0.0
    return x, x


def relu_backward(dout, cache):
    return dout * (cache > 0)


def tanh_forward(x):
    out = np.tanh(x)
    return out, out


def tanh_backward(dout, cache):
    return dout * (1.0 - cache ** 2)
"""),
    ],
    "ex4-softmax-cross-entropy": [
        ("softmax without subtracting the max", """
def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    dlogits = probs.copy()
    dlogits[np.arange(n), y] -= 1.0
    return loss, dlogits / n
"""),
        ("one global max subtracted instead of each row's", """
def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    shifted = logits - logits.max()
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    dlogits = probs.copy()
    dlogits[np.arange(n), y] -= 1.0
    return loss, dlogits / n
"""),
        ("gradient not divided by the batch size", """
def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    dlogits = probs.copy()
    dlogits[np.arange(n), y] -= 1.0
    return loss, dlogits
"""),
        ("loss summed over the batch instead of averaged", """
def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).sum()
    dlogits = probs.copy()
    dlogits[np.arange(n), y] -= 1.0
    return loss, dlogits / n
"""),
        ("gradient with the sign flipped (onehot - softmax)", """
def softmax_cross_entropy(logits, y):
    n = logits.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(n), y]).mean()
    dlogits = -probs
    dlogits[np.arange(n), y] += 1.0
    return loss, dlogits / n
"""),
    ],
    "ex5-network-gradients": [
        ("tanh derivative skipped: gradient passed straight through the activation", _NETWORK.format(backward="""
    _, dW1, db1 = dense_backward(dh, dense1_cache)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
""")),
        ("second layer's weight gradient from the pre-activation z1 instead of h", _NETWORK.format(backward="""
    dz1 = tanh_backward(dh, tanh_cache)
    _, dW1, db1 = dense_backward(dz1, dense1_cache)
    return loss, {"W1": dW1, "b1": db1, "W2": z1.T @ dlogits, "b2": db2}
""")),
        ("first layer backpropagated with the second layer's cache", _NETWORK.format(backward="""
    dz1 = tanh_backward(dh, tanh_cache)
    _, dW1, db1 = dense_backward(dz1, (x, params["W2"]))
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
""")),
        ("tanh derivative taken at the pre-activation (1 - z1**2)", _NETWORK.format(backward="""
    dz1 = dh * (1.0 - z1 ** 2)
    _, dW1, db1 = dense_backward(dz1, dense1_cache)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
""")),
        ("gradients by finite differences instead of backpropagation (approximate)", """
def loss_and_gradients(params, x, y):
    def loss_with(key, value):
        changed = dict(params)
        changed[key] = value
        h, _ = tanh_forward(dense_forward(x, changed["W1"], changed["b1"])[0])
        return softmax_cross_entropy(dense_forward(h, changed["W2"], changed["b2"])[0], y)[0]
    grads = {key: numerical_gradient(lambda value, key=key: loss_with(key, value), params[key]) for key in params}
    return loss_with("W1", params["W1"]), grads
"""),
    ],
}
