#!/usr/bin/env python3
# Compare "smtpcode -b --json" with tests/data/bounce-review/expected.tsv:
# of the recipients labelled, print how many are found, then how many
# have the status, the reply code, the reason and the hard or soft
# labelled (name, agreeing recipients, recipients labelled with one),
# and last how many of the messages without a row (no bounces) give no
# failed or delayed recipient.  A status or reply code labelled "-" is
# not counted.  With -v, the recipients that disagree.
# Usage: review-agreement.py SMTPCODE [-v]
import json
import os
import subprocess
import sys

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                    "bounce-review")
with open(os.path.join(base, "expected.tsv"), encoding="utf-8") as f:
    rows = [l.rstrip("\n").split("\t") for l in f][1:]
names = ("found", "status", "reply_code", "reason", "bounce")
ok = dict.fromkeys(names, 0)
total = dict.fromkeys(names, 0)
records = {}
labelled = {r[0] for r in rows}
unlabelled = sorted(f for f in os.listdir(base)
                    if f.endswith((".eml", ".mbox")) and f not in labelled)
for name in sorted(labelled) + unlabelled:
    p = subprocess.run([sys.argv[1], "-b", "--json",
                        os.path.join(base, name)],
                       capture_output=True, text=True, check=False)
    if p.returncode not in (0, 1):
        sys.exit("review-agreement: smtpcode exited with %d on %s" %
                 (p.returncode, name))
    records[name] = [json.loads(l) for l in p.stdout.splitlines()]
# A recipient labelled twice in one file (an mbox of a delay, then the
# failure) is compared, row after row, with its records in their order.
seen = {}
for name, rcpt, _action, status, reply, reason, bounce in rows:
    found = [r for r in records[name]
             if (r.get("recipient") or "").lower() == rcpt.lower()]
    nth = seen.get((name, rcpt.lower()), 0)
    seen[(name, rcpt.lower())] = nth + 1
    total["found"] += 1
    bad = []
    if len(found) <= nth:
        bad.append("not found")
    else:
        ok["found"] += 1
        r = found[nth]
        for key, want in (("status", status), ("reply_code", reply),
                          ("reason", reason), ("bounce", bounce)):
            if want == "-":
                continue
            total[key] += 1
            got = r.get(key)
            got = "-" if got is None else str(got)
            if got in want.split("|"):
                ok[key] += 1
            else:
                bad.append("%s %s, want %s" % (key, got, want))
    if bad and "-v" in sys.argv[2:]:
        print("%s %s: %s" % (name, rcpt, "; ".join(bad)))
for key in names:
    print(key, ok[key], total[key])
# The messages that are no bounces: none of their records may say that a
# recipient failed or was delayed.
false = [(name, r.get("recipient")) for name in unlabelled
         for r in records[name] if r.get("action") in ("failed", "delayed")]
if "-v" in sys.argv[2:]:
    for name, rcpt in false:
        print("%s %s: a failure in no bounce" % (name, rcpt))
print("nobounce", len(unlabelled) - len({n for n, _ in false}),
      len(unlabelled))
