#!/bin/sh
# Check expected.tsv itself: its columns and values, the rule that ties
# bounce and retry to reason, status and reply code, and that every message
# file of the corpus is described and every described file exists.
#
# Usage: check-expected.sh [TSV]   (default: expected.tsv beside this script;
# file names are always read relative to this script's directory)
set -u

dir=$(cd "$(dirname "$0")" && pwd)
tsv=${1:-$dir/expected.tsv}
me=check-expected.sh
status=0

fail() {
	echo "$me: $*" >&2
	status=1
}

[ -r "$tsv" ] || { fail "cannot read '$tsv'"; exit 1; }
tmp=${TMPDIR:-/tmp}/check-expected.$$
trap 'rm -f "$tmp".*' EXIT

# The rows themselves.
awk -F '\t' -v me="$me" -v tsv="$tsv" '
function err(msg) {
	printf "%s: %s:%d: %s\n", me, tsv, NR, msg > "/dev/stderr"
	bad = 1
}
BEGIN {
	header = "file\tindex\tkind\trecipient\taction\tstatus\treply_code\treason\tbounce\tretry\tremote_mta\treporting_mta\toriginal_message_id\tprovider\tdiagnostic_contains"
	n = split("authfailure badreputation blocked contenterror exceedlimit expired failedstarttls feedback filtered hasmoved hostunknown mailboxfull mailererror mesgtoobig networkerror norelaying notaccept notcompliantrfc onhold policyviolation rejected requireptr securityerror spamdetected speeding suppressed suspend syntaxerror systemerror systemfull toomanyconn userunknown vacation virusdetected undefined delivered", r, " ")
	for (i = 1; i <= n; i++)
		reason[r[i]] = 1
	split("userunknown hostunknown hasmoved notaccept", r, " ")
	for (i in r)
		hard[r[i]] = 1
	split("gmail microsoft365 outlookcom yahoo icloud comcast orange -", r, " ")
	for (i in r)
		provider[r[i]] = 1
	split("failed delayed relayed delivered expanded", r, " ")
	for (i in r)
		action[r[i]] = 1
}
NR == 1 {
	if ($0 != header)
		err("the header line is not the 15 expected column names")
	next
}
{
	if (NF != 15) {
		err("has " NF " columns, not 15")
		next
	}
	for (i = 1; i <= 15; i++)
		if ($i == "" || $i ~ /^[ ]|[ ]$/)
			err("column " i " is empty or has spaces around it")
	file = $1; idx = $2; kind = $3; rcpt = $4; act = $5; st = $6
	reply = $7; why = $8; b = $9; retry = $10; rmta = $11; rep = $12
	mid = $13; prov = $14; diag = $15

	if (idx !~ /^[1-9][0-9]*$/)
		err("index \"" idx "\" is not a positive number")
	else if (file !~ /\.mbox$/ && idx != 1)
		err("index " idx " in a file that holds one message")
	key = file "\t" idx "\t" rcpt
	if (rcpt != "-" && key in seen)
		err("the same recipient twice for one message")
	seen[key] = 1

	if (kind == "none") {
		if (rcpt act st reply why rmta rep mid prov diag != "----------" ||
		    b != "none" || retry != "no")
			err("a row of kind none has values other than -, none and no")
		next
	}
	if (kind != "bounce" && kind != "autoreply" && kind != "feedback") {
		err("kind \"" kind "\" is not bounce, autoreply, feedback or none")
		next
	}
	if (rcpt != "-" && rcpt !~ /^[^@ A-Z]+@[a-z0-9.-]+\.[a-z]+$/)
		err("recipient \"" rcpt "\" is not a lowercased address")
	if (st != "-" && st !~ /^[245]\.[0-9]([0-9]?[0-9])?\.[0-9]([0-9]?[0-9])?$/)
		err("status \"" st "\" is not an enhanced status code")
	if (reply != "-" && reply !~ /^[2-5][0-5][0-9]$/)
		err("reply_code \"" reply "\" is not a reply code")
	for (i = 11; i <= 12; i++)
		if ($i != "-" && ($i !~ /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/ || $i ~ /\.\./))
			err("host \"" $i "\" is not a lowercased host name without dns;")
	if (mid != "-" && mid !~ /^<[^<> \t]+@[^<> \t]+>$/)
		err("original_message_id \"" mid "\" is not <local@domain>")
	if (!(prov in provider))
		err("provider \"" prov "\" is not one of the known providers")
	if (retry != "yes" && retry != "no")
		err("retry \"" retry "\" is not yes or no")

	if (kind != "bounce") {
		if (act st reply != "---" || b != "none" || retry != "no")
			err("an " kind " row has an action, status or code")
		if (why != (kind == "autoreply" ? "vacation" : "feedback"))
			err("an " kind " row has the reason " why)
		if (kind == "autoreply" && rcpt == "-")
			err("an autoreply row names no recipient")
		next
	}

	if (rcpt == "-")
		err("a bounce row names no recipient")
	if (!(act in action))
		err("action \"" act "\" is not failed, delayed, relayed, delivered or expanded")
	if (!(why in reason) || why == "feedback" || why == "vacation")
		err("reason \"" why "\" is not a bounce reason")
	success = act == "delivered" || act == "relayed" || act == "expanded"
	if (success != (why == "delivered"))
		err("reason delivered goes with delivered, relayed and expanded, and only with them")
	if (success && st != "-" && st !~ /^2\./)
		err("a success with status " st)
	if (act == "failed" && st ~ /^2\./)
		err("a failure with status " st)
	if (act == "delayed" && st ~ /^[25]\./)
		err("a delay with status " st)

	five = st ~ /^5\./ || reply ~ /^5/
	if (success && b != "none")
		err("a success must have bounce none")
	if (!success && b != "hard" && b != "soft")
		err("a failure or delay must have bounce hard or soft")
	if (b == "hard" && !((why in hard) && five))
		err("hard needs userunknown, hostunknown, hasmoved or notaccept and a 5.x.x status or 5xx reply")
	if (act == "failed" && b == "soft" && (why in hard) && five)
		err("a failed " why " with a permanent code must be hard")
	if (b == "hard" && retry != "no")
		err("a hard bounce cannot be helped by waiting: retry must be no")
	if (success && retry != "no")
		err("a success has nothing to retry")
}
END { exit bad }
' "$tsv" || status=1

