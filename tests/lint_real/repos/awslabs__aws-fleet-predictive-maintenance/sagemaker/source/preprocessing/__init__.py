from .preprocessing import pivot_data
from .preprocessing import sample_dataset
from .dataframewriter import DataFrameWriter
