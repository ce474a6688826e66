# flake8: noqa

from .hyperparameter_tuning import (
    expand_best_params,
    nasa_scorer,
    run_grid_search,
    run_random_search,
    select_best_per_model,
)
from .interpretation import (
    plot_feature_importance,
    plot_pdp,
    plot_shap_beeswarm,
    plot_shap_waterfalls,
)
from .models import (
    evaluate_model,
    nasa_score,
)
from .plotting import (
    plot_model_scores,
    plot_prediction_and_residuals,
)

__all__ = [
    # Bewertung & Metriken
    "evaluate_model",
    "nasa_score",
    "nasa_scorer",
    # Modellvergleich & Visualisierung
    "plot_prediction_and_residuals",
    "plot_model_scores",
    # Modellinterpretation (XAI)
    "plot_feature_importance",
    "plot_pdp",
    "plot_shap_beeswarm",
    "plot_shap_waterfalls",
    # HPT
    "run_grid_search",
    "run_random_search",
    "select_best_per_model",
    "expand_best_params",
]
