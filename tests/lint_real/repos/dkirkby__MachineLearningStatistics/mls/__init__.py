from .utils import locate_data
from .plot import GMM_pairplot
from .bayes import Learn
from .mcmc import MCMC_sample
from .stochastic import StochasticProcess
from .variational import plot_KL, plot_ELBO
from .optimize import plot_rosenbrock, plot_posterior
from .modelcompare import create_param_grid, estimate_log_evidence, cv_summary
from .neural import nn_unit_draw2d, nn_graph_draw2d
