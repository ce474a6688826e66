"""Shared utilities for the Instacart personalization project."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from src.constants import (
    DEFAULT_CORPUS_HF_FILENAME,
    DEFAULT_CORPUS_HF_REPO,
    DEFAULT_CORPUS_HF_REPO_TYPE,
    DEFAULT_QUERIES_HF_FILENAME,
    EVAL_QUERIES_FILENAME,
)


logger = logging.getLogger(__name__)


_GRAY = "\033[90m"
_GREEN = "\033[32m"
_YELLOW = "\033[33m"
_RED = "\033[31m"
_RESET = "\033[0m"
_LEVEL_COLORS = {
    "DEBUG": _GRAY,
    "INFO": _GREEN,
    "WARNING": _YELLOW,
    "ERROR": _RED,
}


class ColoredFormatter(logging.Formatter):
    """Formatter that colorizes level name and logger name, message-only output."""

    def format(self, record: logging.LogRecord) -> str:
        """
        Format the log record with colorized level and logger name.

        Args:
            record: LogRecord to format.

        Returns:
            Formatted log line string.
        """
        c = _LEVEL_COLORS.get(record.levelname, "")
        record.levelname = f"{c}{record.levelname:5}{_RESET}"
        record.name = f"{_GRAY}{record.name}{_RESET}"
        return super().format(record)


def setup_colored_logging(
    level: int = logging.INFO,
    fmt: str = "%(message)s",
    quiet_loggers: list[str] | None = None,
) -> None:
    """Configure root logger with colored, compact output.

    Args:
        level: Root log level (default INFO).
        fmt: Log record format (default message only).
        quiet_loggers: Logger names to set to WARNING (e.g. httpx, urllib3).
    """
    if quiet_loggers:
        for name in quiet_loggers:
            logging.getLogger(name).setLevel(logging.WARNING)
    handler = logging.StreamHandler()
    handler.setFormatter(ColoredFormatter(fmt))
    logging.root.handlers.clear()
    logging.root.addHandler(handler)
    logging.root.setLevel(level)


def resolve_processed_dir(
    processed_dir: Path, default_processed_dir: Path
) -> tuple[Path, str | None]:
    """Resolve processed dir, auto-selecting a param subdir when using the default and no train_dataset at top level.

    When processed_dir is the default (e.g. processed/) and has no train_dataset, looks for subdirs
    that contain train_dataset (e.g. processed/p5_mp20_ef0.1) and returns the single or latest one.

    Returns:
        (resolved_path, log_message): log_message is non-None when a subdir was auto-selected (caller may log it).

    Raises:
        FileNotFoundError: If train_dataset is not found at processed_dir or any subdir.
    """
    processed_dir = Path(processed_dir)
    train_path = processed_dir / "train_dataset"

    if not train_path.exists() and processed_dir == default_processed_dir:
        subdirs_with_data = [
            d
            for d in processed_dir.iterdir()
            if d.is_dir() and (d / "train_dataset").exists()
        ]
        if len(subdirs_with_data) == 1:
            resolved = subdirs_with_data[0]
            return resolved, f"  -> Using param subdir: {resolved.name}"
        if len(subdirs_with_data) > 1:
            resolved = max(
                subdirs_with_data, key=lambda d: (d / "train_dataset").stat().st_mtime
            )
            return (
                resolved,
                f"  -> Multiple subdirs found, using latest: {resolved.name}",
            )

    if not train_path.exists():
        raise FileNotFoundError(
            f"Train dataset not found at {train_path}. Run data prep first or pass --processed-dir (e.g. processed/p5_mp20_ef0.1)."
        )
    return processed_dir, None


def resolve_corpus_with_hf_fallback(
    corpus_path: Path,
    *,
    hf_repo: str | None = None,
    hf_repo_type: str | None = None,
) -> Path:
    """Resolve corpus path; if file does not exist, download from Hugging Face Hub.

    Args:
        corpus_path: Local path to eval_corpus.json.
        hf_repo: Hugging Face repo ID (e.g. user/product-artifacts). Overridden by CORPUS_HF_REPO env.
        hf_repo_type: 'dataset' or 'model'. Overridden by CORPUS_HF_REPO_TYPE env.

    Returns:
        Path to the corpus file (local or downloaded to HF cache).

    Raises:
        FileNotFoundError: If corpus does not exist locally and hf_repo is not set or download fails.
    """
    path = Path(corpus_path).resolve()
    if path.is_file():
        return path

    repo = hf_repo or os.getenv("CORPUS_HF_REPO") or DEFAULT_CORPUS_HF_REPO
    repo_type = hf_repo_type or os.getenv("CORPUS_HF_REPO_TYPE") or DEFAULT_CORPUS_HF_REPO_TYPE

    if not repo:
        raise FileNotFoundError(
            f"eval_corpus.json not found at {path}. Run data prep first:\n"
            "  uv run python -m src.data.prepare_instacart_sbert\n"
            f"Or set CORPUS_HF_REPO to download from Hugging Face (e.g. {DEFAULT_CORPUS_HF_REPO})."
        )

    from huggingface_hub import hf_hub_download

    # Determine which filenames to use from HF repo.
    corpus_hf_filename = DEFAULT_CORPUS_HF_FILENAME
    queries_hf_filename = DEFAULT_QUERIES_HF_FILENAME

    try:
        downloaded_corpus = hf_hub_download(
            repo_id=repo,
            filename=corpus_hf_filename,
            repo_type=repo_type,
        )
        corpus_local = Path(downloaded_corpus)

        # Best-effort download of eval_queries.json into the same directory so that
        # /recommend with user_id can find eval_queries.json next to the corpus.
        try:
            downloaded_queries = hf_hub_download(
                repo_id=repo,
                filename=queries_hf_filename,
                repo_type=repo_type,
            )
            queries_local = Path(downloaded_queries)
            target_queries = corpus_local.parent / EVAL_QUERIES_FILENAME
            if not target_queries.exists():
                try:
                    shutil.copy2(queries_local, target_queries)
                except OSError:
                    logger.warning(
                        "Failed to copy %s to %s; user_id-based queries may not be available.",
                        queries_local,
                        target_queries,
                    )
        except Exception:
            # It's fine if eval_queries.json is not present; user_id lookup will just be unavailable.
            logger.info(
                "eval_queries.json not found in repo %s (type=%s); user_id lookup will be disabled.",
                repo,
                repo_type,
            )

        return corpus_local
    except Exception as e:
        raise FileNotFoundError(
            f"eval_corpus.json not found at {path} and download from {repo} failed: {e}\n"
            "Run data prep first or upload artifacts with: uv run python scripts/upload_eval_artifacts_to_hf.py"
        ) from e
