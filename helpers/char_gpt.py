"""The course's reference character-level GPT: a compact, nanoGPT-style decoder-only Transformer.

Chapter 11 has students write their own GPT; this module is the same architecture, written once,
so that later chapters (Chapter 12 adapts it with LoRA) can pretrain and reuse a model without
copying notebook cells. It follows Karpathy's nanoGPT (after Radford et al., *Language Models are
Unsupervised Multitask Learners*, 2019): token and position embeddings, pre-norm blocks of causal
multi-head self-attention and a GELU MLP, each wrapped in a residual connection, a final LayerNorm,
and a linear head over the characters.

    >>> vocab = CharVocab(text)
    >>> data = vocab.encode(text)                                   # (n,) int64
    >>> model = CharGPT(GPTConfig(vocab_size=vocab.size))
    >>> losses = train_char_model(model, data, steps=500)
    >>> print(vocab.decode(model.generate(vocab.encode("ROMEO:")[None], 200)[0]))

Attention's query, key and value are three separate nn.Linear layers (nanoGPT fuses them into one)
so that each can be adapted on its own, as Hu et al. do in *LoRA* (2021).
"""
import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from helpers.progress import progress


class CharVocab:
    """The characters of a text, each given an integer id (sorted, so the ids do not depend on order)."""

    def __init__(self, text):
        self.chars = sorted(set(text))
        self.index = {char: i for i, char in enumerate(self.chars)}

    @property
    def size(self):
        return len(self.chars)

    def encode(self, text):
        """The ids of `text`'s characters as an int64 tensor of shape (len(text),)."""
        unknown = sorted(set(text) - self.index.keys())
        if unknown:
            raise ValueError(f"characters not in the vocabulary: {''.join(unknown)!r}")
        return torch.tensor([self.index[char] for char in text], dtype=torch.long)

    def decode(self, ids):
        """The text of a sequence of ids (a list or a 1-D tensor)."""
        return "".join(self.chars[int(i)] for i in ids)


@dataclass(frozen=True)
class GPTConfig:
    vocab_size: int
    block_size: int = 64     # the longest context the model sees (positions 0 .. block_size - 1)
    n_layer: int = 2
    n_head: int = 4
    n_embd: int = 64         # the width of the residual stream; n_embd % n_head == 0


class CausalSelfAttention(nn.Module):
    """Multi-head self-attention in which position t attends to positions 0..t only."""

    def __init__(self, config):
        super().__init__()
        if config.n_embd % config.n_head:
            raise ValueError(f"n_embd={config.n_embd} is not a multiple of n_head={config.n_head}")
        self.n_head = config.n_head
        self.query = nn.Linear(config.n_embd, config.n_embd)
        self.key = nn.Linear(config.n_embd, config.n_embd)
        self.value = nn.Linear(config.n_embd, config.n_embd)
        self.proj = nn.Linear(config.n_embd, config.n_embd)
        mask = torch.tril(torch.ones(config.block_size, config.block_size, dtype=torch.bool))
        self.register_buffer("mask", mask, persistent=False)          # (block, block), True = may attend

    def forward(self, x):                                             # x (batch, time, n_embd)
        batch, time, width = x.shape
        head_dim = width // self.n_head

        def heads(t):                                                 # (batch, time, n_embd) ->
            return t.view(batch, time, self.n_head, head_dim).transpose(1, 2)   # (batch, heads, time, head_dim)

        q, k, v = heads(self.query(x)), heads(self.key(x)), heads(self.value(x))
        scores = q @ k.transpose(-2, -1) / math.sqrt(head_dim)        # (batch, heads, time, time)
        scores = scores.masked_fill(~self.mask[:time, :time], float("-inf"))
        weights = torch.softmax(scores, dim=-1)                       # (batch, heads, time, time)
        out = weights @ v                                             # (batch, heads, time, head_dim)
        out = out.transpose(1, 2).reshape(batch, time, width)         # (batch, time, n_embd)
        return self.proj(out)


class MLP(nn.Module):
    """The position-wise feed-forward network: widen 4x, GELU, project back."""

    def __init__(self, config):
        super().__init__()
        self.fc = nn.Linear(config.n_embd, 4 * config.n_embd)
        self.proj = nn.Linear(4 * config.n_embd, config.n_embd)

    def forward(self, x):                                             # (batch, time, n_embd)
        return self.proj(F.gelu(self.fc(x)))                          # (batch, time, 4 n_embd) -> (..., n_embd)


