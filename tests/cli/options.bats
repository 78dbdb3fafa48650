#!/usr/bin/env bats
# Help, version, language, colour, JSON shape and output errors.

load test_helper

@test "--help goes to stdout and exits 0" {
	run -0 --separate-stderr smtpcode --help
	[[ "$output" == "Usage: smtpcode"* ]]
	[ -z "$stderr" ]
	run -0 smtpcode -h
	[[ "$output" == *"--json"* ]]
}

@test "--version prints the version from the Makefile" {
	want=$(sed -n 's/^VERSION =[[:space:]]*//p' "$ROOT/Makefile")
	run -0 smtpcode --version
	[ "$output" = "smtpcode $want" ]
	run -0 smtpcode -V
	[ "$output" = "smtpcode $want" ]
}

@test "--help and --version answer even beside options that conflict" {
	want=$(sed -n 's/^VERSION =[[:space:]]*//p' "$ROOT/Makefile")
	for extra in "-l --names" "-o -j" "--tsv -j" "-S -l" "-q --summary"; do
		# shellcheck disable=SC2086
		run -0 --separate-stderr smtpcode --help $extra
		[[ "$output" == "Usage: smtpcode"* && -z "$stderr" ]] ||
		    { echo "--help $extra"; return 1; }
		# shellcheck disable=SC2086
		run -0 --separate-stderr smtpcode $extra -V
		[[ "$output" == "smtpcode $want" && -z "$stderr" ]] ||
		    { echo "$extra -V"; return 1; }
	done
}

@test "unknown options are usage errors" {
	run -2 --separate-stderr smtpcode --frobnicate 550
	[ -z "$output" ]
	[[ "$stderr" == *"frobnicate"* ]]
	[[ "$stderr" == *"usage: smtpcode"* ]]
	run -2 smtpcode -x
}

@test "--lang chooses the language; a bad one is a usage error" {
	run -0 smtpcode -L fr 354
	[[ "$output" == *"terminer par <CRLF>.<CRLF>"* ]]
	[[ "$output" == *"échec"* ]] || [[ "$output" == *"intermédiaire"* ]]
	run -0 smtpcode --lang=en 354
	[[ "$output" == *"end with <CRLF>.<CRLF>"* ]]
	run -2 --separate-stderr smtpcode --lang xx 550
	[ "$stderr" = "smtpcode: 'xx' is not a supported language (en, fr)" ]
	# The language option last, with no value: a usage error.
	for opt in -L --lang; do
		run -2 --separate-stderr smtpcode 550 "$opt"
		[ "${stderr_lines[0]}" = "smtpcode: '$opt' needs a value" ]
		[ -z "$output" ]
	done
}

@test "the language comes from LC_ALL, then LC_MESSAGES, then LANG" {
	[ "$(LANG=fr_FR.UTF-8 smtpcode -j 550 | jq -r .lang)" = fr ]
	[ "$(LC_MESSAGES=fr_CA.UTF-8 LANG=en_US.UTF-8 smtpcode -j 550 | jq -r .lang)" = fr ]
	[ "$(LC_ALL=C LANG=fr_FR.UTF-8 smtpcode -j 550 | jq -r .lang)" = en ]
	[ "$(LC_ALL=fr_FR LC_MESSAGES=C smtpcode -j 550 | jq -r .lang)" = fr ]
	[ "$(LC_ALL='' LANG=fr_FR smtpcode -j 550 | jq -r .lang)" = fr ]
	[ "$(LANG=fr_FR smtpcode -L en -j 550 | jq -r .lang)" = en ]
	[ "$(smtpcode -j 550 | jq -r .lang)" = en ]
}

@test "French text follows the reference page with its slips fixed" {
	run -0 smtpcode -L fr -j 503
	# The page's description starts with a Cyrillic letter.
	[[ "$output" != *$'\xd0\xa1'* ]]
	run -0 smtpcode -L fr -j 534
	jq -e '.description | test("trop faible")' <<<"$output"
}

