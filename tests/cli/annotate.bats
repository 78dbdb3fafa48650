#!/usr/bin/env bats
# What follows each log line with codes: one note per finding (a reply code
# with its enhanced code, or a code alone), leading with what it means; and
# the verdicts that JSON Lines carry.

load test_helper

# The registry's title of an enhanced code's X.Y.Z row.
title() {
	grep "^X\.${1#*.}	" "$DATA/iana-enhanced.tsv" | cut -f2
}

# Whether the reason engine says more than "undefined": tests of reason
# values wait for it.
engine() {
	[ "$(smtpcode -S -j <<<'said: 550 5.1.1 x' | jq -r .reason)" != undefined ]
}

@test "a reply code with its enhanced code is one note, not two" {
	for l in 'said: 550 5.1.1 x' 'said: 550-5.1.1 x' 'Remote_host_said:_550_5.1.1_x' \
	    'reject=550 5.1.1 <a@b>: x' 'said: 550 (5.1.1)'; do
		run -0 smtpcode <<<"$l"
		[ "${#lines[@]}" -eq 2 ] || { echo "$l: $output"; return 1; }
		[[ "${lines[1]}" == "  # 550 5.1.1  "* ]]
	done
}

@test "a longer number after a reply code pairs it with nothing" {
	# 5.1.1234 is no enhanced code (RFC 3463: three parts of 1 to 3
	# digits), so it does not pair 550 with the 5.1.123 said later.
	run -0 smtpcode <<<'said: 550 5.1.1234 x dsn=5.1.123'
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[1]}" == "  # 550  "* ]]
	[[ "${lines[2]}" == "  # 5.1.123  "* ]]
	run -0 smtpcode <<<'said: 550 5.1234.1 x dsn=5.123.1'
	[[ "${lines[1]}" == "  # 550  "* ]]
	run -0 smtpcode <<<'said: 550 5.1.123 x'
	[[ "${lines[1]}" == "  # 550 5.1.123  "* ]]
}

@test "Postfix's dsn= before the reply still makes one pair" {
	l='postfix/smtp[77]: 1A2B: to=<z@y.example>, dsn=5.1.1, status=bounced (host mx.y.example[192.0.2.9] said: 550 5.1.1 <z@y.example>: no such user (in reply to RCPT TO command))'
	run -0 smtpcode <<<"$l"
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[1]}" == "  # 550 5.1.1  "*": $(title 5.1.1)" ]]
	run -0 smtpcode -j <<<"$l"
	jq -e '[.codes[].code] == ["550", "5.1.1"]' <<<"$output"
}

@test "codes apart are notes apart, in the order found" {
	run -0 smtpcode <<<'said: 421 4.7.0 try later; dsn=5.2.2'
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[1]}" == "  # 421 4.7.0  "* ]]
	[[ "${lines[2]}" == "  # 5.2.2  "*": $(title 5.2.2)" ]]
}

@test "a note starts a line of its own, whatever ended the line before" {
	# The line is echoed as it came, then a line feed where it had none.
	for end in '' $'\r' $'\r\n' $'\n'; do
		printf 'said: 550 x%s' "$end" | smtpcode -S > "$BATS_TEST_TMPDIR/out"
		want="said: 550 x$end"
		[[ "$end" == *$'\n' ]] || want+=$'\n'
		head -c "${#want}" "$BATS_TEST_TMPDIR/out" > "$BATS_TEST_TMPDIR/head"
		printf '%s' "$want" | cmp - "$BATS_TEST_TMPDIR/head"
		tail -c +"$((${#want} + 1))" "$BATS_TEST_TMPDIR/out" | grep -q '^  # 550  '
		[ "$(wc -l < "$BATS_TEST_TMPDIR/out")" -eq 2 ]
	done
}

