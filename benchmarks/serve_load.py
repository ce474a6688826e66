"""`mlnb serve` under load, against `mlflow models serve --env-manager local` with the same model folder on the same
machine, in one run; and mlnb with a shadow model (in a process of its own), to measure what the shadow costs the champion.

The model: ISLR's Default with mlnb's linear baseline (preprocessing + logistic regression), saved once with
`save_served_model` (an MLflow model folder both servers read). Each server gets one worker, the same bounded number of
one-row requests in MLflow's `dataframe_split` format on loopback from C concurrent clients (each a keep-alive
connection), after a warm-up. Reported: throughput, and p50 / p99 latency as the clients see it.
Goals (issue 17): throughput at least 1.5x MLflow's at 10 clients; the shadow adds at most 10% to the champion's p99.
Usage: python benchmarks/serve_load.py [--clients C] [--requests N]
"""
import argparse, http.client, json, os, signal, socket, subprocess, sys, tempfile, threading, time, warnings
from pathlib import Path

import numpy as np

BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]


def wait_ready(port: int, path: str, proc, seconds: float = 120) -> None:
    "Poll until the server answers on `path`."
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None: raise RuntimeError(f"the server exited: {proc.stderr.read()[-2000:]}")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2); c.request("GET", path)
            if c.getresponse().status == 200: return
        except OSError: time.sleep(0.2)
    raise RuntimeError("the server did not start")


def load(port: int, bodies: list, clients: int) -> tuple[float, np.ndarray]:
    "Send `bodies` from `clients` threads, each on its own keep-alive connection: (seconds, latencies)."
    latencies, lock, chunks = [], threading.Lock(), [bodies[i::clients] for i in range(clients)]
    def client(mine):
        c, out = http.client.HTTPConnection("127.0.0.1", port, timeout=60), []
        for b in mine:
            t = time.perf_counter()
            c.request("POST", "/invocations", body=b, headers={"Content-Type": "application/json"})
            r = c.getresponse(); r.read()
            if r.status != 200: raise RuntimeError(f"status {r.status}")
            out.append(time.perf_counter() - t)
        with lock: latencies.extend(out)
    threads = [threading.Thread(target=client, args=(m,)) for m in chunks]
    t0 = time.perf_counter()
    for t in threads: t.start()
    for t in threads: t.join()
    return time.perf_counter() - t0, np.array(latencies)


def measure(name: str, cmd: list, port: int, health: str, bodies: list, clients: int) -> dict:
    "Start a server, warm it up, load it, stop it."
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, "MLFLOW_DISABLE_TELEMETRY": "true",
                                                                                      "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"})  # MLflow starts `uvicorn` from PATH
    try:
        wait_ready(port, health, proc)
        load(port, bodies[:200], clients)  # warm-up
        seconds, lat = load(port, bodies, clients)
    finally:
        proc.send_signal(signal.SIGTERM)
        try: proc.wait(timeout=30)
        except subprocess.TimeoutExpired: proc.kill()
    return {"name": name, "rps": len(bodies) / seconds, "p50": np.percentile(lat, 50) * 1e3, "p99": np.percentile(lat, 99) * 1e3}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=10)
    p.add_argument("--requests", type=int, default=3000)
    a = p.parse_args()
    warnings.simplefilter("ignore")
    from mlnb.data import load_rdataset
    from mlnb.metrics import baseline_model
    from mlnb.serve import save_served_model
    d = load_rdataset("ISLR", "Default")
    X, y = d.drop(columns="default"), d["default"]
    folder = save_served_model(baseline_model(X, "binary").fit(X, y), X, Path(tempfile.mkdtemp())/"default", name="default")
    rows = X.sample(a.requests, replace=True, random_state=0)
    bodies = [json.dumps({"dataframe_split": {"columns": list(X.columns), "data": [r]}}).encode() for r in rows.values.tolist()]
    results = []
    for name, extra in (("mlnb serve", []), ("mlnb serve --shadow (same model)", ["--shadow", str(folder)])):
        port = free_port()
        results.append(measure(name, [str(BIN/"mlnb"), "serve", str(folder), "--port", str(port), *extra], port, "/health", bodies, a.clients))
    port = free_port()
    results.append(measure("mlflow models serve", [str(BIN/"mlflow"), "models", "serve", "-m", str(folder), "--env-manager", "local",
                                                   "-p", str(port), "-w", "1"], port, "/ping", bodies, a.clients))
    print(f"{a.requests:,} one-row requests to /invocations from {a.clients} clients on loopback, one worker each")
    print(f"{'server':36}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
    for r in results: print(f"{r['name']:36}{r['rps']:>10.0f}{r['p50']:>10.2f}{r['p99']:>10.2f}")
    mine, shadowed, theirs = results
    print(f"throughput mlnb / MLflow: {mine['rps'] / theirs['rps']:.2f}x (goal >= 1.5x); "
          f"shadow's cost on p99: {shadowed['p99'] / mine['p99'] - 1:+.0%} (goal <= +10%)")


if __name__ == "__main__":
    main()
