#!/usr/bin/env bats
# The shape of what a lookup writes as text: each line and what it holds,
# checked against RFC 5321, RFC 3463 and the IANA registry.

# shellcheck disable=SC2016 # jq variables in single quotes, for jqe
load test_helper

# jq -e on JSON read from standard input, failing when there is none
# (jq itself exits 0 on empty input).
jqe() {
	local in
	in=$(cat)
	[ -n "$in" ] || { echo "no JSON to check" >&2; return 1; }
	jq -e "$@" <<<"$in"
}

# The output with lines joined and runs of blanks squeezed.
flat() {
	tr '\n' ' ' | tr -s ' '
}

@test "an unnamed reply code: its class and second digit (RFC 5321 4.2.1)" {
	# x0z syntax, x1z information, x2z connections, x5z mail system;
	# x3z and x4z are not specified.
	while read -r code class digit word; do
		run -1 --separate-stderr smtpcode "$code"
		[ "$stderr" = "smtpcode: '$code' is not a named SMTP reply code" ]
		[[ "${lines[0]}" == "$code (not a named code), "* ]]
		f=$(flat <<<"$output")
		[[ "$f" == *"Class ${class}yz: "* ]]
		[[ "$f" == *"Second digit $digit: $word."* ]] ||
		    { echo "$code: $f"; return 1; }
	done <<-'EOF'
	209 2 0 syntax
	519 5 1 information
	529 5 2 connections
	539 5 3 unspecified
	549 5 4 unspecified
	559 5 5 mail system
	459 4 5 mail system
	EOF
	f=$(smtpcode -L fr 559 2>/dev/null | flat)
	[[ "$f" == *"Classe 5yz"*"Deuxième chiffre 5 :"* ]]
}

@test "an enhanced code: title, class, subject, text, reply codes, RFC" {
	run -0 smtpcode 5.1.1
	[ "${lines[0]}" = "5.1.1 Bad destination mailbox address" ]
	[[ "${lines[1]}" == "    Class 5: permanent failure"* ]]
	[[ "${lines[2]}" == "    Subject 1: address"* ]]
	# The description in full, as JSON gives it.
	d=$(smtpcode -j 5.1.1 | jq -r .description)
	[ -n "$d" ]
	[[ "$(flat <<<"$output")" == *" $d "* ]]
	[[ "$output" == *$'\n    Reply codes it goes with: 451, 550\n    RFC 3463\n'* ]]
	run -0 smtpcode -L fr 5.1.1
	[[ "${lines[1]}" == "    Classe 5 : "* ]]
	[[ "${lines[2]}" == "    Sujet 1 : "* ]]
	[[ "$output" == *"    Codes de réponse associés : 451, 550"* ]]
}

@test "the reply codes of an enhanced code follow the registry" {
	# From tests/data/iana-enhanced.tsv, X in lower case.
	while IFS=$'\t' read -r code want; do
		grep -q "^X.${code#?.}	[^	]*	${want//x/X}	" \
		    "$DATA/iana-enhanced.tsv" || [ "$want" = "2xx, 4xx, 5xx" ]
		run -0 smtpcode "$code"
		[[ "$output" == *$'\n'"    Reply codes it goes with: $want"$'\n'* ]] ||
		    { echo "$code: $output"; return 1; }
	done <<-'EOF'
	5.1.1	451, 550
	4.2.2	552
	5.7.1	451, 454, 502, 503, 533, 550, 551
	5.7.8	535, 554
	2.0.0	2xx, 4xx, 5xx
	EOF
	grep -q "^X.0.0	[^	]*	Any	" "$DATA/iana-enhanced.tsv"
}

@test "an unregistered subject and detail say so" {
	run -1 --separate-stderr smtpcode 5.9.9
	[ "${lines[0]}" = "5.9.9 (unregistered detail code)" ]
	[[ "${lines[2]}" == "    Subject 9: unregistered subject." ]]
	# No description, reply codes or RFC: the registry has none.
	[[ "$output" != *"Reply codes"* && "$output" != *"RFC"* ]]
	[ "${#lines[@]}" -eq 3 ] || [[ "${lines[3]}" == "    Reason:"* ]]
	run -1 --separate-stderr smtpcode 4.1.99
	[[ "${lines[1]}" == "    Class 4: "* ]]
	[[ "${lines[2]}" == "    Subject 1: address"* ]]
	[[ "$output" != *"Reply codes"* && "$output" != *"RFC"* ]]
}

