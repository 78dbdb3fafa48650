#!/bin/sh
# Log-reading speed and memory of smtpcode's log modes against cat, wc -l,
# grep -cE, rg -c and per-code counts in mawk and gawk, on deterministic
# synthetic mail logs of five shapes; instructions per byte under
# callgrind; --summary on a gzipped log against zcat | wc -l.
#
# The commands of a shape run interleaved: each round runs every command
# once, the order rotated from round to round, so that a load that comes
# and goes on the machine falls on all of them alike and drift does not
# go into the ratios.  A first, untimed round warms the page cache and
# takes the peak RSS (GNU time).  Everything runs under LC_ALL=C, and
# smtpcode with -S: its operands are logs.
#
# usage: bench/scan.sh [MEGABYTES] [RUNS]	(defaults: 200 and 5)
#
# MEGABYTES (10^6 bytes) is the size of the mixed, no-code, dense and
# long-line logs; RUNS the number of timed rounds.  SHAPES, a list of
# words, picks the parts run (default: all of them, in this order):
#
#	mixed	Postfix, Sendmail and Exim lines, about half with codes
#	nocode	the same kind of lines, none with a code
#	dense	bounces whose multi-line reply was logged on one line:
#		eleven codes a line
#	long	lines of 1 MiB, a code every 40 KB or so
#	files	1000 files of 100 mixed lines, given as 1000 operands
#	gzip	the mixed log gzipped: --summary against zcat | wc -l
#	insn	instructions per byte of each mode on an 8 MB mixed log,
#		counted by callgrind (valgrind), whatever the load.  valgrind
#		has no AVX-512: what it counts is the AVX2 path, where the
#		timed runs take AVX-512 if the CPU has it
#
# e.g. SHAPES="mixed nocode" bench/scan.sh 20 3
#
# Each shape prints a table: median seconds, min-max spread, MB/s, ratio
# to smtpcode --summary, peak RSS, and a last row, true, for the cost of
# starting a command and reading the clock; the end, one PASS or MISS
# line for each target, with its figures.  Exit status: 0 when it measured,
# whether the targets are met or not; 2 when it could not run (bad
# arguments, no clock, a command that failed).
set -eu
export LC_ALL=C
cd "$(dirname "$0")/.."
root=$(pwd -P)
S=$root/smtpcode

usage() {
	echo "usage: bench/scan.sh [MEGABYTES] [RUNS]   (SHAPES=\"mixed nocode ...\")" >&2
	exit 2
}
[ "$#" -le 2 ] || usage
mb=${1:-200}
runs=${2:-5}
case $mb in ''|*[!0-9]*|0*) usage ;; esac
case $runs in ''|*[!0-9]*|0*) usage ;; esac
if [ "${#mb}" -gt 6 ] || [ "${#runs}" -gt 4 ]; then
	usage
fi
shapes=${SHAPES:-mixed nocode dense long files gzip insn}
for s in $shapes; do
	case $s in
	mixed|nocode|dense|long|files|gzip|insn) ;;
	*) echo "bench/scan.sh: '$s' is not a shape: mixed nocode dense" \
	    "long files gzip insn" >&2; exit 2 ;;
	esac
done
bytes=$((mb * 1000000))

[ -x "$S" ] || make -s smtpcode || exit 2

# A wall clock in nanoseconds: GNU date, or else POSIX time -p.
case $(date +%s%N) in
*[!0-9]*|'') clock=timep
	command -v /usr/bin/time >/dev/null 2>&1 || {
		echo "bench/scan.sh: no clock: neither GNU date nor" \
		    "/usr/bin/time" >&2
		exit 2
	} ;;
*) clock=gnudate ;;
esac
if [ "$clock" = timep ]; then
	echo "no GNU date: timed by /usr/bin/time -p, in steps of 10 ms"
fi
if /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
	gnutime=1
else
	gnutime=0
	echo "GNU time missing (Debian package 'time'): no peak RSS"
fi
have() {
	command -v "$1" >/dev/null 2>&1
}

