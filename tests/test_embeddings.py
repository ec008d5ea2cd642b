"""helpers/embeddings.py: all-MiniLM-L6-v2 extracted from its package and used offline."""
import numpy as np
import pytest
import torch

from helpers.datasets import load_registry, packaged_file
from helpers.embeddings import DIMENSION, embed, mean_pool, model_dir


def test_registry_entry_names_the_package_and_its_zip():
    entry = load_registry()["minilm-embedder"]
    assert entry["package"] == "all_minilm_l6_v2" and list(entry["files"]) == ["model.zip"]
    assert packaged_file("minilm-embedder").name == "model.zip"


def test_mean_pool_averages_real_tokens_only():
    vectors = torch.tensor([[[1.0, 2.0], [3.0, 4.0], [100.0, 100.0]],
                            [[5.0, 6.0], [7.0, 8.0], [9.0, 10.0]]])      # (batch=2, tokens=3, dim=2)
    mask = torch.tensor([[1, 1, 0], [1, 1, 1]])
    torch.testing.assert_close(mean_pool(vectors, mask), torch.tensor([[2.0, 3.0], [7.0, 8.0]]))


def test_the_model_is_extracted_once(tmp_path):
    folder = model_dir(tmp_path)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "1_Pooling/config.json"):
        assert (folder / name).exists(), name
    stamp = (folder / "config.json").stat().st_mtime_ns
    assert model_dir(tmp_path) == folder and (folder / "config.json").stat().st_mtime_ns == stamp


def test_embeddings_are_unit_vectors_that_match_meaning():
    vectors = embed(["A cat sat on the mat.", "A kitten rested on the rug.", "Interest rates rose again."])
    assert vectors.shape == (3, DIMENSION) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > 0.4 > similarity[0, 2]


def test_batching_does_not_change_embeddings():
    texts = ["short", "a somewhat longer sentence with more words in it", "medium length text"]
    np.testing.assert_allclose(embed(texts, batch_size=1), embed(texts, batch_size=3), atol=1e-5)


def test_edge_cases():
    assert embed([]).shape == (0, DIMENSION)
    with pytest.raises(TypeError, match="list"):
        embed("a single string")
