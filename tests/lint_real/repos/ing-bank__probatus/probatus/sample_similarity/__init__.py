from .resemblance_model import (
    BaseResemblanceModel,
    PermutationImportanceResemblance,
    SHAPImportanceResemblance,
)

__all__ = [
    "BaseResemblanceModel",
    "PermutationImportanceResemblance",
    "SHAPImportanceResemblance",
]
