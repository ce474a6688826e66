# coding: utf-8
# 2022/3/18 @ ouyangjie


from .DKVMN import DKVMN
