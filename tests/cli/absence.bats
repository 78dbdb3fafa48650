#!/usr/bin/env bats
# What must not be there: optional fields, raw control bytes, values past
# a limit; and the order of sorted output.

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

# The bytes of standard input as " xx" hex pairs, one line.
hex() {
	od -An -v -tx1 | tr -d '\n'
}

@test "\"truncated\" is absent from lines that were kept whole" {
	in=$'said: 550 a\n'"$(head -c 1000 /dev/zero | tr '\0' x) said: 421 b"
	run -0 smtpcode --json <<<"$in"
	[ "${#lines[@]}" -eq 2 ]
	jq -se 'length == 2 and all(has("truncated") | not)' <<<"$output"
	# A line of 65536 bytes is kept whole; one more byte is not.
	for n in 65536 65537; do
		{ printf 'said: 550 x'; head -c $((n - 11)) /dev/zero | tr '\0' y
		    echo; } >"$BATS_TEST_TMPDIR/in"
		[ "$(head -1 "$BATS_TEST_TMPDIR/in" | wc -c)" -eq $((n + 1)) ]
		run -0 smtpcode --json -S "$BATS_TEST_TMPDIR/in"
		if [ "$n" -eq 65536 ]; then
			jqe 'has("truncated") | not' <<<"$output"
		else
			jqe '.truncated == true' <<<"$output"
		fi
		jqe '.text | length == 65536' <<<"$output"
	done
}

@test "\"file\" is absent when reading standard input, present for files" {
	printf 'said: 550 x\n' >"$BATS_TEST_TMPDIR/log"
	run -0 smtpcode --json <"$BATS_TEST_TMPDIR/log"
	jqe 'has("file") | not' <<<"$output"
	run -0 smtpcode --json -S "$BATS_TEST_TMPDIR/log"
	jqe --arg f "$BATS_TEST_TMPDIR/log" '.file == $f' <<<"$output"
	run -0 smtpcode --json -S - <"$BATS_TEST_TMPDIR/log"
	jqe '.file == "(standard input)"' <<<"$output"
}

@test "lines without codes and codes filtered out leave nothing in JSON" {
	in=$'no code here\nsaid: 250 ok\nsaid: 550 5.1.1 x\nsize: 421\n'
	run -0 smtpcode --json -c 5 <<<"$in"
	[ "${#lines[@]}" -eq 1 ]
	jqe '.line == 3 and ([.codes[].code] == ["550", "5.1.1"])' \
	    <<<"$output"
	run -0 smtpcode --json -k enhanced <<<"$in"
	jqe '.line == 3 and ([.codes[].code] == ["5.1.1"])' <<<"$output"
	run -1 smtpcode --json -c 4 <<<"$in"
	[ -z "$output" ]
}

@test "--summary: most lines first, then basic before enhanced, in code order" {
	{
		printf 'said: 550 x\n%.0s' 1 2 3
		printf 'said: 421 x\n%.0s' 1 2 3
		printf 'said: 5.7.1 x\n%.0s' 1 2 3
		printf 'said: 4.7.0 x\n%.0s' 1 2 3
		printf 'said: 250 x\n%.0s' 1 2 3 4
		printf 'said: 5.1.1 x\n'
		printf 'said: 2.0.0 x\n'
		printf 'said: 221 x\n'
		printf 'said: 5.1.10 x\n'
		printf 'said: 5.1.2 x\n'
	} >"$BATS_TEST_TMPDIR/log"
	run -0 smtpcode --summary -S "$BATS_TEST_TMPDIR/log"
	# The rows, without the total line that ends the summary.
	output=$(grep -v '^total:' <<<"$output")
	want='250 421 550 4.7.0 5.7.1 221 2.0.0 5.1.1 5.1.2 5.1.10'
	[ "$(awk '{ printf "%s%s", (NR > 1 ? " " : ""), $2 }' <<<"$output")" = "$want" ]
	[ "$(awk '{ printf "%s%s", (NR > 1 ? " " : ""), $1 }' <<<"$output")" = \
	    "4 3 3 3 3 1 1 1 1 1" ]
	run -0 smtpcode --summary --by code --json -S "$BATS_TEST_TMPDIR/log"
	[ "${#lines[@]}" -eq 1 ]
	[ "$(jq -r '.rows | map(.code) | join(" ")' <<<"$output")" = "$want" ]
	jqe '.rows | map(.count) == [4, 3, 3, 3, 3, 1, 1, 1, 1, 1]' <<<"$output"
	jqe '.total.lines == 21 and .total.with_codes == 21' <<<"$output"
	jqe '.rows | map(.kind) == ["basic", "basic", "basic", "enhanced",
	    "enhanced", "basic", "enhanced", "enhanced", "enhanced",
	    "enhanced"]' <<<"$output"
	# A code counted once per line, however often the line has it.
	run -0 smtpcode --summary --by code --json <<<'said: 550 x said: 550 y'
	jqe '.rows | length == 1 and .[0].code == "550" and
	    .[0].kind == "basic" and .[0].count == 1' <<<"$output"
}

