"""Plausible wrong answers for Chapter 5, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
Exercise 9 (the MLP's forward pass) builds on the Value operations of Exercises 6-8, so a wrong
answer there costs Exercise 9's points too; every other exercise is tested on its own.
"""

_VALUE_ARITHMETIC = '''
def value_add(self, other):
    other = other if isinstance(other, Value) else Value(other)
    out = Value(self.data + other.data, (self, other), "+")

    def _backward():
{add_backward}

    out._backward = _backward
    return out


def value_mul(self, other):
    other = other if isinstance(other, Value) else Value(other)
    out = Value(self.data * other.data, (self, other), "*")

    def _backward():
{mul_backward}

    out._backward = _backward
    return out


def value_pow(self, exponent):
    out = Value(self.data ** exponent, (self,), f"**{{exponent}}")

    def _backward():
        self.grad += {pow_local} * out.grad

    out._backward = _backward
    return out
'''


def _arithmetic(add_backward="        self.grad += out.grad\n        other.grad += out.grad",
                mul_backward="        self.grad += other.data * out.grad\n        other.grad += self.data * out.grad",
                pow_local="exponent * self.data ** (exponent - 1)"):
    return _VALUE_ARITHMETIC.format(add_backward=add_backward, mul_backward=mul_backward, pow_local=pow_local)


_MUL = "        self.grad {0} {1}\n        other.grad {0} {2}"

_NONLINEARITIES = '''
def value_tanh(self):
    t = math.tanh(self.data)
    out = Value(t, (self,), "tanh")

    def _backward():
        self.grad {assign} {tanh_local} * out.grad

    out._backward = _backward
    return out


def value_relu(self):
    out = Value(self.data if self.data > 0 else 0.0, (self,), "relu")

    def _backward():
        self.grad {assign} (1.0 if {relu_condition} else 0.0) * out.grad

    out._backward = _backward
    return out


def value_exp(self):
    out = Value(math.exp(self.data), (self,), "exp")

    def _backward():
        self.grad {assign} {exp_local} * out.grad

    out._backward = _backward
    return out
'''


def _nonlinearities(tanh_local="(1.0 - t * t)", relu_condition="self.data > 0", exp_local="out.data", assign="+="):
    return _NONLINEARITIES.format(tanh_local=tanh_local, relu_condition=relu_condition, exp_local=exp_local,
                                  assign=assign)


_TORCH = '''
def torch_outline_gradients(x, w, b):
    x_t = torch.tensor(x)
    w_t = torch.tensor(w, requires_grad=True)
    b_t = torch.tensor(b, requires_grad=True)
    y = {forward}
    loss = {loss}
    loss.backward()
{extra}    return w_t.grad.numpy(), b_t.grad.numpy()
'''


def _torch(forward="torch.tanh(x_t @ w_t + b_t)", loss="torch.mean(y * y)", extra=""):
    return _TORCH.format(forward=forward, loss=loss, extra=extra)


_TENSORFLOW = '''
def tensorflow_outline_gradients(x, w, b):
    w_v = tf.Variable(w)
    b_v = tf.Variable(b)
    with tf.GradientTape() as tape:
        y = tf.tanh(tf.constant(x) @ w_v + b_v)
        loss = {loss}
    dl_dw, dl_db = tape.gradient(loss, [w_v, b_v])
    return dl_dw.numpy(), dl_db.numpy()
'''

_JAX = '''
def jax_outline_gradients(x, w, b):
    def loss_fn(w, b):
        y = jnp.tanh(x @ w + b)
        return {loss}

    dl_dw, dl_db = jax.grad(loss_fn, argnums=(0, 1))(w, b)
    return np.asarray(dl_dw), np.asarray(dl_db)
'''

_HAND = '''
def outline_gradients(x, w, b):
    y = np.tanh(x @ w + b)
    dl_dz = {dl_dz}
    dl_dw = {dl_dw}
    dl_db = {dl_db}
    return dl_dw, dl_db
'''


def _hand(dl_dz="2.0 * y * (1.0 - y ** 2) / y.size", dl_dw="x.T @ dl_dz", dl_db="dl_dz.sum(axis=0)"):
    return _HAND.format(dl_dz=dl_dz, dl_dw=dl_dw, dl_db=dl_db)


_MLP = '''
def neuron_forward(neuron, x):
    activation = {start}
    for wi, xi in zip(neuron.w, x):
        activation = activation + wi * xi
    return {output}


def mlp_forward(mlp, x):
{body}
'''


def _mlp(start="neuron.b", output="activation.tanh() if neuron.nonlinear else activation",
         body="    for layer in mlp.layers:\n        x = [neuron_forward(neuron, x) for neuron in layer.neurons]\n"
              "    return x"):
    return _MLP.format(start=start, output=output, body=body)


_SOFTMAX = '''
def tensor_softmax(x, axis=-1):
{body}
'''


def _softmax(body):
    return _SOFTMAX.format(body=body)


