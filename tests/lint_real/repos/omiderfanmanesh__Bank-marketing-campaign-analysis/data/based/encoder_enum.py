#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

class EncoderTypes:
    CUSTOM = 0
    LABEL = 1
    ORDINAL = 2
    ONE_HOT = 3
    BINARY = 4
