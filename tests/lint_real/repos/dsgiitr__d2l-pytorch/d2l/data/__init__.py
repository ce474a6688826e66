"""The data module contains functions/classes to load and (pre)process data sets"""

from .fashion_mnist import *
from .base import *
from .nmt import *
