"""Generate the labelled lint corpus: small realistic notebooks, leaky and clean look-alikes.

Patterns follow scikit-learn's "Common pitfalls and recommended practices", imbalanced-learn's
"Common pitfalls and recommended practices", Yang et al. (ASE 2022: preprocessing, overlap,
multi-test leakage) and Kapoor & Narayanan's leakage taxonomy. Each notebook is written here,
by hand; `labels.json` maps each file to the leakage kinds it contains (empty: clean).
Usage: python tests/lint_corpus/make_corpus.py   (rewrites the .ipynb files and labels.json)
"""
import json
from pathlib import Path

import nbformat

HERE = Path(__file__).parent
NOTEBOOKS = {}


def nb(name, kinds, *cells):
    "Register notebook `name` with expected `kinds`; a cell starting with '## ' is markdown."
    NOTEBOOKS[name] = (kinds, cells)


IMPORTS = """import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score"""

# ---------------------------------------------------------------- preprocessing
nb("p01_scaler_before_split", ["preprocessing"], "## Churn model", IMPORTS + "\nfrom sklearn.preprocessing import StandardScaler",
   "df = pd.read_csv('churn.csv')\nX = df.drop(columns=['customer_id', 'churned'])\ny = df['churned']",
   "scaler = StandardScaler()\nX_scaled = scaler.fit_transform(X)",
   "X_train, X_test, y_train, y_test = train_test_split(X_scaled, y, test_size=0.2, random_state=42)",
   "clf = LogisticRegression(max_iter=1000)\nclf.fit(X_train, y_train)\nprint('test accuracy', clf.score(X_test, y_test))")
nb("p02_titanic_fillna_mean", ["preprocessing"], "%matplotlib inline\nimport pandas as pd\nimport seaborn as sns\nfrom sklearn.tree import DecisionTreeClassifier\nfrom sklearn.model_selection import train_test_split\nfrom sklearn import metrics",
   "titanic = pd.read_csv('../input/titanic/train.csv')\ntitanic.head()",
   "titanic['Age'] = titanic['Age'].fillna(titanic['Age'].mean())\ntitanic['Fare'].fillna(titanic['Fare'].median(), inplace=True)\ntitanic['Sex'] = titanic['Sex'].map({'male': 0, 'female': 1})",
   "sns.countplot(x='Survived', data=titanic)",
   "features = ['Pclass', 'Sex', 'Age', 'Fare']\ntrain, test = train_test_split(titanic, test_size=0.3, random_state=1)",
   "tree = DecisionTreeClassifier(max_depth=4)\ntree.fit(train[features], train.Survived)\npred = tree.predict(test[features])\nprint('Accuracy:', metrics.accuracy_score(test.Survived, pred))")
nb("p03_numpy_minmax_slicing", ["preprocessing"], "import numpy as np\nfrom sklearn.svm import SVC",
   "data = np.loadtxt('sensors.csv', delimiter=',', skiprows=1)\nX, y = data[:, :-1], data[:, -1]",
   "X = (X - X.min(axis=0)) / (X.max(axis=0) - X.min(axis=0))",
   "n = int(0.8 * len(X))\nX_tr, y_tr = X[:n], y[:n]\nX_te, y_te = X[n:], y[n:]",
   "svm = SVC(C=10, gamma='scale').fit(X_tr, y_tr)\nacc = (svm.predict(X_te) == y_te).mean()\nprint(f'accuracy {acc:.3f}')")
nb("p04_selectkbest_then_split", ["preprocessing"], "from sklearn.datasets import make_classification\nfrom sklearn.feature_selection import SelectKBest, f_classif\nfrom sklearn.ensemble import HistGradientBoostingClassifier\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.metrics import accuracy_score",
   "X, y = make_classification(n_samples=1000, n_features=10000, n_informative=3, random_state=0)",
   "X_selected = SelectKBest(k=25).fit_transform(X, y)\nX_train, X_test, y_train, y_test = train_test_split(X_selected, y, random_state=42)",
   "gbc = HistGradientBoostingClassifier(random_state=1)\ngbc.fit(X_train, y_train)\ny_pred = gbc.predict(X_test)\naccuracy_score(y_test, y_pred)")
nb("p05_tfidf_all_text", ["preprocessing"], "import pandas as pd\nfrom sklearn.feature_extraction.text import TfidfVectorizer\nfrom sklearn.naive_bayes import MultinomialNB\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.metrics import classification_report",
   "reviews = pd.read_json('reviews.jsonl', lines=True)\nreviews = reviews.dropna(subset=['text'])",
   "vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2))\nfeatures = vec.fit_transform(reviews['text'])\nlabels = reviews['stars'] >= 4",
   "Xtr, Xte, ytr, yte = train_test_split(features, labels, stratify=labels)\nnb_clf = MultinomialNB().fit(Xtr, ytr)\nprint(classification_report(yte, nb_clf.predict(Xte)))")
nb("p06_pca_fit_on_all", ["preprocessing"], IMPORTS + "\nfrom sklearn.decomposition import PCA",
   "X = np.load('embeddings.npy')\ny = np.load('labels.npy')\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)",
   "pca = PCA(n_components=50)\npca.fit(X)\nX_train_p = pca.transform(X_train)\nX_test_p = pca.transform(X_test)",
   "rf = RandomForestClassifier(n_estimators=300)\nrf.fit(X_train_p, y_train)\nprint(f1_score(y_test, rf.predict(X_test_p), average='macro'))")
nb("p07_target_encoding_groupby", ["preprocessing"], "!pip install -q xgboost\nimport pandas as pd\nimport xgboost as xgb\nfrom sklearn.metrics import mean_absolute_error",
   "houses = pd.read_csv('houses.csv', parse_dates=['sold'])\nhouses['city_price'] = houses.groupby('city')['price'].transform('mean')\nhouses['zip_price'] = houses['zipcode'].map(houses.groupby('zipcode')['price'].median())",
   "cols = ['rooms', 'area', 'city_price', 'zip_price']\ntrain = houses.sample(frac=0.8, random_state=0)\nvalid = houses.drop(train.index)",
   "reg = xgb.XGBRegressor(n_estimators=500, max_depth=6)\nreg.fit(train[cols], train['price'])\nprint('MAE', mean_absolute_error(valid['price'], reg.predict(valid[cols])))")
