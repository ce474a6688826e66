from .metrics import (
    uplift_curve, perfect_uplift_curve, uplift_auc_score,
    qini_curve, perfect_qini_curve, qini_auc_score,
    uplift_at_k, response_rate_by_percentile,
    weighted_average_uplift, uplift_by_percentile, treatment_balance_curve,
    average_squared_deviation, make_uplift_scorer, max_prof_uplift
)

__all__ = [
    'uplift_curve', 'perfect_uplift_curve', 'uplift_auc_score',
    'qini_curve', 'perfect_qini_curve', 'qini_auc_score',
    'uplift_at_k', 'response_rate_by_percentile',
    'weighted_average_uplift', 'uplift_by_percentile', 'treatment_balance_curve',
    'average_squared_deviation', 'make_uplift_scorer', 'max_prof_uplift'
]