@test "a pair: both records, a blank line between, then the verdict" {
	run -0 smtpcode '550 5.1.1'
	[[ "${lines[0]}" == "550 MailboxUnavailable, permanent failure" ]]
	[[ "$output" == *$'\n\n5.1.1 Bad destination mailbox address\n'* ]]
	[[ "$output" == *$'\n    RFC 3463\nThe pair is consistent.'* ]]
	# The two as separate operands are one pair too.
	run -0 smtpcode 550 5.1.1
	[[ "$output" == *$'\nThe pair is consistent.'* ]]
	smtpcode -j 550 5.1.1 | jqe '.kind == "pair" and .consistent'
	smtpcode -j 550-5.1.1 | jqe '.kind == "pair"'
	# 200 is the lowest reply code (RFC 5321 4.2.1: 2yz).
	smtpcode -j '200 2.0.0' | jqe '.kind == "pair" and .basic.value == 200'
	# A class mismatch (RFC 3463 2: the classes must agree).
	run -0 smtpcode '450 5.1.1'
	[[ "$(flat <<<"$output")" == *"Inconsistent pair 450 5.1.1: the classes differ (4, 5)"* ]]
	# TSV: one line each, no blank line between them (bats's lines
	# leaves blank lines out: the count is wc's).
	run -0 smtpcode --tsv '550 5.1.1'
	[ "$(smtpcode --tsv '550 5.1.1' | wc -l)" -eq 2 ]
	[ "$(smtpcode --tsv 550 421 5.1.1 | wc -l)" -eq 3 ]
	[[ "${lines[0]}" == $'550\tMailboxUnavailable\t'* ]]
	[[ "${lines[1]}" == $'5.1.1\tBad destination mailbox address\t'* ]]
}

@test "text records: one blank line between them, none after the last" {
	for args in '550' '550 251' '5.1.1 4.2.2' '-l -k enhanced -c 4' '--names'; do
		# shellcheck disable=SC2086
		smtpcode $args > "$BATS_TEST_TMPDIR/out"
		# The output ends in one line feed, not two.
		[ "$(tail -c 1 "$BATS_TEST_TMPDIR/out" | od -An -c | tr -d ' ')" = '\n' ]
		[ "$(tail -c 2 "$BATS_TEST_TMPDIR/out" | od -An -c | tr -d ' ')" != '\n\n' ]
		# No two blank lines in a row.
		[ "$(awk 'prev == "" && $0 == "" && NR > 1 { n++ } { prev = $0 } END { print n + 0 }' \
		    "$BATS_TEST_TMPDIR/out")" -eq 0 ]
	done
	# Two codes, two records: one blank line.
	smtpcode 550 251 > "$BATS_TEST_TMPDIR/out"
	[ "$(grep -c '^$' "$BATS_TEST_TMPDIR/out")" -eq 1 ]
}

@test "a pair outside the registry's reply codes names them, a class as 5xx" {
	# tests/data/iana-enhanced.tsv: X.7.17 goes with 5XX, X.7.15 with 450,
	# 550 and any other 4XX or 5XX.
	grep -q "^X.7.17	[^	]*	5XX	RFC7293$" "$DATA/iana-enhanced.tsv"
	grep -q "^X.7.15	[^	]*	450, 550 (other 4XX or 5XX codes are allowed)	" \
	    "$DATA/iana-enhanced.tsv"
	run -0 smtpcode '450 4.7.17'
	[[ "$output" == *$'\n4.7.17 is usually sent with 5xx.\n'* ]]
	run -0 smtpcode '250 2.7.15'
	[[ "$output" == *$'\n2.7.15 is usually sent with 450, 550, 4xx, 5xx.\n'* ]]
	run -0 smtpcode -L fr '250 2.7.15'
	[[ "$output" == *$'\n2.7.15 accompagne d\'ordinaire 450, 550, 4xx, 5xx.\n'* ]]
	smtpcode -j '250 2.7.15' | jqe '.associated == false and .consistent and
	    .enhanced.basic_codes == ["450","550","4XX","5XX"]'
	# Any reply of a class the list names fits.
	smtpcode -j '451 4.7.15' '550 5.7.17' '554 5.7.17' '250 2.7.17' |
	    jqe '[.[].associated] == [true, true, true, false]'
	smtpcode -j 5.7.23 | jqe '.rfcs == ["RFC 7372","RFC 7208"]'
}