@test "JSON text: C0, DEL and C1 escaped, UTF-8 kept, nothing raw" {
	c0=$(printf '\\x%02x' 1 2 3 4 5 6 7 8 11 12 14 15 16 17 18 19 20 21 22 \
	    23 24 25 26 27 28 29 30 31)
	printf 'said: 550 <%b>\t"\\\x7f\xc3\xa9\xf0\x9f\x98\x80\xc2\x80\xc2\x9f\xc2\xa0\n' \
	    "$c0" >"$BATS_TEST_TMPDIR/log"
	run -0 smtpcode --json -S "$BATS_TEST_TMPDIR/log"
	# Each control byte comes back as itself once decoded.
	jqe '.text | explode == ([115, 97, 105, 100, 58, 32, 53, 53, 48,
	    32, 60] + [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19,
	    20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31] + [62, 9, 34, 92,
	    127, 233, 128512, 128, 159, 160])' <<<"$output"
	# No raw C0, DEL or C1 byte is left in the JSON line.
	run bash -c "smtpcode --json -S '$BATS_TEST_TMPDIR/log' | head -c -1 |
	    LC_ALL=C tr -d '\\040-\\176\\200-\\377' | wc -c"
	[ "$output" -eq 0 ]
	h=$(smtpcode --json -S "$BATS_TEST_TMPDIR/log" | hex)
	[[ "$h" != *" c2 8"* && "$h" != *" c2 9"* ]]
	[[ "$h" == *" c2 a0"* ]]
	grep -qF $'\\u007f\xc3\xa9' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
	grep -qF '\u007f' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
	grep -qF '\u0080\u009f' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
	grep -qF '\u0001' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
	grep -qF '\u001f' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
	grep -qF '<\u0001\u0002' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
	# shellcheck disable=SC1003
	grep -qF '>\t\"\\' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
}

