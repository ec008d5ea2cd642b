"""Plausible wrong answers for Chapter 3, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-sample-statistics": [
        ("ddof ignored: always divides by n - 1", """
def sample_statistics(x, ddof=1):
    x = np.asarray(x, dtype=float)
    mean = x.mean()
    variance = ((x - mean) ** 2).sum() / (x.size - 1)
    return float(mean), float(variance), float(np.sqrt(variance))
"""),
        ("standard deviation from np.std with its default ddof=0, whatever ddof the variance used", """
def sample_statistics(x, ddof=1):
    x = np.asarray(x, dtype=float)
    mean = x.mean()
    variance = ((x - mean) ** 2).sum() / (x.size - ddof)
    return float(mean), float(variance), float(np.std(x))
"""),
        ("one-pass shortcut mean(x**2) - mean(x)**2: cancels catastrophically for large values", """
def sample_statistics(x, ddof=1):
    x = np.asarray(x, dtype=float)
    n = x.size
    mean = x.sum() / n
    variance = (np.mean(x ** 2) - mean ** 2) * n / (n - ddof)
    return float(mean), float(variance), float(np.sqrt(variance))
"""),
        ("divides by n + ddof instead of n - ddof", """
def sample_statistics(x, ddof=1):
    x = np.asarray(x, dtype=float)
    mean = x.mean()
    variance = ((x - mean) ** 2).sum() / (x.size + ddof)
    return float(mean), float(variance), float(np.sqrt(variance))
"""),
        ("the mean also divided by n - ddof", """
def sample_statistics(x, ddof=1):
    x = np.asarray(x, dtype=float)
    mean = x.sum() / (x.size - ddof)
    variance = ((x - mean) ** 2).sum() / (x.size - ddof)
    return float(mean), float(variance), float(np.sqrt(variance))
"""),
    ],
    "ex2-normal-pdf": [
        ("the normalising factor forgets sigma: 1 / sqrt(2 pi)", """
def normal_pdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    return np.exp(-(x - mu) ** 2 / (2 * sigma ** 2)) / np.sqrt(2 * np.pi)
"""),
        ("sigma instead of sigma squared in the exponent", """
def normal_pdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    return np.exp(-(x - mu) ** 2 / (2 * sigma)) / (sigma * np.sqrt(2 * np.pi))
"""),
        ("sqrt(2 pi sigma) instead of sigma sqrt(2 pi)", """
def normal_pdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    return np.exp(-(x - mu) ** 2 / (2 * sigma ** 2)) / np.sqrt(2 * np.pi * sigma)
"""),
        ("the 1/2 in the exponent forgotten", """
def normal_pdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    return np.exp(-(x - mu) ** 2 / sigma ** 2) / (sigma * np.sqrt(2 * np.pi))
"""),
        ("x + mu instead of x - mu", """
def normal_pdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    return np.exp(-(x + mu) ** 2 / (2 * sigma ** 2)) / (sigma * np.sqrt(2 * np.pi))
"""),
        ("normalised by 2 pi without the square root", """
def normal_pdf(x, mu=0.0, sigma=1.0):
    x = np.asarray(x, dtype=float)
    return np.exp(-(x - mu) ** 2 / (2 * sigma ** 2)) / (sigma * 2 * np.pi)
"""),
    ],
    "ex3-build-mnist-model": [
        ("Adam at learning rate 0.01 instead of its default 0.001", """
def build_mnist_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
"""),
        ("one-hot loss categorical_crossentropy for integer labels", """
def build_mnist_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    return model
"""),
        ("no accuracy metric", """
def build_mnist_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    return model
"""),
        ("one model built once, outside the function, and returned by every call", """
_the_model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                               keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
_the_model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])


def build_mnist_model():
    return _the_model
"""),
        ("output layer without softmax: logits fed to a loss that expects probabilities", """
def build_mnist_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10)])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
"""),
        ("hidden layer of 128 units", """
