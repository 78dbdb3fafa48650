#!/bin/sh
# How often the reason, the bounce verdict and the provider of each
# labelled log line agree with what smtpcode -S -j says of the line.
# Prints "field good total" for reason, bounce and provider; with -v,
# the lines that disagree on the reason.  Usage: reason-agreement.sh
# SMTPCODE DIR [-v]
set -eu
prog=$1 dir=$2 verbose=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$dir"/*.tsv | grep -v '^#' >"$tmp/rows"
cut -f4- "$tmp/rows" | "$prog" -S -j --line-number >"$tmp/json" || true
# One answer per input line: its reason, bounce and provider, or '-'.
jq -r '[.line, .reason, .bounce, (.provider // "-")] | @tsv' "$tmp/json" >"$tmp/got"
awk -F'\t' -v verbose="$verbose" '
	NR == FNR { r[$1] = $2; b[$1] = $3; p[$1] = $4; next }
	{
		n++
		gr = (FNR in r) ? r[FNR] : "-"
		gb = (FNR in b) ? b[FNR] : "-"
		gp = (FNR in p) ? p[FNR] : "-"
		okr += gr == $1; okb += gb == $2; okp += gp == $3
		if (verbose != "" && gr != $1)
			print "reason: want " $1 ", got " gr ": " $4 > "/dev/stderr"
	}
	END {
		print "reason", okr, n
		print "bounce", okb, n
		print "provider", okp, n
	}' "$tmp/got" "$tmp/rows"
