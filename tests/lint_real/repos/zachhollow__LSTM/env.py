# Template ONLY 
import os

os.environ["api-id"] = "XXXXXXXXX"
os.environ["api-secret"] = "XXXXXXXXXXXXXXXXXX"
