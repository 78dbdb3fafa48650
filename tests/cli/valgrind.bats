#!/usr/bin/env bats
# Memcheck: no error and no leak for a representative set of commands.

load test_helper

setup() {
	command -v valgrind >/dev/null || skip "valgrind not installed (Debian package valgrind)"
	# A sanitizer build cannot run under valgrind; ASan checks it instead.
	if nm "$ROOT/smtpcode" 2>/dev/null | grep -q __asan_init; then
		skip "smtpcode is built with AddressSanitizer"
	fi
}

vg() {
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=all --show-leak-kinds=all "$ROOT/smtpcode" "$@"
}

@test "lookups, lists, names and errors run clean under memcheck" {
	run -0 vg 550
	run -0 vg -j 550 5.1.1 -n MailboxBusy
	run -0 vg -L fr -l
	run -0 vg --names
	run -0 vg -j -L fr -s boite
	run -1 vg -n MailboxBusyy
	run -1 vg 559 5.1.99
	run -2 vg abc
	run -2 vg --bogus
}

@test "log scans run clean under memcheck in every mode" {
	f="$DATA/corpus/postfix.tsv"
	run -0 vg -S "$f"
	run -0 vg -S -o "$f"
	run -0 vg -S -j "$f"
	run -0 vg -S --summary "$f"
	run -0 vg -S --summary -j "$f"
	run -0 vg -S -c 5 "$f"
	run -2 vg -S "$BATS_TEST_TMPDIR/missing" "$f"
}
