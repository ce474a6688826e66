# flake8: noqa

# Datenhandling und Caching
from .cache_util import (
    cache_all_plots,
    cache_plot_pickle,
    delete_if_exists,
    get_cache_path,
    save_object,
)
from .data_loader import load_cmapss_data

# Notebook Utilities
from .nb_util import (
    make_cluster_navigation_panel,
    make_dropdown_section,
    make_lazy_panel_with_tabs,
    make_toggle_shortcut,
)

# Normalisierung und Betriebsbedingungs-Gruppierung
from .normalization import (
    assign_op_cond_bins,
    get_op_cond_distribution_summary,
    plot_op_settings_histograms,
    standardize_by_op_cond,
)

__all__ = [
    # Daten
    "load_cmapss_data",
    # Plot-Caching
    "get_cache_path",
    "save_object",
    "cache_plot_pickle",
    "cache_all_plots",
    "delete_if_exists",
    # Notebook-UI
    "make_dropdown_section",
    "make_toggle_shortcut",
    "make_lazy_panel_with_tabs",
    "make_cluster_navigation_panel",
    # Betriebsbedingungs-Logik
    "plot_op_settings_histograms",
    "assign_op_cond_bins",
    "get_op_cond_distribution_summary",
    "standardize_by_op_cond",
]
