"""helpers/plotting.py: the house style and the shared pictures, checked through their artists."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.contour import ContourSet  # noqa: E402

from helpers.plotting import (  # noqa: E402
    COLORS,
    plot_decision_boundary,
    plot_history,
    plot_line_fit,
    show_images,
    show_index_selection,
    use_course_style,
)


@pytest.fixture(autouse=True)
def clean_figures():
    """Restore the rcParams and close every figure after each test."""
    with matplotlib.rc_context():
        yield
    plt.close("all")


def test_use_course_style_sets_rcparams():
    plt.rcdefaults()
    assert plt.rcParams["axes.spines.top"] is True  # the Matplotlib default
    use_course_style()
    assert plt.rcParams["axes.grid"] is True
    assert plt.rcParams["axes.spines.top"] is False and plt.rcParams["axes.spines.right"] is False
    assert plt.rcParams["legend.frameon"] is False
    assert plt.rcParams["image.cmap"] == "viridis"
    assert [c["color"] for c in plt.rcParams["axes.prop_cycle"]] == COLORS
    _, ax = plt.subplots()
    (line,) = ax.plot([0, 1], [0, 1])
    assert matplotlib.colors.same_color(line.get_color(), COLORS[0])


def test_plot_line_fit_draws_the_line_through_the_data_range():
    rng = np.random.default_rng(0)
    x = rng.uniform(-2, 3, 30)
    y = 0.5 * x - 1 + rng.normal(0, 0.1, 30)
    line = plot_line_fit(x, y, slope=-1.25, intercept=2.0, label="my fit")
    xs, ys = (np.asarray(d, dtype=float) for d in line.get_data())
    np.testing.assert_allclose(ys, -1.25 * xs + 2.0)
    assert xs.min() == pytest.approx(x.min()) and xs.max() == pytest.approx(x.max())
    assert line.get_label() == "my fit"
    ax = line.axes
    np.testing.assert_allclose(ax.collections[0].get_offsets(), np.column_stack([x, y]))


def test_plot_line_fit_uses_the_given_axes():
    _, ax = plt.subplots()
    line = plot_line_fit([0, 1, 2], [1, 3, 5], 2, 1, ax=ax)
    assert line.axes is ax
    assert len(plt.get_fignums()) == 1


def contour_sets(ax):
    return [c for c in ax.collections if isinstance(c, ContourSet)]


@pytest.mark.parametrize("predict", [
    lambda P: P[:, 0] > 0,                      # boolean labels
    lambda P: (P[:, 0] > 0).astype(int),        # integer labels
], ids=["bool", "int"])
def test_plot_decision_boundary_with_labels(predict):
    X = np.array([[-2.0, -1.0], [-1.0, 1.5], [1.0, -0.5], [2.0, 1.0]])
    y = np.array([0, 0, 1, 1])
    resolution = 101
    ax = plot_decision_boundary(predict, X, y, resolution=resolution)
    sets = contour_sets(ax)
    assert len(sets) == 2  # the filled plane and the boundary line
    filled = [s for s in sets if s.filled]
    lines = [s for s in sets if not s.filled]
    assert len(filled) == 1 and len(lines) == 1
    assert list(lines[0].levels) == [0.5]  # labels in {0, 1}: the boundary is at 0.5
    # the boundary is the line x0 = 0, up to one grid step
    step = (X[:, 0].max() - X[:, 0].min() + 1.0) / (resolution - 1)
    vertices = np.concatenate([p.vertices for p in lines[0].get_paths() if len(p.vertices)])
    assert len(vertices) > 0
    assert np.abs(vertices[:, 0]).max() <= step
    scatter = [c for c in ax.collections if not isinstance(c, ContourSet)]
    np.testing.assert_allclose(scatter[0].get_offsets(), X)


def test_plot_decision_boundary_with_scores_draws_level_zero():
    X = np.array([[-1.0, -1.0], [1.0, 1.0], [-1.0, 1.0], [1.0, -1.0]])
    y = np.array([0, 1, 0, 1])
    _, ax = plt.subplots()
    returned = plot_decision_boundary(lambda P: 3 * P[:, 0] - P[:, 1], X, y, ax=ax, resolution=50)
    assert returned is ax
    lines = [s for s in contour_sets(ax) if not s.filled]
    assert len(lines) == 1 and list(lines[0].levels) == [0.0]


def test_plot_decision_boundary_constant_prediction_has_no_boundary():
    X = np.array([[0.0, 0.0], [1.0, 1.0]])
    ax = plot_decision_boundary(lambda P: np.zeros(len(P)), X, np.array([0, 1]), resolution=20)
    sets = contour_sets(ax)
    assert len(sets) == 1 and sets[0].filled


@pytest.mark.parametrize("n, ncols", [(7, 3), (10, 10), (4, 10), (1, 1)])
def test_show_images_grid_and_titles(n, ncols):
    images = np.random.default_rng(0).random((n, 8, 8))
    labels = [f"digit {i}" for i in range(n)]
    fig = show_images(images, labels, ncols=ncols)
    nrows = -(-n // ncols)
    assert len(fig.axes) == nrows * ncols
    with_images = [ax for ax in fig.axes if ax.images]
    assert len(with_images) == n
    assert [ax.get_title() for ax in with_images] == labels
    for ax, image in zip(with_images, images, strict=True):
        np.testing.assert_array_equal(ax.images[0].get_array(), image)
    assert all(ax.get_title() == "" for ax in fig.axes[n:])


def test_show_images_scales_each_image_unless_vmin_vmax_are_given():
    images = np.stack([np.full((4, 4), 10.0), np.linspace(50, 90, 16).reshape(4, 4)])
    images[0, 0, 0] = 20.0
    fig = show_images(images, ncols=2)
    assert [ax.images[0].get_clim() for ax in fig.axes] == [(10.0, 20.0), (50.0, 90.0)]
    fig = show_images(images, ncols=2, vmin=0, vmax=255)
    assert [ax.images[0].get_clim() for ax in fig.axes] == [(0, 255), (0, 255)]


def test_show_images_without_labels_has_no_titles():
    fig = show_images(np.zeros((3, 4, 4)), ncols=2)
    assert len(fig.axes) == 4
    assert all(ax.get_title() == "" for ax in fig.axes)


def line_data(ax):
    return {line.get_label(): (list(line.get_xdata()), list(line.get_ydata()))
            for line in ax.get_lines()}


def test_plot_history_splits_losses_and_accuracies():
    history = {"loss": [1.0, 0.6, 0.4], "val_loss": [1.1, 0.8, 0.7],
               "accuracy": [0.5, 0.7, 0.8], "val_accuracy": [0.45, 0.6, 0.65]}
    axes = plot_history(history)
    assert len(axes) == 2
    epochs = [1, 2, 3]
    assert line_data(axes[0]) == {"loss": (epochs, history["loss"]),
                                  "val_loss": (epochs, history["val_loss"])}
    assert line_data(axes[1]) == {"accuracy": (epochs, history["accuracy"]),
                                  "val_accuracy": (epochs, history["val_accuracy"])}
    assert axes[0].get_ylabel() == "loss" and axes[1].get_ylabel() == "accuracy"
    assert axes[0].figure is axes[1].figure


def test_plot_history_losses_only_uses_one_axes():
    axes = plot_history({"loss": [3.0, 2.0]})
    assert len(axes) == 1
    assert line_data(axes[0]) == {"loss": ([1, 2], [3.0, 2.0])}


def test_plot_history_on_given_axes_uses_a_twin_for_accuracy():
    _, ax = plt.subplots()
    axes = plot_history({"loss": [1.0, 0.5], "acc": [0.2, 0.9]}, ax=ax)
    assert axes[0] is ax and axes[1] is not ax
    assert axes[1].figure is ax.figure
    assert set(line_data(axes[0])) == {"loss"} and set(line_data(axes[1])) == {"acc"}


ARRAY = np.arange(20).reshape(4, 5)  # distinct values: a cell is selected iff its value is


@pytest.mark.parametrize("index", [
    (1, 2),
    (slice(1, 3), slice(None, None, 2)),
    (slice(None), -1),
    np.array([0, 3]),
    (np.array([0, 2, 3]), np.array([1, 1, 4])),
    ARRAY % 3 == 0,
], ids=["basic", "slices", "column", "int-array", "fancy-pairs", "bool-mask"])
def test_show_index_selection_highlights_exactly_the_selected_cells(index):
    expected = np.isin(ARRAY, ARRAY[index])
    assert 0 < expected.sum() < ARRAY.size
    ax = show_index_selection(ARRAY, index, title="A[...]")
    shown = np.ma.getdata(ax.images[0].get_array())
    np.testing.assert_array_equal(shown.astype(bool), expected)
    bold = {int(t.get_text()) for t in ax.texts if t.get_fontweight() in ("bold", 700)}
    assert bold == set(ARRAY[index].ravel().tolist())
    assert len(ax.texts) == ARRAY.size
    assert ax.get_title() == "A[...]"


def test_show_index_selection_default_title_and_axes():
    _, ax = plt.subplots()
    assert show_index_selection([[1, 2], [3, 4]], (0, 0), ax=ax) is ax
    assert ax.get_title() == "selected cells"


@pytest.mark.parametrize("shape", [(6,), (2, 3, 4)])
def test_show_index_selection_needs_two_dimensions(shape):
    with pytest.raises(ValueError, match="2-D"):
        show_index_selection(np.zeros(shape), 0)
