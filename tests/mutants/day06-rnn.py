"""Plausible wrong answers for Day 6, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-vocabulary": [
        ("no '<unk>' entry: the words are numbered from 0", """
def build_vocabulary(sentences, min_count=1):
    counts = Counter(word for words in sentences for word in words)
    kept = sorted(word for word, count in counts.items() if count >= min_count)
    return {word: index for index, word in enumerate(kept)}
"""),
        ("'<unk>' last instead of at index 0", """
def build_vocabulary(sentences, min_count=1):
    counts = Counter(word for words in sentences for word in words)
    kept = sorted(word for word, count in counts.items() if count >= min_count)
    vocabulary = {word: index for index, word in enumerate(kept)}
    vocabulary[UNKNOWN] = len(vocabulary)
    return vocabulary
"""),
        ("words in order of first appearance, not sorted", """
def build_vocabulary(sentences, min_count=1):
    counts = Counter(word for words in sentences for word in words)
    vocabulary = {UNKNOWN: 0}
    for word, count in counts.items():
        if count >= min_count:
            vocabulary[word] = len(vocabulary)
    return vocabulary
"""),
        ("words in set order: not deterministic between runs", """
def build_vocabulary(sentences, min_count=1):
    counts = Counter(word for words in sentences for word in words)
    kept = {word for word, count in counts.items() if count >= min_count}
    vocabulary = {UNKNOWN: 0}
    for word in kept:
        vocabulary[word] = len(vocabulary)
    return vocabulary
"""),
        ("min_count ignored: every word kept", """
def build_vocabulary(sentences, min_count=1):
    vocabulary = {UNKNOWN: 0}
    for word in sorted({word for words in sentences for word in words}):
        vocabulary[word] = len(vocabulary)
    return vocabulary
"""),
        ("counts each word once per sentence, not every occurrence", """
def build_vocabulary(sentences, min_count=1):
    counts = Counter(word for words in sentences for word in set(words))
    kept = sorted(word for word, count in counts.items() if count >= min_count)
    vocabulary = {UNKNOWN: 0}
    for word in kept:
        vocabulary[word] = len(vocabulary)
    return vocabulary
"""),
    ],
    "ex2-one-hot": [
        ("wrong axis: shape (V, T), one column per word", """
def one_hot_sentence(words, vocabulary):
    indices = [vocabulary.get(word, 0) for word in words]
    x = np.zeros((len(vocabulary), len(words)))
    x[indices, np.arange(len(words))] = 1.0
    return x
"""),
        ("an unknown word raises KeyError instead of mapping to '<unk>'", """
def one_hot_sentence(words, vocabulary):
    indices = [vocabulary[word] for word in words]
    x = np.zeros((len(words), len(vocabulary)))
    x[np.arange(len(words)), indices] = 1.0
    return x
"""),
        ("an unknown word gets a row of zeros", """
def one_hot_sentence(words, vocabulary):
    x = np.zeros((len(words), len(vocabulary)))
    for t, word in enumerate(words):
        if word in vocabulary:
            x[t, vocabulary[word]] = 1.0
    return x
"""),
        ("integer array instead of float", """
def one_hot_sentence(words, vocabulary):
    indices = [vocabulary.get(word, 0) for word in words]
    x = np.zeros((len(words), len(vocabulary)), dtype=int)
    x[np.arange(len(words)), indices] = 1
    return x
"""),
        ("whole columns set: every row holds every word of the sentence", """
def one_hot_sentence(words, vocabulary):
    indices = [vocabulary.get(word, 0) for word in words]
    x = np.zeros((len(words), len(vocabulary)))
    x[:, indices] = 1.0
    return x
"""),
    ],
    "ex3-rnn-forward": [
        ("every step starts from h0 instead of the previous state", """
def rnn_forward(x, h0, W_xh, W_hh, b_h):
    return np.array([np.tanh(x_t @ W_xh.T + h0 @ W_hh.T + b_h) for x_t in x])
