#!/bin/sh
# Log-reading speed and memory: smtpcode's three log modes against wc -l,
# an awk script that counts lines with a code, and grep -cE, on one
# deterministic synthetic mail log, in one run; then --summary on the same
# log gzipped against zcat | wc -l.  Prints medians and ratios.
#
# Targets: --summary at most 0.5 x awk (required), toward 4 x wc -l;
# annotate mode at most 1 x awk; peak RSS under 4 MiB.
#
# usage: bench/scan.sh [MEGABYTES] [RUNS]	(defaults: 200 and 5)
set -eu
cd "$(dirname "$0")/.."
mb=${1:-200}
runs=${2:-5}
dir=${TMPDIR:-/tmp}/smtpcode-bench.$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT INT TERM
[ -x ./smtpcode ] || make -s smtpcode

# A block of varied Postfix, Sendmail and Exim lines, about half of them
# with codes, repeated to the size asked for.  srand(1): the same each run.
awk 'BEGIN {
	srand(1)
	split("550 5.1.1|421 4.7.0|451 4.7.1|554 5.7.1|452 4.2.2|250 2.0.0|550 5.7.26|553 5.1.8", r, "|")
	for (i = 0; i < 20000; i++) {
		t = sprintf("Nov %2d %02d:%02d:%02d", 1 + int(rand() * 28), int(rand() * 24), int(rand() * 60), int(rand() * 60))
		ip = sprintf("%d.%d.%d.%d", 1 + int(rand() * 223), int(rand() * 256), int(rand() * 256), 1 + int(rand() * 254))
		q = sprintf("%010X", int(rand() * 2^40))
		p = 100 + int(rand() * 99900)
		code = r[1 + int(rand() * 8)]
		k = int(rand() * 8)
		if (k == 0)
			printf "%s mx postfix/smtp[%d]: %s: to=<u%d@example.com>, relay=mx.example.net[%s]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=%s, status=bounced (host mx.example.net[%s] said: %s Recipient address rejected (in reply to RCPT TO command))\n", t, p, q, i, ip, substr(code, 5), ip, code
		else if (k == 1)
			printf "%s mx postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[%s]: %s <u%d@example.org>: Relay access denied; from=<a@example.com> to=<u%d@example.org> proto=ESMTP helo=<x>\n", t, p, ip, code, i, i
		else if (k == 2)
			printf "%s mx postfix/qmgr[%d]: %s: from=<a%d@example.com>, size=%d, nrcpt=1 (queue active)\n", t, p, q, i, 300 + int(rand() * 90000)
		else if (k == 3)
			printf "%s mx postfix/smtpd[%d]: connect from unknown[%s]\n", t, p, ip
		else if (k == 4)
			printf "%s mx sm-mta[%d]: %s: ruleset=check_rcpt, arg1=<u%d@example.org>, relay=x [%s], reject=%s <u%d@example.org>... Relaying denied\n", t, p, q, i, ip, code, i
		else if (k == 5)
			printf "%s mx sm-mta[%d]: %s: from=<a@example.com>, size=%d, class=0, nrcpts=1, msgid=<%d.%s@example.com>, proto=ESMTP, daemon=MTA, relay=x [%s]\n", t, p, q, 300 + int(rand() * 90000), p, q, ip
		else if (k == 6)
			printf "2026-11-%02d %s 1q%s-000Bx9-Qw ** u%d@example.org R=dnslookup T=remote_smtp H=mx.example.org [%s]: SMTP error from remote mail server after RCPT TO:<u%d@example.org>: %s User unknown\n", 1 + int(rand() * 28), substr(t, 8), substr(q, 1, 4), i, ip, i, code
		else
			printf "2026-11-%02d %s 1q%s-000Bx9-Qw Completed QT=%ds\n", 1 + int(rand() * 28), substr(t, 8), substr(q, 1, 4), int(rand() * 100)
	}
}' > "$dir/block"
block=$(wc -c < "$dir/block")
n=$(( mb * 1024 * 1024 / block + 1 ))
i=0
while [ "$i" -lt "$n" ]; do cat "$dir/block"; i=$((i + 1)); done > "$dir/log"
size=$(wc -c < "$dir/log")

pattern='(said|reject|RCPT TO:<[^>]*>): [2-5][0-5][0-9]|dsn=[245]\.[0-9]|reject=[2-5][0-5][0-9]'

