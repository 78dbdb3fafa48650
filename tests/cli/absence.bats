#!/usr/bin/env bats
# What must not be there: optional fields, raw control bytes, values past
# a limit; and the order of sorted output.

load test_helper

# The bytes of standard input as " xx" hex pairs, one line.
hex() {
	od -An -v -tx1 | tr -d '\n'
}

@test "JSON text: C0, DEL and C1 escaped, UTF-8 kept, nothing raw" {
	c0=$(printf '\\x%02x' 1 2 3 4 5 6 7 8 11 12 14 15 16 17 18 19 20 21 22 \
	    23 24 25 26 27 28 29 30 31)
	printf "said: 550 <$c0>\\t\"\\\\\\x7f\\xc3\\xa9\\xf0\\x9f\\x98\\x80\\xc2\\x80\\xc2\\x9f\\xc2\\xa0\\n" \
	    >"$BATS_TEST_TMPDIR/log"
	run -0 smtpcode --json -S "$BATS_TEST_TMPDIR/log"
	# Each control byte comes back as itself once decoded.
	jq -e '.text | explode == ([115, 97, 105, 100, 58, 32, 53, 53, 48,
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
	grep -qF '>\t\"\\' <(smtpcode --json -S "$BATS_TEST_TMPDIR/log")
}

@test "error messages: C0, DEL and C1 written as \\xNN, never raw" {
	for b in 01 07 08 09 0a 0b 0c 0d 1b 1f 7f; do
		printf -v arg "5\\x${b}0"
		run -2 --separate-stderr smtpcode "$arg"
		[ "$stderr" = "smtpcode: '5\\x${b}0' is not an SMTP code" ]
	done
	# C1 controls are valid UTF-8 (U+0080 to U+009F) but still controls.
	for b in 80 85 9b 9f; do
		printf -v arg "5\\xc2\\x${b}0"
		run -2 --separate-stderr smtpcode "$arg"
		[ "$stderr" = "smtpcode: '5\\xc2\\x${b}0' is not an SMTP code" ]
	done
	# U+00A0 and later letters are text.
	run -2 --separate-stderr smtpcode $'5\xc2\xa00'
	[ "$stderr" = $'smtpcode: \'5\xc2\xa00\' is not an SMTP code' ]
	run -2 --separate-stderr smtpcode $'5\xc3\xa90'
	[ "$stderr" = $'smtpcode: \'5\xc3\xa90\' is not an SMTP code' ]
	# Names and files too.
	run -1 --separate-stderr smtpcode -n $'Ok\x1b[2J'
	[[ "$stderr" == "smtpcode: 'Ok\\x1b[2J' is not a known name"* ]]
	run -2 --separate-stderr smtpcode -S $'/nonexistent/\x7f\xc2\x9b'
	[[ "$stderr" == *"'/nonexistent/\\x7f\\xc2\\x9b'"* ]]
	[[ "$stderr" != *$'\x7f'* ]]
}
