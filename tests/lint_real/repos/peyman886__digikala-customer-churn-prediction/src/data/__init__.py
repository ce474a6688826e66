"""
Data Module.

Provides data loading and preprocessing utilities.
"""

from .dataset import (
    ChurnDataset,
    DataConfig,
    prepare_all_data
)

__all__ = [
    'ChurnDataset',
    'DataConfig',
    'prepare_all_data'
]