__version__ = "0.5.1"

from .explainers import ClassifierExplainer, RegressionExplainer  # noqa
from .dashboards import ExplainerDashboard, ExplainerHub, InlineExplainer  # noqa
