# smtpcode: explain SMTP reply codes and enhanced status codes.

VERSION =	0.1.0

PREFIX ?=	/usr/local
BINDIR =	$(PREFIX)/bin
MANDIR =	$(PREFIX)/share/man
BASHCOMPDIR =	$(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR =	$(PREFIX)/share/zsh/site-functions
FISHCOMPDIR =	$(PREFIX)/share/fish/vendor_completions.d

CC ?=		cc
HOSTCC ?=	$(CC)
CFLAGS ?=	-O2 -g
WARN =		-std=c11 -pedantic -Wall -Wextra $(WERROR)
CPPFLAGS +=	-D_POSIX_C_SOURCE=200809L -DVERSION='"$(VERSION)"' -Isrc

# $(call CC_PROBE,flag): the flag, if the compiler takes it without a
# warning (warnings are errors in CI), else nothing; one trial compile.
CC_PROBE =	$(shell echo 'int main(void){return 0;}' | \
		    $(CC) -Werror $(1) -x c -o /dev/null - 2>/dev/null && echo $(1))

# Hardening for distribution packages, on request: make HARDEN=1.  Level 3
# of _FORTIFY_SOURCE replaces whatever level CPPFLAGS or the compiler set
# (the flags come after CPPFLAGS); the flags a compiler lacks (stack clash,
# control-flow protection, which is x86 only) are left out after a trial
# compile, made once and only when hardening.
ifneq ($(HARDEN),)
HARDEN_CFLAGS := -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3 \
		-fstack-protector-strong -fPIE \
		$(call CC_PROBE,-fstack-clash-protection) \
		$(call CC_PROBE,-fcf-protection)
endif
HARDEN_LDFLAGS = -pie -Wl,-z,relro,-z,now
ALL_CFLAGS =	$(WARN) $(CFLAGS) $(if $(HARDEN),$(HARDEN_CFLAGS))

# The scanner's few hot loops start on 32-byte boundaries: otherwise their
# speed depends on where the code around them happens to fall, and a
# change elsewhere in the file moved a log's scan by 8 % (bench/scan.sh).
# A compiler that lacks the flags, or only warns about them, goes without.
ALIGN_CFLAGS :=	$(call CC_PROBE,-falign-loops=32) \
		$(call CC_PROBE,-falign-jumps=32)
src/scan.o: ALL_CFLAGS += $(ALIGN_CFLAGS)

# Compressed logs are decoded with the system's libraries, each linked in
# when a test program builds against it; NO_ZLIB=1, NO_BZIP2=1, NO_LZMA=1
# or NO_ZSTD=1 leaves one out, and smtpcode then reports that format as
# one it cannot read.  Their static archives are linked in when they are
# there: four shared objects to load and bind cost a plain lookup three
# times what the lookup itself costs.  SHARED_LIBS=1 links the shared
# ones, so that a security update of a library reaches smtpcode without a
# rebuild (the Debian package does so).
have_lib =	$(shell printf '\043include <%s>\nint main(void) { return 0; }\n' \
		    '$(1)' | $(CC) $(CFLAGS) $(LDFLAGS) -x c -o /dev/null - $(2) \
		    2>/dev/null && echo 1)
BSTATIC =	-Wl,-Bstatic
BDYNAMIC =	-Wl,-Bdynamic
# $(call input_lib,header,-lname): how to link one library, or nothing.
input_lib =	$(if $(SHARED_LIBS),,$(if $(call have_lib,$(1),$(BSTATIC) $(2) \
		    $(BDYNAMIC)),$(BSTATIC) $(2) $(BDYNAMIC))) \
		$(if $(SHARED_LIBS)$(if $(call have_lib,$(1),$(BSTATIC) $(2) \
		    $(BDYNAMIC)),,1),$(if $(call have_lib,$(1),$(2)),$(2)))
INPUT_LIBS :=
INPUT_DEFS :=
ifeq ($(NO_ZLIB),)
ZLIB_LIB :=	$(strip $(call input_lib,zlib.h,-lz))
INPUT_DEFS +=	$(if $(ZLIB_LIB),-DHAVE_ZLIB)
INPUT_LIBS +=	$(ZLIB_LIB)
endif
ifeq ($(NO_BZIP2),)
BZIP2_LIB :=	$(strip $(call input_lib,bzlib.h,-lbz2))
INPUT_DEFS +=	$(if $(BZIP2_LIB),-DHAVE_BZIP2)
INPUT_LIBS +=	$(BZIP2_LIB)
endif
ifeq ($(NO_LZMA),)
LZMA_LIB :=	$(strip $(call input_lib,lzma.h,-llzma))
INPUT_DEFS +=	$(if $(LZMA_LIB),-DHAVE_LZMA)
INPUT_LIBS +=	$(LZMA_LIB)
endif
ifeq ($(NO_ZSTD),)
ZSTD_LIB :=	$(strip $(call input_lib,zstd.h,-lzstd))
INPUT_DEFS +=	$(if $(ZSTD_LIB),-DHAVE_ZSTD)
INPUT_LIBS +=	$(ZSTD_LIB)
endif
CPPFLAGS +=	$(INPUT_DEFS)

all: smtpcode

# The formats chosen, kept in a file that changes only when they do, so
# that changing them rebuilds what depends on them.
src/input.cfg: FORCE
	@echo '$(INPUT_DEFS) $(INPUT_LIBS)' | cmp -s - $@ || \
	    echo '$(INPUT_DEFS) $(INPUT_LIBS)' > $@
# A position-independent binary's tables of pointers need one relocation
# each: packed (DT_RELR, glibc 2.36 and binutils 2.38 on), they take 1 KiB
# instead of 100 that the loader reads at every start.  A linker without
# the option leaves it out after a trial link.
RELR_LDFLAGS :=	$(shell echo 'int main(void){return 0;}' | $(CC) $(CFLAGS) \
		    $(LDFLAGS) -Wl,-z,pack-relative-relocs -x c -o /dev/null - \
		    2>/dev/null && echo -Wl,-z,pack-relative-relocs)
ALL_LDFLAGS =	$(LDFLAGS) $(RELR_LDFLAGS) $(if $(HARDEN),$(HARDEN_LDFLAGS))

LIBOBJS =	src/table.o src/lookup.o src/output.o src/scan.o src/reason.o \
		src/words.o \
		src/msg.o src/sandbox.o src/message.o src/mime.o src/dsn.o \
		src/bounce.o src/finding.o src/summary.o src/input.o
LIBSRCS =	src/table.c src/lookup.c src/output.c src/scan.c src/reason.c \
		src/words.c \
		src/msg.c src/sandbox.c src/message.c src/mime.c src/dsn.c \
		src/bounce.c src/finding.c src/summary.c src/input.c
UNITS =		tests/unit/test_table tests/unit/test_lookup \
		tests/unit/test_output tests/unit/test_scan \
		tests/unit/test_msg tests/unit/test_sandbox tests/unit/test_reason \
		tests/unit/test_message tests/unit/test_mime \
		tests/unit/test_dsn tests/unit/test_bounce tests/unit/test_input \
		tests/unit/test_scan_rules tests/unit/test_fold \
		tests/unit/test_words

# Data that grows with the world, checked and turned into C at build time.
DATA =		data/reasons.txt data/reply-titles.txt data/code-reasons.txt \
		data/phrases.txt data/keywords.txt data/providers.txt \
		data/provider-hosts.txt

smtpcode: src/main.o libsmtpcode.a src/input.cfg
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ src/main.o libsmtpcode.a \
	    $(INPUT_LIBS)

libsmtpcode.a: $(LIBOBJS)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJS)

