// Parsing YAML text into a positioned yaml::Node tree; syntax errors become diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostics.hpp"
#include "yaml/node.hpp"

namespace stilas::yaml {

/// Where the YAML text sits in its file: diagnostics and node positions are shifted by it.
struct TextOrigin {
    std::string path;      ///< diagnostic path of the file
    int first_line = 1;    ///< the file line on which the YAML text's first line stands
};

/// Parses one YAML document. On a syntax error, tabs used for indentation, a duplicate key,
/// too deep nesting or an alias: adds a diagnostic (YAML001…) at the exact file position and
/// returns nullopt. An empty text gives a null node.
std::optional<Node> parse(std::string_view text, const TextOrigin& origin, diag::Diagnostics& diagnostics);

}  // namespace stilas::yaml
