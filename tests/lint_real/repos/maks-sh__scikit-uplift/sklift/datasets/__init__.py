from .datasets import (
    get_data_dir,
    clear_data_dir,
    fetch_x5, fetch_lenta,
    fetch_criteo, fetch_hillstrom,
    fetch_megafon
)

__all__ = [
    'get_data_dir',
    'clear_data_dir',
    'fetch_x5', 'fetch_lenta',
    'fetch_criteo', 'fetch_hillstrom',
    'fetch_megafon'
]