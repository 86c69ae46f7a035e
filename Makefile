# The two commands of README's Quick start, plus install and the benchmarks.
# `make run` and `make test` install missing system packages first (scripts/install-deps.sh).

PREFIX ?= /usr/local
ARGS ?=
SWIFT_RELEASE = swift build -c release

.PHONY: run test build install install-class bench deps

deps:
	@scripts/install-deps.sh

# Build ailab (release) and run it: make run ARGS="submit house-prices my.csv"
run: deps
	@$(SWIFT_RELEASE) --product ailab
	@.build/release/ailab $(ARGS)

# Every test: unit, store, end-to-end (runs the built binary), and the lessons' Python (needs python3 with
# NumPy, pandas, scikit-learn and matplotlib, which this installs when missing).
test: deps
	@scripts/install-deps.sh --test
	swift test

build: deps
	$(SWIFT_RELEASE) --product ailab

# The binary to $(PREFIX)/bin, the course (course.json, grader/, datasets/, lessons/) to $(PREFIX)/share/ailab.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/ailab"
	install -m 755 .build/release/ailab "$(DESTDIR)$(PREFIX)/bin/ailab"
	cp -R course.json grader datasets lessons "$(DESTDIR)$(PREFIX)/share/ailab/"

# A class on a shared server (as root): the binary set-group-ID to the group `ailab`, the answer keys and the
# database readable by that group only. Options: scripts/install-class.sh --help.
install-class: build
	scripts/install-class.sh --prefix "$(PREFIX)" --binary .build/release/ailab

# Speed against reference implementations, printed as a table (not part of the tests).
bench: deps
	$(SWIFT_RELEASE) --product ailab-bench
	$(SWIFT_RELEASE) --product ailab
	.build/release/ailab-bench csv
	.build/release/ailab-bench models
	.build/release/ailab-bench text
	.build/release/ailab-bench ratings
	.build/release/ailab-bench navigator
