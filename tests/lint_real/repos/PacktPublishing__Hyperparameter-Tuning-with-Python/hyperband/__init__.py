"""
"""
from .search import HyperbandSearchCV

__all__ = ['HyperbandSearchCV']
