#define BOOST_TEST_MODULE server_ui_text
#include <boost/test/unit_test.hpp>
// The interface strings: the switch parameter, value labels, and the Russian count forms.
#include "server/ui_text.h"

using lexkz::server::found_text;
using lexkz::server::parse_ui;
using lexkz::server::Ui;
using lexkz::server::ui_param;
using lexkz::server::value_label;

BOOST_AUTO_TEST_CASE(russian_counts_take_the_right_form) {
  BOOST_TEST(found_text(Ui::ru, 1) == "Найдено примерно 1 фрагмент");
  BOOST_TEST(found_text(Ui::ru, 3) == "Найдено примерно 3 фрагмента");
  BOOST_TEST(found_text(Ui::ru, 5) == "Найдено примерно 5 фрагментов");
  BOOST_TEST(found_text(Ui::ru, 11) == "Найдено примерно 11 фрагментов");
  BOOST_TEST(found_text(Ui::ru, 12) == "Найдено примерно 12 фрагментов");
  BOOST_TEST(found_text(Ui::ru, 21) == "Найдено примерно 21 фрагмент");
  BOOST_TEST(found_text(Ui::ru, 72) == "Найдено примерно 72 фрагмента");
  BOOST_TEST(found_text(Ui::ru, 111) == "Найдено примерно 111 фрагментов");
  BOOST_TEST(found_text(Ui::kk, 72) == "Шамамен 72 үзінді табылды");
}

BOOST_AUTO_TEST_CASE(ui_switch_and_labels) {
  BOOST_TEST((parse_ui("kk") == Ui::kk));
  BOOST_TEST((parse_ui("xx") == Ui::ru));
  BOOST_TEST(ui_param(Ui::ru) == "");
  BOOST_TEST(ui_param(Ui::kk) == "kk");
  BOOST_TEST(value_label(Ui::kk, "tag", "stalking") == "аңду");
  BOOST_TEST(value_label(Ui::ru, "status", "lost_force") == "утратил силу");
  BOOST_TEST(value_label(Ui::ru, "type", "<new>") == "<new>");  // unknown values as they are
}
