# coding: utf-8
# 2021/5/25 @ tongshiwei

from .DKTPlus import DKTPlus
from .etl import etl
