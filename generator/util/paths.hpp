// Relative paths inside a tree: normalising, joining and the whitelist every written path passes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stilas::util {

/// Resolves `.` and `..` in a `/`-separated relative path. nullopt when `..` would leave the
/// root, or when the path is absolute.
std::optional<std::string> normalize_relative(std::string_view path);

/// The folder part of `path` ("a/b/c.md" → "a/b"; "c.md" → "").
std::string_view parent_path(std::string_view path);

/// The last component ("a/b/c.md" → "c.md").
std::string_view file_name(std::string_view path);

/// The file name without its last extension ("a/b/c.md" → "c").
std::string_view stem(std::string_view path);

/// "a" + "b" → "a/b"; an empty side gives the other.
std::string join_path(std::string_view a, std::string_view b);

/// True when `path` is relative, has no empty, `.` or `..` component, no backslash, NUL or
/// control character: safe to join below an output root.
bool is_safe_relative_path(std::string_view path);

}  // namespace stilas::util
