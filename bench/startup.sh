#!/bin/sh
# Start-up cost: instructions executed by 'smtpcode 550' against /bin/true,
# counted by callgrind (repeatable whatever else the machine is doing).
# Target: a ratio of at most 1.3.
set -eu
cd "$(dirname "$0")/.."
[ -x ./smtpcode ] || make -s smtpcode

count() {
	out=$(mktemp)
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" \
	    >/dev/null 2>"$out" || true
	sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out"
	rm -f "$out"
}

true_n=$(count /bin/true)
code_n=$(count ./smtpcode 550)
enh_n=$(count ./smtpcode 550 5.1.1)
awk -v t="$true_n" -v c="$code_n" -v e="$enh_n" 'BEGIN {
	printf "%-28s %12s %8s\n", "command", "instructions", "ratio"
	printf "%-28s %12d %8.2f\n", "/bin/true", t, 1
	printf "%-28s %12d %8.2f\n", "smtpcode 550", c, c / t
	printf "%-28s %12d %8.2f\n", "smtpcode 550 5.1.1", e, e / t
	printf "target: smtpcode 550 at most 1.30 times /bin/true: %s\n",
	    c / t <= 1.3 ? "met" : "NOT MET"
	exit c / t <= 1.3 ? 0 : 1
}'
