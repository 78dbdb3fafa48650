#!/usr/bin/env bats
# --bounce: bounce messages read per recipient, against the labelled corpus.

load test_helper

B="$DATA/bounces"

@test "every labelled field of the bounce corpus agrees with expected.tsv" {
	command -v python3 >/dev/null || skip "python3 not installed (Debian package python3)"
	run -0 python3 "$BATS_TEST_DIRNAME/bounce-agreement.py" "$ROOT/smtpcode"
	echo "$output"
	# What the reader finds must be exact; the reasons and providers, a
	# judgement, must agree on at least 97 % and 95 % of the records.
	while read -r field good total _; do
		case $field in
		reason) min=97 ;;
		provider) min=95 ;;
		bounce) min=99 ;;
		retry) min=100 ;;
		*) min=100 ;;
		esac
		(( good * 100 >= total * min )) || { echo "$field: $good/$total"; return 1; }
	done <<<"$output"
}

@test "messages that are no bounce give no record" {
	# Files whose every row is "none".
	awk -F'\t' '$3 == "none" { none[$1] = 1 } $3 != "none" { some[$1] = 1 }
	    END { for (f in none) if (!(f in some)) print f }' "$B/expected.tsv" |
	while read -r f; do
		n=$(smtpcode -b -j "$B/$f" 2>/dev/null | grep -c . || true)
		[ "$n" -eq 0 ] || { echo "$f: $n"; return 1; }
	done
}

@test "a Maildir, an mbox and standard input are read" {
	n=$(awk -F'\t' '$1 ~ /^maildir\// && $3 != "none"' "$B/expected.tsv" | wc -l)
	run -0 smtpcode -b -j "$B/maildir"
	[ "${#lines[@]}" -eq "$n" ]
	jq -e 'select(.file | test("/maildir/(cur|new)/") | not)' <<<"$output" && return 1
	want=$(awk -F'\t' '$1 == "mbox/mixed.mbox" && $3 != "none"' "$B/expected.tsv" | wc -l)
	run -0 smtpcode -b -j "$B/mbox/mixed.mbox"
	[ "${#lines[@]}" -eq "$want" ]
	run -0 smtpcode -b -j < "$B/001-postfix-uu-postfix.eml"
	jq -e '.file == null and .index == 1 and .recipient == "xavier.r@nord.test"
	    and .status == "5.1.1" and .reason == "userunknown" and
	    .bounce == "hard"' <<<"$output"
}

@test "Courier names the host it talked to first on the line, a '-' in its name or not" {
	printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' 'To: ann@example.com' \
	    'Subject: NOTICE: mail delivery status.' '' \
	    'Your message could not be delivered to the following address:' '' \
	    '<bo@example.net>:' 'mail-1.example.net [192.0.2.7]:' \
	    '>>> RCPT TO:<bo@example.net>' '<<< 550 5.1.1 no such user' \
	    >"$BATS_TEST_TMPDIR/c.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/c.eml"
	jq -e '.recipient == "bo@example.net" and
	    .remote_mta == "mail-1.example.net"' <<<"$output"
}

@test "a Maildir with cur/ and no new/ (or the other way) is read without an error" {
	mkdir -p "$BATS_TEST_TMPDIR/md/cur"
	cp "$B/001-postfix-uu-postfix.eml" "$BATS_TEST_TMPDIR/md/cur/1.x:2,S"
	run -0 --separate-stderr smtpcode -b -j "$BATS_TEST_TMPDIR/md"
	[ "${#lines[@]}" -eq 1 ] && [ -z "$stderr" ]
	mv "$BATS_TEST_TMPDIR/md/cur" "$BATS_TEST_TMPDIR/md/new"
	run -0 --separate-stderr smtpcode -b -j "$BATS_TEST_TMPDIR/md"
	[ "${#lines[@]}" -eq 1 ] && [ -z "$stderr" ]
}

@test "more messages than open files allowed, in a Maildir or named: each is closed once read" {
	d="$BATS_TEST_TMPDIR/many"
	mkdir -p "$d/cur" "$d/new" "$d/tmp"
	for i in $(seq 1 60); do
		cp "$B/001-postfix-uu-postfix.eml" "$d/new/$i.eml"
	done
	n=$(awk -F'\t' '$1 == "001-postfix-uu-postfix.eml" && $3 != "none"' "$B/expected.tsv" | wc -l)
	[ "$n" -ge 1 ]
	# The inner shell expands its own arguments.
	# shellcheck disable=SC2016
	run -0 --separate-stderr bash -c 'ulimit -n 24 && exec "$1" -b -j "$2"' _ \
	    "$(command -v smtpcode)" "$d"
	[ "${#lines[@]}" -eq $((60 * n)) ]
	[ -z "$stderr" ]
	# The same messages named one by one.
	# shellcheck disable=SC2016
	run -0 --separate-stderr bash -c 'ulimit -n 24 && s=$1 && shift &&
	    exec "$s" -b -j "$@"' _ "$(command -v smtpcode)" "$d"/new/*.eml
	[ "${#lines[@]}" -eq $((60 * n)) ]
	[ -z "$stderr" ]
}

@test "text output: one block per recipient, in English and in French" {
	run -0 smtpcode -b "$B/001-postfix-uu-postfix.eml"
	[[ "${lines[0]}" == *"001-postfix-uu-postfix.eml #1  xavier.r@nord.test" ]]
	[[ "${lines[1]}" == "    failed 5.1.1 (550)"* ]]
	run -0 smtpcode -L fr -b "$B/001-postfix-uu-postfix.eml"
	[[ "${lines[1]}" == *"5.1.1 (550)"* ]]
	[[ "$output" == *"diagnostic :"* || "$output" == *"diagnostic"* ]]
	# Colour: the codes take their class's colour (RFC 3463: 4 is
	# transient, yellow; 5 permanent, red); a record with no code none.
	run -0 smtpcode -b --color=always "$B/001-postfix-uu-postfix.eml"
	[ "${lines[1]}" = "    failed "$'\033[1;31m'"5.1.1 (550)"$'\033[0m'"${lines[1]#*$'\033[0m'}" ]
	run -0 smtpcode -b --color=always "$ROOT/tests/unit/mail/delayed.eml"
	[[ "${lines[1]}" == "    delayed "$'\033[1;33m'"4.4.1"$'\033[0m  '* ]]
	run -0 smtpcode -b "$ROOT/tests/unit/mail/delayed.eml"
	[[ "$output" != *$'\033'* ]]
	printf 'From: MAILER-DAEMON@a.example\nSubject: x\n\n<n@example.net>:\nNot delivered.\n' |
	    smtpcode -b --color=always > "$BATS_TEST_TMPDIR/nocode"
	grep -q '^    failed (no code)  ' "$BATS_TEST_TMPDIR/nocode"
	[ "$(grep -c $'\033' "$BATS_TEST_TMPDIR/nocode")" -eq 0 ]
}

