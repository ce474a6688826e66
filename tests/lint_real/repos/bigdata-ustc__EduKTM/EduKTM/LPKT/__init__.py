# coding: utf-8
# 2021/8/17 @ sone

from .LPKT import LPKT
