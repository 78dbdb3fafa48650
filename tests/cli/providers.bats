#!/usr/bin/env bats
# Provider cases in lookups: what each provider's page says of its codes.
# data/providers.txt is checked against the providers' pages by
# providers-data.bats; here the program must show what the data holds.

load test_helper

P="$ROOT/data/providers.txt"

# The rows of provider $1 whose enhanced column is $2, as "reason source".
rows() {
	awk -F'\t' -v p="$1" -v e="$2" '!/^#/ && $1 == p && $3 == e { print $5, $11 }' "$P"
}

@test "5.7.509, unregistered, is explained by Microsoft 365's case, exit 0" {
	run -0 --separate-stderr smtpcode -j 5.7.509
	want=$(rows microsoft365 5.7.509)
	[ -n "$want" ]
	jq -e --arg r "${want%% *}" --arg s "${want#* }" '.registered == false and
	    .reason == $r and .provider.id == "microsoft365" and
	    any(.cases[]; .source == $s)' <<<"$output"
	[ -z "$stderr" ]
	run -0 smtpcode --color=never 5.7.509
	[[ "$output" == *"Microsoft 365"* && "$output" == *"${want#* }"* ]]
}

@test "550 5.7.606 falls in Microsoft's 5.7.606-649 range" {
	run -0 smtpcode -j 550 5.7.606
	jq -e 'any(.cases[]; .id == "microsoft365" and .enhanced == "5.7.606-649")' <<<"$output"
	run -0 smtpcode -j 550 5.7.650
	jq -e 'all(.cases[]; .enhanced != "5.7.606-649")' <<<"$output"
}

@test "Exchange Online's throttling, 451 4.7.500 to 699 with an (ASnnn) tag, is its case" {
	# Microsoft's page on 451 4.7.500-699 (ASxxx): the sending IP is
	# throttled after a sharp change in what it sends; retry.  The tag
	# is a number in the reply, not the letters "xxx".
	want=$(rows microsoft365 4.7.500-699)
	[ "${want%% *}" = speeding ]
	line='Mar  3 10:11:12 mx postfix/smtp[81]: 4F2A: to=<ann@fabrikam.test>, relay=fabrikam-test.mail.protection.outlook.com[198.51.100.9]:25, dsn=4.7.512, status=deferred (host fabrikam-test.mail.protection.outlook.com[198.51.100.9] said: 451 4.7.512 Server busy, come back later [203.0.113.5] (AS7104) (in reply to RCPT TO command))'
	run -0 --separate-stderr smtpcode -S --json <<<"$line"
	jq -e '.provider == "microsoft365" and .reason == "speeding" and
	    .bounce == "soft"' <<<"$output"
	# Without the tag, the codes alone still name it: no other case of
	# Microsoft's has them.  From a host that is not Microsoft's, they
	# name nothing.
	run -0 --separate-stderr smtpcode -S --json <<<"${line/ (AS7104)/}"
	jq -e '.reason == "speeding"' <<<"$output"
	run -0 --separate-stderr smtpcode -S --json \
	    <<<"${line//fabrikam-test.mail.protection.outlook.com/mx.fabrikam.test}"
	jq -e '.reason != "speeding" and .provider == null' <<<"$output"
	# 4.7.700 is past the range.
	run -0 --separate-stderr smtpcode -S --json <<<"${line//4.7.512/4.7.700}"
	jq -e '.reason != "speeding"' <<<"$output"
}

@test "421 4.7.28 shows every provider's case for it, narrowed by --provider" {
	# A case fits when the codes it gives are among those looked up.
	n=$(awk -F'\t' '!/^#/ && (($2 == "421" || $2 == "") && $3 == "4.7.28" ||
	    $2 == "421" && $3 == "")' "$P" | wc -l)
	run -0 smtpcode -j 421 4.7.28
	[ "$(jq '.cases | length' <<<"$output")" -eq "$n" ]
	g=$(awk -F'\t' '!/^#/ && $1 == "gmail" && (($2 == "421" || $2 == "") &&
	    $3 == "4.7.28" || $2 == "421" && $3 == "")' "$P" | wc -l)
	run -0 smtpcode -j --provider gmail 421 4.7.28
	[ "$(jq '.cases | length' <<<"$output")" -eq "$g" ]
	jq -e 'all(.cases[]; .id == "gmail")' <<<"$output"
}

