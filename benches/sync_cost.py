#!/usr/bin/env python3
"""The cost of synchronous=FULL per commit (issue 15): one claim-sized
transaction (a claim, two events, an audit row) committed 2,000 times in WAL
mode with synchronous=NORMAL and =FULL, twice each. `python3 benches/sync_cost.py`."""
import sqlite3, time, os, tempfile, statistics
def run(mode, n=2000):
    d=tempfile.TemporaryDirectory()
    p=os.path.join(d.name,"t.sqlite3")
    c=sqlite3.connect(p, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL"); c.execute(f"PRAGMA synchronous={mode}")
    c.execute("CREATE TABLE claims(id INTEGER PRIMARY KEY, body TEXT)")
    c.execute("CREATE TABLE events(id INTEGER PRIMARY KEY, claim INTEGER, body TEXT)")
    c.execute("CREATE TABLE audit(id INTEGER PRIMARY KEY, body TEXT)")
    body="x"*600
    ts=[]
    for i in range(n):
        t=time.perf_counter()
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO claims(body) VALUES (?)",(body,))
        c.execute("INSERT INTO events(claim,body) VALUES (?,?)",(i,body))
        c.execute("INSERT INTO events(claim,body) VALUES (?,?)",(i,body))
        c.execute("INSERT INTO audit(body) VALUES (?)",(body,))
        c.execute("COMMIT")
        ts.append((time.perf_counter()-t)*1e6)
    ts.sort()
    c.close(); d.cleanup()
    return statistics.median(ts), ts[int(len(ts)*0.99)], sum(ts)/len(ts)
for mode in ["NORMAL","FULL","NORMAL","FULL"]:
    m,p99,mean=run(mode)
    print(f"{mode:6} median {m:7.1f} us  p99 {p99:8.1f} us  mean {mean:7.1f} us")