nb("p08_imputer_helper_keras", ["preprocessing"], "import numpy as np\nimport pandas as pd\nfrom sklearn.impute import SimpleImputer\nfrom sklearn.preprocessing import MinMaxScaler\nfrom tensorflow import keras\nfrom sklearn.model_selection import train_test_split",
   "def preprocess(frame):\n    imputer = SimpleImputer(strategy='median')\n    values = imputer.fit_transform(frame)\n    return MinMaxScaler().fit_transform(values)",
   "raw = pd.read_csv('patients.csv')\ntarget = raw.pop('readmitted').values\ninputs = preprocess(raw)",
   "x_train, x_test, t_train, t_test = train_test_split(inputs, target, test_size=0.2)",
   "net = keras.Sequential([keras.layers.Dense(64, activation='relu'), keras.layers.Dense(1, activation='sigmoid')])\nnet.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])\nnet.fit(x_train, t_train, epochs=20, batch_size=32, validation_split=0.1)",
   "loss, acc = net.evaluate(x_test, t_test)\nprint(acc)")
nb("p09_selectkbest_cross_val", ["preprocessing"], "from sklearn.datasets import make_classification\nfrom sklearn.feature_selection import SelectKBest\nfrom sklearn.ensemble import GradientBoostingClassifier\nfrom sklearn.model_selection import cross_val_score",
   "X, y = make_classification(n_samples=500, n_features=5000, n_informative=5, random_state=0)",
   "selector = SelectKBest(k=20)\nX_new = selector.fit_transform(X, y)\nscores = cross_val_score(GradientBoostingClassifier(), X_new, y, cv=5)\nprint(scores.mean())")
nb("p10_scaler_then_gridsearch", ["preprocessing"], IMPORTS + "\nfrom sklearn.preprocessing import RobustScaler\nfrom sklearn.svm import SVC\nfrom sklearn.model_selection import GridSearchCV",
   "credit = pd.read_parquet('credit.parquet')\nX = credit.drop('default', axis=1)\ny = credit['default']\nX_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=7)",
   "rs = RobustScaler().fit(X_train)\nX_train_s = rs.transform(X_train)\nX_test_s = rs.transform(X_test)",
   "grid = GridSearchCV(SVC(probability=True), {'C': [0.1, 1, 10], 'gamma': ['scale', 0.01]}, cv=5, scoring='roc_auc')\ngrid.fit(X_train_s, y_train)\nprint(grid.best_params_, grid.best_score_)")  # the leaky CV score is reported
nb("p11_manual_kfold_scaler", ["preprocessing"], "import numpy as np\nfrom sklearn.model_selection import StratifiedKFold\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.linear_model import LogisticRegression\nfrom sklearn.metrics import roc_auc_score",
   "X = np.genfromtxt('features.csv', delimiter=',')\ny = np.genfromtxt('labels.csv', delimiter=',')\nX = StandardScaler().fit_transform(X)",
   "skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)\naucs = []\nfor fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):\n    m = LogisticRegression(C=0.5)\n    m.fit(X[tr_idx], y[tr_idx])\n    aucs.append(roc_auc_score(y[va_idx], m.predict_proba(X[va_idx])[:, 1]))\nprint(np.mean(aucs))")
nb("p12_keras_tokenizer_all", ["preprocessing"], "!pip install tensorflow==2.15\nimport pandas as pd\nfrom tensorflow.keras.preprocessing.text import Tokenizer\nfrom tensorflow.keras.preprocessing.sequence import pad_sequences\nfrom tensorflow.keras.models import Sequential\nfrom tensorflow.keras.layers import Embedding, LSTM, Dense\nfrom sklearn.model_selection import train_test_split",
   "tweets = pd.read_csv('tweets.csv')\ntok = Tokenizer(num_words=20000)\ntok.fit_on_texts(tweets['text'])",
   "train_df, test_df = train_test_split(tweets, test_size=0.2, random_state=3)\nX_train = pad_sequences(tok.texts_to_sequences(train_df['text']), maxlen=60)\nX_test = pad_sequences(tok.texts_to_sequences(test_df['text']), maxlen=60)",
   "model = Sequential([Embedding(20000, 64), LSTM(32), Dense(1, activation='sigmoid')])\nmodel.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\nmodel.fit(X_train, train_df['target'], epochs=3)\nmodel.evaluate(X_test, test_df['target'])")
nb("p13_qcut_bins_all_rows", ["preprocessing"], "import pandas as pd\nfrom sklearn.linear_model import LinearRegression\nfrom sklearn.metrics import r2_score",
   "sales = pd.read_csv('sales.csv')\nsales['income_bin'] = pd.qcut(sales['income'], q=5, labels=False)\nsales = pd.get_dummies(sales, columns=['income_bin', 'region'])",
   "train = sales.sample(frac=0.75, random_state=11)\ntest = sales.drop(train.index)\nX_cols = [c for c in sales.columns if c != 'revenue']",
   "lr = LinearRegression().fit(train[X_cols], train['revenue'])\nr2_score(test['revenue'], lr.predict(test[X_cols]))")
nb("p14_zscore_pandas_iloc", ["preprocessing"], "import pandas as pd\nfrom lightgbm import LGBMClassifier\nfrom sklearn.metrics import roc_auc_score",
   "events = pd.read_csv('events.csv').sort_values('timestamp')\nnum = ['amount', 'duration', 'n_items']\nevents[num] = (events[num] - events[num].mean()) / events[num].std()",
   "cut = int(len(events) * 0.8)\ntrain_part = events.iloc[:cut]\ntest_part = events.iloc[cut:]",
   "gbm = LGBMClassifier(n_estimators=400)\ngbm.fit(train_part[num], train_part['fraud'])\nprint(roc_auc_score(test_part['fraud'], gbm.predict_proba(test_part[num])[:, 1]))")
nb("p15_knnimputer_numpy", ["preprocessing"], "import numpy as np\nfrom sklearn.impute import KNNImputer\nfrom sklearn.neighbors import KNeighborsRegressor\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.metrics import mean_squared_error",
   "arr = np.load('soil.npz')['data']\nfeatures, target = arr[:, 1:], arr[:, 0]\nfeatures = KNNImputer(n_neighbors=5).fit_transform(features)",
   "a_train, a_test, b_train, b_test = train_test_split(features, target, random_state=5)\nknn = KNeighborsRegressor(7).fit(a_train, b_train)\nrmse = np.sqrt(mean_squared_error(b_test, knn.predict(a_test)))\nrmse")
