from sklearn.pipeline import Pipeline
from sklearn.svm import LinearSVC