@test "551, 454 and 450 lead with the RFC meaning" {
	smtpcode -j 551 | jq -e '.description | startswith("User not local; please try")'
	smtpcode -j -L fr 551 | jq -e '.description | startswith("L'"'"'utilisateur n'"'"'est pas local")'
	smtpcode -j 454 | jq -e '.description | startswith("TLS not available")'
	smtpcode -j 450 | jq -e '.description | test("^Requested mail action not taken: mailbox unavailable")'
	smtpcode -j -L fr 450 | jq -e '.description | test("^Action demandée non effectuée")'
}

@test "colour: never by default in a pipe, always on request, off with NO_COLOR" {
	run -0 smtpcode 550
	[[ "$output" != *$'\033'* ]]
	run -0 smtpcode --color=always 550
	[[ "${lines[0]}" == $'\033[1;31m550\033[0m'* ]]
	run -0 smtpcode --color 250
	[[ "${lines[0]}" == $'\033[1;32m250\033[0m'* ]]
	run -0 env NO_COLOR=1 smtpcode --color=always 450
	[[ "${lines[0]}" == $'\033[1;33m450'* ]]
	run -0 smtpcode --color=always -j 550
	[[ "$output" != *$'\033'* ]]
	run -2 --separate-stderr smtpcode --color=sometimes 550
	[[ "$stderr" == *"'sometimes' is not a colour setting"* ]]
	# auto: colour on a terminal only; the last --color counts.
	run -0 smtpcode --color=always --color=auto 550
	[[ "$output" != *$'\033'* ]]
	run -0 smtpcode --color=never --color 550
	[[ "${lines[0]}" == $'\033[1;31m550'* ]]
}

@test "colour on a terminal, unless NO_COLOR is set" {
	command -v script >/dev/null || skip "script(1) not installed (Debian package bsdutils)"
	run env TERM=xterm script -qec "$ROOT/smtpcode 550" /dev/null
	[[ "$output" == *$'\033[1;31m550'* ]]
	run env NO_COLOR=1 script -qec "$ROOT/smtpcode 550" /dev/null
	[[ "$output" != *$'\033'* ]]
	run env TERM=xterm script -qec "$ROOT/smtpcode --color=auto 550" /dev/null
	[[ "$output" == *$'\033[1;31m550'* ]]
}

@test "JSON: one object for one operand, an array for several" {
	run -0 smtpcode -j 550
	jq -e 'type == "object"' <<<"$output"
	jq -e 'keys | contains(["code","value","name","aliases","class","class_name",
	    "description","lang","rfcs","kind"])' <<<"$output"
	jq -e '.code == "550" and .value == 550 and .class == 5 and .kind == "basic"
	    and .rfcs == ["RFC 5321"]' <<<"$output"
	run -0 smtpcode -j 550 250
	jq -e 'type == "array" and length == 2' <<<"$output"
	run -0 smtpcode -j -s MailboxBusy
	jq -e 'type == "array" and length == 1' <<<"$output"
}

@test "JSON stays valid when an operand is not found" {
	# A failed item keeps its place, so that the array lines up with
	# the operands.
	run -1 --separate-stderr smtpcode -j 250 -n Nope 559
	jq -e 'length == 3 and .[0].value == 250 and .[1] == {"input":
	    "Nope", "error": "unknown name"} and .[2].value == 559' <<<"$output"
	run -2 --separate-stderr smtpcode -j 250 abc
	jq -e 'length == 2 and .[1] == {"input": "abc", "error":
	    "not an SMTP code"}' <<<"$output"
	run -1 --separate-stderr smtpcode -j -n Nope
	jq -e '. == {"input": "Nope", "error": "unknown name"}' <<<"$output"
}

@test "a write error is reported and exits 2" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -2 --separate-stderr sh -c 'smtpcode 550 >/dev/full'
	[[ "$stderr" == "smtpcode: write error: "* ]]
	run -2 --separate-stderr sh -c 'smtpcode --list >/dev/full'
	[[ "$stderr" == "smtpcode: write error: "* ]]
}

@test "a closed pipe ends the output quietly" {
	run -0 --separate-stderr bash -c 'smtpcode --list | head -n1'
	[ "$output" = "-1 GeneralFailure, not an SMTP reply code" ]
	[ -z "$stderr" ]
}
