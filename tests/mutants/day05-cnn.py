"""Plausible wrong answers for Day 5, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-conv2d-loops": [
        ("kernel flipped: a true convolution instead of PyTorch's cross-correlation", """
def conv2d_loops(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out = np.zeros((batch, filters, height - kh + 1, width - kw + 1))
    for n in range(batch):
        for f in range(filters):
            for p in range(height - kh + 1):
                for q in range(width - kw + 1):
                    out[n, f, p, q] = np.sum(x[n, :, p:p + kh, q:q + kw] * weight[f, :, ::-1, ::-1]) + bias[f]
    return out
"""),
        ("off-by-one output size: H - kh instead of H - kh + 1", """
def conv2d_loops(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out = np.zeros((batch, filters, height - kh, width - kw))
    for n in range(batch):
        for f in range(filters):
            for p in range(height - kh):
                for q in range(width - kw):
                    out[n, f, p, q] = np.sum(x[n, :, p:p + kh, q:q + kw] * weight[f]) + bias[f]
    return out
"""),
        ("bias forgotten", """
def conv2d_loops(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out = np.zeros((batch, filters, height - kh + 1, width - kw + 1))
    for n in range(batch):
        for f in range(filters):
            for p in range(height - kh + 1):
                for q in range(width - kw + 1):
                    out[n, f, p, q] = np.sum(x[n, :, p:p + kh, q:q + kw] * weight[f])
    return out
"""),
        ("only the first input channel is summed", """
def conv2d_loops(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out = np.zeros((batch, filters, height - kh + 1, width - kw + 1))
    for n in range(batch):
        for f in range(filters):
            for p in range(height - kh + 1):
                for q in range(width - kw + 1):
                    out[n, f, p, q] = np.sum(x[n, 0, p:p + kh, q:q + kw] * weight[f, 0]) + bias[f]
    return out
"""),
        ("square kernels assumed: kw taken equal to kh (the visible kernels are 3x3)", """
def conv2d_loops(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, _ = weight.shape
    kw = kh
    out = np.zeros((batch, filters, height - kh + 1, width - kw + 1))
    for n in range(batch):
        for f in range(filters):
            for p in range(height - kh + 1):
                for q in range(width - kw + 1):
                    out[n, f, p, q] = np.sum(x[n, :, p:p + kh, q:q + kw] * weight[f]) + bias[f]
    return out
"""),
        ("square images assumed: the output width computed from H (the visible images are square)", """
def conv2d_loops(x, weight, bias):
    batch, _, height, _ = x.shape
    filters, _, kh, kw = weight.shape
    size = height - kh + 1
    out = np.zeros((batch, filters, size, size))
    for n in range(batch):
        for f in range(filters):
            for p in range(size):
                for q in range(size):
                    out[n, f, p, q] = np.sum(x[n, :, p:p + kh, q:q + kw] * weight[f]) + bias[f]
    return out
"""),
    ],
    "ex2-im2col": [
        ("rows in (i, j, c) order: mismatched with weight.reshape(F, -1), which is (c, i, j)", """
def im2col(x, kh, kw):
    batch, channels, height, width = x.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))
    return windows.transpose(4, 5, 1, 0, 2, 3).reshape(channels * kh * kw, batch * out_h * out_w)
"""),
        ("off-by-one output size: windows at H - kh positions only", """
def im2col(x, kh, kw):
    batch, channels, height, width = x.shape
    out_h, out_w = height - kh, width - kw
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, :out_h, :out_w]
    return windows.transpose(1, 4, 5, 0, 2, 3).reshape(channels * kh * kw, batch * out_h * out_w)
"""),
        ("columns in (p, q, n) order instead of (n, p, q)", """
def im2col(x, kh, kw):
    batch, channels, height, width = x.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))
    return windows.transpose(1, 4, 5, 2, 3, 0).reshape(channels * kh * kw, batch * out_h * out_w)
"""),
        ("transposed: one window per row, shape (N*H_out*W_out, C*kh*kw)", """
def im2col(x, kh, kw):
    batch, channels, height, width = x.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kw), axis=(2, 3))
    return windows.transpose(0, 2, 3, 1, 4, 5).reshape(batch * out_h * out_w, channels * kh * kw)