@test "each note: the codes, two spaces, reason, hard or soft, then the meaning" {
	printf '%s\n' 'said: 550 5.1.1 a' 'said: 452 4.2.2 b' 'dsn=5.7.1, x' \
	    'said: 421 later' '<<< 250 2.0.0 Ok' > "$BATS_TEST_TMPDIR/log"
	run -0 smtpcode -S "$BATS_TEST_TMPDIR/log"
	n=0
	for l in "${lines[@]}"; do
		[[ "$l" == "  #"* ]] || continue
		n=$((n + 1))
		[[ "$l" =~ ^"  # "([2-5][0-9][0-9]( [245]\.[0-9]+\.[0-9]+)?|[245]\.[0-9]+\.[0-9]+)"  "[^:]+": ".+$ ]] ||
		    { echo "layout: $l"; return 1; }
	done
	[ "$n" -eq "$(wc -l < "$BATS_TEST_TMPDIR/log")" ]
	# The enhanced code's meaning is the registry's title.
	for c in 5.1.1 4.2.2 5.7.1 2.0.0; do
		[[ "$output" == *"$c  "*": $(title "$c")"* ]] || { echo "$c"; return 1; }
	done
	# A failure says hard or soft, as its JSON says; a success says neither.
	smtpcode -S -j "$BATS_TEST_TMPDIR/log" | jq -r 'select(.bounce != "none") |
	    .codes[0].code + " " + .bounce' > "$BATS_TEST_TMPDIR/b"
	while read -r code b; do
		grep -qE "^  # ${code}[ 0-9.]*  [^:]*, $b: " <<<"$output" || { echo "$code $b"; return 1; }
	done < "$BATS_TEST_TMPDIR/b"
	[[ "${lines[9]}" != *", hard:"* && "${lines[9]}" != *", soft:"* ]]
}

@test "French: the same layout, French words and French meanings" {
	run -0 smtpcode -L fr <<<'said: 550 5.1.1 x'
	[[ "${lines[1]}" =~ ^"  # 550 5.1.1  "[^:]+", rebond " ]]
	[[ "${lines[1]}" == *", rebond définitif : "?* ||
	    "${lines[1]}" == *", rebond temporaire : "?* ]]
	[[ "${lines[1]}" != *"$(title 5.1.1)"* ]]
	run -0 env LANG=fr_FR.UTF-8 smtpcode <<<'said: 421 4.7.0 x'
	[[ "${lines[1]}" == "  # 421 4.7.0  "*", rebond "*" : "* ]]
}

@test "notes colour each code by its class, and only the codes" {
	run -0 smtpcode --color=always <<<'said: 550 5.1.1 x'
	esc=$'\e'
	[[ "${lines[1]}" == "  # ${esc}["*"m550${esc}[0m ${esc}["*"m5.1.1${esc}[0m  "* ]]
	# The echoed line colours its codes and nothing else.
	[ "${lines[0]//${esc}\[1;31m/}" = $'said: 550\e[0m 5.1.1\e[0m x' ]
	# A code that ends the line is coloured too.
	run -0 smtpcode --color=always <<<'x said: 550'
	[ "${lines[0]}" = $'x said: \e[1;31m550\e[0m' ]
	run -0 smtpcode --color=never <<<'said: 550 5.1.1 x'
	[[ "$output" != *"$esc"* ]]
}

@test "-H and --line-number prefix notes as they prefix lines" {
	printf 'x\nsaid: 550 5.1.1 y\n' > "$BATS_TEST_TMPDIR/log"
	run -0 smtpcode -H --line-number "$BATS_TEST_TMPDIR/log"
	n=$(grep -n 550 "$BATS_TEST_TMPDIR/log" | cut -d: -f1)
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[1]}" = "$BATS_TEST_TMPDIR/log:$n:said: 550 5.1.1 y" ]
	[[ "${lines[2]}" == "$BATS_TEST_TMPDIR/log:$n:  # 550 5.1.1  "* ]]
}

