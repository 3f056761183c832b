"""Peer for bench/ingest: python3's csv module reading the same per-turn CSV into sqlite3 with executemany."""
import csv, json, os, resource, sqlite3, sys, time

def run(transform=None):
    """Imports argv[1] into the sqlite file argv[2]; `transform` (if any) rewrites each message first."""
    path, db_path = sys.argv[1], sys.argv[2]
    started = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute('CREATE TABLE turns (conversation_id TEXT, customer TEXT, started TEXT, speaker TEXT, message TEXT)')
    rows = 0
    with open(path, newline='', encoding='utf-8') as f:
        reader = csv.reader(f)
        next(reader)
        batch = []
        for row in reader:
            if transform:
                row[4] = transform(row[4])
            batch.append(row)
            if len(batch) >= 2000:
                db.executemany('INSERT INTO turns VALUES (?, ?, ?, ?, ?)', batch)
                db.commit()
                rows += len(batch)
                batch = []
        if batch:
            db.executemany('INSERT INTO turns VALUES (?, ?, ?, ?, ?)', batch)
            db.commit()
            rows += len(batch)
    db.close()
    seconds = time.perf_counter() - started
    print(json.dumps({'seconds': seconds, 'rows': rows, 'maxRssKb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))


if __name__ == '__main__':
    run()
