"""nbgrader extensions the course's nbgrader_config.py loads (instructor side only)."""
