from .skorecard import Skorecard

__all__ = ["Skorecard"]
__version__ = "1.6.9"
