__all__ = ['DistributedMLForecast']
from mlforecast.distributed.forecast import DistributedMLForecast
