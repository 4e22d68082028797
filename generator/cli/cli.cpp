#include "cli/cli.hpp"

#include <iostream>

namespace stilas::cli {

int run(int, char**) {
    std::cerr << "stilas: not implemented yet\n";
    return k_exit_usage;
}

}  // namespace stilas::cli
