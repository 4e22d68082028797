// argv → cli::run; prints what it returns; the exit code. Nothing else.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return stilas::cli::run(argc, argv); }
