# coding: utf-8
# 2021/3/18 @ tongshiwei

from .meta import KTM
from .KPT import KPT
from .EKPT import EKPT
from .DKT import DKT
from .DKTPlus import DKTPlus
from .AKT import AKT
from .LPKT import LPKT
from .GKT import GKT
from .DKVMN import DKVMN
from .LBKT import LBKT
