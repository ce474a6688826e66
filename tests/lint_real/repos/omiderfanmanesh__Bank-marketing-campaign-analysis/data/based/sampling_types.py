#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class Sampling:
    RANDOM_UNDER_SAMPLING = 0
    RANDOM_OVER_SAMPLING = 1
    SMOTE = 2
    SMOTENC = 3
    SVMSMOTE = 4
