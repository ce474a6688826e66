from .tables.covers import Covers  # noqa: F401
from .tables.game import Games  # noqa: F401
from .tables.player import Players  # noqa: F401
from .tables.stats import PlayerStats, TeamStats  # noqa: F401
from .tables.team import Teams  # noqa: F401
