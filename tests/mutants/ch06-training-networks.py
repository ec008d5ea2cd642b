"""Plausible wrong answers for Chapter 6, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
The exercises do not build on each other: every test cell gives its exercise the inputs it needs.
"""

_TORCH_MLP = """
class TorchMLP(torch.nn.Module):
    def __init__(self, params):
        super().__init__()
{init}

    def forward(self, x):
{forward}
"""

_LINEAR_LAYERS = """        n_in, n_hidden = params["W1"].shape
        n_classes = params["W2"].shape[1]
        self.hidden = torch.nn.Linear(n_in, n_hidden)
        self.output = torch.nn.Linear(n_hidden, n_classes)
"""

_COPY_WEIGHTS = """        with torch.no_grad():
            self.hidden.weight.copy_(torch.from_numpy(params["W1"].T))
            self.hidden.bias.copy_(torch.from_numpy(params["b1"]))
            self.output.weight.copy_(torch.from_numpy(params["W2"].T))
            self.output.bias.copy_(torch.from_numpy(params["b2"]))
"""

_FORWARD = "        return self.output(torch.relu(self.hidden(x)))"


def _torch_mlp(init=_LINEAR_LAYERS + _COPY_WEIGHTS, forward=_FORWARD):
    return _TORCH_MLP.format(init=init.rstrip("\n"), forward=forward)


