"""Plausible wrong answers for Day 3, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-sigmoid": [
        ("flattens its input: a (3, 4) array comes back with shape (12,)", """
def sigmoid(z):
    z = np.ravel(np.asarray(z, dtype=float))
    return np.exp(-np.logaddexp(0.0, -z))
"""),
        ("naive formula: e^(-z) overflows for z = -1000", """
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 1.0 / (1.0 + np.exp(-z))
"""),
        ("np.where evaluates both forms on every entry, so one overflows", """
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1.0 / (1.0 + np.exp(-z)), np.exp(z) / (1.0 + np.exp(z)))
"""),
        ("sign error: 1 / (1 + e^z)", """
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0.0, z))
"""),
        ("clips z to [-500, 500]: sigmoid(-1000) is 7e-218, not 0", """
def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=float), -500.0, 500.0)
    return 1.0 / (1.0 + np.exp(-z))
"""),
        ("1 - sigmoid(-z) for negative z: all relative precision lost, sigmoid(-50) = 0", """
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    positive = z >= 0
    out[positive] = 1.0 / (1.0 + np.exp(-z[positive]))
    out[~positive] = 1.0 - 1.0 / (1.0 + np.exp(z[~positive]))
    return out
"""),
    ],
    "ex2-bce": [
        ("through p = sigmoid(z): log(1 - p) = log(0) for z = 1000", """
def binary_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    p = sigmoid(z)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
"""),
        ("clips p to [1e-7, 1 - 1e-7]: a confident mistake costs 16.1 instead of 1000", """
def binary_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    p = np.clip(sigmoid(z), 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
"""),
        ("sum instead of mean", """
def binary_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return float(np.sum(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))
"""),
        ("sign of z*y flipped", """
def binary_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return float(np.mean(np.maximum(z, 0.0) + z * y + np.log1p(np.exp(-np.abs(z)))))
"""),
        ("forgets max(z, 0)", """
def binary_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return float(np.mean(-z * y + np.log1p(np.exp(-np.abs(z)))))
"""),
        ("picks the term by the label with np.where: right for 0/1 labels, wrong for soft targets", """
def binary_cross_entropy(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    softplus_z = np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))
    softplus_minus_z = np.maximum(-z, 0.0) + np.log1p(np.exp(-np.abs(z)))
    return float(np.mean(np.where(y == 1, softplus_minus_z, softplus_z)))
"""),
    ],
    "ex3-bce-gradient": [
        ("sign flipped: (y - sigmoid(z)) / n", """
def bce_gradient(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return (y - sigmoid(z)) / len(z)
"""),
        ("missing 1/n", """
def bce_gradient(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return sigmoid(z) - y
"""),
        ("squared-error chain rule: an extra factor sigmoid'(z)", """
def bce_gradient(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    p = sigmoid(z)
    return (p - y) * p * (1 - p) / len(z)
"""),
        ("the mean of the gradient: one number instead of one per logit", """
def bce_gradient(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return np.mean(sigmoid(z) - y)
"""),
        ("a naive sigmoid inline: overflows for z = -1000", """
def bce_gradient(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    return (1.0 / (1.0 + np.exp(-z)) - y) / len(z)
"""),
    ],
    "ex4-train-neuron": [
        ("gradient ascent: adds the gradient", """
def train_neuron(X, y, w, b, learning_rate, epochs, batch_size):
    w, b = np.array(w, dtype=float), float(b)
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):
            X_batch, y_batch = X[start:start + batch_size], y[start:start + batch_size]
            dz = bce_gradient(X_batch @ w + b, y_batch)
            w = w + learning_rate * (X_batch.T @ dz)
            b = b + learning_rate * dz.sum()
    return w, b
"""),
        ("never updates the bias", """
def train_neuron(X, y, w, b, learning_rate, epochs, batch_size):
    w, b = np.array(w, dtype=float), float(b)
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):
            X_batch, y_batch = X[start:start + batch_size], y[start:start + batch_size]
            dz = bce_gradient(X_batch @ w + b, y_batch)
            w = w - learning_rate * (X_batch.T @ dz)
    return w, b
"""),
        ("bias gradient is the mean of dL/dz instead of the sum", """
def train_neuron(X, y, w, b, learning_rate, epochs, batch_size):
    w, b = np.array(w, dtype=float), float(b)
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):
            X_batch, y_batch = X[start:start + batch_size], y[start:start + batch_size]
            dz = bce_gradient(X_batch @ w + b, y_batch)
            w = w - learning_rate * (X_batch.T @ dz)
            b = b - learning_rate * dz.mean()
    return w, b
"""),
        ("ignores batch_size: one full-batch step per epoch", """
def train_neuron(X, y, w, b, learning_rate, epochs, batch_size):
    w, b = np.array(w, dtype=float), float(b)
    for _ in range(epochs):
        dz = bce_gradient(X @ w + b, y)
        w = w - learning_rate * (X.T @ dz)
        b = b - learning_rate * dz.sum()
    return w, b
"""),
        ("drops the last, smaller batch of each epoch", """
def train_neuron(X, y, w, b, learning_rate, epochs, batch_size):
    w, b = np.array(w, dtype=float), float(b)
    for _ in range(epochs):
        for start in range(0, len(X) - batch_size + 1, batch_size):
            X_batch, y_batch = X[start:start + batch_size], y[start:start + batch_size]
            dz = bce_gradient(X_batch @ w + b, y_batch)
            w = w - learning_rate * (X_batch.T @ dz)
            b = b - learning_rate * dz.sum()
    return w, b
"""),
        ("updates the caller's w in place", """
def train_neuron(X, y, w, b, learning_rate, epochs, batch_size):
    w, b = np.asarray(w, dtype=float), float(b)
    for _ in range(epochs):
        for start in range(0, len(X), batch_size):
            X_batch, y_batch = X[start:start + batch_size], y[start:start + batch_size]
            dz = bce_gradient(X_batch @ w + b, y_batch)
            w -= learning_rate * (X_batch.T @ dz)
            b = b - learning_rate * dz.sum()
    return w, b
"""),
    ],
    "ex5-build-classifier": [
        ("Adam's default learning rate, 0.001", """
def build_classifier():
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros",
                           bias_initializer=keras.initializers.Constant(1.0)),
    ])
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy", metrics=["accuracy"])
    return model
