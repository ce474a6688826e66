from tsfel.constants import *
from tsfel.utils.add_personal_features import *
from tsfel.utils.calculate_complexity import *
from tsfel.utils.progress_bar import *
from tsfel.utils.signal_processing import *
