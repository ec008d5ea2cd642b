"""Plausible wrong answers for Chapter 8, by exercise grade_id: each must fail that exercise's tests.

Each entry is (what a student got wrong, the code they would write in the solution cell). The first
mutant of the last exercise fails a visible check, so the autograde round trip shows its hint.
"""

_LSTM = """
def lstm_cell(x, h, c, params):
    gates = (x @ params["weight_ih"].T + {bias_ih}
             + h @ params["weight_hh"].T + {bias_hh})
{split}
    c_new = {c_new}
    h_new = {h_new}
    return h_new, c_new
"""


def _lstm(split="    i, f, g, o = np.split(gates, 4, axis=-1)", c_new="sigmoid(f) * c + sigmoid(i) * np.tanh(g)",
          h_new="sigmoid(o) * np.tanh(c_new)", bias_ih='params["bias_ih"]', bias_hh='params["bias_hh"]'):
    return _LSTM.format(split=split, c_new=c_new, h_new=h_new, bias_ih=bias_ih, bias_hh=bias_hh)


_GRU = """
def gru_cell(x, h, params):
    from_input = x @ params["weight_ih"].T + params["bias_ih"]
    from_state = h @ params["weight_hh"].T + params["bias_hh"]
{split}
    r = sigmoid(input_r + state_r)
    z = sigmoid(input_z + state_z)
    n = {candidate}
    return {new_state}
"""


def _gru(split="    input_r, input_z, input_n = np.split(from_input, 3, axis=-1)\n"
               "    state_r, state_z, state_n = np.split(from_state, 3, axis=-1)",
         candidate="np.tanh(input_n + r * state_n)", new_state="(1.0 - z) * n + z * h"):
    return _GRU.format(split=split, candidate=candidate, new_state=new_state)


_JACOBIAN = """
def jacobian_norms(states, W_hh):
    T, H = states.shape
    norms = np.ones(T)
    product = np.eye(H)
    for t in range(T - 1, 0, -1):
        step = {step}
        product = {product}
        {store}
    return norms
"""


def _jacobian(step="(1.0 - states[t] ** 2)[:, None] * W_hh", product="product @ step",
              store="norms[t - 1] = np.linalg.norm(product, 2)"):
    return _JACOBIAN.format(step=step, product=product, store=store)


_GENERATE = """
def generate(step, state, token, n_steps, temperature, rng):
    chosen = []
    first = token
    initial = state
    for _ in range(n_steps):
        logits, new_state = step({fed_token}, {fed_state})
        state = new_state
        if temperature == 0:
            token = int(np.argmax(logits))
        else:
            scaled = {scaled}
            p = {unnormalised}
            p = p / {normaliser}
            token = int(rng.choice(len(p), p=p))
        chosen.append(token)
    return np.array({returned}, dtype=int)
"""


def _generate(fed_token="token", fed_state="state", scaled="logits / temperature",
              unnormalised="np.exp(scaled - scaled.max())", normaliser="p.sum()", returned="chosen"):
    return _GENERATE.format(fed_token=fed_token, fed_state=fed_state, scaled=scaled, unnormalised=unnormalised,
                            normaliser=normaliser, returned=returned)