dir=$(mktemp -d "${TMPDIR:-/tmp}/smtpcode-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
trap 'exit 2' HUP INT TERM
cd "$dir"
: >results
failed=0

# The generator: a Park-Miller random sequence, exact in the doubles every
# awk computes with, so that mawk, gawk and busybox awk write the same
# bytes (the cksum printed with each shape tells).
cat >gen.awk <<'EOF'
function rnd(n) {
	seed = (seed * 16807) % 2147483647
	return seed % n
}
function stamp() {
	return sprintf("Nov %2d %02d:%02d:%02d", 1 + rnd(28), rnd(24), rnd(60), rnd(60))
}
function estamp() {
	return sprintf("2026-11-%02d %02d:%02d:%02d", 1 + rnd(28), rnd(24), rnd(60), rnd(60))
}
function ip() {
	return sprintf("%d.%d.%d.%d", 1 + rnd(223), rnd(256), rnd(256), 1 + rnd(254))
}
function qid() {
	return sprintf("%05X%05X", rnd(1048576), rnd(1048576))
}
# Exim's message id: three parts of letters and digits, each ending in a
# letter, so that no part ends in three digits that could pass for a code.
function alnum(n, letters,	s) {
	for (s = ""; n > 0; n--)
		s = s substr(abc, 1 + rnd(letters ? 52 : 62), 1)
	return s
}
function eid() {
	return alnum(5) alnum(1, 1) "-" alnum(5) alnum(1, 1) "-" alnum(1) alnum(1, 1)
}
# A line with a reply code and an enhanced status code in it.
function coded(i,	k, c, e, a) {
	c = code[1 + rnd(ncode)]
	e = substr(c, 5)
	a = ip()
	k = rnd(5)
	if (k == 0)
		return sprintf("%s mx postfix/smtp[%d]: %s: to=<u%d@example.com>, relay=mx.example.net[%s]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=%s, status=bounced (host mx.example.net[%s] said: %s Recipient address rejected (in reply to RCPT TO command))", stamp(), 100 + rnd(99900), qid(), i, a, e, a, c)
	if (k == 1)
		return sprintf("%s mx postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[%s]: %s <u%d@example.org>: Relay access denied; from=<a@example.com> to=<u%d@example.org> proto=ESMTP helo=<x>", stamp(), 100 + rnd(99900), a, c, i, i)
	if (k == 2)
		return sprintf("%s mx sm-mta[%d]: %s: ruleset=check_rcpt, arg1=<u%d@example.org>, relay=x [%s], reject=%s <u%d@example.org>... Relaying denied", stamp(), 100 + rnd(99900), qid(), i, a, c, i)
	if (k == 3)
		return sprintf("%s %s ** u%d@example.org R=dnslookup T=remote_smtp H=mx.example.org [%s]: SMTP error from remote mail server after RCPT TO:<u%d@example.org>: %s User unknown", estamp(), eid(), i, a, i, c)
	return sprintf("%s mx postfix/smtp[%d]: %s: to=<u%d@example.net>, relay=mx.example.net[%s]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)", stamp(), 100 + rnd(99900), qid(), i, a, qid())
}
# A line with no status code at all.
function plain(i,	k) {
	k = rnd(6)
	if (k == 0)
		return sprintf("%s mx postfix/qmgr[%d]: %s: from=<a%d@example.com>, size=%d, nrcpt=1 (queue active)", stamp(), 100 + rnd(99900), qid(), i, 300 + rnd(90000))
	if (k == 1)
		return sprintf("%s mx postfix/smtpd[%d]: connect from unknown[%s]", stamp(), 100 + rnd(99900), ip())
	if (k == 2)
		return sprintf("%s mx sm-mta[%d]: %s: from=<a@example.com>, size=%d, class=0, nrcpts=1, msgid=<%d.%s@example.com>, proto=ESMTP, daemon=MTA, relay=x [%s]", stamp(), 100 + rnd(99900), qid(), 300 + rnd(90000), i, qid(), ip())
	if (k == 3)
		return sprintf("%s %s Completed QT=%ds", estamp(), eid(), rnd(100))
	if (k == 4)
		return sprintf("%s mx postfix/cleanup[%d]: %s: message-id=<%d.%s@example.com>", stamp(), 100 + rnd(99900), qid(), i, qid())
	return sprintf("%s %s <= a%d@example.com H=mail.example.com [%s] P=esmtp S=%d", estamp(), eid(), i, ip(), 300 + rnd(90000))
}
# A bounce whose multi-line reply was logged on one line: eleven codes.
function dense(i,	c, e, a, s, j) {
	c = code[1 + rnd(ncode)]
	e = substr(c, 5)
	a = ip()
	s = sprintf("%s mx postfix/smtp[%d]: %s: to=<u%d@example.org>, relay=mx.example.org[%s]:25, delay=2.1, delays=0.1/0/0.9/1.1, dsn=%s, status=bounced (host mx.example.org[%s] said:", stamp(), 100 + rnd(99900), qid(), i, a, e, a)
	for (j = 1; j < 5; j++) {
		c = code[1 + rnd(ncode)]
		s = s sprintf(" %s-%s %s", substr(c, 1, 3), substr(c, 5), word[1 + rnd(nword)])
	}
	c = code[1 + rnd(ncode)]
	return s sprintf(" %s %s (in reply to RCPT TO command))", c, word[1 + rnd(nword)])
}
BEGIN {
	seed = 1
	abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	ncode = split("550 5.1.1|421 4.7.0|451 4.7.1|554 5.7.1|452 4.2.2|250 2.0.0|550 5.7.26|553 5.1.8", code, "|")
	nword = split("The account does not exist.|Please check the address and try again.|Mailbox is full.|Message refused by policy.|Try again later.|See the postmaster page.", word, "|")
	if (shape == "mixed" || shape == "nocode" || shape == "dense") {
		for (i = 0; n < bytes; i++) {
			if (shape == "dense")
				l = dense(i)
			else if (shape == "nocode" || rnd(2))
				l = plain(i)
			else
				l = coded(i)
			print l
			n += length(l) + 1
		}
	} else if (shape == "long") {
		# Lines of exactly 1 MiB, a code every 400 pieces or so.
		nl = int(bytes / 1048576)
		if (nl < 1)
			nl = 1
		for (j = 0; j < nl; j++) {
			for (n = 0; n < 1048575; n += length(l)) {
				l = (rnd(400) ? plain(i++) : coded(i++)) " "
				if (n + length(l) > 1048575)
					l = substr(plain(i++), 1, 1048575 - n)
				printf "%s", l
			}
			printf "\n"
		}
	} else if (shape == "files") {
		# 1000 files of 100 lines.
		for (j = 0; j < 1000; j++) {
			f = sprintf("files/f%03d", j)
			for (k = 0; k < 100; k++)
				print (rnd(2) ? plain(i) : coded(i++)) > f
			close(f)
		}
	}
}
EOF

# gen SHAPE BYTES: a log of that shape and about that size (long: as many
# 1 MiB lines as fit; files: 1000 files in ./files) on standard output.
gen() {
	awk -v shape="$1" -v bytes="$2" -f gen.awk
}

# The codes the peers look for: a reply code followed by a space or a
# hyphen, or an enhanced status code, neither inside a longer number.
# [.], not \., since awk -v would take the backslash for an escape.
# shellcheck disable=SC2034 # used by the commands run by eval
re='(^|[^0-9.])([245][0-9][0-9][ -]|[245][.][0-9][0-9]?[0-9]?[.][0-9][0-9]?[0-9]?([^.0-9]|$))'
# Lines per code, as --summary counts them, for mawk and gawk alike (no
# interval expressions: mawk before 1.3.4-20200717 has none).
# shellcheck disable=SC2016,SC2034 # awk's, used by the commands run by eval
count='{
	s = $0
	while (match(s, re)) {
		c = substr(s, RSTART, RLENGTH)
		gsub(/[^0-9.]/, "", c)
		n[c]++
		s = substr(s, RSTART + RLENGTH)
	}
}
END {
	for (c in n)
		print n[c], c
}'

