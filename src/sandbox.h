/* Giving up what reading logs never needs: writing files, running programs. */
#ifndef SANDBOX_H
#define SANDBOX_H

/*
 * Once options are parsed: from here on no file can be written, created,
 * removed or run, where the system can forbid it (Landlock on Linux,
 * pledge and unveil on OpenBSD).  reads_files: FILE operands are still
 * to be opened.  Return 0, or -1 with errno set if a sandbox the system
 * offers could not be entered.
 */
int	sandbox_enter(int);

/* Whether this system has a sandbox that sandbox_enter uses. */
int	sandbox_available(void);

#endif
