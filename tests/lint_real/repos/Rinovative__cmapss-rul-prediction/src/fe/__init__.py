# flake8: noqa
from .feature_selection import (
    select_features,
)
from .preprocessing import (
    add_combined_features,
    rename_opsettings_and_sensors,
    select_columns,
    truncate_train_units,
)
from .temporal_features import (
    add_rolling_and_delta_features,
    compress_last_cycle_per_unit,
    extract_temporal_features,
    extract_temporal_features_test,
)

__all__ = [
    "rename_opsettings_and_sensors",
    "truncate_train_units",
    "add_combined_features",
    "select_columns",
    "extract_temporal_features",
    "extract_temporal_features_test",
    "add_rolling_and_delta_features",
    "compress_last_cycle_per_unit",
    "select_features",
]
