"""Test-session defaults: notebooks run in fast mode, TensorFlow stays quiet."""
import os

os.environ.setdefault("COURSE_FAST", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
