/*
 * work.c: queueing an archive's pages and working the queue. See work.h.
 */
#include "pipeline/work.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "corpus/events.h"
#include "corpus/related.h"
#include "corpus/stories.h"
#include "pipeline/ingest.h"
#include "pipeline/internal.h"
#include "source/fetch.h"
#include "source/warc.h"
#include "store/store.h"
#include "util/buf.h"
#include "util/url.h"

#include "util/banned.h"

#define QUEUE_BATCH 256

/*
 * ERR_USAGE naming why, when `path` is not a WARC archive queue_warc can
 * read: a URL, a directory, a file of another kind by its first bytes. 0
 * otherwise: a file missing, unreadable, empty or not a plain file is
 * warc_open's to report, as it is (its first bytes say nothing).
 */
static MUST_CHECK int warc_input_check(const char *path, struct error *err)
{
	static const char *const kinds[] = {
		[IN_HTML] = "an HTML page",   [IN_FEED] = "a feed",
		[IN_WARC] = "a WARC archive", [IN_JSONL] = "JSON Lines",
		[IN_SITEMAP] = "a sitemap",   [IN_OPML] = "an OPML list"
	};
	static const char why[] = "on PostgreSQL, ingest takes WARC archives only "
				  "(.warc, .warc.gz)";
	struct stat sb;
	enum ingest_kind kind;

	if (url_is_http(path))
		return error_set(
			err, ERR_USAGE,
			"%s: a URL: %s; follow it with 'brief add' for the workers to fetch", path,
			why);
	if (!strcmp(path, "-") || stat(path, &sb) < 0)
		return 0;
	if (S_ISDIR(sb.st_mode))
		return error_set(err, ERR_USAGE, "%s: a directory: %s, not directories or pages",
				 path, why);
	if (!S_ISREG(sb.st_mode) || sb.st_size == 0 || access(path, R_OK) != 0)
		return 0;
	if ((kind = ingest_sniff_file(path)) != IN_WARC)
		return error_set(err, ERR_USAGE, "%s: %s, not a WARC archive: %s", path,
				 kinds[kind], why);
	return 0;
}

int work_queue_warc(struct store *st, const char *path, const struct work_options *opt,
		    struct work_stats *stats, struct error *err)
{
	struct warc_reader *wr;
	struct warc_record rec;
	struct buf label = BUF_INIT;
	uint64_t n = 0;
	size_t in_txn = 0;
	int r = 0, nr;

	if ((r = warc_input_check(path, err)) < 0)
		return r;
	if ((r = warc_open(&wr, path, opt->max_input ? opt->max_input : WARC_DEFAULT_MAX_RECORD,
			   err)) < 0)
		return r;
	while ((nr = warc_next(wr, &rec, err)) == 1) {
		struct document d = { 0 };
		char sha[65];
		int64_t id;
		int added = 0;
		n++;
		if (!ingest_warc_page(&rec))
			continue;
		stats->seen++;
		if (!in_txn && (r = store_begin(st, err)) < 0)
			break;
		buf_reset(&label);
		if (buf_addf(&label, "%s#%llu (%s)", path, (unsigned long long)n, rec.target_uri) <
		    0) {
			r = error_nomem(err);
			break;
		}
		d.url = url_is_http(rec.target_uri) ? rec.target_uri : NULL;
		d.content_type = rec.http_content_type;
		d.body = rec.payload;
		d.len = rec.payload_len;
		/* the job names the document by its hash: the same page is one job */
		if ((r = store_document_put(st, &d, sha, &id, &added, err)) < 0 ||
		    (r = store_job_add(st, "document", sha, label.data, opt->max_attempts, &added,
				       err)) < 0)
			break;
		if (added)
			stats->queued++;
		if (++in_txn == QUEUE_BATCH) {
			in_txn = 0;
			if ((r = store_commit(st, err)) < 0)
				break;
		}
	}
	if (nr < 0 && r == 0)
		r = nr;
	if (in_txn) {
		if (r < 0)
			store_rollback(st);
		else
			r = store_commit(st, err);
	}
	{
		const struct warc_stats *ws = warc_reader_stats(wr);
		stats->records_bad += (size_t)(ws->skipped + ws->too_large);
		stats->records_damaged += (size_t)ws->skipped;
	}
	warc_close(wr);
	buf_release(&label);
	return r;
}

