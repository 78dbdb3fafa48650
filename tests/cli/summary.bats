#!/usr/bin/env bats
# --summary: lines counted by key (--by code, pair, reason, provider, file),
# the most frequent first, then the totals; as text and as JSON.

load test_helper

# A log written for these tests: every line with a code has "said: " or
# "dsn=" in it, and no other line does.
setup() {
	A="$BATS_TEST_TMPDIR/a.log"
	B="$BATS_TEST_TMPDIR/b.log"
	cat > "$A" <<-'LOG'
	Nov 2 10:00:01 mx postfix/smtp[101]: 0A1: to=<u1@a.example>, dsn=5.1.1, status=bounced (host mx.a.example[192.0.2.1] said: 550 5.1.1 <u1@a.example>: unknown user (in reply to RCPT TO command))
	Nov 2 10:00:02 mx postfix/qmgr[102]: 0A1: removed
	Nov 2 10:00:03 mx postfix/smtp[103]: 0A2: to=<u2@a.example>, dsn=5.1.1, status=bounced (host mx.a.example[192.0.2.1] said: 550 5.1.1 <u2@a.example>: unknown user (in reply to RCPT TO command))
	Nov 2 10:00:04 mx postfix/smtp[104]: 0A3: to=<u3@b.example>, dsn=4.2.2, status=deferred (host mx.b.example[192.0.2.2] said: 452 4.2.2 over quota (in reply to RCPT TO command))
	Nov 2 10:00:05 mx postfix/smtpd[105]: connect from unknown[192.0.2.3]
	Nov 2 10:00:06 mx postfix/smtp[106]: 0A4: to=<u4@c.example>, dsn=4.4.1, status=deferred (connect to mx.c.example[192.0.2.4]:25: Connection timed out)
	Nov 2 10:00:07 mx postfix/smtp[107]: 0A5: to=<u5@a.example>, dsn=5.1.1, status=bounced (host mx.a.example[192.0.2.1] said: 550 5.1.1 <u5@a.example>: unknown user (in reply to RCPT TO command))
	Nov 2 10:00:08 mx postfix/smtp[108]: 0A6: to=<u6@d.example>, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9F)
	Nov 2 10:00:09 mx postfix/smtp[109]: 0A7: to=<u7@e.example>, dsn=5.7.1, status=bounced (host mx.e.example[192.0.2.5] said: 554 5.7.1 rejected by policy (in reply to end of DATA command))
	LOG
	printf '%s\n' 'plain line' 'said: 421 4.7.0 try later' 'another plain line' > "$B"
}

# The number of lines of f with codes, as these logs write them.
with_codes() {
	grep -cE 'said: |dsn=' "$1"
}

@test "the default key is the pair: one row per reply with its enhanced code" {
	run -0 smtpcode --summary "$A"
	[[ "${lines[0]}" == "$(printf '%8d' "$(grep -c '550 5.1.1' "$A")")  550 5.1.1  "* ]]
	# One row per distinct pair or lone code, then the total line.
	keys=$(grep -oE '([0-9]{3} )?[245]\.[0-9]\.[0-9]' "$A" | sort -u | grep -c ' ')
	lone=$(grep -oE 'dsn=[245]\.[0-9]\.[0-9], status=deferred \(connect' "$A" | sort -u | wc -l)
	[ "${#lines[@]}" -eq $((keys + lone + 1)) ]
	[ "${lines[-1]}" = "total: $(grep -c '' "$A") lines read, $(with_codes "$A") with codes" ]
	[ "$(smtpcode --summary --by pair "$A")" = "$output" ]
}

@test "a pair is a pair even when its enhanced code came earlier in the line" {
	# The second 5.1.1 is the same code as the first, kept once; the
	# reply code before it still makes a pair with it, whatever the
	# separator between them.
	for sep in ' ' '-' '_' $'\t' ' #' '__'; do
		run -0 smtpcode --summary -j <<<"said: 5.1.1 x; said: 550${sep}5.1.1 y"
		jq -e '.rows | length == 1 and .[0].basic == "550" and .[0].enhanced == "5.1.1"' <<<"$output"
	done
}

