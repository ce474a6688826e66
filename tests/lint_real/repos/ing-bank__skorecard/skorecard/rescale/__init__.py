from .rescale import calibrate_to_master_scale, ScoreCardPoints


__all__ = ["calibrate_to_master_scale", "ScoreCardPoints"]
