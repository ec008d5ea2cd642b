"""Plausible wrong answers for Chapter 11, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). The
Llama block's mutants share the given __init__ (_BLOCK) and differ in forward only.
"""

_BLOCK = '''
class LlamaBlock(nn.Module):
    def __init__(self, hidden_size, intermediate_size, n_heads, n_kv_heads, eps=1e-6):
        super().__init__()
        self.n_heads, self.n_kv_heads, self.head_dim = n_heads, n_kv_heads, hidden_size // n_heads
        self.input_layernorm = nn.RMSNorm(hidden_size, eps=eps)
        self.self_attn = nn.Module()
        self.self_attn.q_proj = nn.Linear(hidden_size, n_heads * self.head_dim, bias=False)
        self.self_attn.k_proj = nn.Linear(hidden_size, n_kv_heads * self.head_dim, bias=False)
        self.self_attn.v_proj = nn.Linear(hidden_size, n_kv_heads * self.head_dim, bias=False)
        self.self_attn.o_proj = nn.Linear(n_heads * self.head_dim, hidden_size, bias=False)
        self.post_attention_layernorm = nn.RMSNorm(hidden_size, eps=eps)
        self.mlp = nn.Module()
        self.mlp.gate_proj = nn.Linear(hidden_size, intermediate_size, bias=False)
        self.mlp.up_proj = nn.Linear(hidden_size, intermediate_size, bias=False)
        self.mlp.down_proj = nn.Linear(intermediate_size, hidden_size, bias=False)

    def forward(self, x, cos, sin):
        batch, n_time, _ = x.shape
        a = self.self_attn
        h = self.input_layernorm(x)
        q = a.q_proj(h).view(batch, n_time, -1, self.head_dim).transpose(1, 2)
        k = a.k_proj(h).view(batch, n_time, -1, self.head_dim).transpose(1, 2)
        v = a.v_proj(h).view(batch, n_time, -1, self.head_dim).transpose(1, 2)
{attention}
        x = {residual} + a.o_proj(y.transpose(1, 2).reshape(batch, n_time, -1))
        h = self.{second_norm}(x)
        return x + self.mlp.down_proj(F.silu(self.mlp.gate_proj(h)) * self.mlp.up_proj(h))
'''

_ROPE_AND_GQA = '''        q, k = apply_rotary_pos_emb(q, k, cos, sin)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)'''


_TILED = '''        q, k = apply_rotary_pos_emb(q, k, cos, sin)
        group = self.n_heads // self.n_kv_heads
        k, v = k.repeat(1, group, 1, 1), v.repeat(1, group, 1, 1)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)'''

_NO_ROPE = '''        y = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)'''


def _block(attention=_ROPE_AND_GQA, residual="x", second_norm="post_attention_layernorm"):
    return _BLOCK.format(attention=attention, residual=residual, second_norm=second_norm)


