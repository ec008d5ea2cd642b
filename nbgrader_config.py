"""nbgrader settings for the course.

Read by every `nbgrader` command run from the repository root and by JupyterLab's nbgrader
extensions. nbgrader's "source" is solutions/ (what instructors edit) and its "release" is
notebooks/ (what students get), so solutions/<id>/<id>.ipynb becomes notebooks/<id>/<id>.ipynb.
"""
import os
from pathlib import Path

from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
from nbgrader.converters import Autograde
from nbgrader.preprocessors import ClearHiddenTests, Execute, GetGrades, SaveAutoGrades

from grading.execute import SandboxedExecute
from grading.feedback import HideTestDetails
from grading.tamper import DropDuplicateCells, TamperReport

c = get_config()  # noqa: F821  (nbgrader defines get_config when it loads this file)
root = Path(__file__).resolve().parent

c.CourseDirectory.root = str(root)
c.CourseDirectory.course_id = "deep-learning-course"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "notebooks"
# SQLite by default; a database that takes concurrent writers (PostgreSQL) when graders run on
# several machines: NBGRADER_DB_URL=postgresql://user@host:5432/gradebook
c.CourseDirectory.db_url = os.environ.get("NBGRADER_DB_URL") or f"sqlite:///{root / 'gradebook.db'}"

# Per-cell limit while validating: well above a cold TensorFlow import (5-15 s).
c.Execute.timeout = 180

# Autograding runs each submission in a sandbox (grading/sandbox.py) instead of nbgrader's Execute:
# no network, no solutions/ or gradebook in reach, limits on memory, processes, files and time.
# After nbgrader saves the scores, grading.tamper writes tamper-report.json beside each autograded
# notebook and marks the test cells that suspicious code could reach as needing a manual grade.
steps = [SandboxedExecute if step is Execute else step
         for step in Autograde.class_traits()["autograde_preprocessors"].default()]
steps.insert(steps.index(SaveAutoGrades) + 1, TamperReport)
c.Autograde.autograde_preprocessors = steps
# A duplicated cell would make nbgrader refuse the whole notebook: keep the first, report the rest.
c.Autograde.sanitize_preprocessors = [DropDuplicateCells,
                                      *Autograde.class_traits()["sanitize_preprocessors"].default()]
c.SandboxedExecute.cell_timeout = 180
c.SandboxedExecute.wall_seconds = 900
# A test cell a student deleted comes back from the source and is graded.
c.OverwriteCells.add_missing_cells = True

# Feedback shows each test cell without its hidden tests, and of its outputs only which checks
# failed with their hints: no traceback lines of hidden code, no expected values.
c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, HideTestDetails, CSSHTMLHeaderPreprocessor]

# Where release_assignment / fetch / submit / collect exchange files (must be writable).
c.Exchange.root = os.environ.get("NBGRADER_EXCHANGE", str(root / ".exchange"))
