"""jindu (进度): target tracking, reporting and supervision for innovation-driven development."""

__version__ = "0.1.0"
