"""grading/sandbox.py and the result reader of grading/execute.py, one property at a time."""
import json
import os
import sys
import time

import pytest

from course import ROOT
from grading.execute import clean_output, read_results
from grading.sandbox import Limits, run_in_sandbox


def sandboxed_python(code, workdir, limits=None):
    return run_in_sandbox([sys.executable, "-c", code], workdir, limits or Limits(wall_seconds=60))


def test_the_sandbox_sees_its_work_folder_and_helpers_but_not_the_course(tmp_path):
    code = f"""
import os, helpers.checks
open("seen.txt", "w").write(repr([os.path.exists(p) for p in
    ("{ROOT / 'solutions'}", "{ROOT / 'nbgrader_config.py'}", "{ROOT / 'tests'}", "{ROOT / 'helpers'}")]))
"""
    assert sandboxed_python(code, tmp_path).returncode == 0
    assert (tmp_path / "seen.txt").read_text() == "[False, False, False, True]"


def test_the_sandbox_cannot_write_outside_its_work_folder(tmp_path):
    outside = tmp_path.parent / f"outside-{os.getpid()}"
    code = f"open('{outside}', 'w').write('x')"
    assert sandboxed_python(code, tmp_path).returncode != 0
    assert not outside.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="the sandbox drops to its own user only when started as root")
def test_the_sandbox_runs_as_an_unprivileged_user(tmp_path):
    assert sandboxed_python("import os; open('uid', 'w').write(str(os.getuid()))", tmp_path).returncode == 0
    assert int((tmp_path / "uid").read_text()) >= 1_000_000


def test_the_sandbox_has_no_network(tmp_path):
    code = """
import socket
s = socket.socket(); s.settimeout(3)
open("result", "w").write(str(s.connect_ex(("1.1.1.1", 80))))
"""
    assert sandboxed_python(code, tmp_path).returncode == 0
    assert int((tmp_path / "result").read_text()) != 0


def test_the_wall_clock_kills_the_whole_process_tree(tmp_path):
    code = "import subprocess, time; subprocess.Popen(['sleep', '300'], start_new_session=True); time.sleep(300)"
    start = time.monotonic()
    result = sandboxed_python(code, tmp_path, Limits(wall_seconds=3))
    assert result.timed_out and time.monotonic() - start < 30


def test_forged_or_cut_result_lines_are_ignored(tmp_path):
    good = {"index": 2, "outputs": [{"output_type": "stream", "name": "stdout", "text": "ok\n"}]}
    lines = [json.dumps(good), "{not json", json.dumps({"index": "x"}), json.dumps({"outputs": []}),
             json.dumps({"index": 5, "outputs": [{"output_type": "magic"}, {"output_type": "error", "ename": 3}]})]
    (tmp_path / "results.jsonl").write_text("\n".join(lines))
    results = read_results(tmp_path / "results.jsonl")
    assert sorted(results) == [2, 5]
    assert results[2][0].text == "ok\n"
    assert [o.output_type for o in results[5]] == ["error"] and results[5][0].ename == ""


def test_clean_output_keeps_only_well_formed_fields():
    output = clean_output({"output_type": "display_data", "data": {"text/plain": ["a", "b", 3]}, "extra": 1})
    assert output == {"output_type": "display_data", "data": {"text/plain": "ab"}, "metadata": {}}
    assert clean_output({"output_type": "stream", "name": "stdin", "text": "x"}) is None
    assert clean_output("not a dict") is None


def test_clean_output_drops_widget_views_and_keeps_their_text():
    """A tqdm bar in a kernel is a widget view (JSON) with a text fallback; only the text survives."""
    widget = {"output_type": "display_data", "data": {
        "application/vnd.jupyter.widget-view+json": {"model_id": "abc", "version_major": 2, "version_minor": 0},
        "text/plain": "  0%|          | 0/10"}}
    assert clean_output(widget)["data"] == {"text/plain": "  0%|          | 0/10"}
    assert clean_output({"output_type": "display_data", "data": {"application/json": {"a": 1}}}) is None
