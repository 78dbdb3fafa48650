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

LIBOBJS =	src/table.o src/lookup.o src/output.o src/scan.o
UNITS =		tests/unit/test_table tests/unit/test_lookup \
		tests/unit/test_output tests/unit/test_scan

all: smtpcode

smtpcode: src/main.o libsmtpcode.a
	$(CC) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ src/main.o libsmtpcode.a

libsmtpcode.a: $(LIBOBJS)
	rm -f $@
	$(AR) rcs $@ $(LIBOBJS)

.c.o:
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c -o $@ $<

src/main.o: src/lookup.h src/output.h src/scan.h src/table.h
src/table.o: src/table.h
src/lookup.o: src/lookup.h src/table.h
src/output.o: src/output.h src/lookup.h src/table.h
src/scan.o: src/scan.h src/output.h src/lookup.h src/table.h

tests/unit/%: tests/unit/%.c libsmtpcode.a tests/unit/unit.h
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ $@.c \
	    libsmtpcode.a

check: smtpcode $(UNITS)
	@for t in $(UNITS); do ./$$t || exit 1; done
	bats tests/cli

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
	cd $(DESTDIR)$(PREFIX) && chmod 644 share/man/man1/smtpcode.1 \
	    share/man/fr/man1/smtpcode.1 \
	    share/bash-completion/completions/smtpcode \
	    share/zsh/site-functions/_smtpcode \
	    share/fish/vendor_completions.d/smtpcode.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/smtpcode \
	    $(DESTDIR)$(MANDIR)/man1/smtpcode.1 \
	    $(DESTDIR)$(MANDIR)/fr/man1/smtpcode.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/smtpcode \
	    $(DESTDIR)$(ZSHCOMPDIR)/_smtpcode \
	    $(DESTDIR)$(FISHCOMPDIR)/smtpcode.fish

# Every shell script of the project, and the manuals.
lint:
	shellcheck -x .ci/run bench/*.sh tests/cli/test_helper.bash
	shellcheck -s bash completions/smtpcode.bash
	shellcheck -s bash tests/cli/*.bats
	mandoc -Tlint -Wwarning man/smtpcode.1 man/fr/smtpcode.1

clean:
	rm -f smtpcode libsmtpcode.a src/*.o $(UNITS)

.PHONY: all check install uninstall lint clean
