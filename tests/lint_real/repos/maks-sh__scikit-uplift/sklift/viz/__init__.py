from .base import (
    plot_uplift_curve, plot_qini_curve, plot_uplift_preds,
    plot_uplift_by_percentile, plot_treatment_balance_curve,
    UpliftCurveDisplay
)

__all__ = [
    'plot_uplift_curve', 'plot_qini_curve', 'plot_uplift_preds',
    'plot_uplift_by_percentile', 'plot_treatment_balance_curve',
    'UpliftCurveDisplay'
]