@test "rows come most frequent first" {
	run -0 smtpcode --summary -j "$A"
	jq -e '[.rows[].count] == ([.rows[].count] | sort | reverse)' <<<"$output"
	run -0 smtpcode --summary --by code -j "$A"
	jq -e '[.rows[].count] == ([.rows[].count] | sort | reverse)' <<<"$output"
}

@test "--by code: each code alone, counted against grep" {
	run -0 smtpcode --summary --by code -j "$A"
	for c in 550 452 554 250; do
		want=$(grep -cE "(said: |\\()$c " "$A")
		jq -e --arg c "$c" --argjson n "$want" '.rows[] | select(.code == $c) |
		    .count == $n and .kind == "basic"' <<<"$output" || { echo "$c"; return 1; }
	done
	for c in 5.1.1 4.2.2 4.4.1 5.7.1 2.0.0; do
		want=$(grep -c "dsn=$c" "$A")
		jq -e --arg c "$c" --argjson n "$want" '.rows[] | select(.code == $c) |
		    .count == $n and .kind == "enhanced"' <<<"$output" || { echo "$c"; return 1; }
	done
	run -0 smtpcode --summary --by=code "$A"
	[[ "${lines[0]}" == "$(printf '%8d' "$(grep -c 'said: 550 ' "$A")")  550    "* ]]
}

@test "--by pair in JSON: the pair, its two codes, the count and what it means" {
	run -0 smtpcode --summary --by pair -j "$A"
	jq -e --argjson n "$(grep -c '550 5.1.1' "$A")" '.by == "pair" and
	    (.rows[0] | .pair == "550 5.1.1" and .basic == "550" and
	    .enhanced == "5.1.1" and .count == $n and (.reason | type) == "string" and
	    (.bounce | IN("hard", "soft", "none")) and (.retry | type) == "boolean" and
	    .meaning == "Bad destination mailbox address")' <<<"$output"
	# A code without its pair is a key of its own.
	jq -e '.rows[] | select(.pair == "4.4.1") | .basic == null and .count == 1' <<<"$output"
}

@test "--by reason: one count per line with codes" {
	run -0 smtpcode --summary --by reason -j "$A" "$B"
	with=$(( $(with_codes "$A") + $(with_codes "$B") ))
	jq -e --argjson n "$with" '.by == "reason" and ([.rows[].count] | add) == $n and
	    .total.with_codes == $n' <<<"$output"
	# Keys are reason names, each once, with a label and a meaning.
	names='authfailure badreputation blocked contenterror delivered exceedlimit expired failedstarttls feedback filtered hasmoved hostunknown mailboxfull mailererror mesgtoobig networkerror norelaying notaccept notcompliantrfc onhold policyviolation rejected requireptr securityerror spamdetected speeding suppressed suspend syntaxerror systemerror systemfull toomanyconn undefined userunknown virusdetected'
	jq -e --arg names "$names" '($names | split(" ")) as $ok |
	    all(.rows[]; .reason as $r | ($ok | index($r)) != null and
	    (.label | length) > 0 and (.meaning | length) > 0) and
	    ([.rows[].reason] | length) == ([.rows[].reason] | unique | length)' <<<"$output"
	run -0 smtpcode --summary --by reason "$A" "$B"
	[ "${lines[-1]}" = "total: $(cat "$A" "$B" | grep -c '') lines read, $with with codes" ]
}

