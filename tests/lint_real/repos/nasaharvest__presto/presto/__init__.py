from .dataops.utils import construct_single_presto_input
from .presto import Presto, PrestoFineTuningModel

__all__ = ["Presto", "PrestoFineTuningModel", "construct_single_presto_input"]
