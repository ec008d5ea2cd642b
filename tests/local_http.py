"""A throwaway HTTP server and a refusing port, both on 127.0.0.1 only, for the download tests."""
import contextlib
import functools
import socket
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class LocalServer:
    """Serves `folder` at http://127.0.0.1:<free port>/ from a thread until stop()."""

    def __init__(self, folder):
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        self.running = True

    def stop(self):
        if self.running:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
            self.running = False


@contextlib.contextmanager
def refused_url(path):
    """A URL on 127.0.0.1 whose port is bound but not listening: connection refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/{path}"


def connect_directly(monkeypatch):
    """requests must talk to 127.0.0.1 directly, whatever proxy the environment names."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
