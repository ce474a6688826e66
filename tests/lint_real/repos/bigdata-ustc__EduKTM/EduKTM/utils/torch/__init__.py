# coding: utf-8
# 2021/5/25 @ tongshiwei

from .extlib import *
from .functional import *
from .rnn import *
