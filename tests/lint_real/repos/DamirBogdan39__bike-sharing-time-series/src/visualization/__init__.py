from .visualize import pacf_plot, residual_plot

__all__ = [
    "pacf_plot",
    "residual_plot",
]
