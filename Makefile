# brief: build, test, run. GNU make; every library through pkg-config.
#
#   make            build build/brief (DEVELOPER=1: warnings are errors)
#   make test       install deps, build with ASan+UBSan in build/san, run all
#                   tests in parallel (TESTS=PATTERN: only those; TEST_JOBS,
#                   TEST_TIMEOUT; UBSAN_TRAP=0: undefined-behaviour messages)
#   make fuzz       build the libFuzzer targets (clang) in build/fuzz and fuzz
#                   each for FUZZ_TIME seconds
#   make run        install deps, build, load the demo corpus, serve on :8080
#   make lint       cppcheck and a clang-format check
#   make bench      benchmarks (print figures, never fail the build)
#   make install    PREFIX=/usr/local DESTDIR=

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
CC        ?= cc
PORT      ?= 8080
BRIEF_DB  ?= brief.db

# developers' settings (DEVELOPER=1, CC=clang...) may live in config.mak
-include config.mak

# pkg-config runs once, when a recipe first needs the flags (so that `make deps`
# can install what is missing first); a missing package is named, not skipped.
# libcurl, libmicrohttpd, libpq, libxml2, uchardet and libcrypto are only
# compiled against: brief loads them when a command first needs them
# (util/dynlib.h), so a command that neither fetches, serves, opens a
# PostgreSQL store, parses HTML or XML nor hashes starts without mapping them
# and the libraries behind them (docs/decisions.md).
LINK_PKGS := sqlite3 jansson zlib libzstd
DLOPEN_PKGS := libcurl libmicrohttpd libpq libxml-2.0 uchardet libcrypto
PKGS      := $(LINK_PKGS) $(DLOPEN_PKGS)
pkg_missing = $(strip $(foreach p,$(1),$(if $(shell pkg-config --exists $(p) && echo y),,$(p))))
pkg_flags = $(if $(call pkg_missing,$(2)),$(error pkg-config does not know: \
	$(call pkg_missing,$(2)) (install the packages of debian-packages.txt: make deps)),\
	$(shell pkg-config $(1) $(2)))
PKG_CFLAGS = $(eval PKG_CFLAGS := $$(call pkg_flags,--cflags,$$(PKGS)))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $$(call pkg_flags,--libs,$$(LINK_PKGS)) $$(DL_LIBS))$(PKG_LIBS)
# dlopen: in the C library since glibc 2.34, in libdl before
DL_LIBS   ?= -Wl,--as-needed -ldl -Wl,--no-as-needed
CMOCKA_LIBS = $(eval CMOCKA_LIBS := $$(call pkg_flags,--libs,cmocka))$(CMOCKA_LIBS)

# Warnings are errors for developers and CI only (DEVELOPER=1, as in git):
# a user's newer compiler with a new warning still builds brief.
WARN      := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wcast-qual \
             -Wpointer-arith -Wformat=2 -Wno-format-nonliteral
ifeq ($(DEVELOPER),1)
WARN      += -Werror
endif
OPT       ?= -O2 -g
SANFLAGS  ?=
CFLAGS    ?=
ALL_CFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(OPT) $(SANFLAGS) \
             -Isrc -DBRIEF_WITH_POSTGRES -DBRIEF_VERSION='"$(VERSION)"' -DBRIEF_DATADIR='"$(PREFIX)/share/brief"' \
             $(PKG_CFLAGS) $(CFLAGS) -MMD -MP
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)