@test "JSON Lines: each code has reason, bounce and retry; the line its verdict" {
	printf '%s\n' 'said: 550 5.1.1 a' 'said: 452 4.2.2 b' '<<< 250 2.0.0 Ok' \
	    'said: 250 ok, then said: 550 5.7.1 no' > "$BATS_TEST_TMPDIR/log"
	run -0 smtpcode -S -j "$BATS_TEST_TMPDIR/log"
	[ "${#lines[@]}" -eq 4 ]
	jq -se 'all(.[]; (.reason | type) == "string" and
	    (.bounce | IN("hard", "soft", "none")) and
	    (.provider == null or (.provider | type) == "string") and
	    all(.codes[]; (.reason | type) == "string" and
	    (.bounce | IN("hard", "soft", "none")) and (.retry | type) == "boolean"))' <<<"$output"
	# The two codes of a pair share one verdict.
	jq -se 'all(.[]; .codes[0].reason == .codes[1].reason and
	    .codes[0].bounce == .codes[1].bounce)' <<<"$(sed -n 1,3p <<<"$output")"
	# A success is delivered and no bounce (the reason set's own rule).
	jq -se '.[2] | .reason == "delivered" and .bounce == "none" and
	    (.codes | all(.reason == "delivered" and .retry == false))' <<<"$output"
	# The line is read by its most severe finding: the 550, not the 250.
	jq -se '.[3] | .reason == (.codes[] | select(.code == "5.7.1") | .reason) and
	    .bounce == (.codes[] | select(.code == "550") | .bounce) and .bounce != "none"' <<<"$output"
}

@test "JSON Lines: 5xx over 4xx, a pair over a code alone" {
	run -0 smtpcode -j <<<'said: 421 4.3.2 busy; dsn=5.1.1'
	jq -e '.bounce == (.codes[] | select(.code == "5.1.1") | .bounce) and
	    .reason == (.codes[] | select(.code == "5.1.1") | .reason)' <<<"$output"
}

@test "JSON stays valid with verdicts, for any bytes" {
	printf 'said: 550 5.1.1 \001\377\300 caf\303\251 \0 end\r\n' | smtpcode -j > "$BATS_TEST_TMPDIR/out"
	jq -e '.reason and .codes[0].bounce' "$BATS_TEST_TMPDIR/out"
	{ head -c 20000 /dev/urandom; printf '\nsaid: 550 5.1.1 x\n'; } > "$BATS_TEST_TMPDIR/bin"
	smtpcode -S -j "$BATS_TEST_TMPDIR/bin" | jq -e '.codes | all(has("reason"))' >/dev/null
}

@test "reasons: a bad mailbox is user unknown and hard, a full one soft" {
	engine || skip "the reason engine is a placeholder"
	run -0 smtpcode -j <<<'said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown'
	jq -e '.reason == "userunknown" and .bounce == "hard"' <<<"$output"
	run -0 smtpcode -j <<<'said: 552 5.2.2 <a@b.example>: Mailbox full'
	jq -e '.reason == "mailboxfull" and .bounce == "soft"' <<<"$output"
	# Annotations give the label, not the enum name.
	run -0 smtpcode <<<'said: 550 5.1.1 <a@b.example>: User unknown'
	[[ "${lines[1]}" != *userunknown* && "${lines[1]}" == *", hard: "* ]]
}

@test "reasons: X.3.2 is a server that takes no mail for now, 521 5.3.2 one that takes none" {
	engine || skip "the reason engine is a placeholder"
	# RFC 3463 3.4: shutdown, load or maintenance; RFC 7504: 521 with
	# 5.3.2 for a host that accepts no mail at all.
	[ "$(title 4.3.2)" = "System not accepting network messages" ]
	run -0 smtpcode -j <<<'said: 421 4.3.2 closing'
	jq -e '.reason == "systemerror" and .bounce == "soft"' <<<"$output"
	run -0 smtpcode -j <<<'said: 554 5.3.2 closing'
	jq -e '.reason == "systemerror" and .bounce == "soft"' <<<"$output"
	run -0 smtpcode -j <<<'said: 521 5.3.2 closing'
	jq -e '.reason == "notaccept" and .bounce == "hard"' <<<"$output"
}

