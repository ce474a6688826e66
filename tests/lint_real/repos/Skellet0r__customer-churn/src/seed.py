"""Setting the global seed value for this project so as to not repeat myself
throughout the whole project"""

SEED = 2667

