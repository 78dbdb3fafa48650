#!/usr/bin/env bats
# Reading mail logs: finding codes, the output modes, streaming, errors.

load test_helper

# The labels of a corpus file as "LINE<TAB>CODES", for lines with codes.
labels() {
	awk -F'\t' '$1 != "-" { print NR "\t" $1 }' "$1"
}

# What smtpcode finds in the same lines, in the same form.
found() {
	cut -f2- "$1" | smtpcode --json |
	    jq -r '"\(.line)\t" + ([.codes[].code] | sort | join(" "))'
}

@test "the labelled corpus: every code found, nothing else, in each format" {
	n=0
	for f in "$DATA"/corpus/*.tsv; do
		diff <(labels "$f") <(found "$f") || { echo "in $f"; return 1; }
		n=$((n + 1))
	done
	[ "$n" -ge 6 ]
	[ "$(cat "$DATA"/corpus/*.tsv | wc -l)" -ge 300 ]
}

@test "event streams, client errors, transcripts, decoys: agreement stays at what was measured" {
	# tests/data/events/lines.tsv: 344 lines labelled without the
	# program; all 344 have exactly their codes, 238 of the 241 with
	# codes their reason, all 241 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode"
	agrees 0 344 344
	agrees 1 241 238
	agrees 2 241 241
}

@test "mail-server log lines of a dozen programs: agreement stays at what was measured" {
	# tests/data/events/mta-lines.tsv: 150 lines labelled without the
	# program; 149 have exactly their codes (a reply quoted inside
	# another is read too), 112 of the 113 with codes their reason, all
	# 113 their hard or soft.  Exchange Online's 5.7.133 (a group that takes
	# mail only from inside its organisation) is read by its case in
	# data/providers.txt, rejected (the sender is refused, as for 5.7.12),
	# where the label says policyviolation or securityerror.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines.tsv
	agrees 0 150 149
	agrees 1 113 112
	agrees 2 113 113
}

@test "more log lines, restriction rejects, deferrals, webhooks, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines2.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 109 of the 114 with
	# codes their reason, 113 their hard or soft (Courier's 517 for a
	# sender's domain, Microsoft 365's SendAs and spam-abuse cases).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines2.tsv
	agrees 0 160 160
	agrees 1 114 109
	agrees 2 114 113
}

@test "Exim, Sendmail, Exchange and library log lines: agreement stays at what was measured" {
	# tests/data/events/mta-lines3.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 82 of the 84 with codes
	# their reason, all 84 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines3.tsv
	agrees 0 160 160
	agrees 1 84 82
	agrees 2 84 84
}

@test "Postfix in depth, Dovecot, Cyrus, OpenSMTPD, Courier, qmail, shipped logs: agreement stays at what was measured" {
	# tests/data/events/mta-lines4.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 112 of the 113 with
	# codes their reason, all 113 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines4.tsv
	agrees 0 160 160
	agrees 1 113 112
	agrees 2 113 113
}

@test "library errors, cloud and gateway logs, monitoring text, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines5.tsv: 160 lines labelled without the
	# program; 159 have exactly their codes ("421 sent, 0 failed" is
	# read as a code), 127 of the 128 with codes their reason, all 128
	# their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines5.tsv
	agrees 0 160 159
	agrees 1 128 127
	agrees 2 128 128
}

@test "Postfix, Sendmail and Exim rejects, filters, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines6.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 90 of the 92 with codes
	# their reason (87 until Postfix's "Message content rejected" was
	# read as the site's policy and a refused header's words not read),
	# all 92 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines6.tsv
	agrees 0 160 160
	agrees 1 92 90
	agrees 2 92 92
}

@test "less common lines: Postfix daemons, Exim defers, rarer MTAs, libraries, shippers, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines7.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 108 of the 110 with
	# codes their reason, all 110 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines7.tsv
	agrees 0 160 160
	agrees 1 110 108
	agrees 2 110 110
}

@test "stored and shipped logs: syslog variants, SIEM and log platform records, CSV, logfmt, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines8.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 86 of the 90 with codes
	# their reason, all 90 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines8.tsv
	agrees 0 160 160
	agrees 1 90 86
	agrees 2 90 90
}

@test "postscreen, verify, pipe exits, Exim, Exchange, libraries, sending services, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines9.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 98 of the 101 with codes
	# their reason, all 101 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines9.tsv
	agrees 0 160 160
	agrees 1 101 98
	agrees 2 101 101
}

@test "words against vague codes, several codes a line, gateways and filters, decoys of other protocols: agreement stays at what was measured" {
	# tests/data/events/mta-lines10.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 98 of the 100 with
	# codes their reason, all 100 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines10.tsv
	agrees 0 160 160
	agrees 1 100 98
	agrees 2 100 100
}

@test "delivery agents, daemons and tools, rarer servers, wrappers, application errors, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines11.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 108 of the 110 with
	# codes their reason, all 110 their hard or soft.  Measured first at
	# 158, 93 and 108; the phrases it showed missing were added, and later
	# a MailEnable row's 550 after the command's address was read and a
	# Spanish "cuenta ya no recibe" was taken for a disabled account.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines11.tsv
	agrees 0 160 160
	agrees 1 110 108
	agrees 2 110 110
}

@test "the lines that fill real logs, with the big receivers' replies, and decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines12.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 118 of the 120 with
	# codes their reason, all 120 their hard or soft.  Comcast's
	# BL000000, known by its host, is read by its case in
	# data/providers.txt, badreputation, where the label says blocked.  Measured first at
	# 160, 109 and 116; the phrases it showed missing were added.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines12.tsv
	agrees 0 160 160
	agrees 1 120 118
	agrees 2 120 120
}

@test "Exim, Sendmail, Courier and qmail in depth: agreement stays at what was measured" {
	# tests/data/events/mta-lines13.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 108 of the 110 with
	# codes their reason, 109 their hard or soft.  Measured first at 157,
	# 100 and 106 (spamdyke's replies joined by '_' were not read); Exim's
	# "SMTP synchronization error" was later taken for a protocol error.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines13.tsv
	agrees 0 160 160
	agrees 1 110 108
	agrees 2 110 109
}

@test "Postfix in depth: each restriction, postscreen, cleanup, deliveries to the big receivers, local agents, decoys: agreement stays at what was measured" {
	# tests/data/events/mta-lines14.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 109 of the 110 with
	# codes their reason, all 110 their hard or soft.  Measured first at
	# 160, 105 and 110; the phrases it showed missing were added (amavis's
	# "BANNED:" among them, later).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines14.tsv
	agrees 0 160 160
	agrees 1 110 109
	agrees 2 110 110
}

@test "the other mail servers, gateways and exports in their own formats: agreement stays at what was measured" {
	# tests/data/events/mta-lines15.tsv: 160 lines labelled without the
	# program; 159 have exactly their codes (taken: hMailServer's "Data
	# sent: 552" byte count), 105 of the 110 with codes their reason,
	# all 110 their hard or soft.  Measured first at 156, 93 and 107
	# (cPanel's Exim router names read as DKIM, a key's value in
	# parentheses and an export's "Rejected","550 ..." not read).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines15.tsv
	agrees 0 160 159
	agrees 1 110 105
	agrees 2 110 110
}

@test "applications' logs of mail libraries' errors, and decoys: agreement stays at what was measured" {
	# tests/data/events/applogs.tsv: 160 lines labelled without the
	# program; 158 have exactly their codes (not read: MailKit's
	# "StatusCode":550 and "(RecipientNotAccepted, 450)"), 107 of the
	# 110 with codes their reason, 109 their hard or soft.  Measured
	# first at 158, 103 and 108.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file applogs.tsv
	agrees 0 160 158
	agrees 1 110 107
	agrees 2 110 109
}

@test "the other daemons of a mail host, mostly decoys, some with replies: agreement stays at what was measured" {
	# tests/data/events/mta-lines16.tsv: 160 lines labelled without the
	# program (Dovecot, SASL, Roundcube, spamd, rspamd, ClamAV, OpenDKIM,
	# OpenDMARC, policyd-spf, postgrey, amavis, Mailman, Sympa, fail2ban,
	# systemd, certbot, unbound): all 160 have exactly their codes, all 60
	# with codes their reason and their hard or soft.  Measured first at
	# 160, 55 and 60.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines16.tsv
	agrees 0 160 160
	agrees 1 60 60
	agrees 2 60 60
}

@test "lines of SMTP transcripts and protocol logs: agreement stays at what was measured" {
	# tests/data/events/transcripts.tsv: 160 lines of client and server
	# protocol logs labelled without the program; all 160 have exactly
	# their codes, 109 of the 110 with codes their reason, all 110 their
	# hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file transcripts.tsv
	agrees 0 160 160
	agrees 1 110 109
	agrees 2 110 110
}

@test "SMTP sessions of client libraries, tools and servers, second set: agreement stays at what was measured" {
	# tests/data/events/transcripts2.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 90 of the 92 with codes
	# their reason, all 92 their hard or soft.  Measured first at 155, 81 and
	# 86 (Perl's Net::SMTP lines, IIS's SMTP rows, the phrases of a
	# refused STARTTLS and of sending as another address were missing).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file transcripts2.tsv
	agrees 0 160 160
	agrees 1 92 90
	agrees 2 92 92
}

@test "SMTP sessions as debug outputs and protocol logs write them, third set: agreement stays at what was measured" {
	# tests/data/events/transcripts3.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, all 109 with codes their
	# reason and their hard or soft.  Measured first at 160, 105 and 109
	# (a HELO name not fully qualified, a sender the login may not use,
	# relaying through a host: phrases added).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file transcripts3.tsv
	agrees 0 160 160
	agrees 1 109 109
	agrees 2 109 109
}

@test "webhook events of sending services: agreement stays at what was measured" {
	# tests/data/events/webhooks.tsv: 120 events labelled without the
	# program; all 120 have exactly their codes, all 84 with codes their
	# reason and their hard or soft (a lone "550 message not accepted"
	# names no cause).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file webhooks.tsv
	agrees 0 120 120
	agrees 1 84 84
	agrees 2 84 84
}

@test "webhook events of sending services, second set: agreement stays at what was measured" {
	# tests/data/events/webhooks2.tsv: 140 events of thirteen services
	# labelled without the program; all 140 have exactly their codes,
	# 112 of the 116 with codes their reason, all 116 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file webhooks2.tsv
	agrees 0 140 140
	agrees 1 116 112
	agrees 2 116 116
}

@test "webhook events of sending services, third set: agreement stays at what was measured" {
	# tests/data/events/webhooks3.tsv: 140 events of some twenty services
	# labelled without the program; all 140 have exactly their codes, 110
	# of the 114 with codes their reason, 113 their hard or soft.
	# Measured first at 136, 104 and 110 (a link's query was read for
	# codes, a "diagnostic_message" key was not a reply's; a CSV row's bare
	# 550 before its quoted reply was not read until later).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file webhooks3.tsv
	agrees 0 140 140
	agrees 1 114 110
	agrees 2 114 113
}

@test "webhook events of sending services, fourth set: agreement stays at what was measured" {
	# tests/data/events/webhooks4.tsv: 140 events of fourteen services and
	# in-house senders labelled without the program; 139 have exactly
	# their codes (taken: a 421 in a message's subject), all 96 with
	# codes their reason and their hard or soft.  Measured first at
	# 138, 87 and 95; the phrases it showed missing were added,
	# PHPMailer's smtp_code_ex key and "Mailer Error:" prefix read, and a
	# form body's "error=5.7.1+Message+rejected+..." read with blanks.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file webhooks4.tsv
	agrees 0 140 139
	agrees 1 96 96
	agrees 2 96 96
}

@test "large providers' own replies in log lines: agreement stays at what was measured" {
	# tests/data/events/provider-lines.tsv: 160 lines quoting Gmail,
	# Microsoft 365, Outlook.com, Yahoo, AOL, iCloud, Comcast and Orange,
	# labelled from the providers' documentation without the program;
	# all 160 have exactly their codes, 157 their reason, all 160 their
	# hard or soft, 151 their provider (AOL's replies, from Yahoo's
	# hosts, are read as Yahoo's; a Microsoft 365 message trace row
	# whose reply names none of its servers).
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file provider-lines.tsv --provider
	agrees 0 160 160
	agrees 1 160 157
	agrees 2 160 160
	agrees 3 160 151
}

@test "the large providers' replies, second set: agreement stays at what was measured" {
	# tests/data/events/provider-lines2.tsv: 160 lines labelled without
	# the program from the providers' documented meanings; 157 have
	# exactly their codes (not read: a 550 of Comcast's after an address
	# in Exchange's tracking row; Exchange's "451 4.4.0 ... responded
	# with 421" read without its inner 421, twice), 155 their reason,
	# 159 their hard or soft, 151 their provider (AOL's replies, from
	# Yahoo's hosts, are read as Yahoo's; a tracking row with no code).
	# Measured first at 157, 148, 158 and 125; deliveries, which named
	# no provider, now name the one whose host took them; Microsoft
	# 365's servers' names in replies (".prod.outlook.com"), its
	# submission host and Comcast's hosts are signatures.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file provider-lines2.tsv --provider
	agrees 0 160 157
	agrees 1 160 155
	agrees 2 160 159
	agrees 3 160 151
}

@test "the large providers' replies, third set: agreement stays at what was measured" {
	# tests/data/events/provider-lines3.tsv: 160 lines labelled without
	# the program; all 160 have exactly their codes, 134 of the 137 with
	# codes their reason (Yahoo's 5.7.9 read by its documented case,
	# twice; Exchange Online's 5.7.133 read as its case, the sender
	# rejected, where the label says filtered or securityerror), all 137 their hard or soft, 135
	# their provider (Orange's recipients in a sending service's
	# event).  Measured first at 160, 128, 137 and 131: Orange's
	# "Adresse IP source bloquée", Yahoo's "permanently deferred",
	# Gmail's "missing a valid address in From: header" and "unusual rate
	# of unsolicited" are phrases.  Gmail's 5.7.27 and 5.7.28 and
	# Microsoft 365's "Server busy" 4.7.500 without its AS tag, read by
	# their registry meanings where the words differ from the marker,
	# are now read by the one case of the provider that has the code.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file provider-lines3.tsv --provider
	agrees 0 160 160
	agrees 1 137 134
	agrees 2 137 137
	agrees 3 137 135
}

@test "replies in other languages and the MTAs' own sentences: agreement stays at what was measured" {
	# tests/data/events/mta-lines17.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, all 110 with codes their
	# reason and their hard or soft.  Measured first at 160, 98 and 109:
	# the phrases it showed missing (Portuguese, Polish, Czech, Russian,
	# German, Swedish, Italian and Japanese wordings) were added, and
	# French's "connexion refusée" now yields to the cause after it.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines17.tsv
	agrees 0 160 160
	agrees 1 110 110
	agrees 2 110 110
}

@test "receiving servers' refusals, authentication failures, postscreen and Exim's code-less rejects: agreement stays at what was measured" {
	# tests/data/events/mta-lines18.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, 111 of the 113 with
	# codes their reason (a host name's "unknown-sender" read as words,
	# OpenSMTPD's relay refusal worded as 5.7.1's title) and 111
	# their hard or soft.  Measured first at 160, 104 and 109: Postfix's
	# "Message content rejected" is now the site's policy, NXDOMAIN a
	# weak word, and Sendmail's check_mail ruleset says whose.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines18.tsv
	agrees 0 160 160
	agrees 1 113 111
	agrees 2 113 111
}

@test "sending MTAs' delivery lines, relays' and platforms' records: agreement stays at what was measured" {
	# tests/data/events/mta-lines19.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, all 110 with codes
	# their reason (MailEnable's "554 Transaction failed", 554's own
	# title, names no cause) and all 110 their hard or soft.  Measured first at 159, 106 and 108: a command
	# without arguments before a reply in a column ("DATA 554 ...") now
	# places the reply, and a Go dialer's "connect: connection refused",
	# "Network I/O error", KumoMTA's expiry and German "unzulässigen
	# Anhang" are phrases.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines19.tsv
	agrees 0 160 160
	agrees 1 110 110
	agrees 2 110 110
}

@test "applications' mail errors and receiving servers' refusals: agreement stays at what was measured" {
	# tests/data/events/mta-lines20.tsv: 160 lines labelled without the
	# program; all 160 have exactly their codes, all 108 with codes their
	# reason and their hard or soft.  Measured first at 159, 106 and 108:
	# a code followed by its own name in parentheses (.NET's and
	# MailKit's "StatusCode=550 (MailboxUnavailable)") is a reply code,
	# and PHPMailer's "MAIL FROM command failed", French "adresse de
	# l'expéditeur refusée" and Exchange's "Message submission rate" are
	# phrases.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines20.tsv
	agrees 0 160 160
	agrees 1 108 108
	agrees 2 108 108
}

@test "remote servers' replies in their own words: agreement stays at what was measured" {
	# tests/data/events/mta-lines21.tsv: 120 lines labelled without the
	# program, measured once: all 120 have exactly their codes, 93 of the
	# 95 with codes their reason (FortiGuard's "IP reputation check ...
	# is blacklisted" read as reputation, SMTPUTF8 refused read as the
	# message's content), all 95 their hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines21.tsv
	agrees 0 120 120
	agrees 1 95 93
	agrees 2 95 95
}

@test "newer and less common mail software, set 22: agreement stays at what was measured" {
	# tests/data/events/mta-lines22.tsv: 160 lines of Stalwart, maddy,
	# mox, chasquid, Haraka, OpenSMTPD, KumoMTA, Postal, mailcow,
	# Zimbra, Axigen, Kerio, MDaemon, hMailServer, SmarterMail, IceWarp,
	# Exchange 2019, Microsoft 365 traces, Postfix, Exim and Sendmail,
	# labelled without the program: all 160 have exactly their codes,
	# all 125 with codes their reason and their hard or soft.  Measured
	# first at 157, 122 and 124: mox's "secode=5.1.2" is a key of an
	# enhanced code, "200 OK" after a web request HTTP's, "connection
	# refused by policy" says how, not why (a poor sender reputation
	# after it decides), and "duplicate Message-ID" is a phrase.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines22.tsv
	agrees 0 160 160
	agrees 1 125 125
	agrees 2 125 125
}

@test "qmail, Courier, OpenSMTPD, Haraka and newer servers, set 32: agreement stays at what was measured" {
	# tests/data/events/mta-lines32.tsv: 100 lines of qmail and its
	# add-ons, Courier, OpenSMTPD, Haraka, James, Stalwart, maddy, Postal,
	# IceWarp, mox, Mailcow, Zimbra, Kerio, Axigen, CommuniGate and
	# chasquid, labelled without the program: all 100 have exactly their
	# codes, 70 of the 75 with codes their reason (a qmail 5.3.0 labelled
	# undefined, a relay refused in 5.7.1's registry words, Microsoft's
	# 4.7.650 read as its case, a list's and a domain's sender rules) and
	# all 75 their hard or soft.  Measured first at 99, 66 and 74:
	# qmail's "(#5.1.1_-_chkuser)", its blanks made '_', is a code; a
	# program killed by a signal, mail from a dynamic address, a junk
	# filter and a recipient's rule are phrases.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines32.tsv
	agrees 0 100 100
	agrees 1 75 70
	agrees 2 75 75
}

@test "Exim's own lines in depth, set 29: agreement stays at what was measured" {
	# tests/data/events/mta-lines29.tsv: 100 lines of Exim's mainlog,
	# rejectlog and paniclog under many log selectors, labelled without
	# the program: all 100 have exactly their codes, 69 of the 70 with
	# codes their reason (a 555 5.5.4 refusing SMTPUTF8, read by the
	# option named in the MAIL command before it) and all 70 their hard
	# or soft.  Measured first at 100, 68 and 70: a recipient's mailbox
	# rules are the recipient's filter.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines29.tsv
	agrees 0 100 100
	agrees 1 70 69
	agrees 2 70 70
}

@test "Postfix's daemons in depth, set 30: agreement stays at what was measured" {
	# tests/data/events/mta-lines30.tsv: 100 lines of smtpd, postscreen,
	# cleanup, qmgr, smtp, lmtp, local, virtual, pipe, bounce, verify,
	# anvil and the admin commands, labelled without the program: all 100
	# have exactly their codes, 72 of the 73 with codes their reason
	# (Microsoft's 4.7.650, a rate limit "due to IP reputation", read as
	# its case, the rate) and all 73 their hard or soft.  Measured first
	# at 100, 69 and 73: Postfix's "address verification in progress" is
	# a result still pending, a list closed to outside senders the
	# recipient's filter, a daily quota of messages a rate.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines30.tsv
	agrees 0 100 100
	agrees 1 73 72
	agrees 2 73 73
}

@test "Sendmail's lines in depth, set 31: agreement stays at what was measured" {
	# tests/data/events/mta-lines31.tsv: 100 lines of sm-mta's deliveries,
	# ruleset and milter rejects, AUTH, STARTTLS and daemon messages,
	# labelled without the program: all 100 have exactly their codes,
	# all 69 with codes their reason and their hard or soft, as measured
	# first.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines31.tsv
	agrees 0 100 100
	agrees 1 69 69
	agrees 2 69 69
}

@test "applications' logs about the mail they send, set 2: agreement stays at what was measured" {
	# tests/data/events/applogs2.tsv: 100 lines of web frameworks and
	# applications, job queues and cloud functions, labelled without the
	# program: 99 of 100 have exactly their codes (a background job
	# named '421'), 83 of the 85 with codes their reason (a 552 5.2.3 of
	# an attachment limit read as the registry's limit, a 552 "Message
	# size ... exceeds maximum permitted" as a full mailbox) and all 85
	# their hard or soft.  Measured first at 99, 80 and 85: "Sender
	# address refused" is the sender's, a high volume of junk mail from
	# an IP its reputation, "Invalid parameter" a syntax error.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file applogs2.tsv
	agrees 0 100 99
	agrees 1 85 83
	agrees 2 85 85
}

@test "mailbox-side deliveries and Microsoft's servers, set 27: agreement stays at what was measured" {
	# tests/data/events/mta-lines27.tsv: 100 lines of Dovecot, Cyrus,
	# maildrop and procmail behind Postfix and Exim, Exchange's tracking
	# and protocol logs, Exchange Online's message trace, IIS SMTP,
	# hMailServer and MDaemon, labelled without the program: 99 of 100
	# have exactly their codes (IIS SMTP's "AUTH - 535", where IIS's web
	# log puts a status after a dash that is none), 80 of the 84 with
	# codes their reason (a Sieve rejection's "I unsubscribed", a
	# sender "refused by the recipient's filter rules", Exchange
	# Online's 5.7.133 read as its case) and 83 their hard or soft.
	# Measured first at 99, 77 and 83: Postfix pipe's "Command died with
	# signal", a mailbox that cannot be locked, and a program's name
	# (procmail, "can't create user output file") that yields to the
	# cause after it.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines27.tsv
	agrees 0 100 99
	agrees 1 84 80
	agrees 2 84 83
}

@test "mail log lines as log shippers store them, set 28: agreement stays at what was measured" {
	# tests/data/events/mta-lines28.tsv: 100 lines of Postfix, Exim,
	# Sendmail, OpenSMTPD, Haraka, Dovecot and Stalwart inside Filebeat,
	# journald, Fluent Bit, GELF, Loki, Splunk, CloudWatch, Cloud
	# Logging, CRI and Docker records, labelled without the program: all
	# 100 have exactly their codes, all 79 with codes their reason and
	# their hard or soft.  Measured first at 95, 78 and 78: Stalwart's
	# enhanced code after "ecode = ".
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines28.tsv
	agrees 0 100 100
	agrees 1 79 79
	agrees 2 79 79
}

@test "replies of large mailbox providers, set 5: agreement stays at what was measured" {
	# tests/data/events/provider-lines5.tsv: 100 sending-side lines where
	# Gmail, Microsoft, Yahoo and AOL, iCloud, Comcast, Orange, GMX,
	# web.de, Yandex, Mail.ru, T-Online, Free, SFR, Libero, QQ and Naver
	# answered, labelled without the program: 99 of 100 have exactly
	# their codes (PowerMTA's "2.0.0 (success)" is not taken alone, as a
	# version number would not be), 94 of the 95 with codes their reason
	# (an ESMTP extension list after a reply that names no cause), all 95
	# their hard or soft, 59 their provider (the providers the reference
	# lists no case of are named by none, AOL's by Yahoo's).  Measured
	# first at 98, 89, 92 and 58: a sending service's "smtp" field holds
	# the reply, "pipelining" alone is an extension, not an error, and
	# Gmail's and Yandex's words for TLS and an unknown mailbox, Free's
	# for an IP's spam history are phrases.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file provider-lines5.tsv --provider
	agrees 0 100 99
	agrees 1 95 94
	agrees 2 95 95
	agrees 3 95 59
}

@test "event records of sending services, set 6: agreement stays at what was measured" {
	# tests/data/events/webhooks6.tsv: 100 records of SES, SendGrid,
	# Mailgun, SparkPost, Mandrill, Postmark, Mailjet, Brevo and a dozen
	# more, labelled without the program: all 100 have exactly their
	# codes, 77 of the 80 with codes their reason (Gmail's documented
	# "out of storage space and inactive", Microsoft's 5.7.129 and a
	# 5.2.3 read as their cases and the registry say) and all 80 their
	# hard or soft.  Measured first at 100, 75 and 80: a recipient's
	# filter rule and an unverified sending domain are phrases.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file webhooks6.tsv
	agrees 0 100 100
	agrees 1 80 77
	agrees 2 80 80
}

@test "what mail-sending programs print, set 5: agreement stays at what was measured" {
	# tests/data/events/transcripts5.tsv: 100 lines of SMTP libraries,
	# command-line senders and debug transcripts, labelled without the
	# program: all 100 have exactly their codes, 68 of the 76 with codes
	# their reason (six 334 and 354 replies labelled with none where
	# they are undefined; PHPMailer's "MAIL FROM command failed" before
	# "Client host rejected"; a job given up on after a timeout) and all
	# 76 their hard or soft.  Measured first at 99, 66 and 76: HTTP's
	# reason phrase in parentheses ("422 (Unprocessable Entity)") and a
	# submission quota that is no mailbox's.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file transcripts5.tsv
	agrees 0 100 100
	agrees 1 76 68
	agrees 2 76 76
}

@test "receiving servers about their clients, set 25: agreement stays at what was measured" {
	# tests/data/events/mta-lines25.tsv: 100 lines of Postfix smtpd,
	# cleanup, postscreen and milters, Exchange's receive log, Sendmail,
	# qmail, Exim, OpenSMTPD and Courier, labelled without the program:
	# all 100 have exactly their codes, 83 of the 85 with codes their
	# reason (a connection rate limit read as too many connections, as
	# "connection rate" is; Courier's unknown domain of the sender read
	# as the recipient's) and 84 their hard or soft.  Measured first at
	# 100, 80 and 84: a scanner not responding is the server's trouble,
	# "Invalid command" yields to the STARTTLS it asks for, Sender ID is
	# an authentication check.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines25.tsv
	agrees 0 100 100
	agrees 1 85 83
	agrees 2 85 84
}

@test "hosting and small-company servers' deliveries, set 26: agreement stays at what was measured" {
	# tests/data/events/mta-lines26.tsv: 100 lines of Exim on cPanel and
	# DirectAdmin, Postfix on Plesk and ISPConfig, Sendmail, qmail,
	# SmarterMail, MDaemon, hMailServer, Kerio, Zimbra and Axigen,
	# labelled without the program: all 100 have exactly their codes,
	# all 91 with codes their reason and their hard or soft.  Measured
	# first at 100, 88 and 91: a refused connection said in Spanish
	# before a block list, qmail's "but sender was rejected" before a
	# full disk said in Czech, a message held for inspection.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines26.tsv
	agrees 0 100 100
	agrees 1 91 91
	agrees 2 91 91
}

@test "a week of an ordinary outbound relay, set 24: agreement stays at what was measured" {
	# tests/data/events/mta-lines24.tsv: 160 lines of Postfix, Exim,
	# Sendmail and Exchange delivering to small companies, universities
	# and ISPs, labelled without the program: all 160 have exactly their
	# codes, all 96 with codes their reason and their hard or soft.
	# Measured first at 160, 95 and 96: Exchange's "451 4.4.0 ...
	# responded with 421 4.3.2" is read by the reply it quotes.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines24.tsv
	agrees 0 160 160
	agrees 1 96 96
	agrees 2 96 96
}

@test "receiving servers' refusals, set 23: agreement stays at what was measured" {
	# tests/data/events/mta-lines23.tsv: 100 lines of Postfix smtpd and
	# postscreen, Exim, Sendmail, Exchange, OpenSMTPD and Dovecot,
	# labelled without the program: all 100 have exactly their codes, 67
	# of the 75 with codes their reason (a list's "members only" read as
	# the sender refused, a login mismatch as the sender refused, an
	# invalid address literal in HELO and a reputation list named after
	# "blocked using" read as a block, an alias that failed to expand as
	# a system error, others), all 75 their hard or soft.  Measured first
	# at 100, 67 and 74: a 4xx that quotes a 5xx after it is a soft
	# failure of the line.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file mta-lines23.tsv
	agrees 0 100 100
	agrees 1 75 67
	agrees 2 75 75
}

@test "what mail-sending programs and libraries print, fourth set: agreement stays at what was measured" {
	# tests/data/events/transcripts4.tsv: 160 lines of Go, Python, Java,
	# .NET, MailKit, Node, Ruby, PHP, Symfony, Rust, curl, msmtp, ssmtp,
	# mutt and swaks, labelled without the program: all 160 have exactly
	# their codes, 110 of the 113 with codes their reason (334 and 354,
	# intermediate replies, undefined where the labels say delivered;
	# earlier sets labelled them undefined), all 113 their hard or soft.
	# Measured first at 157, 110 and 113: MailKit's
	# "MailboxUnavailable(550)" names its code, and SMTP has no reply 400
	# to 409 alone ("(code: 401)"), nor one followed by HTTP's phrase
	# ("429 Too Many Requests").
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file transcripts4.tsv
	agrees 0 160 160
	agrees 1 113 110
	agrees 2 113 113
}

@test "event records of sending services, fifth set: agreement stays at what was measured" {
	# tests/data/events/webhooks5.tsv: 140 records of nineteen services
	# labelled without the program: all 140 have exactly their codes,
	# 101 of the 103 with codes their reason (Mailgun's "Too old" after
	# greylisting read as the greylisting; a recipient's personal block
	# list after "Sender denied" read as the sender refused), all 103
	# their hard or soft.  Measured first at 140, 100 and 102: "mailbox
	# is inactive" is a phrase.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file webhooks5.tsv
	agrees 0 140 140
	agrees 1 103 101
	agrees 2 103 103
}

@test "the large providers' replies, fourth set: agreement stays at what was measured" {
	# tests/data/events/provider-lines4.tsv: 160 lines labelled without
	# the program; all 160 have exactly their codes (two labels
	# corrected, that had left out a code of the line), 145 of the 152
	# with codes their reason (Exchange Online's 5.7.133 read as the
	# sender rejected, twice, where the labels say filtered; invented
	# texts under Yahoo's and Outlook.com's markers read by the
	# documented cases; Yahoo's 5.7.9; AOL's "[160]" deferral; Comcast's
	# "blocked this IP for spam" read as spam), all 152
	# their hard or soft, 144 their provider (AOL's replies, from
	# Yahoo's hosts, are read as Yahoo's).  Measured first at 158, 140,
	# 151 and 144: mail a sending service suppressed takes no provider's
	# case, Microsoft's "Server busy. Please try again later from [ip]"
	# is its throttling, "SendAsDeniedException" and "concurrent server
	# connections" are phrases.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file provider-lines4.tsv --provider
	agrees 0 160 160
	agrees 1 152 145
	agrees 2 152 152
	agrees 3 152 144
}

@test "replies in other servers' words: every line has its codes, its reason and its hard or soft" {
	# tests/data/events/wordings.tsv: 199 lines written with the phrases
	# they test (not blind), labelled from data/reasons.txt's meanings.
	# Before those phrases, 195 had their codes ("550 Connections not
	# accepted from ..." was taken for a count, "550 s@example.org ..."
	# for seconds), 82 of the 195 with codes their reason and 145 their
	# hard or soft.
	run -0 python3 "$BATS_TEST_DIRNAME/events-agreement.py" "$ROOT/smtpcode" \
	    --file wordings.tsv
	agrees 0 199 199
	agrees 1 195 195
	agrees 2 195 195
}

@test "a line's verdict: the more severe class, then a pair, then a lone enhanced code over a lone reply code" {
	verdicts() {
		printf '%s\n' "$1" | smtpcode -S --json |
		    jq -r '[.reason, (.codes[] | .code + "=" + .reason)] | join(" ")'
	}
	# A sending service's reply code and enhanced code in two fields:
	# the line is the enhanced code's, whichever comes first.
	run -0 verdicts '{"code":550,"enhanced-code":"5.7.1","message":"Rejected"}'
	[[ "$output" =~ ^([a-z]+)\ 550=([a-z]+)\ 5\.7\.1=([a-z]+)$ ]]
	[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[3]}" ]
	[ "${BASH_REMATCH[2]}" != "${BASH_REMATCH[3]}" ]
	run -0 verdicts '{"enhanced-code":"5.7.1","code":550,"message":"Rejected"}'
	[[ "$output" =~ ^([a-z]+)\ 5\.7\.1=([a-z]+)\ 550=([a-z]+)$ ]]
	[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ]
	# A 5xx over a 4.x.x, and a pair over a lone enhanced code.
	run -0 verdicts '{"enhanced-code":"4.2.2","code":550,"message":"x"}'
	[[ "$output" =~ ^([a-z]+)\ 4\.2\.2=mailboxfull\ 550=([a-z]+)$ ]]
	[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ]
	run -0 verdicts 'status=4.7.1 said: 452 4.2.2 x'
	[[ "$output" =~ ^mailboxfull\  ]]
	# X.0.0 says no more than its class (RFC 3463 3.1): the reply code
	# decides, as where Postfix's dsn= had no enhanced code to copy.
	run -0 verdicts 'dsn=5.0.0, status=bounced (host mx said: 552 sorry)'
	[[ "$output" =~ ^([a-z]+)\ 5\.0\.0=([a-z]+)\ 552=([a-z]+)$ ]]
	[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[3]}" ]
	[ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ]
	run -0 verdicts '{"code":552,"enhanced":"5.0.0"}'
	[[ "$output" =~ ^([a-z]+)\ 552=([a-z]+)\ 5\.0\.0=([a-z]+)$ ]]
	[ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ]
	[ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[3]}" ]
}

@test "lines are passed through unchanged and followed by their codes" {
	in=$'first line\nMay 1 mx postfix/smtp[550]: said: 550 5.1.1 unknown\nlast line'
	run -0 smtpcode <<<"$in"
	[ "${lines[0]}" = "first line" ]
	[ "${lines[1]}" = "May 1 mx postfix/smtp[550]: said: 550 5.1.1 unknown" ]
	# One annotation for the pair, ending with the registry's title.
	title=$(grep '^X\.1\.1	' "$DATA/iana-enhanced.tsv" | cut -f2)
	[[ "${lines[2]}" == "  # 550 5.1.1  "*": $title" ]]
	[ "${lines[3]}" = "last line" ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "without codes the input comes out byte for byte, CRLF and NUL (-a) included" {
	printf 'a\r\nb\rc\nno newline at the end' > "$BATS_TEST_TMPDIR/in"
	run -1 smtpcode -S "$BATS_TEST_TMPDIR/in"
	smtpcode -S "$BATS_TEST_TMPDIR/in" | cmp - "$BATS_TEST_TMPDIR/in"
	printf 'a\r\nb\0c\nno newline at the end' > "$BATS_TEST_TMPDIR/in"
	run -1 smtpcode -a "$BATS_TEST_TMPDIR/in"
	smtpcode -a "$BATS_TEST_TMPDIR/in" | cmp - "$BATS_TEST_TMPDIR/in"
}

@test "exit status as grep: 0 with a code, 1 without" {
	run -0 smtpcode <<<"said: 421 later"
	run -1 smtpcode <<<"nothing to see: pid 550"
	run -1 smtpcode < /dev/null
	[ -z "$output" ]
}

@test "-o writes only the codes, one a line" {
	run -0 smtpcode -o <<<$'said: 550 5.1.1 x\ndsn=4.2.2, stat=x\n<<< 250 ok'
	[ "$output" = $'550\n5.1.1\n4.2.2\n250' ]
	run -0 smtpcode --only-matching <<<"said: 550 5.1.1 x"
	[ "${#lines[@]}" -eq 2 ]
}

@test "-o names the file when there are several" {
	echo 'said: 550 x' > "$BATS_TEST_TMPDIR/a"
	echo 'dsn=4.2.2, x' > "$BATS_TEST_TMPDIR/b"
	run -0 smtpcode -S -o "$BATS_TEST_TMPDIR/a" "$BATS_TEST_TMPDIR/b"
	[ "$output" = "$BATS_TEST_TMPDIR/a:550"$'\n'"$BATS_TEST_TMPDIR/b:4.2.2" ]
}

@test "--summary counts lines per code, largest first" {
	in=$'said: 550 5.1.1 a\nsaid: 550-5.1.1 b 550 5.1.1 c\nsaid: 421 4.7.0 d\nx\nsaid: 550 5.7.1 e'
	run -0 smtpcode --summary --by code <<<"$in"
	[[ "${lines[0]}" == "       3  550    "* ]]
	[[ "${lines[1]}" == "       2  5.1.1  "*": Bad destination mailbox address" ]]
	[ "${lines[5]}" = "total: 5 lines read, 4 with codes" ]
	[ "${#lines[@]}" -eq 6 ]
	run -0 smtpcode --summary --by code --json <<<"$in"
	jq -e '.rows[0] | .code == "550" and .kind == "basic" and .count == 3' <<<"$output"
	jq -e '.rows | map(.count) | add == 8' <<<"$output"
}

@test "--class keeps only lines and codes of those classes" {
	in=$'said: 250 ok\nsaid: 421 later\nplain\nsaid: 550 no'
	run -0 smtpcode --class 4,5 <<<"$in"
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = "said: 421 later" ]
	[[ "${lines[1]}" == "  # 421  "*": "* ]]
	[ "${lines[2]}" = "said: 550 no" ]
	[[ "${lines[3]}" == "  # 550  "*": "* ]]
	run -1 smtpcode -c 3 <<<"$in"
	[ -z "$output" ]
	run -0 smtpcode -c 2 -o <<<"$in"
	[ "$output" = "250" ]
}

@test "--kind keeps only basic or enhanced codes" {
	run -0 smtpcode -o -k enhanced <<<"said: 550 5.1.1 x"
	[ "$output" = "5.1.1" ]
	run -0 smtpcode -o -k basic <<<"said: 550 5.1.1 x"
	[ "$output" = "550" ]
}

@test "JSON Lines: line, file, text and codes with offsets" {
	printf 'x\nsaid: 550 5.1.1 "q"\n' > "$BATS_TEST_TMPDIR/log"
	run -0 smtpcode -S -j "$BATS_TEST_TMPDIR/log"
	jq -e --arg f "$BATS_TEST_TMPDIR/log" '.line == 2 and .file == $f and
	    .text == "said: 550 5.1.1 \"q\"" and (.codes | length) == 2 and
	    .codes[0].code == "550" and .codes[0].offset == 6 and
	    .codes[1].kind == "enhanced" and .codes[1].offset == 10' <<<"$output"
	run -0 smtpcode -j <<<"said: 550 x"
	jq -e 'has("file") | not' <<<"$output"
}

@test "in JSON-escaped text, \\n, \\r and \\t before a code part it from the word before" {
	# RFC 8259 7: \n, \r and \t stand for a line feed, a carriage
	# return and a tab; \q is no escape, so 'q' is a letter before it.
	printf '{"msg":"x\\%s550 5.1.1 y"}\n' n t r q > "$BATS_TEST_TMPDIR/j"
	run -0 smtpcode -o --line-number "$BATS_TEST_TMPDIR/j"
	[ "$output" = $'1:550\n1:5.1.1\n2:550\n2:5.1.1\n3:550\n3:5.1.1' ]
}

@test "JSON stays valid for any bytes: control characters, invalid UTF-8, NUL" {
	printf 'said: 550 \001\033[31m\377\300\200 caf\303\251 \0 end\r\n' |
	    smtpcode -j > "$BATS_TEST_TMPDIR/out"
	jq -e '.text | contains("\u001b[31m") and contains("\ufffd") and
	    contains("café") and contains("\u0000")' "$BATS_TEST_TMPDIR/out"
	head -c 20000 /dev/urandom > "$BATS_TEST_TMPDIR/bin"
	printf '\nsaid: 550 x\n' >> "$BATS_TEST_TMPDIR/bin"
	smtpcode -S -j "$BATS_TEST_TMPDIR/bin" | jq -e . >/dev/null
}

@test "an unreadable FILE is reported by name and the others are read" {
	echo 'said: 550 x' > "$BATS_TEST_TMPDIR/good"
	run -2 --separate-stderr smtpcode -S -o "$BATS_TEST_TMPDIR/missing" "$BATS_TEST_TMPDIR/good"
	[ "$output" = "$BATS_TEST_TMPDIR/good:550" ]
	[[ "$stderr" == *"'$BATS_TEST_TMPDIR/missing'"* ]]
	[[ "$stderr" == *"No such file or directory"* ]]
	run -2 --separate-stderr smtpcode -S "$BATS_TEST_TMPDIR"
	[[ "$stderr" == *"Is a directory"* ]]
}

@test "'-' reads standard input among files" {
	echo 'said: 421 x' > "$BATS_TEST_TMPDIR/f"
	run -0 smtpcode -S -o "$BATS_TEST_TMPDIR/f" - <<<"said: 550 y"
	[ "$output" = "$BATS_TEST_TMPDIR/f:421"$'\n'"(standard input):550" ]
}

@test "options of logs read logs; combined wrongly, they are usage errors" {
	# -o, --summary, -q, -H, --line-number imply -S: the operand is a file.
	run -2 --separate-stderr smtpcode -o 550
	[[ "$stderr" == "smtpcode: '550': No such file or directory" ]]
	run -2 --separate-stderr smtpcode --no-filename 550
	[[ "$stderr" == "smtpcode: '550': No such file or directory" ]]
	run -2 --separate-stderr smtpcode --summary -n MailboxBusy
	[[ "$stderr" == *"usage:"* ]]
	run -2 --separate-stderr smtpcode -l -q
	[[ "$stderr" == *"cannot be combined"* ]]
	run -2 --separate-stderr smtpcode -S -l
	[[ "$stderr" == *"cannot be combined"* ]]
	run -2 --separate-stderr smtpcode -o -j < /dev/null
	[[ "$stderr" == *"cannot be combined"* ]]
	# Each refusal names the two options, or the one that does not fit.
	run -2 --separate-stderr smtpcode -b --search mailbox
	[ "${stderr_lines[0]}" = "smtpcode: --bounce and --search cannot be combined" ]
	run -2 --separate-stderr smtpcode -S --search mailbox
	[ "${stderr_lines[0]}" = "smtpcode: --scan and --search cannot be combined" ]
	run -2 --separate-stderr smtpcode -l --names
	[ "${stderr_lines[0]}" = "smtpcode: --list and --names cannot be combined" ]
	run -2 --separate-stderr smtpcode -b --name MailboxBusy
	[ "${stderr_lines[0]}" = "smtpcode: --name does not apply to --bounce" ]
	run -2 --separate-stderr smtpcode -S --name MailboxBusy
	[ "${stderr_lines[0]}" = "smtpcode: --name does not apply to reading logs" ]
	run -2 --separate-stderr smtpcode -S --summary --by bogus < /dev/null
	[ "${stderr_lines[0]}" = "smtpcode: 'bogus' is not a summary key (code, pair, reason, provider, file)" ]
	[ -z "$output" ]
	# The keys of --bounce alone are none of the logs'.
	for k in domain status; do
		run -2 --separate-stderr smtpcode -S --summary --by "$k" < /dev/null
		[ "${stderr_lines[0]}" = "smtpcode: '$k' is not a summary key (code, pair, reason, provider, file)" ]
	done
}

@test "a line is answered before the next one arrives" {
	fifo="$BATS_TEST_TMPDIR/fifo"
	mkfifo "$fifo"
	smtpcode --line-buffered -o < "$fifo" > "$BATS_TEST_TMPDIR/out" &
	pid=$!
	exec 5> "$fifo"
	echo 'said: 421 later' >&5
	for _ in $(seq 50); do
		[ -s "$BATS_TEST_TMPDIR/out" ] && break
		sleep 0.1
	done
	[ "$(cat "$BATS_TEST_TMPDIR/out")" = 421 ]
	exec 5>&-
	wait "$pid"
}

@test "with --line-buffered every line is passed through before the next one arrives" {
	fifo="$BATS_TEST_TMPDIR/fifo"
	out="$BATS_TEST_TMPDIR/out"
	mkfifo "$fifo"
	smtpcode --line-buffered < "$fifo" > "$out" &
	pid=$!
	exec 5> "$fifo"
	# A line without a code, one with a candidate only, one with a code.
	late=
	for line in 'no code here' 'x 250 y' 'said: 550 gone'; do
		printf '%s\n' "$line" >&5
		for _ in $(seq 50); do
			grep -qxF -- "$line" "$out" && break
			sleep 0.1
		done
		grep -qxF -- "$line" "$out" || late="$late $line;"
	done
	exec 5>&-
	wait "$pid"
	[ -z "$late" ]
	[ "$(head -n 3 "$out")" = $'no code here\nx 250 y\nsaid: 550 gone' ]
	[[ "$(sed -n 4p "$out")" == "  # 550 "* ]]
}

@test "a 100 MB line without a newline is read in constant memory" {
	command -v /usr/bin/time >/dev/null || skip "no /usr/bin/time (Debian package time)"
	run -0 bash -c "{ printf 'said: 550 x '; head -c 100000000 /dev/zero | tr '\\0' a; } |
	    /usr/bin/time -f '%M' smtpcode -o 2>&1"
	[ "${lines[0]}" = 550 ]
	[ "${lines[1]}" -lt 16384 ]
}

@test "a lone CR is part of a line: CR-only input is one line, its codes found" {
	run -0 bash -c "printf 'a\\rsaid: 550 x\\rb\\rsaid: 421 y' | smtpcode -o"
	[ "$output" = $'550\n421' ]
	run -0 bash -c "printf 'a\\rsaid: 550 x\\rb\\rsaid: 421 y' | smtpcode -j"
	[ "$(jq -s 'length' <<<"$output")" -eq 1 ]
	[ "$(jq .line <<<"$output")" -eq 1 ]
	# A reply that starts after a CR is at the start of a line.
	run -0 bash -c "printf 'x\\r550 No such user\\r\\n' | smtpcode -o"
	[ "$output" = 550 ]
}

# The numbers of the lines that carry "said: " in $1, by grep -n and by
# smtpcode --json, each on one line.
grep_lines() {
	grep -an 'said: ' "$1" | cut -d: -f1 | paste -sd' '
}
json_lines() {
	smtpcode -S -j "$1" | jq -r .line | paste -sd' '
}

@test "line numbers count LF only, as grep -n does: LF, CRLF, CR CR LF, CR" {
	f="$BATS_TEST_TMPDIR/log"
	body=('first' 'said: 550 a' '' 'x said: 421 b' 'said: 554 c' 'plain 250 d' 'said: 552 e')
	for end in '\n' '\r\n' '\r\r\n' '\r'; do
		: > "$f"
		for l in "${body[@]}"; do
			printf "%s$end" "$l" >> "$f"
		done
		printf 'said: 551 last\rtail' >> "$f"
		want=$(grep_lines "$f")
		[ -n "$want" ]
		[ "$(json_lines "$f")" = "$want" ] || { echo "ending $end: $want"; return 1; }
	done
	# Mixed endings in one file, and a lone CR inside a line.
	printf 'a\r\nsaid: 550 a\rb\n\r\nsaid: 421 c\r\r\nx\rsaid: 554 d\n' > "$f"
	[ "$(grep_lines "$f")" = "2 4 5" ]
	[ "$(json_lines "$f")" = "2 4 5" ]
}

@test "no code is taken from where a 64 KiB piece of a long line begins" {
	run -1 bash -c "python3 -c \"import sys; sys.stdout.write('x'*65536+'550 OK\\\\n')\" | smtpcode -o"
	[ -z "$output" ]
	run -1 bash -c "python3 -c \"import sys; sys.stdout.write('x'*65536+'550 OK\\\\n')\" | smtpcode --summary"
	[ "$output" = "total: 1 lines read, 0 with codes" ]
	f="$BATS_TEST_TMPDIR/long"
	for n in $(seq 65380 9 65560) 130900 130950 131000; do
		head -c "$n" /dev/zero | tr '\0' x > "$f"
		printf '550 5.1.1 OK\n' >> "$f"
		run -1 smtpcode -S -o "$f"
		[ -z "$output" ] || { echo "at $n: $output"; return 1; }
		head -c "$n" /dev/zero | tr '\0' x > "$f"
		printf ' said: 550 5.1.1 x\n' >> "$f"
		run -0 smtpcode -S -j "$f"
		jq -e --argjson n "$n" '[.codes[] | [.code, .offset]] ==
		    [["550", $n + 7], ["5.1.1", $n + 11]]' <<<"$output" >/dev/null ||
		    { echo "at $n: $output"; return 1; }
	done
}

@test "lines of about 4 KiB, read without noting their places, keep every code" {
	# Past 4 KiB a line's end is looked for by memchr() and the line is
	# scanned whole: codes before, across and after that point, and the
	# line after it, are each where they were written.
	f="$BATS_TEST_TMPDIR/long"
	for n in $(seq 4020 13 4190) 8150 8200; do
		{ printf 'said: 452 4.2.2 a '; head -c "$n" /dev/zero | tr '\0' x
		  printf ' said: 550 5.1.1 x\nsaid: 421 y\n'; } > "$f"
		run -0 smtpcode -S -j "$f"
		jq -s -e --argjson n "$n" 'map({line, codes: [.codes[] |
		    [.code, .offset]]}) == [{line: 1, codes: [["452", 6],
		    ["4.2.2", 10], ["550", $n + 25], ["5.1.1", $n + 29]]},
		    {line: 2, codes: [["421", 6]]}]' <<<"$output" >/dev/null ||
		    { echo "at $n: $output"; return 1; }
		run -0 smtpcode -S --summary "$f"
		[ "${lines[-1]}" = "total: 2 lines read, 2 with codes" ]
	done
}

@test "a large scan into a closed pipe ends at once and quietly" {
	run -0 --separate-stderr bash -c "yes 'said: 550 5.1.1 x' | head -n 300000 |
	    smtpcode | head -n 1"
	[ "$output" = "said: 550 5.1.1 x" ]
	[ -z "$stderr" ]
}

@test "a write error while scanning is reported" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -2 --separate-stderr bash -c "yes 'said: 550 x' | head -n 100000 | smtpcode > /dev/full"
	[[ "$stderr" == "smtpcode: write error: "* ]]
}

@test "a line over 64 KiB: whole in annotate mode, its first 64 KiB with --class" {
	{ printf 'said: 550 x '; head -c 200000 /dev/zero | tr '\0' a; echo; } > "$BATS_TEST_TMPDIR/long"
	smtpcode -S "$BATS_TEST_TMPDIR/long" > "$BATS_TEST_TMPDIR/out"
	[ "$(head -n 1 "$BATS_TEST_TMPDIR/out" | wc -c)" -eq 200013 ]
	[[ "$(sed -n 2p "$BATS_TEST_TMPDIR/out")" == "  # 550  "* ]]
	smtpcode -S -c 5 "$BATS_TEST_TMPDIR/long" > "$BATS_TEST_TMPDIR/out"
	[ "$(head -n 1 "$BATS_TEST_TMPDIR/out" | wc -c)" -eq 65537 ]
	[[ "$(sed -n 2p "$BATS_TEST_TMPDIR/out")" == "  # 550  "* ]]
	run -0 smtpcode -S -j "$BATS_TEST_TMPDIR/long"
	jq -e '(.text | length) == 65536 and .truncated' <<<"$output"
}

@test "--json: records far longer than a write, each valid, the text whole" {
	f="$BATS_TEST_TMPDIR/esc.log"
	# 30000 control bytes, each written as six ("\u0001"), then 20000
	# quotes, each as two: 220 KiB of JSON for one line.
	python3 -c "import sys; sys.stdout.write('said: 550 5.1.1 ' +
	    '\x01' * 30000 + '\"' * 20000 + ' end\n' + 'said: 421 x\n')" > "$f"
	run -0 --separate-stderr smtpcode -S --json "$f"
	[ "${#lines[@]}" -eq 2 ]
	jq -e --arg f "$f" '.file == $f and .line == 1 and
	    (.text | length) == 50020 and (.text | startswith("said: 550 5.1.1 \u0001")) and
	    (.text | endswith("\"\" end")) and ([.codes[].code] == ["550", "5.1.1"]) and
	    (has("truncated") | not)' <<<"${lines[0]}" >/dev/null
	jq -e '.line == 2 and .text == "said: 421 x"' <<<"${lines[1]}" >/dev/null
	[[ "${lines[0]}" == *'"said: 550 5.1.1 \u0001\u0001'* ]]
	[[ "${lines[0]}" == *'\"\"\"\" end"'* ]]
}

@test "--json: file names with a quote, a backslash, a tab, a control byte, invalid UTF-8" {
	cd "$BATS_TEST_TMPDIR"
	for name in 'a"b' 'a\b' $'a\tb' $'a\x01b' $'caf\xe9' $'\xc3\xa9t\xc3\xa9'; do
		printf 'said: 550 x\n' > "$name"
		run -0 --separate-stderr smtpcode -S --json "$name"
		case $name in
		'a"b')		want='"file":"a\"b"' ;;
		'a\b')		want='"file":"a\\b"' ;;
		$'a\tb')	want='"file":"a\tb"' ;;
		$'a\x01b')	want='"file":"a\u0001b"' ;;
		$'caf\xe9')	want=$'"file":"caf\xef\xbf\xbd"' ;;
		*)		want=$'"file":"\xc3\xa9t\xc3\xa9"' ;;
		esac
		[[ "$output" == '{"line":1,'"$want"',"text":"said: 550 x",'* ]] ||
		    { echo "$name: $output"; return 1; }
		jq -e . <<<"$output" >/dev/null
		rm -f -- "$name"
	done
}

@test "--json into a closed pipe ends quietly; into a full disk, exit 2" {
	run -0 --separate-stderr bash -c "yes 'said: 550 5.1.1 x' | head -n 300000 |
	    smtpcode --json | head -n 1"
	[[ "$output" == '{"line":1,"text":"said: 550 5.1.1 x",'* ]]
	jq -e '.line == 1 and [.codes[].offset] == [6, 10]' <<<"$output" >/dev/null
	[ -z "$stderr" ]
	[ -w /dev/full ] || skip "no /dev/full"
	run -2 --separate-stderr bash -c "yes 'said: 550 x' | head -n 100000 | smtpcode --json > /dev/full"
	[[ "$stderr" == "smtpcode: write error: "* ]]
}

@test "a 4xx that quotes a 5xx after it is a soft failure of the line: Postfix's address verification" {
	# RFC 5321 4.2.1: a 4yz reply is a transient failure.  Postfix
	# answers "450 4.1.1 ... unverified address: host ... said: 550
	# 5.1.1 ..." while its probe's 550 stands for the address: the line
	# is soft, the 550 pair hard, the cause an unknown address.
	line='Mar  7 15:02:47 gate postfix/smtpd[11790]: NOQUEUE: reject: RCPT from mx.client.example[198.51.100.42]: 450 4.1.1 <k@example.com>: Recipient address rejected: unverified address: host backend.example.com[192.0.2.5] said: 550 5.1.1 <k@example.com>: no such user here (in reply to RCPT TO command); from=<a@b.example> to=<k@example.com> proto=ESMTP helo=<mx.client.example>'
	run -0 --separate-stderr smtpcode -S --json <<<"$line"
	jq -e '.reason == "userunknown" and .bounce == "soft" and
	    ([.codes[] | select(.code == "450") | .bounce] == ["soft"]) and
	    ([.codes[] | select(.code == "550") | .bounce] == ["hard"])' <<<"$output"
	# The 5xx first, the 4xx quoted after it: the line is hard.
	line='Mar  7 15:02:48 gate postfix/smtp[11791]: 4A2B: to=<k@example.net>, relay=mx.example.net[192.0.2.6]:25, status=bounced (host mx.example.net[192.0.2.6] said: 550 5.1.1 <k@example.net>: no such user here; earlier: 451 4.3.0 try later (in reply to RCPT TO command))'
	run -0 --separate-stderr smtpcode -S --json <<<"$line"
	jq -e '.reason == "userunknown" and .bounce == "hard"' <<<"$output"
	# A 4xx alone stays soft, a 5xx alone hard.
	run -0 --separate-stderr smtpcode -S --json <<<"said: 550 5.1.1 no such user here"
	jq -e '.bounce == "hard"' <<<"$output"
}

@test "the reply a 4xx quotes after \"responded with\", of its class, says why: Exchange's 451 4.4.0" {
	# RFC 3463: X.4.0 is a network or routing failure said in general;
	# X.3.2 a system not accepting network messages.  Exchange wraps the
	# far end's reply in its own 451 4.4.0.
	line='2025-10-09T09:20:13.455Z,192.0.2.60,EX01,,mx.example.net,,Outbound to Internet,SMTP,DEFER,3435,<a@b.example>,81c5,c@example.net,"451 4.4.0 Primary target IP address responded with: ""421 4.3.2 System not accepting network messages."" Attempted failover to alternate host, but that did not succeed.",20480,1'
	run -0 --separate-stderr smtpcode -S --json <<<"$line"
	jq -e '.reason == "systemerror" and .bounce == "soft"' <<<"$output"
	run -0 --separate-stderr smtpcode -S --summary --by reason <<<"$line"
	[[ "${lines[0]}" == *"server error"* ]]
	# Without the words that say it quotes a reply, the first pair stands.
	run -0 --separate-stderr smtpcode -S --json <<<"${line//responded with/gave}"
	jq -e '.reason == "networkerror"' <<<"$output"
}
