#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from .encoders import Encoders
from .pca import PCA
from .scalers import Scalers
