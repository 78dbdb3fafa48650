#!/usr/bin/env bats
# Looking up reply codes by number.

load test_helper

@test "550 is MailboxUnavailable, a permanent failure" {
	run -0 --separate-stderr smtpcode 550
	[[ "${lines[0]}" == "550 MailboxUnavailable, permanent failure" ]]
	[[ "$output" == *"mailbox unavailable"* ]]
	[[ "$output" == *"RFC 5321"* ]]
	[ -z "$stderr" ]
}

@test "every value of the reference enumeration has its exact name" {
	while IFS=$'\t' read -r value name; do
		[[ "$value" == \#* ]] && continue
		got=$(smtpcode -j -- "$value" | jq -r .name)
		[ "$got" = "$name" ] || { echo "$value: $got, want $name"; return 1; }
		got=$(smtpcode -j -- "$value" | jq -r .reference_enum)
		[ "$got" = true ]
	done < "$DATA/reference-enum.tsv"
}

@test "the reference data file matches the reference page when it is at hand" {
	page="$ROOT/../shared/reference/aspose-smtpstatuscode.fr.md"
	[ -f "$page" ] || skip "optional: compares tests/data/reference-enum.tsv with a copy of Aspose's SmtpStatusCode page, not found at $page"
	diff <(grep -v '^#' "$DATA/reference-enum.tsv" | sort) \
	    <(awk -F'|' '/^\| [A-Za-z0-9]+ \| `/ { n=$2; v=$3;
	    gsub(/[ `]/,"",n); gsub(/[ `]/,"",v); print v "\t" n }' "$page" | sort)
}

@test "the table has the reference enumeration and the standard codes it lacks" {
	run -0 smtpcode -j -k basic -l
	[ "$(jq length <<<"$output")" -eq 36 ]
	[ "$(jq '[.[] | select(.reference_enum)] | length' <<<"$output")" -eq 32 ]
	for c in 455 555 521 556; do
		smtpcode -j "$c" | jq -e '.registered and (.reference_enum | not)'
	done
}

@test "0 is NotDefined and -1 is GeneralFailure, with or without --" {
	run -0 smtpcode --color=never 0
	[[ "${lines[0]}" == "0 NotDefined, "* ]]
	# No class: a reason, but neither hard nor soft nor a retry.
	[ "${lines[2]}" = "    Reason: undetermined (undefined)." ]
	run -0 smtpcode -1
	[[ "${lines[0]}" == "-1 GeneralFailure, "* ]]
	run -0 smtpcode -- -1
	[[ "${lines[0]}" == "-1 GeneralFailure, "* ]]
	run -0 smtpcode -j -1
	jq -e '.class == null and .value == -1 and .code == "-1"' <<<"$output"
	# Any '-' then a digit is an operand, never an option: -0 to -9.
	for d in 0 9; do
		run -2 --separate-stderr smtpcode "-$d"
		[ "$stderr" = "smtpcode: '-$d' is not an SMTP code" ]
	done
}

@test "operands keep their order, -1 included" {
	run -0 smtpcode -j 250 -1 550
	[ "$(jq -r 'map(.code) | join(" ")' <<<"$output")" = "250 -1 550" ]
	# A reply code pairs with the enhanced code right after it, once.
	run -0 smtpcode -j 550 5.1.1 5.2.2 4.2.2
	[ "$(jq -r 'map(.kind + ":" + .code) | join(" ")' <<<"$output")" = \
	    "pair:550 5.1.1 enhanced:5.2.2 enhanced:4.2.2" ]
	# The reply pasted after the enhanced code goes with the pair.
	run -0 smtpcode -j 550 '5.1.1 The email account that you tried to reach does not exist - gsmtp'
	jq -e '.kind == "pair" and .provider.id == "gmail" and
	    .provider.marker == "does not exist"' <<<"$output"
}

@test "a well-formed code missing from the table is explained by its digits, exit 1" {
	run -1 --separate-stderr smtpcode 559
	[[ "${lines[0]}" == "559 (not a named code), permanent failure" ]]
	[[ "$stderr" == "smtpcode: '559' is not a named SMTP reply code" ]]
	run -1 --separate-stderr smtpcode -j 420
	jq -e '.name == null and .class == 4 and .registered == false' <<<"$output"
}

@test "the second digit is explained as RFC 5321 names it" {
	for pair in 0:syntax 1:information 2:connections 3:unspecified 4:unspecified \
	    5:"mail system"; do
		d=${pair%%:*} word=${pair#*:}
		run -1 --separate-stderr smtpcode -j "5${d}9"
		jq -e --arg w "$word" '.description | contains($w)' <<<"$output"
	done
}

@test "found and not-found operands together exit 1 and print the found ones" {
	run -1 --separate-stderr smtpcode 250 559
	[[ "$output" == *"250 Ok"* ]]
	[[ "$stderr" == *"'559'"* ]]
}

@test "malformed operands are usage errors naming the operand; good ones are still printed" {
	for bad in abc 5500 650 560 '' 99999999999999999999 +550 550x 00 -2 -550 -0 \
	    "$(printf '\xff\xfe')" "$(printf '5\t5\t0')" ٥٥٠ '550 5.1' 'x 550'; do
		run -2 --separate-stderr smtpcode --color=never 250 "$bad" 421
		[[ "${lines[0]}" == "250 Ok, success" ]]
		[[ "$output" == *$'\n421 ServiceNotAvailable'* ]]
		[[ "$stderr" == "smtpcode: '"*"' is not "* ]] || { echo "$bad: $stderr"; return 1; }
	done
	# The worst status wins: a bad operand (2) over an unknown one (1).
	run -2 --separate-stderr smtpcode 559 abc
	run -1 --separate-stderr smtpcode 559 250
}

@test "an operand that names a file is not read, but -S is suggested" {
	run -2 --separate-stderr smtpcode "$ROOT/Makefile"
	[ -z "$output" ]
	[[ "$stderr" == *"is a file, not a code: to read it as a log, use -S" ]]
	run -2 --separate-stderr smtpcode -L fr "$ROOT/Makefile"
	[[ "$stderr" == *"est un fichier, pas un code"* ]]
}

@test "a reply pasted whole is looked up by its leading codes" {
	run -0 smtpcode --color=never '550 5.1.1 User unknown'
	[[ "${lines[0]}" == "550 MailboxUnavailable"* ]]
	[[ "$output" == *"5.1.1 Bad destination mailbox address"* ]]
	run -0 smtpcode --color=never '550-5.7.26 Unauthenticated email'
	[[ "$output" == *"5.7.26 Multiple authentication checks failed"* ]]
	run -0 smtpcode --color=never '250-PIPELINING'
	[[ "${lines[0]}" == "250 Ok, success" ]]
	# A '-' with nothing after it continues no line.
	run -2 --separate-stderr smtpcode 550-
	[ "$stderr" = "smtpcode: '550-' is not an SMTP code" ]
}

@test "a code the registry lacks takes the reason and retry its provider cases agree on" {
	# data/providers.txt, fields 3, 5 and 6: the codes (not ranges) whose
	# cases all give one reason and one retry, left out when the registry
	# has their detail or a range of the file covers them.
	want=$(awk -F'\t' '
	    FNR == NR { if ($1 ~ /^X\./) reg[substr($1, 3)] = 1; next }
	    /^#/ || NF < 6 || $3 == "" { next }
	    $3 ~ /-/ { split($3, a, /[.-]/); lo[a[1] "." a[2]] = lo[a[1] "." a[2]] " " a[3] "-" a[4]; next }
	    { k = $3; r = $5 " " ($6 == "yes" ? "true" : "false")
	      if (!(k in w)) { w[k] = r; order[n++] = k } else if (w[k] != r) w[k] = "mixed" }
	    END {
		for (i = 0; i < n; i++) {
			k = order[i]; split(k, c, ".")
			if (w[k] == "mixed" || (c[2] "." c[3]) in reg) continue
			m = split(lo[c[1] "." c[2]], rs, " "); in_r = 0
			for (j = 1; j <= m; j++) { split(rs[j], b, "-"); if (c[3] + 0 >= b[1] + 0 && c[3] + 0 <= b[2] + 0) in_r = 1 }
			if (!in_r) print k " " w[k]
		}
	    }' "$DATA/iana-enhanced.tsv" "$ROOT/data/providers.txt")
	# Both ways: a permanent code that waiting clears, a transient one
	# that it does not.
	grep -qx '5.1.90 speeding true' <<<"$want"
	grep -qx '4.4.317 networkerror false' <<<"$want"
	# shellcheck disable=SC2046
	run -0 smtpcode -j $(cut -d' ' -f1 <<<"$want")
	got=$(jq -r '.[] | "\(.code) \(.reason) \(.retry)"' <<<"$output")
	[ "$got" = "$want" ]
}

@test "X.7.20, as the lists print it, is looked up in any case" {
	for c in X.7.20 x.7.20; do
		run -0 smtpcode --color=never "$c"
		[[ "${lines[0]}" == "X.7.20 No passing DKIM signature found" ]]
	done
	run -1 --separate-stderr smtpcode X.7.99
	[[ "$stderr" == *"'X.7.99' is not a registered enhanced status code" ]]
	run -1 --separate-stderr smtpcode -j X.7.99 X.1.1
	[ "$(jq -r '.[0].error, .[1].code' <<<"$output")" = $'not a registered enhanced status code\nX.1.1' ]
}

@test "invalid bytes in a bad operand are shown escaped" {
	run -2 --separate-stderr smtpcode "$(printf 'a\033[31mb\xff')"
	[ "$stderr" = "smtpcode: 'a^[[31mb\\xff' is not an SMTP code" ]
}

@test "an overlong operand is refused with a short message" {
	long=$(head -c 100000 /dev/zero | tr '\0' 5)
	run -2 --separate-stderr smtpcode "$long"
	[ "${#stderr}" -lt 200 ]
	[[ "$stderr" == *"'..."* ]]
}

@test "text output fits in 80 columns" {
	# Count characters, not bytes.
	export LC_ALL=C.UTF-8
	run -0 smtpcode -L en -l
	while IFS= read -r l; do [ "${#l}" -le 80 ] || { echo "$l"; return 1; }; done <<<"$output"
	run -0 smtpcode -L fr -l
	while IFS= read -r l; do [ "${#l}" -le 80 ] || { echo "$l"; return 1; }; done <<<"$output"
}

@test "no operand and a terminal on stdin reads it, with a hint on stderr" {
	command -v script >/dev/null || skip "script(1) not installed (Debian package bsdutils)"
	run script -qec "$ROOT/smtpcode --color=never" /dev/null \
	    <<<$'said: 550 5.1.1 nope\n\004'
	[[ "$output" == *"reading a log from the terminal; end it with Ctrl-D"* ]]
	[[ "$output" == *"# 550"* ]]
	[[ "$output" != *"usage: smtpcode"* ]]
}
