from .gravity import Gravity
from .radiation import Radiation
