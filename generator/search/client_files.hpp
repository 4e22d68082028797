// The browser engine (client/*.js), embedded in the binary at build time by CMake.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace stilas::search {

/// (file name, contents) of every module in generator/search/client/, sorted by name.
const std::vector<std::pair<std::string, std::string>>& client_files();

}  // namespace stilas::search
