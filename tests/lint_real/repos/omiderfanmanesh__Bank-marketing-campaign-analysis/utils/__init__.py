#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from utils.runtime_mode import RuntimeMode