# Every file named exists; every message file present is named.
tail -n +2 "$tsv" | cut -f1 | sort -u > "$tmp.named"
(cd "$dir" && find . -type f \( -name '*.eml' -o -name '*.mbox' -o \
    -path './maildir/cur/*' -o -path './maildir/new/*' \) ! -name '.*' |
    sed 's|^\./||' | sort) > "$tmp.present"
while IFS= read -r f; do
	[ -f "$dir/$f" ] || fail "$f: named in the table but not found"
done < "$tmp.named"
comm -13 "$tmp.named" "$tmp.present" |
while IFS= read -r f; do
	echo "$me: $f: a message file with no row in the table" >&2
	echo x
done | grep -q x && status=1

# An mbox has one index per 'From ' line, 1 to n, none missing; a file
# named .mbox that does not start with one is a single message.
grep '\.mbox$' "$tmp.named" > "$tmp.mbox"
while IFS= read -r f; do
	[ -f "$dir/$f" ] || continue
	if awk 'NR == 1 { ok = /^From /; exit } END { exit !ok }' "$dir/$f"; then
		n=$(grep -c '^From ' "$dir/$f")
	else
		n=1
	fi
	got=$(awk -F '\t' -v f="$f" '$1 == f { print $2 }' "$tsv" | sort -un |
	    awk 'BEGIN { k = 0 } { if ($1 != ++k) bad = 1 } END { print bad ? -1 : k }')
	[ "$got" = "$n" ] || fail "$f: $n messages, but rows for indexes 1 to $got"
done < "$tmp.mbox"

exit "$status"
