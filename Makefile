# brief: build, test, run. GNU make; every library through pkg-config.
#
#   make            build build/brief (warnings are errors)
#   make test       install deps, build with ASan+UBSan in build/san, run all tests
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

PKGS      := libxml-2.0 sqlite3 libcurl libmicrohttpd jansson uchardet zlib libzstd libcrypto libpq
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN      := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wcast-qual \
             -Wpointer-arith -Wformat=2 -Wno-format-nonliteral
OPT       ?= -O2 -g
SANFLAGS  ?=
CFLAGS    ?=
ALL_CFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(OPT) $(SANFLAGS) \
             -Isrc -DBRIEF_VERSION='"$(VERSION)"' -DBRIEF_DATADIR='"$(PREFIX)/share/brief"' \
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
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
HELPER_BIN:= $(HELPER_SRC:tests/helpers/%.c=$(BUILD)/tests/%)
FUZZ_SRC  := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZRUN_BIN:= $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/tests/fuzzrun_%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)
LIBBRIEF  := $(BUILD)/libbrief.a

.PHONY: all deps test test-build run lint format bench install clean fuzz fuzz-build
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

$(LIBBRIEF): $(LIB_OBJ)
	@rm -f $@
	$(Q_AR)ar rcs $@ $^

$(BUILD)/brief: $(CMD_OBJ) $(LIBBRIEF)
	$(Q_LD)$(CC) $(ALL_LDFLAGS) -o $@ $(CMD_OBJ) $(LIBBRIEF) $(PKG_LIBS) -lm

$(BUILD)/tests/%: tests/unit/%.c $(LIBBRIEF)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(LIBBRIEF) $(PKG_LIBS) $(shell pkg-config --libs cmocka) -lm

$(BUILD)/tests/%: tests/helpers/%.c $(LIBBRIEF)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(LIBBRIEF) $(PKG_LIBS) -lm

$(BUILD)/bench/%: bench/%.c $(LIBBRIEF)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBBRIEF) $(PKG_LIBS) -lm

# each fuzz target, linked with a plain driver that replays files
$(BUILD)/tests/fuzzrun_%: tests/fuzz/fuzz_%.c tests/fuzz/standalone.c $(LIBBRIEF)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(ALL_CFLAGS) -o $@ $< tests/fuzz/standalone.c $(LIBBRIEF) $(PKG_LIBS) -lm

test-build: $(BUILD)/brief $(UNIT_BIN) $(HELPER_BIN) $(FUZZRUN_BIN)

# The test build lives in build/san so it never mixes with the normal one.
# TEST_BUILD picks another directory; TESTS=PATTERN runs only matching tests.
TEST_BUILD ?= build/san
TESTS ?=
test: deps
	@$(MAKE) --no-print-directory test-build BUILD=$(TEST_BUILD) OPT='-O1 -g -fno-omit-frame-pointer' \
		SANFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all'
	@$(MAKE) --no-print-directory fuzz-build
	@BUILD=$(TEST_BUILD) FUZZ_BUILD=build/fuzz ./tests/run $(TESTS)

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
	clang-format --dry-run --Werror $(LIB_SRC) $(CMD_SRC) $(wildcard src/*/*.h src/*/*/*.h) $(UNIT_SRC)

format:
	clang-format -i $(LIB_SRC) $(CMD_SRC) $(wildcard src/*/*.h src/*/*/*.h) $(UNIT_SRC)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/brief \
		$(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/brief $(DESTDIR)$(PREFIX)/bin/brief
	cp -R data/. $(DESTDIR)$(PREFIX)/share/brief/
	install -m 644 docs/brief.1 $(DESTDIR)$(PREFIX)/share/man/man1/brief.1

# libFuzzer targets (clang): build/fuzz/fuzz_*; run one with
#   build/fuzz/fuzz_extract -max_total_time=60 tests/fuzz/corpus/extract
fuzz: deps fuzz-build

# make test runs each libFuzzer target briefly (tests/integration/t0910)
fuzz-build:
	@$(MAKE) --no-print-directory $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%) BUILD=build/fuzz CC=clang \
		OPT='-O1 -g' SANFLAGS='-fsanitize=fuzzer-no-link,address,undefined'

build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c build/fuzz/libbrief.a
	$(Q_LD)clang $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libbrief.a $(PKG_LIBS) -lm

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d)
