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

/// True for a file or folder name starting with '_' or '.': configuration, partials, hidden
/// files — never a page or a published file in its own right.
bool is_private_name(std::string_view name);

/// Reads the whole file at `path` into `out`; false when it is no regular file or cannot be read.
bool read_whole_file(const std::string& path, std::string& out);

/// Reads the open file `fd`, of `size` bytes when it was looked at (fstat), to its end into
/// `out`: one allocation and one read when it did not change since. Returns 0, or errno.
int read_open_file(int fd, size_t size, std::string& out);

/// True when `path` is relative, has no empty, `.` or `..` component, no backslash, NUL or
/// control character: safe to join below an output root.
bool is_safe_relative_path(std::string_view path);

}  // namespace stilas::util
