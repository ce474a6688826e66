from Model.utils import BilinearComposition, MLPBlock
from Model.model_1 import Model_1
from Model.model_2 import Model_2
