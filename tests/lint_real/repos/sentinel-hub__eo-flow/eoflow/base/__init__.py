from .configuration import Configurable
from .base_input import BaseInput
from .base_task import BaseTask
from .base_model import BaseModel
