#  Copyright (c) 2021, Omid Erfanmanesh, All rights reserved.

from model.decision_tree import DecisionTree
from model.logistic_regression import LogisticRegression
from model.random_forest import RandomForest
from model.svm import SVM
