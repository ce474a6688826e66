# Copyright contributors to the TSFM project
#

from .callbacks import TrackingCallback
from .data_handling import load_dataset
from .dataset import ForecastDFDataset, PretrainDFDataset, RegressionDFDataset
from .time_series_forecasting_pipeline import TimeSeriesForecastingPipeline
from .time_series_preprocessor import TimeSeriesPreprocessor, get_datasets
from .util import count_parameters
