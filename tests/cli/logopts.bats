#!/usr/bin/env bats
# grep's habits in logs: file names, line numbers, quiet mode, and the
# rule that the command line alone chooses between lookups and logs.

load test_helper

setup() {
	A="$BATS_TEST_TMPDIR/a.log"
	B="$BATS_TEST_TMPDIR/b.log"
	printf 'x said: 550 5.1.1 nope\nno code here\nstatus=sent (250 2.0.0 Ok)\n' >"$A"
	printf 'quiet line\nreject=421 later\n' >"$B"
}

@test "-H and several files name the file on every line, as grep -H does" {
	run -0 smtpcode --color=never -H "$A"
	# Three lines, and one note for each reply code with its enhanced code.
	[ "${#lines[@]}" -eq $(( $(wc -l < "$A") + $(grep -cE '[0-9]{3} [0-9]\.' "$A") )) ]
	for l in "${lines[@]}"; do [[ "$l" == "$A:"* ]] || { echo "$l"; return 1; }; done
	run -0 smtpcode --color=never -S "$A" "$B"
	[[ "${lines[0]}" == "$A:x said: 550 5.1.1 nope" ]]
	[[ "$output" == *"$B:reject=421 later"* ]]
	[[ "$output" == *"$B:  # 421 "* ]]
	run -0 smtpcode --color=never --no-filename -S "$A" "$B"
	[[ "$output" != *"$A"* && "$output" != *"$B"* ]]
	run -0 smtpcode -o --no-filename "$A" "$B"
	[ "$output" = $'550\n5.1.1\n250\n2.0.0\n421' ]
}

@test "--line-number numbers lines as grep -n does" {
	run -0 smtpcode --color=never --line-number -c 5 "$A"
	# grep -n gives the number of the line with the 5xx code.
	n=$(grep -n '550' "$A" | cut -d: -f1)
	[[ "${lines[0]}" == "$n:x said: 550 5.1.1 nope" ]]
	[[ "${lines[1]}" == "$n:  # 550 "* ]]
	run -0 smtpcode -o --line-number "$A" "$B"
	[[ "$output" == *"$B:$(grep -n 421 "$B" | cut -d: -f1):421"* ]]
	[[ "${lines[0]}" == "$A:$n:550" ]]
}

@test "line numbers agree with grep -n on LF and CRLF files" {
	f="$BATS_TEST_TMPDIR/crlf.log"
	for eol in $'\n' $'\r\n'; do
		: >"$f"
		for i in $(seq 1 40); do
			if (( i % 7 == 0 )); then printf 'said: 550 x%s' "$eol"
			else printf 'line %d%s' "$i" "$eol"; fi >>"$f"
		done
		want=$(grep -n 'said: 550' "$f" | cut -d: -f1 | tr '\n' ' ')
		got=$(smtpcode -o --line-number "$f" | cut -d: -f1 | tr '\n' ' ')
		[ "$got" = "$want" ]
		got=$(smtpcode -S -j "$f" | jq -r .line | tr '\n' ' ')
		[ "$got" = "$want" ]
	done
}

@test "-q writes nothing and the exit status tells, as grep -q" {
	run -0 smtpcode -q "$A"
	[ -z "$output" ]
	run -2 --separate-stderr smtpcode -q "$BATS_TEST_TMPDIR/none"
	run -1 smtpcode -q <<<"no code at all"
	[ -z "$output" ]
	run -0 smtpcode -q -c 4 "$A" "$B"
	[ -z "$output" ]
	run -1 smtpcode -q -c 4 "$A"
	# A code found wins over a file that could not be read, as in grep.
	run -0 --separate-stderr smtpcode -q "$A" "$BATS_TEST_TMPDIR/missing"
}

@test "-q stops at the first code: a FIFO is not read to its end" {
	fifo="$BATS_TEST_TMPDIR/fifo"
	mkfifo "$fifo"
	{ echo 'said: 550 x'; sleep 30; } >"$fifo" &
	writer=$!
	run -0 timeout 10 smtpcode -q "$fifo"
	kill "$writer" 2>/dev/null || true
}

@test "closed standard input: '-' fails as in grep, files keep their names" {
	# Closed inside bash -c: bats gives "run" a standard input of its own.
	# shellcheck disable=SC2016
	run -2 --separate-stderr bash -c 'exec <&-; exec smtpcode -S -o "$1" -' \
	    _ "$A"
	[ "$output" = "$A:550"$'\n'"$A:5.1.1"$'\n'"$A:250"$'\n'"$A:2.0.0" ]
	[ "$stderr" = "smtpcode: (standard input): Bad file descriptor" ]
	run -2 --separate-stderr bash -c 'exec <&-; exec smtpcode'
	[ -z "$output" ]
}

@test "closed standard output and error are held open on /dev/null" {
	[ -e /proc/self/fd ] || skip "needs /proc/self/fd"
	# Descriptor 2 is taken before any FILE is opened: /proc/self/fd/2
	# then names /dev/null, read as an empty log (exit 1, no code).  Had
	# it been left closed, opening that name would fail (exit 2).
	# shellcheck disable=SC2016
	run -1 bash -c 'exec 2>&-; exec smtpcode -S /proc/self/fd/2'
	[ -z "$output" ]
	# The same for descriptor 1, and for both, and for 0 and 2.
	run -1 bash -c 'exec >&-; exec smtpcode -S /proc/self/fd/1 2>/dev/null'
	run -1 bash -c 'exec >&- 2>&-; exec smtpcode -S /proc/self/fd/2'
	# shellcheck disable=SC2016
	run -1 bash -c 'exec <&- 2>&-; exec smtpcode -S /proc/self/fd/2 "$1"' \
	    _ /dev/null
	# Only the closed ones are taken: with standard input closed, no
	# descriptor 3 is left open, so /proc/self/fd/3 names nothing.
	run -2 --separate-stderr bash -c 'exec <&- 3>&- 4>&-; exec smtpcode -S /proc/self/fd/3'
	[ "$stderr" = "smtpcode: '/proc/self/fd/3': No such file or directory" ]
}

@test "a missing FILE is one line on stderr, and the others are read" {
	run -2 --separate-stderr smtpcode -o "$BATS_TEST_TMPDIR/nope" "$A"
	[ "$stderr" = "smtpcode: '$BATS_TEST_TMPDIR/nope': No such file or directory" ]
	[[ "$output" == *"$A:550"* ]]
}

@test "operand pairs are joined in linear time" {
	args=()
	for ((i = 0; i < 30000; i++)); do args+=(251 2.1.5); done
	run -0 timeout 20 smtpcode -j "${args[@]}"
	[ "$(jq length <<<"$output")" -eq 30000 ]
}

@test "messages and help follow the language" {
	run -2 --separate-stderr env LANG=fr_FR.UTF-8 smtpcode 5500
	[[ "$stderr" == "smtpcode: '5500' n'est pas un code SMTP" ]]
	run -0 env LANG=fr_FR.UTF-8 smtpcode --help
	[[ "$output" == "Usage : smtpcode"* ]]
	[[ "$output" == *"Code de retour : 0"* ]]
	run -0 smtpcode -L fr --help
	[[ "$output" == *"afficher cette aide et quitter"* ]]
	run -2 --separate-stderr env LANG=fr_FR.UTF-8 smtpcode -L en 5500
	[[ "$stderr" == "smtpcode: '5500' is not an SMTP code" ]]
	run -2 --separate-stderr smtpcode -L fr --bogus
	[[ "${stderr_lines[1]}" == "usage : smtpcode"* ]]
}