nb("p16_py2_cell_and_scaler_leak", ["preprocessing"], "import pandas as pd\nfrom sklearn.preprocessing import MinMaxScaler\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.ensemble import RandomForestRegressor",
   "print \"loading data\"",
   "wine = pd.read_csv('winequality.csv', sep=';')\nmm = MinMaxScaler()\nwine[wine.columns[:-1]] = mm.fit_transform(wine[wine.columns[:-1]])",
   "X_train, X_test, y_train, y_test = train_test_split(wine.drop('quality', axis=1), wine['quality'])\nforest = RandomForestRegressor().fit(X_train, y_train)\nprint(forest.score(X_test, y_test))")

# ---------------------------------------------------------------- overlap
nb("o01_smote_before_split", ["overlap"], IMPORTS + "\nfrom imblearn.over_sampling import SMOTE",
   "fraud = pd.read_csv('creditcard.csv')\nX = fraud.drop('Class', axis=1)\ny = fraud['Class']\nprint(y.value_counts())",
   "sm = SMOTE(random_state=2)\nX_res, y_res = sm.fit_resample(X, y)",
   "X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.3, random_state=0)\nrf = RandomForestClassifier(n_estimators=200).fit(X_train, y_train)\nprint(f1_score(y_test, rf.predict(X_test)))")
# under-sampling only removes rows: no row is on both sides of a fold (a shifted class balance, not leakage)
nb("o02_undersample_before_cv", [], "from sklearn.datasets import fetch_openml\nfrom sklearn.linear_model import LogisticRegression\nfrom sklearn.model_selection import cross_validate\nfrom imblearn.under_sampling import RandomUnderSampler",
   "df, y = fetch_openml('adult', version=2, as_frame=True, return_X_y=True)\ndf = df.select_dtypes(include='number')",
   "sampler = RandomUnderSampler(random_state=0)\nX_resampled, y_resampled = sampler.fit_resample(df, y)\ncv_results = cross_validate(LogisticRegression(max_iter=500), X_resampled, y_resampled, scoring='balanced_accuracy')\nprint(cv_results['test_score'].mean())")
nb("o03_resample_upsample_concat", ["overlap"], "import pandas as pd\nfrom sklearn.utils import resample\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.svm import LinearSVC\nfrom sklearn.metrics import recall_score",
   "loans = pd.read_csv('loans.csv')\nmajority = loans[loans.default == 0]\nminority = loans[loans.default == 1]",
   "minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)\nbalanced = pd.concat([majority, minority_up])",
   "X = balanced.drop('default', axis=1)\ny = balanced.default\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)\nsvc = LinearSVC().fit(X_train, y_train)\nprint(recall_score(y_test, svc.predict(X_test)))")
nb("o04_fit_on_all_score_test", ["overlap"], IMPORTS,
   "data = pd.read_csv('diabetes.csv')\nX = data.iloc[:, :-1]\ny = data.iloc[:, -1]\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)",
   "model = RandomForestClassifier(max_depth=5)\nmodel.fit(X, y)",
   "y_hat = model.predict(X_test)\nprint('accuracy', accuracy_score(y_test, y_hat))")
nb("o05_refit_on_train_plus_test", ["overlap"], IMPORTS + "\nfrom catboost import CatBoostClassifier",
   "df = pd.read_csv('bank.csv')\nX_train, X_test, y_train, y_test = train_test_split(df.drop(columns='y'), df['y'], random_state=1)",
   "cb = CatBoostClassifier(iterations=300, verbose=0)\ncb.fit(X_train, y_train)\nprint('holdout', roc_auc_score(y_test, cb.predict_proba(X_test)[:, 1]))",
   "## Final model on more data",
   "X_all = pd.concat([X_train, X_test])\ny_all = pd.concat([y_train, y_test])\ncb.fit(X_all, y_all)\nprint('final auc', roc_auc_score(y_test, cb.predict_proba(X_test)[:, 1]))")
nb("o06_augment_before_split", ["overlap"], "import numpy as np\nfrom tensorflow import keras\nfrom sklearn.model_selection import train_test_split",
   "images = np.load('digits_images.npy')\nlabels = np.load('digits_labels.npy')",
   "def augment_images(imgs):\n    flipped = imgs[:, :, ::-1]\n    noisy = imgs + np.random.normal(0, 0.05, imgs.shape)\n    return np.concatenate([flipped, noisy])\n\naug = augment_images(images)\nimages_all = np.concatenate([images, aug])\nlabels_all = np.concatenate([labels, labels, labels])",
   "x_tr, x_te, y_tr, y_te = train_test_split(images_all, labels_all, test_size=0.2)\ncnn = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(128, activation='relu'), keras.layers.Dense(10, activation='softmax')])\ncnn.compile('adam', 'sparse_categorical_crossentropy', metrics=['accuracy'])\ncnn.fit(x_tr, y_tr, epochs=5)\nprint(cnn.evaluate(x_te, y_te))")
nb("o07_duplicate_minority_concat", ["overlap"], IMPORTS,
   "df = pd.read_csv('stroke.csv')\npositives = df[df['stroke'] == 1]\ndf = pd.concat([df, positives, positives, positives], ignore_index=True)",
   "X_train, X_test, y_train, y_test = train_test_split(df.drop('stroke', axis=1), df['stroke'], test_size=0.25)\nclf = LogisticRegression().fit(X_train, y_train)\nprint(f1_score(y_test, clf.predict(X_test)))")
nb("o08_smote_then_gridsearch", ["overlap"], "import pandas as pd\nfrom imblearn.over_sampling import ADASYN\nfrom sklearn.model_selection import GridSearchCV\nfrom sklearn.ensemble import GradientBoostingClassifier",
   "churn = pd.read_csv('telco.csv')\nX, y = churn.drop('Churn', axis=1), churn['Churn']\nX_bal, y_bal = ADASYN().fit_resample(X, y)",
   "search = GridSearchCV(GradientBoostingClassifier(), {'max_depth': [2, 3, 4], 'learning_rate': [0.05, 0.1]}, cv=5, scoring='f1')\nsearch.fit(X_bal, y_bal)\nprint(search.best_score_)")
