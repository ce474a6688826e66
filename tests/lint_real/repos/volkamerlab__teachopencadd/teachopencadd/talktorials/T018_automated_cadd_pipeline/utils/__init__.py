"""
Main classes used in Talktorial T018.
"""

from .consts import Consts
from .specs import Specs
from .protein import Protein
from .ligand import Ligand
from .binding_site_detection import BindingSiteDetection
from .ligand_similarity_search import LigandSimilaritySearch
from .docking import Docking
from .interaction_analysis import InteractionAnalysis
from .optimized_ligands import OptimizedLigands
from .lead_optimization_pipeline import LeadOptimizationPipeline
from .frozen_data import FrozenData
