"""Animations that play as interactive HTML in JupyterLab and still render when a notebook is
executed headless (nbval, nbgrader): the frames are embedded as images in the HTML."""
import matplotlib.pyplot as plt
from IPython.display import HTML
from matplotlib.animation import FuncAnimation


def animate(fig, update, frames, interval=80):
    """Call ``update(frame)`` for each frame on `fig` and return a playable HTML animation.

    `update` changes the artists already on the figure (e.g. ``line.set_data``); `frames` is a
    count or an iterable. The static figure is closed so only the animation is shown.
    """
    animation = FuncAnimation(fig, update, frames=frames, interval=interval, blit=False)
    html = animation.to_jshtml(default_mode="once")
    plt.close(fig)
    return HTML(html)
