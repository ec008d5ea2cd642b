"""Check that this machine can run the course: `make doctor` (or `python -m helpers.doctor`).

Prints one line per check, OK, WARN or FAIL, and under each failure what to do about it; exits
with status 1 if anything failed. Frameworks are imported in child processes, so one that crashes
at import is reported instead of taking the check down with it.
"""
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from jupyter_core.paths import jupyter_config_path, jupyter_path
from packaging.specifiers import SpecifierSet

from helpers.datasets import REPO_DATASETS, DatasetUnavailable, cache_dir, load_registry, packaged_file, shipped_file

ROOT = Path(__file__).resolve().parents[1]
REINSTALL = "run `make install` (or `make lab`) to install the pinned environment"
# what each framework must be able to do, run in a fresh interpreter
FRAMEWORK_SMOKE = {
    "PyTorch": "import torch; assert float(torch.arange(4.0).sum()) == 6.0; print(torch.__version__)",
    "TensorFlow/Keras": ("import os; os.environ.setdefault('TF_CPP_MIN_LOG_LEVEL', '1'); "
                         "os.environ.setdefault('TF_ENABLE_ONEDNN_OPTS', '0'); "
                         "import keras, tensorflow as tf; "
                         "assert float(tf.reduce_sum(tf.range(4.0))) == 6.0; "
                         "print(f'{tf.__version__}, Keras {keras.__version__} on {keras.backend.backend()}')"),
    "JAX": "import jax, jax.numpy as jnp; assert float(jnp.arange(4.0).sum()) == 6.0; print(jax.__version__)",
}
LAB_SERVER_EXTENSIONS = ("nbgrader.server_extensions.validate_assignment",
                         "nbgrader.server_extensions.assignment_list")


@dataclass
class Result:
    status: str   # OK, WARN or FAIL
    name: str
    detail: str
    fix: str = ""


def check_python(version=sys.version_info):
    text = f"{version[0]}.{version[1]}.{version[2]}"
    if tuple(version[:2]) < (3, 11):
        return Result("FAIL", "Python", text, "install Python 3.11 or newer and run `make PYTHON=python3.11 install`")
    return Result("OK", "Python", text)


def direct_pins(requirements=ROOT / "requirements.txt"):
    """{distribution: version} for the pins above the freeze in requirements.txt (the course's direct needs)."""
    pins = {}
    for line in Path(requirements).read_text().splitlines():
        if line.startswith("# --- what they pull in"):
            break
        match = re.match(r"^([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?==([^\s;#]+)", line)
        if match:
            pins[match[1]] = match[2]
    return pins


def check_pins(pins):
    """Every pinned distribution is installed at its pinned version."""
    wrong = []
    for name, wanted in sorted(pins.items()):
        try:
            have = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            wrong.append(f"{name} missing (wants {wanted})")
            continue
        if not SpecifierSet(f"=={wanted}").contains(have):  # 2.13.0 admits the build 2.13.0+cpu
            wrong.append(f"{name} {have} (wants {wanted})")
    if wrong:
        return Result("FAIL", "pinned packages", "; ".join(wrong), REINSTALL)
    return Result("OK", "pinned packages", f"{len(pins)} direct pins installed as requirements.txt says")


def check_framework(name, code, timeout=300):
    try:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Result("FAIL", name, f"did not import within {timeout} s", "check the machine's load, then " + REINSTALL)
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines() or [f"exit status {result.returncode}"]
        return Result("FAIL", name, lines[-1][:300], REINSTALL)
    return Result("OK", name, result.stdout.strip().splitlines()[-1])


def enabled_server_extensions(config_dirs=None):
    """Server extensions switched on by the jupyter_server_config.d/*.json files Jupyter reads."""
    enabled = {}
    for folder in reversed(config_dirs or jupyter_config_path()):  # the first folder wins
        for path in sorted(Path(folder, "jupyter_server_config.d").glob("*.json")):
            enabled.update(json.loads(path.read_text()).get("ServerApp", {}).get("jpserver_extensions", {}))
    return {name for name, on in enabled.items() if on}


def check_jupyterlab(config_dirs=None, labextension_dirs=None):
    try:
        version = importlib.metadata.version("jupyterlab")
    except importlib.metadata.PackageNotFoundError:
        return Result("FAIL", "JupyterLab", "not installed", REINSTALL)
    missing = [name for name in LAB_SERVER_EXTENSIONS if name not in enabled_server_extensions(config_dirs)]
    if not any(Path(folder, "@jupyter", "nbgrader", "package.json").exists()
               for folder in labextension_dirs or jupyter_path("labextensions")):
        missing.append("the @jupyter/nbgrader lab extension")
    if missing:
        return Result("FAIL", "JupyterLab + nbgrader", f"{version}; not enabled: {', '.join(missing)}",
                      "run `make install`; if it persists: jupyter server extension enable --sys-prefix "
                      "nbgrader.server_extensions.validate_assignment nbgrader.server_extensions.assignment_list")
    return Result("OK", "JupyterLab + nbgrader", f"{version}; Validate and the assignment list are enabled")


def check_datasets(registry=None):
    registry = registry if registry is not None else load_registry()
    results = []
    for name, entry in sorted(registry.items()):
        try:
            if "package" in entry:
                packaged_file(name, registry)
                results.append(Result("OK", f"data: {name}", f"shipped by {entry['package']}, checksum verified"))
            elif "folder" in entry:
                shipped_file(name, registry)
                results.append(Result("OK", f"data: {name}", f"datasets/{entry['folder']}/, checksum verified"))
            else:  # downloaded on first use; the course falls back to offline data without it
                cached = [Path(cache_dir(), name, file).exists() for file in entry["files"]]
                where = "in the local cache" if all(cached) else "not downloaded yet (fetched on first use)"
                results.append(Result("OK", f"data: {name}", where))
        except DatasetUnavailable as error:  # its message says what to do
            results.append(Result("FAIL", f"data: {name}", str(error)))
    return results


def check_sandbox():
    if shutil.which("bwrap"):
        return Result("OK", "grading sandbox", "bubblewrap found (instructors' `make grade`)")
    return Result("WARN", "grading sandbox", "bubblewrap not found: students need nothing; instructors need it "
                  "to grade", "Debian/Ubuntu: sudo apt-get install bubblewrap")


def run_all():
    yield check_python()
    yield check_pins(direct_pins())
    for name, code in FRAMEWORK_SMOKE.items():
        yield check_framework(name, code)
    yield check_jupyterlab()
    yield from check_datasets()
    yield check_sandbox()


def main():
    print(f"Checking the course environment in {ROOT} (data: {REPO_DATASETS})")
    failed = 0
    for result in run_all():
        print(f"{result.status:<5} {result.name}: {result.detail}", flush=True)
        if result.fix and result.status != "OK":
            print(f"      -> {result.fix}")
        failed += result.status == "FAIL"
    print("All checks passed." if not failed else f"{failed} check(s) failed: see the lines marked FAIL above.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