@test "--summary counts records by reason, domain or status" {
	run -0 smtpcode -b -j --summary --by domain "$B/maildir"
	jq -e '.by == "domain" and (.rows | length) > 0 and
	    all(.rows[]; .count >= 1 and (.domain | type) == "string")' <<<"$output"
	run -0 smtpcode -b -j --summary "$B/mbox/mixed.mbox"
	records=$(smtpcode -b -j "$B/mbox/mixed.mbox" | grep -c .)
	messages=$(grep -c '^From ' "$B/mbox/mixed.mbox")
	jq -e --argjson r "$records" --argjson m "$messages" '.by == "reason" and
	    ([.rows[].count] | add) == $r and .total == {"messages": $m, "records": $r}' <<<"$output"
	# Auto-replies and complaints are counted under their own reasons,
	# as many as expected.tsv labels.
	for k in autoreply:vacation feedback:feedback; do
		want=$(awk -F'\t' -v k="${k%%:*}" '$1 == "mbox/mixed.mbox" && $3 == k' \
		    "$B/expected.tsv" | wc -l)
		[ "$want" -gt 0 ]
		jq -e --arg r "${k#*:}" --argjson n "$want" \
		    'any(.rows[]; .reason == $r and .count == $n)' <<<"$output"
	done
	# The totals in words, in both languages.
	run -0 smtpcode -b --summary "$B/mbox/mixed.mbox"
	[ "${lines[-1]}" = "total: $messages messages read, $records records" ]
	run -0 smtpcode -L fr -b --summary "$B/mbox/mixed.mbox"
	[ "${lines[-1]}" = "total : $messages messages lus, $records enregistrements" ]
	run -2 --separate-stderr smtpcode -b --summary --by pair "$B/maildir"
	[[ "$stderr" == *"'pair' is not a summary key of --bounce"* ]]
	# One key, not a list of them.
	for k in reason,domain domain,status; do
		run -2 --separate-stderr smtpcode -b --summary --by "$k" </dev/null
		[[ "$stderr" == *"'$k' is not a summary key"* ]]
		[ -z "$output" ]
	done
}

@test "exit status: 0 with a record, 1 without, 2 for an unreadable file" {
	run -1 smtpcode -b <<<""
	run -1 --separate-stderr smtpcode -b "$B/911-broken-empty.eml"
	run -2 --separate-stderr smtpcode -b "$BATS_TEST_TMPDIR/none" "$B/maildir"
	[[ "$stderr" == "smtpcode: '$BATS_TEST_TMPDIR/none': No such file or directory" ]]
	[ -n "$output" ]
	run -2 --separate-stderr smtpcode -b -o "$B/maildir"
	[[ "$stderr" == *"--only-matching does not apply to --bounce"* ]]
	# Closed standard input, named as '-': said, exit 2, the files read.
	# shellcheck disable=SC2016
	run -2 --separate-stderr bash -c 'exec <&-; exec smtpcode -b - "$1"' \
	    _ "$ROOT/tests/unit/mail/qmail.eml"
	[ "$stderr" = "smtpcode: (standard input): Bad file descriptor" ]
	[[ "${lines[0]}" == *"qmail.eml #1  frank@example.net" ]]
}

@test "bad input: NUL bytes, a 10 MB header line, no From line, binary" {
	printf 'From: a\0b\nSubject: x\n\n\0\0' >"$BATS_TEST_TMPDIR/nul.eml"
	run smtpcode -b "$BATS_TEST_TMPDIR/nul.eml"
	[ "$status" -le 1 ]
	{ printf 'X-Long: '; head -c 10000000 /dev/zero | tr '\0' a; printf '\nFrom: x\n\nhi\n'; } >"$BATS_TEST_TMPDIR/long.eml"
	run -1 --separate-stderr timeout 60 smtpcode -b "$BATS_TEST_TMPDIR/long.eml"
	head -c 100000 /dev/urandom >"$BATS_TEST_TMPDIR/bin"
	run timeout 60 smtpcode -b "$BATS_TEST_TMPDIR/bin"
	[ "$status" -le 2 ]
}

@test "a huge header field, folded over many lines, leaves the fields after it" {
	f=$B/001-postfix-uu-postfix.eml
	want=$(smtpcode -b -j "$f" | jq -c 'del(.file)')
	[ -n "$want" ]
	# 300 KB of one field, in 30000 folded lines, before the others.
	{ printf 'X-Junk: start\n'; for _ in $(seq 30000); do printf ' %s\n' 123456789; done
	    cat "$f"; } >"$BATS_TEST_TMPDIR/folded.eml"
	run -0 --separate-stderr smtpcode -b -j "$BATS_TEST_TMPDIR/folded.eml"
	[ "$(jq -c 'del(.file)' <<<"$output")" = "$want" ]
	[ -z "$stderr" ]
	# Many long fields: those past 64 KiB are dropped, and that is said.
	{ for i in $(seq 12); do printf 'X-Big-%d: %s\n' "$i" "$(head -c 7000 /dev/zero | tr '\0' b)"; done
	    cat "$f"; } >"$BATS_TEST_TMPDIR/full.eml"
	run --separate-stderr smtpcode -b -j "$BATS_TEST_TMPDIR/full.eml"
	[[ "$stderr" == "smtpcode: "*"full.eml"*"header over 64 KiB"* ]]
}

@test "a failure without a code is hard or soft by its Action" {
	# Exim's text bounce: "This is a permanent error", no code at all.
	cat >"$BATS_TEST_TMPDIR/mx.eml" <<-'EOF'
	From: Mail Delivery System <Mailer-Daemon@mx.example.org>
	To: alice@example.org
	Subject: Mail delivery failed: returning message to sender
	X-Failed-Recipients: fritz@badmx.example.net
	Auto-Submitted: auto-replied

	This message was created automatically by mail delivery software.

	A message that you sent could not be delivered to one or more of its
	recipients. This is a permanent error. The following address(es) failed:

	  fritz@badmx.example.net
	    all relevant MX records point to non-existent hosts
	EOF
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/mx.eml"
	jq -e '.recipient == "fritz@badmx.example.net" and .action == "failed" and
	    .status == null and .reason == "hostunknown" and .bounce == "hard"' <<<"$output"
}

@test "given up after transient failures that name no cause: expired" {
	dsn() {
		printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' \
		    'To: alice@example.org' 'Subject: Undelivered Mail Returned to Sender' \
		    'MIME-Version: 1.0' \
		    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"' \
		    '' '--b1' 'Content-Type: text/plain' '' 'Gave up.' '' '--b1' \
		    'Content-Type: message/delivery-status' '' \
		    'Reporting-MTA: dns; mx.example.org' '' \
		    'Final-Recipient: rfc822; hans@example.net' 'Action: failed' \
		    "Status: $1" "Diagnostic-Code: X-Postfix; $2" '' '--b1--'
	}
	dsn 4.4.1 'connect to mx.example.net[192.0.2.4]:25: Connection timed out' >"$BATS_TEST_TMPDIR/t.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/t.eml"
	jq -e '.status == "4.4.1" and .reason == "expired" and .bounce == "soft"' <<<"$output"
	# A transient failure that names its cause keeps it.
	dsn 4.2.2 'host mx.example.net[192.0.2.4] said: 452 4.2.2 Mailbox full' >"$BATS_TEST_TMPDIR/t.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/t.eml"
	jq -e '.status == "4.2.2" and .reason == "mailboxfull"' <<<"$output"
	# So does a permanent one.
	dsn 5.4.4 'unrouteable address' >"$BATS_TEST_TMPDIR/t.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/t.eml"
	jq -e '.reason != "expired"' <<<"$output"
}

@test "log lines labelled with reasons: agreement stays at what was measured" {
	# tests/data/reasons holds 448 lines an expert labelled; lines with
	# no code at all get no verdict from the scanner and count as misses.
	run -0 sh "$BATS_TEST_DIRNAME/reason-agreement.sh" "$ROOT/smtpcode" \
	    "$DATA/reasons"
	echo "$output"
	while read -r field good total; do
		case $field in
		reason) min=83 ;;
		bounce) min=90 ;;
		*) min=97 ;;
		esac
		(( good * 100 >= total * min )) || { echo "$field: $good/$total"; return 1; }
	done <<<"$output"
}