"""),
        ("states one step late: returns h_0, ..., h_{T-1}", """
def rnn_forward(x, h0, W_xh, W_hh, b_h):
    h = h0
    states = []
    for x_t in x:
        states.append(h)
        h = np.tanh(x_t @ W_xh.T + h @ W_hh.T + b_h)
    return np.array(states)
"""),
        ("W_hh not transposed: h @ W_hh", """
def rnn_forward(x, h0, W_xh, W_hh, b_h):
    h = h0
    states = []
    for x_t in x:
        h = np.tanh(x_t @ W_xh.T + h @ W_hh + b_h)
        states.append(h)
    return np.array(states)
"""),
        ("h0 ignored: always starts from zeros", """
def rnn_forward(x, h0, W_xh, W_hh, b_h):
    h = np.zeros(W_hh.shape[0])
    states = []
    for x_t in x:
        h = np.tanh(x_t @ W_xh.T + h @ W_hh.T + b_h)
        states.append(h)
    return np.array(states)
"""),
        ("returns only the last state h_T", """
def rnn_forward(x, h0, W_xh, W_hh, b_h):
    h = h0
    for x_t in x:
        h = np.tanh(x_t @ W_xh.T + h @ W_hh.T + b_h)
    return h
"""),
    ],
    "ex4-bptt": [
        ("no gradient through h_{t-1}: only the last step contributes", """
