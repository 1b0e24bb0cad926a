/*
 * Unit tests for the server's connection handling (src/web/server.c,
 * conn.c), over real sockets on 127.0.0.1: the request-head deadline, the
 * limit per client address, names as the address to bind.
 *
 * Nothing here is timed: a client that must be cut off blocks reading until
 * the server closes its connection (the idle timeout is off, so only the
 * head deadline can do that); a receive timeout far beyond the deadline only
 * keeps a broken server from hanging the test, and then fails it.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "store_fixture.h"
#include "web/web.h"

#define SAFETY_SECONDS 20 /* a read that waits this long failed its test */

static char dir[64], path[96];
static struct store *st;

static int setup(void **state)
{
	struct article_in a;
	int64_t id;
	struct document d = { "https://o.example/x", NULL, "<p>x</p>", 8, NULL };
	enum store_put_result w;

	(void)state;
	if (fixture_mkdtemp(dir, sizeof(dir), "server") < 0)
		return -1;
	snprintf(path, sizeof(path), "%s/s.db", dir);
	if (store_open(&st, path, NULL) < 0)
		return -1;
	memset(&a, 0, sizeof(a));
	a.url = "https://o.example/x";
	a.title = "River talks resume";
	a.text = "Negotiators met again.";
	a.source = "Outlet";
	a.source_url = "https://o.example/";
	a.published = "2024-03-12T08:30:00Z";
	return store_article_put(st, &d, &a, &id, &w, NULL) < 0 ? -1 : 0;
}

static int teardown(void **state)
{
	(void)state;
	store_close(st);
	fixture_unlink_store(path);
	rmdir(dir);
	return 0;
}

static struct web_server *start(const char *address, unsigned per_client, unsigned head,
				unsigned short *port)
{
	struct web_options o;
	struct web_server *srv;
	struct error err = { 0 };

	memset(&o, 0, sizeof(o));
	o.address = address;
	o.port = 0;
	o.per_client = per_client;
	o.head_seconds = head;
	o.idle_seconds = WEB_NO_TIMEOUT;
	if (web_start(&srv, st, &o, port, &err) < 0)
		fail_msg("web_start: %s", err.msg);
	return srv;
}

/* A connection to 127.0.0.1:port from the local address `from`. */
static int dial(const char *from, unsigned short port)
{
	struct sockaddr_in sa;
	struct timeval tv = { SAFETY_SECONDS, 0 };
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	assert_true(fd >= 0);
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	assert_int_equal(inet_pton(AF_INET, from, &sa.sin_addr), 1);
	assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	sa.sin_port = htons(port);
	assert_int_equal(inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr), 1);
	assert_int_equal(connect(fd, (struct sockaddr *)&sa, sizeof(sa)), 0);
	return fd;
}

static void send_all(int fd, const char *s)
{
	size_t n = strlen(s);
	assert_int_equal(send(fd, s, n, MSG_NOSIGNAL), (ssize_t)n);
}

/*
 * Read until the server closes the connection; what came is in out. 0 when
 * it closed, -1 when the read timed out (the server kept it open).
 */
static int read_to_close(int fd, char *out, size_t cap)
{
	size_t len = 0;
	ssize_t n;

	for (;;) {
		n = recv(fd, out + len, cap - 1 - len, 0);
		if (n > 0) {
			len += (size_t)n;
			if (len == cap - 1)
				len = 0; /* only the start and the end matter */
			continue;
		}
		out[len] = '\0';
		if (n == 0 || errno == ECONNRESET)
			return 0;
		return -1;
	}
}

/* Send a whole request and read the first bytes of its answer. */
static void expect_answer(int fd, const char *status)
{
	char buf[64];
	ssize_t n;

	send_all(fd, "GET / HTTP/1.1\r\nHost: t\r\n\r\n");
	n = recv(fd, buf, sizeof(buf) - 1, 0);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_non_null(strstr(buf, status));
}

static void half_a_header_is_cut_off(void **state)
{
	unsigned short port;
	struct web_server *srv = start("127.0.0.1", 0, 1, &port);
	char buf[256];
	int fd = dial("127.0.0.1", port);

	(void)state;
	send_all(fd, "GET / HTTP/1.1\r\nHost: t\r\nUser-Agent: slow");
	assert_int_equal(read_to_close(fd, buf, sizeof(buf)), 0);
	/* closed without an answer: the request never arrived whole */
	assert_string_equal(buf, "");
	close(fd);
	assert_true(web_cut_off(srv) >= 1);
	web_stop(srv);
}

/*
 * A head trickled a line at a time, each well within the deadline, is cut
 * off all the same: the deadline is for the whole head, not between bytes.
 * Without it the blank line at the end would complete the request and it
 * would be answered.
 */
