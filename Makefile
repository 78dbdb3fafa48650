# smtpcode: explain SMTP reply codes and enhanced status codes.

VERSION =	0.1.0

PREFIX ?=	/usr/local
BINDIR =	$(PREFIX)/bin
MANDIR =	$(PREFIX)/share/man
BASHCOMPDIR =	$(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR =	$(PREFIX)/share/zsh/site-functions
FISHCOMPDIR =	$(PREFIX)/share/fish/vendor_completions.d

CC ?=		cc
CFLAGS ?=	-O2 -g
WARN =		-std=c11 -pedantic -Wall -Wextra $(WERROR)
CPPFLAGS +=	-D_POSIX_C_SOURCE=200809L -DVERSION='"$(VERSION)"' -Isrc

# Hardening for distribution packages, on request: make HARDEN=1
HARDEN_CFLAGS =	-D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
HARDEN_LDFLAGS = -pie -Wl,-z,relro,-z,now
ALL_CFLAGS =	$(WARN) $(CFLAGS) $(if $(HARDEN),$(HARDEN_CFLAGS))
ALL_LDFLAGS =	$(LDFLAGS) $(if $(HARDEN),$(HARDEN_LDFLAGS))

LIBOBJS =	src/table.o src/lookup.o src/output.o src/scan.o src/reason.o src/msg.o
LIBSRCS =	src/table.c src/lookup.c src/output.c src/scan.c src/reason.c src/msg.c
UNITS =		tests/unit/test_table tests/unit/test_lookup \
		tests/unit/test_output tests/unit/test_scan \
		tests/unit/test_msg tests/unit/test_scan_rules tests/unit/test_fold

all: smtpcode

smtpcode: src/main.o libsmtpcode.a
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ src/main.o libsmtpcode.a

libsmtpcode.a: $(LIBOBJS)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJS)

.c.o:
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

src/main.o: src/lookup.h src/msg.h src/messages.def src/output.h src/reason.h \
    src/scan.h src/table.h
src/msg.o: src/msg.h src/messages.def src/table.h
src/table.o: src/table.h
src/lookup.o: src/lookup.h src/table.h
src/output.o: src/output.h src/lookup.h src/table.h
src/scan.o: src/scan.h src/output.h src/lookup.h src/table.h
src/reason.o: src/reason.h src/lookup.h src/table.h

tests/unit/%: tests/unit/%.c libsmtpcode.a tests/unit/unit.h
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $@.c \
	    libsmtpcode.a

check: check-tools check-unit
	bats tests/cli

# The unit tests alone need nothing but the compiler.
check-unit: smtpcode $(UNITS)
	@for t in $(UNITS); do ./$$t || exit 1; done

# bats runs the command-line tests and jq reads their JSON: say so
# plainly when one is missing.
check-tools:
	@for t in bats jq; do \
		command -v $$t >/dev/null 2>&1 || { \
		    echo "make check: '$$t' is not installed; on Debian:" \
			"apt-get install $$t" >&2; exit 1; }; \
	done

units: $(UNITS)

# The unit tests and the bats files that take a few seconds, stopping at
# the first failure: what make mutate runs against each mutant.
QUICK_BATS =	tests/cli/scan.bats tests/cli/absence.bats \
		tests/cli/properties.bats tests/cli/shape.bats \
		tests/cli/options.bats tests/cli/lookup.bats \
		tests/cli/names.bats tests/cli/list.bats \
		tests/cli/docs.bats tests/cli/hardening.bats

check-quick: smtpcode $(UNITS)
	@for t in $(UNITS); do ./$$t >/dev/null 2>&1 || exit 1; done
	@for t in $(QUICK_BATS); do bats $$t >/dev/null 2>&1 || exit 1; done

# Mutation testing: N one-token mistakes chosen by SEED, each built and
# tested in a scratch copy of the tree, JOBS at a time; fails below
# MUTATE_MIN per cent caught.  mutate-ci is the sample CI runs.
SEED =		1
N =		100
JOBS =		2
MUTATE_MIN =	0

mutate:
	python3 tools/mutate.py --seed $(SEED) -n $(N) --jobs $(JOBS) \
	    --min $(MUTATE_MIN)

mutate-ci:
	python3 tools/mutate.py --seed 20261128 -n 50 --jobs $(JOBS) --min 90

