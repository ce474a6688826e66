# coding: utf-8
# 2022/2/25 @ fannazya


from .GKT import GKT
from .etl import etl
