"""`make demo`: mlnb end to end on generated data, with a note on where to look.

1. generate the example customers table (`mlnb data customers`);
2. split it without leaks (`mlnb split`: by customer and by time) and preview the split;
3. check the training part against the test part (`mlnb check`), as HTML and JSON reports;
4. run the quick-start notebook with papermill, as a pipeline step would.

Usage: python examples/demo.py [--output-dir DIR]   (default: demo/ in the checkout)
"""
import argparse, json, subprocess, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent


def mlnb(*args) -> int:
    "Run an `mlnb` command, echoing it as a user would type it; returns its exit status."
    print("$ mlnb " + " ".join(map(str, args)), flush=True)
    return subprocess.run([str(BIN/"mlnb"), *map(str, args)]).returncode


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--output-dir", type=Path, default=HERE.parent/"demo", help="where the demo writes (default: demo/)")
    out = p.parse_args(argv).output_dir.resolve()
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()

    if mlnb("data", "customers", "--output", out/"customers.csv") != 0: return 1
    # a leak-free split: customers stay on one side, test months are later than training months
    split = ["split", out/"customers.csv", "--target", "churned", "--groups", "customer_id", "--time", "snapshot_date",
             "--output-dir", out/"parts"]
    if mlnb(*split, "--format", "html", "--output", out/"split.html") not in (0, 1): return 1
    # then check the training part against the test part
    check = ["check", out/"parts"/"train.csv", "--test", out/"parts"/"test.csv", "--target", "churned",
             "--time", "snapshot_date", "--groups", "customer_id"]
    status = mlnb(*check, "--format", "html", "--output", out/"report.html")
    if status not in (0, 1): return status  # 1 only means the report holds an error-level finding
    mlnb(*check, "--format", "json", "--output", out/"report.json")

    import papermill
    print(f"$ papermill examples/quickstart.ipynb {out/'quickstart.ipynb'}", flush=True)
    papermill.execute_notebook(str(HERE/"quickstart.ipynb"), str(out/"quickstart.ipynb"), cwd=str(out),
                               parameters={"data_path": "customers.csv", "target": "churned"}, progress_bar=False)

    summary = json.loads((out/"report.json").read_text())["summary"]
    jupyter = BIN/"jupyter"
    print(f"""
mlnb demo done in {time.perf_counter() - start:.1f} s. Where to look:
  {out/'split.html'}     the split's preview: sizes, churn per part, customers and months per part
  {out/'parts'}/         train.csv and test.csv
  {out/'report.html'}    the check of train against test: open it in a browser (file://{out/'report.html'})
  {out/'report.json'}    the same findings as JSON ({summary['error']} error(s), {summary['warning']} warning(s))
  {out/'quickstart.ipynb'}   the quick-start notebook, executed by papermill
Open the notebook in JupyterLab (its last cell is the live widget; run all cells to use it):
  {jupyter} lab {out/'quickstart.ipynb'}
""")
    return 0


if __name__ == "__main__":
    sys.exit(main())
