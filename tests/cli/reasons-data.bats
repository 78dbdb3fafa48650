#!/usr/bin/env bats
# The labelled set of log lines in tests/data/reasons is well formed:
# known reason names, the bounce rule of its header, providers that the
# lines' own signatures name, and every reason present.

load test_helper

SET="$DATA/reasons"
HOSTS="$ROOT/data/provider-hosts.txt"

REASONS="authfailure badreputation blocked contenterror delivered exceedlimit
expired failedstarttls feedback filtered hasmoved hostunknown mailboxfull
mailererror mesgtoobig networkerror norelaying notaccept notcompliantrfc
onhold policyviolation rejected requireptr securityerror spamdetected speeding
suppressed suspend syntaxerror systemerror systemfull toomanyconn undefined
userunknown virusdetected"

# After "run": a zero status and nothing printed, or show what was printed.
clean() {
	[ "$status" -eq 0 ] && [ -z "$output" ] && return 0
	printf '%s\n' "$output" "status $status"
	return 1
}

@test "reasons set: four fields, known reasons, the bounce rule" {
	run awk -F'\t' -v names="$REASONS" '
	    BEGIN {
		n = split(names, a, /[ \n]+/)
		for (i = 1; i <= n; i++) ok[a[i]] = 1
		split("userunknown hostunknown hasmoved notaccept", h, " ")
		for (i in h) hard[h[i]] = 1
	    }
	    /^#/ { next }
	    NF < 4 { print FILENAME ":" FNR ": " NF " fields"; bad = 1; next }
	    !($1 in ok) { print FILENAME ":" FNR ": reason " $1; bad = 1 }
	    $2 !~ /^(hard|soft|none)$/ { print FILENAME ":" FNR ": bounce " $2; bad = 1 }
	    $2 == "hard" && !($1 in hard) { print FILENAME ":" FNR ": hard " $1; bad = 1 }
	    ($2 == "none") != ($1 == "delivered" || $1 == "feedback") {
		print FILENAME ":" FNR ": none for " $1; bad = 1 }
	    # A bad address that failed for good: 5xx, 5.x.x, or a final word.
	    $1 in hard && $2 == "soft" && $4 !~ /(^|[^0-9.])4[0-9][0-9][ -]|[ =#(]4\.[0-9]+\.[0-9]+|deferral|TempFail|== / {
		print FILENAME ":" FNR ": " $1 " with no temporary code is soft"; bad = 1 }
	    $4 == "" { print FILENAME ":" FNR ": no line"; bad = 1 }
	    END { exit bad }' "$SET"/*.tsv
	clean
}

@test "reasons set: at least 300 lines, every reason three times" {
	run awk -F'\t' -v names="$REASONS" '
	    /^#/ { next }
	    { n++; seen[$1]++ }
	    END {
		if (n < 300) { print n " lines"; bad = 1 }
		k = split(names, a, /[ \n]+/)
		for (i = 1; i <= k; i++)
			if (seen[a[i]] < 3) { print a[i] ": " seen[a[i]] + 0; bad = 1 }
		exit bad
	    }' "$SET"/*.tsv
	clean
}

@test "reasons set: a provider label exactly when the line carries its signature" {
	# Signatures as plain text without case; a recipient domain after "@".
	# As the manual says, host names and suffixes say most, then words
	# of the reply, then a host name in those words and the recipient's
	# domain; of the best kind, the first in the line.
	run awk -F'\t' '
	    FNR == NR {
		if (/^#/) next
		sig[++ns] = tolower($4 == "recipient-domain" ? "@" $5 : $5)
		prov[ns] = $1; known[$1] = 1
		rank[ns] = $4 ~ /^rhost/ ? 4 : $4 == "recipient-domain" || $5 ~ /^[.]/ ? 2 : 3
		next
	    }
	    /^#/ { next }
	    {
		line = tolower($4); found = "-"; best = 0; at = 0
		for (i = 1; i <= ns; i++)
			if ((k = index(line, sig[i])) &&
			    (substr(sig[i], 1, 1) != "@" ||
			    substr(line, k + length(sig[i]), 1) !~ /[a-z0-9.-]/) &&
			    (rank[i] > best || (rank[i] == best && k < at))) {
				found = prov[i]
				best = rank[i]
				at = k
			}
		if ($3 != "-" && !($3 in known)) { print FILENAME ":" FNR ": provider " $3; bad = 1 }
		if (found != $3) { print FILENAME ":" FNR ": labelled " $3 ", signature of " found; bad = 1 }
		if ($3 != "-") np++
		n++
	    }
	    END {
		if (np * 4 < n) { print np " of " n " lines name a provider"; bad = 1 }
		exit bad
	    }' "$HOSTS" "$SET"/*.tsv
	clean
}
