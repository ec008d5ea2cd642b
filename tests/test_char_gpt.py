"""helpers/char_gpt.py: the course's reference character GPT, its vocabulary, batches and training loop."""
import math

import pytest
import torch

from helpers.char_gpt import CharGPT, CharVocab, GPTConfig, evaluate_loss, get_batch, train_char_model

TEXT = "to be or not to be, that is the question.\n" * 20


def tiny_model(vocab, seed=0, block_size=16):
    torch.manual_seed(seed)
    return CharGPT(GPTConfig(vocab_size=vocab.size, block_size=block_size, n_layer=1, n_head=2, n_embd=16))


def test_vocab_round_trip_and_sorted_ids():
    vocab = CharVocab("banana!")
    assert vocab.chars == ["!", "a", "b", "n"] and vocab.size == 4
    ids = vocab.encode("nab!")
    assert ids.dtype == torch.long and ids.tolist() == [3, 1, 2, 0]
    assert vocab.decode(ids) == "nab!" and vocab.decode([2, 1]) == "ba"


def test_vocab_names_unknown_characters():
    with pytest.raises(ValueError, match="'xz'"):
        CharVocab("abc").encode("axbz")


def test_config_rejects_a_width_that_heads_do_not_divide():
    with pytest.raises(ValueError, match="multiple of n_head"):
        CharGPT(GPTConfig(vocab_size=5, n_embd=10, n_head=3))


def test_forward_shapes_and_initial_loss_near_uniform():
    vocab = CharVocab(TEXT)
    model = tiny_model(vocab)
    x, y = get_batch(vocab.encode(TEXT), 16, 4, torch.Generator().manual_seed(0))
    logits, loss = model(x, y)
    assert logits.shape == (4, 16, vocab.size)
    assert abs(loss.item() - math.log(vocab.size)) < 0.1     # N(0, 0.02) weights: nearly uniform predictions
    assert model(x)[1] is None


def test_attention_is_causal():
    vocab = CharVocab(TEXT)
    model = tiny_model(vocab).eval()
    x = vocab.encode(TEXT[:16])[None]
    changed = x.clone()
    changed[0, -1] = (changed[0, -1] + 1) % vocab.size
    with torch.no_grad():
        torch.testing.assert_close(model(x)[0][:, :-1], model(changed)[0][:, :-1])
        assert not torch.allclose(model(x)[0][:, -1], model(changed)[0][:, -1])


def test_a_context_longer_than_the_block_is_refused():
    vocab = CharVocab(TEXT)
    with pytest.raises(ValueError, match="block_size"):
        tiny_model(vocab)(vocab.encode(TEXT[:17])[None])


def test_batches_are_windows_and_their_shifted_targets():
    data = torch.arange(100)
    x, y = get_batch(data, 8, 5, torch.Generator().manual_seed(1))
    assert x.shape == y.shape == (5, 8)
    assert torch.equal(y, x + 1) and torch.equal(x[:, 1:], x[:, :-1] + 1)
    with pytest.raises(ValueError, match="longer than block_size"):
        get_batch(torch.arange(8), 8, 2)


def test_training_lowers_the_loss_and_leaves_frozen_weights_alone():
    vocab = CharVocab(TEXT)
    data = vocab.encode(TEXT)
    model = tiny_model(vocab)
    model.token_embedding.requires_grad_(False)
    frozen = model.token_embedding.weight.clone()
    before = evaluate_loss(model, data, batch_size=8, n_batches=2)
    losses = train_char_model(model, data, steps=50, batch_size=8, lr=1e-2)
    assert len(losses) == 50 and all(isinstance(loss, float) for loss in losses)
    assert evaluate_loss(model, data, batch_size=8, n_batches=2) < before - 0.5
    assert torch.equal(model.token_embedding.weight, frozen)


def test_training_needs_something_to_train():
    vocab = CharVocab(TEXT)
    model = tiny_model(vocab).requires_grad_(False)
    with pytest.raises(ValueError, match="no trainable"):
        train_char_model(model, vocab.encode(TEXT), steps=1)


def test_evaluation_is_repeatable_and_restores_the_mode():
    vocab = CharVocab(TEXT)
    model = tiny_model(vocab).train()
    data = vocab.encode(TEXT)
    assert evaluate_loss(model, data, n_batches=2) == evaluate_loss(model, data, n_batches=2)
    assert model.training


def test_generation_extends_the_context_reproducibly():
    vocab = CharVocab(TEXT)
    model = tiny_model(vocab, block_size=8).train()
    start = vocab.encode("to be")[None]
    first = model.generate(start, 20, generator=torch.Generator().manual_seed(3))
    again = model.generate(start, 20, generator=torch.Generator().manual_seed(3))
    assert first.shape == (1, 25) and torch.equal(first, again) and torch.equal(first[:, :5], start)
    assert model.training   # generate() switches to eval and back
