/*
 * original.c: is this piece republished, and from where?
 *
 * Syndicated articles say so in a line at the top or the bottom of the
 * text ("This article was originally published on The Conversation",
 * "Read more: ...", "Source: Reuters"). Such a line is not article text:
 * it is turned into {name, url} and dropped from the blocks. Metadata
 * (JSON-LD isBasedOn / sourceOrganization) is read in metadata.c; a line
 * found here fills only what the metadata left empty.
 */
#include "extract/internal.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "util/banned.h"

/* Longest line taken as a notice; longer ones are prose that mentions a source. */
#define NOTICE_MAX 300
/* How many blocks at each end are looked at. */
#define HEAD_BLOCKS 3
#define TAIL_BLOCKS 5

/*
 * Lead-ins, lowercase. After the lead-in comes the outlet's name. Entries
 * ending in a space need a following word; "source:" style entries end in
 * a colon. `tail_only` ones are taken only near the end of the text, where
 * a republisher puts them ("Read more:" mid-text is a teaser, not a source).
 */
static const struct {
	const char *lead;
	int tail_only;
} leads[] = {
	{ "this article was originally published on ", 0 },
	{ "this article was originally published in ", 0 },
	{ "this article was originally published by ", 0 },
	{ "this article originally appeared on ", 0 },
	{ "this article originally appeared in ", 0 },
	{ "this article first appeared on ", 0 },
	{ "this article first appeared in ", 0 },
	{ "this article was first published on ", 0 },
	{ "this article was first published in ", 0 },
	{ "this article was first published by ", 0 },
	{ "this story was originally published by ", 0 },
	{ "this story was originally published on ", 0 },
	{ "this story was originally published in ", 0 },
	{ "this story originally appeared on ", 0 },
	{ "this story originally appeared in ", 0 },
	{ "this story first appeared on ", 0 },
	{ "this story first appeared in ", 0 },
	{ "this post was originally published on ", 0 },
	{ "this post originally appeared on ", 0 },
	{ "this piece was originally published by ", 0 },
	{ "this piece was originally published on ", 0 },
	{ "this piece originally appeared on ", 0 },
	{ "this piece originally appeared in ", 0 },
	{ "originally published by ", 0 },
	{ "originally published on ", 0 },
	{ "originally published in ", 0 },
	{ "originally published at ", 0 },
	{ "originally appeared on ", 0 },
	{ "originally appeared in ", 0 },
	{ "first published by ", 0 },
	{ "first published on ", 0 },
	{ "first published in ", 0 },
	{ "republished with permission from ", 0 },
	{ "republished with permission of ", 0 },
	{ "republished from ", 0 },
	{ "reprinted with permission from ", 0 },
	{ "reprinted from ", 0 },
	{ "read more: ", 1 },
	{ "read more at ", 1 },
	{ "read the original article on ", 1 },
	{ "read the original article at ", 1 },
	{ "source: ", 1 },
	{ "sources: ", 1 },
	{ "via ", 1 },
};

/* Where the outlet's name ends: sentence end, clause, or a "under a licence" tail. */
static size_t name_end(const char *s, size_t n)
{
	static const char *const stops[] = {
		" under ", " and is ", " and was ", " and has ", " with permission",
		" on ",    " as ",     " at http",  " (",        " — ",
		" – ",     " - ",      " | ",       ". ",        NULL,
	};
	size_t end = n, i;
	for (i = 0; stops[i]; i++) {
		const char *p = strstr(s, stops[i]);
		if (p && (size_t)(p - s) < end && p > s)
			end = (size_t)(p - s);
	}
	for (i = 0; i < end; i++)
		if (s[i] == ',' || s[i] == ';' || s[i] == '(' || s[i] == '\n')
			end = i;
	while (end &&
	       (s[end - 1] == '.' || s[end - 1] == ' ' || s[end - 1] == ':' || s[end - 1] == '!'))
		end--;
	return end;
}

static int line_match(const char *line, int tail, struct arena *a, const char **name)
{
	size_t i, n = strlen(line);
	const char *s = line;

	*name = NULL;
	/* notices are often set in italics or brackets: "[Originally published ...]" */
	while (*s == '*' || *s == '_' || *s == '[' || *s == '(' || *s == ' ')
		s++;
	if (n > NOTICE_MAX)
		return 0;
	for (i = 0; i < sizeof(leads) / sizeof(leads[0]); i++) {
		size_t ln = strlen(leads[i].lead);
		const char *rest;
		size_t e;
		if (leads[i].tail_only && !tail)
			continue;
		if (strncasecmp(s, leads[i].lead, ln))
			continue;
		rest = s + ln;
		if (!strncasecmp(rest, "the website of ", 15))
			rest += 15;
		e = name_end(rest, strlen(rest));
		while (e && (rest[e - 1] == ']' || rest[e - 1] == ')' || rest[e - 1] == '*' ||
			     rest[e - 1] == '_'))
			e--;
		/* "Read more: a headline of twelve words" names no outlet, but still is one */
		if (e && e <= 80)
			*name = arena_strndup(a, rest, e);
		return 1;
	}
	return 0;
}

int original_parse_line(const char *line, struct arena *a, const char **name)
{
	return line ? line_match(line, 1, a, name) : 0;
}

int original_line(const char *line, int tail, struct arena *a, const char **name)
{
	*name = NULL;
	if (!line)
		return 0;
	if (line_match(line, 0, a, name))
		return 1;
	return tail && line_match(line, 1, a, name) ? 2 : 0;
}

void original_detect(struct blocks *bl, struct arena *a, const char *base_url,
		     struct extract_original *orig)
{
	size_t i;
	for (i = 0; i < bl->n; i++) {
		struct block *b = &bl->v[i];
		int head = i < HEAD_BLOCKS, tail = i + TAIL_BLOCKS >= bl->n;
		const char *name;
		if (b->dropped || (!head && !tail))
			continue;
		if (!line_match(b->text, tail, a, &name))
			continue;
		b->dropped = 1;
		if (!orig->name && name)
			orig->name = name;
		if (!orig->url && b->href && url_is_safe(b->href))
			orig->url = dom_url(a, base_url, b->href);
	}
}
