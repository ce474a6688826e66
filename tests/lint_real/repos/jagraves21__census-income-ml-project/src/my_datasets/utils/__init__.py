from . import path_utils
from . import dataframe_utils


__all__ = [
	"path_utils",
	"dataframe_utils",
]

