"""Test-session defaults: notebooks run in fast mode, TensorFlow stays quiet."""
import os

os.environ.setdefault("COURSE_FAST", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # TF 2.21 logs about oneDNN at any level