# add LABEL MAXSTATUS OUTPUT COMMAND: a command to time, run by eval in
# the work directory with $F its operands.  An exit status above
# MAXSTATUS is a failure (1 is none for grep and smtpcode: no match).
ncmd=0
add() {
	ncmd=$((ncmd + 1))
	eval "label_$ncmd=\$1 okst_$ncmd=\$2 out_$ncmd=\$3 cmd_$ncmd=\$4"
}

# The commands are expanded by eval, when they run.
# shellcheck disable=SC2016
log_commands() {
	ncmd=0
	add 'smtpcode --summary' 1 /dev/null '"$S" -S --summary $F'
	add 'cat >/dev/null' 0 /dev/null 'cat $F'
	add 'wc -l' 0 /dev/null 'wc -l $F'
	# GNU grep stops at the first match when its output is /dev/null,
	# and so might rg: they write their counts to a file.
	add 'grep -cE' 1 out 'grep -cE "$re" $F'
	if have rg; then
		add 'rg -c' 1 out 'rg --no-config -c "$re" $F'
	fi
	if have mawk; then
		add 'mawk (count per code)' 0 /dev/null \
		    'mawk -v re="$re" "$count" $F'
	fi
	if have gawk; then
		add 'gawk (count per code)' 0 /dev/null \
		    'gawk -v re="$re" "$count" $F'
	fi
	add 'smtpcode (annotate)' 1 /dev/null '"$S" -S $F'
	add 'smtpcode -o' 1 /dev/null '"$S" -S -o $F'
	add 'smtpcode --class 5' 1 /dev/null '"$S" -S --class 5 $F'
	add 'smtpcode --json' 1 /dev/null '"$S" -S --json $F'
	# What starting a command and reading the clock cost: figures
	# close to it measure little else.
	for p in /bin/true /usr/bin/true; do
		if [ -x "$p" ]; then
			add 'floor: true' 0 /dev/null "$p"
			break
		fi
	done
}

