#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class TuningMode:
    GRID_SEARCH = 0
    BAYES_SEARCH = 1