nb("o09_sample_without_drop", ["overlap"], "import pandas as pd\nfrom sklearn.ensemble import ExtraTreesRegressor\nfrom sklearn.metrics import mean_squared_error",
   "bikes = pd.read_csv('bike_sharing.csv')\nfeats = ['temp', 'hum', 'windspeed', 'hr', 'weekday']",
   "holdout = bikes.sample(frac=0.2, random_state=4)\nmodel = ExtraTreesRegressor(n_estimators=200)\nmodel.fit(bikes[feats], bikes['cnt'])",
   "print(mean_squared_error(holdout['cnt'], model.predict(holdout[feats])) ** 0.5)")
nb("o10_ros_before_kfold_loop", ["overlap"], "import numpy as np\nfrom imblearn.over_sampling import RandomOverSampler\nfrom sklearn.model_selection import KFold\nfrom sklearn.tree import DecisionTreeClassifier\nfrom sklearn.metrics import balanced_accuracy_score",
   "X = np.load('X.npy'); y = np.load('y.npy')\nXo, yo = RandomOverSampler().fit_resample(X, y)",
   "scores = []\nfor train_index, test_index in KFold(5, shuffle=True).split(Xo):\n    dt = DecisionTreeClassifier().fit(Xo[train_index], yo[train_index])\n    scores.append(balanced_accuracy_score(yo[test_index], dt.predict(Xo[test_index])))\nnp.mean(scores)")

# ---------------------------------------------------------------- multi-test
nb("m01_knn_k_on_test", ["multi-test"], IMPORTS + "\nfrom sklearn.neighbors import KNeighborsClassifier\nimport matplotlib.pyplot as plt",
   "iris = pd.read_csv('iris.csv')\nX_train, X_test, y_train, y_test = train_test_split(iris.drop('species', axis=1), iris.species, test_size=0.3, random_state=1)",
   "accs = []\nfor k in range(1, 26):\n    knn = KNeighborsClassifier(n_neighbors=k)\n    knn.fit(X_train, y_train)\n    accs.append(accuracy_score(y_test, knn.predict(X_test)))\nbest_k = int(np.argmax(accs)) + 1\nplt.plot(range(1, 26), accs)",
   "print('best k', best_k, 'test accuracy', max(accs))")
nb("m02_models_dict_on_test", ["multi-test"], IMPORTS + "\nfrom sklearn.svm import SVC\nfrom xgboost import XGBClassifier",
   "heart = pd.read_csv('heart.csv')\nX_train, X_test, y_train, y_test = train_test_split(heart.drop('target', axis=1), heart['target'], random_state=0)",
   "models = {'logreg': LogisticRegression(max_iter=2000), 'forest': RandomForestClassifier(), 'svm': SVC(), 'xgb': XGBClassifier()}\nresults = {}\nfor name, model in models.items():\n    model.fit(X_train, y_train)\n    results[name] = accuracy_score(y_test, model.predict(X_test))",
   "best = max(results, key=results.get)\nprint('best model', best, results[best])")
nb("m03_two_models_compared", ["multi-test", "preprocessing"],  # get_dummies learns the categories of all rows IMPORTS + "\nfrom sklearn.ensemble import GradientBoostingClassifier",
   "emp = pd.read_csv('hr_attrition.csv')\nX = pd.get_dummies(emp.drop('Attrition', axis=1))\ny = emp['Attrition'] == 'Yes'\nX_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y)",
   "## Logistic regression",
   "lr = LogisticRegression(max_iter=3000).fit(X_tr, y_tr)\nauc_lr = roc_auc_score(y_te, lr.predict_proba(X_te)[:, 1])\nauc_lr",
   "## Gradient boosting",
   "gb = GradientBoostingClassifier().fit(X_tr, y_tr)\nauc_gb = roc_auc_score(y_te, gb.predict_proba(X_te)[:, 1])\nauc_gb",
   "final = gb if auc_gb > auc_lr else lr\nprint('we keep', type(final).__name__)")
nb("m04_xgb_early_stopping_on_test", ["multi-test"], "import pandas as pd\nimport xgboost as xgb\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.metrics import roc_auc_score",
   "clicks = pd.read_csv('clicks.csv')\nX_train, X_test, y_train, y_test = train_test_split(clicks.drop('clicked', axis=1), clicks['clicked'], test_size=0.2)",
   "booster = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.05, early_stopping_rounds=50)\nbooster.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=100)",
   "print('test auc', roc_auc_score(y_test, booster.predict_proba(X_test)[:, 1]))")
nb("m05_threshold_tuned_on_test", ["multi-test"], IMPORTS,
   "df = pd.read_csv('spam.csv')\nX_train, X_test, y_train, y_test = train_test_split(df.drop('spam', axis=1), df.spam, random_state=2)\nclf = LogisticRegression(max_iter=1000).fit(X_train, y_train)\nproba = clf.predict_proba(X_test)[:, 1]",
   "best_t, best_f1 = 0.5, 0\nfor t in np.arange(0.1, 0.9, 0.05):\n    f = f1_score(y_test, (proba > t).astype(int))\n    if f > best_f1:\n        best_t, best_f1 = t, f\nprint(best_t, best_f1)")
nb("m06_helper_eval_function", ["multi-test", "preprocessing"],  # get_dummies learns the categories of all rows IMPORTS + "\nfrom sklearn.naive_bayes import GaussianNB\nfrom sklearn.tree import DecisionTreeClassifier",
   "raw = pd.read_csv('mushrooms.csv')\nX = pd.get_dummies(raw.drop('class', axis=1))\ny = raw['class']\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.33)",
   "def fit_and_score(estimator):\n    estimator.fit(X_train, y_train)\n    return accuracy_score(y_test, estimator.predict(X_test))",
   "scores = [fit_and_score(m) for m in [GaussianNB(), DecisionTreeClassifier(), RandomForestClassifier()]]\nprint(scores)")
