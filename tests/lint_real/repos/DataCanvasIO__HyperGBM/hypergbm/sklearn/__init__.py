# -*- coding:utf-8 -*-
__author__ = 'yangjian'
"""

"""