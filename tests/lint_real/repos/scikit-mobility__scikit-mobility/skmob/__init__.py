from .core.trajectorydataframe import TrajDataFrame
from .core.flowdataframe import FlowDataFrame
from .io.file import read, write
