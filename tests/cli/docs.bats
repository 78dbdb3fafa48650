#!/usr/bin/env bats
# The manual, --help and the README agree with the program.

load test_helper

@test "every example in the manual runs and succeeds" {
	n=0
	while IFS= read -r cmd; do
		n=$((n + 1))
		run bash -o pipefail -c "$cmd"
		[ "$status" -eq 0 ] || { echo "$cmd: exit $status"; return 1; }
		[ -n "$output" ] || { echo "$cmd: no output"; return 1; }
	done < <(sed -n 's/^\$ \(smtpcode.*\)$/\1/p' "$ROOT/man/smtpcode.1")
	[ "$n" -ge 6 ]
}

@test "every long option of --help is in the manual, the README and the completion" {
	for opt in $(smtpcode --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
		w=${opt#--}
		grep -qE -- "Fl Fl $w" "$ROOT/man/smtpcode.1" || { echo "man: $opt"; return 1; }
		grep -qF -- "$opt" "$ROOT/README.md" || { echo "README: $opt"; return 1; }
		grep -qF -- "$opt" "$ROOT/completions/smtpcode.bash" || { echo "bash: $opt"; return 1; }
	done
}

@test "the manual's version is the program's" {
	grep -qF ".Os smtpcode $(smtpcode --version | cut -d' ' -f2)" "$ROOT/man/smtpcode.1"
}

@test "the manual passes mandoc -Tlint" {
	command -v mandoc >/dev/null || skip "mandoc not installed"
	run -0 mandoc -Tlint -Wwarning "$ROOT/man/smtpcode.1"
	[ -z "$output" ]
}

@test "the bash completion completes options and values" {
	source "$ROOT/completions/smtpcode.bash"
	COMP_WORDS=(smtpcode --la); COMP_CWORD=1; _smtpcode
	[ "${COMPREPLY[*]}" = "--lang" ]
	COMP_WORDS=(smtpcode --lang ''); COMP_CWORD=2; _smtpcode
	[ "${COMPREPLY[*]}" = "en fr" ]
	COMP_WORDS=(smtpcode -c p); COMP_CWORD=2; _smtpcode
	[ "${COMPREPLY[*]}" = "permanent" ]
}