LIB_SRC   := $(sort $(wildcard src/util/*.c src/source/*.c src/extract/*.c src/analyse/*.c \
                              src/store/*.c src/store/sqlite/*.c src/store/postgres/*.c \
                              src/corpus/*.c src/pipeline/*.c \
                              src/web/*.c))
CMD_SRC   := src/main.c $(sort $(wildcard src/cmd/*.c))
UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
HELPER_SRC:= $(sort $(wildcard tests/helpers/*.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CMD_OBJ   := $(CMD_SRC:%.c=$(BUILD)/obj/%.o)
# UNITY=1 (make test's build): one object per source directory, compiled
# from $(BUILD)/unity/DIR.c, which includes the directory's files in turn.
# A compiler started 121 times instead of 13 spent a third of the build's
# CPU time starting and reading the same headers again (docs/decisions.md).
# So the names a file keeps to itself (static, macros) must differ from
# those of the other files in its directory. The files that forward a
# loaded library's functions (lib*.c, util/dynlib.h) each define `fn` and
# `lib`: they stay alone.
UNITY     ?=
# OPT_FAST_SRC (make test's build, SAN_FAST): files compiled alone, at -O1
OPT_FAST_SRC ?=
ifeq ($(UNITY),1)
UNITY_ALONE := $(foreach f,$(LIB_SRC),$(if $(filter lib%,$(notdir $(f))),$(f))) $(OPT_FAST_SRC)
unity_obj = $(addprefix $(BUILD)/unity/,$(addsuffix .o,$(sort $(patsubst %/,%,$(dir \
	$(filter-out $(UNITY_ALONE),$(1))))))) \
	$(patsubst %.c,$(BUILD)/obj/%.o,$(filter $(UNITY_ALONE),$(1)))
LIB_OBJ   := $(call unity_obj,$(LIB_SRC))
CMD_OBJ   := $(call unity_obj,$(CMD_SRC))
endif
UNITY_OBJ := $(filter $(BUILD)/unity/%,$(LIB_OBJ) $(CMD_OBJ))
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HELPER_BIN:= $(HELPER_SRC:tests/helpers/%.c=$(BUILD)/tests/%)
FUZZ_SRC  := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZRUN_BIN:= $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/tests/fuzzrun_%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)
LIBBRIEF  := $(BUILD)/libbrief.a

.PHONY: all deps test test-build test-build-first run lint format bench install clean fuzz fuzz-build soak
.DEFAULT_GOAL := all

all: $(BUILD)/brief

deps:
	@./scripts/install-deps

# quiet by default, like git and the kernel; V=1 shows the commands
ifneq ($(V),1)
Q_CC = @echo "  CC      $@";
Q_LD = @echo "  LINK    $@";
Q_AR = @echo "  AR      $@";
endif

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q_CC)$(CC) $(ALL_CFLAGS) -c $< -o $@
$(OPT_FAST_SRC:%.c=$(BUILD)/obj/%.o): override OPT := -O1 -g1 -fno-omit-frame-pointer

# A directory's unity file is rewritten only when its list of files changes.
# The compiler reads it from its standard input: it then finds each file
# from the checkout, by the name the separate build gives it, which
# __FILE__ (BUG), the sanitizers' reports and the debug information show.
.PHONY: FORCE
$(UNITY_OBJ:.o=.c): $(BUILD)/unity/%.c: FORCE
	@mkdir -p $(dir $@)
	@printf '#include "%s"\n' $(filter-out $(UNITY_ALONE),$(wildcard $*/*.c)) >$@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(UNITY_OBJ): %.o: %.c
	$(Q_CC)$(CC) $(ALL_CFLAGS) -MF $*.d -MT $@ -x c -c - -o $@ <$<

$(LIBBRIEF): $(LIB_OBJ)
	@rm -f $@
	$(Q_AR)ar rcs $@ $^

# SAN_OBJ: objects the sanitizer build links into each of its programs
SAN_OBJ   ?=
$(BUILD)/brief: $(CMD_OBJ) $(LIBBRIEF) $(SAN_OBJ)
	$(Q_LD)$(CC) $(ALL_LDFLAGS) -o $@ $(CMD_OBJ) $(SAN_OBJ) $(LIBBRIEF) $(PKG_LIBS) -lm

$(BUILD)/tests/%: tests/unit/%.c $(LIBBRIEF) $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(SAN_OBJ) $(LIBBRIEF) $(PKG_LIBS) $(CMOCKA_LIBS) -lm

# every unit test but test_torture (its own allocation functions, below) in
# one program (tests/unit/main.c): test_NAME, a link to it, runs that test
UNIT_ONE  := $(filter-out $(BUILD)/tests/test_torture,$(UNIT_BIN))
UNIT_OBJ  := $(UNIT_ONE:$(BUILD)/tests/%=$(BUILD)/obj/tests/unit/%.o)
$(UNIT_OBJ): $(BUILD)/obj/tests/unit/%.o: tests/unit/%.c
	@mkdir -p $(dir $@)
	$(Q_CC)$(CC) $(ALL_CFLAGS) -Itests -Dmain=$*_main -include tests/unit/main.h -c $< -o $@