@test "-l --provider lists exactly that provider's cases" {
	for p in gmail microsoft365 outlookcom yahoo icloud comcast orange; do
		want=$(awk -F'\t' -v p="$p" '!/^#/ && $1 == p' "$P" | wc -l)
		run -0 smtpcode -j -l --provider "$p"
		[ "$(jq length <<<"$output")" -eq "$want" ] || { echo "$p"; return 1; }
		jq -e --arg p "$p" 'all(.[]; .kind == "provider" and .id == $p)' <<<"$output"
	done
	run -2 --separate-stderr smtpcode -l --provider hotmail
	[[ "${stderr_lines[0]}" == "smtpcode: 'hotmail' is not a known provider"* ]]
}

@test "a case under a lookup: its line indented 4, what to do and why 6" {
	run -0 smtpcode --color=never --provider gmail '550 5.1.1'
	# The action and the source come from data/providers.txt.
	action=$(awk -F'\t' '$1 == "gmail" && $2 == 550 && $3 == "5.1.1" && $4 == "does not exist" { print $9 }' "$P")
	[ -n "$action" ]
	[[ "$output" == *$'\n    Gmail / Google Workspace, 550 5.1.1 "does not exist": '* ]]
	[[ "$output" == *$'\n      What to do: '"${action%% *}"* ]]
	[[ "$output" != *$'\n       What to do'* ]]
}

@test "a bare marker is an operand: TSS04, S3150, AS843" {
	run -0 smtpcode -j TSS04
	jq -e '.id == "yahoo" and .reply == 421 and .enhanced == "4.7.0"' <<<"$output"
	run -0 smtpcode -j s3150
	jq -e '.id == "outlookcom" and .marker == "S3150"' <<<"$output"
	# Blanks around it, as pasted from a reply, are not part of it.
	run -0 smtpcode -j ' TSS04'
	jq -e '.id == "yahoo" and .reply == 421' <<<"$output"
	run -0 smtpcode -j $'\tS3150'
	jq -e '.marker == "S3150"' <<<"$output"
	# In text, the case's meaning as the data file gives it, wrapped.
	meaning=$(awk -F'\t' '!/^#/ && $4 == "RP-001" { print $7 }' "$P")
	[ -n "$meaning" ]
	run -0 smtpcode --color=never RP-001
	[[ "$(tr -s ' \n' '  ' <<<"$output")" == *"$meaning"* ]]
	run -2 --separate-stderr smtpcode NOTAMARKER
	# A tag with its number names the case whose marker has "xxx" for it.
	run -0 smtpcode -j AS843
	jq -e '.id == "microsoft365" and .marker == "(ASxxx)"' <<<"$output"
	run -2 --separate-stderr smtpcode AS
	run -2 --separate-stderr smtpcode AS84x
}

@test "a reply code alone names how many cases use it instead of listing them" {
	n=$(awk -F'\t' '!/^#/ && $2 == "550"' "$P" | wc -l)
	run -0 smtpcode --color=never 550
	[[ "$output" == *"cases use 550"* ]]
	[[ "$output" != *"What to do"* ]]
	[ "$n" -gt 1 ]
	# Two cases are already too many: 555 has exactly two.
	n=$(awk -F'\t' '!/^#/ && $2 == "555"' "$P" | wc -l)
	[ "$n" -eq 2 ]
	run -0 smtpcode --color=never 555
	[[ "$output" == *"$n provider cases use 555"* ]]
	[[ "$output" != *"What to do"* ]]
	# One case is listed whole: 432 has exactly one.
	n=$(awk -F'\t' '!/^#/ && $2 == "432"' "$P" | wc -l)
	[ "$n" -eq 1 ]
	run -0 smtpcode --color=never 432
	[[ "$output" != *"cases use 432"* ]]
	[[ "$output" == *"What to do"* ]]
}

@test "lookups carry reason, bounce and retry; the text of a pasted reply refines them" {
	run -0 smtpcode -j 550 5.1.1
	jq -e '.reason == "userunknown" and .bounce == "hard" and .retry == false' <<<"$output"
	run -0 smtpcode -j '550 5.1.1 mailbox full'
	jq -e '.reason == "mailboxfull" and .bounce == "soft"' <<<"$output"
	run -0 smtpcode -j 452 4.2.2
	jq -e '.reason == "mailboxfull" and .bounce == "soft" and .retry == true' <<<"$output"
	run -0 smtpcode -j 250
	jq -e '.reason == "delivered" and .bounce == "none"' <<<"$output"
	run -0 smtpcode -L fr '550 5.1.1 Postfach voll'
	[[ "$output" == *"Raison : "* ]]
}

