"""helpers/animation.py: animate returns playable HTML with every frame and closes the figure."""
import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from IPython.display import HTML  # noqa: E402

from helpers.animation import animate  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def tiny_figure():
    fig, ax = plt.subplots(figsize=(1.0, 1.0), dpi=20)
    (line,) = ax.plot([], [])
    ax.set(xlim=(0, 30), ylim=(0, 30))
    return fig, line


def test_animate_returns_html_with_every_frame_and_closes_the_figure():
    fig, line = tiny_figure()
    calls = []

    def update(frame):
        calls.append(frame)
        line.set_data([0, frame], [0, frame])
        return (line,)

    result = animate(fig, update, frames=3, interval=50)
    assert isinstance(result, HTML)
    assert "<script" in result.data and "anim" in result.data
    assert result.data.count("data:image/png;base64,") == 3  # one embedded image per frame
    assert not plt.fignum_exists(fig.number)
    assert set(calls) == {0, 1, 2}


def test_animate_accepts_an_iterable_of_frames():
    fig, line = tiny_figure()
    calls = []

    def update(frame):
        calls.append(frame)
        line.set_data([0, frame], [0, 1])

    result = animate(fig, update, frames=[5, 10, 20, 25])
    assert result.data.count("data:image/png;base64,") == 4
    assert set(calls) == {5, 10, 20, 25}
    assert not plt.fignum_exists(fig.number)
