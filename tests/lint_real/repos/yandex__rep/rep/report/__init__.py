from __future__ import division, print_function, absolute_import
from .classification import ClassificationReport
from .regression import RegressionReport