"""),
        ("default initialisers: Glorot kernel, zero bias", """
def build_classifier():
    model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model
"""),
        ("bias initialised to zero instead of 1.0", """
def build_classifier():
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros", bias_initializer="zeros"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model
"""),
        ("no activation: the layer outputs logits", """
def build_classifier():
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(1, kernel_initializer="zeros", bias_initializer=keras.initializers.Constant(1.0)),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01),
                  loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])
    return model
"""),
        ("SGD instead of Adam", """
def build_classifier():
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros",
                           bias_initializer=keras.initializers.Constant(1.0)),
    ])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01), loss="binary_crossentropy",
                  metrics=["accuracy"])
    return model
"""),
        ("mean squared error instead of binary cross-entropy", """
def build_classifier():
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros",
                           bias_initializer=keras.initializers.Constant(1.0)),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse", metrics=["accuracy"])
    return model
"""),
        ("one model built once and returned by every call (the second call gets a trained model)", """
classifier = keras.Sequential([
    keras.Input(shape=(2,)),
    keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros",
                       bias_initializer=keras.initializers.Constant(1.0)),
])
classifier.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy",
                   metrics=["accuracy"])


def build_classifier():
    return classifier
"""),
        ("forgets metrics=['accuracy']", """
def build_classifier():
    model = keras.Sequential([
        keras.Input(shape=(2,)),
        keras.layers.Dense(1, activation="sigmoid", kernel_initializer="zeros",
                           bias_initializer=keras.initializers.Constant(1.0)),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="binary_crossentropy")
    return model
"""),
    ],
    "ex6-boundary-angle": [
        ("radians instead of degrees", """
def boundary_angle(w_a, w_b):
    w_a, w_b = np.asarray(w_a, dtype=float), np.asarray(w_b, dtype=float)
    cosine = w_a @ w_b / (np.linalg.norm(w_a) * np.linalg.norm(w_b))
    return float(np.arccos(np.clip(cosine, -1.0, 1.0)))
"""),
        ("no clip: arccos(1.0000000000000002) is nan for parallel vectors", """
def boundary_angle(w_a, w_b):
    w_a, w_b = np.asarray(w_a, dtype=float), np.asarray(w_b, dtype=float)
    cosine = w_a @ w_b / (np.linalg.norm(w_a) * np.linalg.norm(w_b))
    return float(np.degrees(np.arccos(cosine)))
"""),
        ("forgets to divide by the norms", """
def boundary_angle(w_a, w_b):
    w_a, w_b = np.asarray(w_a, dtype=float), np.asarray(w_b, dtype=float)
    return float(np.degrees(np.arccos(np.clip(w_a @ w_b, -1.0, 1.0))))
"""),
        ("absolute value of the cosine: opposite vectors give 0 instead of 180", """
def boundary_angle(w_a, w_b):
    w_a, w_b = np.asarray(w_a, dtype=float), np.asarray(w_b, dtype=float)
    cosine = abs(w_a @ w_b) / (np.linalg.norm(w_a) * np.linalg.norm(w_b))
    return float(np.degrees(np.arccos(np.clip(cosine, -1.0, 1.0))))
"""),
        ("difference of the two arctan2 angles: 2-D only, and no wrap-around past 180", """
def boundary_angle(w_a, w_b):
    w_a, w_b = np.asarray(w_a, dtype=float), np.asarray(w_b, dtype=float)
    return float(abs(np.degrees(np.arctan2(w_a[1], w_a[0]) - np.arctan2(w_b[1], w_b[0]))))
"""),
    ],
}
