#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class Model:
    SVM = 0
    RANDOM_FOREST = 1
    DECISION_TREE = 2
    LOGISTIC_REGRESSION = 3
