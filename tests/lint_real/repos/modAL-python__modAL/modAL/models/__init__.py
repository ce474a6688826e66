from .learners import (ActiveLearner, BayesianOptimizer, Committee,
                       CommitteeRegressor, DeepActiveLearner)

__all__ = [
    'ActiveLearner', 'DeepActiveLearner', 'BayesianOptimizer', 
    'Committee', 'CommitteeRegressor'
]
