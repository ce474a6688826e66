from .segmentation_unets import FCNModel, TFCNModel
from .classification_temp_nets import TCNModel, TempCNNModel, BiRNN, TransformerEncoder, PseTae
