# coding: utf-8
# 2021/4/5 @ liujiayu


from .EKPT import EKPT
