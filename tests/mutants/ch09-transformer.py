"""Plausible wrong answers for Chapter 9 (attention and the Transformer), by exercise grade_id: each
must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). No exercise
calls another, so every mutant costs only its own exercise's points. The first mutant of the last
exercise fails a visible check (the autograde round trip shows its hint).
"""

_MULTI_HEAD = '''
class MultiHeadAttention(torch.nn.Module):
    def __init__(self, embed_dim, num_heads):
        super().__init__()
        self.embed_dim, self.num_heads = embed_dim, num_heads
        self.in_proj_weight = torch.nn.Parameter(torch.empty(3 * embed_dim, embed_dim))
        self.in_proj_bias = torch.nn.Parameter(torch.zeros(3 * embed_dim))
        self.out_proj = torch.nn.Linear(embed_dim, embed_dim)
        torch.nn.init.xavier_uniform_(self.in_proj_weight)
        torch.nn.init.zeros_(self.out_proj.bias)

    def forward(self, query, key, value, key_padding_mask=None, attn_mask=None):
        batch, length_q, width = query.shape
        head_dim = width // self.num_heads
        w_q, w_k, w_v = self.in_proj_weight.chunk(3)
        b_q, b_k, b_v = self.in_proj_bias.chunk(3)

        def split_heads(x):
            return {split}

        q = split_heads(query @ w_q.T + b_q)
        k = split_heads(key @ w_k.T + b_k)
        v = split_heads(value @ w_v.T + b_v)
        scores = q @ k.transpose(-2, -1) / math.sqrt({scale})
        if key_padding_mask is not None:
            scores = scores.masked_fill(key_padding_mask[:, None, None, :], float("-inf"))
        if attn_mask is not None:
            scores = scores.masked_fill({attn_mask}, float("-inf"))
        weights = torch.softmax(scores, dim=-1)
        heads = weights @ v
        merged = {merge}
        return self.out_proj(merged), weights
'''


def _multi_head(split="x.reshape(x.shape[0], x.shape[1], self.num_heads, head_dim).transpose(1, 2)",
                scale="head_dim", attn_mask="attn_mask.unsqueeze(-3)",
                merge="heads.transpose(1, 2).reshape(batch, length_q, width)"):
    return _MULTI_HEAD.format(split=split, scale=scale, attn_mask=attn_mask, merge=merge)


_BEAM = '''
def beam_search(log_prob_fn, bos_id, eos_id, beam_size, max_len, alpha=0.0):
    alive = np.full((1, 1), bos_id, dtype=np.int64)
    alive_scores = np.zeros(1)
    finished = []
    for _ in range(max_len):
        log_probs = np.asarray(log_prob_fn(alive))
        candidates = {candidates}
        best = np.argsort(-candidates, kind="stable")[:beam_size - len(finished)]
        rows, tokens = np.divmod(best, log_probs.shape[1])
        extended = np.concatenate([alive[rows], tokens[:, np.newaxis]], axis=1)
        ended = tokens == eos_id
        finished += [(sequence{keep}, score) for sequence, score in zip(extended[ended], candidates[best][ended])]
        alive, alive_scores = extended[~ended], candidates[best][~ended]
        if len(alive) == 0:
            break
    finished += [(sequence{keep}, score) for sequence, score in zip(alive, alive_scores)]
    tokens, score = max(finished, key=lambda pair: pair[1] / {length} ** alpha)
    return tokens, float(score / {length_returned} ** alpha)
'''


def _beam(candidates="(alive_scores[:, np.newaxis] + log_probs).ravel()", keep="[1:]", length="len(pair[0])",
          length_returned="len(tokens)"):
    return _BEAM.format(candidates=candidates, keep=keep, length=length, length_returned=length_returned)


