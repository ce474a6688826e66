#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class RuntimeMode:
    TRAIN = 0
    TUNING = 1
    CROSS_VAL = 2
    FEATURE_IMPORTANCE = 3
