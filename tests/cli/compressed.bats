#!/usr/bin/env bats
# Compressed and binary logs: rotated sets read in one command, each file
# told by its content; what the standard tools (zcat, bzcat, xzcat,
# zstdcat, grep -n) make of the same files is the expected answer.

load test_helper

need() {
	command -v "$1" >/dev/null || skip "no $1"
}

# Whether the command $1 ("zstd -q -c") is there, and this smtpcode was
# built to read what it writes: a format whose library was missing at
# build time is named in an error, exit 2.
reads() {
	local rc=0
	command -v "${1%% *}" >/dev/null || return 1
	printf 'x\n' | $1 | smtpcode -o >/dev/null 2>&1 || rc=$?
	[ "$rc" -ne 2 ]
}

# A log of my own making, different for each n: Postfix-style lines with a
# reply after "said:", and lines whose numbers are no codes.
log_lines() {
	local n=$1 i
	for ((i = 1; i <= 40; i++)); do
		case $((i % 4)) in
		0) printf 'Nov %2d 06:%02d:11 mx postfix/smtp[%d]: 7A%02dC: to=<u%d@example.org>, relay=mx.example.org[192.0.2.%d]:25, status=bounced (host mx.example.org[192.0.2.%d] said: 55%d mailbox unavailable (in reply to RCPT TO command))\n' "$n" "$i" $((2000 + i)) "$i" "$i" "$i" "$i" $((i % 5)) ;;
		1) printf 'Nov %2d 06:%02d:12 mx postfix/qmgr[%d]: 7A%02dC: from=<a@example.com>, size=%d, nrcpt=1 (queue active)\n' "$n" "$i" $((3000 + i)) "$i" $((400 + i)) ;;
		2) printf 'Nov %2d 06:%02d:13 mx postfix/smtp[%d]: 7A%02dC: host mx.example.net[198.51.100.%d] said: 4%d1 try again later\n' "$n" "$i" $((2000 + i)) "$i" "$i" $((n % 5 + 1)) ;;
		3) printf 'Nov %2d 06:%02d:14 mx postfix/smtpd[%d]: connect from unknown[203.0.113.%d]\n' "$n" "$i" $((4000 + i)) "$i" ;;
		esac
	done
}

# What grep -n finds in the decoded file: NAME:LINE:CODE, as -o writes it.
expected() {
	local f=$1 cat=$2
	$cat "$f" | grep -n -oE 'said: [2-5][0-9]{2}' |
	    sed "s/said: //; s|^|$f:|"
}

# The plain text of a member of the set, by its file name.
decoder_of() {
	case $1 in
	*.bz2) echo bzcat ;;
	*.xz) echo xzcat ;;
	*.zst) echo zstdcat ;;
	*) echo "zcat -f" ;;
	esac
}

# mail.log, mail.log.1, mail.log.2.gz, and .bz2, .xz, .zst where the tools
# are there to make them and smtpcode reads them.
make_set() {
	cd "$BATS_TEST_TMPDIR" || return 1
	log_lines 1 > mail.log
	log_lines 2 > mail.log.1
	log_lines 3 | gzip -c > mail.log.2.gz
	if reads "bzip2 -c"; then
		log_lines 4 | bzip2 -c > mail.log.3.bz2
	fi
	if reads "xz -c"; then
		log_lines 5 | xz -c > mail.log.4.xz
	fi
	if reads "zstd -q -c"; then
		log_lines 6 | zstd -q -c > mail.log.5.zst
	fi
}

@test "a rotated set, compressed or not, in one command: names and line numbers as zcat | grep -n" {
	need gzip
	make_set
	: > want
	for f in mail.log*; do
		expected "$f" "$(decoder_of "$f")" >> want
	done
	[ "$(wc -l < want)" -ge 60 ]
	run -0 --separate-stderr smtpcode -S -o --line-number mail.log*
	[ -z "$stderr" ]
	[ "$output" = "$(cat want)" ]
	# The compressed files count in the summary as the plain ones do.
	run -0 smtpcode --summary mail.log*
	[ "$(printf '%s\n' "$output" | awk '{ n += $1 } END { print n }')" -eq "$(wc -l < want)" ]
}

