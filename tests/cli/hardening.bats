#!/usr/bin/env bats
# Bad input of every kind gets a defined exit status and a clear message.

load test_helper

@test "empty and blank operands are usage errors naming them" {
	for bad in '' ' ' $'\t' $'\r\n'; do
		run -2 --separate-stderr smtpcode "$bad"
		[ -z "$output" ]
		[[ "$stderr" == "smtpcode: '"* ]]
		[ "${#stderr_lines[@]}" -eq 1 ]
	done
}

@test "blanks around a code are ignored, as in a pasted code" {
	for ok in '550 ' ' 550' $'550\n' $'550\r' $'\t550\r\n'; do
		run -0 --separate-stderr smtpcode --color=never "$ok"
		[[ "$output" == "550 MailboxUnavailable"* ]]
		[ -z "$stderr" ]
	done
	run -0 smtpcode --color=never '5.1.1 '
	[[ "$output" == "5.1.1 "* ]]
}

@test "control characters in a bad operand are escaped in the message" {
	run -2 --separate-stderr smtpcode $'55\n0'
	[ "$stderr" = "smtpcode: '55^J0' is not an SMTP code" ]
}

@test "an operand as long as a command line allows is refused briefly" {
	# Linux takes at most 128 KiB in one argument; 1 MB cannot be passed.
	long=$(head -c 131000 /dev/zero | tr '\0' 9)
	run -2 --separate-stderr smtpcode "$long"
	[ "${#stderr}" -lt 200 ]
	run -1 --separate-stderr smtpcode -n "$long"
	[ "${#stderr}" -lt 200 ]
	run -2 --separate-stderr smtpcode -s "$long"
	[[ "$stderr" == *"search word"* ]]
}

@test "huge numbers, signs, leading zeros and non-ASCII digits are refused" {
	for bad in 99999999999999999999 18446744073709551616 -99999999999 +1 -0 \
	    0550 050 005 00 5.01.1 5.1.01 05.1.1 5.0001.1 '５５０' '٥٥٠' '5.1.1٫' \
	    0x226 2e2 5,50; do
		run -2 --separate-stderr smtpcode "$bad"
		[ -z "$output" ] || { echo "$bad: $output"; return 1; }
	done
}

@test "invalid UTF-8 in names and search words is handled" {
	run -1 --separate-stderr smtpcode -n $'Mailbox\xff'
	[[ "$stderr" == *"Mailbox\\xff"* ]]
	run -1 --separate-stderr smtpcode -j -s $'\xc3'
	[ "$output" = "[]" ]
}

@test "options: unknown, missing arguments, bad values, conflicts" {
	run -2 --separate-stderr smtpcode --bogus
	[[ "${stderr_lines[0]}" == "smtpcode: '--bogus' is not an option" ]]
	run -2 --separate-stderr smtpcode -Z
	[[ "${stderr_lines[0]}" == "smtpcode: '-Z' is not an option" ]]
	run -2 --separate-stderr smtpcode -L fr -Z
	[[ "${stderr_lines[0]}" == "smtpcode: '-Z' n'est pas une option" ]]
	for opt in -c -k -L -n -s --class --kind --lang --name --search; do
		run -2 --separate-stderr smtpcode "$opt"
		[[ "${stderr_lines[0]}" == "smtpcode: '$opt' needs a value" ]] ||
		    { echo "$opt"; return 1; }
	done
	run -2 --separate-stderr smtpcode --lang xx 550
	[[ "$stderr" == *"'xx' is not a supported language"* ]]
	run -2 --separate-stderr smtpcode --class 7 -l
	[[ "$stderr" == *"'7' is not a class"* ]]
	run -2 --separate-stderr smtpcode --json --tsv 550
	[[ "$stderr" == *"cannot be combined"* ]]
	run -2 --separate-stderr smtpcode --names 550
	[[ "$stderr" == *"--names takes no operand"* ]]
	run -2 --separate-stderr smtpcode --help=x
	[[ "${stderr_lines[0]}" == "smtpcode: '--help=x' takes no value" ]]
}

@test "log input: empty file, binary, NUL bytes, very long lines" {
	: > "$BATS_TEST_TMPDIR/empty"
	run -1 smtpcode -S "$BATS_TEST_TMPDIR/empty"
	[ -z "$output" ]
	head -c 3000000 /dev/urandom > "$BATS_TEST_TMPDIR/bin"
	run smtpcode -S "$BATS_TEST_TMPDIR/bin"
	[ "$status" -le 1 ]
	smtpcode -S "$BATS_TEST_TMPDIR/bin" > "$BATS_TEST_TMPDIR/out" || true
	# Every byte goes through, explanations come on top.
	[ "$(wc -c < "$BATS_TEST_TMPDIR/out")" -ge 3000000 ]
	smtpcode -S -j "$BATS_TEST_TMPDIR/bin" | jq -e . > /dev/null || [ "$?" -eq 4 ]
	printf 'said: 550\0said: 421 x\n' | smtpcode -o > "$BATS_TEST_TMPDIR/out" || true
	[ "$(cat "$BATS_TEST_TMPDIR/out")" = 421 ]
}

@test "a file that cannot be read is reported and the rest is read" {
	[ "$(id -u)" -ne 0 ] || skip "root reads every file"
	echo 'said: 550 x' > "$BATS_TEST_TMPDIR/locked"
	chmod 000 "$BATS_TEST_TMPDIR/locked"
	run -2 --separate-stderr smtpcode -S "$BATS_TEST_TMPDIR/locked"
	[[ "$stderr" == *"Permission denied"* ]]
}

@test "a FIFO and /dev/null as FILE" {
	run -1 smtpcode -S /dev/null
	mkfifo "$BATS_TEST_TMPDIR/fifo"
	(echo 'said: 550 x' > "$BATS_TEST_TMPDIR/fifo") &
	run -0 smtpcode -S -o "$BATS_TEST_TMPDIR/fifo"
	[ "$output" = 550 ]
}
