# flake8:noqa
from composeml.data_slice.generator import DataSliceGenerator
