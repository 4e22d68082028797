// JSON text for the index files. Strings are escaped so that no index file ever contains a
// raw '<', '>' or '&': user text stays inert even if a file were served as HTML.
#pragma once

#include <string>
#include <string_view>

namespace stilas::search {

/// Appends `s` as a JSON string literal (quotes included).
void append_json_string(std::string& out, std::string_view s);

namespace json_detail {
/// Whether strings are escaped 32 bytes at a time with AVX2: where the CPU has it
/// (fold_detail::cpu_has_avx2()) unless a test turned it off.
extern bool g_avx2_escaping;
}  // namespace json_detail

/// A JSON number for `value` with up to 4 decimals, the same on every machine.
std::string json_number(double value);

}  // namespace stilas::search
