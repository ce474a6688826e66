"""
Main classes used in Talktorial T038.
"""

from .kiba_analysis import kiba_preprocessing
