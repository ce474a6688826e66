"""
--------------------------------------------------------------------------
The `self-paced-ensemble.utils` module implement various utilities.
--------------------------------------------------------------------------
"""

from ._utils import (
    load_covtype_dataset,
    make_binary_classification_target,
    imbalance_train_test_split,
    imbalance_random_subset,
    auc_prc,
    f1_optim,
    gm_optim,
    mcc_optim,
    save_model,
    load_model,
)

__all__ = [
    "load_covtype_dataset",
    "make_binary_classification_target",
    "imbalance_train_test_split",
    "imbalance_random_subset",
    "auc_prc",
    "f1_optim",
    "gm_optim",
    "mcc_optim",
    "save_model",
    "load_model",
]
