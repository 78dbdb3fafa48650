#!/usr/bin/env bats
# The Debian packaging agrees with the Makefile and the licence; the
# package itself is built, checked and installed by .ci/run.

load test_helper

@test "debian/changelog carries the Makefile's version" {
	v=$(sed -n 's/^VERSION =[[:space:]]*//p' "$ROOT/Makefile")
	[ -n "$v" ]
	[ "$(head -n 1 "$ROOT/debian/changelog")" = "smtpcode ($v) unstable; urgency=medium" ]
}

@test "the install of debian/rules puts every file where Debian expects it" {
	dest="$BATS_TEST_TMPDIR/dest"
	run -0 make -s -C "$ROOT" install DESTDIR="$dest" PREFIX=/usr \
	    ZSHCOMPDIR=/usr/share/zsh/vendor-completions
	[ "$(cd "$dest" && find . -type f | sort)" = "./usr/bin/smtpcode
./usr/share/bash-completion/completions/smtpcode
./usr/share/fish/vendor_completions.d/smtpcode.fish
./usr/share/man/fr/man1/smtpcode.1
./usr/share/man/man1/smtpcode.1
./usr/share/zsh/vendor-completions/_smtpcode" ]
	grep -q 'ZSHCOMPDIR=/usr/share/zsh/vendor-completions' "$ROOT/debian/rules"
	grep -q 'PREFIX=/usr' "$ROOT/debian/rules"
}

@test "the build takes CPPFLAGS, CFLAGS and LDFLAGS as dpkg-buildflags gives them" {
	# Without the variables of an outer make (make check CFLAGS=...).
	run -0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
	    CPPFLAGS=-D_FORTIFY_SOURCE=2 CFLAGS='-g -O1 -fstack-protector-strong' \
	    LDFLAGS='-Wl,-z,relro -Wl,-z,now' make -n -B -C "$ROOT" smtpcode
	# Every compile has the three, every link the last two, and the
	# warnings stay whatever CFLAGS says.
	while IFS= read -r l; do
		[[ $l == *' -c '* ]] || continue
		[[ $l == *-D_FORTIFY_SOURCE=2*'-std=c11 -pedantic -Wall -Wextra'*'-g -O1 -fstack-protector-strong'* ]] ||
		    { echo "compile: $l"; return 1; }
	done <<<"$output"
	link=$(grep -E -- '-o smtpcode ' <<<"$output")
	[[ $link == *'-g -O1 -fstack-protector-strong'*'-Wl,-z,relro -Wl,-z,now'* ]]
}

@test "debian/copyright holds the licence of LICENSE, word for word" {
	diff <(sed -n '/^Permission/,$p' "$ROOT/LICENSE") \
	    <(sed -n '/^License: ISC$/,$p' "$ROOT/debian/copyright" |
	    sed -n '/^ Permission/,$p' | sed 's/^ //; s/^\.$//')
	grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$ROOT/debian/copyright"
}

@test "debian/rules asks for every hardening flag and needs no root" {
	grep -qx 'export DEB_BUILD_MAINT_OPTIONS = hardening=+all' "$ROOT/debian/rules"
	grep -qx 'Rules-Requires-Root: no' "$ROOT/debian/control"
	grep -qx ' debhelper-compat (= 13),' "$ROOT/debian/control"
	[ -x "$ROOT/debian/rules" ]
}
