#!/usr/bin/env python3
# Compare "smtpcode --json" with a labelled file of tests/data/events
# (lines.tsv unless --file names another): print how many lines have
# exactly the codes labelled, then, of the lines with codes, how many
# have the reason and the hard or soft labelled (name, agreeing lines,
# lines).  With --provider, whose family column names the provider that
# answered, how many of the lines with codes name it too.  With -v, the
# lines that disagree.
# Usage: events-agreement.py SMTPCODE [--file NAME] [--provider] [-v]
import json
import os
import subprocess
import sys

base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data",
                    "events")
name = "lines.tsv"
if "--file" in sys.argv[2:]:
    name = sys.argv[sys.argv.index("--file") + 1]
rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(base, name),
                                                 encoding="utf-8")
        if not l.startswith("#")]
text = "".join(r[4] + "\n" for r in rows)
p = subprocess.run([sys.argv[1], "--json"], input=text, capture_output=True,
                   text=True, check=False)
if p.returncode not in (0, 1):
    sys.exit("events-agreement: smtpcode exited with %d" % p.returncode)
out = {}
for line in p.stdout.splitlines():
    o = json.loads(line)
    out[o["line"]] = o
names = ["codes", "reason", "bounce"]
if "--provider" in sys.argv[2:]:
    names.append("provider")
ok = dict.fromkeys(names, 0)
total = dict.fromkeys(names, 0)
total["codes"] = len(rows)
for i, (family, codes, reason, bounce, line) in enumerate(rows, 1):
    want = set() if codes == "-" else set(codes.split())
    o = out.get(i)
    got = set(c["code"] for c in o["codes"]) if o else set()
    bad = []
    if want == got:
        ok["codes"] += 1
    else:
        bad.append("codes %s, want %s" % (" ".join(sorted(got)) or "-", codes))
    if want:
        for name, labels in (("reason", reason), ("bounce", bounce)):
            total[name] += 1
            value = o[name] if o else "-"
            if value in labels.split("|"):
                ok[name] += 1
            else:
                bad.append("%s %s, want %s" % (name, value, labels))
        if "provider" in names:
            total["provider"] += 1
            value = (o.get("provider") if o else None) or "-"
            if value == family:
                ok["provider"] += 1
            else:
                bad.append("provider %s, want %s" % (value, family))
    if bad and "-v" in sys.argv[2:]:
        print("line %d: %s\n  %s" % (i, "; ".join(bad), line[:200]))
for name in names:
    print(name, ok[name], total[name])
