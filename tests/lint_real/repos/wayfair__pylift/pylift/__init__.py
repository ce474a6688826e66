from .methods import *
from .explore import *
