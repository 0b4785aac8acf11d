#define BOOST_TEST_MODULE remote_shards
#include <boost/test/unit_test.hpp>
// Issue 6: scale beyond one machine with Xapian's own remote backend. The sample corpus
// is indexed into two shards; two xapian-tcpsrv processes on loopback serve one shard
// each; a stub file naming both ("remote HOST:PORT" lines) is searched with --db and must
// give the same ranked hits, facets and stats as the local index.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;
namespace fs = std::filesystem;

// A port the kernel says is free now.
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

bool accepts(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  close(fd);
  return ok;
}

// xapian-tcpsrv serving one shard read-only, stopped when the test ends.
struct Server {
  pid_t pid = -1;
  int port = 0;
  Server(const std::string& shard) {
    port = free_port();
    pid = fork();
    if (pid == 0) {
      // Its own process group: on SIGTERM xapian-tcpsrv signals its whole group (to stop
      // its forked connection handlers), which must not include this test or ctest.
      setpgid(0, 0);
      std::string p = std::to_string(port);
      int null = open("/dev/null", O_WRONLY);  // the server logs every connection
      dup2(null, 1);
      dup2(null, 2);
      execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", p.c_str(), shard.c_str(),
             static_cast<char*>(nullptr));
      _exit(127);
    }
    setpgid(pid, pid);  // also from this side, so the group exists before any kill(-pid)
    for (int i = 0; i < 100 && !accepts(port); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ~Server() {
    if (pid > 0) {
      kill(-pid, SIGTERM);  // the server's group: it and its connection handlers
      waitpid(pid, nullptr, 0);
    }
  }
};

// The shard directories of an index, as its own stub names them (comment lines skipped).
std::vector<std::string> shard_paths(const std::string& db) {
  std::ifstream in(db + "/XAPIANDB");
  std::vector<std::string> paths;
  std::string backend, name;
  while (in >> backend) {
    if (backend[0] == '#') {
      std::getline(in, name);
      continue;
    }
    in >> name;
    paths.push_back(db + "/" + name);
  }
  return paths;
}

struct Fixture {
  lexkz::testing::TempDir tmp{"lexkz-remote"};  // declared first: removed after the servers stop
  fs::path dir = tmp.path;
  std::string db, stub;
  std::vector<std::unique_ptr<Server>> servers;
  Fixture() {
    db = (dir / "db").string();
    auto r = run_lexkz({"index", "--db", db, "--shards", "2", "--termlists", LEXKZ_SOURCE_DIR "/corpora"});
    if (r.exit_code != 0) throw std::runtime_error("index failed: " + r.err);
    std::ofstream out(dir / "remote.stub");
    for (const std::string& shard : shard_paths(db)) {
      servers.push_back(std::make_unique<Server>(shard));
      out << "remote 127.0.0.1:" << servers.back()->port << '\n';
    }
    stub = (dir / "remote.stub").string();
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

// Rank, document, cite, tags and snippet of each hit, plus the facets line.
std::vector<std::string> hits(const std::string& db, const std::string& query) {
  auto r = run_lexkz({"search", "--db", db, "--format", "jsonl", "--facets", "--limit", "20", query});
  BOOST_TEST(r.exit_code == 0, "search " << query << " on " << db << ": " << r.err);
  std::vector<std::string> out;
  for (const std::string& line : lines_of(r.out)) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j.contains("facets")) out.push_back(j["facets"].dump());
    else out.push_back(j["rank"].dump() + " " + j["doc"].get<std::string>() + " " + j["cite"].get<std::string>() +
                       " " + j["tags"].dump() + " " + j["snippet"].get<std::string>());
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(two_servers_serve_the_shards) {
  BOOST_TEST(fixture().servers.size() == 2u);
  for (const auto& s : fixture().servers) BOOST_TEST(accepts(s->port));
}

BOOST_AUTO_TEST_CASE(remote_search_equals_local_search) {
  for (const char* q : {"дискриминация", "кемсітушілік", "kemsitushilik", "\"сексуальное домогательство\"",
                        "домогательство OR қысым", "преследование NOT уголовное", "дискримин*"}) {
    BOOST_TEST_CONTEXT("query " << q) {
      std::vector<std::string> local = hits(fixture().db, q), remote = hits(fixture().stub, q);
      BOOST_TEST(local.size() > 1u);  // at least one hit and the facets line
      BOOST_TEST(local == remote, boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(exact_forms_are_a_clear_error_remotely) {
  // They are checked against the stored passages by a posting source of lexkz's own
  // (query/exact_form_source.h), which xapian-tcpsrv cannot run. (A wildcard needs the
  // check only for stems shorter than its prefix: "дискримин*" above needs none.)
  for (const char* q : {"=дискриминации", "=\"сексуальное домогательство\"", "домогательства*"}) {
    BOOST_TEST_CONTEXT("query " << q) {
      BOOST_TEST(hits(fixture().db, q).size() > 1u);  // locally: hits and the facets line
      auto r = run_lexkz({"search", "--db", fixture().stub, q});
      BOOST_TEST(r.exit_code == 2);
      BOOST_TEST(lines_of(r.err).size() == 1u, r.err);
      BOOST_TEST(r.err.find("not available over remote shards") != std::string::npos, r.err);
    }
  }
}

BOOST_AUTO_TEST_CASE(remote_filters_and_stats_equal_local) {
  for (std::vector<std::string> extra : {std::vector<std::string>{"--tag", "discrimination"},
                                         std::vector<std::string>{"--lang", "kk"},
                                         std::vector<std::string>{"--defines"}}) {
    std::vector<std::string> args{"search", "--format", "jsonl", "--limit", "50"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto with_db = [&](const std::string& db) {
      auto a = args;
      a.insert(a.begin() + 1, {"--db", db});
      return run_lexkz(a);
    };
    auto local = with_db(fixture().db), remote = with_db(fixture().stub);
    BOOST_TEST(local.exit_code == 0);
    BOOST_TEST(!local.out.empty());
    BOOST_TEST(local.out == remote.out);
  }
  auto local = run_lexkz({"stats", "--db", fixture().db, "--format", "json"});
  auto remote = run_lexkz({"stats", "--db", fixture().stub, "--format", "json"});
  BOOST_TEST(local.exit_code == 0);
  BOOST_TEST(local.out == remote.out);
}

BOOST_AUTO_TEST_CASE(a_dead_shard_is_a_clear_error) {
  const std::string stub = (fixture().dir / "dead.stub").string();
  std::ofstream(stub) << "remote 127.0.0.1:" << free_port() << '\n';
  auto r = run_lexkz({"search", "--db", stub, "дискриминация"});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(r.err.rfind("lexkz: error: ", 0) == 0);
  BOOST_TEST(lines_of(r.err).size() == 1u);
}

namespace {

BOOST_AUTO_TEST_CASE(a_shard_without_termlist_says_to_rebuild_with_termlists) {
  // A default build has no termlists; xapian-tcpsrv cannot send its documents' values.
  const std::string db = (fixture().dir / "plain").string();
  auto built = run_lexkz({"index", "--db", db, LEXKZ_SOURCE_DIR "/corpora"});
  BOOST_REQUIRE_MESSAGE(built.exit_code == 0, built.err);
  BOOST_REQUIRE(shard_paths(db).size() == 1u);
  Server server(shard_paths(db)[0]);
  const std::string stub = (fixture().dir / "plain.stub").string();
  std::ofstream(stub) << "remote 127.0.0.1:" << server.port << '\n';
  auto r = run_lexkz({"search", "--db", stub, "дискриминация"});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(lines_of(r.err).size() == 1u);
  BOOST_TEST(r.err.find("lexkz index --termlists") != std::string::npos, r.err);
  // The same index, given termlists in place, is served.
  auto converted = run_lexkz({"index", "--db", db, "--termlists", LEXKZ_SOURCE_DIR "/corpora"});
  BOOST_REQUIRE_MESSAGE(converted.exit_code == 0, converted.err);
  BOOST_REQUIRE(shard_paths(db).size() == 1u);
  Server rebuilt(shard_paths(db)[0]);  // the new generation the stub now names
  std::ofstream(stub) << "remote 127.0.0.1:" << rebuilt.port << '\n';
  auto ok = run_lexkz({"search", "--db", stub, "--format", "jsonl", "дискриминация"});
  BOOST_TEST(ok.exit_code == 0, ok.err);
  BOOST_TEST(!lines_of(ok.out).empty());
}

}  // namespace