@test "reasons: an unknown address after words about the sender is the sender's" {
	engine || skip "the reason engine is a placeholder"
	run -0 smtpcode -j <<<'said: 550 5.1.2 <n@nowhere.example>: Sender address rejected: Domain not found (in reply to MAIL FROM command)'
	jq -e '.reason == "rejected" and .bounce == "soft"' <<<"$output"
	run -0 smtpcode -j <<<'said: 550 5.1.1 <n@b.example>: Sender address rejected: User unknown (in reply to MAIL FROM command)'
	jq -e '.reason == "rejected" and .bounce == "soft"' <<<"$output"
	# The same words about a recipient stay the recipient's.
	run -0 smtpcode -j <<<'said: 550 5.1.2 <n@nowhere.example>: Recipient address rejected: Domain not found'
	jq -e '.reason == "hostunknown" and .bounce == "hard"' <<<"$output"
	run -0 smtpcode -j <<<'said: 550 5.1.1 <n@b.example>: Recipient address rejected: User unknown'
	jq -e '.reason == "userunknown" and .bounce == "hard"' <<<"$output"
}

@test "reasons: Postfix's client prefix lets the words after it decide" {
	engine || skip "the reason engine is a placeholder"
	run -0 smtpcode -j <<<'reject: RCPT from unknown[192.0.2.7]: 450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.7]'
	jq -e '.reason == "requireptr"' <<<"$output"
	run -0 smtpcode -j <<<'reject: RCPT from x[192.0.2.7]: 554 5.7.1 Client host rejected: Access denied'
	jq -e '.reason == "blocked"' <<<"$output"
}

@test "reasons: the header field or body line Postfix's cleanup refuses is the message's, not a cause" {
	engine || skip "the reason engine is a placeholder"
	local head='Nov  4 09:12:40 mx postfix/cleanup[812]: 3F2A1B0C9D: reject:'
	local tail='from unknown[192.0.2.7]; from=<a@b.example> to=<c@d.example> proto=ESMTP helo=<h.b.example>: 5.7.1 Refused by the site policy'
	run -0 smtpcode -j <<<"$head header Subject: Meeting notes $tail"
	plain=$(jq -r .reason <<<"$output")
	# A subject or a body line with words of a cause changes nothing.
	run -0 smtpcode -j <<<"$head header Subject: Your mailbox is full, verify now $tail"
	jq -e --arg r "$plain" '.reason == $r' <<<"$output"
	run -0 smtpcode -j <<<"$head body Your account has been suspended $tail"
	jq -e --arg r "$plain" '.reason == $r' <<<"$output"
	# At the start of the line and with nothing after the sender's
	# bracket, the same.
	run -0 smtpcode -j <<<"reject: header Subject: Your mailbox is full, verify now $tail"
	jq -e --arg r "$plain" '.reason == $r' <<<"$output"
	run -0 smtpcode -j <<<"said: 554 5.7.1 reject: body Your mailbox is full from unknown[192.0.2.7]; from=<"
	jq -e '.reason != "mailboxfull"' <<<"$output"
	# The same words in a reply decide.
	run -0 smtpcode -j <<<'said: 550 5.7.1 Your mailbox is full, verify now'
	jq -e '.reason == "mailboxfull"' <<<"$output"
	[ "$plain" != mailboxfull ]
}

@test "reasons: a key is no phrase: rdns=host.example says nothing of reverse DNS" {
	engine || skip "the reason engine is a placeholder"
	run -0 smtpcode -j <<<'disconnect ip=192.0.2.7 rdns=mail.example.net helo=x lr="550 no mailbox here for <q@b.example>"'
	jq -e '.reason == "userunknown" and .bounce == "hard"' <<<"$output"
	run -0 smtpcode -j <<<'said: 550 reverse DNS lookup failed for 192.0.2.7'
	jq -e '.reason == "requireptr"' <<<"$output"
}

