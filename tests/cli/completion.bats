#!/usr/bin/env bats
# The completions, run in the real shells.

load test_helper

COMP="$ROOT/completions"

# A real interactive bash in a tmux pane: readline, COMP_WORDBREAKS and,
# unless $1 is "plain", the bash-completion package, as a user has them.
# Completions are listed one a line, and Ctrl-X Ctrl-P prints the line
# being edited between <line> marks.
term() {
	tmux -L "$TMUXSOCK" "$@"
}

term_capture() {
	term capture-pane -p -t t
}

# Wait, at most ten seconds, for the pane to show a line matching $1.
term_until() {
	local n
	for ((n = 0; n < 200; n++)); do
		term_capture | grep -q -- "$1" && return 0
		sleep 0.05
	done
	printf 'no %s in:\n%s\n' "$1" "$(term_capture)" >&2
	return 1
}

# Wait for a clear screen with only the prompt.
term_blank() {
	local n
	for ((n = 0; n < 200; n++)); do
		[ "$(term_capture | grep -v '^$')" = '$' ] && return 0
		sleep 0.05
	done
	printf 'screen not cleared:\n%s\n' "$(term_capture)" >&2
	return 1
}

bash_start() {
	local bc=/usr/share/bash-completion/bash_completion load=
	command -v tmux >/dev/null || skip "tmux not installed (Debian package tmux): the bash completion is typed into a real bash inside tmux"
	if [ "${1-}" != plain ]; then
		[ -r "$bc" ] || skip "bash-completion not installed (Debian package bash-completion; no $bc)"
		load="source $bc; "
	fi
	TMUXSOCK=smtpcode-test-$$-$BATS_TEST_NUMBER
	printf '%s\n' 'set show-all-if-ambiguous on' \
	    'set completion-query-items 10000' 'set page-completions off' \
	    'set completion-display-width 0' 'set bell-style none' \
	    'set colored-stats off' 'set colored-completion-prefix off' \
	    >"$BATS_TEST_TMPDIR/inputrc"
	term -f /dev/null new-session -d -x 200 -y 60 -s t env -i \
	    HOME="$BATS_TEST_TMPDIR" PATH="$PATH" TERM=screen \
	    INPUTRC="$BATS_TEST_TMPDIR/inputrc" bash --norc --noprofile
	term send-keys -t t -l "PS1='\$ '; ${load}source $COMP/smtpcode.bash; bind -x '\"\\C-x\\C-p\": printf \"<line>%s</line>\\n\" \"\$READLINE_LINE\"'; cd $BATS_TEST_TMPDIR; echo RE\"\"ADY"
	term send-keys -t t Enter
	term_until '^READY$'
}

# Type $1, press Tab, and print the line as completed, then the
# completions listed, if any.
bash_tab() {
	term send-keys -t t C-u C-l
	term_blank || return 1
	term send-keys -t t -l "$1"
	term send-keys -t t Tab C-x C-p
	term_until '</line>' || return 1
	term_capture | awk '
	    /<line>/ { sub(/.*<line>/, ""); sub(/<\/line>.*/, ""); print; exit }
	    NR == 1 { next }
	    NF { c[n++] = $0 }
	    END { for (i = 0; i < n; i++) print c[i] }'
}

# The completions listed for $1, on one line.
bash_list() {
	bash_tab "$1" | tail -n +2 | xargs
}

teardown() {
	[ -z "${TMUXSOCK-}" ] || tmux -L "$TMUXSOCK" kill-server 2>/dev/null || true
}

fish_complete() {
	fish --no-config -c "source $1/smtpcode.fish; complete -C '$2'" | cut -f1
}

# A pseudo-terminal on a busy machine can drop a line of the harness's
# output: a completion that comes back empty is tried again, twice.
zsh_complete() {
	local out
	# A loaded machine (an ASan build, say) may answer late: five tries.
	for _ in 1 2 3 4 5; do
		out=$(timeout 60 zsh -f "$ROOT/tests/cli/zsh-complete.zsh" "$1" "$2" | sort -u)
		[ -n "$out" ] && break
	done
	printf '%s\n' "$out"
}

# Compare, and say what differs.
same() {
	[ "$1" = "$2" ] || { printf 'got:  %s\nwant: %s\n' "$1" "$2"; return 1; }
}

