BOT_NAME = "covers"
DOWNLOAD_DELAY = 2.0
LOG_LEVEL = "WARNING"
SPIDER_MODULES = ["databall.covers.spiders"]
