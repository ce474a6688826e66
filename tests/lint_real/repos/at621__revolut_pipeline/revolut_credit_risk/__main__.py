from __future__ import annotations

from revolut_credit_risk.pipeline import run_pipeline

if __name__ == "__main__":
    run_pipeline()