# Run command $1 once, untimed: its peak RSS in KiB in $rss (- when not
# known; GNU time would measure the first command of a pipeline only),
# its exit status in $st.
warm() {
	eval "c=\$cmd_$1 o=\$out_$1"
	st=0
	rss=-
	case $gnutime$c in
	0*|1*'|'*)
		eval "$c" </dev/null >"$o" 2>err || st=$? ;;
	*)
		eval "/usr/bin/time -o rss -f %M $c" </dev/null >"$o" 2>err ||
		    st=$?
		rss=$(tail -n 1 rss) ;;
	esac
}

# Run command $1 once: its wall-clock time in nanoseconds in $t.
run() {
	eval "c=\$cmd_$1 o=\$out_$1"
	if [ "$clock" = gnudate ]; then
		s=$(date +%s%N)
		eval "$c" </dev/null >"$o" 2>err || :
		e=$(date +%s%N)
		t=$((e - s))
	else
		eval "/usr/bin/time -p $c" </dev/null >"$o" 2>err || :
		t=$(awk '$1 == "real" { printf "%.0f\n", $2 * 1e9 }' err |
		    tail -n 1)
	fi
}

# measure SHAPE BYTES: the warm-up round, RUNS rounds of the commands
# added, the shape's table; its figures appended to ./results.
measure() {
	: >meta
	: >timings
	i=1
	while [ "$i" -le "$ncmd" ]; do
		warm "$i"
		eval "l=\$label_$i ok=\$okst_$i"
		dead=0
		if [ "$st" -gt "$ok" ]; then
			echo "bench/scan.sh: $1: '$l' failed, exit status $st:" \
			    "$(head -n 1 err)" >&2
			dead=1
			failed=1
		fi
		eval "dead_$i=\$dead"
		printf '%s\t%s\t%s\t%s\n' "$i" "$l" "$rss" "$dead" >>meta
		i=$((i + 1))
	done
	r=0
	while [ "$r" -lt "$runs" ]; do
		j=0
		while [ "$j" -lt "$ncmd" ]; do
			i=$(((r + j) % ncmd + 1))
			eval "dead=\$dead_$i"
			if [ "$dead" = 0 ]; then
				run "$i"
				printf '%s\t%s\n' "$i" "$t" >>timings
			fi
			j=$((j + 1))
		done
		r=$((r + 1))
	done
	awk -F '\t' -v shape="$1" -v size="$2" '
	FILENAME == "meta" {
		n = $1; label[$1] = $2; rss[$1] = $3; dead[$1] = $4
		if ($2 == "smtpcode --summary")
			ref = $1
		next
	}
	{ t[$1, ++m[$1]] = $2 / 1e9 }
	END {
		for (i = 1; i <= n; i++) {
			k = m[i]
			for (a = 2; a <= k; a++)
				for (b = a; b > 1 && t[i, b] < t[i, b - 1]; b--) {
					x = t[i, b]; t[i, b] = t[i, b - 1]; t[i, b - 1] = x
				}
			med[i] = k % 2 ? t[i, (k + 1) / 2] : (t[i, k / 2] + t[i, k / 2 + 1]) / 2
		}
		printf "%-24s %9s %17s %9s %10s %10s\n", "command", "median s",
		    "min-max s", "MB/s", "x summary", "peak KiB"
		for (i = 1; i <= n; i++) {
			if (dead[i]) {
				printf "%-24s %9s\n", label[i], "failed"
				continue
			}
			# No newline inside a ?: expression: mawk before
			# 1.3.4-20200717 refuses one.
			mbs = "-"
			if (label[i] !~ /^floor/ && med[i] > 0)
				mbs = sprintf("%.1f", size / 1e6 / med[i])
			ratio = 0
			if (ref && med[ref] > 0 && !dead[ref])
				ratio = med[i] / med[ref]
			printf "%-24s %9.4f %8.4f-%-8.4f %9s %10.2f %10s\n",
			    label[i], med[i], t[i, 1], t[i, m[i]], mbs, ratio, rss[i]
			printf "%s\t%s\t%.6f\t%s\n", shape, label[i], med[i], rss[i] >> "results"
		}
	}' meta timings
	echo
}