nb("m07_keras_earlystop_on_test", ["multi-test"], "import numpy as np\nfrom sklearn.model_selection import train_test_split\nfrom keras.models import Sequential\nfrom keras.layers import Dense, Dropout\nfrom keras.callbacks import EarlyStopping",
   "X = np.load('X.npy'); y = np.load('y.npy')\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)",
   "model = Sequential()\nmodel.add(Dense(128, activation='relu', input_dim=X.shape[1]))\nmodel.add(Dropout(0.3))\nmodel.add(Dense(1, activation='sigmoid'))\nmodel.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])",
   "es = EarlyStopping(monitor='val_loss', patience=5, restore_best_weights=True)\nhistory = model.fit(X_train, y_train, validation_data=(X_test, y_test), epochs=100, callbacks=[es])",
   "test_loss, test_acc = model.evaluate(X_test, y_test)\nprint(test_acc)")
nb("m08_param_grid_loop_on_test", ["multi-test"], "import itertools\nimport pandas as pd\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.ensemble import RandomForestRegressor\nfrom sklearn.metrics import mean_absolute_error",
   "energy = pd.read_csv('energy.csv')\ntr, te = train_test_split(energy, test_size=0.2, random_state=0)\nfeature_cols = ['temp', 'hour', 'dow', 'load_lag1']",
   "best = (None, float('inf'))\nfor depth, n in itertools.product([4, 8, 16], [100, 300]):\n    reg = RandomForestRegressor(max_depth=depth, n_estimators=n).fit(tr[feature_cols], tr['load'])\n    mae = mean_absolute_error(te['load'], reg.predict(te[feature_cols]))\n    if mae < best[1]:\n        best = ((depth, n), mae)\nbest")

# ---------------------------------------------------------------- combinations
nb("x01_scaler_leak_and_model_loop", ["preprocessing", "multi-test"], IMPORTS + "\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.svm import SVC",
   "X = pd.read_csv('cancer.csv').drop(columns=['id', 'diagnosis'])\ny = pd.read_csv('cancer.csv')['diagnosis']",
   "X = pd.DataFrame(StandardScaler().fit_transform(X), columns=X.columns)\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)",
   "for C in [0.01, 0.1, 1, 10, 100]:\n    svc = SVC(C=C).fit(X_train, y_train)\n    print(C, svc.score(X_test, y_test))")
nb("x02_fillna_and_smote_before_split", ["preprocessing", "overlap"], "%load_ext autoreload\n%autoreload 2\n" + IMPORTS + "\nfrom imblearn.over_sampling import SMOTE",
   "df = pd.read_csv('insurance_claims.csv')\ndf = df.fillna(df.median(numeric_only=True))\nX, y = df.drop('fraud', axis=1), df['fraud']",
   "X_sm, y_sm = SMOTE().fit_resample(X, y)\nX_train, X_test, y_train, y_test = train_test_split(X_sm, y_sm, test_size=0.25)",
   "rf = RandomForestClassifier().fit(X_train, y_train)\nprint(roc_auc_score(y_test, rf.predict_proba(X_test)[:, 1]))")

# ---------------------------------------------------------------- clean look-alikes
nb("c01_scaler_after_split", [], "## Churn model, done right", IMPORTS + "\nfrom sklearn.preprocessing import StandardScaler",
   "df = pd.read_csv('churn.csv')\nX = df.drop(columns=['customer_id', 'churned'])\ny = df['churned']",
   "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)\nscaler = StandardScaler()\nX_train_s = scaler.fit_transform(X_train)\nX_test_s = scaler.transform(X_test)",
   "clf = LogisticRegression(max_iter=1000).fit(X_train_s, y_train)\nprint('train', clf.score(X_train_s, y_train))\nprint('test', clf.score(X_test_s, y_test))")
nb("c02_titanic_fillna_train_mean", [], "%matplotlib inline\nimport pandas as pd\nfrom sklearn.tree import DecisionTreeClassifier\nfrom sklearn.model_selection import train_test_split\nfrom sklearn import metrics",
   "titanic = pd.read_csv('../input/titanic/train.csv')\ntitanic['Sex'] = titanic['Sex'].map({'male': 0, 'female': 1})\nfeatures = ['Pclass', 'Sex', 'Age', 'Fare']\ntrain, test = train_test_split(titanic, test_size=0.3, random_state=1)",
   "age_mean = train['Age'].mean()\ntrain = train.assign(Age=train['Age'].fillna(age_mean))\ntest = test.assign(Age=test['Age'].fillna(age_mean))\nprint(titanic.describe())",
   "tree = DecisionTreeClassifier(max_depth=4).fit(train[features], train.Survived)\nprint(metrics.accuracy_score(test.Survived, tree.predict(test[features])))\nprint(metrics.confusion_matrix(test.Survived, tree.predict(test[features])))")
nb("c03_pipeline_cross_val", [], "from sklearn.datasets import make_classification\nfrom sklearn.feature_selection import SelectKBest\nfrom sklearn.ensemble import GradientBoostingClassifier\nfrom sklearn.model_selection import cross_val_score\nfrom sklearn.pipeline import make_pipeline",
   "X, y = make_classification(n_samples=500, n_features=5000, n_informative=5, random_state=0)",
   "pipeline = make_pipeline(SelectKBest(k=20), GradientBoostingClassifier())\nscores = cross_val_score(pipeline, X, y, cv=5)\nprint(scores.mean())")
nb("c04_smote_on_train_only", [], IMPORTS + "\nfrom imblearn.over_sampling import SMOTE",
   "fraud = pd.read_csv('creditcard.csv')\nX = fraud.drop('Class', axis=1)\ny = fraud['Class']",
   "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)\nX_train_res, y_train_res = SMOTE(random_state=2).fit_resample(X_train, y_train)",
   "rf = RandomForestClassifier(n_estimators=200).fit(X_train_res, y_train_res)\nprint(f1_score(y_test, rf.predict(X_test)))")
nb("c05_imblearn_pipeline_cv", [], "from sklearn.datasets import fetch_openml\nfrom sklearn.linear_model import LogisticRegression\nfrom sklearn.model_selection import cross_validate\nfrom imblearn.under_sampling import RandomUnderSampler\nfrom imblearn.pipeline import make_pipeline",
   "df, y = fetch_openml('adult', version=2, as_frame=True, return_X_y=True)\ndf = df.select_dtypes(include='number')",
   "model = make_pipeline(RandomUnderSampler(random_state=0), LogisticRegression(max_iter=500))\ncv_results = cross_validate(model, df, y, scoring='balanced_accuracy')\nprint(cv_results['test_score'].mean())")
