from .shap_dependence import DependencePlotter
from .model_interpret import ShapModelInterpreter

__all__ = ["DependencePlotter", "ShapModelInterpreter"]