int work_queue_related(struct store *st, const struct work_options *opt, struct work_stats *stats,
		       struct error *err)
{
	int64_t *ids = NULL;
	size_t n = 0, i;
	int r, added;
	char arg[24];

	/* every article not computed yet: they stay pending until a job computes them */
	if ((r = store_related_pending(st, SIZE_MAX / sizeof(*ids), &ids, &n, err)) < 0)
		return r;
	for (i = 0; i < n && r == 0; i++) {
		if (i % QUEUE_BATCH == 0 && (r = store_begin(st, err)) < 0)
			break;
		snprintf(arg, sizeof(arg), "%" PRId64, ids[i]);
		if ((r = store_job_add(st, "related", arg, NULL, opt->max_attempts, &added, err)) <
		    0) {
			store_rollback(st);
			break;
		}
		if (added)
			stats->queued++;
		if ((i + 1) % QUEUE_BATCH == 0 || i + 1 == n)
			r = store_commit(st, err);
	}
	free(ids);
	return r;
}

int work_queue_fetch(struct store *st, int64_t now, int all, const struct work_options *opt,
		     struct work_stats *stats, struct error *err)
{
	struct subscription_list l = { 0 };
	char arg[24];
	size_t i;
	int r, added;

	if ((r = store_subscription_list(st, !all, now, &l, err)) < 0)
		return r;
	for (i = 0; i < l.n && r == 0; i++) {
		if (i % QUEUE_BATCH == 0 && (r = store_begin(st, err)) < 0)
			break;
		snprintf(arg, sizeof(arg), "%" PRId64, l.items[i].id);
		if ((r = store_job_add(st, "fetch", arg, l.items[i].url, opt->max_attempts, &added,
				       err)) < 0) {
			store_rollback(st);
			break;
		}
		if (added)
			stats->queued++;
		if ((i + 1) % QUEUE_BATCH == 0 || i + 1 == l.n)
			r = store_commit(st, err);
	}
	subscription_list_release(&l);
	return r;
}

/* One job of a batch, read and extracted before the batch's transaction. */
struct work_item {
	struct buf body;
	char *url, *content_type;
	struct ingest_doc doc;
	struct ingest_extracted x;
	int extracted;
	int64_t article; /* "related" and "events" jobs: the article, when valid */
	int fetched;     /* a "fetch" job done: its source polled, its articles stored */
	struct ingest_stats polled;
	struct error err; /* why it cannot be done, when !extracted, !article and !fetched */
};

static void work_item_release(struct work_item *it)
{
	if (it->extracted)
		ingest_extracted_release(&it->x);
	buf_release(&it->body);
	free(it->url);
	free(it->content_type);
}

/*
 * Do a "fetch" job: poll its source through the worker's fetcher, which
 * stores what is new in transactions of its own (no batch may stay open
 * while the network answers), then queue the new articles' related news.
 * A source that answers with an error is not a failed job: the source's
 * own state keeps the error and puts its next poll off, as `brief fetch`.
 */
static void fetch_job(struct store *st, const struct store_job *j, const struct work_options *opt,
		      struct work_item *it)
{
	struct ingest_options io = { 0 };
	struct work_stats qs = { 0 };

	io.max_input = opt->max_input;
	io.fetcher = opt->fetcher;
	io.allow_private = opt->allow_private;
	if (ingest_poll(st, (int64_t)time(NULL), 0, j->arg, &io, &it->polled, &it->err) < 0)
		return;
	if (it->polled.store_failed) {
		it->err = it->polled.store_error;
		return;
	}
	if ((it->polled.added || it->polled.updated) &&
	    (store_term_stats_refresh(st, 0, &it->err) < 0 ||
	     work_queue_related(st, opt, &qs, &it->err) < 0))
		return;
	it->fetched = 1;
}

