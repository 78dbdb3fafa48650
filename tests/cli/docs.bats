#!/usr/bin/env bats
# The manual, --help and the README agree with the program.

load test_helper

# The commands of a manual's EXAMPLES, with roff's \e turned back into \,
# and real logs replaced by a sample: /var/log/mail.log by a corpus file,
# tail -f by cat.
examples() {
	sed -n '/^\.Sh EX[AE]MPLES/,/^\.Sh/p' "$1" |
	    sed -n '/^\.Bd -literal/,/^\.Ed/{/^\./!p;}' |
	    sed 's/^\$ //; s/\\e/\\/g; s/tail -f/cat/' |
	    sed "s#/var/log/mail.log#$BATS_TEST_TMPDIR/mail.log#g"
}

@test "every example in the manuals runs and succeeds" {
	cut -f2- "$DATA"/corpus/postfix.tsv > "$BATS_TEST_TMPDIR/mail.log"
	cut -f2- "$DATA"/corpus/sendmail.tsv > "$BATS_TEST_TMPDIR/mail.log.1"
	for page in "$ROOT/man/smtpcode.1" "$ROOT/man/fr/smtpcode.1"; do
		n=0
		while IFS= read -r cmd; do
			n=$((n + 1))
			run bash -o pipefail -c "$cmd"
			[ "$status" -eq 0 ] || { echo "$cmd: exit $status"; return 1; }
			[ -n "$output" ] || { echo "$cmd: no output"; return 1; }
		done < <(examples "$page")
		[ "$n" -ge 14 ]
	done
	# The examples are the same commands in both languages.
	diff <(examples "$ROOT/man/smtpcode.1") <(examples "$ROOT/man/fr/smtpcode.1")
}

@test "the examples print what they say" {
	run -0 bash -c "printf 'said: 550 5.1.1 unknown\\n' | smtpcode --summary"
	[ "${#lines[@]}" -eq 2 ]
}

@test "every long option of --help is in the manual, the README and the completion" {
	for opt in $(smtpcode --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
		w=${opt#--}
		grep -qF -- "Fl \\-$w" "$ROOT/man/smtpcode.1" || { echo "man: $opt"; return 1; }
		grep -qF -- "Fl \\-$w" "$ROOT/man/fr/smtpcode.1" || { echo "man fr: $opt"; return 1; }
		grep -qF -- "$opt" "$ROOT/completions/_smtpcode" || { echo "zsh: $opt"; return 1; }
		grep -qF -- "-l $w" "$ROOT/completions/smtpcode.fish" || { echo "fish: $opt"; return 1; }
		grep -qF -- "$opt" "$ROOT/README.md" || { echo "README: $opt"; return 1; }
		grep -qF -- "$opt" "$ROOT/completions/smtpcode.bash" || { echo "bash: $opt"; return 1; }
	done
}

@test "the manuals' version is the program's" {
	v=$(smtpcode --version | cut -d' ' -f2)
	grep -qF ".Os smtpcode $v" "$ROOT/man/smtpcode.1"
	grep -qF ".Os smtpcode $v" "$ROOT/man/fr/smtpcode.1"
}

@test "the manuals render with man" {
	command -v man >/dev/null || skip "man not installed (Debian package man-db)"
	run -0 man -l "$ROOT/man/smtpcode.1"
	[[ "$output" == *"EXIT STATUS"* ]]
	run -0 man -l "$ROOT/man/fr/smtpcode.1"
	[[ "$output" == *"CODE DE RETOUR"* ]]
}

@test "the manuals have the sections a manual needs" {
	for s in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT "EXIT STATUS" \
	    EXAMPLES "SEE ALSO" STANDARDS; do
		grep -qx ".Sh $s" "$ROOT/man/smtpcode.1" || { echo "$s"; return 1; }
	done
	for v in LANG LC_ALL LC_MESSAGES NO_COLOR; do
		grep -q "Ev $v" "$ROOT/man/smtpcode.1"
		grep -q "Ev $v" "$ROOT/man/fr/smtpcode.1"
	done
	for rfc in 5321 3463 4954 3207 7504; do
		grep -qx ".%R RFC $rfc" "$ROOT/man/smtpcode.1"
		grep -qx ".%R RFC $rfc" "$ROOT/man/fr/smtpcode.1"
	done
}

@test "the exit statuses of the manual are the program's" {
	# The enum in main.c and EXIT STATUS list the same values.
	diff <(sed -n 's/^\tSTATUS_[A-Z]* = \([0-9]\).*/\1/p' "$ROOT/src/main.c") \
	    <(sed -n '/^\.Sh EXIT STATUS/,/^\.Sh/s/^\.It \([0-9]\)$/\1/p' "$ROOT/man/smtpcode.1")
}

@test "make check names the Debian package of a missing test tool" {
	mkdir "$BATS_TEST_TMPDIR/bin"
	run -2 --separate-stderr env PATH="$BATS_TEST_TMPDIR/bin" \
	    "$(command -v make)" -s -C "$ROOT" check-tools
	[ "${stderr_lines[0]}" = "make check: 'bats' is not installed; on Debian: apt-get install bats" ]
}

@test "the README's set-up commands are the ones CI runs on a fresh clone" {
	grep -qx 'apt-get update && apt-get install -y build-essential bats jq zlib1g-dev libbz2-dev liblzma-dev libzstd-dev' "$ROOT/README.md"
	grep -qx 'sudo apt-get update && sudo apt-get install -y build-essential bats jq zlib1g-dev libbz2-dev liblzma-dev libzstd-dev' "$ROOT/README.md"
	grep -qx 'make && ./smtpcode 550 5.1.1' "$ROOT/README.md"
	grep -qx 'make check' "$ROOT/README.md"
	grep -qF "make && ./smtpcode 550 5.1.1" "$ROOT/.ci/run"
}
