from .spiders.game_spider import GameSpider  # noqa: F401
from .spiders.team_spider import TeamSpider  # noqa: F401
