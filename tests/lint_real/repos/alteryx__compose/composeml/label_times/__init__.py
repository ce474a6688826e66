# flake8:noqa
from composeml.label_times.deserialize import read_label_times
from composeml.label_times.object import LabelTimes
