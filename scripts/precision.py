"""Scores an audit run (verdicts off) against a verdicts file; called by scripts/precision.sh."""
import collections
import csv
import re
import sys

out, verdicts_file, took = sys.argv[1], sys.argv[2], sys.argv[3]


def rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        head = f.readline()
        f.seek(0)
        if f.read(1) != '\ufeff':
            f.seek(0)
        return list(csv.DictReader(f, delimiter=';' if head.count(';') >= head.count(',') else ','))


findings = rows(f'{out}/all-findings.csv')
docs = rows(f'{out}/documents.csv')
verdicts = {}
for v in rows(verdicts_file):
    kind = (v.get('verdict') or '').strip().upper()
    if kind in ('BENAR', 'SALAH'):
        verdicts[v['fingerprint'].strip().lower()] = (kind, (v.get('note') or '').strip())

per_rule = collections.defaultdict(collections.Counter)
per_doc = collections.defaultdict(collections.Counter)
causes = collections.Counter()
causes_by_rule = collections.defaultdict(collections.Counter)
seen = set()
for f in findings:
    fp = f['fingerprint']
    seen.add(fp)
    kind, note = verdicts.get(fp, (None, ''))
    col = {'BENAR': 'true', 'SALAH': 'false'}.get(kind, 'unreviewed')
    for c in (per_rule[f['rule']], per_rule['TOTAL'], per_doc[f['document']]):
        c['findings'] += 1
        c[col] += 1
    if kind == 'SALAH':
        m = re.match(r'\[([A-Z-]+)\]', note)
        causes[m.group(1) if m else 'TANPA-KODE'] += 1
        causes_by_rule[m.group(1) if m else 'TANPA-KODE'][f['rule']] += 1


def precision(c):
    reviewed = c['true'] + c['false']
    return f"{100 * c['true'] / reviewed:5.1f} %" if reviewed else '    —'


try:
    took = f"{float(took):.1f}".replace('.', ',')
except ValueError:
    pass
print(f"Korpus audit dalam {took} s; {len(findings)} temuan, {len(verdicts)} verdik "
      f"({sum(1 for fp in verdicts if fp in seen)} cocok dengan temuan malam ini)\n")
print(f"{'rule':<11} {'findings':>8} {'true':>6} {'false':>6} {'unrev.':>6} {'precision':>10}")
for rule in sorted(per_rule, key=lambda r: (r == 'TOTAL', r)):
    c = per_rule[rule]
    print(f"{rule:<11} {c['findings']:>8} {c['true']:>6} {c['false']:>6} {c['unreviewed']:>6} {precision(c):>10}")
print('\nfalse alarms by cause (SALAH notes)')
for cause, n in causes.most_common():
    print(f"  {cause:<16} {n:>4}  " + ', '.join(f'{r} {k}' for r, k in causes_by_rule[cause].most_common()))
print(f"\n{'document':<58} {'status':<14} {'failure':<22} {'tables':>6} {'findings':>8} {'true':>5} {'false':>5} {'prec.':>7}")
for d in sorted(docs, key=lambda d: d['document']):
    c = per_doc[d['document']]
    failure = '' if d['status'] == 'AUDITED' else (d.get('message') or '')[:22]
    name = d['document'] if len(d['document']) <= 58 else d['document'][:55] + '...'
    print(f"{name:<58} {d['status']:<14} {failure:<22} {d['tables'] or '':>6} {d['findings']:>8} "
          f"{c['true']:>5} {c['false']:>5} {precision(c):>7}")