MUTANTS = {
    "ex1-jax-embedding-update": [
        ("NumPy's x[rows] -= ... on a copy: a repeated row is updated once", """
def embedding_sgd_update(table, rows, grads, lr):
    updated = np.array(table)
    updated[np.asarray(rows)] -= lr * np.asarray(grads)
    updated[0] = 0.0
    return jnp.asarray(updated)
"""),
        (".at[rows].set of the old rows: a repeated row keeps only one update", """
def embedding_sgd_update(table, rows, grads, lr):
    updated = table.at[rows].set(table[rows] - lr * grads)
    return updated.at[0].set(0.0)
"""),
        ("padding row not reset", """
def embedding_sgd_update(table, rows, grads, lr):
    return table.at[rows].add(-lr * grads)
"""),
        ("padding row reset before the update, so an update can land on it", """
def embedding_sgd_update(table, rows, grads, lr):
    cleared = table.at[0].set(0.0)
    return cleared.at[rows].add(-lr * grads)
"""),
        ("gradient added instead of subtracted", """
def embedding_sgd_update(table, rows, grads, lr):
    updated = table.at[rows].add(lr * grads)
    return updated.at[0].set(0.0)
"""),
        ("right numbers, returned as a NumPy array", """
def embedding_sgd_update(table, rows, grads, lr):
    updated = np.array(table)
    np.add.at(updated, np.asarray(rows), -lr * np.asarray(grads))
    updated[0] = 0.0
    return updated
"""),
    ],
    "ex2-hand-gradient": [
        ("tanh's derivative forgotten", _hand(dl_dz="2.0 * y / y.size")),
        ("divided by the batch size instead of the number of entries of y",
         _hand(dl_dz="2.0 * y * (1.0 - y ** 2) / len(x)")),
        ("divided by the number of outputs (right only for one row)",
         _hand(dl_dz="2.0 * y * (1.0 - y ** 2) / y.shape[1]")),
        ("bias gradient taken from the first row only", _hand(dl_db="dl_dz[0]")),
        ("factor 2 of the square forgotten", _hand(dl_dz="y * (1.0 - y ** 2) / y.size")),
        ("transpose on the wrong side: G.T @ x", _hand(dl_dw="dl_dz.T @ x")),
    ],
    "ex3-torch-gradient": [
        ("sum instead of mean", _torch(loss="torch.sum(y * y)")),
        ("the square of the mean instead of the mean of the squares", _torch(loss="torch.mean(y) ** 2")),
        ("backward called twice: the gradients accumulate",
         _torch(extra="    loss = torch.mean(torch.tanh(x_t @ w_t + b_t) ** 2)\n    loss.backward()\n")),
        ("bias added after the tanh", _torch(forward="torch.tanh(x_t @ w_t) + b_t")),
        ("mean over each row, then summed over the batch", _torch(loss="torch.mean(y * y, dim=1).sum()")),
    ],
    "ex4-tensorflow-gradient": [
        ("constants instead of Variables, not watched: the tape returns None", """
def tensorflow_outline_gradients(x, w, b):
    w_c, b_c = tf.constant(w), tf.constant(b)
    with tf.GradientTape() as tape:
        y = tf.tanh(tf.constant(x) @ w_c + b_c)
        loss = tf.reduce_mean(y * y)
    dl_dw, dl_db = tape.gradient(loss, [w_c, b_c])
    return dl_dw.numpy(), dl_db.numpy()
"""),
        ("reduce_sum instead of reduce_mean", _TENSORFLOW.format(loss="tf.reduce_sum(y * y)")),
        ("the square of the mean instead of the mean of the squares",
         _TENSORFLOW.format(loss="tf.reduce_mean(y) ** 2")),
        ("loss computed after the tape's block closed", """
def tensorflow_outline_gradients(x, w, b):
    w_v, b_v = tf.Variable(w), tf.Variable(b)
    with tf.GradientTape() as tape:
        y = tf.tanh(tf.constant(x) @ w_v + b_v)
    loss = tf.reduce_mean(y * y)
    dl_dw, dl_db = tape.gradient(loss, [w_v, b_v])
    return dl_dw.numpy(), dl_db.numpy()
"""),
        ("mean over each row, then summed over the batch",
         _TENSORFLOW.format(loss="tf.reduce_sum(tf.reduce_mean(y * y, axis=1))")),
    ],
    "ex5-jax-gradient": [
        ("argnums left at its default: only dl_dw comes back", """
def jax_outline_gradients(x, w, b):
    def loss_fn(w, b):
        y = jnp.tanh(x @ w + b)
        return jnp.mean(y * y)

    dl_dw, dl_db = jax.grad(loss_fn)(w, b)
    return np.asarray(dl_dw), np.asarray(dl_db)
"""),
        ("sum instead of mean", _JAX.format(loss="jnp.sum(y * y)")),
        ("mean over each row, then summed over the batch", _JAX.format(loss="jnp.sum(jnp.mean(y * y, axis=1))")),
        ("the loss function returns y * y, not a scalar", _JAX.format(loss="y * y")),
        ("the square of the mean instead of the mean of the squares", _JAX.format(loss="jnp.mean(y) ** 2")),
    ],
    "ex6-value-arithmetic": [
        ("= instead of += in mul's backward: a Value used twice keeps one contribution",
         _arithmetic(mul_backward=_MUL.format("=", "other.data * out.grad", "self.data * out.grad"))),
        ("mul's local derivatives swapped: each input gets its own value",
         _arithmetic(mul_backward=_MUL.format("+=", "self.data * out.grad", "other.data * out.grad"))),
        ("out.grad left out of mul's backward (the chain rule stops there)",
         _arithmetic(mul_backward=_MUL.format("+=", "other.data", "self.data"))),
        ("pow's derivative written as 2 * a, right only for squares", _arithmetic(pow_local="2 * self.data")),
        ("pow's derivative k * a ** k", _arithmetic(pow_local="exponent * self.data ** exponent")),
        ("add's backward passes 1 instead of out.grad",
         _arithmetic(add_backward="        self.grad += 1.0\n        other.grad += 1.0")),
        ("plain numbers not wrapped in a Value", _arithmetic().replace(
            "    other = other if isinstance(other, Value) else Value(other)\n", "")),
    ],
    "ex7-value-nonlinearities": [
        ("tanh's derivative 1 - tanh(a), square forgotten", _nonlinearities(tanh_local="(1.0 - t)")),
        ("relu's derivative 1 at a = 0 (a >= 0)", _nonlinearities(relu_condition="self.data >= 0")),
        ("exp's derivative taken as a instead of exp(a)", _nonlinearities(exp_local="self.data")),
        ("= instead of +=: a Value used twice keeps one contribution", _nonlinearities(assign="=")),
        ("tanh's derivative computed from a instead of tanh(a)", _nonlinearities(tanh_local="(1.0 - self.data ** 2)")),
    ],
    "ex8-value-backward": [
        ("plain recursion from the output, no topological order", """
def value_backward(self):
    self.grad = 1.0

    def propagate(node):
        node._backward()
        for child in node._prev:
            propagate(child)

    propagate(self)
"""),
        ("no visited set: a shared node appears, and runs its backward, twice", """
def value_backward(self):
    topo = []

    def build(node):
        for child in node._prev:
            build(child)
        topo.append(node)

    build(self)
    self.grad = 1.0
    for node in reversed(topo):
        node._backward()
"""),
        ("topological order not reversed: the inputs first", """
def value_backward(self):
    topo, visited = [], set()

    def build(node):
        if node not in visited:
            visited.add(node)
            for child in node._prev:
                build(child)
            topo.append(node)

    build(self)
    self.grad = 1.0
    for node in topo:
        node._backward()
"""),
        ("self.grad not seeded with 1", """
def value_backward(self):
    topo, visited = [], set()

    def build(node):
        if node not in visited:
            visited.add(node)
            for child in node._prev:
                build(child)
            topo.append(node)

    build(self)
    for node in reversed(topo):
        node._backward()
"""),
        ("breadth-first order from the output (a node can run before all its users)", """
def value_backward(self):
    order, seen, queue = [], {id(self)}, [self]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for child in node._prev:
            if id(child) not in seen:
                seen.add(id(child))
                queue.append(child)
    self.grad = 1.0
    for node in order:
        node._backward()
"""),
    ],
    "ex9-mlp-forward": [
        ("tanh applied in the output layer too", _mlp(output="activation.tanh()")),
        ("bias forgotten", _mlp(start="Value(0.0)")),
        ("only the first layer applied",
         _mlp(body="    return [neuron_forward(neuron, x) for neuron in mlp.layers[0].neurons]")),
        ("relu instead of tanh in the hidden layers",
         _mlp(output="activation.relu() if neuron.nonlinear else activation")),
        ("a single Value returned instead of a list", _mlp(
            body="    for layer in mlp.layers:\n        x = [neuron_forward(neuron, x) for neuron in layer.neurons]\n"
                 "    return x[0]")),
    ],
    "ex10-tensor-softmax": [
        ("no maximum subtracted: exp overflows for large logits",
         _softmax("    e = x.exp()\n    return e / e.sum(axis=axis, keepdims=True)")),
        ("axis ignored: always the last axis",
         _softmax("    e = (x - x.max(axis=-1, keepdims=True)).exp()\n    return e / e.sum(axis=-1, keepdims=True)")),
        ("computed in NumPy and wrapped in a new Tensor: no gradient reaches x",
         _softmax("    e = np.exp(x.data - x.data.max(axis=axis, keepdims=True))\n"
                  "    return Tensor(e / e.sum(axis=axis, keepdims=True))")),
        ("one global maximum instead of each row's",
         _softmax("    e = (x - x.max()).exp()\n    return e / e.sum(axis=axis, keepdims=True)")),
        ("sums without keepdims: they broadcast along the wrong axis",
         _softmax("    e = (x - x.max(axis=axis, keepdims=True)).exp()\n    return e / e.sum(axis=axis)")),
        ("maximum subtracted in the numerator only",
         _softmax("    e = (x - x.max(axis=axis, keepdims=True)).exp()\n"
                  "    return e / x.exp().sum(axis=axis, keepdims=True)")),
    ],
}
