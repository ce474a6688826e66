from .ada_model import AdaBoostModel
from .base_model import BaseModel, supported_models
from .lgb_model import LGBMClassifierModel
from .lr_model import LogisticRegressionModel
from .rf_model import RandomForestClassifierModel
from .xgb_model import XGBClassifierModel