# A shape's heading: its size, lines and checksum, for comparing runs;
# the size in bytes in $size.
# shellcheck disable=SC2120 # the arguments are the shape's files, $F
heading() {
	eval "set -- $F"
	echo "== $shape: $(cat "$@" | wc -c | awk '{ printf "%.1f", $1 / 1e6 }') MB" \
	    "in $# file(s), $(cat "$@" | wc -l | tr -d ' ') lines," \
	    "cksum $(cat "$@" | cksum | cut -d ' ' -f 1);" \
	    "median of $runs rounds"
	size=$(cat "$@" | wc -c | tr -d ' ')
}

# callgrind ARGS...: the instructions the command executes in $count,
# left empty when it fails (an exit status above 1).
callgrind() {
	count=
	cst=0
	valgrind --tool=callgrind --callgrind-out-file=cg.out "$@" \
	    >/dev/null 2>cg.err || cst=$?
	if [ "$cst" -le 1 ] && [ -s cg.out ]; then
		count=$(sed -n 's/^summary: *//p; s/^totals: *//p' cg.out |
		    head -n 1)
	fi
	rm -f cg.out
}

# Instructions per byte of each mode: the count on an 8 MB mixed log less
# the count on an empty one (start-up, read once).
insn() {
	if ! have valgrind; then
		echo "== insn: valgrind missing, no instruction counts"
		echo
		return
	fi
	gen mixed 8000000 >small
	: >empty
	isize=$(wc -c <small | tr -d ' ')
	echo "== insn: instructions per byte on an $(awk -v s="$isize" \
	    'BEGIN { printf "%.1f", s / 1e6 }') MB mixed log (callgrind;" \
	    "its vector path is AVX2 at most)"
	printf '%-24s %14s %12s %10s\n' "command" "instructions" "start-up" \
	    "per byte"
	for m in summary annotate only class json; do
		case $m in
		summary) set -- --summary; l='smtpcode --summary' ;;
		annotate) set --; l='smtpcode (annotate)' ;;
		only) set -- -o; l='smtpcode -o' ;;
		class) set -- --class 5; l='smtpcode --class 5' ;;
		json) set -- --json; l='smtpcode --json' ;;
		esac
		callgrind "$S" -S "$@" small
		n=$count
		callgrind "$S" -S "$@" empty
		n0=$count
		case $n$n0 in
		''|*[!0-9]*)
			echo "bench/scan.sh: insn: '$l' failed under callgrind:" \
			    "$(grep -v '^==' cg.err | head -n 1)" >&2
			failed=1
			continue ;;
		esac
		awk -v l="$l" -v n="$n" -v n0="$n0" -v s="$isize" 'BEGIN {
			printf "%-24s %14.0f %12.0f %10.2f\n", l, n, n0, (n - n0) / s
			printf "insn\t%s\t%.4f\t-\n", l, (n - n0) / s >> "results"
		}'
	done
	rm -f small empty
	echo
}

# The machine and the tools, so that runs can be compared.
echo "smtpcode $("$S" --version | head -n 1 | sed 's/^smtpcode //')," \
    "$runs rounds, LC_ALL=C, clock: $clock"
for p in grep rg mawk gawk; do
	if have $p; then
		case $p in
		mawk) v=$(mawk -W version 2>&1 | head -n 1) ;;
		*) v=$($p --version 2>&1 | head -n 1) ;;
		esac
		echo "  $p: $v"
	else
		echo "  $p: not installed, left out"
	fi
done
if [ -r /proc/loadavg ]; then
	echo "  load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
fi
echo

