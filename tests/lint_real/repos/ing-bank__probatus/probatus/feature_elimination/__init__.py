from .feature_elimination import ShapRFECV
from .early_stopping_feature_elimination import EarlyStoppingShapRFECV

__all__ = ["ShapRFECV", "EarlyStoppingShapRFECV"]