"""),
        ("square windows assumed: kh used for both sizes (the visible windows are 2x2)", """
def im2col(x, kh, kw):
    batch, channels, height, width = x.shape
    out_h, out_w = height - kh + 1, width - kh + 1
    windows = np.lib.stride_tricks.sliding_window_view(x, (kh, kh), axis=(2, 3))
    return windows.transpose(1, 4, 5, 0, 2, 3).reshape(channels * kh * kh, batch * out_h * out_w)
"""),
    ],
    "ex3-conv2d-im2col": [
        ("weights flattened in (i, j, c) order: mismatched with the (c, i, j) rows of im2col", """
def conv2d_im2col(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    cols = im2col(x, kh, kw)
    out = weight.transpose(0, 2, 3, 1).reshape(filters, -1) @ cols + bias[:, np.newaxis]
    return out.reshape(filters, batch, out_h, out_w).transpose(1, 0, 2, 3), (x, weight, cols)
"""),
        ("kernel flipped: a true convolution", """
def conv2d_im2col(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    cols = im2col(x, kh, kw)
    out = weight[:, :, ::-1, ::-1].reshape(filters, -1) @ cols + bias[:, np.newaxis]
    return out.reshape(filters, batch, out_h, out_w).transpose(1, 0, 2, 3), (x, weight, cols)
"""),
        ("product reshaped straight to (N, F, H_out, W_out) without moving the axes", """
def conv2d_im2col(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    cols = im2col(x, kh, kw)
    out = weight.reshape(filters, -1) @ cols + bias[:, np.newaxis]
    return out.reshape(batch, filters, out_h, out_w), (x, weight, cols)
"""),
        ("bias forgotten", """
def conv2d_im2col(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = height - kh + 1, width - kw + 1
    cols = im2col(x, kh, kw)
    out = weight.reshape(filters, -1) @ cols
    return out.reshape(filters, batch, out_h, out_w).transpose(1, 0, 2, 3), (x, weight, cols)
"""),
        ("square kernels assumed: im2col(x, kh, kh) (the visible kernels are 3x3)", """
def conv2d_im2col(x, weight, bias):
    batch, _, height, width = x.shape
    filters, _, kh, _ = weight.shape
    out_h, out_w = height - kh + 1, width - kh + 1
    cols = im2col(x, kh, kh)
    out = weight.reshape(filters, -1) @ cols + bias[:, np.newaxis]
    return out.reshape(filters, batch, out_h, out_w).transpose(1, 0, 2, 3), (x, weight, cols)
"""),
    ],
    "ex4-conv2d-backward": [
        ("bias gradient not summed over the batch and space: one value per image and filter", """
def conv2d_backward(dout, cache):
    x, weight, cols = cache
    batch, channels, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = dout.shape[2:]
    dout_mat = dout.transpose(1, 0, 2, 3).reshape(filters, -1)
    dweight = (dout_mat @ cols.T).reshape(weight.shape)
    dcols = (weight.reshape(filters, -1).T @ dout_mat).reshape(channels, kh, kw, batch, out_h, out_w)
    dx = np.zeros((channels, batch, height, width))
    for i in range(kh):
        for j in range(kw):
            dx[:, :, i:i + out_h, j:j + out_w] += dcols[:, i, j]
    return dx.transpose(1, 0, 2, 3), dweight, dout.sum(axis=(2, 3))
"""),
        ("bias gradient averaged over the batch instead of summed", """
def conv2d_backward(dout, cache):
    x, weight, cols = cache
    batch, channels, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = dout.shape[2:]
    dout_mat = dout.transpose(1, 0, 2, 3).reshape(filters, -1)
    dweight = (dout_mat @ cols.T).reshape(weight.shape)
    dcols = (weight.reshape(filters, -1).T @ dout_mat).reshape(channels, kh, kw, batch, out_h, out_w)
    dx = np.zeros((channels, batch, height, width))
    for i in range(kh):
        for j in range(kw):
            dx[:, :, i:i + out_h, j:j + out_w] += dcols[:, i, j]
    return dx.transpose(1, 0, 2, 3), dweight, dout.sum(axis=(2, 3)).mean(axis=0)
"""),
        ("col2im overwrites (=) instead of adding (+=) where windows overlap", """
def conv2d_backward(dout, cache):
    x, weight, cols = cache
    batch, channels, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = dout.shape[2:]
    dout_mat = dout.transpose(1, 0, 2, 3).reshape(filters, -1)
    dweight = (dout_mat @ cols.T).reshape(weight.shape)
    dcols = (weight.reshape(filters, -1).T @ dout_mat).reshape(channels, kh, kw, batch, out_h, out_w)
    dx = np.zeros((channels, batch, height, width))
    for i in range(kh):
        for j in range(kw):
            dx[:, :, i:i + out_h, j:j + out_w] = dcols[:, i, j]
    return dx.transpose(1, 0, 2, 3), dweight, dout_mat.sum(axis=1)
"""),
        ("weight gradient as cols @ dout_mat.T, (K, F), reshaped as if it were (F, K)", """
def conv2d_backward(dout, cache):
    x, weight, cols = cache
    batch, channels, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = dout.shape[2:]
    dout_mat = dout.transpose(1, 0, 2, 3).reshape(filters, -1)
    dweight = (cols @ dout_mat.T).reshape(weight.shape)
    dcols = (weight.reshape(filters, -1).T @ dout_mat).reshape(channels, kh, kw, batch, out_h, out_w)
    dx = np.zeros((channels, batch, height, width))
    for i in range(kh):
        for j in range(kw):
            dx[:, :, i:i + out_h, j:j + out_w] += dcols[:, i, j]
    return dx.transpose(1, 0, 2, 3), dweight, dout_mat.sum(axis=1)
"""),
        ("col2im loops over kh offsets in both directions (the visible kernels are square)", """
def conv2d_backward(dout, cache):
    x, weight, cols = cache
    batch, channels, height, width = x.shape
    filters, _, kh, kw = weight.shape
    out_h, out_w = dout.shape[2:]
    dout_mat = dout.transpose(1, 0, 2, 3).reshape(filters, -1)
    dweight = (dout_mat @ cols.T).reshape(weight.shape)
    dcols = (weight.reshape(filters, -1).T @ dout_mat).reshape(channels, kh, kw, batch, out_h, out_w)
    dx = np.zeros((channels, batch, height, width))
    for i in range(kh):
        for j in range(kh):
            dx[:, :, i:i + out_h, j:j + out_w] += dcols[:, i, j]
    return dx.transpose(1, 0, 2, 3), dweight, dout_mat.sum(axis=1)
"""),
    ],
    "ex5-maxpool-forward": [
        ("average pooling instead of max pooling", """
def maxpool2d_forward(x):
    batch, channels, height, width = x.shape
    out_h, out_w = height // 2, width // 2
    blocks = x[:, :, :2 * out_h, :2 * out_w].reshape(batch, channels, out_h, 2, out_w, 2)
    blocks = blocks.transpose(0, 1, 2, 4, 3, 5).reshape(batch, channels, out_h, out_w, 4)
    return blocks.mean(axis=-1), (x.shape, blocks.argmax(axis=-1))
"""),
        ("blocks made by a plain reshape without moving the axes: 1x4 strips, not 2x2 squares", """
def maxpool2d_forward(x):
    batch, channels, height, width = x.shape
    out_h, out_w = height // 2, width // 2
    blocks = x[:, :, :2 * out_h, :2 * out_w].reshape(batch, channels, out_h, out_w, 4)
    argmax = blocks.argmax(axis=-1)
    return blocks.max(axis=-1), (x.shape, argmax)
"""),
        ("stride 1: overlapping 2x2 windows", """
def maxpool2d_forward(x):
    windows = np.lib.stride_tricks.sliding_window_view(x, (2, 2), axis=(2, 3))
    blocks = windows.reshape(*windows.shape[:4], 4)
    return blocks.max(axis=-1), (x.shape, blocks.argmax(axis=-1))
"""),
        ("argmax numbered column by column (2b + a) instead of row by row (2a + b)", """
def maxpool2d_forward(x):
    batch, channels, height, width = x.shape
    out_h, out_w = height // 2, width // 2
    blocks = x[:, :, :2 * out_h, :2 * out_w].reshape(batch, channels, out_h, 2, out_w, 2)
    blocks = blocks.transpose(0, 1, 2, 4, 5, 3).reshape(batch, channels, out_h, out_w, 4)
    argmax = blocks.argmax(axis=-1)
    return blocks.max(axis=-1), (x.shape, argmax)
"""),
        ("even sizes assumed: fails on an odd-sized input (the visible inputs are even)", """
def maxpool2d_forward(x):
    batch, channels, height, width = x.shape
    blocks = x.reshape(batch, channels, height // 2, 2, width // 2, 2)
    blocks = blocks.transpose(0, 1, 2, 4, 3, 5).reshape(batch, channels, height // 2, width // 2, 4)
    argmax = blocks.argmax(axis=-1)
    return blocks.max(axis=-1), (x.shape, argmax)
"""),
    ],
    "ex6-maxpool-backward": [
        ("gradient spread to all four cells of the block", """
def maxpool2d_backward(dout, cache):
    shape, argmax = cache
    dx = np.zeros(shape)
    out_h, out_w = argmax.shape[2:]
    dx[:, :, :2 * out_h, :2 * out_w] = np.repeat(np.repeat(dout, 2, axis=2), 2, axis=3)
    return dx
"""),
        ("gradient shared equally by the four cells, as for average pooling", """
def maxpool2d_backward(dout, cache):
    shape, argmax = cache
    dx = np.zeros(shape)
    out_h, out_w = argmax.shape[2:]
    dx[:, :, :2 * out_h, :2 * out_w] = np.repeat(np.repeat(dout / 4, 2, axis=2), 2, axis=3)
    return dx
"""),
        ("argmax read column by column: position k taken as (a, b) = (k % 2, k // 2)", """
def maxpool2d_backward(dout, cache):
    shape, argmax = cache
    batch, channels, out_h, out_w = argmax.shape
    dblocks = np.zeros((batch, channels, out_h, out_w, 4))
    np.put_along_axis(dblocks, argmax[..., np.newaxis], dout[..., np.newaxis], axis=-1)
    dblocks = dblocks.reshape(batch, channels, out_h, out_w, 2, 2).transpose(0, 1, 2, 5, 3, 4)
    dx = np.zeros(shape)
    dx[:, :, :2 * out_h, :2 * out_w] = dblocks.reshape(batch, channels, 2 * out_h, 2 * out_w)
    return dx
"""),
        ("dx has shape (N, C, 2 H_out, 2 W_out): a dropped odd row or column is missing", """
def maxpool2d_backward(dout, cache):
    shape, argmax = cache
    batch, channels, out_h, out_w = argmax.shape
    dblocks = np.zeros((batch, channels, out_h, out_w, 4))
    np.put_along_axis(dblocks, argmax[..., np.newaxis], dout[..., np.newaxis], axis=-1)
    dblocks = dblocks.reshape(batch, channels, out_h, out_w, 2, 2).transpose(0, 1, 2, 4, 3, 5)
    return dblocks.reshape(batch, channels, 2 * out_h, 2 * out_w)
"""),
    ],
    "ex7-softmax-cross-entropy": [
        ("softmax without subtracting the row maximum: overflows for large logits", """
def softmax_cross_entropy(logits, labels):
    batch = len(labels)
    exps = np.exp(logits)
    probs = exps / exps.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(batch), labels]).mean()
    dlogits = probs.copy()
    dlogits[np.arange(batch), labels] -= 1.0
    return loss, dlogits / batch
"""),
        ("loss summed over the batch instead of averaged", """
def softmax_cross_entropy(logits, labels):
    batch = len(labels)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    dlogits = np.exp(log_probs)
    dlogits[np.arange(batch), labels] -= 1.0
    return -log_probs[np.arange(batch), labels].sum(), dlogits / batch
"""),
        ("gradient not divided by the batch size", """
def softmax_cross_entropy(logits, labels):
    batch = len(labels)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    dlogits = np.exp(log_probs)
    dlogits[np.arange(batch), labels] -= 1.0
    return -log_probs[np.arange(batch), labels].mean(), dlogits
"""),
        ("gradient is the softmax alone: the one-hot labels are not subtracted", """
def softmax_cross_entropy(logits, labels):
    batch = len(labels)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(batch), labels].mean(), np.exp(log_probs) / batch
"""),
    ],
}
