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

static int load_dir(struct dict *d, enum dict_kind kind, const char *dir, const char *sub,
		    struct error *err)
{
	char path[4096];
	char *names[256];
	size_t n = 0, i;
	struct dirent *de;
	DIR *dh;
	int rc = 0;
	snprintf(path, sizeof(path), "%s/%s", dir, sub);
	dh = opendir(path);
	if (!dh)
		return 0; /* a kind with no files is fine */
	while ((de = readdir(dh)) && n < 256) {
		size_t l = strlen(de->d_name);
		if (de->d_name[0] == '.' || l < 5 || strcmp(de->d_name + l - 4, ".txt"))
			continue;
		names[n] = strdup(de->d_name);
		if (!names[n]) {
			rc = error_nomem(err);
			break;
		}
		n++;
	}
	closedir(dh);
	qsort(names, n, sizeof(names[0]), cmp_str);
	for (i = 0; i < n; i++) {
		char f[4400];
		snprintf(f, sizeof(f), "%s/%s", path, names[i]);
		if (!rc)
			rc = dict_load_file(d, kind, f, err);
		free(names[i]);
	}
	return rc;
}

int lexicon_load_defaults(struct dict *d, const char *dir, struct error *err)
{
	int r;
	if ((r = load_dir(d, DICT_ACTORS, dir, "actors", err)) < 0 ||
	    (r = load_dir(d, DICT_AGENTS, dir, "agents", err)) < 0 ||
	    (r = load_dir(d, DICT_VERBS, dir, "verbs", err)) < 0 ||
	    (r = load_dir(d, DICT_DISCARDS, dir, "discards", err)) < 0)
		return r;
	d->flags |= DICT_F_OPEN;
	return 0;
}
