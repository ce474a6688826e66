from .model import Model
from .preprocessing import Encoder

__all__ = ['Encoder', 'Model']