def loss_and_gradients(params, x, label, h0=None):
    W_xh, W_hh, b_h, W_hy, b_y = (params[name] for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"))
    h0 = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = rnn_forward(x, h0, W_xh, W_hh, b_h)
    z = W_hy @ states[-1] + b_y
    loss = float(np.logaddexp(0.0, z[0]) - label * z[0])
    dz = sigmoid(z) - label
    previous = h0 if len(x) == 1 else states[-2]
    da = (W_hy.T @ dz) * (1.0 - states[-1] ** 2)
    grads = {"W_xh": np.outer(da, x[-1]), "W_hh": np.outer(da, previous), "b_h": da,
             "W_hy": np.outer(dz, states[-1]), "b_y": dz}
    return loss, grads
"""),
        ("tanh derivative as 1 - tanh(h)**2 instead of 1 - h**2", """
def loss_and_gradients(params, x, label, h0=None):
    W_xh, W_hh, b_h, W_hy, b_y = (params[name] for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"))
    h0 = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = rnn_forward(x, h0, W_xh, W_hh, b_h)
    z = W_hy @ states[-1] + b_y
    loss = float(np.logaddexp(0.0, z[0]) - label * z[0])
    dz = sigmoid(z) - label
    grads = {"W_xh": np.zeros_like(W_xh), "W_hh": np.zeros_like(W_hh), "b_h": np.zeros_like(b_h),
             "W_hy": np.outer(dz, states[-1]), "b_y": dz}
    previous = np.vstack([h0, states[:-1]])
    dh = W_hy.T @ dz
    for t in reversed(range(len(x))):
        da = dh * (1.0 - np.tanh(states[t]) ** 2)
        grads["W_xh"] += np.outer(da, x[t])
        grads["W_hh"] += np.outer(da, previous[t])
        grads["b_h"] += da
        dh = W_hh.T @ da
    return loss, grads
"""),
        ("dW_hh uses h_t instead of h_{t-1}", """
def loss_and_gradients(params, x, label, h0=None):
    W_xh, W_hh, b_h, W_hy, b_y = (params[name] for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"))
    h0 = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = rnn_forward(x, h0, W_xh, W_hh, b_h)
    z = W_hy @ states[-1] + b_y
    loss = float(np.logaddexp(0.0, z[0]) - label * z[0])
    dz = sigmoid(z) - label
    grads = {"W_xh": np.zeros_like(W_xh), "W_hh": np.zeros_like(W_hh), "b_h": np.zeros_like(b_h),
             "W_hy": np.outer(dz, states[-1]), "b_y": dz}
    dh = W_hy.T @ dz
    for t in reversed(range(len(x))):
        da = dh * (1.0 - states[t] ** 2)
        grads["W_xh"] += np.outer(da, x[t])
        grads["W_hh"] += np.outer(da, states[t])
        grads["b_h"] += da
        dh = W_hh.T @ da
    return loss, grads
"""),
        ("sign of dz flipped: y - p", """
def loss_and_gradients(params, x, label, h0=None):
    W_xh, W_hh, b_h, W_hy, b_y = (params[name] for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"))
    h0 = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = rnn_forward(x, h0, W_xh, W_hh, b_h)
    z = W_hy @ states[-1] + b_y
    loss = float(np.logaddexp(0.0, z[0]) - label * z[0])
    dz = label - sigmoid(z)
    grads = {"W_xh": np.zeros_like(W_xh), "W_hh": np.zeros_like(W_hh), "b_h": np.zeros_like(b_h),
             "W_hy": np.outer(dz, states[-1]), "b_y": dz}
    previous = np.vstack([h0, states[:-1]])
    dh = W_hy.T @ dz
    for t in reversed(range(len(x))):
        da = dh * (1.0 - states[t] ** 2)
        grads["W_xh"] += np.outer(da, x[t])
        grads["W_hh"] += np.outer(da, previous[t])
        grads["b_h"] += da
        dh = W_hh.T @ da
    return loss, grads
"""),
        ("h0 ignored in the gradient: zeros taken as the state before step 1", """
def loss_and_gradients(params, x, label, h0=None):
    W_xh, W_hh, b_h, W_hy, b_y = (params[name] for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"))
    h0 = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = rnn_forward(x, h0, W_xh, W_hh, b_h)
    z = W_hy @ states[-1] + b_y
    loss = float(np.logaddexp(0.0, z[0]) - label * z[0])
    dz = sigmoid(z) - label
    grads = {"W_xh": np.zeros_like(W_xh), "W_hh": np.zeros_like(W_hh), "b_h": np.zeros_like(b_h),
             "W_hy": np.outer(dz, states[-1]), "b_y": dz}
    dh = W_hy.T @ dz
    for t in reversed(range(len(x))):
        da = dh * (1.0 - states[t] ** 2)
        previous = states[t - 1] if t > 0 else np.zeros_like(b_h)
        grads["W_xh"] += np.outer(da, x[t])
        grads["W_hh"] += np.outer(da, previous)
        grads["b_h"] += da
        dh = W_hh.T @ da
    return loss, grads
"""),
        ("the tanh derivative left out when going back to h_{t-1}", """
def loss_and_gradients(params, x, label, h0=None):
    W_xh, W_hh, b_h, W_hy, b_y = (params[name] for name in ("W_xh", "W_hh", "b_h", "W_hy", "b_y"))
    h0 = np.zeros(W_hh.shape[0]) if h0 is None else h0
    states = rnn_forward(x, h0, W_xh, W_hh, b_h)
    z = W_hy @ states[-1] + b_y
    loss = float(np.logaddexp(0.0, z[0]) - label * z[0])
    dz = sigmoid(z) - label
    grads = {"W_xh": np.zeros_like(W_xh), "W_hh": np.zeros_like(W_hh), "b_h": np.zeros_like(b_h),
             "W_hy": np.outer(dz, states[-1]), "b_y": dz}
    previous = np.vstack([h0, states[:-1]])
    dh = W_hy.T @ dz
    for t in reversed(range(len(x))):
        da = dh * (1.0 - states[t] ** 2)
        grads["W_xh"] += np.outer(da, x[t])
        grads["W_hh"] += np.outer(da, previous[t])
        grads["b_h"] += da
        dh = W_hh.T @ dh
    return loss, grads
"""),
    ],
    "ex5-clip-gradients": [
        ("each gradient clipped by its own norm, not the global norm", """
def clip_gradients(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(grad ** 2) for grad in grads.values())))
    clipped = {}
    for name, grad in grads.items():
        own = np.sqrt(np.sum(grad ** 2))
        clipped[name] = grad * (max_norm / own) if own > max_norm else grad
    return clipped, norm
"""),
        ("entries clipped to [-max_norm, max_norm] instead of scaling", """
def clip_gradients(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(grad ** 2) for grad in grads.values())))
    return {name: np.clip(grad, -max_norm, max_norm) for name, grad in grads.items()}, norm
"""),
        ("always rescaled to length max_norm, also when shorter", """
def clip_gradients(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(grad ** 2) for grad in grads.values())))
    scale = max_norm / norm if norm > 0 else 1.0
    return {name: grad * scale for name, grad in grads.items()}, norm