MUTANTS = {
    "ex1-rnn-forward": [
        ("the second bias, bias_hh, forgotten", """
def rnn_forward(x, h0, params):
    h = h0
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ params["weight_ih"].T + params["bias_ih"] + h @ params["weight_hh"].T)
        states.append(h)
    return np.stack(states, axis=1)
"""),
        ("weight_hh not transposed", """
def rnn_forward(x, h0, params):
    h = h0
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ params["weight_ih"].T + params["bias_ih"] + h @ params["weight_hh"] + params["bias_hh"])
        states.append(h)
    return np.stack(states, axis=1)
"""),
        ("h0 ignored: every sequence starts from zeros", """
def rnn_forward(x, h0, params):
    h = np.zeros_like(h0)
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ params["weight_ih"].T + params["bias_ih"]
                    + h @ params["weight_hh"].T + params["bias_hh"])
        states.append(h)
    return np.stack(states, axis=1)
"""),
        ("only the last state returned", """
def rnn_forward(x, h0, params):
    h = h0
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ params["weight_ih"].T + params["bias_ih"]
                    + h @ params["weight_hh"].T + params["bias_hh"])
    return h
"""),
        ("states stacked on axis 0: (T, batch, H)", """
def rnn_forward(x, h0, params):
    h = h0
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ params["weight_ih"].T + params["bias_ih"]
                    + h @ params["weight_hh"].T + params["bias_hh"])
        states.append(h)
    return np.array(states)
"""),
        ("tanh applied to the input term only", """
def rnn_forward(x, h0, params):
    h = h0
    states = []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ params["weight_ih"].T + params["bias_ih"]) + h @ params["weight_hh"].T + params["bias_hh"]
        states.append(h)
    return np.stack(states, axis=1)
"""),
    ],
    "ex2-bidirectional": [
        ("backward states not reversed back into time order", """
def bidirectional_forward(x, run_forward, run_backward):
    return np.concatenate([run_forward(x), run_backward(x[:, ::-1])], axis=-1)
"""),
        ("the batch axis reversed instead of the time axis", """
def bidirectional_forward(x, run_forward, run_backward):
    return np.concatenate([run_forward(x), run_backward(x[::-1])[::-1]], axis=-1)
"""),
        ("the backward runner reads the sequence in its original order", """
def bidirectional_forward(x, run_forward, run_backward):
    return np.concatenate([run_forward(x), run_backward(x)], axis=-1)
"""),
        ("halves in the wrong order: backward states first", """
def bidirectional_forward(x, run_forward, run_backward):
    return np.concatenate([run_backward(x[:, ::-1])[:, ::-1], run_forward(x)], axis=-1)
"""),
        ("concatenated along the time axis", """
def bidirectional_forward(x, run_forward, run_backward):
    return np.concatenate([run_forward(x), run_backward(x[:, ::-1])[:, ::-1]], axis=1)
"""),
        ("assumes both directions have the same size: preallocates 2 * H_f", """
def bidirectional_forward(x, run_forward, run_backward):
    forward_states = run_forward(x)
    batch, T, H = forward_states.shape
    out = np.zeros((batch, T, 2 * H))
    out[..., :H] = forward_states
    out[..., H:] = run_backward(x[:, ::-1])[:, ::-1]
    return out
"""),
    ],
    "ex3-jacobian-norms": [
        ("Jacobians multiplied in the wrong order: the earliest on the left", _jacobian(product="step @ product")),
        ("W_hh transposed in the Jacobian", _jacobian(step="(1.0 - states[t] ** 2)[:, None] * W_hh.T")),
        ("tanh derivative on the wrong side: W_hh diag(1 - h^2)",
         _jacobian(step="W_hh * (1.0 - states[t] ** 2)[None, :]")),
        ("tanh derivative taken at the previous state h_{s-1}",
         _jacobian(step="(1.0 - states[t - 1] ** 2)[:, None] * W_hh")),
        ("tanh derivative forgotten: powers of W_hh", _jacobian(step="W_hh")),
        ("Frobenius norm instead of the spectral norm", _jacobian(store="norms[t - 1] = np.linalg.norm(product)")),
        ("norms stored one step too late", _jacobian(store="norms[t] = np.linalg.norm(product, 2)")),
    ],
    "ex4-lstm-cell": [
        ("no forget gate: the 1997 cell adds to c", _lstm(c_new="c + sigmoid(i) * np.tanh(g)")),
        ("gate order (i, f, o, g): candidate and output gate swapped",
         _lstm(split="    i, f, o, g = np.split(gates, 4, axis=-1)")),
        ("h_new from the old cell state", _lstm(h_new="sigmoid(o) * np.tanh(c)")),
        ("gates cut by reshaping to (4, batch, H): mixes the samples of a batch",
         _lstm(split="    i, f, g, o = gates.reshape(4, -1, h.shape[1])")),
        ("sigmoid on the candidate instead of tanh", _lstm(c_new="sigmoid(f) * c + sigmoid(i) * sigmoid(g)")),
        ("bias_hh forgotten", _lstm(bias_hh="0.0")),
        ("h_new without the tanh", _lstm(h_new="sigmoid(o) * c_new")),
    ],
    "ex5-gru-cell": [
        ("the paper's reset: before the product, W_hn (r * h) + b_hn", _gru(
            candidate='np.tanh(input_n + (r * h) @ np.split(params["weight_hh"], 3)[2].T '
                      '+ np.split(params["bias_hh"], 3)[2])')),
        ("b_hn outside the reset gate: r * (W_hn h) + b_hn", _gru(
            candidate='np.tanh(input_n + r * (state_n - np.split(params["bias_hh"], 3)[2]) '
                      '+ np.split(params["bias_hh"], 3)[2])')),
        ("z and 1 - z swapped", _gru(new_state="z * n + (1.0 - z) * h")),
        ("gates in the order (z, r, n)", _gru(
            split="    input_z, input_r, input_n = np.split(from_input, 3, axis=-1)\n"
                  "    state_z, state_r, state_n = np.split(from_state, 3, axis=-1)")),
        ("gates cut by reshaping to (3, batch, H): mixes the samples of a batch", _gru(
            split="    input_r, input_z, input_n = from_input.reshape(3, -1, h.shape[1])\n"
                  "    state_r, state_z, state_n = from_state.reshape(3, -1, h.shape[1])")),
        ("reset gate applied to the input part of the candidate too",
         _gru(candidate="np.tanh(r * (input_n + state_n))")),
    ],
    "ex6-latching-batch": [
        ("the label is the last token", """
def latching_batch(n, length, n_symbols, rng):
    tokens = rng.integers(0, n_symbols, size=(n, length))
    return np.eye(n_symbols, dtype=np.float32)[tokens], tokens[:, -1]
"""),
        ("one-hot in float64", """
def latching_batch(n, length, n_symbols, rng):
    tokens = rng.integers(0, n_symbols, size=(n, length))
    return np.eye(n_symbols)[tokens], tokens[:, 0]
"""),
        ("one-hot width from the drawn tokens, not from n_symbols", """
def latching_batch(n, length, n_symbols, rng):
    tokens = rng.integers(0, n_symbols, size=(n, length))
    return np.eye(tokens.max() + 1, dtype=np.float32)[tokens], tokens[:, 0]
"""),
        ("tokens drawn with shape (length, n)", """
def latching_batch(n, length, n_symbols, rng):
    tokens = rng.integers(0, n_symbols, size=(length, n))
    return np.eye(n_symbols, dtype=np.float32)[tokens], tokens[0]
"""),
        ("labels returned one-hot", """
def latching_batch(n, length, n_symbols, rng):
    tokens = rng.integers(0, n_symbols, size=(n, length))
    x = np.eye(n_symbols, dtype=np.float32)[tokens]
    return x, x[:, 0]
"""),
        ("labels drawn separately from the tokens", """
def latching_batch(n, length, n_symbols, rng):
    y = rng.integers(0, n_symbols, size=n)
    rest = rng.integers(0, n_symbols, size=(n, length - 1))
    tokens = np.concatenate([y[:, None], rest], axis=1)
    return np.eye(n_symbols, dtype=np.float32)[tokens], y
"""),
        ("the global NumPy generator instead of rng", """
def latching_batch(n, length, n_symbols, rng):
    tokens = np.random.randint(0, n_symbols, size=(n, length))
    return np.eye(n_symbols, dtype=np.float32)[tokens], tokens[:, 0]
"""),
    ],
    "ex7-generate": [
        ("the chosen token is not fed back: every step reads the first token", _generate(fed_token="first")),
        ("the state is not carried: every step starts from the initial state", _generate(fed_state="initial")),
        ("logits multiplied by the temperature instead of divided", _generate(scaled="logits * temperature")),
        ("softmax without subtracting the max", _generate(unnormalised="np.exp(scaled)")),
        ("the starting token included in the output", _generate(returned="[first] + chosen[:-1]")),
        ("normalised by the largest probability instead of the sum", _generate(normaliser="p.max()")),
        ("temperature 0 sampled like any other temperature", """
def generate(step, state, token, n_steps, temperature, rng):
    chosen = []
    for _ in range(n_steps):
        logits, state = step(token, state)
        scaled = logits / temperature
        p = np.exp(scaled - scaled.max())
        p = p / p.sum()
        token = int(rng.choice(len(p), p=p))
        chosen.append(token)
    return np.array(chosen, dtype=int)
"""),
    ],
}
