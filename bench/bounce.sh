#!/bin/sh
# Bounce messages per second: smtpcode -b against peers run on the same
# Maildir in one interleaved run (sisimai, Mail::DeliveryStatus::
# BounceParser, when their Debian packages libsisimai-perl and
# libmail-deliverystatus-bounceparser-perl are installed).  The Maildir
# is made of the test corpus's messages, copied to the size asked for.
# Usage: bench/bounce.sh [MESSAGES] [ROUNDS]; prints medians and ratios.
set -eu
cd "$(dirname "$0")/.."
count=${1:-10000}
rounds=${2:-3}
dir=${TMPDIR:-/tmp}/smtpcode-bounce.$$
mkdir -p "$dir/md/cur" "$dir/md/new" "$dir/md/tmp"
trap 'rm -rf "$dir"' EXIT INT TERM
[ -x ./smtpcode ] || make -s smtpcode

# The corpus's single messages, round-robin, to $count files.
ls tests/data/bounces/*.eml >"$dir/src"
nsrc=$(wc -l <"$dir/src")
i=0
while [ "$i" -lt "$count" ]; do
	f=$(sed -n "$((i % nsrc + 1))p" "$dir/src")
	cp "$f" "$dir/md/cur/$i.bench:2,S"
	i=$((i + 1))
done

peers="smtpcode"
perl -MSisimai -e1 2>/dev/null && peers="$peers sisimai"
perl -MMail::DeliveryStatus::BounceParser -e1 2>/dev/null &&
    peers="$peers bounceparser"

run() {
	case $1 in
	smtpcode)
		./smtpcode -b -j "$dir/md" >/dev/null 2>&1 || true ;;
	sisimai)
		# Sisimai 4 calls it make(), 5 rise().
		perl -MSisimai -e 'my $m = Sisimai->can("rise") ? "rise" : "make";
		    my $v = Sisimai->$m($ARGV[0]); print scalar(@{$v || []}), "\n"' \
		    "$dir/md/cur" >/dev/null 2>&1 || true ;;
	bounceparser)
		perl -MMail::DeliveryStatus::BounceParser -e '
		    opendir(my $d, "$ARGV[0]/cur") or die; my $n = 0;
		    for my $f (readdir $d) { next if $f =~ /^\./;
			open(my $fh, "<", "$ARGV[0]/cur/$f") or next;
			local $/; my $m = <$fh>;
			my $b = eval { Mail::DeliveryStatus::BounceParser->new($m) };
			$n++ if $b && $b->is_bounce; }
		    print "$n\n"' "$dir/md" >/dev/null 2>&1 || true ;;
	esac
}

# Interleaved: each round runs every peer once, in turn.
r=0
while [ "$r" -lt "$rounds" ]; do
	for p in $peers; do
		s=$(date +%s.%N)
		run "$p"
		e=$(date +%s.%N)
		echo "$p $s $e" | awk '{ printf "%s %.4f\n", $1, $3 - $2 }' >>"$dir/times"
	done
	r=$((r + 1))
done
awk -v n="$count" '
	{ t[$1, ++k[$1]] = $2; if (!($1 in seen)) { seen[$1] = 1; order[++np] = $1 } }
	END {
		for (i = 1; i <= np; i++) {
			p = order[i]; m = k[p]
			for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++)
				if (t[p, b] < t[p, a]) { x = t[p, a]; t[p, a] = t[p, b]; t[p, b] = x }
			med[p] = t[p, int((m + 1) / 2)]
		}
		printf "%-14s %10s %14s %10s\n", "reader", "seconds", "messages/s", "x smtpcode"
		for (i = 1; i <= np; i++) {
			p = order[i]
			printf "%-14s %10.3f %14.0f %10.2f\n", p, med[p], n / med[p], med[p] / med["smtpcode"]
		}
		printf "target: %d messages well under %.1f s (1 s per 1000): %s\n", n, n / 1000,
		    med["smtpcode"] < n / 1000 / 2 ? "met" : "NOT MET"
	}' "$dir/times"