"""),
        ("norm without the square root", """
def clip_gradients(grads, max_norm):
    norm = float(sum(np.sum(grad ** 2) for grad in grads.values()))
    scale = max_norm / norm if norm > max_norm else 1.0
    return {name: grad * scale for name, grad in grads.items()}, norm
"""),
        ("scales the caller's arrays in place", """
def clip_gradients(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(grad ** 2) for grad in grads.values())))
    if norm > max_norm:
        for grad in grads.values():
            grad *= max_norm / norm
    return grads, norm
"""),
    ],
    "ex6-train-epoch": [
        ("gradient ascent: + instead of -", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for i in order:
        x, label = examples[i]
        loss, grads = loss_and_gradients(params, x, label)
        grads, _ = clip_gradients(grads, max_norm)
        params = {name: value + learning_rate * (grads[name] + weight_decay * value)
                  for name, value in params.items()}
        losses.append(loss)
    return params, float(np.mean(losses))
"""),
        ("no clipping", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for i in order:
        x, label = examples[i]
        loss, grads = loss_and_gradients(params, x, label)
        params = {name: value - learning_rate * (grads[name] + weight_decay * value)
                  for name, value in params.items()}
        losses.append(loss)
    return params, float(np.mean(losses))
"""),
        ("examples visited in list order, ignoring order", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for x, label in examples:
        loss, grads = loss_and_gradients(params, x, label)
        grads, _ = clip_gradients(grads, max_norm)
        params = {name: value - learning_rate * (grads[name] + weight_decay * value)
                  for name, value in params.items()}
        losses.append(loss)
    return params, float(np.mean(losses))
"""),
        ("weight decay forgotten", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for i in order:
        x, label = examples[i]
        loss, grads = loss_and_gradients(params, x, label)
        grads, _ = clip_gradients(grads, max_norm)
        params = {name: value - learning_rate * grads[name] for name, value in params.items()}
        losses.append(loss)
    return params, float(np.mean(losses))
"""),
        ("weight decay added before clipping", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for i in order:
        x, label = examples[i]
        loss, grads = loss_and_gradients(params, x, label)
        grads = {name: grad + weight_decay * params[name] for name, grad in grads.items()}
        grads, _ = clip_gradients(grads, max_norm)
        params = {name: value - learning_rate * grads[name] for name, value in params.items()}
        losses.append(loss)
    return params, float(np.mean(losses))
"""),
        ("losses measured again after each update", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for i in order:
        x, label = examples[i]
        _, grads = loss_and_gradients(params, x, label)
        grads, _ = clip_gradients(grads, max_norm)
        params = {name: value - learning_rate * (grads[name] + weight_decay * value)
                  for name, value in params.items()}
        losses.append(loss_and_gradients(params, x, label)[0])
    return params, float(np.mean(losses))
"""),
        ("updates the caller's arrays in place", """
def train_epoch(params, examples, order, learning_rate, max_norm, weight_decay=0.0):
    losses = []
    for i in order:
        x, label = examples[i]
        loss, grads = loss_and_gradients(params, x, label)
        grads, _ = clip_gradients(grads, max_norm)
        for name, value in params.items():
            value -= learning_rate * (grads[name] + weight_decay * value)
        losses.append(loss)
    return params, float(np.mean(losses))
"""),
    ],
}
