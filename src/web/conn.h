/*
 * conn.h: the server's deadline for request heads (conn.c), apart from the
 * HTTP library so that it holds no more than a socket per connection.
 */
#ifndef BRIEF_WEB_CONN_H
#define BRIEF_WEB_CONN_H

struct conn_guard;
struct conn_node;

/*
 * Start the watcher: a connection armed for `seconds` has its socket shut
 * down unless disarmed first. seconds == 0: no guard (*out is NULL, and
 * every call below does nothing with it). -1 when out of memory or threads.
 */
int conn_guard_start(struct conn_guard **out, unsigned seconds);
void conn_guard_stop(struct conn_guard *g);

/* A connection opened on `fd`, armed; NULL without a guard or memory. */
struct conn_node *conn_guard_open(struct conn_guard *g, int fd);
/* Its deadline starts again from now (a response was sent; the next request may come). */
void conn_guard_arm(struct conn_guard *g, struct conn_node *n);
/* Its request arrived whole: no deadline until armed again. */
void conn_guard_disarm(struct conn_guard *g, struct conn_node *n);
/* The connection is closing: `n` is freed, its socket never touched again. */
void conn_guard_close(struct conn_guard *g, struct conn_node *n);

/* How many connections the guard has cut off so far. */
unsigned long conn_guard_cut(struct conn_guard *g);

#endif
