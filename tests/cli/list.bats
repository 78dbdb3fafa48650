#!/usr/bin/env bats
# Listing, filtering by class and kind, and searching.

load test_helper

@test "--list lists every basic code in order, then the registry" {
	run -0 smtpcode -j --list
	[ "$(jq '[.[] | select(.kind == "basic")] | length' <<<"$output")" -eq 36 ]
	[ "$(jq '[.[] | select(.kind == "enhanced")] | length' <<<"$output")" -eq 81 ]
	jq -e '[.[] | select(.kind == "basic") | .value] | . == sort' <<<"$output"
	jq -e '.[0].code == "-1" and .[36].code == "X.0.0"' <<<"$output"
}

@test "--kind restricts a list to basic or enhanced codes" {
	run -0 smtpcode -j -l -k enhanced
	jq -e 'all(.kind == "enhanced") and length == 81' <<<"$output"
	run -0 smtpcode -j -l --kind basic
	jq -e 'all(.kind == "basic")' <<<"$output"
	run -2 --separate-stderr smtpcode -l -k other
	[[ "$stderr" == *"'other' is not a kind"* ]]
}

@test "--class accepts digits, NXX, words and comma lists" {
	for c in 4 4xx 4XX transient; do
		run -0 smtpcode -j -l -k basic -c "$c"
		jq -e 'all(.class == 4) and length == 7' <<<"$output"
	done
	run -0 smtpcode -j -l -k basic -c 2,intermediate
	jq -e 'all(.class == 2 or .class == 3) and length == 10' <<<"$output"
}

@test "--class writes enhanced codes with the class chosen" {
	run -0 smtpcode -j -l -k enhanced -c 4
	jq -e 'all(.code | startswith("4.")) and length == 81' <<<"$output"
	# RFC 3463 has no class 3.
	run -1 smtpcode -j -l -k enhanced -c 3
	[ "$output" = "[]" ]
}

@test "a bad class is a usage error" {
	for c in 7 1xx '' '5,' x; do
		run -2 --separate-stderr smtpcode -l -c "$c"
		[[ "$stderr" == "smtpcode: '$c' is not a class"* ]]
	done
}

@test "--class filters lookups like grep" {
	run -0 smtpcode -c 5 550
	[[ "$output" == "550 MailboxUnavailable"* ]]
	run -1 smtpcode -c 5 450
	[ -z "$output" ]
	# Enhanced codes by their class digit; a pair by its reply code.
	run -0 smtpcode -c 5 5.1.1
	[[ "$output" == "5.1.1 "* ]]
	run -1 smtpcode -c 4 5.1.1
	[ -z "$output" ]
	run -1 smtpcode -c 4,2 550 5.1.1
	[ -z "$output" ]
	# Found and filtered out together: 1, as for a code not found.
	run -1 smtpcode -c 4 4.2.2 550 450
	[ "${#lines[@]}" -ge 2 ]
	[[ "${lines[0]}" == "4.2.2 "* ]]
	[[ "$output" == *$'\n'"450 MailboxBusy"* ]]
	[[ "$output" != *"550"* ]]
}

@test "--search matches names and descriptions, case-insensitively" {
	run -0 smtpcode -j --search dkim
	jq -e '[.[].code] | index("X.7.20") and index("X.7.21") and index("X.7.22")' <<<"$output"
	run -0 smtpcode -j -s BADCOMMAND
	jq -e '.[0].value == 503' <<<"$output"
	run -1 smtpcode -j -s qwertyuiop
	[ "$output" = "[]" ]
}

@test "--search in French ignores accents" {
	run -0 smtpcode -j -L fr -s boite
	jq -e 'map(.code) | index("450") and index("X.2.2")' <<<"$output"
	run -0 smtpcode -j -L fr -s "BOÎTE"
	jq -e 'map(.code) | index("450")' <<<"$output"
}

