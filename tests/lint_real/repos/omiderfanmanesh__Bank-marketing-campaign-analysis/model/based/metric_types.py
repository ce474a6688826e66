#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class MetricTypes:
    F1_SCORE_BINARY = 0
    F1_SCORE_MICRO = 1
    F1_SCORE_MACRO = 2
    F1_SCORE_WEIGHTED = 3
    F1_SCORE_SAMPLE = 4

    PRECISION = 5
    RECALL = 6
    ACCURACY = 7
    ALL = 7
