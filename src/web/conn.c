/*
 * conn.c: a deadline for each request head.
 *
 * libmicrohttpd's connection timeout counts idleness: a client that sends
 * one header byte every few seconds keeps its connection for ever, and
 * enough such clients hold every connection the server has. Here each
 * connection is armed when it opens and again when a response has been
 * sent (a kept-alive connection waits for its next request), and disarmed
 * when its request is whole and answered; a thread of its own shuts down
 * the socket of any connection still armed at its deadline, which makes
 * libmicrohttpd read the end of the stream and close it.
 *
 * The armed connections are a list in the order they were armed, and every
 * deadline is the same length after arming, so the list is also in the
 * order of their deadlines: the watcher only ever looks at its head. A node
 * leaves the list under the lock before libmicrohttpd closes the socket
 * (the "closed" notification comes first), so the watcher never shuts down
 * a descriptor that was closed and reused.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "web/conn.h"

#include "util/banned.h"

struct conn_node {
	struct conn_node *prev, *next;
	int fd;
	int armed;
	struct timespec deadline;
};

struct conn_guard {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	pthread_t thread;
	unsigned seconds;
	int stop;
	struct conn_node *head, *tail; /* the armed, earliest deadline first */
	unsigned long cut;
};

static void now_plus(struct timespec *ts, unsigned seconds)
{
	clock_gettime(CLOCK_MONOTONIC, ts);
	ts->tv_sec += seconds;
}

static int before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Under g->mu. */
static void unlink_node(struct conn_guard *g, struct conn_node *n)
{
	if (!n->armed)
		return;
	if (n->prev)
		n->prev->next = n->next;
	else
		g->head = n->next;
	if (n->next)
		n->next->prev = n->prev;
	else
		g->tail = n->prev;
	n->prev = n->next = NULL;
	n->armed = 0;
}

/* Under g->mu: to the tail, with a deadline from now. */
static void arm_node(struct conn_guard *g, struct conn_node *n)
{
	unlink_node(g, n);
	now_plus(&n->deadline, g->seconds);
	n->prev = g->tail;
	n->next = NULL;
	if (g->tail)
		g->tail->next = n;
	else
		g->head = n;
	g->tail = n;
	n->armed = 1;
}

static void *watch(void *arg)
{
	struct conn_guard *g = arg;
	struct timespec now, until;

	pthread_mutex_lock(&g->mu);
	while (!g->stop) {
		clock_gettime(CLOCK_MONOTONIC, &now);
		while (g->head && !before(&now, &g->head->deadline)) {
			struct conn_node *n = g->head;
			unlink_node(g, n);
			/* libmicrohttpd sees the stream end and closes the connection */
			shutdown(n->fd, SHUT_RDWR);
			g->cut++;
		}
		if (g->head)
			until = g->head->deadline;
		else
			now_plus(&until, g->seconds);
		while (pthread_cond_timedwait(&g->cv, &g->mu, &until) == EINTR)
			;
	}
	pthread_mutex_unlock(&g->mu);
	return NULL;
}

int conn_guard_start(struct conn_guard **out, unsigned seconds)
{
	struct conn_guard *g;
	pthread_condattr_t ca;

	*out = NULL;
	if (!seconds)
		return 0;
	if (!(g = calloc(1, sizeof(*g))))
		return -1;
	g->seconds = seconds;
	pthread_mutex_init(&g->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&g->cv, &ca);
	pthread_condattr_destroy(&ca);
	if (pthread_create(&g->thread, NULL, watch, g) != 0) {
		pthread_cond_destroy(&g->cv);
		pthread_mutex_destroy(&g->mu);
		free(g);
		return -1;
	}
	*out = g;
	return 0;
}

void conn_guard_stop(struct conn_guard *g)
{
	if (!g)
		return;
	pthread_mutex_lock(&g->mu);
	g->stop = 1;
	pthread_cond_signal(&g->cv);
	pthread_mutex_unlock(&g->mu);
	pthread_join(g->thread, NULL);
	pthread_cond_destroy(&g->cv);
	pthread_mutex_destroy(&g->mu);
	free(g);
}

struct conn_node *conn_guard_open(struct conn_guard *g, int fd)
{
	struct conn_node *n;

	if (!g || !(n = calloc(1, sizeof(*n))))
		return NULL;
	n->fd = fd;
	pthread_mutex_lock(&g->mu);
	arm_node(g, n);
	pthread_mutex_unlock(&g->mu);
	return n;
}

void conn_guard_arm(struct conn_guard *g, struct conn_node *n)
{
	if (!g || !n)
		return;
	pthread_mutex_lock(&g->mu);
	arm_node(g, n);
	pthread_mutex_unlock(&g->mu);
}

void conn_guard_disarm(struct conn_guard *g, struct conn_node *n)
{
	if (!g || !n)
		return;
	pthread_mutex_lock(&g->mu);
	unlink_node(g, n);
	pthread_mutex_unlock(&g->mu);
}

void conn_guard_close(struct conn_guard *g, struct conn_node *n)
{
	if (!g || !n)
		return;
	pthread_mutex_lock(&g->mu);
	unlink_node(g, n);
	pthread_mutex_unlock(&g->mu);
	free(n);
}

unsigned long conn_guard_cut(struct conn_guard *g)
{
	unsigned long n;

	if (!g)
		return 0;
	pthread_mutex_lock(&g->mu);
	n = g->cut;
	pthread_mutex_unlock(&g->mu);
	return n;
}
