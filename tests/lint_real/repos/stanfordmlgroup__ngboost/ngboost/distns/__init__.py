"""NGBoost distributions"""

from .beta import Beta
from .beta_bernoulli import BetaBernoulli
from .betabinomial import BetaBinomial, BetaBinomialEstN
from .categorical import Bernoulli, k_categorical
from .cauchy import Cauchy
from .distn import ClassificationDistn, Distn, RegressionDistn
from .exponential import Exponential
from .gamma import Gamma
from .halfnormal import HalfNormal
from .laplace import Laplace
from .logitnormal import LogitNormal
from .lognormal import LogNormal
from .multivariate_normal import MultivariateNormal
from .normal import Normal, NormalFixedMean, NormalFixedVar
from .poisson import Poisson
from .t import T, TFixedDf, TFixedDfFixedVar
from .weibull import Weibull

__all__ = [
    "Beta",
    "BetaBernoulli",
    "BetaBinomial",
    "BetaBinomialEstN",
    "Bernoulli",
    "k_categorical",
    "Cauchy",
    "ClassificationDistn",
    "Distn",
    "RegressionDistn",
    "Exponential",
    "Gamma",
    "HalfNormal",
    "Laplace",
    "LogNormal",
    "LogitNormal",
    "MultivariateNormal",
    "Normal",
    "NormalFixedMean",
    "NormalFixedVar",
    "Poisson",
    "T",
    "TFixedDf",
    "TFixedDfFixedVar",
    "Weibull",
]
