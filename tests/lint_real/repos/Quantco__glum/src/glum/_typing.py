from typing import NamedTuple, Union

import numpy as np
import pandas as pd
import scipy.sparse
import tabmat as tm
from narwhals.typing import IntoDataFrame

VectorLike = Union[np.ndarray, pd.api.extensions.ExtensionArray, pd.Index, pd.Series]

ArrayLike = Union[
    list,
    tm.MatrixBase,
    tm.StandardizedMatrix,
    IntoDataFrame,
    scipy.sparse.spmatrix,
    VectorLike,
]

ShapedArrayLike = Union[
    tm.MatrixBase,
    tm.StandardizedMatrix,
    IntoDataFrame,
    scipy.sparse.spmatrix,
    VectorLike,
]

ShapedArrayLikeConverted = Union[
    tm.MatrixBase,
    tm.StandardizedMatrix,
    scipy.sparse.spmatrix,
    VectorLike,
]


class WaldTestResult(NamedTuple):
    test_statistic: float
    p_value: float
    df: int