@test "--by provider: one count per line with codes, '-' where none is known" {
	run -0 smtpcode --summary --by provider -j "$A"
	jq -e --argjson n "$(with_codes "$A")" '.by == "provider" and
	    ([.rows[].count] | add) == $n and
	    all(.rows[]; .provider == null or (.provider | type) == "string")' <<<"$output"
	# None of these hosts is a provider's.
	jq -e '.rows == [{"provider": null, "count": .total.with_codes, "name": null}]' <<<"$output"
	run -0 smtpcode --summary --by provider "$A"
	[[ "${lines[0]}" == *"  -  no provider recognised" ]]
	# Equal counts: by provider id, the unknown last; else by count.
	g='said: 550 5.1.1 The email account that you tried to reach does not exist. - gsmtp'
	y='said: 421 4.7.0 [TSS04] deferred, see https://postmaster.yahooinc.com/error-codes'
	printf '%s\n' 'said: 550 5.1.1 nobody' "$y" "$g" > "$BATS_TEST_TMPDIR/p"
	run -0 smtpcode --summary --by provider -j "$BATS_TEST_TMPDIR/p"
	jq -e '[.rows[] | [.provider, .count]] == [["gmail", 1], ["yahoo", 1], [null, 1]]' <<<"$output"
	printf '%s\n' "$y" 'said: 550 5.1.1 nobody' 'said: 550 5.1.1 nobody' "$y" "$g" > "$BATS_TEST_TMPDIR/p"
	run -0 smtpcode --summary --by provider -j "$BATS_TEST_TMPDIR/p"
	jq -e '[.rows[] | [.provider, .count]] == [["yahoo", 2], [null, 2], ["gmail", 1]]' <<<"$output"
	# A provider's host names it though no case of its fits the reply.
	h=$(awk -F'\t' '$1 == "outlookcom" && $4 == "rhost" { print $5; exit }' "$ROOT/data/provider-hosts.txt")
	[ -n "$h" ]
	l="to=<a@b.example>, relay=${h}[192.0.2.9]:25, dsn=5.0.0, status=bounced (host ${h}[192.0.2.9] said: 550 5.0.0 no thanks)"
	run -0 smtpcode --summary --by provider -j <<<"$l"
	jq -e '[.rows[] | [.provider, .count]] == [["outlookcom", 1]]' <<<"$output"
	run -0 smtpcode -j <<<"$l"
	jq -e '.provider == "outlookcom" and all(.codes[]; .provider == null)' <<<"$output"
}

@test "--by provider and --json: mail a provider's host took is counted as that provider's" {
	# Every provider whose exact host names data/provider-hosts.txt
	# lists: a delivery there is the provider's, as a failure would be.
	awk -F'\t' '$4 == "rhost" && !seen[$1]++ { print $1 "\t" $5 }' \
	    "$ROOT/data/provider-hosts.txt" > "$BATS_TEST_TMPDIR/hosts"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/hosts")" -ge 3 ]
	while IFS="$(printf '\t')" read -r p h; do
		l="to=<a@b.example>, relay=${h}[192.0.2.9]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4F2A)"
		run -0 smtpcode -j <<<"$l"
		jq -e --arg p "$p" '.provider == $p and .reason == "delivered" and
		    .bounce == "none" and all(.codes[]; .provider == null)' <<<"$output"
		run -0 smtpcode --summary --by provider -j <<<"$l"
		jq -e --arg p "$p" '[.rows[] | [.provider, .count]] == [[$p, 1]]' <<<"$output"
		# Counted by code, as any delivery.
		run -0 smtpcode --summary -j <<<"$l"
		jq -e '.total.with_codes == 1' <<<"$output"
	done < "$BATS_TEST_TMPDIR/hosts"
	# A host of no provider's: none.
	run -0 smtpcode -j <<<'relay=mx.b.example[192.0.2.9]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)'
	jq -e '.provider == null' <<<"$output"
}

@test "--by file: per file, lines with codes and lines read, in the order given" {
	run -0 smtpcode --summary --by file -j "$B" "$A"
	jq -e --arg a "$A" --arg b "$B" --argjson la "$(grep -c '' "$A")" \
	    --argjson lb "$(grep -c '' "$B")" --argjson ca "$(with_codes "$A")" \
	    --argjson cb "$(with_codes "$B")" '.rows == [
	    {"file": $b, "count": $cb, "lines": $lb},
	    {"file": $a, "count": $ca, "lines": $la}] and
	    .total.lines == $la + $lb and .total.with_codes == $ca + $cb' <<<"$output"
	run -0 smtpcode --summary --by file "$A"
	[[ "${lines[0]}" == "$(printf '%8d' "$(with_codes "$A")")  $A  $(wc -l < "$A") lines read" ]]
	run -0 smtpcode --summary --by file - < "$B"
	[[ "${lines[0]}" == *"  (standard input)  3 lines read" ]]
}

