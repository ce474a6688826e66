from __future__ import division, print_function, absolute_import

__author__ = 'Tatiana Likhomanenko'