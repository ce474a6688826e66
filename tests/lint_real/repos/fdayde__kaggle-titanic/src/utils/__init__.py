from .environment_info import EnvironmentInfo
from .set_paths import PathManager
from .ml_preprocessing import create_preprocessor
from .logistic_regression_model import create_logistic_regression_pipeline
from .random_forest_model import create_random_forest_pipeline
from .xgboost_model import create_xgboost_pipeline
from .knn_model import create_knn_pipeline


__all__ = ["EnvironmentInfo", "PathManager", 
           "create_preprocessor", "create_logistic_regression_pipeline", "create_random_forest_pipeline",
           "create_xgboost_pipeline", "create_knn_pipeline"]
