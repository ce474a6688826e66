from .dataset_manager import DatasetManager

__all__ = ["DatasetManager"]

