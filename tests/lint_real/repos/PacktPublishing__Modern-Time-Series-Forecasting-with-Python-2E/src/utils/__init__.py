from .data_utils import *
from .plotting_utils import * 