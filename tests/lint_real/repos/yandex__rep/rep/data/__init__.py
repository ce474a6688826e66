from __future__ import division, print_function, absolute_import

from .storage import LabeledDataStorage