@test "JSON text: surrogates and other invalid UTF-8 become U+FFFD" {
	# Each: bytes, then whether they are valid UTF-8 (RFC 3629).
	while read -r bytes valid; do
		printf 'said: 550 a%bb\n' "$bytes" >"$BATS_TEST_TMPDIR/log"
		out=$(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
		if [ "$valid" = yes ]; then
			want=$(printf 'a%bb' "$bytes" | jq -Rr 'explode | tostring')
			jqe --argjson w "$want" '.text | explode | .[10:] == $w' \
			    <<<"$out"
		else
			# Only U+FFFD between a and b, and none of the bytes raw.
			jqe '.text | explode | .[10:] |
			    .[0] == 97 and .[-1] == 98 and length > 2 and
			    (.[1:-1] | all(. == 65533))' <<<"$out"
			h=$(printf '%s' "$out" | hex)
			b=$(printf '%b' "$bytes" | hex)
			[[ "$h" != *"$b"* ]]
		fi
	done <<-'EOF'
	\xed\xa0\x80 no
	\xed\xbf\xbf no
	\xed\xb0\x80 no
	\xed\xa0\xbd\xed\xb8\x80 no
	\xed\x9f\xbf yes
	\xee\x80\x80 yes
	\xc0\xaf no
	\xc1\xbf no
	\xe0\x80\xaf no
	\xf0\x80\x80\xaf no
	\xf4\x90\x80\x80 no
	\xf5\x80\x80\x80 no
	\xf4\x8f\xbf\xbf yes
	\xc2\x80 yes
	\xc2 no
	\xe2\x82 no
	\xff no
	\x80 no
	\xdf\xbf yes
	\xe0\xa0\x80 yes
	\xf0\x90\x80\x80 yes
	\x80\xa0\x80 no
	\xc1\xbf\xbf no
	\x80\x90\x80\x80 no
	\xc0\x90\x80\x80 no
	\xbf\xbf\xbf\xbf no
	\xef\xbc\xa1 yes
	\xef\xbf\xbf yes
	\xdf\xc0 no
	\xf9\x80\x80\x80 no
	\xfc\x80\x80\x80 no
	EOF
}

@test "-c takes classes 2 to 5 only" {
	for c in 0 1 6 9 6xx 1xx 55 5x 5xxx 'xx' '' '5,' ,5 5,6 2,,5 failure \
	    Permanent2; do
		run -2 --separate-stderr smtpcode -c "$c" 550
		[ -z "$output" ]
		[[ "$stderr" == "smtpcode: '$c' is not a class (2 to 5,"* ]]
	done
	for c in 2 3 4 5 2xx 5xx 5XX 5Xx success intermediate transient \
	    permanent PERMANENT 2,5 4,5xx,permanent; do
		run smtpcode -c "$c" 550
		[ "$status" -le 1 ]
	done
	run -0 smtpcode -j -c 5 550
	run -1 smtpcode -j -c 4 550
	[ -z "$output" ]
}

@test "name suggestions: within a third of the length, at least 2" {
	# Levenshtein distances to the closest known name, worked out by
	# hand: SyntaxError 3 (limit 11/3 = 3), then 4; MailboxBusy 4
	# (limit 12/3 = 4), then 5 (limit 13/3 = 4).
	run -1 --separate-stderr smtpcode -n SyntaxErzzz
	[ "$stderr" = "smtpcode: 'SyntaxErzzz' is not a known name; did you mean SyntaxError?" ]
	run -1 --separate-stderr smtpcode -n SyntaxEzzzz
	[ "$stderr" = "smtpcode: 'SyntaxEzzzz' is not a known name" ]
	run -1 --separate-stderr smtpcode -n MailboxBzzzz
	[ "$stderr" = "smtpcode: 'MailboxBzzzz' is not a known name; did you mean MailboxBusy?" ]
	run -1 --separate-stderr smtpcode -n MailboxBzzzzz
	[ "$stderr" = "smtpcode: 'MailboxBzzzzz' is not a known name" ]
	# Short names: a distance of 2 is allowed ("xx" to "Ok"), 3 is not.
	run -1 --separate-stderr smtpcode -n xx
	[ "$stderr" = "smtpcode: 'xx' is not a known name; did you mean Ok?" ]
	run -1 --separate-stderr smtpcode -n xxx
	[ "$stderr" = "smtpcode: 'xxx' is not a known name" ]
	# A part of a name counts from 3 characters on.
	run -1 --separate-stderr smtpcode -n Syn
	[ "$stderr" = "smtpcode: 'Syn' is not a known name; did you mean SyntaxError?" ]
	run -1 --separate-stderr smtpcode -n Sy
	[ "$stderr" = "smtpcode: 'Sy' is not a known name; did you mean Ok?" ]
	# Up to 64 bytes are compared; a longer name gets no suggestion.
	long=MailFromOrRcptToParametersNotRecognizedOrNotImplemented
	run -1 --separate-stderr smtpcode -n "${long}xxxxxxxxx"
	[ "${#long}" -eq 55 ]
	[[ "$stderr" == *"did you mean $long?" ]]
	run -1 --separate-stderr smtpcode -n "${long}xxxxxxxxxx"
	[[ "$stderr" != *"did you mean"* ]]
	[[ "$stderr" == *"is not a known name" ]]
}

@test "a search word of 256 bytes is taken, 257 is refused" {
	w256=$(head -c 256 /dev/zero | tr '\0' a)
	run -1 --separate-stderr smtpcode -s "$w256"
	[ -z "$output" ] && [ -z "$stderr" ]
	run -2 --separate-stderr smtpcode -s "${w256}a"
	[ -z "$output" ]
	[ "$stderr" = "smtpcode: the search word must be 1 to 256 bytes long" ]
	run -2 --separate-stderr smtpcode -s ''
	[ "$stderr" = "smtpcode: the search word must be 1 to 256 bytes long" ]
	# The limit is in bytes: 128 two-byte letters fit, 129 do not.
	e128=$(for _ in $(seq 128); do printf '\303\251'; done)
	run -1 --separate-stderr smtpcode -s "$e128"
	[ -z "$stderr" ]
	run -2 --separate-stderr smtpcode -s "${e128}e"
	[[ "$stderr" == *"1 to 256 bytes"* ]]
}

@test "error messages: C0 and DEL in caret notation, C1 as \\u, never raw" {
	# C0 controls as ^ and the letter 64 places on (^A for 0x01), DEL
	# as ^?, the way cat -v shows them.
	for pair in 01:A 07:G 08:H 09:I 0a:J 0b:K 0c:L 0d:M 1b:[ 1f:_ 7f:?; do
		b=${pair%%:*} c=${pair#*:}
		printf -v arg '5%b0' "\\x$b"
		run -2 --separate-stderr smtpcode "$arg"
		[ "$stderr" = "smtpcode: '5^${c}0' is not an SMTP code" ] ||
		    { echo "byte $b: $stderr"; return 1; }
	done
	# C1 controls are valid UTF-8 (U+0080 to U+009F) but still controls.
	for b in 80 85 9b 9f; do
		printf -v arg '5%b0' "\\xc2\\x$b"
		run -2 --separate-stderr smtpcode "$arg"
		[ "$stderr" = "smtpcode: '5\\u00${b}0' is not an SMTP code" ]
	done
	# Invalid UTF-8 as \xNN.
	run -2 --separate-stderr smtpcode $'5\xff0'
	[ "$stderr" = "smtpcode: '5\\xff0' is not an SMTP code" ]
	# Space, tilde, U+00A0 and later letters are text.
	run -2 --separate-stderr smtpcode '5 ~0'
	[ "$stderr" = "smtpcode: '5 ~0' is not an SMTP code" ]
	run -2 --separate-stderr smtpcode $'5\xc2\xa00'
	[ "$stderr" = $'smtpcode: \'5\xc2\xa00\' is not an SMTP code' ]
	run -2 --separate-stderr smtpcode $'5\xc3\xa90'
	[ "$stderr" = $'smtpcode: \'5\xc3\xa90\' is not an SMTP code' ]
	# U+00C0, whose second byte is that of U+0080: a letter.
	run -2 --separate-stderr smtpcode $'5\xc3\x800'
	[ "$stderr" = $'smtpcode: \'5\xc3\x800\' is not an SMTP code' ]
	# Names and files too.
	run -1 --separate-stderr smtpcode -n $'Ok\x1b[2J'
	[[ "$stderr" == "smtpcode: 'Ok^[[2J' is not a known name"* ]]
	run -2 --separate-stderr smtpcode -S $'/nonexistent/\x7f\xc2\x9b'
	[[ "$stderr" == *"'/nonexistent/^?\\u009b'"* ]]
	[[ "$stderr" != *$'\x7f'* ]]
}

@test "suggestions: at most three, the closest first" {
	# Levenshtein: CommandNotPermitted 1, ClientNotPermitted 6 (limit
	# 20 / 3 = 6), though the table has ClientNotPermitted (454) first.
	run -1 --separate-stderr smtpcode -n CommandNotPermittedx
	[[ "$stderr" == *"did you mean CommandNotPermitted or ClientNotPermitted?" ]]
	run -1 --separate-stderr smtpcode -n DomainDoesNotAcceptMailx
	[[ "$stderr" == *"did you mean DomainDoesNotAcceptMail or HostDoesNotAcceptMail?" ]]
	# Seven names hold "Authentication": three are offered.
	run -1 --separate-stderr smtpcode -n Authentication
	s=${stderr#*did you mean }
	[ "$s" != "$stderr" ]
	[ "$(tr ',' '\n' <<<"${s/ or /,}" | grep -c Authentication)" -eq 3 ]
	[ "$(tr ',' '\n' <<<"${s/ or /,}" | wc -l)" -eq 3 ]
	# "Com" is 2 edits from Ok, the first in the table, and inside four
	# names after it: the three best are kept, and no more.
	run -1 --separate-stderr smtpcode -n Com
	s=${stderr#*did you mean }
	[ "$(tr "," "\n" <<<"${s/ or /,}" | grep -ci com)" -eq 3 ]
	[ "$(tr ',' '\n' <<<"${s/ or /,}" | wc -l)" -eq 3 ]
}

@test "modes that do not go together are refused, writing nothing" {
	for args in '--names --summary' '--names -l' '--names -S' '--names 550' \
	    '--names -o' '--names --line-buffered' '-S -n Ok' '-n Ok -S' \
	    '--tsv -S' '-S --tsv' '-o --summary' '-o -j'; do
		# shellcheck disable=SC2086 # the words are separate options
		run -2 --separate-stderr smtpcode $args /dev/null
		[ -z "$output" ] || { echo "$args: $output"; return 1; }
		[[ "$stderr" == *"usage: smtpcode"* ]]
	done
}

@test "a class filter lists enhanced codes of each class asked for" {
	n=$(smtpcode -l -j -k enhanced | jqe length)
	[ "$n" -gt 50 ]
	for c in 2 4 5; do
		smtpcode -l -j -c "$c" -k enhanced |
		    jqe --argjson n "$n" --argjson c "$c" \
		    'length == $n and all(.class == $c)'
	done
	smtpcode -l -j -c 2,4,5 -k enhanced | jqe --argjson n "$n" \
	    'length == 3 * $n and ([.[].class] | unique) == [2, 4, 5]'
}

@test "text is wrapped at 79 columns, and lines do reach 79" {
	for l in en fr; do smtpcode -L "$l" -l; done >"$BATS_TEST_TMPDIR/out"
	# Characters, not bytes: the French text has accents.
	[ "$(LC_ALL=C.UTF-8 wc -L <"$BATS_TEST_TMPDIR/out")" -eq 79 ]
}
