
from .dashboard_components import *
