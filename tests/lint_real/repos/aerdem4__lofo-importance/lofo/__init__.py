from .lofo_importance import LOFOImportance
from .flofo_importance import FLOFOImportance
from .dataset import Dataset
from .plotting import plot_importance
