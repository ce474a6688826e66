from .skope_rules import SkopeRules

__all__ = ['SkopeRules']
