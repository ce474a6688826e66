from .dataset import TAR_BUCKET
from .masking import MASK_STRATEGIES, MaskParams, make_mask, plot_masked
from .pipelines.dynamicworld import DynamicWorld2020_2021, DynamicWorldMonthly2020_2021
from .pipelines.ee_pipeline import (
    EE_BUCKET,
    NPY_BUCKET,
    EEPipeline,
    gcloud_download,
    resample_and_flatten,
)
from .pipelines.s1_s2_era5_srtm import (
    BANDS_GROUPS_IDX,
    BANDS_IDX,
    NUM_BANDS,
    NUM_ORG_BANDS,
    NUM_TIMESTEPS,
    S1_S2_ERA5_SRTM,
    S1_S2_ERA5_SRTM_2020_2021,
    TIMESTEPS_IDX,
)
from .pipelines.worldcover2020 import WorldCover2020

__all__ = [
    "DynamicWorld2020_2021",
    "DynamicWorldMonthly2020_2021",
    "EEPipeline",
    "gcloud_download",
    "resample_and_flatten",
    "BANDS_GROUPS_IDX",
    "BANDS_IDX",
    "EE_BUCKET",
    "NPY_BUCKET",
    "MASK_STRATEGIES",
    "NUM_BANDS",
    "NUM_ORG_BANDS",
    "NUM_TIMESTEPS",
    "S1_S2_ERA5_SRTM",
    "S1_S2_ERA5_SRTM_2020_2021",
    "TIMESTEPS_IDX",
    "MaskParams",
    "make_mask",
    "plot_masked",
    "WorldCover2020",
    "TAR_BUCKET",
]
