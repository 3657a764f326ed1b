# Redflag — build, demo and test.
#
#   make demo   builds redflag (release), builds the bundled IP database, simulates a
#               marketplace and scans it: demo/report.html and the top of the ranking.
#   make test   builds and runs every test (Swift Testing) in debug.
#
# Both install what they need first. As root (or with sudo) they run `apt-get install` for the
# Debian packages below that are missing:
#   tor-geoipdb, libloc-database, location   IP → country/ASN data for the bundled database (CC BY-SA 4.0)
#   mmdb-bin, libmaxminddb-dev               mmdblookup for the MMDB writer round-trip test; C peer of `bench ip`
#   zlib1g-dev                               gzip'd event input
#   python3                                  runs the local HTTP server of the `data update` test
# `make bench` also pip-installs the benchmark peers (rapidfuzz, scipy, numpy) from PyPI.

SWIFT ?= swift
DEBIAN_PACKAGES := tor-geoipdb libloc-database location mmdb-bin libmaxminddb-dev zlib1g-dev python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
IPDB := data/generated/redflag-ip.mmdb
DEMO_ACCOUNTS ?= 2000
DEMO_DAYS ?= 60
DEMO_SEED ?= 7

.PHONY: all deps build release demo test bench clean

all: build

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The bundled IP database is generated from the Debian packages, never committed. `make test`
# builds it with the debug binary it builds anyway, `make demo` with the release one.
IPDB_BUILD_FLAGS ?=
$(IPDB): | deps
	@mkdir -p $(dir $(IPDB))
	$(SWIFT) build $(IPDB_BUILD_FLAGS) --product redflag
	"$$($(SWIFT) build $(IPDB_BUILD_FLAGS) --show-bin-path)/redflag" data build-ipdb --output $(IPDB)

demo: IPDB_BUILD_FLAGS = -c release
demo: release $(IPDB)
	@rm -rf demo && mkdir -p demo
	.build/release/redflag simulate --accounts $(DEMO_ACCOUNTS) --days $(DEMO_DAYS) --seed $(DEMO_SEED) demo/population
	.build/release/redflag scan demo/population/events.ndjson --format html --output demo/report.html
	.build/release/redflag scan demo/population/events.ndjson --format table --min-level high 2>/dev/null | head -40
	@echo "report: demo/report.html   labels: demo/population/labels.csv"

test: deps $(IPDB)
	$(SWIFT) build --build-tests
	REDFLAG_IPDB=$(CURDIR)/$(IPDB) $(SWIFT) test --skip-build

bench: IPDB_BUILD_FLAGS = -c release
bench: release $(IPDB)
	python3 -m pip install --quiet rapidfuzz scipy numpy
	bash Benchmarks/run-all.sh

clean:
	rm -rf .build demo data/generated
