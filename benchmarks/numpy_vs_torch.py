"""Time the course's own NumPy layers against PyTorch on the CPU (numbers for the notes; not a test).

    python benchmarks/numpy_vs_torch.py [conv] [attention] [--repeats N] [--number N]

conv       Day 5's im2col convolution, forward + backward (dx, dW, db), batch 64 of 1x28x28, 8 filters
           of 3x3, float32, against torch.nn.functional.conv2d + autograd. Target: ratio <= 1.5.
attention  Day 7's scaled dot-product attention, forward, batch 8, 4 heads, 128 tokens, head size 32,
           float32, without and with a causal mask, against torch.nn.functional.scaled_dot_product_attention.
           Target: ratio <= 2.

The NumPy side is the reference solution itself: the source of the named solution cells of
solutions/<id>/<id>.ipynb is executed in a namespace holding only NumPy, so the script always
times what the notebook teaches. Both sides must agree before they are timed. PyTorch keeps its
default number of threads. Each time is the best of `--repeats` runs of `--number` calls, the two
sides taking turns so that a busy moment of the machine slows both alike. Ratio = NumPy / PyTorch.
"""
import argparse
import timeit
from pathlib import Path

import nbformat
import numpy as np
import torch
import torch.nn.functional as F

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


def load_solution(assignment, grade_ids):
    """The namespace left by executing the solution cells `grade_ids` of `assignment`, with only `np` in scope."""
    path = SOLUTIONS / assignment / f"{assignment}.ipynb"
    cells = {cell.metadata.get("nbgrader", {}).get("grade_id"): cell.source
             for cell in nbformat.read(path, as_version=4).cells}
    namespace = {"np": np}
    for grade_id in grade_ids:
        if grade_id not in cells:
            raise LookupError(f"{path} has no cell with grade_id {grade_id!r}")
        exec(compile(cells[grade_id], f"{path.name}[{grade_id}]", "exec"), namespace)
    return namespace


def best_of_alternating(numpy_call, torch_call, repeats, number):
    """(NumPy seconds, PyTorch seconds) per call: the best run of each, the two timed in turn."""
    numpy_s = torch_s = float("inf")
    for _ in range(repeats):
        numpy_s = min(numpy_s, timeit.timeit(numpy_call, number=number) / number)
        torch_s = min(torch_s, timeit.timeit(torch_call, number=number) / number)
    return numpy_s, torch_s


def report(label, numpy_s, torch_s, target):
    print(f"{label:<40} NumPy {numpy_s * 1e3:7.3f} ms   PyTorch {torch_s * 1e3:7.3f} ms   "
          f"ratio {numpy_s / torch_s:5.2f} (target <= {target})")


def conv(repeats, number):
    solution = load_solution("day05-cnn", ("ex2-im2col", "ex3-conv2d-im2col", "ex4-conv2d-backward"))
    conv2d_im2col, conv2d_backward = solution["conv2d_im2col"], solution["conv2d_backward"]
    rng = np.random.default_rng(0)
    x = rng.normal(size=(64, 1, 28, 28)).astype(np.float32)          # (N, C, H, W)
    weight = rng.normal(size=(8, 1, 3, 3)).astype(np.float32)        # (F, C, kh, kw)
    bias = rng.normal(size=8).astype(np.float32)                     # (F,)
    dout = rng.normal(size=(64, 8, 26, 26)).astype(np.float32)       # (N, F, H - 2, W - 2)

    def numpy_step():
        _, cache = conv2d_im2col(x, weight, bias)
        return conv2d_backward(dout, cache)                           # dx, dW, db

    x_t, weight_t, bias_t = (torch.tensor(a, requires_grad=True) for a in (x, weight, bias))
    dout_t = torch.from_numpy(dout)

    def torch_step():
        return torch.autograd.grad(F.conv2d(x_t, weight_t, bias_t), (x_t, weight_t, bias_t), dout_t)

    for name, mine, theirs in zip(("dx", "dW", "db"), numpy_step(), torch_step(), strict=True):
        if not np.allclose(mine, theirs.numpy(), rtol=1e-3, atol=1e-3):
            raise SystemExit(f"conv: {name} differs between the notebook's solution and PyTorch")
    report("conv 3x3 x8, batch 64, forward+backward", *best_of_alternating(numpy_step, torch_step, repeats, number),
           target=1.5)


def attention(repeats, number):
    attend = load_solution("day07-attention", ("ex2-scaled-dot-product-attention",))["scaled_dot_product_attention"]
    rng = np.random.default_rng(0)
    q, k, v = (rng.standard_normal((8, 4, 128, 32), dtype=np.float32) for _ in range(3))  # (batch, heads, T, d)
    causal = np.tril(np.ones((128, 128), dtype=bool))                                       # (T, T)
    tq, tk, tv, tcausal = (torch.from_numpy(a) for a in (q, k, v, causal))
    sdpa = F.scaled_dot_product_attention
    for label, numpy_call, torch_call in (
            ("attention 8x4x128x32, no mask", lambda: attend(q, k, v), lambda: sdpa(tq, tk, tv)),
            ("attention 8x4x128x32, causal mask", lambda: attend(q, k, v, causal),
             lambda: sdpa(tq, tk, tv, attn_mask=tcausal))):
        output, weights = numpy_call()
        if output.dtype != np.float32 or weights.dtype != np.float32:
            raise SystemExit(f"attention: the NumPy solution returned {output.dtype} / {weights.dtype}, not float32")
        error = np.abs(output - torch_call().numpy()).max()
        if error > 1e-4:
            raise SystemExit(f"{label}: the NumPy and PyTorch outputs differ by up to {error:.1e}")
        report(label, *best_of_alternating(numpy_call, torch_call, repeats, number), target=2)


BENCHMARKS = {"conv": conv, "attention": attention}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", nargs="*", help=f"benchmarks to run: {', '.join(BENCHMARKS)} (default: all)")
    parser.add_argument("--repeats", type=int, default=30, help="timed runs per side (default 30)")
    parser.add_argument("--number", type=int, default=10, help="calls per run (default 10)")
    args = parser.parse_args()
    unknown = set(args.which) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(sorted(unknown))}; choose from {', '.join(BENCHMARKS)}")
    print(f"numpy {np.__version__}, torch {torch.__version__} on {torch.get_num_threads()} thread(s)")
    for name in args.which or BENCHMARKS:
        BENCHMARKS[name](args.repeats, args.number)


if __name__ == "__main__":
    main()
