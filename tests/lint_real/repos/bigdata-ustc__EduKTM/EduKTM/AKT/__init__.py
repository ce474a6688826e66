# coding: utf-8
# 2021/7/15 @ sone

from .AKT import AKT