# (the list of tests is compiled into the program's main)
$(BUILD)/obj/tests/unit/main.o: $(UNIT_SRC)
$(BUILD)/obj/tests/unit/main.o: ALL_CFLAGS += \
	-D'UNIT_TESTS=$(foreach t,$(UNIT_ONE:$(BUILD)/tests/%=%),X($(t)))'
$(BUILD)/tests/unittests: $(BUILD)/obj/tests/unit/main.o $(UNIT_OBJ) $(LIBBRIEF) $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_LDFLAGS) -o $@ $(BUILD)/obj/tests/unit/main.o $(UNIT_OBJ) $(SAN_OBJ) \
		$(LIBBRIEF) $(PKG_LIBS) $(CMOCKA_LIBS) -lm
$(UNIT_ONE): $(BUILD)/tests/unittests
	@ln -sf unittests $@

# allocation-failure tests: libbrief's allocations go through the test's own
# malloc, calloc, realloc, strdup and strndup, which fail the Nth call
TORTURE_WRAP := -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup,--wrap=strndup
$(BUILD)/tests/test_torture: tests/unit/test_torture.c $(LIBBRIEF) $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(SAN_OBJ) $(LIBBRIEF) $(PKG_LIBS) $(shell pkg-config --libs cmocka) -lm $(TORTURE_WRAP)

$(BUILD)/tests/%: tests/helpers/%.c $(LIBBRIEF) $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(SAN_OBJ) $(LIBBRIEF) $(PKG_LIBS) -lm

$(BUILD)/bench/%: bench/%.c $(LIBBRIEF)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBBRIEF) $(PKG_LIBS) -lm

# every fuzz target in one program with a plain driver that replays files
# (tests/fuzz/standalone.c); fuzzrun_NAME, a link to it, runs target NAME
FUZZ_OBJ := $(FUZZ_SRC:tests/fuzz/%.c=$(BUILD)/obj/tests/fuzz/%.o)
$(FUZZ_OBJ): $(BUILD)/obj/tests/fuzz/fuzz_%.o: tests/fuzz/fuzz_%.c
	@mkdir -p $(dir $@)
	$(Q_CC)$(CC) $(ALL_CFLAGS) -DLLVMFuzzerTestOneInput=fuzz_$*_one -c $< -o $@
# (the list of targets is compiled into the driver)
$(BUILD)/obj/tests/fuzz/standalone.o: $(FUZZ_SRC)
$(BUILD)/obj/tests/fuzz/standalone.o: ALL_CFLAGS += \
	-D'FUZZ_TARGETS=$(foreach f,$(FUZZ_SRC:tests/fuzz/fuzz_%.c=%),X($(f)))'
$(BUILD)/tests/fuzzrun: $(BUILD)/obj/tests/fuzz/standalone.o $(FUZZ_OBJ) $(LIBBRIEF) $(SAN_OBJ)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_LDFLAGS) -o $@ $(BUILD)/obj/tests/fuzz/standalone.o $(FUZZ_OBJ) $(SAN_OBJ) \
		$(LIBBRIEF) $(PKG_LIBS) -lm
$(FUZZRUN_BIN): $(BUILD)/tests/fuzzrun
	@ln -sf fuzzrun $@

test-build: $(BUILD)/brief $(UNIT_BIN) $(HELPER_BIN) $(FUZZRUN_BIN)
# what every test script runs: make test builds it first
test-build-first: $(BUILD)/brief $(HELPER_BIN)
.SECONDARY: $(BUILD)/obj/tests/fuzz/standalone.o

