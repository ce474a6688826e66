from databall.db import urls

DATABASE_URL = urls.sqlite_url("nba.db")
DROP = True
