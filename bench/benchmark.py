#!/usr/bin/env python3
"""Duedesk scale benchmarks, each beside a reference measured in the same run.

Makes the demo ledger, exports it as a generic CSV, then measures:
  import     duedesk-cli import into an empty ledger   vs  sqlite3 .import into a bare table
  re-import  the same file again (nothing changes)     vs  sqlite3 .import
  aging      by analyst, the CLI's own --timing        vs  the sqlite3 shell's GROUP BY with CASE buckets
  aging by account, and as of six months back (no reference; reported)
  import of a file four times larger (the export's rows four times, the
  copies' document numbers made unique): peak memory must stay flat
Every measurement runs at least three times; the table shows medians and
peak memory (max RSS, from GNU time). No time is asserted here: the ratios
are printed for docs/performance.md.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

USERS = ["amorgan", "bokafor", "cdubois", "dpatel"]


def timed(cmd, stdin=None):
    """Runs cmd under GNU time; returns (seconds, max RSS in MB, stdout, stderr)."""
    full = ["/usr/bin/time", "-f", "__TIME__ %e %M"] + cmd
    proc = subprocess.run(full, stdin=stdin, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"benchmark: {' '.join(cmd)} failed:\n{proc.stderr}")
    m = re.search(r"__TIME__ ([0-9.]+) ([0-9]+)", proc.stderr)
    return float(m.group(1)), int(m.group(2)) / 1024.0, proc.stdout, proc.stderr


def sqlite_timer(db, sql_text):
    """Runs SQL in the sqlite3 shell with .timer on; returns (real seconds, RSS MB)."""
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write(".timer on\n" + sql_text)
        path = f.name
    with open(path) as stdin:
        _, rss, out, _ = timed(["sqlite3", db], stdin=stdin)
    os.unlink(path)
    reals = [float(x) for x in re.findall(r"Run Time: real ([0-9.]+)", out)]
    return reals[-1], rss


def write_larger_export(source, target, copies):
    """Writes the export's header and its data rows `copies` times; every copy
    after the first has "-cN" appended to each document number, so each row is
    a new document of the same account (more history per customer)."""
    # The document number is the third field; the name before it may be quoted.
    document = re.compile(rb'^([^,\n]*,(?:"(?:[^"]|"")*"|[^,\n]*),[^,\n]*)', re.M)
    with open(target, "wb") as out:
        for copy in range(1, copies + 1):
            with open(source, "rb") as f:
                header = f.readline()
                if copy == 1:
                    out.write(header)
                while True:
                    lines = f.readlines(1 << 24)
                    if not lines:
                        break
                    block = b"".join(lines)
                    if copy > 1:
                        block = document.sub(rb"\1-c%d" % copy, block)
                    out.write(block)


def median_of(fn, runs):
    results = [fn() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def reference_aging_sql(as_of_day):
    buckets = [(None, 0), (1, 30), (31, 60), (61, 90), (91, 120), (121, None)]
    cols = []
    for low, high in buckets:
        if low is None:
            cond = f"{as_of_day} - d.due_date <= 0"
        elif high is None:
            cond = f"{as_of_day} - d.due_date >= {low}"
        else:
            cond = f"{as_of_day} - d.due_date BETWEEN {low} AND {high}"
        cols.append(f"sum(CASE WHEN d.type = 1 AND {cond} THEN d.open_amount ELSE 0 END)")
    cols.append("sum(CASE WHEN d.type <> 1 THEN -d.open_amount ELSE 0 END)")
    return (
        "SELECT coalesce(u.name, '') AS analyst, d.currency, " + ", ".join(cols) +
        " FROM documents d JOIN accounts a ON a.id = d.account_id LEFT JOIN users u ON u.id = a.analyst_id"
        f" WHERE d.open_amount <> 0 AND d.document_date <= {as_of_day} GROUP BY 1, 2 ORDER BY 1, 2;\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--quick", action="store_true", help="5,000 accounts / 100,000 invoices")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=None, help="scratch directory (default: a temporary one)")
    args = ap.parse_args()
    cli = os.path.abspath(args.cli)
    accounts, invoices = (5000, 100000) if args.quick else (100000, 2000000)
    runs = max(3, args.runs)
    as_of = "2026-11-23"
    as_of_day = (datetime.date(2026, 11, 23) - datetime.date(1970, 1, 1)).days
    six_months_back = "2026-05-23"

    work = args.work or tempfile.mkdtemp(prefix="duedesk-bench-")
    os.makedirs(work, exist_ok=True)
    # The runs' application log stays with the benchmark, not in the user's own.
    os.environ.setdefault("DUEDESK_LOG", os.path.join(work, "duedesk.log"))
    demo_db, csv = os.path.join(work, "demo.db"), os.path.join(work, "ledger.csv")
    for p in (demo_db, csv):
        if os.path.exists(p):
            os.unlink(p)

    rows = []  # (measurement, median s, reference s or None, ratio text, RSS MB)
    t, rss, out, _ = timed([cli, "--db", demo_db, "demo", "--accounts", str(accounts), "--invoices", str(invoices),
                            "--as-of", as_of])
    rows.append((f"demo ledger: {accounts:,} accounts, {invoices:,} invoices", t, None, "", rss))
    t, rss, out, _ = timed([cli, "--db", demo_db, "export", csv])
    documents = int(re.search(r"Exported (\d+)", out).group(1))
    rows.append((f"export: {documents:,} rows, {os.path.getsize(csv) / 2**20:.0f} MiB", t, None, "", rss))

    def sqlite_import():
        ref = os.path.join(work, "reference.db")
        if os.path.exists(ref):
            os.unlink(ref)
        # .timer does not time dot-commands: time the whole shell, as the
        # import below is timed as a whole duedesk-cli process.
        t, rss, _, _ = timed(["sqlite3", ref, f".import --csv {csv} documents"])
        return t, rss

    def fresh_ledger():
        db = os.path.join(work, "import.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
        for user in USERS:
            subprocess.run([cli, "--db", db, "users", "add", user], check=True, capture_output=True)
        return db

    def duedesk_import():
        db = fresh_ledger()
        t, rss, _, _ = timed([cli, "--db", db, "import", csv, "--as-of", as_of])
        return t, rss

    def duedesk_reimport():
        db = os.path.join(work, "import.db")
        t, rss, out, _ = timed([cli, "--db", db, "import", csv, "--as-of", as_of])
        assert "Nothing to change" in out, out
        return t, rss

    ref_import, ref_rss = median_of(sqlite_import, runs)
    imp, imp_rss = median_of(duedesk_import, runs)
    reimp, reimp_rss = median_of(duedesk_reimport, runs)
    rows.append(("sqlite3 .import into a bare table (reference)", ref_import, None, "", ref_rss))
    rows.append(("import into an empty, indexed, validated ledger", imp, ref_import,
                 f"{imp / ref_import:.2f}x .import (target <= 2x)", imp_rss))
    rows.append(("re-import of the same file (nothing changes)", reimp, ref_import,
                 f"{reimp / ref_import:.2f}x .import (target <= 1.5x)", reimp_rss))

    # The same import from a file four times larger: the importer streams the
    # file, so its peak memory must not grow with it. One run: it measures
    # memory, and takes four times as long.
    csv4 = os.path.join(work, "ledger-4x.csv")
    write_larger_export(csv, csv4, 4)
    db4 = os.path.join(work, "import-4x.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db4 + suffix):
            os.unlink(db4 + suffix)
    for user in USERS:
        subprocess.run([cli, "--db", db4, "users", "add", user], check=True, capture_output=True)
    t4, rss4, out4, _ = timed([cli, "--db", db4, "import", csv4, "--as-of", as_of])
    assert f"documents: {4 * documents} created" in out4, out4
    rows.append((f"import of the file 4x ({4 * documents:,} rows, {os.path.getsize(csv4) / 2**20:.0f} MiB), one run",
                 t4, None, f"peak memory {rss4 / imp_rss:.2f}x the 1x import's", rss4))
    for p in [csv4] + [db4 + suffix for suffix in ("", "-wal", "-shm")]:
        if os.path.exists(p):
            os.unlink(p)

    def cli_aging(*extra):
        def run():
            _, rss, _, err = timed([cli, "--db", demo_db, "aging", "--as-of", extra[0], "--timing"] + list(extra[1:]))
            ms = float(re.search(r"aging: ([0-9.]+) ms", err).group(1))
            return ms / 1000.0, rss
        return run

    ref_sql = reference_aging_sql(as_of_day)
    ref_aging, ref_aging_rss = median_of(lambda: sqlite_timer(demo_db, ref_sql), runs)
    aging, aging_rss = median_of(cli_aging(as_of), max(runs, 5))
    by_account, acc_rss = median_of(cli_aging(as_of, "--by", "account"), runs)
    past, past_rss = median_of(cli_aging(six_months_back), runs)
    rows.append(("sqlite3 GROUP BY with CASE buckets, by analyst (reference)", ref_aging, None, "", ref_aging_rss))
    rows.append(("aging by analyst (CLI's own measurement)", aging, ref_aging,
                 f"{ref_aging / aging:.0f}x faster (target >= 10x, <= 100 ms)", aging_rss))
    rows.append(("aging by account", by_account, None, "", acc_rss))
    rows.append((f"aging by analyst as of {six_months_back}", past, None, "", past_rss))

    # The worklist of an analyst with 5,000 of the 100,000 accounts (one in
    # twenty given to a new analyst), against the sqlite3 shell reading the
    # same analyst's overdue invoices by age band.
    subprocess.run([cli, "--db", demo_db, "users", "add", "wbench", "--role", "analyst"], check=True,
                   capture_output=True)
    subprocess.run(["sqlite3", demo_db, "UPDATE accounts SET analyst_id = (SELECT id FROM users WHERE name = "
                    "'wbench') WHERE id % 20 = 0"], check=True)
    bench_accounts = int(subprocess.run(["sqlite3", demo_db, "SELECT count(*) FROM accounts a JOIN users u ON "
                                         "u.id = a.analyst_id WHERE u.name = 'wbench'"],
                                        capture_output=True, text=True, check=True).stdout)

    def cli_worklist():
        _, rss, _, err = timed([cli, "--db", demo_db, "worklist", "--analyst", "wbench", "--date", as_of, "--timing"])
        ms = float(re.search(r"worklist: ([0-9.]+) ms", err).group(1))
        return ms / 1000.0, rss

    worklist_sql = (f"SELECT d.account_id, d.currency, sum(CASE WHEN {as_of_day} - d.due_date <= 30 THEN "
                    f"d.open_amount ELSE 0 END), sum(CASE WHEN {as_of_day} - d.due_date > 30 THEN d.open_amount "
                    f"ELSE 0 END) FROM accounts a JOIN documents d ON d.account_id = a.id AND d.open_amount <> 0 "
                    f"WHERE a.analyst_id = (SELECT id FROM users WHERE name = 'wbench') AND d.type = 1 AND "
                    f"d.due_date < {as_of_day} GROUP BY 1, 2;")
    ref_worklist, ref_worklist_rss = median_of(lambda: sqlite_timer(demo_db, worklist_sql), runs)
    worklist, worklist_rss = median_of(cli_worklist, max(runs, 5))
    rows.append((f"sqlite3 overdue items by age of one analyst's {bench_accounts:,} accounts (reference)",
                 ref_worklist, None, "", ref_worklist_rss))
    rows.append((f"worklist of an analyst with {bench_accounts:,} accounts (CLI's own measurement)", worklist,
                 ref_worklist, f"{worklist / ref_worklist:.2f}x the reference (target <= 50 ms)", worklist_rss))

    lines = [f"Duedesk benchmarks ({'quick' if args.quick else 'full'}), median of {runs}+ runs",
             f"machine: {platform.machine()}, {os.cpu_count()} cores, "
             f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, {platform.platform()}",
             f"sqlite3 {subprocess.run(['sqlite3', '--version'], capture_output=True, text=True).stdout.split()[0]}",
             "",
             "| measurement | median | reference | ratio | max RSS |",
             "|---|---:|---:|---|---:|"]
    for name, t, ref, ratio, rss in rows:
        shown = f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"
        ref_shown = "" if ref is None else (f"{ref * 1000:.1f} ms" if ref < 1 else f"{ref:.2f} s")
        lines.append(f"| {name} | {shown} | {ref_shown} | {ratio} | {rss:.0f} MB |")
    report = "\n".join(lines) + "\n"
    print(report)
    os.makedirs("bench/out", exist_ok=True)
    with open("bench/out/results.md", "w") as f:
        f.write(report)
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
