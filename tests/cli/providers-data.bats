#!/usr/bin/env bats
# data/providers.txt and data/provider-hosts.txt against the reference lists
# of provider cases kept beside the checkout, read with awk alone.

load test_helper

PROVIDERS="$ROOT/data/providers.txt"
HOSTS="$ROOT/data/provider-hosts.txt"
REF="$BATS_TEST_DIRNAME/../../../shared/reference"

# sisimai's reason names, and "delivered" for 2xx.
REASONS="authfailure badreputation blocked contenterror delivered exceedlimit
expired failedstarttls feedback filtered hasmoved hostunknown mailboxfull
mailererror mesgtoobig networkerror norelaying notaccept notcompliantrfc
onhold policyviolation rejected requireptr securityerror spamdetected speeding
suppressed suspend syntaxerror systemerror systemfull toomanyconn undefined
userunknown virusdetected"

need_reference() {
	if ! [ -r "$REF/providers.tsv" ] || ! [ -r "$REF/provider-hosts.tsv" ]; then
		skip "optional: compares the provider data with the reference lists providers.tsv and provider-hosts.tsv, not found in $REF"
	fi
}

# After "run": a zero status and nothing printed, or show what was printed.
clean() {
	[ "$status" -eq 0 ] && [ -z "$output" ] && return 0
	printf '%s\n' "$output" "status $status"
	return 1
}

# The data rows, comment lines left out.
rows() {
	grep -v '^#' "$1"
}

@test "providers.txt: eleven fields a row, none empty where a value is due" {
	run awk -F'\t' '
	    /^#/ { next }
	    NF != 11 { print FILENAME ":" NR ": " NF " fields"; bad = 1; next }
	    $1 == "" || $5 == "" || $7 == "" || $8 == "" || $9 == "" ||
	    $10 == "" || $11 == "" { print FILENAME ":" NR ": empty field"; bad = 1 }
	    $6 != "yes" && $6 != "no" { print FILENAME ":" NR ": retry " $6; bad = 1 }
	    $2 != "" && $2 !~ /^[2-5][0-5][0-9]$/ { print NR ": reply " $2; bad = 1 }
	    $3 != "" && $3 !~ /^[245]\.[0-9]+\.[0-9]+(-[0-9]+)?$/ {
		print FILENAME ":" NR ": enhanced " $3; bad = 1 }
	    $2 == "" && $3 == "" && $4 == "" { print NR ": no key"; bad = 1 }
	    END { exit bad }' "$PROVIDERS"
	clean
	[ "$(rows "$PROVIDERS" | wc -l)" -ge 282 ]
}

@test "providers.txt: each provider, reply, enhanced and marker once" {
	run awk -F'\t' '
	    /^#/ { next }
	    { k = $1 "|" $2 "|" $3 "|" tolower($4) }
	    k in seen { print "twice: " k; bad = 1 }
	    { seen[k] = 1 }
	    END { exit bad }' "$PROVIDERS"
	clean
}

@test "providers.txt: every reason is a known reason name" {
	run awk -F'\t' -v names="$REASONS" '
	    BEGIN { n = split(names, a, /[ \n]+/); for (i = 1; i <= n; i++) ok[a[i]] = 1 }
	    /^#/ { next }
	    !($5 in ok) { print NR ": " $5; bad = 1 }
	    END { exit bad }' "$PROVIDERS"
	clean
}

@test "providers.txt: both languages written, and not the same text" {
	# A text looks French when it has an accent or a French small word;
	# English, when it has neither.
	run awk -F'\t' '
	    function words(list, set,   n, i, w) {
		n = split(list, w, " ")
		for (i = 1; i <= n; i++) set[w[i]] = 1
	    }
	    function has(s, set,   n, i, w) {
		n = split(tolower(s), w, /[^a-z]+/)
		for (i = 1; i <= n; i++) if (w[i] in set) return 1
		return 0
	    }
	    function french(s) {
		return s ~ /[àâçéèêëîïôûùüœÉÈÊÀ]/ || has(s, fr)
	    }
	    BEGIN {
		words("le la les l d du des de un une et ou au aux par pour sur avec dans est sont ne pas qu sa son ses ce cette", fr)
	    }
	    /^#/ { next }
	    tolower($7) == tolower($8) { print NR ": meaning not translated"; bad = 1 }
	    tolower($9) == tolower($10) { print NR ": action not translated"; bad = 1 }
	    french($7) || french($9) { print NR ": English text that looks French"; bad = 1 }
	    !french($8) || !french($10) { print NR ": French text that does not look French"; bad = 1 }
	    END { exit bad }' "$PROVIDERS"
	clean
}