@test "compressed messages and mboxes are read as logs are" {
	command -v gzip >/dev/null || skip "gzip not installed (Debian package gzip)"
	gzip -c "$B/mbox/mixed.mbox" >"$BATS_TEST_TMPDIR/mixed.mbox.gz"
	[ "$(smtpcode -b -j "$BATS_TEST_TMPDIR/mixed.mbox.gz" | jq -c 'del(.file)')" = \
	    "$(smtpcode -b -j "$B/mbox/mixed.mbox" | jq -c 'del(.file)')" ]
	run -0 bash -c "gzip -c '$B/001-postfix-uu-postfix.eml' | smtpcode -b -j"
	[ "$(jq -r .recipient <<<"$output")" = xavier.r@nord.test ]
	head -c 300 "$BATS_TEST_TMPDIR/mixed.mbox.gz" >"$BATS_TEST_TMPDIR/cut.gz"
	run -2 --separate-stderr smtpcode -b "$BATS_TEST_TMPDIR/cut.gz"
	[[ "$stderr" == "smtpcode: '$BATS_TEST_TMPDIR/cut.gz': "* ]]
}

@test "a bounce forwarded as an attachment is read; other attachments and a bounce's own original are not" {
	fwd() {
		# $1: the attached message's From; $2: its Content-Type.
		printf '%s\n' 'From: Ines Duarte <ines@example.com>' \
		    'To: Help Desk <help@example.com>' 'Subject: Fwd: look at this' \
		    'MIME-Version: 1.0' \
		    'Content-Type: multipart/mixed; boundary="out"' '' '--out' \
		    'Content-Type: text/plain; charset=utf-8' '' \
		    'My mail to the Lisbon office came back, see attached.' '' \
		    '--out' 'Content-Type: message/rfc822' '' \
		    "From: $1" 'To: ines@example.com' 'Subject: Returned mail' \
		    'MIME-Version: 1.0' "Content-Type: $2" '' '--in' \
		    'Content-Type: text/plain' '' 'The message was not delivered.' \
		    '' '--in' 'Content-Type: message/delivery-status' '' \
		    'Reporting-MTA: dns; mx.example.org' '' \
		    'Final-Recipient: rfc822; rui@example.org' 'Action: failed' \
		    'Status: 5.1.1' \
		    'Diagnostic-Code: smtp; 550 5.1.1 <rui@example.org>: no such user' \
		    '' '--in' 'Content-Type: message/rfc822' '' \
		    'From: ines@example.com' 'To: rui@example.org' 'Subject: budget' '' \
		    'The figures, as promised.' '' '--in--' '' '--out--'
	}
	report='multipart/report; report-type=delivery-status; boundary="in"'
	fwd 'Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>' "$report" \
	    >"$BATS_TEST_TMPDIR/f.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	[ "${#lines[@]}" -eq 1 ]
	jq -e '.recipient == "rui@example.org" and .status == "5.1.1" and
	    .reply_code == 550 and .reason == "userunknown" and
	    .original_subject == "budget"' <<<"$output"
	# A delivery report from any sender is a bounce; so is a mail
	# system's message without one.
	fwd 'Someone <someone@example.org>' "$report" >"$BATS_TEST_TMPDIR/f.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	jq -e '.recipient == "rui@example.org"' <<<"$output"
	# A person's message attached, whatever it quotes, is not read.
	fwd 'Rui <rui@example.org>' 'multipart/mixed; boundary="in"' \
	    >"$BATS_TEST_TMPDIR/f.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	[ -z "$output" ]
	# A bounce whose returned original is itself a bounce: one record,
	# the outer one's.
	printf '%s\n' 'From: MAILER-DAEMON@relay.example.net' 'To: ines@example.com' \
	    'Subject: Undelivered Mail Returned to Sender' 'MIME-Version: 1.0' \
	    'Content-Type: multipart/report; report-type=delivery-status; boundary="o"' \
	    '' '--o' 'Content-Type: message/delivery-status' '' \
	    'Reporting-MTA: dns; relay.example.net' '' \
	    'Final-Recipient: rfc822; ana@example.net' 'Action: failed' \
	    'Status: 5.2.2' '' '--o' 'Content-Type: message/rfc822' '' \
	    'From: MAILER-DAEMON@mx.example.org' 'Subject: Returned mail' \
	    'MIME-Version: 1.0' "Content-Type: $report" '' '--in' \
	    'Content-Type: message/delivery-status' '' \
	    'Final-Recipient: rfc822; rui@example.org' 'Action: failed' \
	    'Status: 5.1.1' '' '--in--' '' '--o--' >"$BATS_TEST_TMPDIR/d.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/d.eml"
	[ "${#lines[@]}" -eq 1 ]
	jq -e '.recipient == "ana@example.net" and .status == "5.2.2"' <<<"$output"
}

@test "an Exchange delay: the last attempt's answer, not its own 'Message delayed'" {
	dly() {
		printf '%s\n' 'From: Microsoft Outlook <postmaster@ex.example.com>' \
		    'To: finance@example.com' 'Subject: Delivery delayed:Quarterly report' \
		    'MIME-Version: 1.0' \
		    'Content-Type: multipart/report; report-type=delivery-status; boundary="x"' \
		    '' '--x' 'Content-Type: text/plain' '' \
		    'Delivery is delayed to these recipients or groups:' '' \
		    'mateo@example.org' '' 'Diagnostic information for administrators:' '' \
		    'mateo@example.org' \
		    "Remote Server at mx.example.org (203.0.113.25) returned '400 4.4.7 Message delayed'" \
		    "$1" '' '--x' 'Content-Type: message/delivery-status' '' \
		    'Reporting-MTA: dns;ex.example.com' '' \
		    'Final-Recipient: rfc822;mateo@example.org' "Action: $2" \
		    "Status: $3" "Diagnostic-Code: smtp;400 4.4.7 Message delayed" '' '--x--'
	}
	dly "1/15/2025 12:07:44 PM - Remote Server at mx.example.org (203.0.113.25) returned '451 4.4.0 Primary target IP address responded with: \"421 4.3.2 Service not available.\" Attempted failover to alternate host, but that did not succeed.'" \
	    delayed 4.4.7 >"$BATS_TEST_TMPDIR/d.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/d.eml"
	jq -e '.action == "delayed" and .status == "4.4.0" and
	    .status_from == "text" and .reply_code == 451 and
	    (.diagnostic | startswith("451 4.4.0 Primary target")) and
	    .reason == "systemerror" and .bounce == "soft"' <<<"$output"
	# Without a later answer, the delay is all there is.
	dly '' delayed 4.4.7 >"$BATS_TEST_TMPDIR/d.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/d.eml"
	jq -e '.reply_code == 400 and .status == "4.4.7" and
	    .diagnostic == "400 4.4.7 Message delayed"' <<<"$output"
	# A failure's history is earlier attempts: its first answer stands.
	dly "1/15/2025 12:07:44 PM - Remote Server at mx.example.org (203.0.113.25) returned '451 4.4.0 DNS query failed'" \
	    failed 5.4.7 >"$BATS_TEST_TMPDIR/d.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/d.eml"
	jq -e '.reply_code == 400 and .status == "5.4.7"' <<<"$output"
}

@test "a person's reply that quotes a bounce is none; the same text under a bounce's subject is one" {
	msg() {
		printf '%s\n' 'From: Nora Field <nora@example.com>' \
		    'To: Paul Stone <paul@example.com>' "Subject: $1" \
		    'MIME-Version: 1.0' 'Content-Type: text/plain; charset=utf-8' \
		    '' 'About the notice you passed on:' '' \
		    '> <billing@example.net>:' \
		    '> Remote host said: 550 5.1.1 <billing@example.net>: no mailbox by this name' \
		    '' 'They moved to another address; I have changed it.'
	}
	for s in 'Re: Fwd: failure notice' 'RE: Undeliverable: invoice' \
	    'AW: Unzustellbar: Rechnung' ' [ext] Re: failure notice'; do
		msg "$s" >"$BATS_TEST_TMPDIR/r.eml"
		run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
		[ -z "$output" ]
	done
	msg 'failure notice' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -e '.action == "failed" and .reply_code == 550' <<<"$output"
	# A gateway's tag before an auto-reply's words, or the words in it.
	for s in '[EXTERNAL] Automatic reply: Re: plans' '[Auto-Reply] Re: plans'; do
		printf '%s\n' 'From: Nora Field <nora@example.com>' \
		    'To: paul@example.com' "Subject: $s" '' 'Away until Monday.' \
		    >"$BATS_TEST_TMPDIR/a.eml"
		run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/a.eml"
		jq -e '.kind == "autoreply" and .recipient == "nora@example.com"' \
		    <<<"$output"
	done
}

@test "Exim's X-Exim-Diagnostic is the diagnostic where no Diagnostic-Code is given" {
	dsn() {
		printf '%s\n' 'From: Mail Delivery System <Mailer-Daemon@mx.example.org>' \
		    'To: ops@example.com' 'Subject: Mail delivery failed: returning message to sender' \
		    'MIME-Version: 1.0' \
		    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"' \
		    '' '--b' 'Content-Type: text/plain' '' \
		    'A message that you sent could not be delivered.' '' '--b' \
		    'Content-Type: message/delivery-status' '' \
		    'Reporting-MTA: dns; mx.example.org' '' \
		    'Action: failed' 'Final-Recipient: rfc822;desk@example.org' \
		    'Status: 5.0.0' "$@" '' '--b--'
	}
	dsn 'X-Exim-Diagnostic: X-str; Child process of pipe transport returned 75 from command: /usr/bin/import' \
	    >"$BATS_TEST_TMPDIR/x.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/x.eml"
	jq -e '(.diagnostic | startswith("Child process of pipe transport")) and
	    .reason == "mailererror"' <<<"$output"
	# A Diagnostic-Code, before or after it, is the server's: it stands.
	dsn 'Diagnostic-Code: smtp; 550 5.1.1 no such user' \
	    'X-Exim-Diagnostic: X-str; local words' >"$BATS_TEST_TMPDIR/x.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/x.eml"
	jq -e '.diagnostic == "550 5.1.1 no such user"' <<<"$output"
	dsn 'X-Exim-Diagnostic: X-str; local words' \
	    'Diagnostic-Code: smtp; 550 5.1.1 no such user' >"$BATS_TEST_TMPDIR/x.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/x.eml"
	jq -e '.diagnostic == "550 5.1.1 no such user"' <<<"$output"
}

@test "a text in a charset not read gives way to a later one that is; list items name recipients" {
	two() {
		# $1: the first part's charset
		printf '%s\n' 'From: Mail System <postmaster@mx.example.cn>' \
		    'To: li@example.com' 'Subject: Undelivered mail' 'MIME-Version: 1.0' \
		    'Content-Type: multipart/mixed; boundary="p"' '' '--p' \
		    "Content-Type: text/plain; charset=$1" \
		    'Content-Transfer-Encoding: base64' '' \
		    "$(printf '\xc4\xfa\xba\xc3\n' | base64)" '' '--p' \
		    'Content-Type: text/plain; charset=us-ascii' '' \
		    'Your message could not be delivered to the recipients below.' '' \
		    '1. wang@example.net' \
		    '   mx.example.net said: 550 5.1.1 <wang@example.net>: User unknown' '' \
		    '2. zhao@example.org' \
		    '   mail.example.org said: 552 5.2.2 Mailbox full' '' '--p--'
	}
	two GB2312 >"$BATS_TEST_TMPDIR/c.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/c.eml"
	[ "${#lines[@]}" -eq 2 ]
	jq -se '.[0].recipient == "wang@example.net" and .[0].status == "5.1.1" and
	    .[1].recipient == "zhao@example.org" and .[1].status == "5.2.2"' <<<"$output"
	# A first part in a charset read here is the one read, and it names
	# nobody.
	two utf-8 >"$BATS_TEST_TMPDIR/c.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/c.eml"
	[ -z "$output" ]
}

@test "recipients listed without words of their own take the one failure the text gives" {
	lst() {
		printf '%s\n' 'From: "Mail Server" <mailer@office.example.com>' \
		    'To: ann@example.com' "Subject: $1" '' \
		    'The server accepts no more than 20 recipients in one message:' '' \
		    "  $2" '' 'Still to be sent:' '' '  bo@example.org' \
		    '  cy@example.org' '' 'You do not need to do anything.'
	}
	lst 'Message delayed - some recipients will be retried' \
	    '452 4.5.3 Too many recipients' >"$BATS_TEST_TMPDIR/l.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/l.eml"
	[ "${#lines[@]}" -eq 2 ]
	jq -se 'map(.recipient) == ["bo@example.org", "cy@example.org"] and
	    all(.action == "delayed" and .status == "4.5.3" and .reply_code == 452)' \
	    <<<"$output"
	# Two failures: whose is which is not known, and neither is given.
	lst 'Delivery delayed: budget' \
	    '452 4.5.3 Too many recipients; 451 4.3.0 try later' >"$BATS_TEST_TMPDIR/l.eml"
	sed -i 's/; 451/\n  451/' "$BATS_TEST_TMPDIR/l.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/l.eml"
	jq -se 'length == 2 and all(.reply_code == null)' <<<"$output"
}

@test "a recipient followed on its line by the reply takes it as its text" {
	rc() {
		printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' \
		    'To: ann@example.com' 'Subject: Delivery failure' '' \
		    'Your message could not be delivered.' '' "$@"
	}
	rc 'bo@example.net 550 5.1.1 no such user' \
	    'Recipient: cy@example.net 452 4.2.2 mailbox full' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -se 'length == 2 and .[0].recipient == "bo@example.net" and
	    .[0].diagnostic == "550 5.1.1 no such user" and
	    .[1].recipient == "cy@example.net" and
	    .[1].diagnostic == "452 4.2.2 mailbox full"' <<<"$output"
	# Other words after the address, or a number that is no reply code:
	# no recipient named.
	# So after a field that says the failure.
	rc 'Unknown user: bo@example.net 550 5.1.1' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -e '.recipient == "bo@example.net" and .diagnostic == "550 5.1.1"' \
	    <<<"$output"
	rc 'bo@example.net 5500 bytes' 'Recipient: cy@example.net was 452 away' \
	    '550 5.1.1 no such user' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -se 'length == 1 and .[0].recipient == null' <<<"$output"
}

@test "a filter's summary names the recipient in its one To: line" {
	flt() {
		printf '%s\n' 'From: Outbound Filter <filter@gw.example.com>' \
		    'To: sales@example.com' 'Subject: Undeliverable: price list' '' \
		    'The outbound filter refused the message below:' '' \
		    '   550 5.7.1 Message rejected: classified as spam' '' \
		    '   From:       sales@example.com' "$@" \
		    '   Subject:    price list'
	}
	flt '   To:         buyer@example.net' >"$BATS_TEST_TMPDIR/f.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	jq -e '.recipient == "buyer@example.net" and .reason == "spamdetected"' <<<"$output"
	# Two To: lines, or one with two addresses: nobody.
	flt '   To:         buyer@example.net' '   To:         boss@example.net' \
	    >"$BATS_TEST_TMPDIR/f.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	jq -e '.recipient == null' <<<"$output"
	flt '   To:         buyer@example.net, boss@example.net' >"$BATS_TEST_TMPDIR/f.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	jq -e '.recipient == null' <<<"$output"
}

@test "a filter's notice without a code: its To: summary and the cause its words give" {
	note() {
		printf '%s\n' "From: Mail Gateway <gateway@gw.example.org>" \
		    'To: ann@example.com' "Subject: $1" '' \
		    'The gateway of example.org stopped the message below.' '' \
		    '   From:       ann@example.com' '   To:         bo@example.org' \
		    '   Subject:    invoice' "$2"
	}
	note 'Your message to bo@example.org was blocked' \
	    'The attached file carries a virus.' >"$BATS_TEST_TMPDIR/n.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/n.eml"
	jq -e '.recipient == "bo@example.org" and .action == "failed" and
	    .reply_code == null and .reason == "virusdetected" and
	    .bounce == "soft"' <<<"$output"
	note 'Message to bo@example.org held as spam' \
	    'It looks like bulk spam.' >"$BATS_TEST_TMPDIR/n.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/n.eml"
	jq -e '.recipient == "bo@example.org" and .reason == "spamdetected"' <<<"$output"
	# No cause named (a recall's report): no failure.
	note 'Undeliverable: invoice' 'Nothing more is known.' >"$BATS_TEST_TMPDIR/n.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/n.eml"
	[ -z "$output" ]
	# Any other subject is no notice.
	note 'Weekly digest' 'The attached file carries a virus.' >"$BATS_TEST_TMPDIR/n.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/n.eml"
	[ -z "$output" ]
	# A sending service's: "Soft bounce", its code in a field of the summary.
	printf '%s\n' 'From: Sender <noreply@esp.example.net>' 'To: ann@example.com' \
	    'Subject: Soft bounce, delivery abandoned: invoice' '' \
	    '  To:           bo@example.org' '  Last answer:  452 4.2.2 mailbox full' \
	    >"$BATS_TEST_TMPDIR/n.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/n.eml"
	jq -e '.recipient == "bo@example.org" and .reply_code == 452 and
	    .status == "4.2.2" and .reason == "mailboxfull"' <<<"$output"
}

@test "Japanese notices: ISO-2022-JP, Shift_JIS and EUC-JP text read, their fields, subjects and phrases" {
	command -v iconv >/dev/null || skip "iconv is not installed (Debian package libc-bin)"
	# A notice in Japanese alone (glibc's iconv encodes it): "Delivery
	# error notice"; "the mail could not be delivered to the address
	# below"; "Destination: a@b"; "refused by the recipient's reception
	# refusal setting".
	jp() {
		printf 'From: %s\nTo: ann@example.com\nSubject: =?%s?B?%s?=\n' \
		    "$3" "$1" "$(printf '%s' "$2" | iconv -f UTF-8 -t "$1" | base64 -w0)"
		printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=%s\n\n' "$1"
		printf '%s\n' 'お送りいただいたメールは、下記の宛先に配信できませんでした。' '' \
		    "$4" '' "$5" | iconv -f UTF-8 -t "$1"
	}
	for cs in ISO-2022-JP SHIFT_JIS EUC-JP; do
		jp "$cs" '配信エラーのお知らせ' 'Mail System <mail@example.net>' \
		    '  宛先　　: bo@example.net' \
		    '受信者の受信拒否設定により受け取りが拒否されました。' \
		    >"$BATS_TEST_TMPDIR/j.eml"
		run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/j.eml"
		jq -e '.recipient == "bo@example.net" and .action == "failed" and
		    .reason == "filtered" and .bounce == "soft"' <<<"$output" ||
		    { echo "$cs: $output"; return 1; }
	done
	# "Delivery delay notice": delayed; "Recipient: a@b" and its reply.
	jp ISO-2022-JP '配送遅延のお知らせ' 'Mail System <mail@example.net>' \
	    '  送信先: cy@example.net' '  応答: 452 4.2.2 容量超過' \
	    >"$BATS_TEST_TMPDIR/j.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/j.eml"
	jq -e '.recipient == "cy@example.net" and .action == "delayed" and
	    .status == "4.2.2" and .reason == "mailboxfull"' <<<"$output"
	# A field that names the message refused, then its one failure
	# elsewhere: that failure is the recipient's.
	jp ISO-2022-JP '配信エラー' 'Mail System <mail@example.net>' \
	    '  宛先: dee@example.net
  件名: 会議' '  551 5.1.6 User has moved' >"$BATS_TEST_TMPDIR/j.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/j.eml"
	jq -e '.recipient == "dee@example.net" and .status == "5.1.6" and
	    .reply_code == 551 and .reason == "hasmoved"' <<<"$output"
}

@test "Sendmail: a session's lines are not the recipient's before it; a program's exit status gives way to the text's code" {
	rpt() {
		printf '%s\n' 'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>' \
		    'To: ann@example.org' 'Subject: Warning: could not send message for past 4 hours' \
		    'MIME-Version: 1.0' \
		    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"' \
		    '' '--B' '' '   ----- Transcript of session follows -----' "$@" \
		    '' '--B' 'Content-Type: message/delivery-status' '' \
		    'Reporting-MTA: dns; mx.example.org' '' \
		    'Final-Recipient: RFC822; bo@example.net' 'Action: delayed' 'Status: 4.0.0' '' \
		    'Final-Recipient: RFC822; cy@example.com' 'Action: delayed' 'Status: 4.3.1' \
		    'Remote-MTA: DNS; mail.example.com' \
		    'Diagnostic-Code: SMTP; 452 4.3.1 Insufficient system storage' '' '--B--'
	}
	rpt '<bo@example.net>... Deferred: Connection refused by mx.example.net.' \
	    '... while talking to mail.example.com.:' '>>> DATA' \
	    '<<< 452 4.3.1 Insufficient system storage' \
	    '<cy@example.com>... Deferred: 452 4.3.1 Insufficient system storage' \
	    >"$BATS_TEST_TMPDIR/s.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/s.eml"
	jq -s -e 'map([.recipient, .status, .reply_code, .reason, .remote_mta]) ==
	    [["bo@example.net", "4.0.0", null, "networkerror", null],
	     ["cy@example.com", "4.3.1", 452, "systemfull", "mail.example.com"]]' <<<"$output"
	# X-Unix's "1" says no more than that a program failed: the line
	# about the recipient says 554 5.3.0.
	printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' 'To: ann@example.org' \
	    'Subject: Returned mail: see transcript for details' 'MIME-Version: 1.0' \
	    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"' \
	    '' '--B' '' '<fax@mx.example.org>... unknown mailer error 1' \
	    '    (reason: 554 5.3.0 unknown mailer error 1)' '' '--B' \
	    'Content-Type: message/delivery-status' '' 'Reporting-MTA: dns; mx.example.org' '' \
	    'Final-Recipient: RFC822; fax@mx.example.org' 'Action: failed' \
	    'Status: 5.3.0' 'Diagnostic-Code: X-Unix; 1' '' '--B--' >"$BATS_TEST_TMPDIR/s.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/s.eml"
	jq -e '.recipient == "fax@mx.example.org" and .status == "5.3.0" and
	    .reply_code == 554' <<<"$output"
}

@test "a sending service's bounce report: its subject, its list of 'a@b - hard bounce' items" {
	printf '%s\n' 'From: Newsletters <reports@esp.example.net>' 'To: ann@example.org' \
	    'Subject: Bounce report for "April news"' '' \
	    'Two addresses did not take it.' '' \
	    '1. bo@example.net - hard bounce' \
	    '   551 5.1.6 Recipient has moved' '' \
	    '2. cy@example.com - soft bounce' \
	    '   452 4.2.2 mailbox full' '' \
	    'dee@example.com -- see the list' >"$BATS_TEST_TMPDIR/e.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/e.eml"
	jq -s -e 'map([.recipient, .reply_code, .status, .reason]) ==
	    [["bo@example.net", 551, "5.1.6", "hasmoved"],
	     ["cy@example.com", 452, "4.2.2", "mailboxfull"]]' <<<"$output"
}

@test "older and rarer notices: a cause before the address, a Reason: field, a sentence, the subject or the original as the only recipient" {
	msg() {
		printf 'From: %s\nTo: ann@example.com\nSubject: %s\n\n' "$1" "$2"
		shift 2
		printf '%s\n' "$@"
	}
	# IMail's "Mailbox full: a@b"; a recipient alone, then "Reason: ...".
	msg 'postmaster@mx.example.net' 'Undeliverable mail' \
	    'Mailbox full: bo@example.net' '' 'Unknown user: cy@example.net' \
	    >"$BATS_TEST_TMPDIR/o.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	jq -s -e 'map([.recipient, .reason]) == [["bo@example.net", "mailboxfull"],
	    ["cy@example.net", "userunknown"]]' <<<"$output"
	msg 'postmaster@mx.example.net' 'Undeliverable mail' '   dee@example.net' '' \
	    'Reason:  User DEE is not enrolled in the system' \
	    '         distribution directory.' >"$BATS_TEST_TMPDIR/o.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	jq -e '.recipient == "dee@example.net" and .reason == "userunknown" and
	    (.diagnostic | startswith("Reason:"))' <<<"$output"
	# VMS MX: "Error delivering to <A@B>:".
	msg 'MX@VAX.EXAMPLE.ORG (MX Mail Delivery Agent)' 'Delivery failed' \
	    'Error delivering to <SMITHJ@VAX.EXAMPLE.ORG>:' \
	    '    -SYSTEM-F-EXDISKQUOTA, disk quota exceeded' >"$BATS_TEST_TMPDIR/o.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	jq -e '.recipient == "smithj@vax.example.org" and .reason == "mailboxfull" and
	    .diagnostic == "-SYSTEM-F-EXDISKQUOTA, disk quota exceeded"' <<<"$output"
	# No code, no recipient line: the subject's one address, with the
	# cause that the text names over two lines.
	msg 'Mail Gateway <postmaster@gw.example.net>' 'Undeliverable: bo@example.net' \
	    'Your message could not be delivered: the account has been disabled by the' \
	    'administrator of this domain.' >"$BATS_TEST_TMPDIR/o.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	jq -e '.recipient == "bo@example.net" and .reason == "suspend" and
	    .reply_code == null' <<<"$output"
	# Two addresses in the subject: nobody.
	msg 'Mail Gateway <postmaster@gw.example.net>' 'Undeliverable: bo@example.net, cy@example.net' \
	    'The account has been disabled by the administrator.' >"$BATS_TEST_TMPDIR/o.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	# Spanish and Portuguese subjects, MDaemon's sender, a Portuguese
	# field and a refused connection: a delay.
	msg '"MDaemon" <MDaemon@mail.example.com>' 'Fallo permanente en la entrega' \
	    '<<< 550 5.7.23 SPF check failed' >"$BATS_TEST_TMPDIR/o.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	jq -e '.reply_code == 550 and .status == "5.7.23"' <<<"$output"
	msg 'Sistema <daemon@example.com>' 'Aviso: mensagem ainda não entregue' \
	    '  Destinatário:   bo@example.org' '  Resultado:      conexão recusada por mx.example.org' \
	    >"$BATS_TEST_TMPDIR/o.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/o.eml"
	jq -e '.recipient == "bo@example.org" and .action == "delayed" and
	    .reason == "networkerror"' <<<"$output"
}

