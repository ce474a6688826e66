from ._WoEEncoder import WoeEncoder
from .preprocessing import ColumnSelector

__all__ = ["WoeEncoder", "ColumnSelector"]
