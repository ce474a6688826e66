from .pipeline import (
    get_features_bucket_mapping,
    KeepPandas,
    find_bucketing_step,
    SkorecardPipeline,
    to_skorecard_pipeline,
)

from .bucketing_process import BucketingProcess

__all__ = [
    "get_features_bucket_mapping",
    "KeepPandas",
    "find_bucketing_step",
    "BucketingProcess",
    "SkorecardPipeline",
    "to_skorecard_pipeline",
]
