"""un-xPass.

:copyright: (c) 2023 by DTAI KU Leuven.
:license: Apache 2.0, see LICENSE for more details.
"""
__version__ = "0.1a"
