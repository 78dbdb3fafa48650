#!/usr/bin/env bats
# Properties over random logs, seeded so that every run sees the same:
# the JSON parses, each code is the text at its offset, the modes agree,
# and annotate mode passes every line through byte for byte.

load test_helper

# jq -e on JSON read from standard input, failing when there is none
# (jq itself exits 0 on empty input).
jqe() {
	local in
	in=$(cat)
	[ -n "$in" ] || { echo "no JSON to check" >&2; return 1; }
	jq -e "$@" <<<"$in"
}

# Write n random log lines made of codes, near-codes and their borders
# to stdout.  mode: "ascii" (printable ASCII, tab, some controls),
# "bytes" (any byte but NUL, CR and LF), "crlf" (ascii with CRLF ends),
# "cr" (bytes with lone CRs inside lines).
gen() {
	LC_ALL=C awk -v seed="$1" -v n="$2" -v mode="$3" 'BEGIN {
		srand(seed)
		np = split("550|5.1.1|250-|421 4.7.0|550-5.1.1| said: |=|stat=|" \
		    "\"code\":|(#|<<<|; |,>,|x|abc| |\t|_|.|5|2|0|99|-|\"|'"'"'|" \
		    ":|5.4.0-150|2.1.5.7|(250 ms)|5500|4.8.1|560|b'"'"'|smtp;|" \
		    "reply |size: |#|)|dsn=|<~ |[|]|{|}|status=|diag=|" \
		    "Reply=|SIZE: |said: 5.8.1|kernel 250 5.4.0-150-generic", p, "|")
		for (l = 0; l < n; l++) {
			len = int(rand() * 120)
			s = "L"
			while (length(s) < len) {
				r = rand()
				if (r < 0.15 && mode != "ascii" && mode != "crlf")
					s = s sprintf("%c", 1 + int(rand() * 255))
				else if (r < 0.2)
					s = s sprintf("%c", 1 + int(rand() * 8))
				else
					s = s p[1 + int(rand() * np)]
			}
			if (mode == "cr" && rand() < 0.3)
				s = s "\r" p[1 + int(rand() * np)]
			gsub(/\n/, "", s)
			if (mode != "cr")
				gsub(/\r/, "", s)
			printf "%s%s", s, mode == "crlf" ? "\r\n" : "\n"
		}
	}'
}

@test "JSON output always parses, one object a line, line numbers rising" {
	for seed in 1 2 3 4 5; do
		gen "$seed" 2000 bytes >"$BATS_TEST_TMPDIR/log"
		smtpcode --json -S "$BATS_TEST_TMPDIR/log" >"$BATS_TEST_TMPDIR/out"
		[ -s "$BATS_TEST_TMPDIR/out" ]
		jq -se 'all(type == "object" and (.line | type) == "number" and
		    (.text | type) == "string" and (.codes | length) > 0) and
		    ([.[].line] | . == (sort | unique))' "$BATS_TEST_TMPDIR/out"
		[ "$(jq -c . "$BATS_TEST_TMPDIR/out" | wc -l)" -eq \
		    "$(wc -l <"$BATS_TEST_TMPDIR/out")" ]
		[ "$(jq -s 'map(.line) | max' "$BATS_TEST_TMPDIR/out")" -le 2000 ]
		smtpcode --summary --json -S "$BATS_TEST_TMPDIR/log" |
		    jqe 'type == "object" and (.rows | type) == "array" and
		    .total.lines == 2000'
	done
}

@test "every code found is the text at its offset" {
	for seed in 11 12 13; do
		gen "$seed" 2000 ascii >"$BATS_TEST_TMPDIR/log"
		smtpcode --json -S "$BATS_TEST_TMPDIR/log" >"$BATS_TEST_TMPDIR/out"
		[ "$(wc -l <"$BATS_TEST_TMPDIR/out")" -gt 100 ]
		jq -se 'all(.text as $t | .codes | all(
		    $t[.offset:.offset + (.code | length)] == .code))' \
		    "$BATS_TEST_TMPDIR/out"
		# and the text is the input line of that number
		jq -r '"\(.line)\t\(.text)"' "$BATS_TEST_TMPDIR/out" |
		    LC_ALL=C awk -F'\t' 'NR == FNR { want[FNR] = $0; next }
		    { t = $0; sub(/^[0-9]+\t/, "", t)
		      if (want[$1] != t) { print "line " $1; bad = 1 } }
		    END { exit bad }' "$BATS_TEST_TMPDIR/log" -
	done
}

