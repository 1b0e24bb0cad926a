/*
 * libpq.c: the libpq functions brief (its PostgreSQL engine, the tests and
 * benchmarks that set up databases) calls, each forwarding through a table
 * that util/dynlib fills when libpq is first needed: pg_open loads it.
 */
#include <libpq-fe.h>

#include "store/postgres/internal.h"
#include "util/dynlib.h"
#include "util/banned.h"

#define PQ_FUNCTIONS(X)         \
	X(PQclear)              \
	X(PQcmdTuples)          \
	X(PQconnectdb)          \
	X(PQerrorMessage)       \
	X(PQexec)               \
	X(PQexecParams)         \
	X(PQexecPrepared)       \
	X(PQfinish)             \
	X(PQfreemem)            \
	X(PQgetResult)          \
	X(PQgetisnull)          \
	X(PQgetlength)          \
	X(PQgetvalue)           \
	X(PQntuples)            \
	X(PQprepare)            \
	X(PQputCopyData)        \
	X(PQputCopyEnd)         \
	X(PQresultErrorField)   \
	X(PQresultErrorMessage) \
	X(PQresultStatus)       \
	X(PQsetNoticeReceiver)  \
	X(PQstatus)             \
	X(PQunescapeBytea)

DYNLIB_TABLE("libpq", PQ_FUNCTIONS, "libpq.so.5", "libpq.so");

int libpq_load(struct error *err)
{
	return dynlib_load(&lib, err);
}

void PQclear(PGresult *res)
{
	dynlib_need(&lib);
	fn.PQclear(res);
}

char *PQcmdTuples(PGresult *res)
{
	dynlib_need(&lib);
	return fn.PQcmdTuples(res);
}

PGconn *PQconnectdb(const char *conninfo)
{
	dynlib_need(&lib);
	return fn.PQconnectdb(conninfo);
}

char *PQerrorMessage(const PGconn *conn)
{
	dynlib_need(&lib);
	return fn.PQerrorMessage(conn);
}

PGresult *PQexec(PGconn *conn, const char *query)
{
	dynlib_need(&lib);
	return fn.PQexec(conn, query);
}

PGresult *PQexecParams(PGconn *conn, const char *command, int nparams, const Oid *types,
		       const char *const *values, const int *lengths, const int *formats,
		       int result_format)
{
	dynlib_need(&lib);
	return fn.PQexecParams(conn, command, nparams, types, values, lengths, formats,
			       result_format);
}

PGresult *PQexecPrepared(PGconn *conn, const char *name, int nparams, const char *const *values,
			 const int *lengths, const int *formats, int result_format)
{
	dynlib_need(&lib);
	return fn.PQexecPrepared(conn, name, nparams, values, lengths, formats, result_format);
}

void PQfinish(PGconn *conn)
{
	dynlib_need(&lib);
	fn.PQfinish(conn);
}

void PQfreemem(void *ptr)
{
	dynlib_need(&lib);
	fn.PQfreemem(ptr);
}

PGresult *PQgetResult(PGconn *conn)
{
	dynlib_need(&lib);
	return fn.PQgetResult(conn);
}

int PQgetisnull(const PGresult *res, int row, int field)
{
	dynlib_need(&lib);
	return fn.PQgetisnull(res, row, field);
}

int PQgetlength(const PGresult *res, int row, int field)
{
	dynlib_need(&lib);
	return fn.PQgetlength(res, row, field);
}

char *PQgetvalue(const PGresult *res, int row, int field)
{
	dynlib_need(&lib);
	return fn.PQgetvalue(res, row, field);
}

int PQntuples(const PGresult *res)
{
	dynlib_need(&lib);
	return fn.PQntuples(res);
}

PGresult *PQprepare(PGconn *conn, const char *name, const char *query, int nparams,
		    const Oid *types)
{
	dynlib_need(&lib);
	return fn.PQprepare(conn, name, query, nparams, types);
}

int PQputCopyData(PGconn *conn, const char *buffer, int nbytes)
{
	dynlib_need(&lib);
	return fn.PQputCopyData(conn, buffer, nbytes);
}

int PQputCopyEnd(PGconn *conn, const char *errormsg)
{
	dynlib_need(&lib);
	return fn.PQputCopyEnd(conn, errormsg);
}

char *PQresultErrorField(const PGresult *res, int fieldcode)
{
	dynlib_need(&lib);
	return fn.PQresultErrorField(res, fieldcode);
}

char *PQresultErrorMessage(const PGresult *res)
{
	dynlib_need(&lib);
	return fn.PQresultErrorMessage(res);
}

ExecStatusType PQresultStatus(const PGresult *res)
{
	dynlib_need(&lib);
	return fn.PQresultStatus(res);
}

PQnoticeReceiver PQsetNoticeReceiver(PGconn *conn, PQnoticeReceiver proc, void *arg)
{
	dynlib_need(&lib);
	return fn.PQsetNoticeReceiver(conn, proc, arg);
}

ConnStatusType PQstatus(const PGconn *conn)
{
	dynlib_need(&lib);
	return fn.PQstatus(conn);
}

unsigned char *PQunescapeBytea(const unsigned char *strtext, size_t *retbuflen)
{
	dynlib_need(&lib);
	return fn.PQunescapeBytea(strtext, retbuflen);
}
