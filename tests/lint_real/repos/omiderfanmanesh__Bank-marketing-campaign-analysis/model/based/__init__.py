#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from model.based.based_model import BasedModel
from model.based.metric_types import MetricTypes
from model.based.model_selection import Model
from model.based.task_mode import TaskMode
from model.based.tuning_mode import TuningMode
