#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class TaskMode:
    CLASSIFICATION = 0
    REGRESSION = 1