# The test build lives in build/san so it never mixes with the normal one.
# TEST_BUILD picks another directory; TESTS=PATTERN runs only matching tests.
# Without -j, make test builds with one job per CPU and runs two tests per
# CPU (tests that wait on a server or a child leave their CPU to another);
# with -jN, N of each. The tests start before the build ends: tests/run
# builds the binary and the helpers first (test PostgreSQL starts
# meanwhile), then starts the scripts while the unit test programs and
# fuzz drivers build; those start when they are built.
NPROC      := $(shell nproc 2>/dev/null || echo 2)
JOBS_GIVEN := $(patsubst -j%,%,$(filter -j%,$(MAKEFLAGS)))
SUB_J      := $(if $(filter -j%,$(MAKEFLAGS)),,-j$(NPROC))
TEST_JOBS  ?= $(or $(JOBS_GIVEN),$(shell echo $$(($(NPROC) * 2))))
TEST_BUILD ?= build/san$(if $(filter 0,$(UBSAN_TRAP)),-ubsan)
TESTS ?=
test: deps
	@BUILD=$(TEST_BUILD) ./tests/run -j $(TEST_JOBS) \
		--build-first "$(MAKE) --no-print-directory $(SUB_J) san-build SAN_GOAL=test-build-first" \
		--build "$(MAKE) --no-print-directory $(SUB_J) san-build" $(TESTS)

# One build for the tests: the fuzz targets run in it through the plain
# driver (tests/fuzz/standalone.c), so only make fuzz compiles with clang.
# With gcc, the programs link the sanitizer runtimes statically, as clang
# does: one runtime in the program instead of two shared ones (libasan,
# libubsan), so each of the test processes starts and ends (LeakSanitizer's
# scan of every writable segment) in about a quarter less CPU time. And they
# link with lld or gold where gcc takes one: a third of ld.bfd's time. They
# are not position-independent (-no-pie): the loader has no relocations to
# apply to the program, which saves page faults at every start. (clang takes
# none of these flags while compiling, and -Werror makes that an error.)
# tests/san/bss_hugepages.c, in every program of the build, backs the
# sanitizer runtimes' tables with huge pages, before the runtimes start
# (linked first in .preinit_array with lld), for their first writes and
# LeakSanitizer's exit scan;
# tests/san/asan_options.c sets the options they start with. Debug
# information is -g1: line tables and inlined calls, all that a sanitizer's
# report shows (file:line of each frame, inlined ones too), without the
# descriptions of types and variables that only a debugger reads. It is
# not optimised (-O0): the sanitizers check the same accesses, the tests'
# processes spend their time starting and ending rather than in brief's
# code, and the compiler takes half the CPU time of -O1 (the warnings only
# an optimiser finds come from the normal build, which .ci/run also makes).
# The exception is SAN_FAST, compiled alone at -O1: the event dictionaries'
# loader, which every process that codes events (each ingest that stores an
# article) runs before anything else, and where brief's own code is a good
# part of the time; compiled alone at -O1 and its directory's unit without
# it take about the CPU time of the whole unit at -O0.
# With gcc, a failed undefined-behaviour check stops the program with a trap
# instruction (-fsanitize-undefined-trap-on-error), which AddressSanitizer
# reports as ILL with the stack, file:line of each frame (handle_sigill in
# tests/san/asan_options.c): every check stays, but without the runtime's
# message gcc keeps no data for each check site (33,000 records), which
# its AddressSanitizer registered and LeakSanitizer scanned at every start
# and end of every process. UBSAN_TRAP=0 builds with the runtime's messages
# (which check failed, on what values), in build/san-ubsan:
#   make test UBSAN_TRAP=0 TESTS=NAME
UBSAN_TRAP ?= 1
SAN_FAST = src/analyse/dict.c
SAN_GCC = $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null)),,y)
SAN_LD = $(firstword $(foreach l,lld gold,$(if $(shell $(CC) -fuse-ld=$(l) -Wl,--version 2>/dev/null),-fuse-ld=$(l))))
# (lld: tests/san/bss_hugepages.c's entry first in .preinit_array)
SAN_ORDER = $(if $(filter -fuse-ld=lld,$(SAN_LD)),$(SAN_ORDER_LLD))
SAN_ORDER_LLD = -Wl,--symbol-ordering-file=tests/san/preinit-order -Wl,--no-warn-symbol-ordering
SAN_LINK = $(if $(SAN_GCC),-static-libasan -static-libubsan -no-pie $(SAN_LD) $(SAN_ORDER))
SAN_TRAP = $(if $(SAN_GCC),$(if $(filter 0,$(UBSAN_TRAP)),,-fsanitize-undefined-trap-on-error))
.PHONY: san-build
SAN_GOAL ?= test-build
san-build:
	@$(MAKE) --no-print-directory $(SAN_GOAL) BUILD=$(TEST_BUILD) DEVELOPER=1 UNITY=1 \
		OPT='-O0 -g1 -fno-omit-frame-pointer' OPT_FAST_SRC='$(SAN_FAST)' \
		SANFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all $(SAN_TRAP) $(SAN_LINK)' \
		SAN_OBJ='$(TEST_BUILD)/obj/tests/san/bss_hugepages.o $(TEST_BUILD)/obj/tests/san/asan_options.o'

