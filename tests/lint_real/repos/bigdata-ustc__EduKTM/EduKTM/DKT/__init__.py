# coding: utf-8
# 2021/4/23 @ zengxiaonan


from .DKT import DKT