nb("c06_select_on_validation", [], IMPORTS + "\nfrom sklearn.neighbors import KNeighborsClassifier",
   "iris = pd.read_csv('iris.csv')\nX_rest, X_test, y_rest, y_test = train_test_split(iris.drop('species', axis=1), iris.species, test_size=0.2, random_state=1)\nX_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, random_state=1)",
   "val_acc = {}\nfor k in range(1, 26):\n    knn = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)\n    val_acc[k] = accuracy_score(y_val, knn.predict(X_val))\nbest_k = max(val_acc, key=val_acc.get)",
   "final = KNeighborsClassifier(n_neighbors=best_k).fit(X_rest, y_rest)\nprint('test accuracy', accuracy_score(y_test, final.predict(X_test)))")
nb("c07_tfidf_fit_on_train", [], "import pandas as pd\nfrom sklearn.feature_extraction.text import TfidfVectorizer\nfrom sklearn.naive_bayes import MultinomialNB\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.metrics import classification_report",
   "reviews = pd.read_json('reviews.jsonl', lines=True).dropna(subset=['text'])\ntext_train, text_test, y_train, y_test = train_test_split(reviews['text'], reviews['stars'] >= 4, stratify=reviews['stars'] >= 4)",
   "vec = TfidfVectorizer(min_df=3)\nXtr = vec.fit_transform(text_train)\nXte = vec.transform(text_test)\nnb_clf = MultinomialNB().fit(Xtr, y_train)\nprint(classification_report(y_test, nb_clf.predict(Xte)))")
nb("c08_pca_fit_on_train", [], IMPORTS + "\nfrom sklearn.decomposition import PCA",
   "X = np.load('embeddings.npy')\ny = np.load('labels.npy')\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25)",
   "pca = PCA(n_components=50).fit(X_train)\nrf = RandomForestClassifier(n_estimators=300).fit(pca.transform(X_train), y_train)\nprint(f1_score(y_test, rf.predict(pca.transform(X_test)), average='macro'))")
nb("c09_target_encoding_train_only", [], "import pandas as pd\nimport xgboost as xgb\nfrom sklearn.metrics import mean_absolute_error",
   "houses = pd.read_csv('houses.csv')\ntrain = houses.sample(frac=0.8, random_state=0)\nvalid = houses.drop(train.index)",
   "city_means = train.groupby('city')['price'].mean()\ntrain['city_price'] = train['city'].map(city_means)\nvalid['city_price'] = valid['city'].map(city_means).fillna(train['price'].mean())",
   "cols = ['rooms', 'area', 'city_price']\nreg = xgb.XGBRegressor(n_estimators=500).fit(train[cols], train['price'])\nprint(mean_absolute_error(valid['price'], reg.predict(valid[cols])))")
nb("c10_kfold_loop_with_pipeline", [], "import numpy as np\nfrom sklearn.model_selection import StratifiedKFold\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.linear_model import LogisticRegression\nfrom sklearn.pipeline import Pipeline\nfrom sklearn.metrics import roc_auc_score",
   "X = np.genfromtxt('features.csv', delimiter=',')\ny = np.genfromtxt('labels.csv', delimiter=',')",
   "skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)\naucs = []\nfor tr_idx, va_idx in skf.split(X, y):\n    pipe = Pipeline([('scale', StandardScaler()), ('lr', LogisticRegression(C=0.5))])\n    pipe.fit(X[tr_idx], y[tr_idx])\n    aucs.append(roc_auc_score(y[va_idx], pipe.predict_proba(X[va_idx])[:, 1]))\nprint(np.mean(aucs), np.std(aucs))")
nb("c11_keras_tokenizer_train_only", [], "!pip install tensorflow==2.15\nimport pandas as pd\nfrom tensorflow.keras.preprocessing.text import Tokenizer\nfrom tensorflow.keras.preprocessing.sequence import pad_sequences\nfrom tensorflow.keras.models import Sequential\nfrom tensorflow.keras.layers import Embedding, LSTM, Dense\nfrom sklearn.model_selection import train_test_split",
   "tweets = pd.read_csv('tweets.csv')\ntrain_df, test_df = train_test_split(tweets, test_size=0.2, random_state=3)\ntok = Tokenizer(num_words=20000)\ntok.fit_on_texts(train_df['text'])",
   "X_train = pad_sequences(tok.texts_to_sequences(train_df['text']), maxlen=60)\nX_test = pad_sequences(tok.texts_to_sequences(test_df['text']), maxlen=60)",
   "model = Sequential([Embedding(20000, 64), LSTM(32), Dense(1, activation='sigmoid')])\nmodel.compile(loss='binary_crossentropy', optimizer='adam', metrics=['accuracy'])\nmodel.fit(X_train, train_df['target'], epochs=3, validation_split=0.1)\nmodel.evaluate(X_test, test_df['target'])")
nb("c12_xgb_early_stopping_on_valid", [], "import pandas as pd\nimport xgboost as xgb\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.metrics import roc_auc_score",
   "clicks = pd.read_csv('clicks.csv')\nX_full, X_test, y_full, y_test = train_test_split(clicks.drop('clicked', axis=1), clicks['clicked'], test_size=0.2)\nX_train, X_valid, y_train, y_valid = train_test_split(X_full, y_full, test_size=0.2)",
   "booster = xgb.XGBClassifier(n_estimators=2000, learning_rate=0.05, early_stopping_rounds=50)\nbooster.fit(X_train, y_train, eval_set=[(X_valid, y_valid)], verbose=100)",
   "print('test auc', roc_auc_score(y_test, booster.predict_proba(X_test)[:, 1]))")
nb("c13_gridsearch_pipeline_train", [], IMPORTS + "\nfrom sklearn.preprocessing import RobustScaler\nfrom sklearn.svm import SVC\nfrom sklearn.model_selection import GridSearchCV\nfrom sklearn.pipeline import Pipeline",
   "credit = pd.read_parquet('credit.parquet')\nX = credit.drop('default', axis=1)\ny = credit['default']\nX_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=7)",
   "pipe = Pipeline([('scale', RobustScaler()), ('svc', SVC(probability=True))])\ngrid = GridSearchCV(pipe, {'svc__C': [0.1, 1, 10]}, cv=5, scoring='roc_auc')\ngrid.fit(X_train, y_train)\nprint(grid.best_params_, grid.best_score_)",
   "best = grid.best_estimator_\nprint('test auc', roc_auc_score(y_test, best.predict_proba(X_test)[:, 1]))")
