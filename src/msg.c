/* What smtpcode says to its user, in each language (src/messages.def). */
#include "msg.h"

/*
 * Every message, each a member: the table below holds offsets in it, not
 * pointers, which the loader would relocate each time smtpcode starts.
 */
static const struct msg_strings {
#define MSG(key, en, fr)	char key##_en[sizeof(en)], key##_fr[sizeof(fr)];
#include "messages.def"
#undef MSG
} msg_strings = {
#define MSG(key, en, fr)	en, fr,
#include "messages.def"
#undef MSG
};

#define MS(m)	((uint32_t)offsetof(struct msg_strings, m))

static const uint32_t msg_texts[M_MAX][LANG_MAX] = {
#define MSG(key, en, fr)	[key] = { MS(key##_en), MS(key##_fr) },
#include "messages.def"
#undef MSG
};

const char *
msg_text(enum msgid id, enum lang lang)
{
	return (const char *)&msg_strings + msg_texts[id < M_MAX ? id :
	    M_TRY_HELP][lang < LANG_MAX ? lang : LANG_EN];
}
