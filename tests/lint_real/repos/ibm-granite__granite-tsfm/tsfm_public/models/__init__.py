# Copyright contributors to the TSFM project
#
from . import tinytimemixer