@test "the modes agree: -o, --json, --summary and --class find the same codes" {
	for seed in 21 22; do
		gen "$seed" 3000 bytes >"$BATS_TEST_TMPDIR/log"
		f=$BATS_TEST_TMPDIR/log
		smtpcode --json -S "$f" | jq -r '.codes[].code' >"$BATS_TEST_TMPDIR/j"
		smtpcode -o -S "$f" >"$BATS_TEST_TMPDIR/o"
		# The same codes; JSON puts a reply code before its enhanced
		# code, -o writes them as found.
		sort "$BATS_TEST_TMPDIR/j" >"$BATS_TEST_TMPDIR/js"
		sort "$BATS_TEST_TMPDIR/o" | cmp - "$BATS_TEST_TMPDIR/js"
		# Counts of the summary by code: lines per code.
		sort "$BATS_TEST_TMPDIR/j" | uniq -c |
		    awk '{ print $2, $1 }' | sort >"$BATS_TEST_TMPDIR/want"
		smtpcode --summary --by code --json -S "$f" |
		    jq -r '.rows[] | "\(.code) \(.count)"' | sort >"$BATS_TEST_TMPDIR/got"
		cmp "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/got"
		# A class filter keeps exactly the codes of that class.
		for c in 2 4 5; do
			grep "^$c" "$BATS_TEST_TMPDIR/o" >"$BATS_TEST_TMPDIR/want" || true
			smtpcode -o -c "$c" -S "$f" >"$BATS_TEST_TMPDIR/got" || true
			cmp "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/got"
		done
		grep -v '\.' "$BATS_TEST_TMPDIR/o" >"$BATS_TEST_TMPDIR/want"
		smtpcode -o -k basic -S "$f" >"$BATS_TEST_TMPDIR/got"
		cmp "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/got"
	done
}

@test "annotate mode passes every input line through byte for byte" {
	for seed in 31 32 33; do
		for mode in bytes crlf; do
			gen "$seed" 2000 "$mode" >"$BATS_TEST_TMPDIR/log"
			smtpcode -S "$BATS_TEST_TMPDIR/log" >"$BATS_TEST_TMPDIR/out"
			# Explanations follow the lines, as "  # CODE ...".
			[ "$(LC_ALL=C grep -ac '^  # [2-5]' "$BATS_TEST_TMPDIR/out")" -gt 100 ]
			LC_ALL=C grep -av '^  # [2-5]' "$BATS_TEST_TMPDIR/out" |
			    cmp - "$BATS_TEST_TMPDIR/log"
			# With --line-buffered too.
			smtpcode --line-buffered -S "$BATS_TEST_TMPDIR/log" |
			    cmp - "$BATS_TEST_TMPDIR/out"
		done
	done
}

@test "annotate mode passes lines with a lone CR through byte for byte" {
	gen 41 2000 cr >"$BATS_TEST_TMPDIR/log"
	smtpcode -S "$BATS_TEST_TMPDIR/log" | LC_ALL=C grep -av '^  # [2-5]' |
	    cmp - "$BATS_TEST_TMPDIR/log"
	smtpcode --json -S "$BATS_TEST_TMPDIR/log" |
	    jq -se '[.[].line] | max <= 2000'
}

@test "explanations start a line, whatever ended the line before" {
	# True whether a lone CR ends a line or is part of it.
	for end in '\n' '\r\n' '\r' ''; do
		printf 'said: 550 x%bsaid: 421 y\n' "$end" >"$BATS_TEST_TMPDIR/log"
		run -0 smtpcode -S "$BATS_TEST_TMPDIR/log"
		[ "$(printf '%s\n' "$output" | grep -c '^  # [45]')" -eq 2 ] ||
		    { echo "end '$end': $output"; return 1; }
	done
}

@test "a lookup in JSON ends with a newline" {
	[ "$(smtpcode -j 550 | wc -l)" -eq 1 ]
	[ "$(smtpcode -j 5.1.1 | wc -l)" -eq 1 ]
	[ "$(smtpcode -j 550 5.1.1 | wc -l)" -eq 1 ]
}
