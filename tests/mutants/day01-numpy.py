"""Plausible wrong answers for Day 1, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-checkerboard": [
        ("ones on even rows only", """
def checkerboard(n):
    board = np.zeros((n, n), dtype=int)
    board[::2, 1::2] = 1
    return board
"""),
        ("colours inverted: top-left cell is 1", """
def checkerboard(n):
    board = np.ones((n, n), dtype=int)
    board[::2, 1::2] = 0
    board[1::2, ::2] = 0
    return board
"""),
        ("float array instead of integers", """
def checkerboard(n):
    board = np.zeros((n, n))
    board[::2, 1::2] = 1
    board[1::2, ::2] = 1
    return board
"""),
        ("hard-coded for the visible n=4 example", """
def checkerboard(n):
    return np.array([[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 0, 1], [1, 0, 1, 0]])
"""),
    ],
    "ex2-one-hot": [
        ("width from the labels instead of num_classes", """
def one_hot(labels, num_classes):
    labels = np.asarray(labels)
    return np.eye(labels.max() + 1)[labels]
"""),
        ("rows and columns swapped", """
def one_hot(labels, num_classes):
    labels = np.asarray(labels)
    out = np.zeros((num_classes, len(labels)))
    out[labels, np.arange(len(labels))] = 1.0
    return out
"""),
        ("whole columns set instead of one cell per row", """
def one_hot(labels, num_classes):
    labels = np.asarray(labels)
    out = np.zeros((len(labels), num_classes))
    out[:, labels] = 1.0
    return out
"""),
        ("integer dtype", """
def one_hot(labels, num_classes):
    labels = np.asarray(labels)
    out = np.zeros((len(labels), num_classes), dtype=int)
    out[np.arange(len(labels)), labels] = 1
    return out
"""),
    ],
    "ex3-replace-outliers": [
        ("modifies the caller's array in place", """
def replace_outliers(x, k=3.0):
    x = np.asarray(x)
    x[np.abs(x - x.mean()) > k * x.std()] = x.mean()
    return x
"""),
        ("drops outliers instead of replacing them", """
def replace_outliers(x, k=3.0):
    x = np.asarray(x)
    return x[np.abs(x - x.mean()) <= k * x.std()].astype(float)
"""),
        ("forgets the absolute value: low outliers stay", """
def replace_outliers(x, k=3.0):
    x = np.asarray(x)
    out = x.astype(float)
    out[x - x.mean() > k * x.std()] = x.mean()
    return out
"""),
        ("replaces with the median", """
def replace_outliers(x, k=3.0):
    x = np.asarray(x)
    out = x.astype(float)
    out[np.abs(x - x.mean()) > k * x.std()] = np.median(x)
    return out
"""),
    ],
    "ex4-pairwise-distances": [
        ("only the first two coordinates (assumes d = 2)", """
def pairwise_distances(a, b):
    dx = a[:, np.newaxis, 0] - b[np.newaxis, :, 0]
    dy = a[:, np.newaxis, 1] - b[np.newaxis, :, 1]
    return np.sqrt(dx ** 2 + dy ** 2)
"""),
        ("squared distances: sqrt forgotten", """
def pairwise_distances(a, b):
    diff = a[:, np.newaxis, :] - b[np.newaxis, :, :]
    return (diff ** 2).sum(axis=-1)
"""),
        ("sums over the wrong axis", """
def pairwise_distances(a, b):
    diff = a[:, np.newaxis, :] - b[np.newaxis, :, :]
    return np.sqrt((diff ** 2).sum(axis=1))
"""),
        ("Manhattan instead of Euclidean distance", """
def pairwise_distances(a, b):
    diff = a[:, np.newaxis, :] - b[np.newaxis, :, :]
    return np.abs(diff).sum(axis=-1)
"""),
        ("new axis on the wrong array: the result is transposed", """
def pairwise_distances(a, b):
    diff = b[:, np.newaxis, :] - a[np.newaxis, :, :]
    return np.sqrt((diff ** 2).sum(axis=-1))
"""),
    ],
    "ex5-standardize": [
        ("half the range instead of the standard deviation (equal for two rows)", """
def standardize(x):
    return (x - x.mean(axis=0)) / ((x.max(axis=0) - x.min(axis=0)) / 2)
"""),
        ("statistics per row (axis=1)", """
def standardize(x):
    return (x - x.mean(axis=1, keepdims=True)) / x.std(axis=1, keepdims=True)
"""),
        ("one standard deviation for the whole array", """
def standardize(x):
    return (x - x.mean(axis=0)) / x.std()
"""),
        ("sample standard deviation (ddof=1)", """
def standardize(x):
    return (x - x.mean(axis=0)) / x.std(axis=0, ddof=1)
"""),
        ("mean not subtracted", """
def standardize(x):
    return x / x.std(axis=0)
"""),
    ],
    "ex6-top-k": [
        ("k fixed at the visible example's 2", """
def top_k(scores, k):
    return np.argsort(scores)[::-1][:2]
"""),
        ("the k smallest instead of the largest", """
def top_k(scores, k):
    return np.argsort(scores)[:k]
"""),
        ("largest k but in ascending order", """
def top_k(scores, k):
    return np.argsort(scores)[-k:]
"""),
        ("values instead of indices", """
def top_k(scores, k):
    return np.sort(scores)[::-1][:k]
"""),
        ("off by one: k - 1 indices", """
def top_k(scores, k):
    return np.argsort(scores)[::-1][:k - 1]
"""),
    ],
    "ex7-image-to-patches": [
        ("reshape without transpose: strips of rows, not squares", """
def image_to_patches(image, p):
    height, width = image.shape
    if height % p or width % p:
        raise ValueError("not divisible")
    return image.reshape(-1, p, p)
"""),
        ("square images only: the patch grid uses the height twice", """
def image_to_patches(image, p):
    height, width = image.shape
    if height % p or width % p:
        raise ValueError("not divisible")
    n = height // p
    return image[:, :n * p].reshape(n, p, n, p).transpose(0, 2, 1, 3).reshape(-1, p, p)
"""),
        ("every patch transposed", """
def image_to_patches(image, p):
    height, width = image.shape
    if height % p or width % p:
        raise ValueError("not divisible")
    return image.reshape(height // p, p, width // p, p).transpose(0, 2, 3, 1).reshape(-1, p, p)
"""),
        ("patches in column order (top to bottom first)", """
def image_to_patches(image, p):
    height, width = image.shape
    if height % p or width % p:
        raise ValueError("not divisible")
    return image.reshape(height // p, p, width // p, p).transpose(2, 0, 1, 3).reshape(-1, p, p)
"""),
        ("no error for an image that does not divide", """
def image_to_patches(image, p):
    height, width = image.shape
    rows, cols = height // p, width // p
    image = image[:rows * p, :cols * p]
    return image.reshape(rows, p, cols, p).transpose(0, 2, 1, 3).reshape(-1, p, p)
"""),
    ],
}
