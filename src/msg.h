/* What smtpcode says to its user, in each language (src/messages.def). */
#ifndef MSG_H
#define MSG_H

#include <stddef.h>

#include "table.h"

enum msgid {
#define MSG(key, en, fr)	key,
#include "messages.def"
#undef MSG
	M_MAX
};

const char	*msg_text(enum msgid, enum lang);

#endif