for shape in $shapes; do
	case $shape in
	mixed|nocode|dense)
		gen "$shape" "$bytes" >"$shape.log"
		F=$shape.log ;;
	long)
		gen long "$bytes" >long.log
		F=long.log ;;
	files)
		mkdir -p files
		gen files 0
		F='files/f*' ;;
	gzip)
		gen mixed "$bytes" | gzip -c >mixed.gz
		F=mixed.gz ;;
	insn)
		insn
		continue ;;
	esac
	if [ "$shape" = gzip ]; then
		size=$(gzip -dc mixed.gz | wc -c | tr -d ' ')
		echo "== gzip: the mixed log, $(wc -c <mixed.gz |
		    awk '{ printf "%.1f", $1 / 1e6 }') MB gzipped (MB/s of" \
		    "the log once decompressed); median of $runs rounds"
		ncmd=0
		# shellcheck disable=SC2016
		add 'smtpcode --summary' 1 /dev/null '"$S" -S --summary $F'
		# shellcheck disable=SC2016
		add 'zcat | wc -l' 0 /dev/null 'zcat $F | wc -l'
	else
		heading
		log_commands
	fi
	measure "$shape" "$size"
	rm -rf files ./*.log mixed.gz
done

# The targets, each PASS or MISS with its figures, or not measured.
awk -F '\t' '
{
	med[$1, $2] = $3
	rss[$1, $2] = $4
}
function has(s, l) {
	return (s, l) in med
}
function verdict(ok, what, figures) {
	printf "%-5s %s: %s\n", ok ? "PASS" : "MISS", what, figures
}
function none(what, why) {
	printf "%-5s %s: not measured (%s)\n", "-", what, why
}
# At most k times the time of b, on one shape.
function within(s, a, b, k, what) {
	if (!has(s, a) || !has(s, b)) {
		none(what, "shape " s " or " b " left out")
		return
	}
	if (med[s, b] <= 0) {
		none(what, "times below the clock\047s resolution")
		return
	}
	r = med[s, a] / med[s, b]
	verdict(r <= k, what, sprintf("%.2f x (%.4f s against %.4f s)",
	    r, med[s, a], med[s, b]))
}
# At most k times (below k when strict) the time of b, on every shape.
function every(a, b, k, strict, what,	i, s, r, ok, f, n) {
	ok = 1
	f = ""
	for (i = 1; i <= nshape; i++) {
		s = shape[i]
		if (!has(s, a) || !has(s, b) || med[s, b] <= 0)
			continue
		r = med[s, a] / med[s, b]
		if (strict ? r >= k : r > k)
			ok = 0
		f = f sprintf("%s%s %.2f", n++ ? ", " : "", s, r)
	}
	if (n)
		verdict(ok, what " (time ratio)", f)
	else
		none(what, "no shape run")
}
END {
	nshape = split("mixed nocode dense long files gzip", shape, " ")
	print "targets"
	S = "smtpcode --summary"
	within("mixed", S, "wc -l", 3, "--summary within 3 x wc -l on mixed")
	within("nocode", S, "wc -l", 2, "--summary within 2 x wc -l on nocode")
	every(S, "grep -cE", 1, 1, "--summary faster than grep -cE on every shape")
	every(S, "rg -c", 1, 1, "--summary faster than rg -c on every shape")
	every("smtpcode (annotate)", S, 1.3, 0,
	    "annotate within 1.3 x --summary on every shape")
	every("smtpcode -o", S, 1.3, 0, "-o within 1.3 x --summary on every shape")
	within("mixed", "smtpcode --json", S, 2.5,
	    "--json within 2.5 x --summary on mixed")
	worst = -1
	for (k in rss) {
		split(k, p, SUBSEP)
		if (p[2] ~ /^smtpcode/ && rss[k] ~ /^[0-9]+$/ && rss[k] + 0 > worst) {
			worst = rss[k] + 0
			where = p[2] " on " p[1]
		}
	}
	if (worst < 0)
		none("peak RSS under 2 MiB in every smtpcode mode",
		    "no GNU time, or no shape run")
	else
		verdict(worst < 2048, "peak RSS under 2 MiB in every smtpcode mode",
		    sprintf("at most %d KiB (%s)", worst, where))
	if (has("insn", S))
		verdict(med["insn", S] <= 2.5,
		    "at most 2.5 instructions per byte for --summary on mixed",
		    sprintf("%.2f", med["insn", S]))
	else
		none("at most 2.5 instructions per byte for --summary on mixed",
		    "insn left out, or no valgrind")
}' results

[ "$failed" = 0 ] || exit 2
exit 0
