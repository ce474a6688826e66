from .plotting import *
from .data import *
from .utils import split