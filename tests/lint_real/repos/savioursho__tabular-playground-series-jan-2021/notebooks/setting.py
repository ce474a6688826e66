import sys
import os.path

sys.path.append(os.path.pardir)