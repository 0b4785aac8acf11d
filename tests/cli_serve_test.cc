#define BOOST_TEST_MODULE cli_serve
#include <boost/test/unit_test.hpp>
// End to end for `lexkz serve` (issue 11): the real binary on a free loopback port over an
// index of the sample corpus plus a passage with markup in it (tests/data/serve). The JSON
// API prints the CLI's own objects; every page escapes what the index holds; the headers
// forbid scripts; unknown documents and paths are 404, bad queries 400 with the CLI's
// message; SIGTERM/SIGINT stop it with 143/130.
#include <signal.h>

#include <string>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/serve_process.h"
#include "tests/support/temp_dir.h"

namespace {

using lexkz::testing::lines_of;
using lexkz::testing::run_lexkz;
using lexkz::testing::ServeProcess;
using nlohmann::json;

struct Fixture {
  lexkz::testing::TempDir tmp{"lexkz-serve"};
  std::string db = tmp / "db";
  std::unique_ptr<ServeProcess> server;
  Fixture() {
    auto r = run_lexkz({"index", "--db", db, LEXKZ_SOURCE_DIR "/corpora", LEXKZ_SOURCE_DIR "/tests/data/serve"});
    if (r.exit_code != 0) throw std::runtime_error("index failed: " + r.err);
    server = std::make_unique<ServeProcess>(std::vector<std::string>{"--db", db, "--threads", "4"}, tmp / "serve");
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

struct Answer {
  int status = 0;
  std::string body;
  httplib::Headers headers;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

Answer get(const std::string& path) {
  httplib::Client client("127.0.0.1", fixture().server->port());
  client.set_read_timeout(30, 0);
  auto res = client.Get(path.c_str());
  BOOST_REQUIRE_MESSAGE(res, "no answer for " << path);
  return {res->status, res->body, res->headers};
}

std::vector<json> cli_jsonl(const std::vector<std::string>& args) {
  auto r = run_lexkz(args);
  std::vector<json> out;
  for (const std::string& line : lines_of(r.out)) out.push_back(json::parse(line));
  return out;
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(listens_on_loopback_and_every_answer_forbids_scripts) {
  BOOST_TEST(fixture().server->host() == "127.0.0.1");
  for (const char* path : {"/", "/search?q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE",
                           "/api/stats", "/nowhere", "/static/style.css"}) {
    BOOST_TEST_CONTEXT(path) {
      Answer a = get(path);
      BOOST_TEST(a.header("Content-Security-Policy") ==
                 "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
                 "frame-ancestors 'none'");
      BOOST_TEST(a.header("X-Content-Type-Options") == "nosniff");
    }
  }
  Answer css = get("/static/style.css");
  BOOST_TEST(css.status == 200);
  BOOST_TEST(css.header("Content-Type") == "text/css; charset=utf-8");
  BOOST_TEST(contains(css.body, "@media print"));
}

BOOST_AUTO_TEST_CASE(start_page_shows_the_index_statistics) {
  Answer a = get("/");
  BOOST_TEST(a.status == 200);
  BOOST_TEST(a.header("Content-Type") == "text/html; charset=utf-8");
  json stats = cli_jsonl({"stats", "--db", fixture().db, "--format", "json"}).at(0);
  BOOST_TEST(contains(a.body, "<strong>" + std::to_string(stats["documents"].get<int>()) + "</strong>"));
  BOOST_TEST(contains(a.body, "<strong>" + std::to_string(stats["passages"].get<int>()) + "</strong>"));
  BOOST_TEST(contains(a.body, "<html lang=\"ru\">"));
  // The interface in Kazakh; the index is the same.
  Answer kk = get("/?ui=kk");
  BOOST_TEST(contains(kk.body, "<html lang=\"kk\">"));
  BOOST_TEST(contains(kk.body, "Индекс құрамы"));
  BOOST_TEST(contains(kk.body, "<input type=\"hidden\" name=\"ui\" value=\"kk\">"));
}

BOOST_AUTO_TEST_CASE(api_prints_the_cli_objects) {
  const std::string db = fixture().db;
  // search: the same hit objects and facets as `search --format jsonl --facets`.
  json api = json::parse(get("/api/search?q=" + std::string("%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE")).body);
  std::vector<json> cli = cli_jsonl({"search", "--db", db, "--format", "jsonl", "--facets", "--limit", "20", "домогательство"});
  BOOST_REQUIRE(cli.size() >= 2u);
  json facets = cli.back();
  cli.pop_back();
  BOOST_TEST(api["hits"].size() == cli.size());
  for (std::size_t i = 0; i < cli.size() && i < api["hits"].size(); ++i) BOOST_TEST(api["hits"][i] == cli[i]);
  BOOST_TEST(api["facets"] == facets["facets"]);
  BOOST_TEST(api["total"] == facets["total"]);
  // define: the same objects as `define --format jsonl`.
  json def = json::parse(get("/api/define?term=%D0%BA%D0%B5%D0%BC%D1%81%D1%96%D1%82%D1%83%D1%88%D1%96%D0%BB%D1%96%D0%BA").body);
  std::vector<json> cli_def = cli_jsonl({"define", "--db", db, "--format", "jsonl", "--limit", "50", "кемсітушілік"});
  BOOST_REQUIRE(!cli_def.empty());
  BOOST_TEST(def["definitions"] == json(cli_def));
  // stats: the `stats --format json` object.
  BOOST_TEST(json::parse(get("/api/stats").body) == cli_jsonl({"stats", "--db", db, "--format", "json"}).at(0));
  // Filters as parameters, values of one field ORed, as on the command line.
  json kk = json::parse(get("/api/search?q=lang:kk&type=statute&type=transcript&limit=100").body);
  std::vector<json> cli_kk = cli_jsonl({"search", "--db", db, "--format", "jsonl", "--limit", "100", "--type",
                                        "statute", "--type", "transcript", "lang:kk"});
  BOOST_TEST(kk["hits"].size() == cli_kk.size());
  BOOST_TEST(kk["hits"].size() > 0u);
  // status= as --status: only the ruling whose sidecar says lost_force.
  json lost = json::parse(get("/api/search?q=%D0%BF%D1%80%D0%B5%D1%81%D0%BB%D0%B5%D0%B4%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5&status=lost_force").body);
  std::vector<json> cli_lost = cli_jsonl({"search", "--db", db, "--format", "jsonl", "--limit", "20", "--status",
                                          "lost_force", "преследование"});
  BOOST_TEST(lost["hits"] == json(cli_lost));
  BOOST_REQUIRE(!cli_lost.empty());
  for (const json& h : lost["hits"]) BOOST_TEST(h["status"] == "lost_force");
}

BOOST_AUTO_TEST_CASE(search_page_marks_matches_and_links_facets) {
  Answer a = get("/search?q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE");
  BOOST_TEST(a.status == 200);
  BOOST_TEST(contains(a.body, "<mark>"));
  BOOST_TEST(!contains(a.body, "[["));
  // A facet link adds its filter to the same query; the query stays in the box.
  BOOST_TEST(contains(a.body, "href=\"/search?q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE&amp;lang=ru\""));
  BOOST_TEST(contains(a.body, "value=\"домогательство\""));
  // Each hit links to its passage in the document page.
  BOOST_TEST(contains(a.body, "?p="));
  BOOST_TEST(contains(a.body, "#p"));
}

BOOST_AUTO_TEST_CASE(markup_from_the_index_is_text_everywhere) {
  // The search page: the snippet shows the markup as text.
  Answer s = get("/search?q=%D0%BF%D1%80%D0%B5%D1%81%D0%BB%D0%B5%D0%B4%D0%BE%D0%B2%D0%B0%D0%BD%D0%B8%D0%B5%20%D1%84%D0%BE%D1%80%D1%83%D0%BC");
  BOOST_TEST(s.status == 200);
  BOOST_TEST(contains(s.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  BOOST_TEST(!contains(s.body, "<script"));
  // The document page: both hostile passages, escaped, and no attribute breaks out.
  Answer d = get("/doc/hostile-ruling.ru.txt");
  BOOST_TEST(d.status == 200);
  BOOST_TEST(contains(d.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  BOOST_TEST(contains(d.body, "&quot; onmouseover=&quot;alert(2)&quot;"));
  BOOST_TEST(!contains(d.body, "<script"));
  BOOST_TEST(!contains(d.body, "\" onmouseover"));
  BOOST_TEST(!contains(d.body, "href=\"javascript"));
  // Its metadata (a sidecar with markup in title and number, a javascript: source) is text.
  BOOST_TEST(contains(d.body, "Решение &lt;b&gt;по жалобе&lt;/b&gt; о преследовании"));
  BOOST_TEST(contains(d.body, "№ 2-17/2024 &quot;&lt;i&gt;&quot;"));
  BOOST_TEST(contains(d.body, "javascript:alert(5)"));
  BOOST_TEST(!contains(d.body, "<b>по"));
  BOOST_TEST(!contains(d.body, "<i>"));
  // The hit shows number, date and status.
  BOOST_TEST(contains(s.body, "<span class=\"number\" title=\"Номер\">№ 2-17/2024 &quot;&lt;i&gt;&quot;</span>"));
  BOOST_TEST(contains(s.body, "<span class=\"date\" title=\"Дата\">2024-03-20</span>"));
  BOOST_TEST(contains(s.body, "status-lost_force\">утратил силу</span>"));
  // A query with markup comes back escaped in the search box and the title.
  Answer q = get("/search?q=%22%3E%3Cscript%3Ealert(4)%3C/script%3E");
  BOOST_TEST(!contains(q.body, "<script>alert(4)"));
  BOOST_TEST(contains(q.body, "value=\"&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;\""));
}

BOOST_AUTO_TEST_CASE(document_page_anchors_every_passage_and_marks_the_hit) {
  std::vector<json> hits = cli_jsonl({"search", "--db", fixture().db, "--format", "jsonl", "--limit", "1", "кемсітушілік"});
  BOOST_REQUIRE(hits.size() == 1u);
  const std::string doc = hits[0]["doc"];
  const int n = hits[0]["passage"];
  Answer a = get("/doc/" + doc + "?p=" + std::to_string(n));
  BOOST_TEST(a.status == 200);
  BOOST_TEST(contains(a.body, "id=\"p0\""));
  BOOST_TEST(contains(a.body, "id=\"p" + std::to_string(n) + "\" class=\"passage kind-"));
  std::size_t at = a.body.find("id=\"p" + std::to_string(n) + "\"");
  BOOST_TEST(a.body.substr(at, 80).find(" hit\"") != std::string::npos, a.body.substr(at, 80));
  // Passages in order: p0 before p1 before pN.
  BOOST_TEST(a.body.find("id=\"p0\"") < a.body.find("id=\"p1\""));
}

BOOST_AUTO_TEST_CASE(definitions_table_and_its_csv) {
  const std::string term = "%D0%BA%D0%B5%D0%BC%D1%81%D1%96%D1%82%D1%83%D1%88%D1%96%D0%BB%D1%96%D0%BA";
  Answer page = get("/define?term=" + term);
  BOOST_TEST(page.status == 200);
  BOOST_TEST(contains(page.body, "<table class=\"definitions\">"));
  BOOST_TEST(contains(page.body, "1-бап, 1-тармақ"));
  BOOST_TEST(contains(page.body, "Статья 1, п. 1"));  // the Russian definition of the concept
  BOOST_TEST(contains(page.body, "/define.csv?term=" + term));
  Answer csv = get("/define.csv?term=" + term);
  BOOST_TEST(csv.status == 200);
  BOOST_TEST(csv.header("Content-Type") == "text/csv; charset=utf-8");
  BOOST_TEST(contains(csv.header("Content-Disposition"), "attachment"));
  BOOST_TEST(csv.body.rfind("\xEF\xBB\xBF\"", 0) == 0u);
  std::vector<std::string> rows = lines_of(csv.body);
  std::vector<json> cli_def = cli_jsonl({"define", "--db", fixture().db, "--format", "jsonl", "--limit", "50", "кемсітушілік"});
  BOOST_TEST(contains(csv.body, "\"1-бап, 1-тармақ\""));
  BOOST_TEST(contains(csv.body, "http://127.0.0.1:" + std::to_string(fixture().server->port()) + "/doc/"));
  BOOST_TEST(contains(csv.body, "\r\n"));
  BOOST_TEST(rows.size() >= cli_def.size() + 1);
}

BOOST_AUTO_TEST_CASE(unknown_documents_and_paths_are_404) {
  BOOST_TEST(get("/doc/no-such-document.txt").status == 404);
  BOOST_TEST(contains(get("/doc/no-such-document.txt").body, "no-such-document.txt"));
  BOOST_TEST(get("/static/../../etc/passwd").status == 404);
  BOOST_TEST(get("/static/..%2F..%2Fetc%2Fpasswd").status == 404);
  BOOST_TEST(get("/etc/passwd").status == 404);
  BOOST_TEST(get("/static/style.css/../../../etc/passwd").status == 404);
  Answer api = get("/api/nothing");
  BOOST_TEST(api.status == 404);
  BOOST_TEST(json::parse(api.body).contains("error"));
  // A method other than GET is refused, still with the security headers.
  httplib::Client client("127.0.0.1", fixture().server->port());
  auto post = client.Post("/search", "q=x", "application/x-www-form-urlencoded");
  BOOST_REQUIRE(post);
  BOOST_TEST(post->status >= 400);
  BOOST_TEST(post->get_header_value("X-Content-Type-Options") == "nosniff");
}

BOOST_AUTO_TEST_CASE(bad_queries_are_400_with_the_cli_message) {
  struct Row { std::string url_query, cli_query; };
  for (const Row& r : {Row{"%22unclosed", "\"unclosed"}, Row{"a%20NEAR%2Fx%20b", "a NEAR/x b"},
                       Row{"foo%3Abar", "foo:bar"}}) {
    BOOST_TEST_CONTEXT(r.cli_query) {
      auto cli = run_lexkz({"search", "--db", fixture().db, r.cli_query});
      BOOST_TEST(cli.exit_code == 2);
      std::string message = cli.err.substr(std::string("lexkz: error: ").size());
      message.erase(message.find_last_not_of('\n') + 1);
      Answer api = get("/api/search?q=" + r.url_query);
      BOOST_TEST(api.status == 400);
      BOOST_TEST(json::parse(api.body)["error"] == message);
      Answer page = get("/search?q=" + r.url_query);
      BOOST_TEST(page.status == 400);
      BOOST_TEST(page.header("Content-Type") == "text/html; charset=utf-8");
      BOOST_TEST(contains(page.body, "<form class=\"search\""));  // a search box to try again
    }
  }
  BOOST_TEST(get("/search?q=x&lang=xx").status == 400);
  BOOST_TEST(get("/search?q=x&page=0").status == 400);
  BOOST_TEST(get("/search?q=x&page=999999999999999999999").status == 400);
  BOOST_TEST(get("/api/define?term=").status == 400);
  // A 10,000-bracket query hits the CLI's bound, not the server's stack.
  BOOST_TEST(get("/api/search?q=" + std::string(2000, '(') + "x").status == 400);
  // A URL over the library's bound is refused before any parsing.
  BOOST_TEST(get("/search?q=" + std::string(20000, 'a')).status >= 400);
}

BOOST_AUTO_TEST_CASE(default_bind_is_loopback_and_signals_stop_it) {
  lexkz::testing::TempDir tmp("lexkz-serve-stop");
  {
    // No --bind: 127.0.0.1:8080, unless another program holds that port.
    lexkz::testing::Background b({LEXKZ_BINARY, "serve", "--db", fixture().db}, tmp / "default");
    std::string err;
    for (int i = 0; i < 300 && err.find('\n') == std::string::npos; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
      err = b.err();
    }
    if (err.find("listening") != std::string::npos) {
      BOOST_TEST(contains(err, "listening on http://127.0.0.1:8080"), err);
      b.signal(SIGINT);
      BOOST_TEST(b.wait(std::chrono::seconds(10)) == 130);
    } else {
      BOOST_TEST(contains(err, "cannot listen on 127.0.0.1:8080"), err);
    }
  }
  ServeProcess s({"--db", fixture().db}, tmp / "term");
  s.process().signal(SIGTERM);
  BOOST_TEST(s.process().wait(std::chrono::seconds(10)) == 143);
  BOOST_TEST(contains(s.process().err(), "lexkz: stopped"));
  // A wrong database fails at start with the CLI's message and exit 3.
  auto r = run_lexkz({"serve", "--db", tmp / "missing", "--bind", "127.0.0.1:0"});
  BOOST_TEST(r.exit_code == 3);
  BOOST_TEST(contains(r.err, "no lexkz index here"));
  auto bad = run_lexkz({"serve", "--db", fixture().db, "--bind", "localhost"});
  BOOST_TEST(bad.exit_code == 2);
}