@test "providers.txt: 'politique' is never left alone for a policy" {
	# "politique de filtrage", or the name of a standard's policy.
	run awk -F'\t' '
	    /^#/ { next }
	    {
		s = tolower($8 " " $10)
		while ((i = index(s, "politique")) > 0) {
			rest = substr(s, i + 9)
			if (rest !~ /^ (de filtrage|mta-sts)/) { print NR ": " $8; bad = 1 }
			s = rest
		}
	    }
	    END { exit bad }' "$PROVIDERS"
	clean
}

@test "providers.txt: every reference case once, with its retry and source" {
	need_reference
	run awk -F'\t' '
	    FNR == NR { if (!/^#/) { k = $1 "|" $2 "|" $3 "|" $4 "|" $6 "|" $11; n[k]++ }; next }
	    FNR == 1 { next }
	    { k = $1 "|" $2 "|" $3 "|" $4 "|" $6 "|" $8; ref[k] = 1
	      if (n[k] != 1) { print "reference " FNR - 1 ": " n[k] + 0 " rows: " k; bad = 1 } }
	    END {
		for (k in n) if (!(k in ref)) { print "not in the reference: " k; bad = 1 }
		exit bad
	    }' "$PROVIDERS" "$REF/providers.tsv"
	clean
	[ "$(rows "$PROVIDERS" | wc -l)" -eq "$(($(wc -l < "$REF/providers.tsv") - 1))" ]
}

@test "providers.txt: no meaning or action copied from the reference" {
	need_reference
	# Compared without case, spaces or punctuation, against every row, and
	# then no run of six words shared with any row.
	run awk -F'\t' '
	    function norm(s) {
		s = tolower(s); gsub(/[^a-z0-9]+/, " ", s)
		sub(/^ /, "", s); sub(/ $/, "", s)
		return s
	    }
	    function runs(s, i0,   w, n, i) {
		n = split(s, w, " ")
		for (i = 1; i + 5 <= n; i++)
			run6[i0 + i] = w[i] " " w[i + 1] " " w[i + 2] " " w[i + 3] " " w[i + 4] " " w[i + 5]
		return n < 6 ? 0 : n - 5
	    }
	    FNR == NR {
		if (FNR == 1) next
		for (f = 5; f <= 7; f += 2) {
			used[norm($f)] = FNR - 1
			delete run6
			n = runs(norm($f), 0)
			for (i = 1; i <= n; i++) shared[run6[i]] = FNR - 1
		}
		next
	    }
	    /^#/ { next }
	    {
		for (f = 7; f <= 10; f++) {
			if (norm($f) in used) {
				print FNR ": field " f " is reference row " used[norm($f)]
				bad = 1
			}
			delete run6
			n = runs(norm($f), 0)
			for (i = 1; i <= n; i++)
				if (run6[i] in shared) {
					print FNR ": field " f " shares \"" run6[i] "\" with reference row " shared[run6[i]]
					bad = 1
					break
				}
		}
	    }
	    END { exit bad }' "$REF/providers.tsv" "$PROVIDERS"
	clean
}

@test "providers.txt: reasons agree with what the reply's words say" {
	# Independent of the codes: the provider's own words name the cause.
	run awk -F'\t' '
	    /^#/ { next }
	    function want(r, why) {
		if ($5 != r) { print NR ": " $4 " is " $5 ", not " r " (" why ")"; bad = 1 }
	    }
	    { m = tolower($4) }
	    m ~ /dmarc|spf|dkim|sender id/ && m !~ /unsolicited/ { want("authfailure", "sender authentication") }
	    m ~ /ptr record|reverse dns/ { want("requireptr", "reverse DNS") }
	    m ~ /tls|certificate/ { want("failedstarttls", "TLS") }
	    m ~ /over quota/ || m == "inbox is out of storage space" { want("mailboxfull", "quota") }
	    m ~ /does not exist|user doesn.t have a|recipient ?not ?found/ { want("userunknown", "no such user") }
	    m ~ /blocklist|block list|banned sending ip/ { want("blocked", "block list") }
	    $1 == "comcast" && m ~ /^bl0000(01|10|11)|^bl000(100|101|110)$/ { want("blocked", "block list") }
	    m ~ /message size limits|size of your message/ { want("mesgtoobig", "size") }
	    m ~ /too quickly/ { want("speeding", "rate") }
	    m == "rp-003" || m ~ /too many sessions/ { want("toomanyconn", "connections") }
	    m ~ /hop/ { want("networkerror", "mail loop") }
	    m == "message expired" { want("expired", "queue lifetime") }
	    END { exit bad }' "$PROVIDERS"
	clean
}

@test "providers.txt: the cases named in the project's plan" {
	pick() {
		awk -F'\t' -v p="$1" -v r="$2" -v e="$3" -v m="$4" \
		    '!/^#/ && $1 == p && $2 == r && $3 == e && $4 == m { print $5 }' "$PROVIDERS"
	}
	[ "$(pick gmail 550 5.7.26 'sender is unauthenticated')" = authfailure ]
	[ "$(pick microsoft365 '' 5.7.606-649 'banned sending IP')" = blocked ]
	[ "$(pick microsoft365 550 5.1.10 'Recipient not found')" = userunknown ]
	[ "$(pick gmail 452 4.2.2 'is over quota')" = mailboxfull ]
	[ "$(pick gmail 550 5.1.1 'does not exist')" = userunknown ]
	case "$(pick yahoo 421 4.7.0 TSS04)" in
	badreputation|speeding) ;;
	*) false ;;
	esac
	# Exchange Online's 5.2.2 is the sender's quota, not a full mailbox.
	[ "$(pick microsoft365 '' 5.2.2 'Submission quota exceeded')" = speeding ]
}