@test "a bounce that names nobody: its first failure's indented lines go on with it" {
	printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' 'To: ann@example.com' \
	    'Subject: Undeliverable mail' '' 'Server response:' \
	    "554 5.7.1 <bo@example.net>: message refused by the recipient's" \
	    '    personal block list' 'Please do not reply.' >"$BATS_TEST_TMPDIR/n.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/n.eml"
	jq -e '.status == "5.7.1" and .reason == "filtered" and (.diagnostic |
	    endswith("personal block list"))' <<<"$output"
}

@test "edges of the text reader: a capital in a host, an unlisted code, a To: with nothing after it, a program's words" {
	# Courier's host with a capital letter: each recipient's own remote
	# MTA, in small letters, not the first host of the text.
	printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' 'To: ann@example.com' \
	    'Subject: failure notice' '' '<bo@example.net>:' 'mx.example.net [192.0.2.7]:' \
	    '>>> RCPT TO:<bo@example.net>' '<<< 550 5.1.1 no such user' '' \
	    '<cy@example.org>:' 'mx.Zeta.zone.example.org [192.0.2.8]:' \
	    '>>> RCPT TO:<cy@example.org>' '<<< 550 5.1.1 no such user' >"$BATS_TEST_TMPDIR/e.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/e.eml"
	jq -s -e 'map(.remote_mta) == ["mx.example.net", "mx.zeta.zone.example.org"]' <<<"$output"
	# A reply code of its own, even one that says no cause (599), is
	# not replaced by the cause the rest of the text names.
	printf '%s\n' 'From: postmaster@gw.example.net' 'To: ann@example.com' \
	    'Subject: Undeliverable' '' '<bo@example.net>: 599 x' '' 'The mailbox is full.' \
	    >"$BATS_TEST_TMPDIR/e.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/e.eml"
	jq -e '.reply_code == 599 and .reason == "undefined"' <<<"$output"
	# "To:" and blanks: no address, and nothing read before the line.
	printf '%s\n' 'From: postmaster@gw.example.net' 'To: ann@example.com' \
	    'Subject: Undeliverable' '' 'The attached file carries a virus.' '' '   To:    ' \
	    >"$BATS_TEST_TMPDIR/e.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/e.eml"
	[ -z "$output" ]
	# X-Unix: the words of a program's failure name a cause (a weak
	# one, "internal error"); an exit status alone is a mailer error.
	for d in 'internal error:systemerror' '75:mailererror'; do
		printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' 'To: ann@example.org' \
		    'Subject: Undelivered Mail Returned to Sender' 'MIME-Version: 1.0' \
		    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"' \
		    '' '--B' '' 'The mail system' '' '--B' 'Content-Type: message/delivery-status' \
		    '' 'Reporting-MTA: dns; mx.example.org' '' 'Final-Recipient: rfc822; bo@example.org' \
		    'Action: failed' 'Status: 5.3.0' "Diagnostic-Code: X-Unix; ${d%%:*}" '' '--B--' \
		    >"$BATS_TEST_TMPDIR/e.eml"
		run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/e.eml"
		jq -e --arg r "${d#*:}" '.reason == $r' <<<"$output"
	done
}

