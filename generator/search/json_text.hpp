// JSON text for the index files. Strings are escaped so that no index file ever contains a
// raw '<', '>' or '&': user text stays inert even if a file were served as HTML.
#pragma once

#include <string>
#include <string_view>

namespace stilas::search {

/// Appends `s` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

/// A JSON number for `value` with up to 4 decimals, the same on every machine.
std::string json_number(double value);

}  // namespace stilas::search