# Values, as the manual lists them, in every form an option is written.
bash_values() {
	same "$(bash_list 'smtpcode --color=')" "always auto never"
	same "$(bash_tab 'smtpcode --color=al')" "smtpcode --color=always "
	same "$(bash_list 'smtpcode --lang=')" "en fr"
	same "$(bash_list 'smtpcode --lang ')" "en fr"
	same "$(bash_tab 'smtpcode -Lf')" "smtpcode -Lfr "
	same "$(bash_list 'smtpcode --kind=')" "basic enhanced"
	same "$(bash_tab 'smtpcode -k e')" "smtpcode -k enhanced "
	same "$(bash_list 'smtpcode --class=4')" "4 4xx"
	same "$(bash_list 'smtpcode -c ')" "2 2xx 3 3xx 4 4xx 5 5xx intermediate permanent success transient"
	same "$(bash_list 'smtpcode -jc ')" "2 2xx 3 3xx 4 4xx 5 5xx intermediate permanent success transient"
	same "$(bash_tab 'smtpcode -c 4xx,pe')" "smtpcode -c 4xx,permanent "
	same "$(bash_tab 'smtpcode --class=2,tr')" "smtpcode --class=2,transient "
	same "$(bash_list 'smtpcode --provider=')" "comcast gmail icloud microsoft365 orange outlookcom yahoo"
	same "$(bash_list 'smtpcode --by=')" "code domain file pair provider reason status"
	# --color takes its value after '=' only: a separate word is a code.
	same "$(bash_list 'smtpcode --color 55')" "550 551 552 553 554 555 556"
}

@test "bash: option values after '=', a space, a short option and a bundle" {
	bash_start
	bash_values
}

@test "bash: the same without the bash-completion package" {
	bash_start plain
	bash_values
}

# Names, codes, options and file names.
bash_words() {
	same "$(bash_list 'smtpcode --name=Mail')" "$(smtpcode --names | cut -f1 | grep '^Mail' | LC_ALL=C sort | xargs)"
	same "$(bash_tab 'smtpcode --name=MailboxB')" "smtpcode --name=MailboxBusy "
	same "$(bash_tab 'smtpcode -n BadCommand')" "smtpcode -n BadCommandSequence "
	same "$(bash_list 'smtpcode 55')" "550 551 552 553 554 555 556"
	bash_tab 'smtpcode 5.7.2' | grep -qx 5.7.20
	same "$(bash_tab 'smtpcode --only')" "smtpcode --only-matching "
	same "$(bash_tab 'smtpcode --lan')" "smtpcode --lang="
	same "$(bash_list 'smtpcode --col')" "--color --color="
	mkdir "$BATS_TEST_TMPDIR/old logs" "$BATS_TEST_TMPDIR/logs"
	touch "$BATS_TEST_TMPDIR/my mail.log" "$BATS_TEST_TMPDIR/logs/mail.log" \
	    "$BATS_TEST_TMPDIR/log book"
	same "$(bash_tab 'smtpcode -S logs')" 'smtpcode -S logs/'
	same "$(bash_tab 'smtpcode -S lo' | tail -n +2 | tr '\n' '|')" 'log book|logs/|'
	same "$(bash_tab 'smtpcode -S my')" 'smtpcode -S my\ mail.log '
	same "$(bash_tab 'smtpcode -S ol')" 'smtpcode -S old\ logs/'
	same "$(bash_tab 'smtpcode -jS logs')" 'smtpcode -jS logs/'
	same "$(bash_tab 'smtpcode --scan logs/m')" 'smtpcode --scan logs/mail.log '
	same "$(bash_tab 'smtpcode -b logs/m')" 'smtpcode -b logs/mail.log '
	# Options that read logs make the operands files too.
	same "$(bash_tab 'smtpcode -qo logs/m')" 'smtpcode -qo logs/mail.log '
	same "$(bash_tab 'smtpcode --line-number logs/m')" 'smtpcode --line-number logs/mail.log '
	bash_tab 'smtpcode -c 5 -S ~/logs' | head -1 | grep -q '/logs/$'
}

@test "bash: names, codes, options and file names" {
	bash_start
	bash_words
}

@test "bash: names, codes, options and file names without bash-completion" {
	bash_start plain
	bash_words
}