MUTANTS = {
    "ex1-nadaraya-watson": [
        ("weights normalised over the queries (axis=0) instead of the keys", """
def nadaraya_watson(queries, keys, values, width):
    scores = -((queries[:, np.newaxis] - keys[np.newaxis, :]) ** 2) / (2 * width ** 2)
    scores = scores - scores.max(axis=0, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=0, keepdims=True)
    return weights @ values, weights
"""),
        ("no maximum subtracted: queries far from every key give 0 / 0 = nan", """
def nadaraya_watson(queries, keys, values, width):
    kernel = np.exp(-((queries[:, np.newaxis] - keys[np.newaxis, :]) ** 2) / (2 * width ** 2))
    weights = kernel / kernel.sum(axis=1, keepdims=True)
    return weights @ values, weights
"""),
        ("width not squared: exp(-(q - k)^2 / (2 width))", """
def nadaraya_watson(queries, keys, values, width):
    scores = -((queries[:, np.newaxis] - keys[np.newaxis, :]) ** 2) / (2 * width)
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=1, keepdims=True)
    return weights @ values, weights
"""),
        ("the kernel's factor 1/2 forgotten: exp(-(q - k)^2 / width^2)", """
def nadaraya_watson(queries, keys, values, width):
    scores = -((queries[:, np.newaxis] - keys[np.newaxis, :]) ** 2) / width ** 2
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=1, keepdims=True)
    return weights @ values, weights
"""),
        ("kernel values not normalised: a weighted sum instead of a weighted average", """
def nadaraya_watson(queries, keys, values, width):
    weights = np.exp(-((queries[:, np.newaxis] - keys[np.newaxis, :]) ** 2) / (2 * width ** 2))
    return weights @ values, weights
"""),
    ],
    "ex2-masked-softmax": [
        ("mask applied after the softmax: the kept weights no longer sum to 1", """
def masked_softmax(scores, valid_lens):
    valid_lens = np.asarray(valid_lens)
    if valid_lens.ndim == 1:
        valid_lens = valid_lens[:, np.newaxis]
    keep = np.arange(scores.shape[-1]) < valid_lens[:, :, np.newaxis]
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return np.where(keep, weights, 0.0)
"""),
        ("masked scores set to 0 instead of -inf: padding keeps weight", """
def masked_softmax(scores, valid_lens):
    valid_lens = np.asarray(valid_lens)
    if valid_lens.ndim == 1:
        valid_lens = valid_lens[:, np.newaxis]
    keep = np.arange(scores.shape[-1]) < valid_lens[:, :, np.newaxis]
    masked = np.where(keep, scores, 0.0)
    weights = np.exp(masked - masked.max(axis=-1, keepdims=True))
    return weights / weights.sum(axis=-1, keepdims=True)
"""),
        ("off by one: keeps the keys j <= valid_len", """
def masked_softmax(scores, valid_lens):
    valid_lens = np.asarray(valid_lens)
    if valid_lens.ndim == 1:
        valid_lens = valid_lens[:, np.newaxis]
    keep = np.arange(scores.shape[-1]) <= valid_lens[:, :, np.newaxis]
    masked = np.where(keep, scores, -np.inf)
    weights = np.exp(masked - masked.max(axis=-1, keepdims=True))
    return weights / weights.sum(axis=-1, keepdims=True)
"""),
        ("no maximum subtracted: scores in the thousands overflow to inf / inf", """
def masked_softmax(scores, valid_lens):
    valid_lens = np.asarray(valid_lens)
    if valid_lens.ndim == 1:
        valid_lens = valid_lens[:, np.newaxis]
    keep = np.arange(scores.shape[-1]) < valid_lens[:, :, np.newaxis]
    weights = np.exp(np.where(keep, scores, -np.inf))
    return weights / weights.sum(axis=-1, keepdims=True)
"""),
        ("the caller's scores overwritten with -inf in place", """
def masked_softmax(scores, valid_lens):
    valid_lens = np.asarray(valid_lens)
    if valid_lens.ndim == 1:
        valid_lens = valid_lens[:, np.newaxis]
    keep = np.arange(scores.shape[-1]) < valid_lens[:, :, np.newaxis]
    np.copyto(scores, -np.inf, where=~keep)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    return weights / weights.sum(axis=-1, keepdims=True)
"""),
        ("valid_lens always read as one length per row (batch,)", """
def masked_softmax(scores, valid_lens):
    keep = np.arange(scores.shape[-1]) < np.asarray(valid_lens).reshape(len(scores), 1, -1)[:, :, :1]
    masked = np.where(keep, scores, -np.inf)
    weights = np.exp(masked - masked.max(axis=-1, keepdims=True))
    return weights / weights.sum(axis=-1, keepdims=True)
"""),
    ],
    "ex3-additive-scores": [
        ("tanh forgotten: a linear score", """
def additive_scores(queries, keys, W_q, W_k, w_v):
    features = (queries @ W_q)[:, :, np.newaxis, :] + (keys @ W_k)[:, np.newaxis, :, :]
    return features @ w_v
"""),
        ("query and key axes swapped in the broadcast: (batch, T_k, T_q)", """
def additive_scores(queries, keys, W_q, W_k, w_v):
    features = np.tanh((queries @ W_q)[:, np.newaxis, :, :] + (keys @ W_k)[:, :, np.newaxis, :])
    return features @ w_v
"""),
        ("W_q and W_k swapped", """
def additive_scores(queries, keys, W_q, W_k, w_v):
    features = np.tanh((queries @ W_k)[:, :, np.newaxis, :] + (keys @ W_q)[:, np.newaxis, :, :])
    return features @ w_v
"""),
        ("w_v applied inside the tanh", """
def additive_scores(queries, keys, W_q, W_k, w_v):
    features = (queries @ W_q)[:, :, np.newaxis, :] + (keys @ W_k)[:, np.newaxis, :, :]
    return np.tanh(features @ w_v)
"""),
        ("w_v forgotten: the hidden units summed", """
def additive_scores(queries, keys, W_q, W_k, w_v):
    features = np.tanh((queries @ W_q)[:, :, np.newaxis, :] + (keys @ W_k)[:, np.newaxis, :, :])
    return features.sum(axis=-1)
"""),
    ],
    "ex4-scaled-dot-product-attention": [
        ("blocked scores filled with 0 instead of -inf", """
def scaled_dot_product_attention(query, key, value, blocked=None):
    scores = query @ key.transpose(-2, -1) / math.sqrt(query.shape[-1])
    if blocked is not None:
        scores = scores.masked_fill(blocked, 0.0)
    weights = torch.softmax(scores, dim=-1)
    return weights @ value, weights
"""),
        ("mask applied to the weights after the softmax", """
def scaled_dot_product_attention(query, key, value, blocked=None):
    scores = query @ key.transpose(-2, -1) / math.sqrt(query.shape[-1])
    weights = torch.softmax(scores, dim=-1)
    if blocked is not None:
        weights = weights.masked_fill(blocked, 0.0)
    return weights @ value, weights
"""),
        ("scores divided by d instead of sqrt(d)", """
def scaled_dot_product_attention(query, key, value, blocked=None):
    scores = query @ key.transpose(-2, -1) / query.shape[-1]
    if blocked is not None:
        scores = scores.masked_fill(blocked, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    return weights @ value, weights
"""),
        ("key.transpose(1, 2): right for 3-D inputs only", """
def scaled_dot_product_attention(query, key, value, blocked=None):
    scores = query @ key.transpose(1, 2) / math.sqrt(query.shape[-1])
    if blocked is not None:
        scores = scores.masked_fill(blocked, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    return weights @ value, weights
"""),
        ("softmax over the queries (dim=-2)", """
def scaled_dot_product_attention(query, key, value, blocked=None):
    scores = query @ key.transpose(-2, -1) / math.sqrt(query.shape[-1])
    if blocked is not None:
        scores = scores.masked_fill(blocked, float("-inf"))
    weights = torch.softmax(scores, dim=-2)
    return weights @ value, weights
"""),
        ("mask read the other way round (True = may attend)", """
def scaled_dot_product_attention(query, key, value, blocked=None):
    scores = query @ key.transpose(-2, -1) / math.sqrt(query.shape[-1])
    if blocked is not None:
        scores = scores.masked_fill(~blocked, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    return weights @ value, weights
"""),
    ],
    "ex5-multi-head-attention": [
        ("heads split on the wrong axis: reshape straight to (batch, heads, T, head_dim)",
         _multi_head(split="x.reshape(x.shape[0], self.num_heads, x.shape[1], head_dim)")),
        ("heads merged without transposing back", _multi_head(merge="heads.reshape(batch, length_q, width)")),
        ("scores divided by sqrt(embed_dim) instead of sqrt(head_dim)", _multi_head(scale="width")),
        ("attn_mask ignored", _multi_head(attn_mask="torch.zeros_like(scores, dtype=torch.bool)")),
        ("a per-row (batch, T_q, T_k) attn_mask not given a head axis", _multi_head(attn_mask="attn_mask")),
        ("projections taken in the wrong order: keys, queries, values", _multi_head().replace(
            "w_q, w_k, w_v = self.in_proj_weight.chunk(3)", "w_k, w_q, w_v = self.in_proj_weight.chunk(3)").replace(
            "b_q, b_k, b_v = self.in_proj_bias.chunk(3)", "b_k, b_q, b_v = self.in_proj_bias.chunk(3)")),
    ],
    "ex6-decoder-mask": [
        ("causal mask only: padded keys not blocked", """
def decoder_self_attention_mask(target_ids, pad_id):
    length = target_ids.shape[1]
    future = torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    return future.expand(len(target_ids), length, length)
"""),
        ("padding applied to the queries (rows) instead of the keys", """
def decoder_self_attention_mask(target_ids, pad_id):
    length = target_ids.shape[1]
    future = torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    return future | (target_ids == pad_id)[:, :, None]
"""),
        ("the diagonal blocked too: a position may not read itself", """
def decoder_self_attention_mask(target_ids, pad_id):
    length = target_ids.shape[1]
    future = torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=0)
    return future | (target_ids == pad_id)[:, None, :]
"""),
        ("padding id hard-coded as 0", """
def decoder_self_attention_mask(target_ids, pad_id):
    length = target_ids.shape[1]
    future = torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    return future | (target_ids == 0)[:, None, :]
"""),
        ("True where the query MAY read the key (the opposite convention)", """
def decoder_self_attention_mask(target_ids, pad_id):
    length = target_ids.shape[1]
    allowed = torch.tril(torch.ones(length, length, dtype=torch.bool))
    return allowed & (target_ids != pad_id)[:, None, :]
"""),
    ],
    "ex7-exact-match": [
        ("token accuracy instead of whole rows", """
def exact_match(predicted, target, eos_id):
    width = min(predicted.shape[1], target.shape[1])
    return float(np.mean(predicted[:, :width] == target[:, :width]))
"""),
        ("whole rows compared, tokens after eos_id included", """
def exact_match(predicted, target, eos_id):
    return float(np.mean(np.all(predicted == target, axis=1)))
"""),
        ("rows read like helpers.digit_tasks.decode: up to the first <eos> OR <pad>, eos_id ignored", """
def exact_match(predicted, target, eos_id):
    return float(np.mean([decode(guess) == decode(truth) for guess, truth in zip(predicted, target)]))
"""),
        ("the two arrays assumed to have the same width", """
def exact_match(predicted, target, eos_id):
    is_eos = predicted == eos_id
    after_eos = np.cumsum(is_eos, axis=1) - is_eos > 0
    cleaned = np.where(after_eos, target, predicted)
    return float(np.mean(np.all(cleaned == target, axis=1)))
"""),
    ],
    "ex8-beam-search": [
        ("greedy: every prefix keeps only its own best next token", """
def beam_search(log_prob_fn, bos_id, eos_id, beam_size, max_len, alpha=0.0):
    alive = np.full((1, 1), bos_id, dtype=np.int64)
    alive_scores = np.zeros(1)
    finished = []
    for _ in range(max_len):
        log_probs = np.asarray(log_prob_fn(alive))
        tokens = log_probs.argmax(axis=1)
        scores = alive_scores + log_probs[np.arange(len(alive)), tokens]
        extended = np.concatenate([alive, tokens[:, np.newaxis]], axis=1)
        ended = tokens == eos_id
        finished += [(sequence[1:], score) for sequence, score in zip(extended[ended], scores[ended])]
        alive, alive_scores = extended[~ended], scores[~ended]
        if len(alive) == 0:
            break
    finished += [(sequence[1:], score) for sequence, score in zip(alive, alive_scores)]
    tokens, score = max(finished, key=lambda pair: pair[1] / len(pair[0]) ** alpha)
    return tokens, float(score / len(tokens) ** alpha)
"""),
        ("candidates ranked by the new token's log-probability alone, the prefix's score forgotten",
         _beam(candidates="log_probs.ravel()")),
        ("bos_id kept in the returned tokens", _beam(keep="")),
        ("alpha ignored: no length normalisation", _beam(length="1", length_returned="1")),
        ("length counted with bos_id: len(tokens) + 1", _beam(length="(len(pair[0]) + 1)",
                                                               length_returned="(len(tokens) + 1)")),
    ],
}