@test "operands one past each limit are refused with the matching message" {
	for op in 199 600 560 599 000 999; do
		run -2 --separate-stderr smtpcode "$op"
		[ "$stderr" = "smtpcode: '$op' is not an SMTP reply code (2xx to 5xx, second digit 0 to 5)" ]
	done
	for op in 55 5500 55a 5a0 a55 -2 00 5 '' 55-; do
		run -2 --separate-stderr smtpcode "$op"
		[ "$stderr" = "smtpcode: '$op' is not an SMTP code" ]
	done
	for op in 3.1.1 6.1.1 5.1000.1 5.1.1000 5.01.1 5.1.01 5.1 5.1.1.1 \
	    5.99999999999999999999.1 5.1.99999999999999999999; do
		run -2 --separate-stderr smtpcode "$op"
		[[ "$stderr" == "smtpcode: '$op' is not an enhanced status code"* ]]
	done
}

@test "search finds a word that is only in a title" {
	# Words of registry titles that no description of ours uses.
	smtpcode -l -j -k enhanced >"$BATS_TEST_TMPDIR/all"
	w=$(jq -r '.[] | select(.title != null) | .title' "$BATS_TEST_TMPDIR/all" |
	    tr ' ' '\n' | tr -d ',.()' | tr '[:upper:]' '[:lower:]' | awk 'length > 4' | sort -u |
	    while read -r x; do
		jq -e --arg x "$x" 'any(.[]; .description // "" |
		    ascii_downcase | contains($x)) | not' \
		    "$BATS_TEST_TMPDIR/all" >/dev/null && echo "$x"
	    done | head -1)
	[ -n "$w" ]
	run -0 smtpcode -j -k enhanced -s "$w"
	jqe --arg x "$w" 'length > 0 and
	    all(.title | ascii_downcase | contains($x))' <<<"$output"
}

@test "--names lists every name of the reference enumeration with its value" {
	smtpcode --names >"$BATS_TEST_TMPDIR/names"
	n=0
	while IFS=$'\t' read -r value name; do
		grep -qx "$name	$value" "$BATS_TEST_TMPDIR/names" ||
		    { echo "missing: $name $value"; return 1; }
		n=$((n + 1))
	done < <(grep -v '^#' "$DATA/reference-enum.tsv")
	[ "$n" -eq 32 ]
	# Sorted by name, whatever the case, each name once.
	cut -f1 "$BATS_TEST_TMPDIR/names" >"$BATS_TEST_TMPDIR/got"
	LC_ALL=C sort -f "$BATS_TEST_TMPDIR/got" | cmp - "$BATS_TEST_TMPDIR/got"
	[ "$(sort -u "$BATS_TEST_TMPDIR/got" | wc -l)" -eq "$(wc -l <"$BATS_TEST_TMPDIR/got")" ]
	# JSON: the same list; none of the enumeration's names is an alias.
	smtpcode --names -j >"$BATS_TEST_TMPDIR/json"
	jq -r '.[] | "\(.name)\t\(.code)"' "$BATS_TEST_TMPDIR/json" |
	    cmp - "$BATS_TEST_TMPDIR/names"
	grep -v '^#' "$DATA/reference-enum.tsv" | cut -f2 | sort >"$BATS_TEST_TMPDIR/ref"
	jq -r '.[] | select(.alias | not) | .name' "$BATS_TEST_TMPDIR/json" |
	    sort >"$BATS_TEST_TMPDIR/own"
	[ -z "$(comm -13 "$BATS_TEST_TMPDIR/own" "$BATS_TEST_TMPDIR/ref")" ]
}

@test "-o writes each code with as many digits as it has" {
	printf '%s\n' 'said: 5.1.100 x' 'said: 4.7.10 x' 'said: 2.0.0 x' \
	    'said: 250 x' 'said: 5.5.999 x' 'said: 5.7.1 x' 'said: 200 x' \
	    'said: 4.4.7 x' >"$BATS_TEST_TMPDIR/log"
	run -0 smtpcode -o -S "$BATS_TEST_TMPDIR/log"
	[ "$output" = "$(printf '%s\n' 5.1.100 4.7.10 2.0.0 250 5.5.999 5.7.1 200 4.4.7)" ]
	run -0 smtpcode --json -S "$BATS_TEST_TMPDIR/log"
	[ "$(jq -r '.codes[].code' <<<"$output" | tr '\n' ' ')" = \
	    "5.1.100 4.7.10 2.0.0 250 5.5.999 5.7.1 200 4.4.7 " ]
	run -0 smtpcode --summary -S "$BATS_TEST_TMPDIR/log"
	[ "$(grep -v '^total:' <<<"$output" | awk '{ print $2 }' | sort |
	    tr '\n' ' ')" = \
	    "2.0.0 200 250 4.4.7 4.7.10 5.1.100 5.5.999 5.7.1 " ]
}
