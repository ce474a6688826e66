"""Import required Metric."""

from .metrics import IV_scorer


__all__ = ["IV_scorer"]