.c.o:
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

src/main.o: src/input.h src/lookup.h src/msg.h src/messages.def src/output.h \
    src/reason.h src/sandbox.h src/scan.h src/summary.h src/finding.h \
    src/table.h src/bounce.h
src/msg.o: src/msg.h src/messages.def src/table.h
src/table.o: src/table.h src/table.def
src/lookup.o: src/lookup.h src/reason.h src/table.h
src/output.o: src/output.h src/lookup.h src/table.h
src/scan.o: src/scan.h src/cpu.h src/finding.h src/summary.h src/reason.h \
    src/output.h src/lookup.h src/table.h src/input.h src/msg.h \
    src/messages.def
src/finding.o: src/finding.h src/scan.h src/reason.h src/output.h \
    src/lookup.h src/table.h
src/summary.o: src/summary.h src/finding.h src/scan.h src/reason.h \
    src/output.h src/lookup.h src/table.h
src/input.o: src/input.h src/input.cfg
src/reason.o: src/reason.h src/lookup.h src/table.h src/tabledata.h \
    src/words.h
src/words.o: src/words.h src/cpu.h
src/sandbox.o: src/sandbox.h
src/message.o: src/message.h src/ascii.h src/output.h src/lookup.h src/table.h \
    src/jis0208.h src/euc94.h
