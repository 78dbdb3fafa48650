#!/usr/bin/env bats
# The completions, run in the real shells.

load test_helper

COMP="$ROOT/completions"

# What bash completes for the words given, the last one being completed.
bash_complete() {
	# shellcheck source=completions/smtpcode.bash disable=SC1091
	source "$1/smtpcode.bash"
	shift
	COMP_WORDS=("$@")
	COMP_CWORD=$(($# - 1))
	COMPREPLY=()
	_smtpcode
	printf '%s\n' "${COMPREPLY[@]}"
}

fish_complete() {
	fish --no-config -c "source $1/smtpcode.fish; complete -C '$2'" | cut -f1
}

# A pseudo-terminal on a busy machine can drop a line of the harness's
# output: a completion that comes back empty is tried again, twice.
zsh_complete() {
	local out
	for _ in 1 2 3; do
		out=$(timeout 30 zsh -f "$ROOT/tests/cli/zsh-complete.zsh" "$1" "$2" | sort -u)
		[ -n "$out" ] && break
	done
	printf '%s\n' "$out"
}

# Compare, and say what differs.
same() {
	[ "$1" = "$2" ] || { printf 'got:  %s\nwant: %s\n' "$1" "$2"; return 1; }
}

@test "bash: options, option values, names, codes and files" {
	[ "$(bash_complete "$COMP" smtpcode --only)" = "--only-matching" ]
	[ "$(bash_complete "$COMP" smtpcode --lang '' | xargs)" = "en fr" ]
	[ "$(bash_complete "$COMP" smtpcode --kind e)" = "enhanced" ]
	[ "$(bash_complete "$COMP" smtpcode -c 4xx,pe)" = "4xx,permanent" ]
	[ "$(bash_complete "$COMP" smtpcode --color=al)" = "always" ]
	[ "$(bash_complete "$COMP" smtpcode --name MailboxB)" = "MailboxBusy" ]
	[ "$(bash_complete "$COMP" smtpcode -n BadCommand)" = "BadCommandSequence" ]
	[ "$(bash_complete "$COMP" smtpcode 55 | xargs)" = "550 551 552 553 554 555 556" ]
	bash_complete "$COMP" smtpcode 5.7.2 | grep -qx 5.7.20
	bash_complete "$COMP" smtpcode 4.1. | grep -qx 4.1.1
	touch "$BATS_TEST_TMPDIR/mail.log"
	[ "$(bash_complete "$COMP" smtpcode -S "$BATS_TEST_TMPDIR/mail.l")" = "$BATS_TEST_TMPDIR/mail.log" ]
}

@test "bash: every name and alias of the program is offered" {
	diff <(bash_complete "$COMP" smtpcode --name '' | sort) \
	    <(smtpcode --names | cut -f1 | sort)
	[ "$(smtpcode --names | wc -l)" -eq 48 ]
}

@test "fish: options with descriptions, names, codes and files" {
	command -v fish >/dev/null || skip "fish not installed"
	[ "$(fish_complete "$COMP" 'smtpcode --only')" = "--only-matching" ]
	fish --no-config -c "source $COMP/smtpcode.fish; complete -C 'smtpcode --sum'" |
	    grep -q $'^--summary\tIn logs'
	[ "$(fish_complete "$COMP" 'smtpcode --name MailboxB')" = "MailboxBusy" ]
	fish --no-config -c "source $COMP/smtpcode.fish; complete -C 'smtpcode 55'" |
	    grep -qx $'550\tMailboxUnavailable'
	fish_complete "$COMP" 'smtpcode 5.1.' | grep -qx 5.1.1
	[ "$(fish_complete "$COMP" 'smtpcode --lang ' | xargs)" = "en fr" ]
	touch "$BATS_TEST_TMPDIR/mail.log"
	fish_complete "$COMP" "smtpcode -S $BATS_TEST_TMPDIR/mail.l" |
	    grep -qx "$BATS_TEST_TMPDIR/mail.log"
}

@test "zsh: options, names, codes and files through a pseudo-terminal" {
	command -v zsh >/dev/null || skip "zsh not installed"
	same "$(zsh_complete "$COMP" 'smtpcode --only')" "--only-matching"
	same "$(zsh_complete "$COMP" 'smtpcode --name MailboxB')" "MailboxBusy"
	same "$(zsh_complete "$COMP" 'smtpcode 55' | xargs)" "550 551 552 553 554 555 556"
	same "$(zsh_complete "$COMP" 'smtpcode --lang ' | xargs)" "en fr"
	zsh_complete "$COMP" 'smtpcode 5.7.2' | grep -qx 5.7.26
	touch "$BATS_TEST_TMPDIR/mail.log"
	zsh_complete "$COMP" "smtpcode -S $BATS_TEST_TMPDIR/mail.l" | grep -q "mail.log"
}
