from .models import SoloModel, ClassTransformation, ClassTransformationReg, TwoModels

__all__ = [SoloModel, ClassTransformation, ClassTransformationReg, TwoModels]
