#!/usr/bin/env bats
# Looking up codes by name: the enumeration's names and other libraries'.

load test_helper

@test "--name maps a name back to its value" {
	run -0 smtpcode --name MailboxBusy
	[[ "${lines[0]}" == "450 MailboxBusy, transient failure" ]]
	run -0 smtpcode -n MailboxBusy
	[[ "${lines[0]}" == "450 MailboxBusy, "* ]]
	run -0 smtpcode --name=MailboxBusy
	[[ "${lines[0]}" == "450 MailboxBusy, "* ]]
}

@test "every name of the reference enumeration maps to its value" {
	while IFS=$'\t' read -r value name; do
		[[ "$value" == \#* ]] && continue
		[ "$(smtpcode -j -n "$name" | jq .value)" = "$value" ]
	done < "$DATA/reference-enum.tsv"
}

@test "names match case-insensitively" {
	[ "$(smtpcode -j -n mailboxunavailable | jq .value)" = 550 ]
	[ "$(smtpcode -j -n MAILBOXBUSY | jq .value)" = 450 ]
}

@test ".NET, MailKit and corrected names are aliases" {
	# System.Net.Mail.SmtpStatusCode and MailKit.Net.Smtp.SmtpStatusCode.
	for pair in BadCommandSequence:503 CommandParameterNotImplemented:504 \
	    MustIssueStartTlsFirst:530 AuthenticationMechanismIsTooWeak:534 \
	    AuthenticationMechanismIsToWeak:534 AuthenticationSuccessful:235 \
	    AuthenticationChallenge:334 ErrorInProcessing:451 \
	    TemporaryAuthenticationFailure:454 AuthenticationMechanismTooWeak:534 \
	    AuthenticationInvalidCredentials:535 \
	    EncryptionRequiredForAuthenticationMechanism:538 \
	    MailFromOrRcptToParametersNotRecognizedOrNotImplemented:555; do
		[ "$(smtpcode -j -n "${pair%%:*}" | jq .value)" = "${pair#*:}" ] ||
			{ echo "$pair"; return 1; }
		# --names lists them too, in JSON as aliases unless the
		# reference enumeration has the name (its misspelt IsToWeak).
		grep -qx "${pair%%:*}	${pair#*:}" <(smtpcode --names) ||
			{ echo "--names: $pair"; return 1; }
		alias=true
		! grep -qx "${pair#*:}	${pair%%:*}" "$DATA/reference-enum.tsv" ||
		    alias=false
		smtpcode --names -j | jq -e --arg n "${pair%%:*}" --argjson a "$alias" \
		    '[.[] | select(.name == $n and .alias == $a)] | length == 1' >/dev/null ||
			{ echo "--names -j: $pair"; return 1; }
	done
	smtpcode -j 503 | jq -e '.name == "CommandNotPermitted" and (.aliases | index("BadCommandSequence"))'
	# In text, after the description; a code without any has no line.
	run -0 smtpcode --color=never 503
	[ "${lines[3]}" = "    Also known as: BadCommandSequence" ]
	run -0 smtpcode --color=never 550
	[[ "$output" != *"Also known as"* ]]
}

@test "an unknown name suggests the closest ones and exits 1" {
	run -1 --separate-stderr smtpcode -n MailboxBusyy
	[ -z "$output" ]
	[ "$stderr" = "smtpcode: 'MailboxBusyy' is not a known name; did you mean MailboxBusy?" ]
	run -1 --separate-stderr smtpcode -n zzzzzz
	[ "$stderr" = "smtpcode: 'zzzzzz' is not a known name" ]
}

@test "an empty name is a usage error" {
	run -2 --separate-stderr smtpcode -n ''
	[ -z "$output" ]
	[[ "$stderr" == *"empty name"* ]]
}

@test "a missing option argument is a usage error" {
	run -2 --separate-stderr smtpcode -n
	[[ "${stderr_lines[0]}" == "smtpcode: '-n' needs a value" ]]
	[[ "$stderr" == *"usage: smtpcode"* ]]
}

@test "names and codes can be mixed, in order" {
	run -0 smtpcode -j 250 -n MailboxBusy 550
	[ "$(jq -r 'map(.code) | join(" ")' <<<"$output")" = "250 450 550" ]
}
