// lexkz: index, search and tag Kazakh and Russian legal texts. Only wiring lives here.
#include "cli/command.h"

int main(int argc, char** argv) { return lexkz::cli::run(argc, argv); }
