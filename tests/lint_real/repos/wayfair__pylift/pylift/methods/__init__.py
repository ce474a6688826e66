from .base import BaseProxyMethod
from .derivatives import TransformedOutcome, EPS
