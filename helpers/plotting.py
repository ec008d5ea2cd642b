"""One house style and the pictures every notebook shares."""
import matplotlib.pyplot as plt
import numpy as np

COLORS = ["#1f6feb", "#e8590c", "#2f9e44", "#ae3ec9", "#f59f00", "#0c8599", "#e03131"]

STYLE = {
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.prop_cycle": plt.cycler(color=COLORS),
    "legend.frameon": False,
    "image.cmap": "viridis",
    "animation.embed_limit": 50,  # MB of frames an HTML animation may embed
}


def use_course_style():
    """Apply the course's Matplotlib style to every later figure."""
    plt.rcParams.update(STYLE)


def _axes(ax):
    return ax if ax is not None else plt.subplots()[1]


def plot_line_fit(x, y, slope, intercept, ax=None, label="fit"):
    """Scatter the points (x, y) and draw the line y = slope * x + intercept."""
    ax = _axes(ax)
    ax.scatter(x, y, s=14, alpha=0.7, label="data")
    xs = np.linspace(np.min(x), np.max(x), 2)
    (line,) = ax.plot(xs, slope * xs + intercept, color=COLORS[1], lw=2.5, label=label)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.legend()
    return line


def plot_decision_boundary(predict, X, y, ax=None, resolution=200):
    """Colour the plane by `predict` (maps (n, 2) points to scores or labels) and scatter X by y."""
    ax = _axes(ax)
    pad = 0.5
    x0 = np.linspace(X[:, 0].min() - pad, X[:, 0].max() + pad, resolution)
    x1 = np.linspace(X[:, 1].min() - pad, X[:, 1].max() + pad, resolution)
    g0, g1 = np.meshgrid(x0, x1)                    # (resolution, resolution) each
    grid = np.column_stack([g0.ravel(), g1.ravel()])  # (resolution**2, 2)
    z = np.asarray(predict(grid), dtype=float).reshape(g0.shape)  # bool labels too (np.ptp)
    ax.contourf(g0, g1, z, levels=20, cmap="RdBu", alpha=0.35)
    if np.ptp(z) > 0:
        ax.contour(g0, g1, z, levels=[0.5 if 0 <= z.min() and z.max() <= 1 else 0.0], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu", edgecolors="k", s=18)
    return ax


def show_images(images, labels=None, ncols=10, size=1.1, cmap="gray", vmin=None, vmax=None):
    """A grid of images (n, height, width) with optional labels as titles.

    Each image is scaled to its own range unless `vmin`/`vmax` fix one range for all."""
    images = np.asarray(images)
    nrows = int(np.ceil(len(images) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(ncols * size, nrows * size), squeeze=False)
    for i, ax in enumerate(axes.flat):
        ax.axis("off")
        if i < len(images):
            ax.imshow(images[i], cmap=cmap, vmin=vmin, vmax=vmax)
            if labels is not None:
                ax.set_title(str(labels[i]), fontsize=9)
    fig.tight_layout()
    return fig


def plot_history(history, ax=None):
    """Loss and accuracy curves from a dict of per-epoch lists (Keras' ``History.history`` shape)."""
    losses = {k: v for k, v in history.items() if "loss" in k}
    scores = {k: v for k, v in history.items() if "loss" not in k}
    if ax is None:
        _, axes = plt.subplots(1, 2 if scores else 1, figsize=(10 if scores else 5.5, 3.6), squeeze=False)
        axes = axes.ravel()
    else:
        axes = [ax, ax.twinx()] if scores else [ax]
    for name, values in losses.items():
        axes[0].plot(np.arange(1, len(values) + 1), values, label=name)
    axes[0].set(xlabel="epoch", ylabel="loss", title="loss")
    axes[0].legend()
    for name, values in scores.items():
        axes[-1].plot(np.arange(1, len(values) + 1), values, label=name, ls="--" if ax else "-")
    if scores:
        axes[-1].set(xlabel="epoch", ylabel="accuracy", title="accuracy")
        axes[-1].legend()
    return axes


def show_index_selection(array, index, title=None, ax=None):
    """Draw a 2-D array as a table of numbers and highlight the cells `array[index]` selects."""
    array = np.asarray(array)
    if array.ndim != 2:
        raise ValueError(f"show_index_selection draws 2-D arrays; this one has shape {array.shape}")
    selected = np.zeros(array.shape, dtype=bool)
    selected[index] = True  # any index that selects from `array` marks the same cells here
    ax = _axes(ax)
    ax.imshow(selected, cmap="Blues", vmin=0, vmax=1.6)
    for (row, col), value in np.ndenumerate(array):
        ax.text(col, row, str(value), ha="center", va="center",
                fontweight="bold" if selected[row, col] else "normal")
    ax.set_xticks(range(array.shape[1]))
    ax.set_yticks(range(array.shape[0]))
    ax.grid(False)
    ax.set_title(title if title is not None else "selected cells")
    return ax