@test "a bounce forwarded inline is read; a request to confirm that the sender is a person is none" {
	fwd() {
		printf '%s\n' 'From: Carla <carla@example.com>' 'To: it@example.com' \
		    "Subject: $1" '' 'This came back, can you see why?' '' \
		    '-------- Forwarded Message --------' \
		    'Subject: Mail delivery failed' "From: $2" 'To: carla@example.com' \
		    '' '' 'The following address failed:' '' '   bo@example.net' \
		    '     550 5.1.1 <bo@example.net>: mailbox unknown'
	}
	fwd 'Fwd: Mail delivery failed' 'Mail Delivery System <Mailer-Daemon@mx.example.com>' \
	    >"$BATS_TEST_TMPDIR/f.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	jq -e '.recipient == "bo@example.net" and .status == "5.1.1"' <<<"$output"
	# What a person forwards from another person, or replies about, is no bounce.
	fwd 'Fwd: Mail delivery failed' 'Bob <bob@example.com>' >"$BATS_TEST_TMPDIR/f.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	fwd 'Re: Mail delivery failed' 'Mail Delivery System <Mailer-Daemon@mx.example.com>' \
	    >"$BATS_TEST_TMPDIR/f.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/f.eml"
	printf '%s\n' 'From: Shield <verify@shield.example.net>' 'To: ann@example.com' \
	    'Subject: Undelivered: please confirm your message to bo@example.net' '' \
	    'Your message to bo@example.net has not been delivered yet.' \
	    'It is held until you confirm that you are a person.' >"$BATS_TEST_TMPDIR/c.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/c.eml"
	[ -z "$output" ]
	# With a server's code, such words do not make a bounce none.
	printf '%s\n' '<<< 550 5.1.1 bo@example.net: no such user' >>"$BATS_TEST_TMPDIR/c.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/c.eml"
	jq -e '.recipient == "bo@example.net" and .status == "5.1.1"' <<<"$output"
}

