/* Fuzz target: the JSON string writer, on any bytes. */
#include <stdio.h>
#include <stdlib.h>

#include "json_check.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&out, &len);

	if (fp == NULL)
		return 0;
	json_string(fp, (const char *)data, size);
	fclose(fp);
	if (!json_valid(out, len))
		abort();
	free(out);
	return 0;
}
