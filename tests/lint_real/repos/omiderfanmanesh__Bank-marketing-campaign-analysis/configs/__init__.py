#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from configs.defaults import _C as cfg
