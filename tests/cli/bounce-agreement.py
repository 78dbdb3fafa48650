#!/usr/bin/env python3
# Compare "smtpcode -b -j" with expected.tsv, field by field; print one
# line per field (name, agreeing rows, rows, percent) and, given a field
# name, the rows that disagree on it.  Usage: agreement.py SMTPCODE [FIELD]
import collections
import json
import os
import subprocess
import sys
base=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "bounces")
prog=sys.argv[1]
rows=[l.rstrip('\n').split('\t') for l in open(base+'/expected.tsv') if not l.startswith('#')]
hdr=rows[0]; rows=rows[1:]
files=sorted(set(r[0] for r in rows))
got=collections.defaultdict(list)
for f in files:
    p=subprocess.run([prog,'-b','-j',os.path.join(base,f)],capture_output=True,text=True)
    for line in p.stdout.splitlines():
        o=json.loads(line)
        got[(f,str(o['index']))].append(o)
fields=['kind','recipient','action','status','reply_code','reason','bounce','retry','remote_mta','reporting_mta','original_message_id','provider']
ok=collections.Counter(); tot=collections.Counter(); bad=collections.defaultdict(list)
def norm(v):
    if v is None: return '-'
    if v is True: return 'yes'
    if v is False: return 'no'
    return str(v)
for r in rows:
    d=dict(zip(hdr,r))
    if d['kind']=='none': continue
    cands=[o for o in got[(d['file'],d['index'])] if (o.get('recipient') or '-')==d['recipient']]
    o=cands[0] if cands else None
    for f in fields:
        tot[f]+=1
        g='-' if o is None else norm(o.get(f))
        if f=='kind' and o is not None: g=o['kind']
        if g==d[f]: ok[f]+=1
        else: bad[f].append((d['file'],d['recipient'],d[f],g))
for f in fields: print(f, ok[f], tot[f], '%.1f%%'%(100*ok[f]/tot[f]))
if len(sys.argv)>2:
    for x in bad[sys.argv[2]]: print(*x, sep='\t')
