"""LightGBMLSS - An extension of LightGBM to probabilistic forecasting"""

from . import distribution_utils
from . import flow_utils
from . import zero_inflated
from . import mixture_distribution_utils
from . import Gaussian
from . import StudentT
from . import Gamma
from . import Gumbel
from . import Laplace
from . import Weibull
from . import Beta
from . import NegativeBinomial
from . import Poisson
from . import Expectile
from . import Cauchy
from . import LogNormal
from . import ZIPoisson
from . import ZINB
from . import ZAGamma
from . import ZABeta
from . import ZALN
from . import SplineFlow
from . import Mixture
from . import Logistic