MUTANTS = {
    "ex1-numpy-forward": [
        ("ReLU forgotten", """
def forward_and_loss(params, x, y):
    logits = (x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    row_max = logits.max(axis=1, keepdims=True)
    loss = np.mean(row_max[:, 0] + np.log(np.exp(logits - row_max).sum(axis=1)) - logits[np.arange(len(y)), y])
    return logits, loss
"""),
        ("no maximum subtracted: exp overflows", """
def forward_and_loss(params, x, y):
    logits = np.maximum(x @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]
    loss = np.mean(np.log(np.exp(logits).sum(axis=1)) - logits[np.arange(len(y)), y])
    return logits, loss
"""),
        ("log of the softmax probabilities: underflows to log(0)", """
def forward_and_loss(params, x, y):
    logits = np.maximum(x @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs = exp / exp.sum(axis=1, keepdims=True)
    return logits, -np.mean(np.log(probs[np.arange(len(y)), y]))
"""),
        ("one maximum for the whole batch instead of one per row", """
def forward_and_loss(params, x, y):
    logits = np.maximum(x @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]
    m = logits.max()
    loss = np.mean(m + np.log(np.exp(logits - m).sum(axis=1)) - logits[np.arange(len(y)), y])
    return logits, loss
"""),
        ("sum over the batch instead of the mean", """
def forward_and_loss(params, x, y):
    logits = np.maximum(x @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]
    row_max = logits.max(axis=1, keepdims=True)
    loss = np.sum(row_max[:, 0] + np.log(np.exp(logits - row_max).sum(axis=1)) - logits[np.arange(len(y)), y])
    return logits, loss
"""),
        ("log-sum-exp over the batch axis", """
def forward_and_loss(params, x, y):
    logits = np.maximum(x @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]
    col_max = logits.max(axis=0)
    loss = np.mean(col_max[y] + np.log(np.exp(logits - col_max).sum(axis=0))[y] - logits[np.arange(len(y)), y])
    return logits, loss
"""),
    ],
    "ex2-numpy-backward": [
        ("gradient of the summed loss: no division by N", """
def gradients(params, x, y):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0)
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    onehot = np.zeros_like(p)
    onehot[np.arange(len(y)), y] = 1
    gs = p - onehot
    gz = (gs @ params["W2"].T) * (z > 0)
    return {"W1": x.T @ gz, "b1": gz.sum(axis=0), "W2": h.T @ gs, "b2": gs.sum(axis=0)}
"""),
        ("ReLU mask forgotten in the backward pass", """
def gradients(params, x, y):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0)
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    onehot = np.zeros_like(p)
    onehot[np.arange(len(y)), y] = 1
    gs = (p - onehot) / len(y)
    gz = gs @ params["W2"].T
    return {"W1": x.T @ gz, "b1": gz.sum(axis=0), "W2": h.T @ gs, "b2": gs.sum(axis=0)}
"""),
        ("W2's gradient from the pre-activation Z instead of H = relu(Z)", """
def gradients(params, x, y):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0)
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    onehot = np.zeros_like(p)
    onehot[np.arange(len(y)), y] = 1
    gs = (p - onehot) / len(y)
    gz = (gs @ params["W2"].T) * (z > 0)
    return {"W1": x.T @ gz, "b1": gz.sum(axis=0), "W2": z.T @ gs, "b2": gs.sum(axis=0)}
"""),
        ("one-hot from np.eye(10): float64 gradients for float32 inputs", """
def gradients(params, x, y):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0)
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    gs = (p - np.eye(s.shape[1])[y]) / len(y)
    gz = (gs @ params["W2"].T) * (z > 0)
    return {"W1": x.T @ gz, "b1": gz.sum(axis=0), "W2": h.T @ gs, "b2": gs.sum(axis=0)}
"""),
        ("number of classes taken from the labels: y.max() + 1", """
def gradients(params, x, y):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0)
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    gs = (p - np.eye(y.max() + 1, dtype=p.dtype)[y]) / len(y)
    gz = (gs @ params["W2"].T) * (z > 0)
    return {"W1": x.T @ gz, "b1": gz.sum(axis=0), "W2": h.T @ gs, "b2": gs.sum(axis=0)}
"""),
        ("bias gradients averaged again instead of summed", """
def gradients(params, x, y):
    z = x @ params["W1"] + params["b1"]
    h = np.maximum(z, 0)
    s = h @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    onehot = np.zeros_like(p)
    onehot[np.arange(len(y)), y] = 1
    gs = (p - onehot) / len(y)
    gz = (gs @ params["W2"].T) * (z > 0)
    return {"W1": x.T @ gz, "b1": gz.mean(axis=0), "W2": h.T @ gs, "b2": gs.mean(axis=0)}
"""),
    ],
    "ex3-torch-module": [
        ("weights reshaped to (out, in) instead of transposed", _torch_mlp(init=_LINEAR_LAYERS + """
        with torch.no_grad():
            self.hidden.weight.copy_(torch.from_numpy(params["W1"].reshape(n_hidden, n_in)))
            self.hidden.bias.copy_(torch.from_numpy(params["b1"]))
            self.output.weight.copy_(torch.from_numpy(params["W2"].reshape(n_classes, n_hidden)))
            self.output.bias.copy_(torch.from_numpy(params["b2"]))
""")),
        ("ReLU forgotten in forward", _torch_mlp(forward="        return self.output(self.hidden(x))")),
        ("softmax at the end of forward", _torch_mlp(
            forward="        return torch.softmax(self.output(torch.relu(self.hidden(x))), dim=1)")),
        ("biases left at nn.Linear's random initialisation", _torch_mlp(init=_LINEAR_LAYERS + """
        with torch.no_grad():
            self.hidden.weight.copy_(torch.from_numpy(params["W1"].T))
            self.output.weight.copy_(torch.from_numpy(params["W2"].T))
""")),
        ("parameters share memory with the NumPy arrays (torch.from_numpy, no copy)", _torch_mlp(
            init=_LINEAR_LAYERS + """
        self.hidden.weight = torch.nn.Parameter(torch.from_numpy(params["W1"]).T)
        self.hidden.bias = torch.nn.Parameter(torch.from_numpy(params["b1"]))
        self.output.weight = torch.nn.Parameter(torch.from_numpy(params["W2"]).T)
        self.output.bias = torch.nn.Parameter(torch.from_numpy(params["b2"]))
""")),
        ("MNIST's sizes hard-coded instead of taken from the arrays", _torch_mlp(init="""
        self.hidden = torch.nn.Linear(784, 128)
        self.output = torch.nn.Linear(128, 10)
""" + _COPY_WEIGHTS)),
        ("only W2's memory shared with NumPy", _torch_mlp(init=_LINEAR_LAYERS + """
        with torch.no_grad():
            self.hidden.weight.copy_(torch.from_numpy(params["W1"].T))
            self.hidden.bias.copy_(torch.from_numpy(params["b1"]))
            self.output.bias.copy_(torch.from_numpy(params["b2"]))
        self.output.weight = torch.nn.Parameter(torch.from_numpy(params["W2"]).T)
""")),
    ],
    "ex4-torch-train-step": [
        ("gradients never cleared: they accumulate over the steps", """
def torch_train_step(model, optimizer, x, y):
    loss = torch.nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    return loss.item()
"""),
        ("optimizer.step() before loss.backward()", """
def torch_train_step(model, optimizer, x, y):
    optimizer.zero_grad()
    loss = torch.nn.functional.cross_entropy(model(x), y)
    optimizer.step()
    loss.backward()
    return loss.item()
"""),
        ("softmax applied before cross_entropy (which applies log-softmax itself)", """
def torch_train_step(model, optimizer, x, y):
    optimizer.zero_grad()
    loss = torch.nn.functional.cross_entropy(torch.softmax(model(x), dim=1), y)
    loss.backward()
    optimizer.step()
    return loss.item()
"""),
        ("the loss returned is recomputed after the step", """
def torch_train_step(model, optimizer, x, y):
    optimizer.zero_grad()
    loss = torch.nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    return torch.nn.functional.cross_entropy(model(x), y).item()
"""),
        ("zero_grad() between backward() and step(): the step has no gradient", """
def torch_train_step(model, optimizer, x, y):
    loss = torch.nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.zero_grad()
    optimizer.step()
    return loss.item()
"""),
    ],
    "ex5-keras-train-step": [
        ("loss computed after the tape stopped recording: no gradients", """
def keras_train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
    loss = loss_fn(y, logits)
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
"""),
        ("softmax applied to logits the loss already treats as logits", """
def keras_train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, tf.nn.softmax(model(x, training=True)))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
"""),
        ("gradients applied with the wrong sign", """
def keras_train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip([-g for g in grads], model.trainable_variables))
    return loss
"""),
        ("only the kernels trained: the biases never change", """
def keras_train_step(model, optimizer, loss_fn, x, y):
    kernels = [layer.kernel for layer in model.layers]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, kernels)
    optimizer.apply_gradients(zip(grads, kernels))
    return loss
"""),
        ("NumPy inside the step: breaks under tf.function", """
def keras_train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return float(np.asarray(loss))
"""),
    ],
    "ex6-jax-loss": [
        ("log of jax.nn.softmax: log(0) for logits far below the maximum", """
def jax_loss(params, x, y):
    logits = jax.nn.relu(x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    log_probs = jnp.log(jax.nn.softmax(logits, axis=1))
    return -jnp.mean(jnp.take_along_axis(log_probs, y[:, None], axis=1))
"""),
        ("one maximum for the whole batch instead of one per row", """
def jax_loss(params, x, y):
    logits = jax.nn.relu(x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    m = jnp.max(logits)
    lse = m + jnp.log(jnp.sum(jnp.exp(logits - m), axis=1))
    return jnp.mean(lse - jnp.take_along_axis(logits, y[:, None], axis=1)[:, 0])
"""),
        ("sum over the batch instead of the mean", """
def jax_loss(params, x, y):
    logits = jax.nn.relu(x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    true_logits = jnp.take_along_axis(logits, y[:, None], axis=1)[:, 0]
    return jnp.sum(jax.nn.logsumexp(logits, axis=1) - true_logits)
"""),
        ("ReLU forgotten", """
def jax_loss(params, x, y):
    logits = (x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    true_logits = jnp.take_along_axis(logits, y[:, None], axis=1)[:, 0]
    return jnp.mean(jax.nn.logsumexp(logits, axis=1) - true_logits)
"""),
        ("NumPy inside: cannot be traced by jax.grad or jax.jit", """
def jax_loss(params, x, y):
    logits = np.maximum(np.asarray(x) @ np.asarray(params["W1"]) + np.asarray(params["b1"]), 0) \\
        @ np.asarray(params["W2"]) + np.asarray(params["b2"])
    m = logits.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
    return jnp.mean(lse - logits[np.arange(len(y)), np.asarray(y)])
"""),
        ("true-class logits picked with logits[:, y], an (N, N) matrix", """
def jax_loss(params, x, y):
    logits = jax.nn.relu(x @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
    return jnp.mean(jax.nn.logsumexp(logits, axis=1) - logits[:, y])
"""),
    ],
    "ex7-jax-sgd-update": [
        ("moves along the gradient instead of against it", """
def sgd_update(loss_fn, params, x, y, lr):
    grads = jax.grad(loss_fn)(params, x, y)
    return jax.tree.map(lambda theta, grad: theta + lr * grad, params, grads)
"""),
        ("the notebook's global learning_rate used instead of the argument lr", """
def sgd_update(loss_fn, params, x, y, lr):
    grads = jax.grad(loss_fn)(params, x, y)
    return jax.tree.map(lambda theta, grad: theta - learning_rate * grad, params, grads)
"""),
        ("gradient with respect to x (argnums=1) instead of the parameters", """
def sgd_update(loss_fn, params, x, y, lr):
    grad_x = jax.grad(loss_fn, argnums=1)(params, x, y)
    return {key: value - lr * jnp.mean(grad_x) for key, value in params.items()}
"""),
        ("float() on a traced value: fails under jax.jit", """
def sgd_update(loss_fn, params, x, y, lr):
    grads = jax.grad(loss_fn)(params, x, y)
    return {key: params[key] - float(lr) * np.asarray(grads[key]) for key in params}
"""),
        ("learning rate applied to the parameters, not the gradient", """
def sgd_update(loss_fn, params, x, y, lr):
    grads = jax.grad(loss_fn)(params, x, y)
    return jax.tree.map(lambda theta, grad: lr * theta - grad, params, grads)
"""),
    ],
}
