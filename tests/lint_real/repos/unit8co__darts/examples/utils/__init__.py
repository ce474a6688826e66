from .utils import fix_pythonpath_if_working_locally

__all__ = ["fix_pythonpath_if_working_locally"]
