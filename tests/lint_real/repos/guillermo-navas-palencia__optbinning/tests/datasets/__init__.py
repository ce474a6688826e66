from .datasets import load_boston


__all__ = ['load_boston']
