/*
 * libmicrohttpd.c: the libmicrohttpd functions brief (and the tests'
 * fixture server) call, each forwarding through a table that util/dynlib
 * fills when the library is first needed. MHD_start_daemon's options go on
 * as a va_list (MHD_start_daemon_va); the two info getters take no
 * argument after the kind for the kinds brief asks.
 */
#include "web/libmicrohttpd.h"

#include <stdarg.h>
#include <stdint.h>
#include <sys/socket.h>
#include <microhttpd.h>

#include "util/dynlib.h"
#include "util/banned.h"

#define MHD_FUNCTIONS(X)                     \
	X(MHD_start_daemon_va)               \
	X(MHD_stop_daemon)                   \
	X(MHD_get_daemon_info)               \
	X(MHD_get_connection_info)           \
	X(MHD_lookup_connection_value)       \
	X(MHD_get_connection_values)         \
	X(MHD_queue_response)                \
	X(MHD_create_response_from_buffer)   \
	X(MHD_create_response_from_callback) \
	X(MHD_destroy_response)              \
	X(MHD_add_response_header)

DYNLIB_TABLE("libmicrohttpd", MHD_FUNCTIONS, "libmicrohttpd.so.12", "libmicrohttpd.so");

int libmicrohttpd_load(struct error *err)
{
	return dynlib_load(&lib, err);
}

struct MHD_Daemon *MHD_start_daemon(unsigned int flags, uint16_t port, MHD_AcceptPolicyCallback apc,
				    void *apc_cls, MHD_AccessHandlerCallback dh, void *dh_cls, ...)
{
	struct MHD_Daemon *d;
	va_list ap;

	dynlib_need(&lib);
	va_start(ap, dh_cls);
	d = fn.MHD_start_daemon_va(flags, port, apc, apc_cls, dh, dh_cls, ap);
	va_end(ap);
	return d;
}

void MHD_stop_daemon(struct MHD_Daemon *daemon)
{
	dynlib_need(&lib);
	fn.MHD_stop_daemon(daemon);
}

const union MHD_DaemonInfo *MHD_get_daemon_info(struct MHD_Daemon *daemon,
						enum MHD_DaemonInfoType info_type, ...)
{
	dynlib_need(&lib);
	return fn.MHD_get_daemon_info(daemon, info_type);
}

const union MHD_ConnectionInfo *MHD_get_connection_info(struct MHD_Connection *connection,
							enum MHD_ConnectionInfoType info_type, ...)
{
	dynlib_need(&lib);
	return fn.MHD_get_connection_info(connection, info_type);
}

const char *MHD_lookup_connection_value(struct MHD_Connection *connection, enum MHD_ValueKind kind,
					const char *key)
{
	dynlib_need(&lib);
	return fn.MHD_lookup_connection_value(connection, kind, key);
}

int MHD_get_connection_values(struct MHD_Connection *connection, enum MHD_ValueKind kind,
			      MHD_KeyValueIterator iterator, void *iterator_cls)
{
	dynlib_need(&lib);
	return fn.MHD_get_connection_values(connection, kind, iterator, iterator_cls);
}

enum MHD_Result MHD_queue_response(struct MHD_Connection *connection, unsigned int status_code,
				   struct MHD_Response *response)
{
	dynlib_need(&lib);
	return fn.MHD_queue_response(connection, status_code, response);
}

struct MHD_Response *MHD_create_response_from_buffer(size_t size, void *buffer,
						     enum MHD_ResponseMemoryMode mode)
{
	dynlib_need(&lib);
	return fn.MHD_create_response_from_buffer(size, buffer, mode);
}

struct MHD_Response *MHD_create_response_from_callback(uint64_t size, size_t block_size,
						       MHD_ContentReaderCallback crc, void *crc_cls,
						       MHD_ContentReaderFreeCallback crfc)
{
	dynlib_need(&lib);
	return fn.MHD_create_response_from_callback(size, block_size, crc, crc_cls, crfc);
}

void MHD_destroy_response(struct MHD_Response *response)
{
	dynlib_need(&lib);
	fn.MHD_destroy_response(response);
}

enum MHD_Result MHD_add_response_header(struct MHD_Response *response, const char *header,
					const char *content)
{
	dynlib_need(&lib);
	return fn.MHD_add_response_header(response, header, content);
}