@test "search finds codes by the words admins type" {
	# word: a code it must find (RFC 3463, RFC 7372, RFC 5321)
	for pair in quota:X.2.2 dmarc:X.7.26 spf:X.7.23 dkim:X.7.20 \
	    "user unknown:X.1.1" relay:X.7.1 tls:X.7.10 size:X.3.4 \
	    "reverse dns:X.7.25" password:X.7.8 virus:X.7.1 spam:X.7.1 \
	    greylist:450 timeout:X.4.7 rbl:X.7.1; do
		run -0 smtpcode -s "${pair%%:*}" --tsv
		cut -f1 <<<"$output" | grep -qx "${pair#*:}" || { echo "$pair"; return 1; }
	done
	# Words in any order.
	run -0 smtpcode -s "unknown user" --tsv
	cut -f1 <<<"$output" | grep -qx X.1.1
}

@test "a provider's own enhanced code names its one case without the case's words" {
	# Each enhanced code that the provider gives a meaning of its own
	# (a detail from 10 on, or a range) and that one case alone has:
	# from that provider's host, with words that are no marker, the
	# line takes that case's meaning and reason from data/providers.txt.
	awk -F'\t' '!/^#/ && $4 ~ /^rhost/ && !($1 in h) {
		h[$1] = ($4 == "rhost" ? "" : "mx1") $5
		print "H", $1, h[$1] }' "$ROOT/data/provider-hosts.txt" > "$BATS_TEST_TMPDIR/rows"
	awk -F'\t' '!/^#/ && NF >= 11 && $3 != "" {
		print "C", $1, ($2 == "" ? "-" : $2), $3, $5 }' "$P" >> "$BATS_TEST_TMPDIR/rows"
	awk '
	$1 == "H" { host[$2] = $3; next }
	{ n[$2 " " $4]++; reply[$2 " " $4] = $3; why[$2 " " $4] = $5 }
	END {
		for (k in n) {
			split(k, f, " ")
			split(f[2], e, ".")
			split(e[3], d, "-")
			if (n[k] != 1 || !(f[1] in host) || (d[1] < 10 && d[2] == ""))
				continue
			code = e[1] "." e[2] "." d[1]
			r = reply[k] != "-" ? reply[k] : (e[1] == 4 ? 451 : 550)
			printf "%s %s %s\tJan  2 03:04:05 mx postfix/smtp[7]: 1A2B: to=<a@example.test>, relay=%s[192.0.2.9]:25, status=bounced (host %s[192.0.2.9] said: %s %s see our help page (in reply to RCPT TO command))\n", f[1], code, why[k], host[f[1]], host[f[1]], r, code
		}
	}' "$BATS_TEST_TMPDIR/rows" | sort > "$BATS_TEST_TMPDIR/lines"
	# Gmail's 5.7.27 and 5.7.28, Microsoft's 4.7.500-699 at least.
	[ "$(wc -l < "$BATS_TEST_TMPDIR/lines")" -ge 20 ]
	grep -q '^gmail 5.7.27 authfailure' "$BATS_TEST_TMPDIR/lines"
	grep -q '^microsoft365 4.7.500 ' "$BATS_TEST_TMPDIR/lines"
	run -0 --separate-stderr smtpcode -S --json < <(cut -f2 "$BATS_TEST_TMPDIR/lines")
	paste -d'\t' <(cut -f1 "$BATS_TEST_TMPDIR/lines") <(jq -r '[.provider,
	    (.codes[] | select(.kind == "enhanced") | .code, .reason,
	    (.provider.id // "-"))] | join(" ")' <<<"$output") |
	    awk -F'\t' '{ split($1, w, " "); split($2, g, " ")
		if (g[1] != w[1] || g[2] != w[2] || g[3] != w[3] || g[4] != w[1]) {
			print "want " $1 ", got " $2; bad = 1 } }
	    END { exit bad }'
	# Codes that several cases share need the words: Gmail's 421 4.7.28.
	line='Jan  2 03:04:05 mx postfix/smtp[7]: 1A2B: to=<a@example.test>, relay=gmail-smtp-in.l.google.com[192.0.2.9]:25, status=deferred (host gmail-smtp-in.l.google.com[192.0.2.9] said: 421 4.7.28 see our help page (in reply to RCPT TO command))'
	run -0 --separate-stderr smtpcode -S --json <<<"$line"
	jq -e '.provider == "gmail" and all(.codes[]; .provider == null)' <<<"$output"
}

@test "the providers' set-up hosts, Exchange Online's server names and trace rows name the provider" {
	# Google Workspace domains take mail at aspmx.l.google.com and its
	# alternates, or smtp.google.com; clients submit to smtp.gmail.com,
	# smtp.office365.com and smtp-mail.outlook.com (the providers' set-up
	# pages); Exchange Online names its own servers under
	# prod.outlook.com, but a name in the words says no more than the
	# recipient's domain, and Outlook.com's servers bear the same names;
	# every Comcast host is under comcast.net.  A host that only starts
	# with one of those names is not theirs.
	while IFS='|' read -r want line; do
		run -0 --separate-stderr smtpcode -S --json <<<"$line"
		jq -e --arg p "$want" '.provider == (if $p == "-" then null else $p end)' \
		    <<<"$output" || { echo "want $want: $line"; return 1; }
	done <<'LINES'
gmail|Jan  2 03:04:05 mx postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=alt2.aspmx.l.google.com[192.0.2.9]:25, status=deferred (host alt2.aspmx.l.google.com[192.0.2.9] said: 451 4.3.0 try later (in reply to RCPT TO command))
gmail|Jan  2 03:04:05 mx postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=smtp.google.com[192.0.2.9]:25, status=deferred (host smtp.google.com[192.0.2.9] said: 451 4.3.0 try later (in reply to RCPT TO command))
gmail|Jan  2 03:04:05 app sm-mta[7]: 1A2B: to=<a@corp.example>, relay=smtp.gmail.com. [192.0.2.9], dsn=4.0.0, stat=Deferred: 454 4.7.0 Too many login attempts
microsoft365|Jan  2 03:04:05 printer postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=smtp.office365.com[192.0.2.9]:587, status=bounced (host smtp.office365.com[192.0.2.9] said: 535 5.7.139 Authentication unsuccessful (in reply to AUTH command))
outlookcom|Jan  2 03:04:05 nas postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=smtp-mail.outlook.com[192.0.2.9]:587, status=bounced (host smtp-mail.outlook.com[192.0.2.9] said: 535 5.7.3 Authentication unsuccessful (in reply to AUTH command))
comcast|2026-01-02 03:04:05 1vAbCd-000EfG-Hi ** a@cable.example R=dnslookup T=remote_smtp H=mx2c1.comcast.net [192.0.2.9]: SMTP error from remote mail server after MAIL FROM:<b@example.org>: 554 no thanks
microsoft365|Jan  2 03:04:05 gw postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=mx.relay.example[192.0.2.9]:25, status=bounced (host mx.relay.example[192.0.2.9] said: 550 5.1.10 not found [AM0PR04MB1234.eurprd04.prod.outlook.com 2026-01-02T03:04:05.678Z] (in reply to RCPT TO command))
outlookcom|Jan  2 03:04:05 gw postfix/smtp[7]: 1A2B: to=<a@hotmail.com>, relay=mx.relay.example[192.0.2.9]:25, status=bounced (host mx.relay.example[192.0.2.9] said: 550 5.1.1 not here [AM0PR04MB1234.eurprd04.prod.outlook.com] (in reply to RCPT TO command))
-|Jan  2 03:04:05 mx postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=smtp.gmail.com.mirror.example[192.0.2.9]:25, status=bounced (host smtp.gmail.com.mirror.example[192.0.2.9] said: 550 5.1.1 no such user (in reply to RCPT TO command))
-|Jan  2 03:04:05 mx postfix/smtp[7]: 1A2B: to=<a@corp.example>, relay=mx.comcast.net.example[192.0.2.9]:25, status=bounced (host mx.comcast.net.example[192.0.2.9] said: 550 5.1.1 no such user (in reply to RCPT TO command))
LINES
}
