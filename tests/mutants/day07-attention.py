"""Plausible wrong answers for Day 7, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell).
"""

MUTANTS = {
    "ex1-positional-encoding": [
        ("sin and cos swapped: cosines in the even columns", """
def positional_encoding(max_len, d_model):
    positions = np.arange(max_len)[:, np.newaxis]
    angles = positions / 10000 ** (np.arange(0, d_model, 2) / d_model)
    encoding = np.zeros((max_len, d_model))
    encoding[:, 0::2] = np.cos(angles)
    encoding[:, 1::2] = np.sin(angles)
    return encoding
"""),
        ("the column index j in the exponent, so the cosine columns get the next pair's frequency", """
def positional_encoding(max_len, d_model):
    positions = np.arange(max_len)[:, np.newaxis]
    angles = positions / 10000 ** (np.arange(d_model) / d_model)
    return np.where(np.arange(d_model) % 2 == 0, np.sin(angles), np.cos(angles))
"""),
        ("sines and cosines side by side [sin | cos] instead of interleaved", """
def positional_encoding(max_len, d_model):
    positions = np.arange(max_len)[:, np.newaxis]
    angles = positions / 10000 ** (np.arange(0, d_model, 2) / d_model)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)
"""),
        ("positions counted from 1", """
def positional_encoding(max_len, d_model):
    positions = np.arange(1, max_len + 1)[:, np.newaxis]
    angles = positions / 10000 ** (np.arange(0, d_model, 2) / d_model)
    encoding = np.zeros((max_len, d_model))
    encoding[:, 0::2] = np.sin(angles)
    encoding[:, 1::2] = np.cos(angles)
    return encoding
"""),
        ("exponent i / d_model with the pair index i instead of 2i / d_model", """
def positional_encoding(max_len, d_model):
    positions = np.arange(max_len)[:, np.newaxis]
    angles = positions / 10000 ** (np.arange(d_model // 2) / d_model)
    encoding = np.zeros((max_len, d_model))
    encoding[:, 0::2] = np.sin(angles)
    encoding[:, 1::2] = np.cos(angles)
    return encoding
"""),
        ("base 1000 instead of 10000", """
def positional_encoding(max_len, d_model):
    positions = np.arange(max_len)[:, np.newaxis]
    angles = positions / 1000 ** (np.arange(0, d_model, 2) / d_model)
    encoding = np.zeros((max_len, d_model))
    encoding[:, 0::2] = np.sin(angles)
    encoding[:, 1::2] = np.cos(angles)
    return encoding
"""),
    ],
    "ex2-scaled-dot-product-attention": [
        ("no 1/sqrt(d_k) scaling", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
"""),
        ("mask applied after the softmax: blocked weights zeroed, rows no longer sum to 1", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = np.where(mask, weights, 0.0)
    return weights @ v, weights
"""),
        ("mask added to the weights after the softmax", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = weights + np.where(mask, 0.0, -1e9)
    return weights @ v, weights
"""),
        ("mask meaning inverted: True blocks", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, -np.inf, scores)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
"""),
        ("softmax over the queries (axis -2) instead of the keys", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-2, keepdims=True))
    weights /= weights.sum(axis=-2, keepdims=True)
    return weights @ v, weights
"""),
        ("scaled by sqrt(q.shape[1]): the sequence length for 3-D inputs, right only when T = d_k", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
"""),
        ("softmax without subtracting the maximum: overflows for large scores", """
def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
"""),
    ],
    "ex3-multi-head-attention": [
        ("heads split along the wrong axis: reshape straight to (batch, heads, T, head_dim)", """
def multi_head_attention(query, key, value, params, num_heads, mask=None):
    batch, query_len, d_model = query.shape
    head_dim = d_model // num_heads
    q = (query @ params["w_q"] + params["b_q"]).reshape(batch, num_heads, query_len, head_dim)
    k = (key @ params["w_k"] + params["b_k"]).reshape(batch, num_heads, key.shape[1], head_dim)
    v = (value @ params["w_v"] + params["b_v"]).reshape(batch, num_heads, value.shape[1], head_dim)
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    merged = heads.reshape(batch, query_len, d_model)
    return merged @ params["w_o"] + params["b_o"], weights
"""),
        ("d_model split as (head_dim, heads) instead of (heads, head_dim)", """
def multi_head_attention(query, key, value, params, num_heads, mask=None):
    batch, query_len, d_model = query.shape
    head_dim = d_model // num_heads

    def split_heads(x):
        return x.reshape(batch, x.shape[1], head_dim, num_heads).transpose(0, 3, 1, 2)

    q = split_heads(query @ params["w_q"] + params["b_q"])
    k = split_heads(key @ params["w_k"] + params["b_k"])
    v = split_heads(value @ params["w_v"] + params["b_v"])
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    merged = heads.transpose(0, 2, 3, 1).reshape(batch, query_len, d_model)
    return merged @ params["w_o"] + params["b_o"], weights
"""),
        ("heads merged with a reshape only, without moving the head axis back", """
def multi_head_attention(query, key, value, params, num_heads, mask=None):
    batch, query_len, d_model = query.shape
    head_dim = d_model // num_heads

    def split_heads(x):
        return x.reshape(batch, x.shape[1], num_heads, head_dim).transpose(0, 2, 1, 3)

    q = split_heads(query @ params["w_q"] + params["b_q"])
    k = split_heads(key @ params["w_k"] + params["b_k"])
    v = split_heads(value @ params["w_v"] + params["b_v"])
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    merged = heads.reshape(batch, query_len, d_model)
    return merged @ params["w_o"] + params["b_o"], weights
"""),
        ("output projection forgotten", """
def multi_head_attention(query, key, value, params, num_heads, mask=None):
    batch, query_len, d_model = query.shape
    head_dim = d_model // num_heads

    def split_heads(x):
        return x.reshape(batch, x.shape[1], num_heads, head_dim).transpose(0, 2, 1, 3)

    q = split_heads(query @ params["w_q"] + params["b_q"])
    k = split_heads(key @ params["w_k"] + params["b_k"])
    v = split_heads(value @ params["w_v"] + params["b_v"])
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    return heads.transpose(0, 2, 1, 3).reshape(batch, query_len, d_model), weights
"""),
        ("keys and values projected from the query: right for self-attention only", """
def multi_head_attention(query, key, value, params, num_heads, mask=None):
    batch, query_len, d_model = query.shape
    head_dim = d_model // num_heads

    def split_heads(x):
        return x.reshape(batch, x.shape[1], num_heads, head_dim).transpose(0, 2, 1, 3)

    q = split_heads(query @ params["w_q"] + params["b_q"])
    k = split_heads(query @ params["w_k"] + params["b_k"])
    v = split_heads(query @ params["w_v"] + params["b_v"])
    heads, weights = scaled_dot_product_attention(q, k, v, mask)
    merged = heads.transpose(0, 2, 1, 3).reshape(batch, query_len, d_model)
    return merged @ params["w_o"] + params["b_o"], weights
"""),
        ("the mask is never passed on to the attention", """
def multi_head_attention(query, key, value, params, num_heads, mask=None):
    batch, query_len, d_model = query.shape
    head_dim = d_model // num_heads

    def split_heads(x):
        return x.reshape(batch, x.shape[1], num_heads, head_dim).transpose(0, 2, 1, 3)

    q = split_heads(query @ params["w_q"] + params["b_q"])
    k = split_heads(key @ params["w_k"] + params["b_k"])
    v = split_heads(value @ params["w_v"] + params["b_v"])
    heads, weights = scaled_dot_product_attention(q, k, v)
    merged = heads.transpose(0, 2, 1, 3).reshape(batch, query_len, d_model)
    return merged @ params["w_o"] + params["b_o"], weights
"""),
    ],
    "ex4-layer-norm": [
        ("normalised over the batch axis (axis 0) instead of the features", """
def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=0, keepdims=True)
    variance = x.var(axis=0, keepdims=True)
    return gamma * (x - mean) / np.sqrt(variance + eps) + beta
"""),
        ("unbiased variance (ddof=1), unlike torch.nn.LayerNorm", """
def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    variance = x.var(axis=-1, ddof=1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(variance + eps) + beta
"""),
        ("gamma and beta swapped", """
def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    variance = x.var(axis=-1, keepdims=True)
    return beta * (x - mean) / np.sqrt(variance + eps) + gamma
"""),
        ("eps added to the standard deviation instead of the variance", """
def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / (x.std(axis=-1, keepdims=True) + eps) + beta
"""),
        ("the eps argument ignored: always 1e-5", """
def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    variance = x.var(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(variance + 1e-5) + beta
"""),
        ("no eps at all: constant vectors divide by zero", """
def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / x.std(axis=-1, keepdims=True) + beta
"""),
    ],
    "ex5-causal-mask": [
        ("diagonal blocked too: a position cannot see itself", """
def causal_mask(size):
    return np.tril(np.ones((size, size), dtype=bool), k=-1)
"""),
        ("upper triangle: every position sees the future instead of the past", """
def causal_mask(size):
    return np.triu(np.ones((size, size), dtype=bool))
"""),
        ("the blocked positions marked True (torch's attn_mask convention)", """
def causal_mask(size):
    return np.triu(np.ones((size, size), dtype=bool), k=1)
"""),
        ("float ones and zeros instead of booleans", """
def causal_mask(size):
    return np.tril(np.ones((size, size)))
"""),
        ("hard-coded for the visible size 3", """
def causal_mask(size):
    return np.array([[True, False, False], [True, True, False], [True, True, True]])
"""),
    ],
    "ex6-greedy-decode": [
        ("the leading bos_id kept in the output", """
def greedy_decode(next_token_logits, batch_size, max_len, bos_id, eos_id, pad_id):
    prefix = np.full((batch_size, 1), bos_id)
    finished = np.zeros(batch_size, dtype=bool)
    for _ in range(max_len):
        next_ids = np.asarray(next_token_logits(prefix)).argmax(axis=-1)
        next_ids = np.where(finished, pad_id, next_ids)
        finished |= next_ids == eos_id
        prefix = np.concatenate([prefix, next_ids[:, np.newaxis]], axis=1)
    return prefix
"""),
        ("no padding after eos: the model's later guesses are kept", """
def greedy_decode(next_token_logits, batch_size, max_len, bos_id, eos_id, pad_id):
    prefix = np.full((batch_size, 1), bos_id)
    for _ in range(max_len):
        next_ids = np.asarray(next_token_logits(prefix)).argmax(axis=-1)
        prefix = np.concatenate([prefix, next_ids[:, np.newaxis]], axis=1)
    return prefix[:, 1:]
"""),
        ("argmin instead of argmax", """
def greedy_decode(next_token_logits, batch_size, max_len, bos_id, eos_id, pad_id):
    prefix = np.full((batch_size, 1), bos_id)
    finished = np.zeros(batch_size, dtype=bool)
    for _ in range(max_len):
        next_ids = np.asarray(next_token_logits(prefix)).argmin(axis=-1)
        next_ids = np.where(finished, pad_id, next_ids)
        finished |= next_ids == eos_id
        prefix = np.concatenate([prefix, next_ids[:, np.newaxis]], axis=1)
    return prefix[:, 1:]
"""),
        ("only the last token fed to the model instead of the whole prefix", """
def greedy_decode(next_token_logits, batch_size, max_len, bos_id, eos_id, pad_id):
    prefix = np.full((batch_size, 1), bos_id)
    finished = np.zeros(batch_size, dtype=bool)
    for _ in range(max_len):
        next_ids = np.asarray(next_token_logits(prefix[:, -1:])).argmax(axis=-1)
        next_ids = np.where(finished, pad_id, next_ids)
        finished |= next_ids == eos_id
        prefix = np.concatenate([prefix, next_ids[:, np.newaxis]], axis=1)
    return prefix[:, 1:]
"""),
        ("the whole batch stops at the first eos of any row", """
def greedy_decode(next_token_logits, batch_size, max_len, bos_id, eos_id, pad_id):
    prefix = np.full((batch_size, 1), bos_id)
    for _ in range(max_len):
        next_ids = np.asarray(next_token_logits(prefix)).argmax(axis=-1)
        prefix = np.concatenate([prefix, next_ids[:, np.newaxis]], axis=1)
        if (next_ids == eos_id).any():
            break
    out = np.full((batch_size, max_len), pad_id)
    out[:, :prefix.shape[1] - 1] = prefix[:, 1:]
    return out
"""),
        ("stops when every row has ended, but keeps the guesses of rows that ended earlier", """
def greedy_decode(next_token_logits, batch_size, max_len, bos_id, eos_id, pad_id):
    prefix = np.full((batch_size, 1), bos_id)
    for _ in range(max_len):
        next_ids = np.asarray(next_token_logits(prefix)).argmax(axis=-1)
        prefix = np.concatenate([prefix, next_ids[:, np.newaxis]], axis=1)
        if (prefix == eos_id).any(axis=1).all():
            break
    out = np.full((batch_size, max_len), pad_id)
    out[:, :prefix.shape[1] - 1] = prefix[:, 1:]
    return out
"""),
    ],
}