nb("c14_numpy_minmax_from_train", [], "import numpy as np\nfrom sklearn.svm import SVC",
   "data = np.loadtxt('sensors.csv', delimiter=',', skiprows=1)\nX, y = data[:, :-1], data[:, -1]\nn = int(0.8 * len(X))\nX_tr, y_tr = X[:n], y[:n]\nX_te, y_te = X[n:], y[n:]",
   "lo, hi = X_tr.min(axis=0), X_tr.max(axis=0)\nX_tr = (X_tr - lo) / (hi - lo)\nX_te = (X_te - lo) / (hi - lo)",
   "svm = SVC(C=10).fit(X_tr, y_tr)\nacc = (svm.predict(X_te) == y_te).mean()\nprint(f'accuracy {acc:.3f}')")
nb("c15_upsample_train_only", [], "import pandas as pd\nfrom sklearn.utils import resample\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.svm import LinearSVC\nfrom sklearn.metrics import recall_score",
   "loans = pd.read_csv('loans.csv')\ntrain, test = train_test_split(loans, test_size=0.2, stratify=loans.default)",
   "majority = train[train.default == 0]\nminority = train[train.default == 1]\nminority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)\ntrain_bal = pd.concat([majority, minority_up])",
   "svc = LinearSVC().fit(train_bal.drop('default', axis=1), train_bal.default)\nprint(recall_score(test.default, svc.predict(test.drop('default', axis=1))))")
nb("c16_py2_cell_single_model", ["preprocessing"], "%matplotlib inline\nimport pandas as pd\nimport matplotlib.pyplot as plt\nfrom sklearn.model_selection import train_test_split\nfrom sklearn.ensemble import RandomForestClassifier\nfrom sklearn.metrics import accuracy_score, f1_score, confusion_matrix",
   "print 'this notebook was started in python 2'",
   "%%time\ndf = pd.read_csv('adult.csv')\ndf = pd.get_dummies(df, drop_first=True)\nX_train, X_test, y_train, y_test = train_test_split(df.drop('income_>50K', axis=1), df['income_>50K'])",
   "forest = RandomForestClassifier(n_estimators=100).fit(X_train, y_train)\npred = forest.predict(X_test)\nprint(accuracy_score(y_test, pred), f1_score(y_test, pred))\nprint(confusion_matrix(y_test, pred))\nplt.barh(X_train.columns, forest.feature_importances_)",
   "%%bash\nls -la data/")
nb("c17_sample_and_drop_split", [], "import pandas as pd\nfrom sklearn.ensemble import ExtraTreesRegressor\nfrom sklearn.metrics import mean_squared_error",
   "bikes = pd.read_csv('bike_sharing.csv')\nfeats = ['temp', 'hum', 'windspeed', 'hr', 'weekday']\nholdout = bikes.sample(frac=0.2, random_state=4)\ntraining = bikes.drop(holdout.index)",
   "model = ExtraTreesRegressor(n_estimators=200).fit(training[feats], training['cnt'])\nprint(mean_squared_error(holdout['cnt'], model.predict(holdout[feats])) ** 0.5)")
nb("c18_refit_train_plus_val", [], IMPORTS + "\nfrom catboost import CatBoostClassifier",
   "df = pd.read_csv('bank.csv')\nX_dev, X_test, y_dev, y_test = train_test_split(df.drop(columns='y'), df['y'], random_state=1)\nX_train, X_val, y_train, y_val = train_test_split(X_dev, y_dev, random_state=1)",
   "for depth in [4, 6, 8]:\n    cb = CatBoostClassifier(depth=depth, verbose=0).fit(X_train, y_train)\n    print(depth, roc_auc_score(y_val, cb.predict_proba(X_val)[:, 1]))",
   "X_fit = pd.concat([X_train, X_val])\ny_fit = pd.concat([y_train, y_val])\nfinal = CatBoostClassifier(depth=6, verbose=0).fit(X_fit, y_fit)\nprint('test auc', roc_auc_score(y_test, final.predict_proba(X_test)[:, 1]))")
nb("c19_time_split_helper", [], "import pandas as pd\nfrom lightgbm import LGBMClassifier\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.metrics import roc_auc_score",
   "def time_split(frame, date):\n    return frame[frame['timestamp'] < date], frame[frame['timestamp'] >= date]\n\nevents = pd.read_csv('events.csv', parse_dates=['timestamp'])\nnum = ['amount', 'duration', 'n_items']\ntrain_events, test_events = time_split(events, '2023-01-01')",
   "sc = StandardScaler().fit(train_events[num])\ngbm = LGBMClassifier(n_estimators=400).fit(sc.transform(train_events[num]), train_events['fraud'])\nprint(roc_auc_score(test_events['fraud'], gbm.predict_proba(sc.transform(test_events[num]))[:, 1]))")
nb("c20_cross_val_on_train_then_test", [], IMPORTS + "\nfrom sklearn.model_selection import cross_val_score\nfrom sklearn.pipeline import make_pipeline\nfrom sklearn.impute import SimpleImputer\nfrom sklearn.preprocessing import StandardScaler",
   "df = pd.read_csv('heart.csv')\nX_train, X_test, y_train, y_test = train_test_split(df.drop('target', axis=1), df['target'], random_state=0)",
   "candidates = {'lr': make_pipeline(SimpleImputer(), StandardScaler(), LogisticRegression()), 'rf': make_pipeline(SimpleImputer(), RandomForestClassifier())}\ncv_scores = {name: cross_val_score(p, X_train, y_train, cv=5).mean() for name, p in candidates.items()}\nbest_name = max(cv_scores, key=cv_scores.get)",
   "chosen = candidates[best_name].fit(X_train, y_train)\nprint(best_name, accuracy_score(y_test, chosen.predict(X_test)))")

