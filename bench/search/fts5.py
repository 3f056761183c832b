"""Keyword search with SQLite FTS5 (python3's sqlite3) over the same texts, for bench/search.
Reads {"texts": [...], "queries": [...], "limit": N} on stdin; prints {"build_ms", "p50_ms", "p95_ms"}."""
import json
import sqlite3
import sys
import time

spec = json.load(sys.stdin)
db = sqlite3.connect(":memory:")
db.execute("CREATE VIRTUAL TABLE docs USING fts5(text, tokenize='unicode61')")
started = time.perf_counter()
db.executemany("INSERT INTO docs(rowid, text) VALUES (?, ?)", enumerate(spec["texts"]))
db.commit()
build_ms = (time.perf_counter() - started) * 1000
times = []
for query in spec["queries"]:
    # OR of the words, ranked by bm25: the same question LanceDB's FTS answers.
    words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
    match = " OR ".join('"%s"' % w for w in words)
    t = time.perf_counter()
    db.execute("SELECT rowid, snippet(docs, 0, '[', ']', '…', 12) FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, spec["limit"])).fetchall()
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(json.dumps({"build_ms": build_ms, "p50_ms": times[len(times) // 2], "p95_ms": times[int(len(times) * 0.95)]}))
