#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from .based_dataset import BasedDataset
from .encoder_enum import EncoderTypes
from .file_types import FileTypes
from .sampling_types import Sampling
from .scale_types import ScaleTypes
from .transformers_enums import TransformersType
