from . import utils
from .utils import (
	dataframe_utils,
	path_utils
)

from .census import Census
census = Census()