static void a_trickled_head_is_cut_off(void **state)
{
	unsigned short port;
	struct web_server *srv = start("127.0.0.1", 0, 1, &port);
	struct timespec pause = { 0, 200 * 1000 * 1000 };
	char buf[256], line[64];
	int fd = dial("127.0.0.1", port), i;

	(void)state;
	send_all(fd, "GET / HTTP/1.1\r\nHost: t\r\n");
	for (i = 0; i < 15; i++) {
		nanosleep(&pause, NULL);
		snprintf(line, sizeof(line), "X-Slow-%d: y\r\n", i);
		/* once cut off, a send fails: the rest of the head is never read */
		if (send(fd, line, strlen(line), MSG_NOSIGNAL) < 0)
			break;
	}
	(void)!send(fd, "\r\n", 2, MSG_NOSIGNAL);
	assert_int_equal(read_to_close(fd, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	close(fd);
	assert_true(web_cut_off(srv) >= 1);
	web_stop(srv);
}

static void a_silent_connection_is_cut_off(void **state)
{
	unsigned short port;
	struct web_server *srv = start("127.0.0.1", 0, 1, &port);
	char buf[256];
	int fd = dial("127.0.0.1", port);

	(void)state;
	assert_int_equal(read_to_close(fd, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	close(fd);
	web_stop(srv);
}

/* A kept-alive connection has the same deadline for its next request. */
static void an_answered_connection_waits_no_longer(void **state)
{
	unsigned short port;
	struct web_server *srv = start("127.0.0.1", 0, 1, &port);
	char buf[1 << 16];
	int fd = dial("127.0.0.1", port);

	(void)state;
	send_all(fd, "GET / HTTP/1.1\r\nHost: t\r\n\r\n");
	assert_int_equal(read_to_close(fd, buf, sizeof(buf)), 0);
	assert_memory_equal(buf, "HTTP/1.1 200", 12);
	assert_non_null(strstr(buf, "River talks resume"));
	close(fd);
	assert_true(web_cut_off(srv) >= 1);
	web_stop(srv);
}

/*
 * The connection limit is the server's, whichever of its threads accepts:
 * eight threads and room for eight connections take eight clients however
 * the kernel hands them out (an even share per thread, one each, would close
 * the second connection any thread accepts), and refuse the ninth.
 */
static void the_connection_limit_is_over_all_threads(void **state)
{
	struct web_options o;
	struct web_server *srv;
	struct error err = { 0 };
	unsigned short port;
	char from[32], buf[256];
	int held[8], extra, i;

	(void)state;
	memset(&o, 0, sizeof(o));
	o.address = "127.0.0.1";
	o.db_path = path;
	o.threads = 8;
	o.max_connections = 8;
	o.head_seconds = WEB_NO_TIMEOUT;
	o.idle_seconds = WEB_NO_TIMEOUT;
	if (web_start(&srv, st, &o, &port, &err) < 0)
		fail_msg("web_start: %s", err.msg);
	for (i = 0; i < 8; i++) {
		snprintf(from, sizeof(from), "127.0.0.%d", i + 1);
		held[i] = dial(from, port);
	}
	/* each answered: all eight are open at once */
	for (i = 0; i < 8; i++)
		expect_answer(held[i], "HTTP/1.1 200");
	extra = dial("127.0.0.9", port);
	assert_int_equal(read_to_close(extra, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	close(extra);
	for (i = 0; i < 8; i++)
		close(held[i]);
	web_stop(srv);
}

static void one_client_cannot_take_every_connection(void **state)
{
	unsigned short port;
	/* no head deadline here: the held connections stay as long as the test needs */
	struct web_server *srv = start("127.0.0.1", 3, WEB_NO_TIMEOUT, &port);
	char buf[256];
	int held[3], extra, other, i;

	(void)state;
	for (i = 0; i < 3; i++)
		held[i] = dial("127.0.0.1", port);
	/* the server accepts in order: the fourth from the same address is refused */
	extra = dial("127.0.0.1", port);
	assert_int_equal(read_to_close(extra, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
	close(extra);
	/* another address is answered while the first holds its share */
	other = dial("127.0.0.2", port);
	expect_answer(other, "HTTP/1.1 200");
	close(other);
	/* and the held ones still work */
	expect_answer(held[0], "HTTP/1.1 200");
	for (i = 0; i < 3; i++)
		close(held[i]);
	web_stop(srv);
}

static void a_host_name_is_an_address(void **state)
{
	unsigned short port;
	struct web_server *srv = start("localhost", 0, WEB_NO_TIMEOUT, &port);
	int fd;

	(void)state;
	assert_true(port > 0);
	fd = dial("127.0.0.1", port);
	expect_answer(fd, "HTTP/1.1 200");
	close(fd);
	web_stop(srv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(half_a_header_is_cut_off),
		cmocka_unit_test(a_trickled_head_is_cut_off),
		cmocka_unit_test(a_silent_connection_is_cut_off),
		cmocka_unit_test(an_answered_connection_waits_no_longer),
		cmocka_unit_test(one_client_cannot_take_every_connection),
		cmocka_unit_test(the_connection_limit_is_over_all_threads),
		cmocka_unit_test(a_host_name_is_an_address),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
