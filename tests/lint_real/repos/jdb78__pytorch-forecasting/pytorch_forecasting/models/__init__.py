"""
Models for timeseries forecasting.
"""

from pytorch_forecasting.models.base_model import (
    AutoRegressiveBaseModel,
    AutoRegressiveBaseModelWithCovariates,
    BaseModel,
    BaseModelWithCovariates,
)
from pytorch_forecasting.models.baseline import Baseline
from pytorch_forecasting.models.deepar import DeepAR
from pytorch_forecasting.models.mlp import DecoderMLP
from pytorch_forecasting.models.nbeats import NBeats
from pytorch_forecasting.models.nhits import NHiTS
from pytorch_forecasting.models.nn import GRU, LSTM, MultiEmbedding, get_rnn
from pytorch_forecasting.models.rnn import RecurrentNetwork
from pytorch_forecasting.models.temporal_fusion_transformer import TemporalFusionTransformer

__all__ = [
    "NBeats",
    "NHiTS",
    "TemporalFusionTransformer",
    "RecurrentNetwork",
    "DeepAR",
    "BaseModel",
    "Baseline",
    "BaseModelWithCovariates",
    "AutoRegressiveBaseModel",
    "AutoRegressiveBaseModelWithCovariates",
    "get_rnn",
    "LSTM",
    "GRU",
    "MultiEmbedding",
    "DecoderMLP",
]
