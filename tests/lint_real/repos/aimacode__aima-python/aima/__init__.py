"""aima: Python implementations of the algorithms from *Artificial Intelligence: A Modern Approach*."""