@test "--search finds codes by keyword and reason, words in any order" {
	# RFC 3463 X.2.2 mailbox full, RFC 5321 552 storage allocation.
	run -0 smtpcode -j -s quota
	jq -e 'map(.code) | index("552") and index("X.2.2")' <<<"$output"
	# RFC 7372: X.7.25 reverse DNS, X.7.23 SPF, X.7.20 DKIM.
	run -0 smtpcode -j -s ptr
	jq -e 'map(.code) | index("X.7.25")' <<<"$output"
	run -0 smtpcode -j -s 'reverse dns'
	jq -e 'map(.code) | index("X.7.25")' <<<"$output"
	run -0 smtpcode -j -s spf
	jq -e 'map(.code) | index("X.7.23") and (index("X.1.1") | not)' <<<"$output"
	# RFC 3463 X.1.1 bad destination mailbox, either word order.
	run -0 smtpcode -j -s 'unknown user'
	jq -e 'map(.code) | index("X.1.1")' <<<"$output"
	run -0 smtpcode -j -s 'user unknown'
	jq -e 'map(.code) | index("X.1.1")' <<<"$output"
	run -0 smtpcode -j -s greylisting
	jq -e 'map(.code) | index("450") and index("451")' <<<"$output"
	# RFC 4954: 535 credentials invalid.
	run -0 smtpcode -j -L fr -s 'mot de passe'
	jq -e 'map(.code) | index("535") and index("X.7.8")' <<<"$output"
	run -1 smtpcode -j -s 'quota qwertyuiop'
	[ "$output" = "[]" ]
}

@test "bad search words are usage errors" {
	run -2 --separate-stderr smtpcode -s ''
	[[ "$stderr" == *"search word"* ]]
	run -2 --separate-stderr smtpcode -s "$(head -c 300 /dev/zero | tr '\0' a)"
	[[ "$stderr" == *"search word"* ]]
}

@test "codes cannot be combined with --list or --search" {
	run -2 --separate-stderr smtpcode -l 550
	[ -z "$output" ]
	[[ "$stderr" == *"cannot be combined"* ]]
}

@test "--class alone filters logs, whatever standard input is" {
	# The same command line does the same thing on a pipe, a file,
	# /dev/null and a terminal: -c 2 reads logs; listing needs -l.
	run -1 smtpcode -c 2 </dev/null
	[ -z "$output" ]
	run -0 smtpcode -c 2 -o <<<$'x 550 5.1.1 y\nstatus=sent (250 2.0.0 Ok)'
	[ "$output" = $'250\n2.0.0' ]
	command -v script >/dev/null || skip "script(1) not installed (Debian package bsdutils)"
	run script -qec "$ROOT/smtpcode -c 2 --color=never" /dev/null \
	    <<<$'reply: 250 Ok\n\004'
	[[ "$output" != *"211 SystemStatus"* ]]
	[[ "$output" == *"reading a log from the terminal"* ]]
}

@test "-l --provider -j: every case of data/providers.txt, field for field, null where the data is empty" {
	local want got p
	want=$(awk -F'\t' '!/^#/ { print $1 "\t" $2 "\t" $3 "\t" $4 "\t" $5 "\t" $6 "\t" $11 }' \
	    "$ROOT/data/providers.txt" | sort)
	got=$(awk -F'\t' '!/^#/ { print $1 }' "$ROOT/data/providers.txt" | sort -u |
	    while read -r p; do
		smtpcode -l --provider "$p" -j
	done | jq -r '.[] | [.id, (.reply // "" | tostring), (.enhanced // ""),
	    (.marker // ""), .reason, (if .retry then "yes" else "no" end),
	    .source] | @tsv' | sort)
	[ "$want" = "$got" ] || { diff <(echo "$want") <(echo "$got") | head; return 1; }
	# No case without a reply code, enhanced code or marker writes "" for it.
	for p in gmail yahoo microsoft365; do
		run -0 smtpcode -l --provider "$p" -j
		echo "$output" | jq -e 'all(.[]; .reply != "" and .enhanced != "" and .marker != "")'
	done
}