@test "a file without codes or without lines still has its row" {
	: > "$BATS_TEST_TMPDIR/empty"
	run -0 smtpcode --summary --by file -j "$BATS_TEST_TMPDIR/empty" "$B"
	jq -e '.rows[0] | .count == 0 and .lines == 0' <<<"$output"
}

@test "the totals: lines read and lines with codes, in both languages" {
	run -0 smtpcode --summary -j "$A" "$B"
	jq -e --argjson l "$(cat "$A" "$B" | grep -c '')" \
	    --argjson w "$(cat "$A" "$B" | grep -cE 'said: |dsn=')" \
	    '.total == {"lines": $l, "with_codes": $w, "not_counted": 0}' <<<"$output"
	run -0 smtpcode -L fr --summary "$A"
	[ "${lines[-1]}" = "total : $(grep -c '' "$A") lignes lues, $(with_codes "$A") avec des codes" ]
	run -1 smtpcode --summary < /dev/null
	[ "$output" = "total: 0 lines read, 0 with codes" ]
}

@test "French rows: the same layout, French words" {
	run -0 smtpcode -L fr --summary "$A"
	[[ "${lines[0]}" =~ ^" "+[0-9]+"  550 5.1.1  "[^:]+", rebond " ]]
	run -0 smtpcode -L fr --summary --by provider "$A"
	[[ "${lines[0]}" == *"  -  aucun fournisseur reconnu" ]]
	run -0 smtpcode -L fr --summary --by file "$A"
	[[ "${lines[0]}" == *"  $(grep -c '' "$A") lignes lues" ]]
	# Accented labels take one column a letter: the meanings line up
	# two columns after the longest label, "destinataire inconnu".
	printf 'said: %s x\n' '550 5.1.1' '452 4.2.2' '250' > "$BATS_TEST_TMPDIR/fr"
	run -0 env LC_ALL=C.UTF-8 smtpcode -L fr --summary --by reason "$BATS_TEST_TMPDIR/fr"
	[ "${#lines[@]}" -eq 4 ]
	for line in "${lines[@]:0:3}"; do
		# "       1  " then 20 columns of label, then 2 of space.
		# shellcheck disable=SC2016
		LC_ALL=C.UTF-8 bash -c '[ "${1:30:2}" = "  " ] && [ "${1:32:1}" != " " ]' _ "$line"
	done
	[[ "${lines[*]}" == *"boîte pleine "* && "${lines[*]}" == *"distribué "* ]]
}

@test "text and JSON rows agree, key by key" {
	for by in code pair reason provider file; do
		t=$(smtpcode --summary --by "$by" "$A" "$B" | sed '$d' | wc -l)
		j=$(smtpcode --summary --by "$by" -j "$A" "$B" | jq '.rows | length')
		[ "$t" -eq "$j" ] || { echo "$by: $t $j"; return 1; }
		smtpcode --summary --by "$by" -j "$A" "$B" |
		    jq -e --arg by "$by" '.by == $by and all(.rows[]; has($by) and has("count"))' >/dev/null
	done
}

@test "--by needs --summary and a known key" {
	run -2 --separate-stderr smtpcode --by pair "$A"
	[[ "$stderr" == *"--by goes with --summary"* ]]
	run -2 --separate-stderr smtpcode --summary --by colour "$A"
	[[ "$stderr" == "smtpcode: 'colour' is not a summary key (code, pair, reason, provider, file)"* ]]
	run -2 --separate-stderr smtpcode --summary --by '' "$A"
	run -2 --separate-stderr smtpcode --summary --by "$(head -c 5000 /dev/zero | tr '\0' x)" "$A"
	run -2 --separate-stderr smtpcode --summary --by
	[[ "$stderr" == *"needs a value"* ]]
}

@test "--class and --kind choose what is counted" {
	run -0 smtpcode --summary --class 4 -j "$A"
	jq -e --argjson n "$(grep -c 'status=deferred' "$A")" '.total.with_codes == $n and
	    all(.rows[]; .pair | startswith("4"))' <<<"$output"
	run -0 smtpcode --summary --kind enhanced -j "$A"
	jq -e --argjson n "$(grep -c 'dsn=' "$A")" '([.rows[].count] | add) == $n and
	    all(.rows[]; .basic == null)' <<<"$output"
}

