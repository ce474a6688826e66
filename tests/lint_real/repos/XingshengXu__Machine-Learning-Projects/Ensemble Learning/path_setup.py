import sys
sys.path.insert(0, '../Decision Tree')
sys.path.insert(0, '../Linear Regression')
sys.path.insert(0, '../Logistic Regression')
sys.path.insert(0, '../K-Nearest Neighbors')
sys.path.insert(0, '../Neural Perceptron')
