"""Implements the machine learning models underlying the unxpass metric."""
from . import pass_selection, pass_success, pass_value, utils


__all__ = ["pass_selection", "pass_value", "pass_success", "utils"]
