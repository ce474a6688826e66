from .folds import make_folds
