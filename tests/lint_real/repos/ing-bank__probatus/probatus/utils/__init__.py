from .exceptions import NotFittedError
from .arrayfuncs import (
    assure_pandas_df,
    assure_pandas_series,
    preprocess_data,
    preprocess_labels,
)
from .scoring import Scorer, get_single_scorer
from .shap_helpers import shap_calc, shap_to_df, calculate_shap_importance
from ._utils import assure_list_of_strings
from .base_class_interface import BaseFitComputeClass, BaseFitComputePlotClass

__all__ = [
    "assure_list_of_strings",
    "assure_pandas_df",
    "assure_pandas_series",
    "preprocess_data",
    "preprocess_labels",
    "BaseFitComputeClass",
    "BaseFitComputePlotClass",
    "NotFittedError",
    "get_single_scorer",
    "Scorer",
    "shap_calc",
    "shap_to_df",
    "calculate_shap_importance",
]
