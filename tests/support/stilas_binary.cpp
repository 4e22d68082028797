// The path of the stilas binary, known only to the stilas_tests binary that depends on it.
#include "support/process.hpp"

namespace stilas::test {

std::string stilas_binary() { return STILAS_BINARY; }

}  // namespace stilas::test