@test "bash: every name and alias of the program is offered" {
	bash_start
	same "$(bash_list 'smtpcode --name ')" "$(smtpcode --names | cut -f1 | LC_ALL=C sort | xargs)"
	[ "$(smtpcode --names | wc -l)" -eq 48 ]
}

@test "fish: options with descriptions, names, codes and files" {
	command -v fish >/dev/null || skip "fish not installed (Debian package fish)"
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

@test "fish: option values after '=', a space and a short option" {
	command -v fish >/dev/null || skip "fish not installed (Debian package fish)"
	same "$(fish_complete "$COMP" 'smtpcode --color=' | xargs)" "--color=always --color=auto --color=never"
	same "$(fish_complete "$COMP" 'smtpcode --lang=' | xargs)" "--lang=en --lang=fr"
	same "$(fish_complete "$COMP" 'smtpcode --kind=' | xargs)" "--kind=basic --kind=enhanced"
	same "$(fish_complete "$COMP" 'smtpcode --name=MailboxB')" "--name=MailboxBusy"
	same "$(fish_complete "$COMP" 'smtpcode --class=4' | xargs)" "--class=4 --class=4xx"
	same "$(fish_complete "$COMP" 'smtpcode -jc ' | xargs)" "2 2xx 3 3xx 4 4xx 5 5xx intermediate permanent success transient"
	same "$(fish_complete "$COMP" 'smtpcode --provider=' | xargs)" "--provider=comcast --provider=gmail --provider=icloud --provider=microsoft365 --provider=orange --provider=outlookcom --provider=yahoo"
	same "$(fish_complete "$COMP" 'smtpcode --by ' | xargs)" "code domain file pair provider reason status"
	mkdir "$BATS_TEST_TMPDIR/old logs"
	same "$(cd "$BATS_TEST_TMPDIR" && fish_complete "$COMP" 'smtpcode -b ol')" "old logs/"
}

@test "zsh: options, names, codes and files through a pseudo-terminal" {
	command -v zsh >/dev/null || skip "zsh not installed (Debian package zsh)"
	same "$(zsh_complete "$COMP" 'smtpcode --only')" "--only-matching"
	same "$(zsh_complete "$COMP" 'smtpcode --name MailboxB')" "MailboxBusy"
	same "$(zsh_complete "$COMP" 'smtpcode 55' | xargs)" "550 551 552 553 554 555 556"
	same "$(zsh_complete "$COMP" 'smtpcode --lang ' | xargs)" "en fr"
	zsh_complete "$COMP" 'smtpcode 5.7.2' | grep -qx 5.7.26
	touch "$BATS_TEST_TMPDIR/mail.log"
	zsh_complete "$COMP" "smtpcode -S $BATS_TEST_TMPDIR/mail.l" | grep -q "mail.log"
}

@test "zsh: option values after '=', a space and a short option" {
	command -v zsh >/dev/null || skip "zsh not installed (Debian package zsh)"
	same "$(zsh_complete "$COMP" 'smtpcode --color=' | xargs)" "always auto never"
	same "$(zsh_complete "$COMP" 'smtpcode --lang=' | xargs)" "en fr"
	same "$(zsh_complete "$COMP" 'smtpcode --kind=' | xargs)" "basic enhanced"
	same "$(zsh_complete "$COMP" 'smtpcode --name=MailboxB')" "MailboxBusy"
	same "$(zsh_complete "$COMP" 'smtpcode --class=4' | xargs)" "4 4xx"
	same "$(zsh_complete "$COMP" 'smtpcode -c 4xx,pe')" "permanent"
	same "$(zsh_complete "$COMP" 'smtpcode -jc ' | xargs)" "2 2xx 3 3xx 4 4xx 5 5xx intermediate permanent success transient"
	same "$(zsh_complete "$COMP" 'smtpcode --provider=' | xargs)" "comcast gmail icloud microsoft365 orange outlookcom yahoo"
	same "$(zsh_complete "$COMP" 'smtpcode --by=' | xargs)" "code domain file pair provider reason status"
	mkdir "$BATS_TEST_TMPDIR/old logs"
	same "$(zsh_complete "$COMP" "smtpcode -b $BATS_TEST_TMPDIR/ol")" 'old\ logs'
}
