
from .func import *
from .cls import *

__all__ = [s for s in dir() if not s.startswith('_')]