@test "Bigpond's 'SMTP <a@b>' names a recipient, the line after it its text" {
	printf '%s\n' 'From: Postmaster@isp.example.net' 'To: ann@example.com' \
	    'Subject: Returned mail: undeliverable' '' \
	    'This message could not be delivered.' '' \
	    'SMTP <bo@nodomain.example.org>' '    (domain not found)' '' \
	    'smtp <cy@example.org>' '    (user unknown)' \
	    >"$BATS_TEST_TMPDIR/b.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/b.eml"
	jq -s -e 'map([.recipient, .reason, .bounce]) ==
	    [["bo@nodomain.example.org", "hostunknown", "hard"],
	     ["cy@example.org", "userunknown", "hard"]]' <<<"$output"
	# A word other than SMTP, or no blank after it: no recipient.
	sed -i 's/^SMTP </SMTPX </; s/^smtp </X400 </' "$BATS_TEST_TMPDIR/b.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/b.eml"
	[ -z "$output" ]
}

@test "HTML: only block ends break a line; a Maildir's dot files are not read" {
	html() {
		# The HTML body's lines, after a bounce's header.
		printf '%s\n' 'From: MAILER-DAEMON@mx.example.org' \
		    'To: ann@example.com' \
		    'Subject: Undelivered Mail Returned to Sender' \
		    'MIME-Version: 1.0' 'Content-Type: text/html; charset=utf-8' \
		    '' "$@" >"$BATS_TEST_TMPDIR/h.eml"
		run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/h.eml"
	}
	html '<html><body><p>This message could not be delivered.</p>' \
	    '<p><b>bo@example.net</b>: 550 5.1.1 <i>no such user</i></p>' \
	    '<p><b>cy@example.net</b>: 452 4.2.2 <i>mailbox full</i></p>' \
	    '</body></html>'
	jq -se '.[0].recipient == "bo@example.net" and
	    .[0].diagnostic == "550 5.1.1 no such user" and
	    .[1].recipient == "cy@example.net" and
	    .[1].diagnostic == "452 4.2.2 mailbox full"' <<<"$output"
	# The end of an inline element breaks nothing, even in an address;
	# the end of a table's cell leaves a blank between cells.
	html '<html><body><p>This message could not be delivered.</p>' \
	    '<p><b>bo</b>@<span>example.net</span>: 550 5.1.1 no such user</p>' \
	    '<table><tr><td>cy@example.net</td><td>452 4.2.2 mailbox full</td></tr>' \
	    '</table></body></html>'
	jq -se '.[0].recipient == "bo@example.net" and
	    .[0].diagnostic == "550 5.1.1 no such user" and
	    .[1].recipient == "cy@example.net" and
	    .[1].diagnostic == "452 4.2.2 mailbox full"' <<<"$output"
	# Tags in capitals: the end of the table ends the line.
	html '<HTML><BODY><P>This message could not be delivered.</P>' \
	    '<TABLE><TD>bo@example.net</TD><TD>550 5.1.1 no such user</TD></TABLE>cy@example.net: 452 4.2.2 mailbox full' \
	    '</BODY></HTML>'
	jq -se '.[0].diagnostic == "550 5.1.1 no such user" and
	    .[1].recipient == "cy@example.net"' <<<"$output"
	# A Maildir: new/ and cur/ are read, their dot files are not.
	html '<p>bo@example.net: 550 5.1.1 no such user</p>' \
	    '<p>cy@example.net: 452 4.2.2 mailbox full</p>'
	mkdir -p "$BATS_TEST_TMPDIR/md/new" "$BATS_TEST_TMPDIR/md/cur" \
	    "$BATS_TEST_TMPDIR/md/tmp"
	cp "$BATS_TEST_TMPDIR/h.eml" "$BATS_TEST_TMPDIR/md/cur/1.x:2,S"
	cp "$BATS_TEST_TMPDIR/h.eml" "$BATS_TEST_TMPDIR/md/cur/.2.x:2,S"
	cp "$BATS_TEST_TMPDIR/h.eml" "$BATS_TEST_TMPDIR/md/new/.3.x"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/md"
	[ "${#lines[@]}" -eq 2 ]
	jq -se 'all(.file | endswith("/cur/1.x:2,S"))' <<<"$output"
}

