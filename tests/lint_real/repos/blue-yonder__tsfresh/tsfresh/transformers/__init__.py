"""
The module :mod:`~tsfresh.transformers` contains several transformers which can be used inside a sklearn pipeline.

"""

from tsfresh.transformers.feature_augmenter import FeatureAugmenter
from tsfresh.transformers.feature_selector import FeatureSelector
from tsfresh.transformers.per_column_imputer import PerColumnImputer
from tsfresh.transformers.relevant_feature_augmenter import RelevantFeatureAugmenter
