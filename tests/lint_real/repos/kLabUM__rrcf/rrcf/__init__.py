from rrcf.rrcf import *
from rrcf.shingle import shingle
__version__ = "0.1"
