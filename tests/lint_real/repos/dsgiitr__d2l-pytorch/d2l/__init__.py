from .base import *
from .figure import *
from .data import *
from .model import *
from .train import *
from .ssd_utils import *
__version__ = '0.1.1'