# ---------------------------------------------------------------- review look-alikes: train / validation / test, baselines, match
nb("c21_train_val_test_temp_split", [], IMPORTS + "\nimport xgboost as xgb\nfrom sklearn.svm import SVC",
   "loans = pd.read_csv('loans.csv')\nX, y = loans.drop(columns='default'), loans['default']\nX_train, X_temp, y_train, y_temp = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)\nX_val, X_test, y_val, y_test = train_test_split(X_temp, y_temp, test_size=0.5, stratify=y_temp, random_state=0)",
   "candidates = {'logreg': LogisticRegression(max_iter=1000), 'forest': RandomForestClassifier(), 'svm': SVC(probability=True)}\nval_auc = {}\nfor name, est in candidates.items():\n    est.fit(X_train, y_train)\n    val_auc[name] = roc_auc_score(y_val, est.predict_proba(X_val)[:, 1])\nbest_name = max(val_auc, key=val_auc.get)\nprint(val_auc, best_name)",
   "booster = xgb.XGBClassifier(n_estimators=1000, early_stopping_rounds=30)\nbooster.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=False)",
   "chosen = candidates[best_name]\nprint('test auc', roc_auc_score(y_test, chosen.predict_proba(X_test)[:, 1]))")
nb("c22_baseline_and_final_on_test", [], IMPORTS + "\nfrom sklearn.dummy import DummyClassifier",
   "wine = pd.read_csv('wine.csv')\nX_train, X_test, y_train, y_test = train_test_split(wine.drop('good', axis=1), wine['good'], test_size=0.25, random_state=3)",
   "## Baseline",
   "baseline = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)\nprint('baseline accuracy', accuracy_score(y_test, baseline.predict(X_test)))",
   "## Model",
   "forest = RandomForestClassifier(n_estimators=500, random_state=3).fit(X_train, y_train)\nprint('forest accuracy', accuracy_score(y_test, forest.predict(X_test)))\nprint('forest f1', f1_score(y_test, forest.predict(X_test)))")
nb("c23_keras_val_part_of_holdout", [], "import numpy as np\nfrom sklearn.model_selection import train_test_split\nfrom keras.models import Sequential\nfrom keras.layers import Dense\nfrom keras.callbacks import EarlyStopping",
   "data = np.load('signals.npz')\nX, y = data['X'], data['y']\nX_train, X_hold, y_train, y_hold = train_test_split(X, y, test_size=0.3, random_state=7)\nX_a, X_b, y_a, y_b = train_test_split(X_hold, y_hold, test_size=0.5, random_state=7)",
   "net = Sequential([Dense(64, activation='relu'), Dense(1, activation='sigmoid')])\nnet.compile(optimizer='adam', loss='binary_crossentropy', metrics=['accuracy'])\nnet.fit(X_train, y_train, validation_data=(X_a, y_a), epochs=200, callbacks=[EarlyStopping(patience=10, restore_best_weights=True)])",
   "loss, acc = net.evaluate(X_b, y_b)\nprint('held-out accuracy', acc)")
nb("c24_match_scaler_train_only", [], IMPORTS + "\nfrom sklearn.preprocessing import StandardScaler, MinMaxScaler",
   "df = pd.read_csv('churn.csv')\nX_train, X_test, y_train, y_test = train_test_split(df.drop(columns='churned'), df['churned'], random_state=1)\nscaling = 'standard'",
   "match scaling:\n    case 'standard':\n        scaler = StandardScaler().fit(X_train)\n    case 'minmax':\n        scaler = MinMaxScaler().fit(X_train)\n    case _:\n        scaler = None",
   "clf = LogisticRegression(max_iter=1000).fit(scaler.transform(X_train), y_train)\nprint(clf.score(scaler.transform(X_test), y_test))")
nb("m09_temp_split_models_on_test", ["multi-test"], IMPORTS + "\nfrom sklearn.svm import SVC",
   "loans = pd.read_csv('loans.csv')\nX, y = loans.drop(columns='default'), loans['default']\nX_train, X_temp, y_train, y_temp = train_test_split(X, y, test_size=0.3, random_state=0)\nX_val, X_test, y_val, y_test = train_test_split(X_temp, y_temp, test_size=0.5, random_state=0)",
   "test_auc = {}\nfor name, est in {'logreg': LogisticRegression(), 'forest': RandomForestClassifier(), 'svm': SVC(probability=True)}.items():\n    est.fit(X_train, y_train)\n    test_auc[name] = roc_auc_score(y_test, est.predict_proba(X_test)[:, 1])\nprint(max(test_auc, key=test_auc.get))")
nb("m10_two_models_best_of_dict", ["multi-test"], IMPORTS + "\nfrom sklearn.ensemble import ExtraTreesClassifier",
   "sat = pd.read_csv('satisfaction.csv')\nX_train, X_test, y_train, y_test = train_test_split(sat.drop('satisfied', axis=1), sat['satisfied'], random_state=5)",
   "lr = LogisticRegression(max_iter=2000).fit(X_train, y_train)\net = ExtraTreesClassifier(n_estimators=400).fit(X_train, y_train)\nscores = {'lr': f1_score(y_test, lr.predict(X_test)), 'et': f1_score(y_test, et.predict(X_test))}",
   "winner = max(scores, key=scores.get)\nprint('keep', winner, scores[winner])")
nb("p17_match_scaler_case", ["preprocessing"], IMPORTS + "\nfrom sklearn.preprocessing import StandardScaler, QuantileTransformer",
   "df = pd.read_csv('claims.csv')\nX, y = df.drop(columns='fraud'), df['fraud']\nscaling = 'quantile'",
   "match scaling:\n    case 'quantile':\n        X = QuantileTransformer(n_quantiles=100).fit_transform(X)\n    case 'standard':\n        X = StandardScaler().fit_transform(X)\n    case _:\n        X = df.drop(columns=['fraud', 'claim_id'])",
   "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)\nforest = RandomForestClassifier().fit(X_train, y_train)\nprint(roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1]))")


def write():
    labels = {}
    for name, (kinds, cells) in NOTEBOOKS.items():
        nbk = nbformat.v4.new_notebook()
        nbk.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        for i, c in enumerate(cells):
            cell = nbformat.v4.new_markdown_cell(c) if c.startswith("## ") else nbformat.v4.new_code_cell(c)
            cell["id"] = f"{name[:20]}-{i}"
            nbk.cells.append(cell)
        nbformat.write(nbk, HERE / f"{name}.ipynb")
        labels[f"{name}.ipynb"] = sorted(kinds)
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    return labels


if __name__ == "__main__":
    labels = write()
    print(f"{len(labels)} notebooks, {sum(not k for k in labels.values())} clean")
