# flake8:noqa
from composeml.version import __version__
from composeml import demos, update_checker
from composeml.label_maker import LabelMaker
from composeml.label_times import LabelTimes, read_label_times
