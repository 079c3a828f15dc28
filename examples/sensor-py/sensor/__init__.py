"""sensor-py: a small HTTP service that records sensor readings (the Python example)."""

__version__ = "0.3.0"
