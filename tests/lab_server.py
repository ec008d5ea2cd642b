"""A JupyterLab server on loopback for the tests: started in a folder, with a token, its own runtime
and settings folders, stopped afterwards. Autosave is off, so nothing the browser tests type reaches
the disk unless a test saves it."""
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    # every cell stays in the page, so the tests can find outputs far down a long notebook
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                        "checkForUpdates": False},
}


@dataclass(frozen=True)
class Lab:
    url: str
    token: str
    root: Path

    def request(self, path, data=None):
        """(status, body) of GET `path`, or POST `data` to it, with the token."""
        request = urllib.request.Request(self.url + path, data=data, method="POST" if data is not None else "GET",
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, response.read().decode()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_lab(root, state, env=None, timeout=90):
    """Start JupyterLab on `root` (cwd and root_dir), keeping its runtime files and user settings
    under `state`; yield a Lab; stop it on exit."""
    state = Path(state)
    settings = state / "settings"
    for name, value in SETTINGS.items():
        path = settings / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(value))
    port, token = free_port(), secrets.token_hex(16)
    environment = dict(os.environ, **(env or {}),
                       PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
                       JUPYTER_RUNTIME_DIR=str(state / "runtime"), JUPYTERLAB_SETTINGS_DIR=str(settings),
                       JUPYTERLAB_WORKSPACES_DIR=str(state / "workspaces"))
    log = (state / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--allow-root"],
        cwd=root, env=environment, stdout=log, stderr=subprocess.STDOUT)
    lab = Lab(f"http://127.0.0.1:{port}", token, Path(root))
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                lab.request("/api/status")
                break
            except (urllib.error.URLError, ConnectionError) as error:
                if server.poll() is not None or time.monotonic() > deadline:
                    log_tail = (state / "server.log").read_text()[-3000:]
                    raise RuntimeError(f"JupyterLab did not start:\n{log_tail}") from error
                time.sleep(0.5)
        yield lab
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
