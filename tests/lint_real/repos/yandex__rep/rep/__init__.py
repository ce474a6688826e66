from __future__ import division, print_function, absolute_import

__author__ = 'Alex Rogozhnikov, Tatiana Likhomanenko'
__version__ = '0.6.7'