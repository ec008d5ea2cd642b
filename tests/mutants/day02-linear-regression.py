"""Plausible wrong answers for Day 2, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-predict": [
        ("slope and intercept swapped", """
def predict(x, w, b):
    return b * x + w
"""),
        ("intercept left out", """
def predict(x, w, b):
    return w * x
"""),
        ("intercept multiplied by x too", """
def predict(x, w, b):
    return (w + b) * x
"""),
        ("a loop over the points with float(): no broadcasting over several lines or a 2-D x", """
def predict(x, w, b):
    return np.array([w * float(xi) + b for xi in x])
"""),
    ],
    "ex2-mse": [
        ("sum instead of mean", """
def mse(y_pred, y):
    return np.sum((y_pred - y) ** 2, axis=-1)
"""),
        ("root mean squared error", """
def mse(y_pred, y):
    return np.sqrt(np.mean((y_pred - y) ** 2, axis=-1))
"""),
        ("mean absolute error", """
def mse(y_pred, y):
    return np.mean(np.abs(y_pred - y), axis=-1)
"""),
        ("square of the mean residual instead of the mean of the squares", """
def mse(y_pred, y):
    return np.mean(y_pred - y, axis=-1) ** 2
"""),
        ("mean over all axes: one number for a stack of predictions", """
def mse(y_pred, y):
    return np.mean((y_pred - y) ** 2)
"""),
    ],
    "ex3-mse-gradients": [
        ("gradient sign flipped (y - y_pred)", """
def mse_gradients(x, y, w, b):
    residuals = y - predict(x, w, b)
    return 2 * np.mean(residuals * x), 2 * np.mean(residuals)
"""),
        ("sum instead of mean", """
def mse_gradients(x, y, w, b):
    residuals = predict(x, w, b) - y
    return 2 * np.sum(residuals * x), 2 * np.sum(residuals)
"""),
        ("intercept gradient missing the factor 2", """
def mse_gradients(x, y, w, b):
    residuals = predict(x, w, b) - y
    return 2 * np.mean(residuals * x), np.mean(residuals)
"""),
        ("slope gradient missing the factor x", """
def mse_gradients(x, y, w, b):
    residuals = predict(x, w, b) - y
    return 2 * np.mean(residuals), 2 * np.mean(residuals)
"""),
        ("n hard-coded as the notebook's 100 points", """
def mse_gradients(x, y, w, b):
    residuals = predict(x, w, b) - y
    return 2 / 100 * np.sum(residuals * x), 2 / 100 * np.sum(residuals)
"""),
    ],
    "ex4-gradient-descent": [
        ("steps up the gradient (sign of the update flipped)", """
def gradient_descent(x, y, lr, steps, w=0.0, b=0.0):
    losses = np.zeros(steps)
    for t in range(steps):
        losses[t] = mse(predict(x, w, b), y)
        dL_dw, dL_db = mse_gradients(x, y, w, b)
        w, b = w + lr * dL_dw, b + lr * dL_db
    return w, b, losses
"""),
        ("loss recorded after the update instead of before", """
def gradient_descent(x, y, lr, steps, w=0.0, b=0.0):
    losses = np.zeros(steps)
    for t in range(steps):
        dL_dw, dL_db = mse_gradients(x, y, w, b)
        w, b = w - lr * dL_dw, b - lr * dL_db
        losses[t] = mse(predict(x, w, b), y)
    return w, b, losses
"""),
        ("b updated with the gradient at the new w (not simultaneous)", """
def gradient_descent(x, y, lr, steps, w=0.0, b=0.0):
    losses = np.zeros(steps)
    for t in range(steps):
        losses[t] = mse(predict(x, w, b), y)
        w = w - lr * mse_gradients(x, y, w, b)[0]
        b = b - lr * mse_gradients(x, y, w, b)[1]
    return w, b, losses
"""),
        ("only the final loss returned, not the history", """
def gradient_descent(x, y, lr, steps, w=0.0, b=0.0):
    for t in range(steps):
        dL_dw, dL_db = mse_gradients(x, y, w, b)
        w, b = w - lr * dL_dw, b - lr * dL_db
    return w, b, mse(predict(x, w, b), y)
"""),
        ("ignores the starting point: always starts from w = b = 0", """
def gradient_descent(x, y, lr, steps, w=0.0, b=0.0):
    w, b = 0.0, 0.0
    losses = np.zeros(steps)
    for t in range(steps):
        losses[t] = mse(predict(x, w, b), y)
        dL_dw, dL_db = mse_gradients(x, y, w, b)
        w, b = w - lr * dL_dw, b - lr * dL_db
    return w, b, losses
"""),
    ],
    "ex5-closed-form": [
        ("transpose missing on the right-hand side: X @ y instead of X.T @ y", """
def least_squares_fit(x, y):
    X = np.column_stack([x, np.ones_like(x)])
    w, b = np.linalg.solve(X.T @ X, X @ y)
    return w, b
"""),
        ("transpose on the wrong factor: X @ X.T (n x n) instead of X.T @ X", """
def least_squares_fit(x, y):
    X = np.column_stack([x, np.ones_like(x)])
    w, b = np.linalg.solve(X @ X.T, X.T @ y)
    return w, b
"""),
        ("columns in the other order [1, x], so (b, w) comes back as (w, b)", """
def least_squares_fit(x, y):
    X = np.column_stack([np.ones_like(x), x])
    w, b = np.linalg.solve(X.T @ X, X.T @ y)
    return w, b
"""),
        ("no column of ones: a line through the origin", """
def least_squares_fit(x, y):
    X = x[:, np.newaxis]
    (w,) = np.linalg.solve(X.T @ X, X.T @ y)
    return w, 0.0
"""),
        ("column of ones hard-coded for the notebook's 100 points", """
def least_squares_fit(x, y):
    X = np.column_stack([x, np.ones(100)])
    w, b = np.linalg.solve(X.T @ X, X.T @ y)
    return w, b
"""),
    ],
    "ex6-r-squared": [
        ("total sum of squares not centred on the mean", """
def r_squared(y_pred, y):
    return 1.0 - np.sum((y_pred - y) ** 2) / np.sum(y ** 2)
"""),
        ("the ratio alone, without 1 - ...", """
def r_squared(y_pred, y):
    return np.sum((y_pred - y) ** 2) / np.sum((y - np.mean(y)) ** 2)
"""),
        ("mean of the residual squares over the sum of the total squares", """
def r_squared(y_pred, y):
    return 1.0 - np.mean((y_pred - y) ** 2) / np.sum((y - np.mean(y)) ** 2)
"""),
        ("squared correlation: right only for the least-squares line", """
def r_squared(y_pred, y):
    return np.corrcoef(y_pred, y)[0, 1] ** 2
"""),
    ],
}
