from .linear_model import LogisticRegression

__all__ = ["LogisticRegression"]
