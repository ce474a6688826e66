from tsfel.constants import *
from tsfel.datasets import *
from tsfel.feature_extraction import *
from tsfel.utils import *
