#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from enum import Enum


class FileTypes(Enum):
    CSV = 0
    TXT = 1