@test "each format is told by its content, not its name" {
	need gzip
	make_set
	for f in mail.log.*.*; do
		cp "$f" "renamed-$f.log"
		run -0 smtpcode -o "renamed-$f.log"
		[ "$output" = "$(expected "$f" "$(decoder_of "$f")" | cut -d: -f3)" ]
	done
	cp mail.log.1 plain.gz
	run -0 smtpcode -o plain.gz
	[ "$output" = "$(expected mail.log.1 cat | cut -d: -f3)" ]
}

@test "compressed standard input: gzip, bzip2, xz, lzma, zstd" {
	need gzip
	log_lines 7 > "$BATS_TEST_TMPDIR/log"
	want=$(grep -oE 'said: [2-5][0-9]{2}' "$BATS_TEST_TMPDIR/log" | sed 's/said: //')
	for c in "gzip -c" "bzip2 -c" "xz -c" "xz --format=lzma -c" "zstd -q -c"; do
		reads "$c" || continue
		run -0 --separate-stderr bash -c "$c < '$BATS_TEST_TMPDIR/log' | smtpcode -o"
		[ "$output" = "$want" ]
		[ -z "$stderr" ]
		run -0 --separate-stderr bash -c "$c < '$BATS_TEST_TMPDIR/log' | smtpcode -S -o -"
		[ "$output" = "$want" ]
	done
}

@test "concatenated gzip members are one log, as zcat reads them" {
	need gzip
	cd "$BATS_TEST_TMPDIR"
	{ log_lines 1 | gzip -c; log_lines 2 | gzip -c; printf 'said: 421 x\n' | gzip -c; } > joined.gz
	[ "$(zcat joined.gz | wc -l)" -eq 81 ]
	run -0 smtpcode -S -o --line-number -H joined.gz
	[ "$output" = "$(expected joined.gz zcat)" ]
	[ "${lines[-1]}" = "joined.gz:81:421" ]
	# Streams written one after the other, as pbzip2 and xz do.
	for c in bzip2 xz; do
		reads "$c -c" || continue
		{ log_lines 1 | $c -c; log_lines 2 | $c -c; } > "joined.$c"
		run -0 smtpcode -o "joined.$c"
		[ "${#lines[@]}" -eq "$({ log_lines 1; log_lines 2; } | grep -c 'said: ')" ]
	done
}

@test "a truncated file: one line naming it, exit 2, the other files still read" {
	need gzip
	make_set
	log_lines 8 > big
	for ((i = 0; i < 6; i++)); do cat big big > big2; mv big2 big; done
	gzip -c big > big.gz
	head -c $(($(wc -c < big.gz) / 2)) big.gz > cut.gz
	run -2 --separate-stderr smtpcode -S -o cut.gz mail.log
	[ "$stderr" = "smtpcode: 'cut.gz': truncated gzip data" ]
	# The codes found before the cut count, in order, and mail.log is read.
	expected big cat | cut -d: -f3 | sed 's/^/cut.gz:/' > want
	grep '^cut.gz:' <<<"$output" > got
	[ "$(wc -l < got)" -gt 100 ]
	[ "$(wc -l < got)" -lt "$(wc -l < want)" ]
	head -n "$(wc -l < got)" want | cmp - got
	[ "$(grep -c '^mail.log:' <<<"$output")" -eq "$(expected mail.log cat | wc -l)" ]
	# In French, and for each format.
	run -2 --separate-stderr smtpcode -L fr -S -o cut.gz
	[ "$stderr" = "smtpcode: 'cut.gz' : données gzip tronquées" ]
	for f in mail.log.3.bz2:bzip2 mail.log.4.xz:xz mail.log.5.zst:zstd; do
		[ -e "${f%:*}" ] || continue
		head -c $(($(wc -c < "${f%:*}") / 2)) "${f%:*}" > half
		run -2 --separate-stderr smtpcode -S -o half
		[ "$stderr" = "smtpcode: 'half': truncated ${f#*:} data" ]
	done
}

