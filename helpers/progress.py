"""Progress bars for long loops: a widget in JupyterLab, text in a terminal."""
from tqdm.auto import tqdm


def progress(iterable, desc=None, total=None):
    """Wrap `iterable` in a progress bar that shows its rate and the time left."""
    return tqdm(iterable, desc=desc, total=total, dynamic_ncols=True, mininterval=0.5)
