#define BOOST_TEST_MODULE server_search_params
#include <boost/test/unit_test.hpp>
// The search page's URL state: parsed, checked like the CLI's options, and written back
// in a fixed order so a link reproduces the page.
#include "server/html.h"
#include "server/search_params.h"

using lexkz::server::BadParameter;
using lexkz::server::Params;
using lexkz::server::parse_search_params;
using lexkz::server::SearchParams;
using lexkz::server::url;

BOOST_AUTO_TEST_CASE(round_trip_through_the_url) {
  Params in{{"q", "домогательство"}, {"tag", "stalking"}, {"lang", "kk"}, {"lang", "ru"}, {"lang", "kk"},
            {"defines", "1"},       {"page", "3"},       {"ui", "kk"},   {"from", "2020-01-01"}};
  SearchParams p = parse_search_params(in);
  BOOST_TEST(p.langs == (std::vector<std::string>{"kk", "ru"}));  // a repeated value once
  BOOST_TEST(p.page == 3u);
  BOOST_TEST(p.defines);
  BOOST_TEST(url("/search", p.to_url_params()) ==
             "/search?q=%D0%B4%D0%BE%D0%BC%D0%BE%D0%B3%D0%B0%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D1%82%D0%B2%D0%BE"
             "&lang=kk&lang=ru&tag=stalking&defines=1&from=2020-01-01&page=3&ui=kk");
  lexkz::query::SearchRequest r = p.to_request({"db"});
  BOOST_TEST(r.offset == 40u);
  BOOST_TEST(r.limit == 20u);
  BOOST_TEST(r.facets);
  BOOST_TEST(r.date_from == "2020-01-01");
}

BOOST_AUTO_TEST_CASE(filter_only_lists_every_passage_of_the_filter) {
  SearchParams p = parse_search_params(Params{{"tag", "harassment"}});
  BOOST_TEST(p.has_filter());
  BOOST_TEST(!p.to_request({"db"}).query.empty());
  BOOST_TEST(!parse_search_params(Params{{"q", " "}}).has_filter());
}

BOOST_AUTO_TEST_CASE(values_outside_the_cli_sets_are_refused) {
  BOOST_CHECK_THROW(parse_search_params(Params{{"lang", "en"}}), BadParameter);
  BOOST_CHECK_THROW(parse_search_params(Params{{"type", "<script>"}}), BadParameter);
  BOOST_CHECK_THROW(parse_search_params(Params{{"status", "valid"}}), BadParameter);
  BOOST_CHECK_THROW(parse_search_params(Params{{"page", "0"}}), BadParameter);
  BOOST_CHECK_THROW(parse_search_params(Params{{"page", "501"}}), BadParameter);
  BOOST_CHECK_THROW(parse_search_params(Params{{"page", "2x"}}), BadParameter);
  try {
    parse_search_params(Params{{"tag", "bullying"}});
  } catch (const BadParameter& e) {
    BOOST_TEST(std::string(e.what()) == "tag: 'bullying' is not one of discrimination, harassment, sexual_harassment, stalking");
  }
}