@test "reasons: a failed certificate check is a TLS failure" {
	engine || skip "the reason engine is a placeholder"
	run -0 smtpcode -j <<<'relay=mx.b.example[192.0.2.7]:25, dsn=4.7.5, status=deferred (Server certificate not verified)'
	jq -e '.reason == "failedstarttls" and .bounce == "soft"' <<<"$output"
	run -0 smtpcode -j <<<'relay=mx.b.example[192.0.2.7]:25, dsn=4.7.5, status=deferred (Cannot start TLS: handshake failure)'
	jq -e '.reason == "failedstarttls"' <<<"$output"
}

@test "reasons: a provider's words are found across the lines of a joined reply" {
	engine || skip "the reason engine is a placeholder"
	# Logs join a multi-line reply, each line's prefix kept: the words of
	# data/providers.txt's case run over "552-5.7.0 ".
	grep -q '^gmail	552	5.7.0	content presents a potential security issue	virusdetected	' "$ROOT/data/providers.txt"
	l='said: 552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. 552 5.7.0 https://support.google.com/mail/?p=BlockedMessage x1si2 - gsmtp'
	run -0 smtpcode -j <<<"$l"
	jq -e '.provider == "gmail" and .reason == "virusdetected"' <<<"$output"
	# A number that is no line prefix breaks the words as before, and
	# so does one that is no reply code.
	run -0 smtpcode -j <<<"${l/potential 552-5.7.0 security/potential 5520 security}"
	jq -e '.reason != "virusdetected"' <<<"$output"
	run -0 smtpcode -j <<<"${l/potential 552-5.7.0 security/potential 152-5.7.0 security}"
	jq -e '.reason != "virusdetected"' <<<"$output"
	# Nor is 1.7.0 an enhanced code after the prefix (RFC 3463: class 2,
	# 4 or 5), so it is a word between the two.
	run -0 smtpcode -j <<<"${l/potential 552-5.7.0 security/potential 552-1.7.0 security}"
	jq -e '.reason != "virusdetected"' <<<"$output"
	run -0 smtpcode -j <<<"${l/potential 552-5.7.0 security/potential 552-5.7x0 security}"
	jq -e '.reason != "virusdetected"' <<<"$output"
}

@test "reasons: a provider's case is named, with its meaning in the note" {
	engine || skip "the reason engine is a placeholder"
	l='to=<q@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.5]:25, dsn=5.2.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.5] said: 550-5.2.1 The email account that you tried to reach is inactive.)'
	run -0 smtpcode -j <<<"$l"
	jq -e '.provider == "gmail" and (.codes[0].provider | .id == "gmail" and
	    (.meaning | length) > 0 and (.source | startswith("https://")))' <<<"$output"
	meaning=$(jq -r .codes[0].provider.meaning <<<"$output")
	run -0 smtpcode <<<"$l"
	[[ "${lines[1]}" == "  # 550 5.2.1  "*": $meaning" ]]
}

