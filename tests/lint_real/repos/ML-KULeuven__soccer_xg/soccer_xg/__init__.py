from soccer_xg.api import DataApi
from soccer_xg.xg import XGModel

__version__ = '0.0.1'