/* Read a document job's page and extract its article: no write yet. */
static void item_prepare(struct store *st, const struct store_job *j,
			 const struct work_options *opt, struct work_item *it)
{
	struct ingest_options io = { 0 };
	memset(it, 0, sizeof(*it));
	if (!strcmp(j->kind, "fetch")) {
		fetch_job(st, j, opt, it);
		return;
	}
	if (!strcmp(j->kind, "related") || !strcmp(j->kind, "events")) {
		char *end;
		long long id;
		errno = 0;
		id = strtoll(j->arg, &end, 10);
		if (errno || *end || end == j->arg || id <= 0)
			error_set(&it->err, ERR_USAGE, "'%.40s' is not an article id", j->arg);
		else
			it->article = id;
		return;
	}
	if (strcmp(j->kind, "document") != 0) {
		error_set(&it->err, ERR_USAGE, "unknown job kind '%.40s'", j->kind);
		return;
	}
	if (store_document_body(st, j->arg, &it->body, &it->err) < 0 ||
	    store_document_meta(st, j->arg, &it->url, &it->content_type, &it->err) < 0)
		return;
	io.max_input = opt->max_input;
	it->doc.input = j->label ? j->label : j->arg;
	it->doc.url = it->url && url_is_http(it->url) ? it->url : NULL;
	it->doc.content_type = it->content_type;
	it->doc.data = it->body.data ? it->body.data : "";
	it->doc.len = it->body.len;
	if (ingest_extract(&it->doc, &io, &it->x, &it->err) == 0)
		it->extracted = 1;
}

/* Errors that another attempt would meet again fail the job at once. */
static MUST_CHECK int permanent(const struct error *e)
{
	return e->code != ERR_DB && e->code != ERR_IO && e->code != ERR_NOMEM;
}

static void idle(int ms)
{
	struct timespec ts;
	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (long)(ms % 1000) * 1000000L;
	nanosleep(&ts, NULL);
}

/*
 * Do a "related" job (compute an article's related news, offer its story
 * to the lists it names and store the key terms stories cluster by, as
 * related_update does on one machine) or an "events" job (code an article's
 * events again, in place of those stored). Both replace what they
 * compute, so a job done twice leaves what it left once.
 */
static MUST_CHECK int article_job(struct store *st, const char *kind, int64_t id,
				  struct ingest_stats *is, struct error *err)
{
	struct article a;
	int r;
	if (!strcmp(kind, "related"))
		return (r = related_refresh(st, id, err)) < 0 ? r
							      : stories_terms_refresh(st, id, err);
	if ((r = store_article_get(st, id, &a, err)) < 0)
		return r;
	r = events_code_article(st, id, a.title, a.text, a.published, err);
	article_release(&a);
	if (r < 0)
		return r;
	is->events += (size_t)r > EVENTS_MAX_PER_ARTICLE ? EVENTS_MAX_PER_ARTICLE : (size_t)r;
	return 0;
}

/*
 * Store the batch's articles and settle its jobs in one transaction. A
 * job that is no longer this worker's (its lease ran out and another
 * took it) rolls the batch back: its jobs are another worker's now, or
 * will be. Returns 0, or <0 when the database failed.
 */
static MUST_CHECK int settle_batch(struct store *st, const struct store_jobs *jobs,
				   struct work_item *items, const struct work_options *opt,
				   struct work_stats *stats, struct error *err)
{
	size_t i, added = 0, updated = 0, unchanged = 0, failed = 0, retried = 0;
	struct ingest_stats is = { 0 };
	int r, mine;

