from .utils import create_dirs, parse_classname, get_common_shape

