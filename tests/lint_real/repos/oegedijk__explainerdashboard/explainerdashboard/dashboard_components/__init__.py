from ..dashboard_methods import *
from .overview_components import *
from .classifier_components import *
from .regression_components import *
from .shap_components import *
from .decisiontree_components import *
from .connectors import *
from .composites import *