@test "a corrupt file and bytes after the data: named, exit 2, others read" {
	need gzip
	make_set
	# A wrong CRC-32 in the gzip trailer (the last eight bytes: CRC, size).
	size=$(wc -c < mail.log.2.gz)
	{ head -c $((size - 8)) mail.log.2.gz; printf '\001\002\003\004'; tail -c 4 mail.log.2.gz; } > bad.gz
	run -1 bash -c 'gzip -t bad.gz 2>/dev/null'
	run -2 --separate-stderr smtpcode -S -o bad.gz mail.log
	[ "$stderr" = "smtpcode: 'bad.gz': corrupt gzip data" ]
	[ "$(grep -c '^mail.log:' <<<"$output")" -eq "$(expected mail.log cat | wc -l)" ]
	{ cat mail.log.2.gz; echo 'not gzip'; } > tail.gz
	run -2 --separate-stderr smtpcode -S -o tail.gz
	[ "$stderr" = "smtpcode: 'tail.gz': unexpected bytes after the gzip data" ]
	# Zeros after the data are padding, as gzip has it.
	{ cat mail.log.2.gz; head -c 100 /dev/zero; } > padded.gz
	run -0 --separate-stderr smtpcode -S -o padded.gz
	[ -z "$stderr" ]
	# The magic alone, and the magic before random bytes.
	printf '\037\213\010' > magic.gz
	run -2 --separate-stderr smtpcode -S magic.gz
	[ "$stderr" = "smtpcode: 'magic.gz': truncated gzip data" ]
	{ printf '\037\213\010'; head -c 3000 /dev/urandom; } > noise.gz
	run -2 --separate-stderr smtpcode -S noise.gz
	[[ "$stderr" == "smtpcode: 'noise.gz': "*" gzip data" ]]
	[ "${#stderr_lines[@]}" -eq 1 ]
	# On standard input, named as such.
	run -2 --separate-stderr bash -c 'smtpcode -o < magic.gz'
	[ "$stderr" = "smtpcode: (standard input): truncated gzip data" ]
}

@test "data that would need more than 256 MiB to decode is refused, named" {
	cd "$BATS_TEST_TMPDIR"
	# A .lzma header (LZMA SDK lzma.txt) asking for a 1 GiB dictionary:
	# decoding it needs more than that.
	printf '\135\0\0\0\100\377\377\377\377\377\377\377\377\0\1\2' > big.lzma
	run -2 --separate-stderr smtpcode -S -o big.lzma
	[ "$stderr" = "smtpcode: 'big.lzma': the lzma data needs more memory than smtpcode allows (256 MiB)" ]
	[ -z "$output" ]
	run -2 --separate-stderr smtpcode -L fr -S big.lzma
	[ "$stderr" = "smtpcode: 'big.lzma' : les données lzma demandent plus de mémoire que smtpcode n'en accorde (256 Mio)" ]
	# 128 MiB fits: the same header, then the data of an empty log.
	if command -v xz >/dev/null; then
		printf '' | xz --format=lzma --lzma1=dict=128MiB -c > ok.lzma
		run -1 --separate-stderr smtpcode -S ok.lzma
		[ -z "$stderr" ]
	fi
}

@test "a 0-byte .gz is an empty log" {
	need gzip
	make_set
	: > empty.gz
	run -1 --separate-stderr smtpcode -S empty.gz
	[ -z "$output" ]
	[ -z "$stderr" ]
	run -0 --separate-stderr smtpcode -S -o empty.gz mail.log
	[ -z "$stderr" ]
	[ "$output" = "$(expected mail.log cat | cut -d: -f1,3)" ]
	# Two bytes of gzip's magic are no gzip data: text, without codes.
	printf '\037\213' > short.gz
	run -1 --separate-stderr smtpcode -S short.gz
	[ -z "$stderr" ]
}

