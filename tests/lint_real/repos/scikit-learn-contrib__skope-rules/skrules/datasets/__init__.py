from .credit_data import load_credit_data

__all__ = ['load_credit_data']
