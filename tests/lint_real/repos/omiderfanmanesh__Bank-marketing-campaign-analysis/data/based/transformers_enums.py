#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class TransformersType:
    NONE = 0
    LOG = 1
    BOX_COX = 2
    SQRT = 3
