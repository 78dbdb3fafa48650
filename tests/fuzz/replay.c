/*
 * Replay saved inputs through a fuzz target without libFuzzer: each
 * FILE, or each file of a directory, is passed to the target once.
 * make check runs this on tests/fuzz/regressions/.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

#define INPUT_MAX	(1024 * 1024)

static unsigned char	 input[INPUT_MAX];

static int
replay_file(const char *path)
{
	FILE	*fp;
	size_t	 n;

	if ((fp = fopen(path, "rb")) == NULL) {
		perror(path);
		return 1;
	}
	n = fread(input, 1, sizeof(input), fp);
	fclose(fp);
	if (n == sizeof(input)) {
		fprintf(stderr, "%s: over %d bytes\n", path, INPUT_MAX);
		return 1;
	}
	LLVMFuzzerTestOneInput(input, n);
	return 0;
}

static int
replay(const char *path, size_t *count)
{
	struct stat	 st;
	struct dirent	*de;
	DIR		*d;
	char		 sub[4096];
	int		 err = 0;

	if (stat(path, &st) == -1) {
		perror(path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return replay_file(path);
	}
	if ((d = opendir(path)) == NULL) {
		perror(path);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, de->d_name);
		err |= replay(sub, count);
	}
	closedir(d);
	return err;
}

int
main(int argc, char *argv[])
{
	size_t	 count = 0;
	int	 i, err = 0;

	for (i = 1; i < argc; i++)
		err |= replay(argv[i], &count);
	printf("%s: %zu inputs replayed\n", argc > 0 ? argv[0] : "replay",
	    count);
	return err;
}
