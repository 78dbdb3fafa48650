/* What smtpcode says to its user, in each language (src/messages.def). */
#include "msg.h"

const char *const msg_texts[M_MAX][LANG_MAX] = {
#define MSG(key, en, fr)	[key] = { en, fr },
#include "messages.def"
#undef MSG
};

const char *
msg_text(enum msgid id, enum lang lang)
{
	return msg_texts[id < M_MAX ? id : M_TRY_HELP][lang < LANG_MAX ?
	    lang : LANG_EN];
}