@test "provider-hosts.txt: five fields, known kinds, each signature once" {
	run awk -F'\t' '
	    /^#/ { next }
	    NF != 5 { print NR ": " NF " fields"; bad = 1; next }
	    $1 == "" || $2 == "" || $3 == "" || $5 == "" { print NR ": empty field"; bad = 1 }
	    $4 !~ /^(rhost|rhost-suffix|reply-text|ndr-text|recipient-domain)$/ {
		print NR ": kind " $4; bad = 1 }
	    $4 == "recipient-domain" && $5 ~ /[ @]/ { print NR ": one domain a line"; bad = 1 }
	    $4 == "rhost-suffix" && $5 !~ /^\./ { print NR ": suffix without a dot"; bad = 1 }
	    tolower($4 "|" $5) in seen { print NR ": twice " $5; bad = 1 }
	    { seen[tolower($4 "|" $5)] = 1 }
	    $1 in en && (en[$1] != $2 || fr[$1] != $3) { print NR ": names differ"; bad = 1 }
	    { en[$1] = $2; fr[$1] = $3 }
	    END { exit bad }' "$HOSTS"
	clean
}

@test "provider-hosts.txt: the same providers as providers.txt" {
	diff <(rows "$PROVIDERS" | cut -f1 | sort -u) <(rows "$HOSTS" | cut -f1 | sort -u)
}

@test "provider-hosts.txt: every reference signature, with its provider and kind" {
	need_reference
	run awk -F'\t' '
	    FNR == NR { if (!/^#/) have[$1 "|" $4 "|" $5] = 1; next }
	    FNR == 1 { next }
	    {
		n = $3 == "recipient-domain" ? split($2, sig, " ") : split($2, sig, "\t")
		for (i = 1; i <= n; i++)
			if (!(($1 "|" $3 "|" sig[i]) in have)) { print "missing: " $1 " " $3 " " sig[i]; bad = 1 }
	    }
	    END { exit bad }' "$HOSTS" "$REF/provider-hosts.tsv"
	clean
}