@test "binary input: one line instead of its bytes; -o, -j, --summary, -q read it" {
	cd "$BATS_TEST_TMPDIR"
	printf 'head\000er\nhost said: 550 no\n\377\376 tail\n' > bin
	printf 'only\000 zeros, 12345\n' > nocode
	run -0 --separate-stderr smtpcode -S bin
	[ "$output" = "Binary file bin matches" ]
	[ -z "$stderr" ]
	run -0 smtpcode -L fr -S bin
	[ "$output" = "Fichier binaire bin : correspondance trouvée" ]
	run -1 smtpcode -S nocode
	[ -z "$output" ]
	run -0 bash -c 'smtpcode < bin'
	[ "$output" = "Binary file (standard input) matches" ]
	# Among text files, and the exit status of the whole.
	run -0 smtpcode -S nocode bin
	[ "$output" = "Binary file bin matches" ]
	# Only the first block read counts: a NUL after 64 KiB of text is
	# a byte of a text file (README: as grep's first buffer).
	{ printf 'said: 550 5.1.1 first\n'; head -c 70000 /dev/zero | tr '\0' x
	  printf '\na\000b said: 551 5.1.6 late\n'; } > late
	run -0 smtpcode -S late
	[ "${lines[0]}" = "said: 550 5.1.1 first" ]
	[[ "${lines[-1]}" == "  # 551 5.1.6  "* ]]
	printf 'said: 421 x\n' > text
	run -0 smtpcode -S bin text
	[ "${lines[0]}" = "Binary file bin matches" ]
	[ "${lines[1]}" = "text:said: 421 x" ]
	[ "${#lines[@]}" -eq 3 ]
	# The other modes read it as text.
	run -0 smtpcode -S -o bin
	[ "$output" = 550 ]
	run -0 smtpcode -S --summary bin
	[[ "$output" == *"1  550"* ]]
	run -0 smtpcode -S -j bin
	[ "$(jq -r '.codes[].code' <<<"$output")" = 550 ]
	run -0 smtpcode -S -q bin
	[ -z "$output" ]
	# Compressed binary data is binary once decoded.
	if command -v gzip >/dev/null; then
		gzip -c bin > bin.gz
		run -0 smtpcode -S bin.gz
		[ "$output" = "Binary file bin.gz matches" ]
	fi
}

@test "-a and --text write binary files out as text" {
	cd "$BATS_TEST_TMPDIR"
	printf 'head\000er\nhost said: 550 no\n' > bin
	smtpcode -a bin | head -c "$(wc -c < bin)" | cmp - bin
	run -0 smtpcode --text bin
	[[ "${lines[2]}" == "  # 550 "* ]]
	# Without codes, byte for byte.
	printf 'a\000b\r\nc' > nocode
	run -1 smtpcode -a nocode
	smtpcode -a nocode | cmp - nocode
	# -a is an option of logs: it implies -S, and lookups refuse it.
	run -2 --separate-stderr smtpcode -a -l
	[[ "$stderr" == "smtpcode: --list and --scan cannot be combined"* ]]
}

@test "a gzip bomb is read as a stream, in bounded memory" {
	need gzip
	command -v /usr/bin/time >/dev/null || skip "no /usr/bin/time"
	cd "$BATS_TEST_TMPDIR"
	{ head -c 200000000 /dev/zero; printf '\nhost said: 452 full\n'; } | gzip -1 -c > bomb.gz
	[ "$(wc -c < bomb.gz)" -lt 2000000 ]
	run -0 bash -c "/usr/bin/time -f '%M' smtpcode -S -o bomb.gz 2>&1"
	[ "${lines[0]}" = 452 ]
	[ "${lines[1]}" -lt 16384 ]
	run -0 bash -c "/usr/bin/time -f '%M' smtpcode -S bomb.gz 2>&1"
	[ "${lines[0]}" = "Binary file bomb.gz matches" ]
	[ "${lines[1]}" -lt 16384 ]
}

@test "CR, CRLF and long lines inside compressed data" {
	need gzip
	run -0 bash -c "printf 'said: 550 a\\r\\nsaid: 421 b\\rsaid: 452 c' | gzip -c | smtpcode -o"
	[ "$output" = $'550\n421\n452' ]
	run -0 bash -c "{ printf 'said: 554 x '; head -c 300000 /dev/zero | tr '\\0' a; printf '\\nsaid: 451 y\\n'; } | gzip -c | smtpcode -o --line-number"
	[ "$output" = $'1:554\n2:451' ]
}
