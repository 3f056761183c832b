"""Peer baseline for bench/topics: scikit-learn KMeans on TF-IDF at the true number of intents.

Reads JSON {"texts": [...], "labels": [...], "predicted": [...]} on stdin and prints JSON with the
baseline's NMI/ARI, and scikit-learn's own NMI/ARI of Gleaner's predicted labels (a cross-check of
the TypeScript metrics).
"""
import json
import sys
import time

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

data = json.load(sys.stdin)
labels = data["labels"]
k = len(set(labels))
started = time.perf_counter()
vectors = TfidfVectorizer().fit_transform(data["texts"])
baseline = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vectors)
seconds = time.perf_counter() - started
out = {
    "k": k,
    "seconds": seconds,
    "nmi": normalized_mutual_info_score(labels, baseline),
    "ari": adjusted_rand_score(labels, baseline),
}
if data.get("predicted"):
    out["gleaner_nmi"] = normalized_mutual_info_score(labels, data["predicted"])
    out["gleaner_ari"] = adjusted_rand_score(labels, data["predicted"])
print(json.dumps(out))
