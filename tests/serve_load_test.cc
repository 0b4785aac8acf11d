#define BOOST_TEST_MODULE serve_load
#include <boost/test/unit_test.hpp>
// A bounded loopback load test of `lexkz serve` (issue 11): 16 concurrent clients for
// ~20 s send a mix of word, phrase, filtered, paged and define requests (pages and API);
// every answer must be 200, and the server's memory must stay flat (RSS at the end of the
// steady phase within 20 % of its start). Prints requests/s and latency percentiles, and
// beside them the in-process search latency of the same queries (what `lexkz search`
// spends on them, without process start), so the HTTP layer's cost shows.
// Environment: LEXKZ_LOAD_SECONDS (default 20), LEXKZ_LOAD_CLIENTS (16), LEXKZ_LOAD_DB (an
// existing index instead of the sample corpus), LEXKZ_LOAD_THREADS (server pool, 8).
// bench/README.md has the figures and the longer command.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>

#include "query/searcher.h"
#include "server/html.h"
#include "tests/support/process.h"
#include "tests/support/serve_process.h"
#include "tests/support/temp_dir.h"

namespace {

using Clock = std::chrono::steady_clock;

int env_int(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

// The queries of the mix: words in both languages, phrases, Latin Kazakh, boolean, NEAR,
// a wildcard; each is sent as a page and through the API, plain and with filters.
const std::vector<std::string> kQueries = {
    "домогательство", "кемсітушілік", "\"сексуальное домогательство\"", "kemsitushilik", "дискриминация NOT ценовая",
    "преследование", "қудалау", "работник NEAR/5 домогательство", "дискримин*", "закон", "жыныстық қысым", "суд"};
const std::vector<std::string> kTerms = {"дискриминация", "кемсітушілік", "домогательство", "преследование"};

std::string enc(const std::string& s) { return lexkz::server::url_encode(s); }

// The kinds of request in the mix, by i % 8 (for the per-kind latencies).
const char* const kKinds[8] = {"page", "api", "page+filters", "api+tags", "define page", "api define", "page 2",
                               "filter only"};

// The i-th request of the mix.
std::string request_path(std::size_t i) {
  const std::string& q = kQueries[i % kQueries.size()];
  switch (i % 8) {
    case 0: return "/search?q=" + enc(q);
    case 1: return "/api/search?q=" + enc(q);
    case 2: return "/search?q=" + enc(q) + "&lang=ru&type=statute";
    case 3: return "/api/search?q=" + enc(q) + "&tag=harassment&tag=discrimination";
    case 4: return "/define?term=" + enc(kTerms[i % kTerms.size()]);
    case 5: return "/api/define?term=" + enc(kTerms[(i / 8) % kTerms.size()]);
    case 6: return "/search?q=" + enc(q) + "&page=2";
    default: return "/search?lang=ru&defines=1";
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(sixteen_clients_no_errors_flat_memory) {
  const int seconds = env_int("LEXKZ_LOAD_SECONDS", 20);
  const int clients = env_int("LEXKZ_LOAD_CLIENTS", 16);
  const int threads = env_int("LEXKZ_LOAD_THREADS", 8);
  lexkz::testing::TempDir tmp("lexkz-load");
  std::string db;
  if (const char* given = std::getenv("LEXKZ_LOAD_DB"); given && *given) {
    db = given;
  } else {
    db = tmp / "db";
    auto r = lexkz::testing::run_lexkz({"index", "--db", db, LEXKZ_SOURCE_DIR "/corpora", LEXKZ_SOURCE_DIR "/tests/data/serve"});
    BOOST_REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  }
  lexkz::testing::ServeProcess server({"--db", db, "--threads", std::to_string(threads)}, tmp / "serve");
  const int port = server.port();

  std::atomic<bool> measuring{false}, stop{false};
  std::atomic<std::size_t> errors{0}, next{0};
  std::mutex mu;
  std::vector<double> latencies_ms;
  std::vector<double> per_kind[8];
  std::string first_error;
  std::vector<std::thread> pool;
  for (int c = 0; c < clients; ++c) {
    pool.emplace_back([&] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(30, 0);
      std::vector<double> mine, kind[8];
      while (!stop) {
        const std::size_t i = next++;
        const std::string path = request_path(i);
        auto t0 = Clock::now();
        auto res = client.Get(path.c_str());
        double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (!res || res->status != 200) {
          if (errors++ == 0) {
            std::lock_guard lock(mu);
            first_error = path + " → " + (res ? std::to_string(res->status) : httplib::to_string(res.error()));
          }
          continue;
        }
        if (measuring) {
          mine.push_back(ms);
          kind[i % 8].push_back(ms);
        }
      }
      std::lock_guard lock(mu);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
      for (int k = 0; k < 8; ++k) per_kind[k].insert(per_kind[k].end(), kind[k].begin(), kind[k].end());
    });
  }
  // Warm-up: every worker thread builds its analyzer and rules; caches fill.
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const long rss_start = server.rss_kb();
  const std::size_t errors_before = errors;
  measuring = true;
  const auto t0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::seconds(seconds));
  measuring = false;
  const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
  const long rss_end = server.rss_kb();
  stop = true;
  for (std::thread& t : pool) t.join();

  const double rps = static_cast<double>(latencies_ms.size()) / elapsed;
  std::printf("serve load: %d clients, %d server threads, %.1f s: %zu requests, %.0f requests/s, "
              "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors %zu; RSS %ld → %ld KB (%+.1f %%)\n",
              clients, threads, elapsed, latencies_ms.size(), rps, percentile(latencies_ms, 0.50),
              percentile(latencies_ms, 0.95), percentile(latencies_ms, 0.99), percentile(latencies_ms, 1.0),
              static_cast<std::size_t>(errors), rss_start, rss_end,
              100.0 * static_cast<double>(rss_end - rss_start) / static_cast<double>(rss_start));

  for (int k = 0; k < 8; ++k)
    std::printf("  %-13s %6zu requests, p50 %6.1f ms, p95 %6.1f ms\n", kKinds[k], per_kind[k].size(),
                percentile(per_kind[k], 0.50), percentile(per_kind[k], 0.95));

  // The same queries in process, one thread, facets on as the page asks: the CLI's cost.
  lexkz::text::Analyzer analyzer;
  std::vector<double> cli_ms;
  for (int round = 0; round < 5; ++round)
    for (const std::string& q : kQueries) {
      lexkz::query::SearchRequest req;
      req.databases = {db};
      req.query = q;
      req.limit = 20;
      req.facets = true;
      auto s0 = Clock::now();
      lexkz::query::search(req, analyzer);
      if (round > 0) cli_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s0).count());
    }
  std::printf("in-process search of the same queries (what `lexkz search` spends): p50 %.2f ms, p95 %.2f ms\n",
              percentile(cli_ms, 0.50), percentile(cli_ms, 0.95));
  std::fflush(stdout);

  BOOST_TEST(errors == 0u, first_error);
  BOOST_TEST(errors_before == 0u);
  BOOST_TEST(latencies_ms.size() > 100u);
  BOOST_TEST(rss_start > 0);
  BOOST_TEST(static_cast<double>(rss_end) < 1.2 * static_cast<double>(rss_start),
             "RSS grew from " << rss_start << " KB to " << rss_end << " KB");
  // The server still answers, and stops cleanly.
  server.process().signal(SIGTERM);
  BOOST_TEST(server.process().wait(std::chrono::seconds(15)) == 143);
}