src/mime.o: src/message.h src/ascii.h
src/dsn.o: src/message.h src/ascii.h
src/bounce.o: src/bounce.h src/ascii.h src/input.h src/message.h src/scan.h \
    src/reason.h src/output.h src/lookup.h src/table.h

# Built with the build machine's compiler; a failed run leaves no header.
tools/gendata: tools/gendata.c
	$(HOSTCC) $(WARN) -D_POSIX_C_SOURCE=200809L -o $@ tools/gendata.c

src/tabledata.h: tools/gendata $(DATA) src/reason.h
	./tools/gendata data src/reason.h > $@.tmp
	mv $@.tmp $@

tests/unit/%: tests/unit/%.c libsmtpcode.a tests/unit/unit.h src/input.cfg
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $@.c \
	    libsmtpcode.a $(INPUT_LIBS)

# The unit tests alone need nothing but the compiler (the Debian package
# runs them); CI also runs them on a 32-bit build,
# make clean unit CFLAGS=-m32 LDFLAGS=-m32.
unit: tools/gendata $(UNITS)
	@for t in $(UNITS); do ./$$t || exit 1; done

check: check-tools smtpcode tools/gendata unit replay
	bats tests/cli

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
# the first failure: what make mutate runs against each mutant.  A unit
# program that runs for a minute (they take two seconds at most) is
# stuck in a loop: it fails.
QUICK_BATS =	tests/cli/scan.bats tests/cli/absence.bats \
		tests/cli/properties.bats tests/cli/shape.bats \
		tests/cli/options.bats tests/cli/lookup.bats \
		tests/cli/names.bats tests/cli/list.bats \
		tests/cli/docs.bats tests/cli/hardening.bats \
		tests/cli/annotate.bats tests/cli/summary.bats \
		tests/cli/bounce.bats tests/cli/compressed.bats \
		tests/cli/bounce-corpus.bats tests/cli/providers.bats \
		tests/cli/providers-data.bats tests/cli/reasons-data.bats \
		tests/cli/enhanced.bats tests/cli/logopts.bats

check-quick: smtpcode $(UNITS)
	@for t in $(UNITS); do timeout 60 ./$$t >/dev/null 2>&1 || exit 1; done
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
	python3 tools/mutate.py --seed 20261128 -n 30 --jobs $(JOBS) --min 75

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
# of each on a scratch copy of its seed corpus: the scanner's inputs go
# past two 64 KiB buffers, and it runs longer.  make check replays the
# seeds and every input that once failed (tests/fuzz/regressions/) through
# each target's body built with $(CC) and a plain main(): no libFuzzer.
FUZZCC =	clang
FUZZFLAGS =	-g -O1 -fsanitize=fuzzer,address,undefined \
		-fno-sanitize-recover=all
