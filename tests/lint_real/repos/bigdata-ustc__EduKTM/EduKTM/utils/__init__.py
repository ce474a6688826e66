# coding: utf-8
# 2021/5/24 @ tongshiwei

from .utils import *
from .loss import SequenceLogisticMaskLoss as SLMLoss
from .torch import *
