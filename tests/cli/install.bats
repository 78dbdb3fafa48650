#!/usr/bin/env bats
# make install and make uninstall into a temporary DESTDIR.

load test_helper

setup() {
	DEST="$BATS_TEST_TMPDIR/dest"
	PREFIX=/usr/local
	FILES="bin/smtpcode
share/bash-completion/completions/smtpcode
share/fish/vendor_completions.d/smtpcode.fish
share/man/fr/man1/smtpcode.1
share/man/man1/smtpcode.1
share/zsh/site-functions/_smtpcode"
}

@test "make install puts exactly the expected files under DESTDIR/PREFIX" {
	run -0 make -s -C "$ROOT" install DESTDIR="$DEST" PREFIX="$PREFIX"
	[ "$(cd "$DEST$PREFIX" && find . -type f | sed 's#^\./##' | sort)" = "$FILES" ]
	[ -x "$DEST$PREFIX/bin/smtpcode" ]
}

@test "the installed binary, manuals and completions work" {
	make -s -C "$ROOT" install DESTDIR="$DEST" PREFIX="$PREFIX"
	run -0 "$DEST$PREFIX/bin/smtpcode" 550
	[[ "$output" == "550 MailboxUnavailable"* ]]
	if command -v man >/dev/null; then
		run -0 man -l "$DEST$PREFIX/share/man/man1/smtpcode.1"
		[[ "$output" == *"smtpcode"* ]]
		run -0 man -l "$DEST$PREFIX/share/man/fr/man1/smtpcode.1"
		[[ "$output" == *"CODE DE RETOUR"* ]]
	fi
	PATH="$DEST$PREFIX/bin:$PATH"
	# shellcheck source=completions/smtpcode.bash disable=SC1091
	source "$DEST$PREFIX/share/bash-completion/completions/smtpcode"
	COMP_WORDS=(smtpcode --name MailboxB); COMP_CWORD=2; _smtpcode
	[ "${COMPREPLY[*]}" = "MailboxBusy" ]
	if command -v fish >/dev/null; then
		run -0 fish --no-config -c "source $DEST$PREFIX/share/fish/vendor_completions.d/smtpcode.fish; complete -C 'smtpcode --name MailboxB'"
		[[ "$output" == "MailboxBusy"* ]]
	fi
	if command -v zsh >/dev/null; then
		# A loaded machine may answer late: up to three tries.
		for try in 1 2 3; do
			run timeout 60 zsh -f "$ROOT/tests/cli/zsh-complete.zsh" \
			    "$DEST$PREFIX/share/zsh/site-functions" \
			    'smtpcode --name MailboxB'
			[[ "$output" == *"MailboxBusy"* ]] && break
		done
		[[ "$output" == *"MailboxBusy"* ]] || { echo "try $try: $output"; return 1; }
	fi
}

@test "make uninstall removes exactly those files" {
	make -s -C "$ROOT" install DESTDIR="$DEST" PREFIX="$PREFIX"
	touch "$DEST$PREFIX/bin/other"
	run -0 make -s -C "$ROOT" uninstall DESTDIR="$DEST" PREFIX="$PREFIX"
	[ "$(cd "$DEST$PREFIX" && find . -type f | sed 's#^\./##')" = "bin/other" ]
}
