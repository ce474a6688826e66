from tsfel.feature_extraction.calc_features import *
from tsfel.feature_extraction.features import *
from tsfel.feature_extraction.features_settings import *
from tsfel.feature_extraction.features_utils import *