# Median of RUNS wall-clock times of a command reading the log (or the
# file given second) on standard input, in seconds.
median() {
	i=0
	: > "$dir/times"
	while [ "$i" -lt "$runs" ]; do
		s=$(date +%s.%N)
		sh -c "$1" < "${2:-$dir/log}" > /dev/null
		e=$(date +%s.%N)
		echo "$s $e" | awk '{ printf "%.4f\n", $2 - $1 }' >> "$dir/times"
		i=$((i + 1))
	done
	sort -n "$dir/times" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

# Peak resident set size of a command, in KiB.
rss() {
	/usr/bin/time -f '%M' sh -c "exec $1" < "${2:-$dir/log}" 2>&1 >/dev/null | tail -n 1
}

t_wc=$(median "wc -l")
t_awk=$(median "awk '/$pattern/ { n++ } END { print n + 0 }'")
# GNU grep stops at the first match when its output is /dev/null: a pipe
# makes it read everything.
t_grep=$(median "grep -cE '$pattern' | cat")
t_sum=$(median "./smtpcode --summary")
t_ann=$(median "./smtpcode")
t_only=$(median "./smtpcode -o")
r_sum=$(rss "./smtpcode --summary")
r_ann=$(rss "./smtpcode")
r_only=$(rss "./smtpcode -o")
gzip -c "$dir/log" > "$dir/log.gz"
t_zcat=$(median "zcat | wc -l" "$dir/log.gz")
t_zsum=$(median "./smtpcode --summary '$dir/log.gz'" "$dir/log.gz")
r_zsum=$(rss "./smtpcode --summary '$dir/log.gz'" "$dir/log.gz")

awk -v size="$size" -v runs="$runs" -v wc="$t_wc" -v awk_="$t_awk" \
    -v grep_="$t_grep" -v sum="$t_sum" -v ann="$t_ann" -v only="$t_only" \
    -v rsum="$r_sum" -v rann="$r_ann" -v ronly="$r_only" \
    -v zcat="$t_zcat" -v zsum="$t_zsum" -v rzsum="$r_zsum" 'BEGIN {
	printf "input: %.0f MiB synthetic mail log, median of %d runs\n\n", size / 1048576, runs
	printf "%-22s %9s %9s %9s %10s\n", "command", "seconds", "x wc -l", "x awk", "peak RSS"
	printf "%-22s %9.3f %9.2f %9.2f %10s\n", "wc -l", wc, 1, wc / awk_, "-"
	printf "%-22s %9.3f %9.2f %9.2f %10s\n", "awk (count lines)", awk_, awk_ / wc, 1, "-"
	printf "%-22s %9.3f %9.2f %9.2f %10s\n", "grep -cE", grep_, grep_ / wc, grep_ / awk_, "-"
	printf "%-22s %9.3f %9.2f %9.2f %7d KiB\n", "smtpcode --summary", sum, sum / wc, sum / awk_, rsum
	printf "%-22s %9.3f %9.2f %9.2f %7d KiB\n", "smtpcode (annotate)", ann, ann / wc, ann / awk_, rann
	printf "%-22s %9.3f %9.2f %9.2f %7d KiB\n", "smtpcode -o", only, only / wc, only / awk_, ronly
	printf "\nthe same log gzipped (gzip -6)\n"
	printf "%-22s %9.3f %9s %9s %10s\n", "zcat | wc -l", zcat, 1, "-", "-"
	printf "%-22s %9.3f %9.2f %9s %7d KiB\n", "smtpcode --summary", zsum, zsum / zcat, "-", rzsum
	printf "\n"
	printf "--summary <= 0.5 x awk (required): %s\n", sum <= 0.5 * awk_ ? "met" : "NOT MET"
	printf "--summary <= 4 x wc -l (aim):      %s\n", sum <= 4 * wc ? "met" : "not yet"
	printf "annotate  <= 1 x awk:              %s\n", ann <= awk_ ? "met" : "NOT MET"
	printf "gzip: --summary x zcat | wc -l:   %.2f\n", zsum / zcat
	m = rsum; if (rann > m) m = rann; if (ronly > m) m = ronly; if (rzsum > m) m = rzsum
	printf "peak RSS  < 4 MiB:                 %s\n", m < 4096 ? "met" : "NOT MET"
	exit sum <= 0.5 * awk_ && ann <= awk_ && m < 4096 ? 0 : 1
}'