def build_mnist_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(128, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
"""),
        ("plain SGD instead of Adam", """
def build_mnist_model():
    model = keras.Sequential([keras.Input(shape=(28, 28)), keras.layers.Flatten(),
                              keras.layers.Dense(64, activation="relu"), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
"""),
    ],
    "ex4-sparse-crossentropy": [
        ("written in NumPy: fine on arrays, fails on Keras's symbolic tensors inside evaluate()", """
def sparse_categorical_crossentropy(y_true, y_pred):
    labels = np.asarray(y_true).reshape(-1).astype(int)
    picked = np.asarray(y_pred)[np.arange(len(labels)), labels]
    return -np.log(np.clip(picked, 1e-7, 1 - 1e-7))
"""),
        ("labels used as they come: (batch, 1) float labels are not valid indices", """
def sparse_categorical_crossentropy(y_true, y_pred):
    picked = keras.ops.take_along_axis(y_pred, keras.ops.expand_dims(y_true, -1), axis=-1)
    return -keras.ops.log(keras.ops.clip(keras.ops.reshape(picked, (-1,)), 1e-7, 1.0 - 1e-7))
"""),
        ("no clipping: a probability of 0 gives log(0) = -inf", """
def sparse_categorical_crossentropy(y_true, y_pred):
    labels = keras.ops.cast(keras.ops.reshape(y_true, (-1,)), "int32")
    picked = keras.ops.take_along_axis(y_pred, keras.ops.expand_dims(labels, -1), axis=-1)
    return -keras.ops.log(keras.ops.reshape(picked, (-1,)))
"""),
        ("the batch mean returned instead of one loss per example", """
def sparse_categorical_crossentropy(y_true, y_pred):
    labels = keras.ops.cast(keras.ops.reshape(y_true, (-1,)), "int32")
    picked = keras.ops.take_along_axis(y_pred, keras.ops.expand_dims(labels, -1), axis=-1)
    return keras.ops.mean(-keras.ops.log(keras.ops.clip(picked, 1e-7, 1.0 - 1e-7)))
"""),
        ("-log of the largest probability, not of the true class's", """
def sparse_categorical_crossentropy(y_true, y_pred):
    return -keras.ops.log(keras.ops.clip(keras.ops.max(y_pred, axis=-1), 1e-7, 1.0 - 1e-7))
"""),
        ("sum over all classes of -log p, the one-hot mask forgotten", """
def sparse_categorical_crossentropy(y_true, y_pred):
    return keras.ops.sum(-keras.ops.log(keras.ops.clip(y_pred, 1e-7, 1.0 - 1e-7)), axis=-1)
"""),
    ],
    "ex5-sparse-accuracy": [
        ("written in NumPy: fine on arrays, fails on Keras's symbolic tensors inside evaluate()", """
def sparse_accuracy(y_true, y_pred):
    labels = np.asarray(y_true).reshape(-1)
    return (np.asarray(y_pred).argmax(axis=-1) == labels).astype("float32")
"""),
        ("(batch, 1) labels not flattened: the comparison broadcasts to (batch, batch)", """
def sparse_accuracy(y_true, y_pred):
    predicted = keras.ops.cast(keras.ops.argmax(y_pred, axis=-1), "float32")
    return keras.ops.cast(keras.ops.equal(predicted, keras.ops.cast(y_true, "float32")), "float32")
"""),
        ("booleans returned, not float32", """
def sparse_accuracy(y_true, y_pred):
    labels = keras.ops.cast(keras.ops.reshape(y_true, (-1,)), "int32")
    return keras.ops.equal(keras.ops.cast(keras.ops.argmax(y_pred, axis=-1), "int32"), labels)
"""),
        ("argmax over the batch axis", """
def sparse_accuracy(y_true, y_pred):
    labels = keras.ops.cast(keras.ops.reshape(y_true, (-1,)), "int32")
    predicted = keras.ops.cast(keras.ops.argmax(y_pred, axis=0), "int32")
    return keras.ops.cast(keras.ops.equal(predicted, labels), "float32")
"""),
        ("the mean returned instead of the per-example hits", """
def sparse_accuracy(y_true, y_pred):
    labels = keras.ops.cast(keras.ops.reshape(y_true, (-1,)), "int32")
    predicted = keras.ops.cast(keras.ops.argmax(y_pred, axis=-1), "int32")
    return keras.ops.mean(keras.ops.cast(keras.ops.equal(predicted, labels), "float32"))
"""),
    ],
    "ex6-momentum-step": [
        ("nesterov ignored: always the plain momentum step", """
def momentum_step(w, velocity, grad, learning_rate, momentum, nesterov=False):
    new_velocity = momentum * velocity - learning_rate * grad
    return w + new_velocity, new_velocity
"""),
        ("Nesterov step with the old velocity: w + momentum * v - learning_rate * g", """
def momentum_step(w, velocity, grad, learning_rate, momentum, nesterov=False):
    new_velocity = momentum * velocity - learning_rate * grad
    if nesterov:
        return w + momentum * velocity - learning_rate * grad, new_velocity
    return w + new_velocity, new_velocity
"""),
        ("gradient added instead of subtracted", """
def momentum_step(w, velocity, grad, learning_rate, momentum, nesterov=False):
    new_velocity = momentum * velocity + learning_rate * grad
    if nesterov:
        return w + momentum * new_velocity + learning_rate * grad, new_velocity
    return w + new_velocity, new_velocity
"""),
        ("weights moved with the old velocity", """
def momentum_step(w, velocity, grad, learning_rate, momentum, nesterov=False):
    new_velocity = momentum * velocity - learning_rate * grad
    if nesterov:
        return w + momentum * new_velocity - learning_rate * grad, new_velocity
    return w + velocity, new_velocity
"""),
        ("w updated in place", """
def momentum_step(w, velocity, grad, learning_rate, momentum, nesterov=False):
    new_velocity = momentum * velocity - learning_rate * grad
    if nesterov:
        w += momentum * new_velocity - learning_rate * grad
    else:
        w += new_velocity
    return w, new_velocity
"""),
        ("momentum multiplies the whole update: v = momentum (v - learning_rate g)", """
def momentum_step(w, velocity, grad, learning_rate, momentum, nesterov=False):
    new_velocity = momentum * (velocity - learning_rate * grad)
    if nesterov:
        return w + momentum * new_velocity - learning_rate * grad, new_velocity
    return w + new_velocity, new_velocity
"""),
    ],
    "ex7-adam-step": [
        ("no bias correction: m and v used as they are", """
def adam_step(w, m, v, t, grad, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    new_m = beta_1 * m + (1.0 - beta_1) * grad
    new_v = beta_2 * v + (1.0 - beta_2) * grad ** 2
    return w - learning_rate * new_m / (np.sqrt(new_v) + epsilon), new_m, new_v
"""),
        ("bias correction with t = 1 at every step: the step number ignored", """
def adam_step(w, m, v, t, grad, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    new_m = beta_1 * m + (1.0 - beta_1) * grad
    new_v = beta_2 * v + (1.0 - beta_2) * grad ** 2
    m_hat, v_hat = new_m / (1.0 - beta_1), new_v / (1.0 - beta_2)
    return w - learning_rate * m_hat / (np.sqrt(v_hat) + epsilon), new_m, new_v
"""),
        ("epsilon inside the square root", """
def adam_step(w, m, v, t, grad, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    new_m = beta_1 * m + (1.0 - beta_1) * grad
    new_v = beta_2 * v + (1.0 - beta_2) * grad ** 2
    m_hat, v_hat = new_m / (1.0 - beta_1 ** t), new_v / (1.0 - beta_2 ** t)
    return w - learning_rate * m_hat / np.sqrt(v_hat + epsilon), new_m, new_v
"""),
        ("the bias-corrected m_hat and v_hat returned as the new state", """
def adam_step(w, m, v, t, grad, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    m_hat = (beta_1 * m + (1.0 - beta_1) * grad) / (1.0 - beta_1 ** t)
    v_hat = (beta_2 * v + (1.0 - beta_2) * grad ** 2) / (1.0 - beta_2 ** t)
    return w - learning_rate * m_hat / (np.sqrt(v_hat) + epsilon), m_hat, v_hat
"""),
        ("v averages the gradient, not its square", """
def adam_step(w, m, v, t, grad, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    new_m = beta_1 * m + (1.0 - beta_1) * grad
    new_v = beta_2 * v + (1.0 - beta_2) * grad
    m_hat, v_hat = new_m / (1.0 - beta_1 ** t), new_v / (1.0 - beta_2 ** t)
    return w - learning_rate * m_hat / (np.sqrt(np.abs(v_hat)) + epsilon), new_m, new_v
"""),
        ("beta_1 and beta_2 swapped", """
def adam_step(w, m, v, t, grad, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    new_m = beta_2 * m + (1.0 - beta_2) * grad
    new_v = beta_1 * v + (1.0 - beta_1) * grad ** 2
    m_hat, v_hat = new_m / (1.0 - beta_2 ** t), new_v / (1.0 - beta_1 ** t)
    return w - learning_rate * m_hat / (np.sqrt(v_hat) + epsilon), new_m, new_v
"""),
    ],
}
