"""Plausible wrong answers for Chapter 2, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
No exercise calls another, so each wrong answer costs only its own exercise's points.
"""

MUTANTS = {
    "ex1-training-step": [
        ("sum instead of mean: the 1/n is missing from the gradient", """
def training_step(w, b, X, y, lr):
    error = X @ w + b - y
    loss = np.mean(error ** 2)
    grad_y_hat = 2.0 * error
    return w - lr * (X.T @ grad_y_hat), b - lr * grad_y_hat.sum(), loss
"""),
        ("gradient added: a step up the loss", """
def training_step(w, b, X, y, lr):
    error = X @ w + b - y
    loss = np.mean(error ** 2)
    grad_y_hat = 2.0 * error / len(y)
    return w + lr * (X.T @ grad_y_hat), b + lr * grad_y_hat.sum(), loss
"""),
        ("bias gradient forgotten: b never moves", """
def training_step(w, b, X, y, lr):
    error = X @ w + b - y
    loss = np.mean(error ** 2)
    grad_y_hat = 2.0 * error / len(y)
    return w - lr * (X.T @ grad_y_hat), b, loss
"""),
        ("sum over every axis instead of axis 0: one number for all weights (right only for one feature)", """
def training_step(w, b, X, y, lr):
    error = X @ w + b - y
    loss = np.mean(error ** 2)
    grad_y_hat = 2.0 * error / len(y)
    grad_w = (grad_y_hat[:, None] * X).sum()
    return w - lr * grad_w, b - lr * grad_y_hat.sum(), loss
"""),
        ("weights updated in place", """
def training_step(w, b, X, y, lr):
    error = X @ w + b - y
    loss = np.mean(error ** 2)
    grad_y_hat = 2.0 * error / len(y)
    w -= lr * (X.T @ grad_y_hat)
    return w, b - lr * grad_y_hat.sum(), loss
"""),
        ("loss reported after the update", """
def training_step(w, b, X, y, lr):
    error = X @ w + b - y
    grad_y_hat = 2.0 * error / len(y)
    new_w, new_b = w - lr * (X.T @ grad_y_hat), b - lr * grad_y_hat.sum()
    return new_w, new_b, np.mean((X @ new_w + new_b - y) ** 2)
"""),
    ],
    "ex2-matmul": [
        ("row j of B instead of column j", """
def matmul(A, B):
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"inner sizes differ: {A.shape}, {B.shape}")
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            C[i, j] = np.dot(A[i, :], B[j, :])
    return C
"""),
        ("result of shape (n, n): the loops both run over the rows of A", """
def matmul(A, B):
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"inner sizes differ: {A.shape}, {B.shape}")
    n = A.shape[0]
    C = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            C[i, j] = np.dot(A[i, :], B[:, j])
    return C
"""),
        ("no check of the inner sizes: a triple loop over the columns of A", """
def matmul(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            for p in range(A.shape[1]):
                C[i, j] += A[i, p] * B[p, j]
    return C
"""),
        ("the sum is not reset between entries", """
def matmul(A, B):
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"inner sizes differ: {A.shape}, {B.shape}")
    C = np.zeros((A.shape[0], B.shape[1]))
    total = 0.0
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            for p in range(A.shape[1]):
                total += A[i, p] * B[p, j]
            C[i, j] = total
    return C
"""),
        ("entry (i, j) stored at (j, i): the transpose of the product", """
def matmul(A, B):
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"inner sizes differ: {A.shape}, {B.shape}")
    C = np.zeros((B.shape[1], A.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            C[j, i] = np.dot(A[i, :], B[:, j])
    return C
"""),
    ],
    "ex3-gauss-jordan": [
        ("no pivoting: the diagonal entry is used even when it is zero", """
def gauss_jordan_inverse(A):
    n = A.shape[0]
    M = np.hstack([np.array(A, dtype=float), np.eye(n)])
    tolerance = 1e-12 * np.abs(A).max()
    for col in range(n):
        if abs(M[col, col]) <= tolerance:
            raise ValueError("the matrix is singular")
        M[col] /= M[col, col]
        for row in range(n):
            if row != col:
                M[row] -= M[row, col] * M[col]
    return M[:, n:]
"""),
        ("only the rows below the pivot are eliminated (Gaussian elimination without the way back up)", """
def gauss_jordan_inverse(A):
    n = A.shape[0]
    M = np.hstack([np.array(A, dtype=float), np.eye(n)])
    tolerance = 1e-12 * np.abs(A).max()
    for col in range(n):
        pivot_row = col + np.argmax(np.abs(M[col:, col]))
        if abs(M[pivot_row, col]) <= tolerance:
            raise ValueError("the matrix is singular")
        M[[col, pivot_row]] = M[[pivot_row, col]]
        M[col] /= M[col, col]
        for row in range(col + 1, n):
            M[row] -= M[row, col] * M[col]
    return M[:, n:]
"""),
        ("the pivot row is not divided by the pivot", """
def gauss_jordan_inverse(A):
    n = A.shape[0]
    M = np.hstack([np.array(A, dtype=float), np.eye(n)])
    tolerance = 1e-12 * np.abs(A).max()
    for col in range(n):
        pivot_row = col + np.argmax(np.abs(M[col:, col]))
        if abs(M[pivot_row, col]) <= tolerance:
            raise ValueError("the matrix is singular")
        M[[col, pivot_row]] = M[[pivot_row, col]]
        for row in range(n):
            if row != col:
                M[row] -= M[row, col] / M[col, col] * M[col]
    return M[:, n:]
"""),
        ("no test for a singular matrix: division by a zero pivot", """
def gauss_jordan_inverse(A):
    n = A.shape[0]
    M = np.hstack([np.array(A, dtype=float), np.eye(n)])
    for col in range(n):
        pivot_row = col + np.argmax(np.abs(M[col:, col]))
        M[[col, pivot_row]] = M[[pivot_row, col]]
        M[col] /= M[col, col]
        for row in range(n):
            if row != col:
                M[row] -= M[row, col] * M[col]
    return M[:, n:]
"""),
        ("the rows of A itself are swapped and scaled: the caller's matrix is destroyed", """
def gauss_jordan_inverse(A):
    n = A.shape[0]
    inverse = np.eye(n)
    tolerance = 1e-12 * np.abs(A).max()
    for col in range(n):
        pivot_row = col + np.argmax(np.abs(A[col:, col]))
        if abs(A[pivot_row, col]) <= tolerance:
            raise ValueError("the matrix is singular")
        A[[col, pivot_row]] = A[[pivot_row, col]]
        inverse[[col, pivot_row]] = inverse[[pivot_row, col]]
        pivot = A[col, col]
        A[col] /= pivot
        inverse[col] /= pivot
        for row in range(n):
            if row != col:
                factor = A[row, col]
                A[row] -= factor * A[col]
                inverse[row] -= factor * inverse[col]
    return inverse
"""),
    ],
    "ex4-power-iteration": [
        ("normalised once, at the end: A^k v overflows for large eigenvalues", """
def power_iteration(A, v0, num_steps):
    v = v0.copy()
    for _ in range(num_steps):
        v = A @ v
    v = v / np.linalg.norm(v)
    return v @ A @ v, v
"""),
        ("eigenvalue taken as the norm of A v, right only once v has converged", """
def power_iteration(A, v0, num_steps):
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_steps):
        Av = A @ v
        v = Av / np.linalg.norm(Av)
    return np.linalg.norm(A @ v), v
"""),
        ("v never changes: A is applied to v0 at every step", """
def power_iteration(A, v0, num_steps):
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_steps):
        Av = A @ v0
        v = Av / np.linalg.norm(Av)
    return v @ A @ v, v
"""),
        ("the vector is returned before its last normalisation", """
def power_iteration(A, v0, num_steps):
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_steps):
        Av = A @ v
        v = Av / np.linalg.norm(Av)
    return v @ A @ v, Av
"""),
        ("eigenvalue v @ v instead of v @ A @ v", """
def power_iteration(A, v0, num_steps):
    v = v0 / np.linalg.norm(v0)
    for _ in range(num_steps):
        Av = A @ v
        v = Av / np.linalg.norm(Av)
    return v @ v, v
"""),
        ("v0 normalised in place", """
def power_iteration(A, v0, num_steps):
    v0 /= np.linalg.norm(v0)
    v = v0
    for _ in range(num_steps):
        Av = A @ v
        v = Av / np.linalg.norm(Av)
    return v @ A @ v, v
"""),
    ],
    "ex5-scale-features": [
        ("the test set scaled with its own statistics", """
def scale_features(X_train, X_test, method="standard"):
    def fit(X):
        if method == "minmax":
            shift, scale = X.min(axis=0), X.max(axis=0) - X.min(axis=0)
        elif method == "standard":
            shift, scale = X.mean(axis=0), X.std(axis=0)
        else:
            raise ValueError(method)
        return shift, np.where(scale == 0, 1.0, scale)
    (train_shift, train_scale), (test_shift, test_scale) = fit(X_train), fit(X_test)
    return (X_train - train_shift) / train_scale, (X_test - test_shift) / test_scale
"""),
        ("statistics of each example (axis=1) instead of each feature", """
def scale_features(X_train, X_test, method="standard"):
    if method == "minmax":
        shift, scale = X_train.min(axis=1), X_train.max(axis=1) - X_train.min(axis=1)
    elif method == "standard":
        shift, scale = X_train.mean(axis=1), X_train.std(axis=1)
    else:
        raise ValueError(method)
    scale = np.where(scale == 0, 1.0, scale)
    return (X_train - shift) / scale, (X_test - shift) / scale
"""),
        ("sample standard deviation (ddof=1)", """
def scale_features(X_train, X_test, method="standard"):
    if method == "minmax":
        shift, scale = X_train.min(axis=0), X_train.max(axis=0) - X_train.min(axis=0)
    elif method == "standard":
        shift, scale = X_train.mean(axis=0), X_train.std(axis=0, ddof=1)
    else:
        raise ValueError(method)
    scale = np.where(scale == 0, 1.0, scale)
    return (X_train - shift) / scale, (X_test - shift) / scale
"""),
        ("no guard for a constant feature: division by zero", """
def scale_features(X_train, X_test, method="standard"):
    if method == "minmax":
        shift, scale = X_train.min(axis=0), X_train.max(axis=0) - X_train.min(axis=0)
    elif method == "standard":
        shift, scale = X_train.mean(axis=0), X_train.std(axis=0)
    else:
        raise ValueError(method)
    return (X_train - shift) / scale, (X_test - shift) / scale
"""),
        ("statistics of train and test together: the test set leaks into the scaling", """
def scale_features(X_train, X_test, method="standard"):
    both = np.vstack([X_train, X_test])
    if method == "minmax":
        shift, scale = both.min(axis=0), both.max(axis=0) - both.min(axis=0)
    elif method == "standard":
        shift, scale = both.mean(axis=0), both.std(axis=0)
    else:
        raise ValueError(method)
    scale = np.where(scale == 0, 1.0, scale)
    return (X_train - shift) / scale, (X_test - shift) / scale
"""),
        ("unknown methods fall through to standardisation", """
def scale_features(X_train, X_test, method="standard"):
    if method == "minmax":
        shift, scale = X_train.min(axis=0), X_train.max(axis=0) - X_train.min(axis=0)
    else:
        shift, scale = X_train.mean(axis=0), X_train.std(axis=0)
    scale = np.where(scale == 0, 1.0, scale)
    return (X_train - shift) / scale, (X_test - shift) / scale
"""),
    ],
    "ex6-one-hot": [
        ("the categories sorted instead of taken in the order given", """
def one_hot_encode(values, categories):
    categories = sorted(categories)
    out = np.zeros((len(values), len(categories)))
    for i, value in enumerate(values):
        if value in categories:
            out[i, categories.index(value)] = 1.0
    return out
"""),
        ("an unknown value lands in the last column (index -1)", """
def one_hot_encode(values, categories):
    out = np.zeros((len(values), len(categories)))
    for i, value in enumerate(values):
        j = categories.index(value) if value in categories else -1
        out[i, j] = 1.0
    return out
"""),
        ("categories.index raises ValueError for an unknown value", """
def one_hot_encode(values, categories):
    out = np.zeros((len(values), len(categories)))
    for i, value in enumerate(values):
        out[i, categories.index(value)] = 1.0
    return out
"""),
        ("integer array: the network needs floats", """
def one_hot_encode(values, categories):
    out = np.zeros((len(values), len(categories)), dtype=int)
    for i, value in enumerate(values):
        if value in categories:
            out[i, categories.index(value)] = 1
    return out
"""),
        ("one column per category and one row per value swapped: shape (C, n)", """
def one_hot_encode(values, categories):
    out = np.zeros((len(categories), len(values)))
    for i, value in enumerate(values):
        if value in categories:
            out[categories.index(value), i] = 1.0
    return out
"""),
    ],
    "ex7-vocabulary": [
        ("ties kept in first-seen order (Counter.most_common), not alphabetical", """
def build_vocabulary(token_lists, max_size=None):
    counts = Counter(token for tokens in token_lists for token in tokens)
    ranked = [token for token, _ in counts.most_common()]
    if max_size is not None:
        ranked = ranked[:max_size - 2]
    vocabulary = {PAD: 0, UNK: 1}
    for token in ranked:
        vocabulary[token] = len(vocabulary)
    return vocabulary
"""),
        ("counts the texts that contain a token, not its occurrences", """
def build_vocabulary(token_lists, max_size=None):
    counts = Counter(token for tokens in token_lists for token in set(tokens))
    ranked = sorted(counts, key=lambda token: (-counts[token], token))
    if max_size is not None:
        ranked = ranked[:max_size - 2]
    vocabulary = {PAD: 0, UNK: 1}
    for token in ranked:
        vocabulary[token] = len(vocabulary)
    return vocabulary
"""),
        ("max_size counts only the ordinary tokens, not <pad> and <unk>", """
def build_vocabulary(token_lists, max_size=None):
    counts = Counter(token for tokens in token_lists for token in tokens)
    ranked = sorted(counts, key=lambda token: (-counts[token], token))
    if max_size is not None:
        ranked = ranked[:max_size]
    vocabulary = {PAD: 0, UNK: 1}
    for token in ranked:
        vocabulary[token] = len(vocabulary)
    return vocabulary
"""),
        ("<pad> and <unk> swapped", """
def build_vocabulary(token_lists, max_size=None):
    counts = Counter(token for tokens in token_lists for token in tokens)
    ranked = sorted(counts, key=lambda token: (-counts[token], token))
    if max_size is not None:
        ranked = ranked[:max_size - 2]
    vocabulary = {UNK: 0, PAD: 1}
    for token in ranked:
        vocabulary[token] = len(vocabulary)
    return vocabulary
"""),
        ("rarest tokens first", """
def build_vocabulary(token_lists, max_size=None):
    counts = Counter(token for tokens in token_lists for token in tokens)
    ranked = sorted(counts, key=lambda token: (counts[token], token))
    if max_size is not None:
        ranked = ranked[:max_size - 2]
    vocabulary = {PAD: 0, UNK: 1}
    for token in ranked:
        vocabulary[token] = len(vocabulary)
    return vocabulary
"""),
    ],
    "ex8-encode": [
        ("padding at the front", """
def encode(token_lists, vocabulary, length):
    ids = np.full((len(token_lists), length), vocabulary[PAD], dtype=np.int64)
    for i, tokens in enumerate(token_lists):
        kept = [vocabulary.get(token, vocabulary[UNK]) for token in tokens[:length]]
        ids[i, length - len(kept):] = kept
    return ids
"""),
        ("unknown tokens dropped instead of mapped to <unk>", """
def encode(token_lists, vocabulary, length):
    ids = np.full((len(token_lists), length), vocabulary[PAD], dtype=np.int64)
    for i, tokens in enumerate(token_lists):
        kept = [vocabulary[token] for token in tokens if token in vocabulary][:length]
        ids[i, :len(kept)] = kept
    return ids
"""),
        ("the last tokens kept when a text is too long", """
def encode(token_lists, vocabulary, length):
    ids = np.full((len(token_lists), length), vocabulary[PAD], dtype=np.int64)
    for i, tokens in enumerate(token_lists):
        kept = tokens[-length:]
        ids[i, :len(kept)] = [vocabulary.get(token, vocabulary[UNK]) for token in kept]
    return ids
"""),
        ("the caller's token lists padded in place", """
def encode(token_lists, vocabulary, length):
    for tokens in token_lists:
        tokens += [PAD] * (length - len(tokens))
    return np.array([[vocabulary.get(token, vocabulary[UNK]) for token in tokens[:length]]
                     for tokens in token_lists], dtype=np.int64).reshape(len(token_lists), length)
"""),
        ("float ids", """
def encode(token_lists, vocabulary, length):
    ids = np.zeros((len(token_lists), length))
    for i, tokens in enumerate(token_lists):
        kept = tokens[:length]
        ids[i, :len(kept)] = [vocabulary.get(token, vocabulary[UNK]) for token in kept]
    return ids
"""),
    ],
    "ex9-tone": [
        ("np.linspace includes the end point, so the samples are duration / (N - 1) apart", """
def tone(frequency, duration, sample_rate, amplitude=1.0):
    n_samples = int(round(duration * sample_rate))
    times = np.linspace(0.0, duration, n_samples)
    return amplitude * np.sin(2.0 * np.pi * frequency * times)
"""),
        ("2 pi missing: the frequency is used as radians per second", """
def tone(frequency, duration, sample_rate, amplitude=1.0):
    n_samples = int(round(duration * sample_rate))
    times = np.arange(n_samples) / sample_rate
    return amplitude * np.sin(frequency * times)
"""),
        ("int() truncates the number of samples", """
def tone(frequency, duration, sample_rate, amplitude=1.0):
    n_samples = int(duration * sample_rate)
    times = np.arange(n_samples) / sample_rate
    return amplitude * np.sin(2.0 * np.pi * frequency * times)
"""),
        ("amplitude ignored", """
def tone(frequency, duration, sample_rate, amplitude=1.0):
    n_samples = int(round(duration * sample_rate))
    times = np.arange(n_samples) / sample_rate
    return np.sin(2.0 * np.pi * frequency * times)
"""),
        ("cosine instead of sine", """
def tone(frequency, duration, sample_rate, amplitude=1.0):
    n_samples = int(round(duration * sample_rate))
    times = np.arange(n_samples) / sample_rate
    return amplitude * np.cos(2.0 * np.pi * frequency * times)
"""),
    ],
    "ex10-frame-differences": [
        ("earlier frame minus later frame: the sign is flipped", """
def frame_differences(video):
    frames = np.asarray(video, dtype=float)
    return frames[:-1] - frames[1:]
"""),
        ("np.diff without axis=0: differences along the width", """
def frame_differences(video):
    return np.diff(np.asarray(video, dtype=float))
"""),
        ("subtracted in uint8, which wraps around below 0", """
def frame_differences(video):
    return video[1:] - video[:-1]
"""),
        ("absolute differences", """
def frame_differences(video):
    frames = np.asarray(video, dtype=float)
    return np.abs(frames[1:] - frames[:-1])
"""),
        ("every frame minus the first frame", """
def frame_differences(video):
    frames = np.asarray(video, dtype=float)
    return frames[1:] - frames[0]
"""),
    ],
}