MUTANTS = {
    "ex1-causal-attention": [
        ("future weights zeroed after the softmax, rows not renormalised", """
def causal_self_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(d), dim=-1)
    weights = weights * torch.tril(torch.ones(T, T))
    return weights @ v
"""),
        ("scores not scaled by sqrt(head_dim)", """
def causal_self_attention(q, k, v):
    T = q.shape[-2]
    scores = q @ k.transpose(-2, -1)
    scores = scores.masked_fill(torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1), float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
"""),
        ("scaled by head_dim instead of its square root", """
def causal_self_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    scores = q @ k.transpose(-2, -1) / d
    scores = scores.masked_fill(torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1), float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
"""),
        ("the diagonal masked too: a token may not read itself", """
def causal_self_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    scores = scores.masked_fill(torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=0), float("-inf"))
    return torch.softmax(scores, dim=-1) @ v
"""),
        ("softmax over the queries (dim=-2)", """
def causal_self_attention(q, k, v):
    T, d = q.shape[-2], q.shape[-1]
    scores = q @ k.transpose(-2, -1) / math.sqrt(d)
    scores = scores.masked_fill(torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1), float("-inf"))
    return torch.softmax(scores, dim=-2) @ v
"""),
    ],
    "ex2-lr-schedule": [
        ("warm-up starts at 0: max_lr * step / warmup_steps", """
def learning_rate(step, max_lr, min_lr, warmup_steps, max_steps):
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    if step > max_steps:
        return min_lr
    ratio = (step - warmup_steps) / (max_steps - warmup_steps)
    return min_lr + 0.5 * (1.0 + math.cos(math.pi * ratio)) * (max_lr - min_lr)
"""),
        ("decay measured from step 0, not from the end of warm-up", """
def learning_rate(step, max_lr, min_lr, warmup_steps, max_steps):
    if step < warmup_steps:
        return max_lr * (step + 1) / warmup_steps
    if step > max_steps:
        return min_lr
    ratio = step / max_steps
    return min_lr + 0.5 * (1.0 + math.cos(math.pi * ratio)) * (max_lr - min_lr)
"""),
        ("min_lr forgotten: the cosine decays to 0", """
def learning_rate(step, max_lr, min_lr, warmup_steps, max_steps):
    if step < warmup_steps:
        return max_lr * (step + 1) / warmup_steps
    if step > max_steps:
        return min_lr
    ratio = (step - warmup_steps) / (max_steps - warmup_steps)
    return 0.5 * (1.0 + math.cos(math.pi * ratio)) * max_lr
"""),
        ("linear decay instead of cosine (same midpoint)", """
def learning_rate(step, max_lr, min_lr, warmup_steps, max_steps):
    if step < warmup_steps:
        return max_lr * (step + 1) / warmup_steps
    if step > max_steps:
        return min_lr
    ratio = (step - warmup_steps) / (max_steps - warmup_steps)
    return max_lr - ratio * (max_lr - min_lr)
"""),
        ("no floor after max_steps: the cosine rises again", """
def learning_rate(step, max_lr, min_lr, warmup_steps, max_steps):
    if step < warmup_steps:
        return max_lr * (step + 1) / warmup_steps
    ratio = (step - warmup_steps) / (max_steps - warmup_steps)
    return min_lr + 0.5 * (1.0 + math.cos(math.pi * ratio)) * (max_lr - min_lr)
"""),
    ],
    "ex3-sampling-probabilities": [
        ("logits multiplied by the temperature", """
def sampling_probabilities(logits, temperature=1.0, top_k=None):
    scaled = logits * temperature
    if top_k is not None:
        kth = torch.topk(scaled, min(top_k, scaled.shape[-1]), dim=-1).values[..., -1:]
        scaled = scaled.masked_fill(scaled < kth, float("-inf"))
    return torch.softmax(scaled, dim=-1)
"""),
        ("top-k keeps the k smallest logits", """
def sampling_probabilities(logits, temperature=1.0, top_k=None):
    scaled = logits / temperature
    if top_k is not None:
        kth = torch.topk(scaled, min(top_k, scaled.shape[-1]), dim=-1, largest=False).values[..., -1:]
        scaled = scaled.masked_fill(scaled > kth, float("-inf"))
    return torch.softmax(scaled, dim=-1)
"""),
        ("softmax first, then the tail zeroed without renormalising", """
def sampling_probabilities(logits, temperature=1.0, top_k=None):
    probs = torch.softmax(logits / temperature, dim=-1)
    if top_k is not None:
        kth = torch.topk(probs, min(top_k, probs.shape[-1]), dim=-1).values[..., -1:]
        probs = probs.masked_fill(probs < kth, 0.0)
    return probs
"""),
        ("exp without subtracting the maximum: overflows at low temperature", """
def sampling_probabilities(logits, temperature=1.0, top_k=None):
    weights = torch.exp(logits / temperature)
    if top_k is not None:
        kth = torch.topk(logits, min(top_k, logits.shape[-1]), dim=-1).values[..., -1:]
        weights = weights * (logits >= kth)
    return weights / weights.sum(dim=-1, keepdim=True)
"""),
        ("logits masked in place: the caller's tensor changes", """
def sampling_probabilities(logits, temperature=1.0, top_k=None):
    if top_k is not None:
        kth = torch.topk(logits, min(top_k, logits.shape[-1]), dim=-1).values[..., -1:]
        logits[logits < kth] = float("-inf")
    return torch.softmax(logits / temperature, dim=-1)
"""),
        ("top_k larger than the vocabulary not handled", """
def sampling_probabilities(logits, temperature=1.0, top_k=None):
    scaled = logits / temperature
    if top_k is not None:
        kth = torch.topk(scaled, top_k, dim=-1).values[..., -1:]
        scaled = scaled.masked_fill(scaled < kth, float("-inf"))
    return torch.softmax(scaled, dim=-1)
"""),
    ],
    "ex4-rms-norm": [
        ("LayerNorm: the mean subtracted first", """
def rms_norm(x, weight, eps=1e-6):
    centred = x - x.mean(dim=-1, keepdim=True)
    return centred / torch.sqrt(centred.pow(2).mean(dim=-1, keepdim=True) + eps) * weight
"""),
        ("eps added outside the square root", """
def rms_norm(x, weight, eps=1e-6):
    return x / (torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True)) + eps) * weight
"""),
        ("mean over the batch axis (dim=0)", """
def rms_norm(x, weight, eps=1e-6):
    return x / torch.sqrt(x.pow(2).mean(dim=0, keepdim=True) + eps) * weight
"""),
        ("gain forgotten", """
def rms_norm(x, weight, eps=1e-6):
    return x / torch.sqrt(x.pow(2).mean(dim=-1, keepdim=True) + eps)
"""),
        ("sum of squares instead of their mean", """
def rms_norm(x, weight, eps=1e-6):
    return x / torch.sqrt(x.pow(2).sum(dim=-1, keepdim=True) + eps) * weight
"""),
    ],
    "ex5-rope": [
        ("the paper's adjacent pairs (2i, 2i+1) instead of (i, i + d/2)", """
def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float32) / d)
    angles = positions.to(torch.float32)[:, None] * inv_freq[None, :]
    cos, sin = angles.cos().to(x.dtype), angles.sin().to(x.dtype)
    even, odd = x[..., 0::2], x[..., 1::2]
    return torch.stack([even * cos - odd * sin, odd * cos + even * sin], dim=-1).flatten(-2)
"""),
        ("rotate_half with the sign on the wrong half: turns backwards", """
def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float32) / d)
    angles = positions.to(torch.float32)[:, None] * inv_freq[None, :]
    angles = torch.cat([angles, angles], dim=-1)
    first, second = x[..., : d // 2], x[..., d // 2:]
    return x * angles.cos().to(x.dtype) + torch.cat([second, -first], dim=-1) * angles.sin().to(x.dtype)
"""),
        ("positions ignored: always 0, 1, 2, ...", """
def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float32) / d)
    angles = torch.arange(x.shape[-2], dtype=torch.float32)[:, None] * inv_freq[None, :]
    angles = torch.cat([angles, angles], dim=-1)
    first, second = x[..., : d // 2], x[..., d // 2:]
    return x * angles.cos().to(x.dtype) + torch.cat([-second, first], dim=-1) * angles.sin().to(x.dtype)
"""),
        ("frequency exponent i/d instead of 2i/d", """
def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = 1.0 / base ** (torch.arange(0, d // 2, dtype=torch.float32) / d)
    angles = positions.to(torch.float32)[:, None] * inv_freq[None, :]
    angles = torch.cat([angles, angles], dim=-1)
    first, second = x[..., : d // 2], x[..., d // 2:]
    return x * angles.cos().to(x.dtype) + torch.cat([-second, first], dim=-1) * angles.sin().to(x.dtype)
"""),
        ("cos and sin swapped", """
def rope(x, positions, base=10000.0):
    d = x.shape[-1]
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float32) / d)
    angles = positions.to(torch.float32)[:, None] * inv_freq[None, :]
    angles = torch.cat([angles, angles], dim=-1)
    first, second = x[..., : d // 2], x[..., d // 2:]
    return x * angles.sin().to(x.dtype) + torch.cat([-second, first], dim=-1) * angles.cos().to(x.dtype)
"""),
    ],
    "ex6-swiglu": [
        ("gate and up swapped: SiLU on the up projection", """
def swiglu_mlp(x, w_gate, w_up, w_down):
    return (F.silu(x @ w_up.T) * (x @ w_gate.T)) @ w_down.T
"""),
        ("sigmoid gate instead of SiLU (GLU, not SwiGLU)", """
def swiglu_mlp(x, w_gate, w_up, w_down):
    return (torch.sigmoid(x @ w_gate.T) * (x @ w_up.T)) @ w_down.T
"""),
        ("ReLU gate", """
def swiglu_mlp(x, w_gate, w_up, w_down):
    return (F.relu(x @ w_gate.T) * (x @ w_up.T)) @ w_down.T
"""),
        ("weights not transposed", """
def swiglu_mlp(x, w_gate, w_up, w_down):
    return (F.silu(x @ w_gate) * (x @ w_up)) @ w_down
"""),
        ("SiLU applied after the product", """
def swiglu_mlp(x, w_gate, w_up, w_down):
    return F.silu((x @ w_gate.T) * (x @ w_up.T)) @ w_down.T
"""),
    ],
    "ex7-grouped-query-attention": [
        ("key/value heads tiled with repeat: head h reads h % G", """
def grouped_query_attention(q, k, v):
    group = q.shape[1] // k.shape[1]
    return F.scaled_dot_product_attention(q, k.repeat(1, group, 1, 1), v.repeat(1, group, 1, 1), is_causal=True)
"""),
        ("causal mask forgotten", """
def grouped_query_attention(q, k, v):
    group = q.shape[1] // k.shape[1]
    return F.scaled_dot_product_attention(q, k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1))
"""),
        ("group size inverted: G // H", """
def grouped_query_attention(q, k, v):
    group = k.shape[1] // q.shape[1]
    k, v = k.repeat_interleave(group, dim=1), v.repeat_interleave(group, dim=1)
    return F.scaled_dot_product_attention(q, k, v, is_causal=True)
"""),
        ("every query head reads key/value head 0", """
def grouped_query_attention(q, k, v):
    shape = (q.shape[0], q.shape[1], k.shape[2], k.shape[3])
    return F.scaled_dot_product_attention(q, k[:, :1].expand(shape), v[:, :1].expand(shape), is_causal=True)
"""),
    ],
    "ex8-llama-block": [
        ("key/value heads tiled with repeat instead of repeat_interleave", _block(attention=_TILED)),
        ("rotary embedding forgotten", _block(attention=_NO_ROPE)),
        ("attention not causal", _block(attention='''        q, k = apply_rotary_pos_emb(q, k, cos, sin)
        y = F.scaled_dot_product_attention(q, k, v, enable_gqa=True)''')),
        ("the residual adds the normalised input instead of x", _block(residual="h")),
        ("input_layernorm used before the MLP too", _block(second_norm="input_layernorm")),
        ("heads split without the transpose: (batch, heads, time, d) read as (batch, time, heads, d)", _block(
            attention='''        q = a.q_proj(h).view(batch, -1, n_time, self.head_dim)
        k = a.k_proj(h).view(batch, -1, n_time, self.head_dim)
        v = a.v_proj(h).view(batch, -1, n_time, self.head_dim)
        q, k = apply_rotary_pos_emb(q, k, cos, sin)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)''')),
    ],
    "ex9-kv-cache": [
        ("is_causal=True: the triangle starts top-left, so a new token reads only key 0", """
def attention_with_cache(q, k_new, v_new, past_k, past_v):
    k_all = torch.cat([past_k, k_new], dim=2)
    v_all = torch.cat([past_v, v_new], dim=2)
    return F.scaled_dot_product_attention(q, k_all, v_all, is_causal=True, enable_gqa=True), k_all, v_all
"""),
        ("causal only while the cache is empty, no mask afterwards", """
def attention_with_cache(q, k_new, v_new, past_k, past_v):
    k_all = torch.cat([past_k, k_new], dim=2)
    v_all = torch.cat([past_v, v_new], dim=2)
    causal = past_k.shape[2] == 0
    return F.scaled_dot_product_attention(q, k_all, v_all, is_causal=causal, enable_gqa=True), k_all, v_all
"""),
        ("key/value heads tiled with repeat for grouped queries", """
def attention_with_cache(q, k_new, v_new, past_k, past_v):
    k_all = torch.cat([past_k, k_new], dim=2)
    v_all = torch.cat([past_v, v_new], dim=2)
    n_past, n_new = past_k.shape[2], q.shape[2]
    allowed = torch.ones(n_new, n_past + n_new, dtype=torch.bool).tril(diagonal=n_past)
    group = q.shape[1] // k_all.shape[1]
    out = F.scaled_dot_product_attention(q, k_all.repeat(1, group, 1, 1), v_all.repeat(1, group, 1, 1),
                                         attn_mask=allowed)
    return out, k_all, v_all
"""),
        ("new keys and values put before the cached ones", """
def attention_with_cache(q, k_new, v_new, past_k, past_v):
    k_all = torch.cat([k_new, past_k], dim=2)
    v_all = torch.cat([v_new, past_v], dim=2)
    n_past, n_new = past_k.shape[2], q.shape[2]
    allowed = torch.ones(n_new, n_past + n_new, dtype=torch.bool).tril(diagonal=n_past)
    out = F.scaled_dot_product_attention(q, k_all, v_all, attn_mask=allowed, enable_gqa=True)
    return out, k_all, v_all
"""),
        ("the cache returned unchanged", """
def attention_with_cache(q, k_new, v_new, past_k, past_v):
    k_all = torch.cat([past_k, k_new], dim=2)
    v_all = torch.cat([past_v, v_new], dim=2)
    n_past, n_new = past_k.shape[2], q.shape[2]
    allowed = torch.ones(n_new, n_past + n_new, dtype=torch.bool).tril(diagonal=n_past)
    out = F.scaled_dot_product_attention(q, k_all, v_all, attn_mask=allowed, enable_gqa=True)
    return out, past_k, past_v
"""),
    ],
}
