"""Runs inside the sandbox: execute a notebook cell by cell and append each cell's outputs, capped,
to a JSON-lines file as soon as the cell finishes, so whatever stops the run (a timeout, os._exit,
a segfault, the wall clock) everything up to that cell is kept.

    python -m grading.run_notebook NOTEBOOK RESULTS --cell-timeout SECONDS
"""
import argparse
import json

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

MAX_CELL_OUTPUT = 200_000  # characters of outputs kept per cell
TIMEOUT_ERROR = {"ename": "CellTimeoutError", "evalue": "the cell ran past its time limit",
                 "traceback": ["CellTimeoutError: the cell ran past its time limit"]}
DIED_ERROR = {"ename": "KernelDied", "evalue": "the kernel stopped running",
              "traceback": ["KernelDied: the kernel stopped while this cell ran"]}


def capped(outputs):
    """The outputs, or a note and the errors alone when they are too long to keep."""
    if len(json.dumps(outputs)) <= MAX_CELL_OUTPUT:
        return outputs
    errors = [{**o, "traceback": [line[:2000] for line in o.get("traceback", [])[-20:]]}
              for o in outputs if o.get("output_type") == "error"]
    note = {"output_type": "stream", "name": "stderr",
            "text": f"[output cut: the cell printed more than {MAX_CELL_OUTPUT:,} characters]\n"}
    return [note, *errors]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("notebook")
    parser.add_argument("results")
    parser.add_argument("--cell-timeout", type=int, default=180)
    args = parser.parse_args()
    notebook = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(notebook, timeout=args.cell_timeout, allow_errors=True, kernel_name="python3",
                            resources={"metadata": {"path": "."}},
                            extra_arguments=["--HistoryManager.hist_file=:memory:"])
    with open(args.results, "a") as results, client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            try:
                client.execute_cell(cell, index)
                outputs = capped([dict(o) for o in cell.outputs])
            except (CellTimeoutError, DeadKernelError) as error:
                # the run ends here: a kernel that is dead, or busy past its limit, runs nothing more
                stopped = TIMEOUT_ERROR if isinstance(error, CellTimeoutError) else DIED_ERROR
                outputs = capped([dict(o) for o in cell.outputs]) + [{"output_type": "error", **stopped}]
                results.write(json.dumps({"index": index, "outputs": outputs}) + "\n")
                return
            results.write(json.dumps({"index": index, "outputs": outputs}) + "\n")
            results.flush()


if __name__ == "__main__":
    main()
