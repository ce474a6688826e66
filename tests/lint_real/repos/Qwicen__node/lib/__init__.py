from .nn_utils import *
from .odst import *
from .utils import *
from .data import *
from .arch import *
from .trainer import *