class Block(nn.Module):
    """x + attention(LayerNorm(x)), then x + MLP(LayerNorm(x)): a pre-norm Transformer block."""

    def __init__(self, config):
        super().__init__()
        self.ln1 = nn.LayerNorm(config.n_embd)
        self.attn = CausalSelfAttention(config)
        self.ln2 = nn.LayerNorm(config.n_embd)
        self.mlp = MLP(config)

    def forward(self, x):                                             # (batch, time, n_embd)
        x = x + self.attn(self.ln1(x))
        return x + self.mlp(self.ln2(x))


class CharGPT(nn.Module):
    """A decoder-only Transformer over characters: ids (batch, time) -> next-character logits."""

    def __init__(self, config):
        super().__init__()
        self.config = config
        self.token_embedding = nn.Embedding(config.vocab_size, config.n_embd)
        self.position_embedding = nn.Embedding(config.block_size, config.n_embd)
        self.blocks = nn.ModuleList(Block(config) for _ in range(config.n_layer))
        self.ln_f = nn.LayerNorm(config.n_embd)
        self.head = nn.Linear(config.n_embd, config.vocab_size)
        self.apply(self._init_weights)

    @staticmethod
    def _init_weights(module):
        # GPT-2's initialisation: N(0, 0.02) weights, zero biases
        if isinstance(module, (nn.Linear, nn.Embedding)):
            nn.init.normal_(module.weight, mean=0.0, std=0.02)
        if isinstance(module, nn.Linear) and module.bias is not None:
            nn.init.zeros_(module.bias)

    def forward(self, idx, targets=None):
        """Logits (batch, time, vocab) and, if `targets` (batch, time) is given, the mean cross-entropy."""
        batch, time = idx.shape
        if time > self.config.block_size:
            raise ValueError(f"a context of {time} characters is longer than block_size={self.config.block_size}")
        positions = torch.arange(time, device=idx.device)                      # (time,)
        x = self.token_embedding(idx) + self.position_embedding(positions)     # (batch, time, n_embd)
        for block in self.blocks:
            x = block(x)                                                       # (batch, time, n_embd)
        logits = self.head(self.ln_f(x))                                       # (batch, time, vocab)
        if targets is None:
            return logits, None
        loss = F.cross_entropy(logits.reshape(batch * time, -1), targets.reshape(batch * time))
        return logits, loss

    @torch.no_grad()
    def generate(self, idx, max_new_tokens, temperature=1.0, generator=None):
        """Extend idx (batch, time) by `max_new_tokens` sampled characters; returns (batch, time + new)."""
        was_training = self.training
        self.eval()
        for _ in range(max_new_tokens):
            context = idx[:, -self.config.block_size:]                         # (batch, <= block)
            logits, _ = self(context)
            probs = torch.softmax(logits[:, -1] / temperature, dim=-1)        # (batch, vocab)
            next_id = torch.multinomial(probs, num_samples=1, generator=generator)  # (batch, 1)
            idx = torch.cat([idx, next_id], dim=1)
        self.train(was_training)
        return idx


def get_batch(data, block_size, batch_size, generator=None):
    """Random windows of `data` (n,): inputs x and targets y = x shifted by one, each (batch, block)."""
    if len(data) <= block_size:
        raise ValueError(f"the text ({len(data)} characters) must be longer than block_size={block_size}")
    starts = torch.randint(len(data) - block_size, (batch_size,), generator=generator)   # (batch,)
    offsets = torch.arange(block_size)                                                   # (block,)
    x = data[starts[:, None] + offsets]                                                  # (batch, block)
    y = data[starts[:, None] + offsets + 1]                                              # (batch, block)
    return x, y


@torch.no_grad()
def evaluate_loss(model, data, batch_size=64, n_batches=10, seed=0):
    """Mean next-character cross-entropy (nats) of `model` on `n_batches` fixed random windows of `data`."""
    was_training = model.training
    model.eval()
    generator = torch.Generator().manual_seed(seed)
    losses = [model(*get_batch(data, model.config.block_size, batch_size, generator))[1].item()
              for _ in range(n_batches)]
    model.train(was_training)
    return sum(losses) / len(losses)


def train_char_model(model, data, steps, batch_size=32, lr=3e-3, seed=0, desc="training"):
    """Train the parameters of `model` that require gradients with AdamW on random windows of `data`.

    Frozen parameters (requires_grad False) stay as they are, so the same function pretrains a model
    and fine-tunes an adapter. Returns the training loss of every step (a list of floats).
    """
    trainable = [p for p in model.parameters() if p.requires_grad]
    if not trainable:
        raise ValueError("the model has no trainable parameters")
    optimizer = torch.optim.AdamW(trainable, lr=lr, weight_decay=0.0)
    generator = torch.Generator().manual_seed(seed)
    model.train()
    losses = []
    for _ in progress(range(steps), desc=desc):
        x, y = get_batch(data, model.config.block_size, batch_size, generator)
        _, loss = model(x, y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses
