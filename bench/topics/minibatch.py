"""Peer for bench/topics speed: scikit-learn MiniBatchKMeans on the same raw float32 vectors.

Usage: minibatch.py FILE ROWS DIM K  -> prints JSON {"seconds": ...}
"""
import json
import sys
import time

import numpy as np
from sklearn.cluster import MiniBatchKMeans

path, rows, dim, k = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
vectors = np.fromfile(path, dtype=np.float32).reshape(rows, dim)
started = time.perf_counter()
MiniBatchKMeans(n_clusters=k, n_init=3, batch_size=1024, random_state=0).fit(vectors)
print(json.dumps({"seconds": time.perf_counter() - started}))
