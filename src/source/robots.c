/*
 * robots.c: robots.txt parsing and matching. See robots.h.
 */
#include "source/robots.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/array.h"

#include "util/banned.h"

#define ROBOTS_MAX_RULES 4096

struct rule {
	char *pattern;
	size_t len;
	int allow;
};

struct robots {
	struct rule *rules;
	size_t n, alloc;
	double delay;
	int deny_all;
};

static struct robots *robots_new(void)
{
	struct robots *r = calloc(1, sizeof(*r));
	if (r)
		r->delay = -1;
	return r;
}

struct robots *robots_allow_all(void)
{
	return robots_new();
}

struct robots *robots_deny_all(void)
{
	struct robots *r = robots_new();
	if (r)
		r->deny_all = 1;
	return r;
}

static int add_rule(struct robots *r, const char *p, size_t len, int allow)
{
	struct rule *ru;
	if (r->n >= ROBOTS_MAX_RULES)
		return 0;
	if (ARRAY_GROW(r->rules, r->n, r->alloc) < 0)
		return -1;
	ru = &r->rules[r->n];
	ru->pattern = malloc(len + 1);
	if (!ru->pattern)
		return -1;
	memcpy(ru->pattern, p, len);
	ru->pattern[len] = '\0';
	ru->len = len;
	ru->allow = allow;
	r->n++;
	return 0;
}

/* Does the user-agent line value `v` name our `agent`? */
static int agent_matches(const char *v, size_t vlen, const char *agent)
{
	size_t al = strlen(agent), i;
	if (!al || vlen < al)
		return 0;
	for (i = 0; i + al <= vlen; i++)
		if (!strncasecmp(v + i, agent, al))
			return 1;
	return 0;
}

/*
 * Two passes over the text: the first learns whether any group names us,
 * the second keeps the rules of the groups that apply.
 */
static int parse_pass(struct robots *r, const char *txt, size_t len, const char *agent,
		      int want_specific, int *found_specific)
{
	size_t i = 0;
	int in_agents = 0;  /* last line was a user-agent line */
	int group_ours = 0; /* the current group applies */
	int group_star = 0;
	while (i < len) {
		const char *line = txt + i, *end = memchr(line, '\n', len - i), *colon, *hash;
		size_t ll = end ? (size_t)(end - line) : len - i, klen;
		const char *v;
		size_t vlen;
		i += ll + (end ? 1 : 0);
		hash = memchr(line, '#', ll);
		if (hash)
			ll = (size_t)(hash - line);
		while (ll && isspace((unsigned char)line[ll - 1]))
			ll--;
		while (ll && isspace((unsigned char)*line)) {
			line++;
			ll--;
		}
		if (!ll)
			continue;
		colon = memchr(line, ':', ll);
		if (!colon)
			continue;
		klen = (size_t)(colon - line);
		while (klen && isspace((unsigned char)line[klen - 1]))
			klen--;
		v = colon + 1;
		vlen = ll - (size_t)(v - line);
		while (vlen && isspace((unsigned char)*v)) {
			v++;
			vlen--;
		}
		if (klen == 10 && !strncasecmp(line, "user-agent", 10)) {
			if (!in_agents) {
				group_ours = 0;
				group_star = 0;
			}
			in_agents = 1;
			if (vlen == 1 && *v == '*')
				group_star = 1;
			else if (agent_matches(v, vlen, agent)) {
				group_ours = 1;
				*found_specific = 1;
			}
			continue;
		}
		in_agents = 0;
		if (!(want_specific ? group_ours : group_star))
			continue;
		if ((klen == 8 && !strncasecmp(line, "disallow", 8)) ||
		    (klen == 5 && !strncasecmp(line, "allow", 5))) {
			int allow = klen == 5;
			if (vlen == 0)
				continue; /* "Disallow:" with nothing allows all */
			if (add_rule(r, v, vlen, allow) < 0)
				return -1;
		} else if (klen == 11 && !strncasecmp(line, "crawl-delay", 11)) {
			char tmp[32];
			size_t n = vlen < sizeof(tmp) - 1 ? vlen : sizeof(tmp) - 1;
			double d;
			memcpy(tmp, v, n);
			tmp[n] = '\0';
			d = strtod(tmp, NULL);
			if (d >= 0 && d > r->delay)
				r->delay = d;
		}
	}
	return 0;
}

struct robots *robots_parse(const char *txt, size_t len, const char *agent)
{
	struct robots *r = robots_new();
	int specific = 0, dummy = 0;
	if (!r || !txt || !len)
		return r;
	if (parse_pass(r, txt, len, agent, 1, &specific) < 0)
		goto fail;
	if (!specific && parse_pass(r, txt, len, agent, 0, &dummy) < 0)
		goto fail;
	return r;
fail:
	robots_free(r);
	return NULL;
}

/*
 * Match `p` (with '*' and a final '$') against the start of `s`, in
 * O(len(p) * len(s)) at worst: the classic wildcard walk that, on a
 * mismatch, moves the last star one character on.
 */
static int match(const char *p, size_t plen, const char *s)
{
	int anchored = plen && p[plen - 1] == '$';
	size_t pi = 0, si = 0, slen = strlen(s), star = (size_t)-1, mark = 0;
	if (anchored)
		plen--;
	while (si < slen) {
		if (pi < plen && p[pi] == '*') {
			star = pi++;
			mark = si;
		} else if (pi < plen && p[pi] == s[si]) {
			pi++;
			si++;
		} else if (pi == plen && !anchored) {
			return 1;
		} else if (star != (size_t)-1) {
			pi = star + 1;
			si = ++mark;
		} else {
			return 0;
		}
	}
	while (pi < plen && p[pi] == '*')
		pi++;
	return pi == plen;
}

int robots_allowed(const struct robots *r, const char *path)
{
	size_t i, best = 0;
	int allow = 1, any = 0;
	if (!r)
		return 1;
	if (r->deny_all)
		return 0;
	if (!path || !*path)
		path = "/";
	for (i = 0; i < r->n; i++) {
		const struct rule *ru = &r->rules[i];
		if (!match(ru->pattern, ru->len, path))
			continue;
		if (!any || ru->len > best || (ru->len == best && ru->allow && !allow)) {
			best = ru->len;
			allow = ru->allow;
			any = 1;
		}
	}
	return allow;
}

double robots_crawl_delay(const struct robots *r)
{
	return r ? r->delay : -1;
}

size_t robots_rule_count(const struct robots *r)
{
	return r ? r->n : 0;
}

void robots_free(struct robots *r)
{
	size_t i;
	if (!r)
		return;
	for (i = 0; i < r->n; i++)
		free(r->rules[i].pattern);
	free(r->rules);
	free(r);
}
