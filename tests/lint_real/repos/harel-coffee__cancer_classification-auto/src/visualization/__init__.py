from .. import reports_dir

from .visualize import *