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

@test "an option refused before -L is reported in -L's language, however -L is spelt" {
	for lang in "-L fr" "-Lfr" "--lang fr" "--lang=fr"; do
		# shellcheck disable=SC2086
		run -2 --separate-stderr smtpcode -Z $lang
		[ "${stderr_lines[0]}" = "smtpcode: '-Z' n'est pas une option" ] ||
		    { echo "$lang"; return 1; }
	done
	# No language, a bad one, or one after "--": the environment's.
	for lang in "-L" "-Lxx" "--lang=xx" "-- -Lfr" "-- --lang=fr"; do
		# shellcheck disable=SC2086
		run -2 --separate-stderr smtpcode -Z $lang
		[ "${stderr_lines[0]}" = "smtpcode: '-Z' is not an option" ] ||
		    { echo "$lang"; return 1; }
	done
	LC_ALL=fr_FR.UTF-8 run -2 --separate-stderr smtpcode -Z -Len
	[ "${stderr_lines[0]}" = "smtpcode: '-Z' is not an option" ]
}

@test "log input: empty file, binary, NUL bytes, very long lines" {
	: > "$BATS_TEST_TMPDIR/empty"
	run -1 smtpcode -S "$BATS_TEST_TMPDIR/empty"
	[ -z "$output" ]
	head -c 3000000 /dev/urandom > "$BATS_TEST_TMPDIR/bin"
	run smtpcode -S "$BATS_TEST_TMPDIR/bin"
	[ "$status" -le 1 ]
	# Binary, as grep has it: one line at most, not the bytes.
	[ "${#lines[@]}" -le 1 ]
	smtpcode -a "$BATS_TEST_TMPDIR/bin" > "$BATS_TEST_TMPDIR/out" || true
	# As text, every byte goes through, explanations come on top.
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

# Run a command on a pseudo-terminal; its output without the CRs the
# terminal adds before each newline.
on_tty() {
	command -v script >/dev/null || skip "script(1) not installed"
	script -qec "$1" /dev/null | tr -d '\r'
}

@test "a log line's ESC, C1 and bidi controls reach a terminal escaped" {
	printf 'said: 550 \033]0;owned\007\033[2J x\n' > "$BATS_TEST_TMPDIR/esc.log"
	printf 'said: 421 \302\233''31m \342\200\256txt.exe \237\n' \
	    > "$BATS_TEST_TMPDIR/c1.log"
	out=$(on_tty "$ROOT/smtpcode --color=never -S $BATS_TEST_TMPDIR/esc.log")
	[ "$(head -n 1 <<<"$out")" = 'said: 550 ^[]0;owned^G^[[2J x' ]
	[[ "$out" != *$'\033'* ]]
	out=$(on_tty "$ROOT/smtpcode --color=never -S $BATS_TEST_TMPDIR/c1.log")
	[ "$(head -n 1 <<<"$out")" = 'said: 421 \u009b31m \u202etxt.exe \x9f' ]
	# Filtered lines (kept text) and JSON Lines are escaped too.
	out=$(on_tty "$ROOT/smtpcode --color=never -c 5 -S $BATS_TEST_TMPDIR/esc.log")
	[ "$(head -n 1 <<<"$out")" = 'said: 550 ^[]0;owned^G^[[2J x' ]
	out=$(on_tty "$ROOT/smtpcode -j -S $BATS_TEST_TMPDIR/c1.log")
	[[ "$out" == *'\u009b31m \u202etxt.exe'* ]]
	[[ "$out" != *$'\302\233'* ]]
}

@test "a pipe, and a terminal with --raw, get the log's bytes unchanged" {
	printf 'said: 550 \033]0;owned\007 \302\233 \342\200\256 x\n' \
	    > "$BATS_TEST_TMPDIR/esc.log"
	smtpcode -S "$BATS_TEST_TMPDIR/esc.log" | head -n 1 > "$BATS_TEST_TMPDIR/out"
	cmp "$BATS_TEST_TMPDIR/esc.log" "$BATS_TEST_TMPDIR/out"
	on_tty "$ROOT/smtpcode --raw --color=never -S $BATS_TEST_TMPDIR/esc.log" |
	    head -n 1 > "$BATS_TEST_TMPDIR/out"
	cmp "$BATS_TEST_TMPDIR/esc.log" "$BATS_TEST_TMPDIR/out"
}

@test "file names in -o prefixes are escaped on a terminal only" {
	name=$'a\033]0;x\007b'
	echo 'said: 550 x' > "$BATS_TEST_TMPDIR/$name"
	echo 'said: 421 x' > "$BATS_TEST_TMPDIR/plain"
	cd "$BATS_TEST_TMPDIR"
	out=$(on_tty "$ROOT/smtpcode -o -S ./a*b plain")
	[ "$(head -n 1 <<<"$out")" = './a^[]0;x^Gb:550' ]
	run -0 smtpcode -o -S "./$name" plain
	[ "${lines[0]}" = "./$name:550" ]
}

@test "C1 and bidi controls in operands are escaped in messages" {
	run -2 --separate-stderr smtpcode $'\xe2\x80\xae055'
	[ "$stderr" = "smtpcode: '\\u202e055' is not an SMTP code" ]
	run -2 --separate-stderr smtpcode $'\xc2\x9b550'
	[ "$stderr" = "smtpcode: '\\u009b550' is not an SMTP code" ]
	run -1 --separate-stderr smtpcode -n $'Mailbox\xe2\x81\xa6Busy\x9b'
	[[ "$stderr" == "smtpcode: 'Mailbox\\u2066Busy\\x9b' is not a known name"* ]]
	run -2 --separate-stderr smtpcode -S $'/nonexistent/\e[2J'
	[[ "$stderr" == *"'/nonexistent/^[[2J'"* ]]
	[[ "$stderr" != *$'\033'* ]]
}

@test "TERM=dumb gets no colour; another terminal does" {
	out=$(TERM=dumb on_tty "$ROOT/smtpcode 550")
	[[ "$out" == "550 MailboxUnavailable"* ]]
	[[ "$out" != *$'\033'* ]]
	out=$(TERM=xterm on_tty "$ROOT/smtpcode 550")
	[[ "$out" == *$'\033[1;31m550'* ]]
	out=$(TERM=dumb on_tty "$ROOT/smtpcode --color=always 550")
	[[ "$out" == *$'\033[1;31m550'* ]]
}

@test "a Latin-1 locale gets Latin-1 text, JSON stays UTF-8" {
	command -v iconv >/dev/null || skip "iconv not installed"
	for args in "-L fr 550" "-L fr 5.2.2" "-L fr 550 5.1.1" "-L fr -l" \
	    "-L fr --provider gmail -l"; do
		# shellcheck disable=SC2086
		utf8=$(LANG=fr_FR.UTF-8 smtpcode $args) || true
		# shellcheck disable=SC2086
		LANG=fr_FR.ISO-8859-1 smtpcode $args > "$BATS_TEST_TMPDIR/l1" || true
		[ "$(iconv -f latin1 -t utf-8 < "$BATS_TEST_TMPDIR/l1")" = "$utf8" ]
	done
	# é is the one byte 0xe9 of ISO 8859-1, not UTF-8's two.
	LANG=fr_FR.ISO-8859-1 smtpcode 5.2.2 > "$BATS_TEST_TMPDIR/l1"
	grep -q $'\xe9chec permanent' "$BATS_TEST_TMPDIR/l1"
	run ! grep -q $'\xc3\xa9' "$BATS_TEST_TMPDIR/l1"
	# LC_ALL and LC_CTYPE name the character set before LANG.
	LANG=fr_FR.UTF-8 LC_CTYPE=fr_FR.ISO-8859-15 smtpcode 5.2.2 |
	    grep -q $'\xe9chec'
	LANG=fr_FR.ISO-8859-1 LC_ALL=fr_FR.UTF-8 smtpcode 5.2.2 |
	    grep -q $'\xc3\xa9chec'
	# Log annotations and the summary too; JSON is UTF-8 whatever the
	# locale.
	printf 'said: 550 5.2.2 full\n' | LANG=fr_FR.ISO-8859-1 smtpcode |
	    iconv -f latin1 -t utf-8 | grep -q 'Boîte aux lettres pleine'
	[ "$(LANG=fr_FR.ISO-8859-1 smtpcode -j 5.2.2 | jq -r .class_name)" = \
	    "$(LANG=fr_FR.UTF-8 smtpcode -j 5.2.2 | jq -r .class_name)" ]
	# C, POSIX and no character set are taken as UTF-8.
	LANG=C smtpcode -L fr 5.2.2 | grep -q $'\xc3\xa9chec'
	LANG=fr_FR smtpcode 5.2.2 | grep -q $'\xc3\xa9chec'
}

@test "HARDEN=1 sets _FORTIFY_SOURCE=3 over a packager's level" {
	command -v make >/dev/null || skip "make not installed"
	run -0 make -C "$ROOT" -n -B HARDEN=1 CPPFLAGS=-D_FORTIFY_SOURCE=2 \
	    src/main.o
	[[ "$output" == *"-D_FORTIFY_SOURCE=2 "*"-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3"* ]]
	[[ "$output" == *"-fstack-protector-strong"* ]]
}

@test "once running, the program is sandboxed where the kernel allows" {
	[ -r /proc/self/status ] || skip "no /proc"
	[ -x "$ROOT/tests/unit/test_sandbox" ] || skip "unit tests not built"
	if "$ROOT/tests/unit/test_sandbox" | grep -q skipped; then
		skip "this kernel has no Landlock"
	fi
	grep -q '^NoNewPrivs:	0' /proc/self/status || skip "started without privileges to drop"
	# The program reads its own status: Landlock needs no_new_privs set.
	run smtpcode -S /proc/self/status
	[ "$status" -le 1 ]
	[[ "$output" == *$'NoNewPrivs:\t1'* ]]
}
