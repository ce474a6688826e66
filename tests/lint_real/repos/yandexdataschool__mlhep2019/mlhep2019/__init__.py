from . import pivot

__all__ = [
  'print_hello',
  'pivot'
]

def print_hello():
  print('Hello, MLHEP 2019!')
