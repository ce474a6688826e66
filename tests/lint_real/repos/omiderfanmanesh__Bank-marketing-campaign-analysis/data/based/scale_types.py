#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.


class ScaleTypes:
    MIN_MAX = 0
    STANDARD = 1
    ROBUST = 2
    MAX_ABS = 3