# The long runs (tests/soak.sh), outside make test: an ingest killed at every commit, serve
# under wrk while an ingest writes, the hostile and writers tests again. SOAK_SECONDS (60),
# SOAK_ROUNDS (3), SOAK_PARTS ("1 2 3"). The server under load is the normal build ($(BUILD)/brief): its memory is
# measured, and ASan's quarantine would hide a flat line; the rest runs sanitized.
soak: deps
	@$(MAKE) --no-print-directory $(SUB_J) san-build
	@$(MAKE) --no-print-directory $(SUB_J) $(BUILD)/brief
	@BUILD=$(TEST_BUILD) BRIEF=$(CURDIR)/$(TEST_BUILD)/brief HELPERS=$(CURDIR)/$(TEST_BUILD)/tests \
		LOAD_BRIEF=$(abspath $(BUILD))/brief SRCDIR=$(CURDIR) BRIEF_TEST_PG= sh tests/soak.sh

run: deps
	@$(MAKE) --no-print-directory all
	@BRIEF_DB='$(BRIEF_DB)' PORT='$(PORT)' ./scripts/run-demo

# BENCH=NAME runs one: extract, ingest, store (1M articles, the longest), code
BENCH ?=
bench: deps
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@BUILD=$(BUILD) ./bench/run $(BENCH)

lint: deps
	cppcheck --quiet --error-exitcode=1 --std=c11 --enable=warning,portability \
		--inline-suppr --suppress=missingIncludeSystem -Isrc src
	clang-format --dry-run --Werror $(FORMAT_SRC)

FORMAT_SRC = $(LIB_SRC) $(CMD_SRC) $(wildcard src/*/*.h src/*/*/*.h tests/unit/*.h) $(UNIT_SRC) $(HELPER_SRC) \
	tests/unit/main.c $(wildcard tests/fuzz/*.c tests/san/*.c) $(BENCH_SRC)
format:
	clang-format -i $(FORMAT_SRC)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/brief \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/brief $(DESTDIR)$(PREFIX)/bin/brief
	cp -R data/. $(DESTDIR)$(PREFIX)/share/brief/
	install -m 644 docs/brief.1 $(DESTDIR)$(PREFIX)/share/man/man1/brief.1

# libFuzzer targets (clang): build/fuzz/fuzz_*. make fuzz runs each for
# FUZZ_TIME seconds (tests/integration/t0910); run one by hand with
#   build/fuzz/fuzz_extract -max_total_time=60 tests/fuzz/corpus/extract
FUZZ_TIME ?= 60
fuzz: deps
	@$(MAKE) --no-print-directory $(SUB_J) fuzz-build
	@FUZZ_TIME=$(FUZZ_TIME) BUILD=build/fuzz FUZZ_BUILD=build/fuzz ./tests/run -j 1 -t 0 t0910

fuzz-build:
	@$(MAKE) --no-print-directory $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%) BUILD=build/fuzz CC=clang \
		DEVELOPER=1 OPT='-O1 -g' SANFLAGS='-fsanitize=fuzzer-no-link,address,undefined'

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c build/fuzz/libbrief.a
	$(Q_LD)clang $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libbrief.a $(PKG_LIBS) -lm

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(UNIT_OBJ:.o=.d) $(BUILD)/tests/test_torture.d \
	$(BUILD)/obj/tests/unit/main.d $(HELPER_BIN:=.d) $(FUZZ_OBJ:.o=.d) \
	$(BENCH_BIN:=.d) $(BUILD)/obj/tests/fuzz/standalone.d $(wildcard build/fuzz/fuzz_*.d)
