from __future__ import division, print_function, absolute_import

from .factory import ClassifiersFactory, RegressorsFactory
from .folding import FoldingClassifier, FoldingRegressor
from .gridsearch import GridOptimalSearchCV
from .stacking import FeatureSplitter

from .gridsearch import AbstractParameterGenerator, RandomParameterOptimizer, SubgridParameterOptimizer, \
    RegressionParameterOptimizer, ClassificationFoldingScorer, RegressionFoldingScorer, FoldingScorer