@test "two cases of one provider with the same codes and reason: each note its own meaning" {
	engine || skip "the reason engine is a placeholder"
	# Gmail's two 421 4.7.0 cases of poor reputation, from providers.txt.
	ip=$(awk -F'\t' '$1 == "gmail" && $2 == 421 && $3 == "4.7.0" &&
	    $4 == "very low reputation of the sending IP" { print $7 }' "$ROOT/data/providers.txt")
	dom=$(awk -F'\t' '$1 == "gmail" && $2 == 421 && $3 == "4.7.0" &&
	    $4 == "very low reputation of the sending domain" { print $7 }' "$ROOT/data/providers.txt")
	[ -n "$ip" ] && [ -n "$dom" ] && [ "$ip" != "$dom" ]
	run -0 smtpcode --color=never < <(printf 'said: 421 4.7.0 %s gsmtp\n' \
	    'very low reputation of the sending IP' \
	    'very low reputation of the sending domain' \
	    'very low reputation of the sending IP')
	[ "${#lines[@]}" -eq 6 ]
	[[ "${lines[1]}" == "  # 421 4.7.0  "*": $ip" ]]
	[[ "${lines[3]}" == "  # 421 4.7.0  "*": $dom" ]]
	[[ "${lines[5]}" == "  # 421 4.7.0  "*": $ip" ]]
}

@test "with colour, the codes are highlighted inside the echoed line itself" {
	run -0 smtpcode --color=always <<<'x said: 550 5.1.1 nope'
	[ "${lines[0]}" = $'x said: \e[1;31m550\e[0m \e[1;31m5.1.1\e[0m nope' ]
	run -0 smtpcode --color=always -c 4 <<<'status=deferred (421 4.7.0 try later)'
	[ "${lines[0]}" = $'status=deferred (\e[1;33m421\e[0m \e[1;33m4.7.0\e[0m try later)' ]
	# Without colour the line is passed through as it was.
	run -0 smtpcode --color=never <<<'x said: 550 5.1.1 nope'
	[ "${lines[0]}" = 'x said: 550 5.1.1 nope' ]
}

# Field f of reason r in data/reasons.txt: 2 retry, 3 label_en, 4 label_fr.
reason_field() {
	awk -F'\t' -v r="$1" -v f="$2" '$1 == r { print $f }' "$ROOT/data/reasons.txt"
}

@test "the same codes with other words: each line keeps its own reason" {
	engine || skip "the reason engine is a placeholder"
	# Each pair comes back after a line that gave it another reason: what
	# was said of one line must not be said again of the next.
	printf '%s\n' \
	    'said: 552 5.2.2 Mailbox full, quota exceeded' \
	    'said: 552 5.2.2 Message size exceeds fixed maximum message size' \
	    'said: 550 5.7.1 Relaying denied' \
	    'said: 550 5.7.1 Message rejected as spam' \
	    'said: 552 5.2.2 Mailbox full, quota exceeded' \
	    'said: 550 5.7.1 Relaying denied' \
	    'said: 552 5.2.2 Message size exceeds fixed maximum message size' \
	    'said: 550 5.7.1 Message rejected as spam' > "$BATS_TEST_TMPDIR/log"
	want=(mailboxfull mesgtoobig norelaying spamdetected mailboxfull
	    norelaying mesgtoobig spamdetected)
	run -0 smtpcode -S -j "$BATS_TEST_TMPDIR/log"
	[ "${#lines[@]}" -eq 8 ]
	for i in "${!want[@]}"; do
		r=${want[$i]}
		[ -n "$(reason_field "$r" 1)" ] || { echo "$r: not in reasons.txt"; return 1; }
		# retry: "yes", "no", or as the class says (4xx yes, 5xx no).
		retry=$(reason_field "$r" 2 | sed 's/yes/true/; s/no/false/; s/class/false/')
		jq -e --arg r "$r" --argjson t "$retry" '.reason == $r and
		    (.codes | length == 2 and all(.reason == $r and .retry == $t))' \
		    <<<"${lines[$i]}" || { echo "line $((i + 1)): ${lines[$i]}"; return 1; }
	done
	# Notes: the label of each line's own reason, in both languages.
	for lang in en fr; do
		col=3
		[ "$lang" = fr ] && col=4
		run -0 smtpcode -L "$lang" -S "$BATS_TEST_TMPDIR/log"
		[ "${#lines[@]}" -eq 16 ]
		for i in "${!want[@]}"; do
			label=$(reason_field "${want[$i]}" "$col")
			[[ "${lines[$((2 * i + 1))]}" == "  # 55"?" 5."?"."?"  $label, "* ]] ||
			    { echo "$lang $i: ${lines[$((2 * i + 1))]}"; return 1; }
		done
	done
}

@test "more distinct codes than are kept: each code is still described as its own" {
	# 5.S.D for 400 pairs of S and D, twice over; the registry says which
	# are registered and their titles (but for a row it leaves untitled).
	awk 'BEGIN { for (k = 0; k < 2; k++) for (s = 0; s < 8; s++)
	    for (d = 0; d < 50; d++) printf "dsn=5.%d.%d, x\n", s, d }' > "$BATS_TEST_TMPDIR/log"
	smtpcode -S -j "$BATS_TEST_TMPDIR/log" | jq -r '[(.text | ltrimstr("dsn=") |
	    rtrimstr(", x")), .codes[0].code, .codes[0].registered,
	    (.codes[0].title_en // "-")] | @tsv' > "$BATS_TEST_TMPDIR/json"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/json")" -eq 800 ]
	awk -F'\t' 'NR == FNR { t[$1] = $2; next }
	    { k = "X." substr($1, 3); reg = (k in t) ? "true" : "false"
	      if ($2 != $1 || $3 != reg ||
	          (reg == "true" && t[k] !~ /^\[/ && $4 != t[k])) {
		print "wrong: " $0; bad = 1 } }
	    END { exit bad }' "$DATA/iana-enhanced.tsv" "$BATS_TEST_TMPDIR/json"
	# Notes: the line's own code, and the registry's title when it has one.
	smtpcode -S "$BATS_TEST_TMPDIR/log" | awk -F'\t' '
	    NR == FNR { t[$1] = $2; next }
	    /^dsn=/ { c = substr($0, 5); sub(/, x$/, "", c); next }
	    { k = "X." substr(c, 3); n++
	      if (index($0, "  # " c "  ") != 1 || ((k in t) && t[k] !~ /^\[/ &&
	          substr($0, length($0) - length(t[k]) + 1) != t[k])) {
		print "wrong: " c ": " $0; bad = 1 } }
	    END { exit bad || n != 800 }' "$DATA/iana-enhanced.tsv" -
}

@test "a reply percent-encoded in a URL or a form body is found and read decoded" {
	# "%20" is a blank (RFC 3986 2.1), "%3B" a ';': the pair after them
	# is found, and its words are read decoded: 5.0.0 says nothing, "user
	# unknown" does.
	run -0 smtpcode <<<'198.51.100.9 - - "GET /hook?reply=550%205.0.0%20user%20unknown HTTP/1.1" 200 2'
	[[ "${lines[1]}" == "  # 550 5.0.0  unknown recipient, hard: "* ]]
	run -0 smtpcode -o <<<'mandrill_events=%5B%7B%22diag%22%3A%22smtp%3B550+5.1.1+no+such+user%22%7D%5D'
	[ "$output" = $'550\n5.1.1' ]
	# A '%' with no two hexadecimal digits after it decodes nothing.
	run -1 smtpcode -o <<<'GET /hook?reply=550%2x5.1.1'
	[ -z "$output" ]
}

@test "a reply whose words IIS joins with + is read as if spaced" {
	# W3C logs of IIS's SMTP service write a blank as '+': the words
	# "Unable to relay" say relaying denied (RFC 5321's 550, 3463's
	# 5.7.1 alone would say the sender is refused).
	run -0 smtpcode <<<'2026-01-05 09:00:00 192.0.2.8 OutboundConnectionResponse SMTPSVC1 MX1 - 25 - - 550+5.7.1+Unable+to+relay+for+a@example.org 0 0 43'
	[[ "${lines[1]}" == "  # 550 5.7.1  relaying denied, soft: "* ]]
	# 5.0.0 says nothing: the words decide.
	run -0 smtpcode <<<'2026-01-05 09:00:00 x OutboundConnectionResponse 550+5.0.0+User+unknown 0'
	[[ "${lines[1]}" == "  # 550 5.0.0  unknown recipient, hard: "* ]]
	# A '+' elsewhere is no blank: the code is not joined to the words.
	run -0 smtpcode <<<'said: 550 5.7.1 Unable+to+relay'
	[[ "${lines[1]}" == "  # 550 5.7.1  sender blocked, soft: "* ]]
}

@test "a last line without a newline and without a code is written as it came, numbered or not" {
	[ "$(printf 'no code here' | smtpcode --line-number | wc -c)" -eq 14 ]
	[ "$(printf 'no code here' | smtpcode -H --line-number | od -An -c | tr -d ' \n' | tail -c 4)" = here ]
	[ "$(printf 'no code here' | smtpcode | wc -c)" -eq 12 ]
}