@test "many distinct keys: memory grows with them, and stops at 65536 rows" {
	# 70000 distinct pairs: reply codes 500..559 by enhanced 5.0.0 to 5.7.999.
	awk 'BEGIN { for (i = 0; i < 70000; i++)
		printf "said: %d 5.%d.%d x\n", 500 + i % 60, int(i / 60) % 8, int(i / 480) }' \
	    > "$BATS_TEST_TMPDIR/many"
	[ "$(sort -u "$BATS_TEST_TMPDIR/many" | wc -l)" -eq 70000 ]
	run -0 smtpcode --summary -j "$BATS_TEST_TMPDIR/many"
	jq -e '(.rows | length) == 65536 and .total.not_counted == 70000 - 65536 and
	    .total.with_codes == 70000 and all(.rows[]; .count == 1)' <<<"$output"
	run -0 smtpcode --summary "$BATS_TEST_TMPDIR/many"
	[[ "${lines[-1]}" == "total: 70000 lines read, 70000 with codes, 4464 not counted: too many keys" ]]
}

@test "keys seen again after the table has grown are counted on their own row" {
	# 3000 distinct pairs, then the same 3000 again.
	awk 'BEGIN { for (k = 0; k < 2; k++) for (i = 0; i < 3000; i++)
		printf "said: %d 5.%d.%d x\n", 500 + i % 60, int(i / 60) % 8, int(i / 480) }' \
	    > "$BATS_TEST_TMPDIR/twice"
	run -0 smtpcode --summary -j "$BATS_TEST_TMPDIR/twice"
	jq -e '(.rows | length) == 3000 and all(.rows[]; .count == 2) and
	    ([.rows[].pair] | unique | length) == 3000' <<<"$output"
}

@test "bad input: NUL, binary, CRLF, invalid UTF-8 and long lines are counted, never fatal" {
	printf 'said: 550 5.1.1 \0x\r\nsaid: 421 4.7.0 \377\300\r\nplain\r\n' > "$BATS_TEST_TMPDIR/crlf"
	run -0 smtpcode --summary -j "$BATS_TEST_TMPDIR/crlf"
	jq -e '.total.lines == 3 and .total.with_codes == 2' <<<"$output"
	{ head -c 30000 /dev/urandom; printf '\nsaid: 550 5.1.1 x\n'; } > "$BATS_TEST_TMPDIR/bin"
	for by in code pair reason provider file; do
		smtpcode --summary --by "$by" -j "$BATS_TEST_TMPDIR/bin" | jq -e .total >/dev/null ||
		    { echo "$by"; return 1; }
	done
	{ printf 'said: 550 5.1.1 '; head -c 300000 /dev/zero | tr '\0' a; echo; } > "$BATS_TEST_TMPDIR/long"
	run -0 smtpcode --summary --by reason -j "$BATS_TEST_TMPDIR/long"
	jq -e '.total.lines == 1 and .total.with_codes == 1' <<<"$output"
}

@test "every key runs clean under memcheck, file names freed" {
	command -v valgrind >/dev/null || skip "valgrind not installed"
	nm "$ROOT/smtpcode" 2>/dev/null | grep -q __asan_init && skip "AddressSanitizer build"
	for by in code pair reason provider file; do
		run -0 valgrind -q --error-exitcode=99 --leak-check=full \
		    --errors-for-leak-kinds=all "$ROOT/smtpcode" --summary --by "$by" -j "$A" "$B" -
	done
}

@test "a pair whose enhanced code came first is one pair, however far into a long line" {
	# dsn=2.0.0 comes before "250 2.0.0", past the first 64 KiB that
	# are kept of a line: still one pair, 250 2.0.0, as on a short line.
	for pad in 10 70000; do
		run -0 smtpcode --summary < <(printf '%*s dsn=2.0.0, status=sent (250 2.0.0 Ok)\n' "$pad" x)
		[[ "${lines[0]}" =~ ^\ +1\ +250\ 2\.0\.0\ + ]]
		[ "${#lines[@]}" -eq 2 ]
	done
}