@test "Russian and Czech notices: windows-1251, KOI8-R and ISO 8859-2 text read, their recipient fields too" {
	ru() {
		# $1: charset; $2: the subject's encoded word; then the body.
		printf '%s\n' 'From: Mailer-Daemon@mail.example.ru' 'To: olga@example.com' \
		    "Subject: $2" 'MIME-Version: 1.0' \
		    "Content-Type: text/plain; charset=$1" \
		    'Content-Transfer-Encoding: 8bit' ''
		printf '%s\n' "$3" | iconv -f UTF-8 -t "$1"
	}
	body='Ваше письмо не доставлено.

  Получатель: ivan@example.net
  Ответ сервера: 550 5.1.1 Нет такого ящика'
	for cs in windows-1251 KOI8-R; do
		subj="=?$cs?B?$(printf 'Письмо не доставлено' | iconv -f UTF-8 -t "$cs" | base64 -w0)?="
		ru "$cs" "$subj" "$body" >"$BATS_TEST_TMPDIR/r.eml"
		run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
		jq -e '.recipient == "ivan@example.net" and .action == "failed" and
		    .status == "5.1.1" and
		    (.diagnostic | endswith("Нет такого ящика"))' <<<"$output"
	done
	# "Предупреждение" (a warning) in the subject: the message is late.
	subj="=?windows-1251?B?$(printf 'Предупреждение: письмо ещё не доставлено' | iconv -f UTF-8 -t windows-1251 | base64 -w0)?="
	ru windows-1251 "$subj" 'Ваше письмо пока не доставлено.

  Получатель: ivan@example.net
  Ответ сервера: 452 4.2.2 Ящик переполнен' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -e '.action == "delayed" and .status == "4.2.2"' <<<"$output"
	# Cyrillic capitals are read as their small letters: "ЗАДЕРЖАНА"
	# (delayed), "ПОЛУЧАТЕЛЬ" (recipient).
	subj="=?KOI8-R?B?$(printf 'Доставка ЗАДЕРЖАНА' | iconv -f UTF-8 -t KOI8-R | base64 -w0)?="
	ru KOI8-R "$subj" 'Ваше письмо пока не доставлено.

  ПОЛУЧАТЕЛЬ: ivan@example.net
  Ответ сервера: 452 4.2.2 Ящик переполнен' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -e '.recipient == "ivan@example.net" and .action == "delayed"' \
	    <<<"$output"
	ru ISO-8859-2 'Nedoruceny e-mail' 'Zprávu nelze doručit.

  Příjemce: jan@example.cz
  Odpověď serveru: 550 5.1.1 Schránka neexistuje' >"$BATS_TEST_TMPDIR/c.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/c.eml"
	jq -e '.recipient == "jan@example.cz" and
	    (.diagnostic | endswith("Schránka neexistuje"))' <<<"$output"
}

