# coding: utf-8
# 2021/5/26 @ tongshiwei

from .data import *
from .sampler import *
