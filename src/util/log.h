/*
 * log.h: verbosity for front ends. The library itself does not print;
 * commands and the server use these for progress and diagnostics.
 */
#ifndef BRIEF_LOG_H
#define BRIEF_LOG_H

enum log_level { LOG_QUIET = -1, LOG_NORMAL = 0, LOG_VERBOSE = 1, LOG_DEBUG = 2 };

extern int log_level;

/* Printed to stderr when log_level >= level. */
void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define log_info(...)    log_msg(LOG_NORMAL, __VA_ARGS__)
#define log_verbose(...) log_msg(LOG_VERBOSE, __VA_ARGS__)
#define log_debug(...)   log_msg(LOG_DEBUG, __VA_ARGS__)

#endif