FUZZTIME =	60
FUZZTIME_LONG =	120
FUZZ_TARGETS =	operand scan json safe reason bounce input
FUZZERS =	$(FUZZ_TARGETS:%=tests/fuzz/fuzz_%)
REPLAYS =	$(FUZZ_TARGETS:%=tests/fuzz/replay_%)
FUZZDEPS =	tests/fuzz/json_check.h $(LIBSRCS) src/lookup.h src/output.h \
		src/scan.h src/table.h src/msg.h src/messages.def src/reason.h \
		src/tabledata.h src/message.h src/bounce.h src/finding.h \
		src/summary.h src/input.h src/input.cfg src/table.def \
		src/words.h src/cpu.h src/ascii.h src/jis0208.h \
		src/euc94.h

fuzz: $(FUZZERS)

tests/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZDEPS)
	$(FUZZCC) $(CPPFLAGS) -Itests/fuzz $(FUZZFLAGS) -o $@ $@.c \
	    $(LIBSRCS) $(INPUT_LIBS) -pthread

tests/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c libsmtpcode.a \
    $(FUZZDEPS)
	$(CC) $(CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ \
	    tests/fuzz/replay.c tests/fuzz/fuzz_$*.c libsmtpcode.a \
	    $(INPUT_LIBS) -pthread

replay: $(REPLAYS)
	@for t in $(FUZZ_TARGETS); do \
		./tests/fuzz/replay_$$t tests/fuzz/corpus/$$t \
		    tests/fuzz/regressions/$$t || exit 1; \
	done

fuzz-run: fuzz
	for t in $(FUZZ_TARGETS); do \
		rm -rf tests/fuzz/work/$$t && mkdir -p tests/fuzz/work/$$t && \
		cp tests/fuzz/corpus/$$t/* tests/fuzz/work/$$t/ && \
		if [ $$t = scan ]; then \
			opts="-max_total_time=$(FUZZTIME_LONG) -max_len=200000 -len_control=0"; \
		else \
			opts="-max_total_time=$(FUZZTIME) -max_len=8192"; \
		fi && \
		./tests/fuzz/fuzz_$$t $$opts -print_final_stats=1 \
		    -artifact_prefix=tests/fuzz/work/ tests/fuzz/work/$$t \
		    tests/fuzz/regressions/$$t || exit 1; \
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
lint: src/tabledata.h
	cppcheck --enable=warning,style,performance,portability --std=c11 \
	    --error-exitcode=1 --inline-suppr --suppress=variableScope \
	    --suppress=redundantContinue -q -Isrc -D__SSE2__ src tests/unit \
	    tools
	for f in src/*.c tools/gendata.c; do \
		clang-tidy --quiet $$f -- -std=c11 $(CPPFLAGS) || exit 1; \
	done
	shellcheck -x .ci/run bench/*.sh tests/cli/test_helper.bash \
	    tests/cli/reason-agreement.sh tests/data/bounces/check-expected.sh
	shellcheck -s bash completions/smtpcode.bash
	shellcheck -s bash tests/cli/*.bats
	zsh -n completions/_smtpcode tests/cli/zsh-complete.zsh
	fish --no-execute completions/smtpcode.fish
	mandoc -Tlint -Wwarning man/smtpcode.1
	mandoc -Tlint -Werror man/fr/smtpcode.1
	groff -k -mandoc -ww -z man/smtpcode.1 man/fr/smtpcode.1

clean:
	rm -f smtpcode libsmtpcode.a src/*.o src/input.cfg $(UNITS) $(FUZZERS) $(REPLAYS) \
	    smtpcode-$(VERSION).tar.gz
	rm -f tools/gendata src/tabledata.h src/tabledata.h.tmp
	rm -rf tests/fuzz/work

FORCE:

.PHONY: all unit check check-tools check-quick units install uninstall \
	dist lint mutate mutate-ci fuzz fuzz-run replay clean FORCE
