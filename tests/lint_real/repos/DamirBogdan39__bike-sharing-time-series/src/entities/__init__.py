from .feature_params import FeatureParams
from .split_params import SplittingParams
from .path_params import PathParams
from .param_grid import ParamGridParams
from .train_pipeline_params import (
    TrainingPipelineParamsSchema,
    TrainingPipelineParams,
)
from .optimizer_pipeline_params import (
    OptimizerPipelineParams,
    OptimizerPipelineParamsSchema,
)
from .predict_pipeline_params import (
    PredictPipelineParams,
    PredictPipelineParamsSchema
)


__all__ = [
    "FeatureParams",
    "SplittingParams",
    "PathParams",
    "ParamGridParams",
    "TrainingPipelineParamsSchema",
    "TrainingPipelineParams",
    "OptimizerPipelineParams",
    "OptimizerPipelineParamsSchema",
    "PredictPipelineParams",
    "PredictPipelineParamsSchema"
]
