/*
 * Reading mail messages: header fields (message.c), MIME parts streamed
 * line by line (mime.c) and delivery status reports (dsn.c).
 */
#ifndef MESSAGE_H
#define MESSAGE_H

#include <stddef.h>

/* message.c: RFC 5322 header fields, RFC 2047 encoded words, charsets */

int	 message_is_field(const char *, size_t);
int	 message_header(const char *, size_t, const char *, char *, size_t);
size_t	 message_unfold(const char *, size_t, char *, size_t);
size_t	 message_words(const char *, size_t, char *, size_t);
size_t	 message_charset(const char *, const char *, size_t, char *, size_t);
int	 message_charset_yields(const char *);
size_t	 message_addr(const char *, size_t, char *, size_t);
int	 message_is_addr(const char *, size_t);

/* mime.c: RFC 2045 and 2046, streamed */

#define MIME_DEPTH	64		/* parts nested deeper are skipped */
#define MIME_HEAD_MAX	((size_t)64 * 1024)	/* a part's header kept */
#define MIME_FIELD_MAX	((size_t)8 * 1024)	/* a header line kept */
#define MIME_BOUNDARY	80		/* RFC 2046 allows 70 */
#define MIME_SCRATCH	4096

enum mime_action { MIME_CONTINUE, MIME_PRUNE, MIME_STOP };

enum mime_enc { ENC_IDENTITY, ENC_QP, ENC_BASE64 };

/* What went wrong in a message's structure (bits). */
#define MIME_UNCLOSED	0x1	/* a multipart without its closing boundary */
#define MIME_TOODEEP	0x2	/* parts nested deeper than MIME_DEPTH */
#define MIME_HEADCUT	0x4	/* a header line or a header was cut */
#define MIME_HEADFULL	0x8	/* fields past MIME_HEAD_MAX were dropped */

/* A part as its header describes it; head is valid during begin only. */
struct mime_part {
	int		 depth;		/* 0: the message itself */
	int		 enclosed;	/* inside a message/rfc822 part */
	int		 message;	/* starts a message: depth 0, rfc822 */
	enum mime_enc	 enc;
	char		 type[80];	/* "text/plain", lowercased */
	char		 charset[40];	/* lowercased, "" when not given */
	char		 report_type[40];
	char		 boundary[MIME_BOUNDARY];
	const char	*head;		/* the header fields, still folded */
	size_t		 headlen;
};

/*
 * begin says what to do with a part: read it (CONTINUE), skip its body
 * and what it holds (PRUNE), or skip the rest of the message (STOP);
 * data gets the decoded body of each leaf read, and the preamble of a
 * multipart; end follows the last byte of a leaf.  Any may be NULL.
 */
struct mime_visitor {
	enum mime_action (*begin)(const struct mime_part *, void *);
	void		 (*data)(const struct mime_part *, const char *,
			    size_t, void *);
	void		 (*end)(const struct mime_part *, void *);
	void		*arg;
};

struct mime_frame {
	char		 boundary[MIME_BOUNDARY];
	size_t		 len;
	int		 depth;		/* of the multipart */
	int		 enclosed;
	int		 digest;	/* multipart/digest: parts are messages */
};

/* The state of one message being read. */
struct mime {
	struct mime_visitor	 v;
	int			 state;
	int			 depth;		/* of the part being read */
	int			 enclosed;
	int			 digest;
	int			 message;	/* the next part starts one */
	unsigned		 problems;	/* MIME_* bits */
	unsigned		 acc;		/* base64 bits not yet written */
	int			 nacc;
	size_t			 nstack;
	struct mime_frame	 stack[MIME_DEPTH];
	struct mime_part	 part;
	size_t			 headlen;
	size_t			 fieldlen;	/* of the field being read */
	char			 head[MIME_HEAD_MAX];
	char			 scratch[MIME_SCRATCH];
};

void	 mime_begin(struct mime *, const struct mime_visitor *);
void	 mime_line(struct mime *, const char *, size_t);
unsigned mime_end(struct mime *);
unsigned mime_walk(struct mime *, const char *, size_t,
	    const struct mime_visitor *);
int	 mime_param(const char *, const char *, char *, size_t);
size_t	 mime_qp(const char *, size_t, char *, int *);
size_t	 mime_base64(const char *, size_t, char *, unsigned *, int *);

/* dsn.c: RFC 3464 delivery status, RFC 6533, RFC 5965 fields */

#define DSN_RCPT_MAX	128
#define DSN_VALUE_MAX	1024

struct dsn_rcpt {
	char		 final[256];		/* address, type prefix removed */
	char		 original[256];
	char		 action[32];
	char		 status[32];
	char		 remote_mta[256];
	char		 diagnostic[DSN_VALUE_MAX];
	char		 last_attempt[128];
	char		 will_retry[128];
	int		 program;	/* the diagnostic's type is X-Unix */
	int		 other_type;	/* final's type is x400, x-local... */
	int		 orig_mail;	/* original's is rfc822 or utf-8 */
};

struct dsn {
	char		 reporting_mta[256];
	char		 arrival_date[128];
	size_t		 nrcpt;
	size_t		 dropped;		/* recipients past DSN_RCPT_MAX */
	struct dsn_rcpt	 rcpt[DSN_RCPT_MAX];
};

int	 dsn_next(const char *, size_t, size_t *, char *, size_t, char *,
	    size_t);
size_t	 dsn_uncomment(char *);
char	*dsn_untype(char *);
void	 dsn_parse(const char *, size_t, struct dsn *);

#endif
