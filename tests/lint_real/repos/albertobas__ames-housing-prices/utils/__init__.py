from .eda import plot_univariate
from .eda import plot_bivariate

from .preprocessing import Get_Categorical
from .preprocessing import Get_Dummies
from .preprocessing import HousePrices_AvgFeat
from .preprocessing import HousePrices_BoxCox
from .preprocessing import Imputer

from .validation import rmse
from .validation import rmse_cv
from .validation import BoostingTunerCV
from .validation import PipeTunerCV
from .validation import Weighted_Average

__all__ = ['plot_univariate', 'plot_bivariate', 'Get_Categorical', 'Get_Dummies', 'HousePrices_AvgFeat',
           'HousePrices_BoxCox', 'Imputer', 'rmse', 'rmse_cv', 'BoostingTunerCV', 'PipeTunerCV', 'Weighted_Average']
