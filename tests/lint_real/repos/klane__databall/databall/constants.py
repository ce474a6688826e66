from nba_api.stats.library.parameters import Season

CURRENT_SEASON = Season.current_season_year
MIN_SEASON = 2006  # earliest available season in Covers data
