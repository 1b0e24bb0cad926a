/*
 * lexicon.c: finding and loading the default dictionaries.
 */
#include "analyse/lexicon.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/banned.h"

#ifndef BRIEF_DATADIR
#define BRIEF_DATADIR "/usr/local/share/brief"
#endif

static int has_actors(const char *dir)
{
	char p[4300];
	struct stat st;
	snprintf(p, sizeof(p), "%s/actors", dir);
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

int lexicon_find_dir(char *out, size_t outsz)
{
	const char *env = getenv("BRIEF_DATA");
	char exe[4096];
	ssize_t n;
	if (env && *env && has_actors(env)) {
		snprintf(out, outsz, "%s", env);
		return 0;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		int up;
		char *slash;
		exe[n] = 0;
		for (up = 0; up < 4; up++) {
			char cand[4200];
			slash = strrchr(exe, '/');
			if (!slash)
				break;
			*slash = 0;
			/* a source tree (build/brief: ../data) or an installed
			 * tree moved elsewhere (bin/brief: ../share/brief) */
			snprintf(cand, sizeof(cand), "%s/data", exe);
			if (has_actors(cand)) {
				snprintf(out, outsz, "%s", cand);
				return 0;
			}
			snprintf(cand, sizeof(cand), "%s/share/brief", exe);
			if (has_actors(cand)) {
				snprintf(out, outsz, "%s", cand);
				return 0;
			}
		}
	}
	if (has_actors(BRIEF_DATADIR)) {
		snprintf(out, outsz, "%s", BRIEF_DATADIR);
		return 0;
	}
	return -ERR_NOTFOUND;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

#define MAX_FILES 256 /* of each kind */

/* The default dictionaries of one kind: the *.txt files of dir/sub. */
struct kind_files {
	enum dict_kind kind;
	const char *sub;
	char path[4096];
	char *names[MAX_FILES]; /* in name order, owned */
	size_t n;
};

/* List `k`'s files (none if the directory is missing) and the bytes they hold. */
static MUST_CHECK int list_kind(struct kind_files *k, const char *dir, size_t *bytes,
				struct error *err)
{
	*bytes = 0;
	struct dirent *de;
	DIR *dh;
	size_t i;
	int rc = 0;
	snprintf(k->path, sizeof(k->path), "%s/%s", dir, k->sub);
	dh = opendir(k->path);
	if (!dh)
		return 0; /* a kind with no files is fine */
	while ((de = readdir(dh))) {
		size_t l = strlen(de->d_name);
		if (de->d_name[0] == '.' || l < 5 || strcmp(de->d_name + l - 4, ".txt"))
			continue;
		if (k->n == MAX_FILES) { /* never load a part of the dictionaries */
			rc = error_set(err, ERR_LIMIT, "%s: more than %d dictionary files", k->path,
				       MAX_FILES);
			break;
		}
		k->names[k->n] = strdup(de->d_name);
		if (!k->names[k->n]) {
			rc = error_nomem(err);
			break;
		}
		k->n++;
	}
	closedir(dh);
	qsort(k->names, k->n, sizeof(k->names[0]), cmp_str);
	for (i = 0; i < k->n; i++) {
		char f[4400];
		struct stat st;
		snprintf(f, sizeof(f), "%s/%s", k->path, k->names[i]);
		if (stat(f, &st) == 0 && st.st_size > 0)
			*bytes += (size_t)st.st_size;
	}
	return rc;
}

/* Load the first `nkinds` kinds of the defaults (actors first). */
static MUST_CHECK int load_kinds(struct dict *d, const char *dir, size_t nkinds, struct error *err)
{
	struct kind_files *kinds = calloc(DICT_KINDS, sizeof(*kinds));
	struct buf text = BUF_INIT; /* each file in turn */
	size_t bytes[DICT_KINDS] = { 0 }, k, i;
	int rc = 0;
	if (!kinds)
		return error_nomem(err);
	kinds[0].kind = DICT_ACTORS;
	kinds[0].sub = "actors";
	kinds[1].kind = DICT_AGENTS;
	kinds[1].sub = "agents";
	kinds[2].kind = DICT_VERBS;
	kinds[2].sub = "verbs";
	kinds[3].kind = DICT_DISCARDS;
	kinds[3].sub = "discards";
	for (k = 0; k < nkinds && !rc; k++)
		rc = list_kind(&kinds[k], dir, &bytes[kinds[k].kind], err);
	/* the tables sized once for all the files, rather than growing file by file */
	if (!rc)
		rc = dict_reserve(d, bytes, err);
	for (k = 0; k < nkinds; k++)
		for (i = 0; i < kinds[k].n; i++) {
			char f[4400];
			snprintf(f, sizeof(f), "%s/%s", kinds[k].path, kinds[k].names[i]);
			if (!rc)
				rc = dict_load_file_with(d, kinds[k].kind, f, &text, err);
			free(kinds[k].names[i]);
		}
	buf_release(&text);
	free(kinds);
	return rc;
}

int lexicon_load_defaults(struct dict *d, const char *dir, struct error *err)
{
	int rc = load_kinds(d, dir, DICT_KINDS, err);
	if (rc)
		return rc;
	d->flags |= DICT_F_OPEN;
	return 0;
}

int lexicon_load_actors(struct dict *d, const char *dir, struct error *err)
{
	return load_kinds(d, dir, 1, err);
}
