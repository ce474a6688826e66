from torchsampler.__about__ import *  # noqa: F401 F403
from torchsampler.imbalanced import ImbalancedDatasetSampler

__all__ = [
    'ImbalancedDatasetSampler',
]
