# flake8: noqa
from .eda_clustering import (
    plot_cluster_average_time,
    plot_cluster_distribution_last_cycle,
    plot_cluster_transitions_sankey,
    plot_lifetime_boxplot_by_cluster,
    plot_mean_normalized_sensors_by_cluster,
    plot_op_settings_vs_cluster,
    plot_tsne_dbscan_clusters,
    summarize_cluster_characteristics,
)
from .eda_life import compute_life_stats, describe_life_stats, plot_life_distribution
from .eda_opsetting import (
    plot_average_opsetting_trend_normalized_time,
    plot_opsetting_box_violin_last_cycle,
    plot_opsetting_correlation_matrix,
    plot_opsetting_curves,
    plot_opsetting_distributions_by_cycle_range,
    plot_opsetting_rul_correlation,
)
from .eda_sensors import (
    plot_average_sensor_trend_normalized_time,
    plot_sensor_box_violin_last_cycle,
    plot_sensor_correlation_matrix,
    plot_sensor_distributions_by_cycle_range,
    plot_sensor_overlay,
    plot_sensor_rul_correlation,
    plot_single_sensor_curves,
)

all = [
    "describe_life_stats",
    "compute_life_stats",
    "plot_life_distribution",
    "plot_opsetting_curves",
    "plot_opsetting_correlation_matrix",
    "plot_opsetting_box_violin_last_cycle",
    "plot_opsetting_distributions_by_cycle_range",
    "plot_average_opsetting_trend_normalized_time",
    "plot_opsetting_rul_correlation",
    "plot_single_sensor_curves",
    "plot_sensor_overlay",
    "plot_sensor_correlation_matrix",
    "plot_sensor_box_violin_last_cycle",
    "plot_sensor_distributions_by_cycle_range",
    "plot_sensor_rul_correlation",
    "plot_average_sensor_trend_normalized_time",
    "plot_tsne_dbscan_clusters",
    "plot_op_settings_vs_cluster",
    "plot_lifetime_boxplot_by_cluster",
    "plot_cluster_distribution_last_cycle",
    "plot_mean_normalized_sensors_by_cluster",
    "plot_cluster_transitions_sankey",
    "plot_cluster_average_time",
    "summarize_cluster_characteristics",
]
