/*
 * server.c: HTTP on libmicrohttpd. One internal polling thread serves
 * requests in turn, so the store is only ever used from that thread.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "web/web.h"

#include "util/banned.h"

struct web_server {
	struct MHD_Daemon *daemon;
	struct store *st;
};

#if MHD_VERSION < 0x00097002
typedef int mhd_result;
#else
typedef enum MHD_Result mhd_result;
#endif

static mhd_result on_request(void *cls, struct MHD_Connection *conn, const char *url,
			     const char *method, const char *version, const char *upload_data,
			     size_t *upload_data_size, void **con_cls)
{
	struct web_server *srv = cls;
	struct web_request req;
	struct web_response res;
	struct MHD_Response *resp;
	mhd_result ret;
	size_t len;
	char *body;

	(void)version;
	(void)upload_data;
	/* first call per request: headers only */
	if (!*con_cls) {
		*con_cls = srv;
		return MHD_YES;
	}
	/* a request body is read and dropped: the site takes no input */
	if (*upload_data_size) {
		*upload_data_size = 0;
		return MHD_YES;
	}

	req.method = method;
	req.path = url;
	req.page = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "page");
	req.q = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "q");
	req.sort = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "sort");
	web_handle(srv->st, &req, &res);
	body = buf_detach(&res.body, &len);
	resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
	if (!resp) {
		free(body);
		return MHD_NO;
	}
	MHD_add_response_header(resp, "Content-Type", res.content_type);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Content-Security-Policy",
				"default-src 'self'; img-src 'self' https: data:");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	if (res.allow)
		MHD_add_response_header(resp, "Allow", res.allow);
	ret = MHD_queue_response(conn, (unsigned)res.status, resp);
	MHD_destroy_response(resp);
	web_response_release(&res);
	return ret;
}

int web_start(struct web_server **out, struct store *st, const struct web_options *opt,
	      unsigned short *bound_port, struct error *err)
{
	struct web_server *srv;
	struct sockaddr_in sa;
	const union MHD_DaemonInfo *info;
	const char *addr = opt && opt->address ? opt->address : "127.0.0.1";

	*out = NULL;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons(opt ? opt->port : 8080);
	if (inet_pton(AF_INET, addr, &sa.sin_addr) != 1)
		return error_set(err, ERR_USAGE, "not an IPv4 address: %s", addr);
	srv = calloc(1, sizeof(*srv));
	if (!srv)
		return error_nomem(err);
	srv->st = st;
	srv->daemon = MHD_start_daemon(
		MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO, 0, NULL, NULL, on_request, srv,
		MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_CONNECTION_TIMEOUT,
		(unsigned int)30, MHD_OPTION_CONNECTION_LIMIT, (unsigned int)256,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024), MHD_OPTION_END);
	if (!srv->daemon) {
		free(srv);
		return error_set(err, ERR_IO, "cannot listen on %s:%u (in use, or not allowed)",
				 addr, (unsigned)(opt ? opt->port : 8080));
	}
	info = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
	if (bound_port)
		*bound_port = info ? info->port : (opt ? opt->port : 8080);
	*out = srv;
	return 0;
}

void web_stop(struct web_server *srv)
{
	if (!srv)
		return;
	MHD_stop_daemon(srv->daemon);
	free(srv);
}