@test "a list robot's refusal of a post fails the list's address; its digest, quoting a refusal, fails nobody" {
	msg() {
		printf 'From: %s\nTo: ann@example.com\nSubject: %s\n\n' "$1" "$2"
		shift 2
		printf '%s\n' "$@"
	}
	msg 'chat-request@lists.example.org' 'Your post to chat was rejected' \
	    'Your message to chat@lists.example.org was not distributed:' \
	    'only members may post.' >"$BATS_TEST_TMPDIR/r.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/r.eml"
	jq -s -e 'map(.recipient) == ["chat@lists.example.org"]' <<<"$output"
	msg 'chat-request@lists.example.org' 'chat Digest, Vol 4, Issue 2' \
	    'Today'"'"'s Topics:' '   1. Re: a 550 for one user' '' \
	    '> 550 5.1.1 <bo@example.net>: Recipient address rejected' '' \
	    'Check whether the mailbox moved.' >"$BATS_TEST_TMPDIR/d.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/d.eml"
	[ -z "$output" ]
}

@test "Chinese and Korean notices in GB 2312 and EUC-KR: their words are read" {
	# "The mail could not be delivered to this address: ... the user does
	# not exist" (GB 2312); "The mail could not be passed on: ... the
	# mailbox is full" (EUC-KR).
	printf '%s\n' 'From: postmaster@mx.example.net' 'To: ann@example.org' \
	    'Subject: Undelivered Mail' 'MIME-Version: 1.0' \
	    'Content-Type: text/plain; charset=gb2312; format=fixed' \
	    'Content-Transfer-Encoding: 8bit' '' >"$BATS_TEST_TMPDIR/cn.eml"
	printf '\xd3\xca\xbc\xfe\xce\xde\xb7\xa8\xcd\xb6\xb5\xdd\xb5\xbd\xd2\xd4\xcf\xc2\xb5\xd8\xd6\xb7\xa3\xba\n\n  bo@example.net\n  \xd3\xc3\xbb\xa7\xb2\xbb\xb4\xe6\xd4\xda\n' \
	    >>"$BATS_TEST_TMPDIR/cn.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/cn.eml"
	jq -e -s 'map([.recipient, .reason]) == [["bo@example.net", "userunknown"]]' <<<"$output"
	printf '%s\n' 'From: postmaster@mx.example.net' 'To: ann@example.org' \
	    'Subject: Undelivered Mail' 'MIME-Version: 1.0' \
	    'Content-Type: text/plain; charset=ks_c_5601-1987; format=fixed' \
	    'Content-Transfer-Encoding: 8bit' '' >"$BATS_TEST_TMPDIR/ko.eml"
	printf '\xb8\xde\xc0\xcf\xc0\xbb \xc0\xfc\xb4\xde\xc7\xcf\xc1\xf6 \xb8\xf8\xc7\xdf\xbd\xc0\xb4\xcf\xb4\xd9:\n\n  cy@example.net\n  \xb8\xde\xc0\xcf\xc7\xd4\xc0\xcc \xb0\xa1\xb5\xe6 \xc3\xa1\xbd\xc0\xb4\xcf\xb4\xd9\n' \
	    >>"$BATS_TEST_TMPDIR/ko.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/ko.eml"
	jq -e -s 'map([.recipient, .reason]) == [["cy@example.net", "mailboxfull"]]' <<<"$output"
	# The text is shown as UTF-8.
	run -0 smtpcode -b "$BATS_TEST_TMPDIR/cn.eml"
	[[ "$output" == *"用户不存在"* ]]
}

@test "a Japanese notice's cause wrapped over two lines above the address; a list manager's bouncing members" {
	# "The mail sent is over the size the phone can take" wrapped after
	# "saizu wo", then "atesaki: a@b".
	printf '%s\n' 'From: MAILER-DAEMON@mx.example.jp' 'To: shop@example.com' \
	    'Subject: Mail System Error - Returned Mail' 'MIME-Version: 1.0' \
	    'Content-Type: text/plain; charset=utf-8; format=fixed' '' \
	    '送信されたメールは、携帯電話で受信できるサイズを' \
	    '超えているため、配信できませんでした。' '' \
	    '宛先：bo@example.org' >"$BATS_TEST_TMPDIR/j.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/j.eml"
	jq -e -s 'map([.recipient, .reason]) == [["bo@example.org", "mesgtoobig"]]' <<<"$output"
	# Sympa's notice to a list's owners: members removed after
	# bounces, each with its last status.
	printf '%s\n' 'From: SYMPA <sympa@lists.example.org>' \
	    'To: news-owner@lists.example.org' \
	    'Subject: news: 1 bouncing subscriber removed' '' \
	    'One subscriber was removed from news@lists.example.org.' '' \
	    '  cy@example.net' '     last status:    5.1.1 (no such mailbox)' \
	    >"$BATS_TEST_TMPDIR/s.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/s.eml"
	jq -e -s 'map([.recipient, .status, .reason]) == [["cy@example.net", "5.1.1", "userunknown"]]' <<<"$output"
}

@test "subjects: not delivered in Italian, Dutch and German, a French delay notice, a help desk's ticket" {
	msg() {
		printf 'From: postmaster@mx.example.net\nTo: ann@example.com\nSubject: %s\n\n' "$1"
		printf '%s\n' 'Recipient: bo@example.net' \
		    '  550 5.1.1 <bo@example.net>: no such user'
	}
	for s in 'Messaggio non recapitato: fattura' 'Bericht onbestelbaar' \
	    'Nachricht nicht zugestellt' 'Message could not be delivered'; do
		msg "$s" >"$BATS_TEST_TMPDIR/m.eml"
		run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/m.eml"
		jq -e -s 'map([.recipient, .action]) == [["bo@example.net", "failed"]]' <<<"$output"
	done
	printf 'From: postmaster@mx.example.net\nTo: ann@example.com\nSubject: %s\n\n%s\n%s\n' \
	    'Avis de retard : conseil' 'Destinataire : bo@example.net' \
	    '  451 4.3.0 erreur passagère' >"$BATS_TEST_TMPDIR/d.eml"
	run -0 smtpcode -b -j "$BATS_TEST_TMPDIR/d.eml"
	jq -e -s 'map(.action) == ["delayed"]' <<<"$output"
	printf 'From: desk@example.net\nTo: ann@example.com\nSubject: %s\n\n%s\n%s\n' \
	    '[HD-1] Ticket opened: my mail bounced' \
	    '> <bo@example.net>: mx said:' '> 550 5.1.1 no such user' \
	    >"$BATS_TEST_TMPDIR/t.eml"
	run -1 smtpcode -b -j "$BATS_TEST_TMPDIR/t.eml"
	[ -z "$output" ]
}