install: smtpcode
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/fr/man1 $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	cp smtpcode $(DESTDIR)$(BINDIR)/smtpcode
	chmod 755 $(DESTDIR)$(BINDIR)/smtpcode
	cp man/smtpcode.1 $(DESTDIR)$(MANDIR)/man1/smtpcode.1
	cp man/fr/smtpcode.1 $(DESTDIR)$(MANDIR)/fr/man1/smtpcode.1
	cp completions/smtpcode.bash $(DESTDIR)$(BASHCOMPDIR)/smtpcode
	cp completions/_smtpcode $(DESTDIR)$(ZSHCOMPDIR)/_smtpcode
	cp completions/smtpcode.fish $(DESTDIR)$(FISHCOMPDIR)/smtpcode.fish
	chmod 644 $(DESTDIR)$(MANDIR)/man1/smtpcode.1 \
	    $(DESTDIR)$(MANDIR)/fr/man1/smtpcode.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/smtpcode \
	    $(DESTDIR)$(ZSHCOMPDIR)/_smtpcode \
	    $(DESTDIR)$(FISHCOMPDIR)/smtpcode.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/smtpcode \
	    $(DESTDIR)$(MANDIR)/man1/smtpcode.1 \
	    $(DESTDIR)$(MANDIR)/fr/man1/smtpcode.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/smtpcode \
	    $(DESTDIR)$(ZSHCOMPDIR)/_smtpcode \
	    $(DESTDIR)$(FISHCOMPDIR)/smtpcode.fish

# A source tarball of the last commit, from which the Debian package and
# a plain make build alike.
dist:
	git archive --format=tar.gz --prefix=smtpcode-$(VERSION)/ \
	    -o smtpcode-$(VERSION).tar.gz HEAD

# Fuzz targets (clang's libFuzzer, with ASan and UBSan), and a bounded run
# of each on a scratch copy of its seed corpus.
FUZZCC =	clang
FUZZFLAGS =	-g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all
FUZZTIME =	60
FUZZERS =	tests/fuzz/fuzz_operand tests/fuzz/fuzz_scan tests/fuzz/fuzz_json

fuzz: $(FUZZERS)

tests/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/json_check.h $(LIBSRCS) \
    src/lookup.h src/output.h src/scan.h src/table.h src/msg.h src/messages.def \
    src/reason.h
	$(FUZZCC) $(CPPFLAGS) -Itests/fuzz $(FUZZFLAGS) -o $@ $@.c $(LIBSRCS)

fuzz-run: fuzz
	for t in operand scan json; do \
		rm -rf tests/fuzz/work/$$t && mkdir -p tests/fuzz/work/$$t && \
		cp tests/fuzz/corpus/$$t/* tests/fuzz/work/$$t/ && \
		./tests/fuzz/fuzz_$$t -max_total_time=$(FUZZTIME) -max_len=8192 \
		    -print_final_stats=1 -artifact_prefix=tests/fuzz/work/ \
		    tests/fuzz/work/$$t || exit 1; \
	done

# Static analysis of the C sources, every shell script (shellcheck where it
# knows the shell, a syntax check for zsh and fish), and the manuals.
# mandoc knows section names and dates in English only, so the French
# manual is held to errors here; tests/cli/manuals.bats sorts its
# warnings (the French ones expected, any other a failure).
# cppcheck: declarations stay at the top of a function and "continue" is
# the body of an empty loop, as in style(9).  clang-tidy reads .clang-tidy;
# it runs once per file, as its value-list checker reports false
# positives when given several.
lint:
	cppcheck --enable=warning,style,performance,portability --std=c11 \
	    --error-exitcode=1 --inline-suppr --suppress=variableScope \
	    --suppress=redundantContinue -q -Isrc -D__SSE2__ src tests/unit
	for f in src/*.c; do \
		clang-tidy --quiet $$f -- -std=c11 $(CPPFLAGS) || exit 1; \
	done
	shellcheck -x .ci/run bench/*.sh tests/cli/test_helper.bash
	shellcheck -s bash completions/smtpcode.bash
	shellcheck -s bash tests/cli/*.bats
	zsh -n completions/_smtpcode tests/cli/zsh-complete.zsh
	fish --no-execute completions/smtpcode.fish
	mandoc -Tlint -Wwarning man/smtpcode.1
	mandoc -Tlint -Werror man/fr/smtpcode.1
	groff -k -mandoc -ww -z man/smtpcode.1 man/fr/smtpcode.1

clean:
	rm -f smtpcode libsmtpcode.a src/*.o $(UNITS) $(FUZZERS) \
	    smtpcode-$(VERSION).tar.gz
	rm -rf tests/fuzz/work

.PHONY: all check check-tools check-unit check-quick units install uninstall \
	dist lint mutate mutate-ci fuzz fuzz-run clean
