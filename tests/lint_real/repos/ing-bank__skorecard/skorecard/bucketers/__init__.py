"""Import required transformers."""

from .bucketers import (
    OptimalBucketer,
    EqualWidthBucketer,
    EqualFrequencyBucketer,
    AgglomerativeClusteringBucketer,
    DecisionTreeBucketer,
    OrdinalCategoricalBucketer,
    AsIsNumericalBucketer,
    AsIsCategoricalBucketer,
    UserInputBucketer,
)

__all__ = [
    "OptimalBucketer",
    "EqualWidthBucketer",
    "AgglomerativeClusteringBucketer",
    "EqualFrequencyBucketer",
    "DecisionTreeBucketer",
    "OrdinalCategoricalBucketer",
    "AsIsNumericalBucketer",
    "AsIsCategoricalBucketer",
    "UserInputBucketer",
]
