from .arrayfuncs import (
    reshape_1d_to_2d,
    convert_sparse_matrix,
)
from .exceptions import (
    DimensionalityError,
    UnknownCategoryError,
    NotInstalledError,
    NotBucketedError,
    NotPreBucketedError,
    NotBucketObjectError,
    BucketingPipelineError,
    BucketerTypeError,
)
from .dataframe import detect_types


__all__ = [
    "reshape_1d_to_2d",
    "convert_sparse_matrix",
    "DimensionalityError",
    "UnknownCategoryError",
    "NotInstalledError",
    "NotBucketObjectError",
    "detect_types",
    "NotBucketedError",
    "NotPreBucketedError",
    "BucketingPipelineError",
    "BucketerTypeError",
]