	if ((r = store_begin(st, err)) < 0)
		return r;
	for (i = 0; i < jobs->n; i++) {
		struct work_item *it = &items[i];
		const struct store_job *j = &jobs->items[i];
		if (it->article) {
			struct error jerr = { 0 };
			if ((r = article_job(st, j->kind, it->article, &is, &jerr)) < 0 &&
			    jerr.code == ERR_DB) {
				*err = jerr;
				goto fail;
			}
			/* an article gone (removed since) or not codable: failed, with why */
			mine = store_job_finish(st, j->id, opt->worker, r < 0 ? jerr.msg : NULL, 1,
						err);
			failed += r < 0;
		} else if (it->fetched) {
			added += it->polled.added;
			updated += it->polled.updated;
			unchanged += it->polled.unchanged + it->polled.known;
			is.events += it->polled.events;
			mine = store_job_finish(st, j->id, opt->worker, NULL, 0, err);
		} else if (it->extracted) {
			enum store_put_result what;
			int64_t id;
			if ((r = store_article_put(st, &it->x.d, &it->x.a, &id, &what, err)) < 0 ||
			    (r = ingest_after_store(st, id, &it->x.a, &it->x.res, what, &is, err)) <
				    0)
				goto fail;
			added += what == STORE_ADDED;
			updated += what == STORE_UPDATED;
			unchanged += what == STORE_UNCHANGED;
			mine = store_job_finish(st, j->id, opt->worker, NULL, 0, err);
		} else {
			int perm = permanent(&it->err);
			mine = store_job_finish(st, j->id, opt->worker, it->err.msg, perm, err);
			if (perm || j->attempts >= j->max_attempts)
				failed++;
			else
				retried++;
		}
		if (mine < 0) {
			r = mine;
			goto fail;
		}
		if (mine == 1) {
			store_rollback(st);
			stats->lost += jobs->n;
			return 0;
		}
	}
	if ((r = store_commit(st, err)) < 0)
		return r;
	stats->added += added;
	stats->updated += updated;
	stats->unchanged += unchanged;
	stats->failed += failed;
	stats->retried += retried;
	stats->events += is.events;
	return 0;
fail:
	store_rollback(st);
	return r;
}

/* Whether any of `jobs` is a "fetch" job. */
static int any_fetch(const struct store_jobs *jobs)
{
	size_t i;
	for (i = 0; i < jobs->n; i++)
		if (!strcmp(jobs->items[i].kind, "fetch"))
			return 1;
	return 0;
}

static MUST_CHECK int work_loop(struct store *st, struct work_options *opt,
				struct work_stats *stats, struct fetcher **own, struct error *err);

int work_run(struct store *st, const struct work_options *opt, struct work_stats *stats,
	     struct error *err)
{
	struct work_options o = *opt;
	struct fetcher *own = NULL;
	int r = work_loop(st, &o, stats, &own, err);
	fetcher_free(own);
	return r;
}

static MUST_CHECK int work_loop(struct store *st, struct work_options *opt,
				struct work_stats *stats, struct fetcher **own, struct error *err)
{
	size_t batch = opt->batch ? opt->batch : 32;
	int lease = opt->lease_s > 0 ? opt->lease_s : 300;
	size_t done = 0;
	int r = 0, tries;

	while (!(opt->stop && opt->stop())) {
		struct store_jobs jobs;
		struct work_item *items;
		size_t i, want = batch;
		if (opt->max_jobs) {
			if (done >= opt->max_jobs)
				break;
			if (want > opt->max_jobs - done)
				want = opt->max_jobs - done;
		}
		if ((r = store_jobs_take(st, opt->worker, want, lease, &jobs, err)) < 0)
			return r;
		if (!jobs.n) {
			struct store_job_counts c;
			if (opt->until_empty) {
				if ((r = store_jobs_count(st, &c, err)) < 0)
					return r;
				if (!c.waiting && !c.running)
					break;
			}
			idle(opt->idle_ms > 0 ? opt->idle_ms : 500);
			continue;
		}
		stats->jobs += jobs.n;
		done += jobs.n;
		items = calloc(jobs.n, sizeof(*items));
		if (!items) {
			store_jobs_release(&jobs);
			return error_nomem(err);
		}
		/* a worker given no fetcher fetches through one of its own, with the defaults */
		if (!opt->fetcher && any_fetch(&jobs)) {
			struct fetch_options fo = { 0 };
			if ((r = fetcher_new(own, &fo, err)) < 0) {
				free(items);
				store_jobs_release(&jobs);
				return r;
			}
			opt->fetcher = *own;
		}
		for (i = 0; i < jobs.n; i++)
			item_prepare(st, &jobs.items[i], opt, &items[i]);
		/*
		 * A batch that failed in the database (two workers' batches
		 * deadlocked over one story's group, say) was rolled back and
		 * is tried again, twice; its jobs are still this worker's.
		 */
		for (tries = 0; (r = settle_batch(st, &jobs, items, opt, stats, err)) < 0 && err &&
				err->code == ERR_DB && tries < 2;
		     tries++)
			idle(10 + (int)(clock() % 50));
		for (i = 0; i < jobs.n; i++)
			work_item_release(&items[i]);
		free(items);
		store_jobs_release(&jobs);
		if (r < 0)
			return r;
	}
	return 0;
}
