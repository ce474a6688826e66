# coding: utf-8
# 2023/11/21 @ xubihan

from .LBKT import LBKT
