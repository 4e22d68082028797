// Internal to output/: the POSIX file operations the directory sink is built from, each
// returning "" or the system's error text (strerror), never throwing.
#pragma once

#include <string>
#include <string_view>

namespace stilas::output {

/// The system's text for `err` (e.g. "No space left on device").
std::string errno_text(int err);

/// Creates the folders of `rel` (a safe relative path) below the folder open as `root`, the
/// last component excluded, and those ending at or before byte `existing` (a '/' or 0) taken as
/// made already. Concurrent calls for overlapping paths are fine.
std::string make_parent_folders(int root, std::string_view rel, size_t existing = 0);

/// Creates or truncates `path` (never through a link) and writes `bytes`. `path` is relative to
/// the folder open as `folder` (a path from a folder held open is not looked up from the file
/// system's root for every file); write_whole_file(path, bytes) takes it as it is.
std::string write_whole_file(int folder, const std::string& path, std::string_view bytes);
std::string write_whole_file(const std::string& path, std::string_view bytes);

/// A folder opened for the *at() calls above; -1 (and errno) when it cannot be.
int open_folder(const std::string& path);

/// Flushes the file system holding `path` to disk, then `path` itself (a folder).
std::string sync_tree(const std::string& path);

/// fsync of a folder, so a rename inside it is durable.
std::string sync_folder(const std::string& path);

/// Removes `path` and everything below it without following links; "" when it is gone.
std::string remove_tree(const std::string& path);

/// True when `path` is a regular file (not a link).
bool is_regular_file(const std::string& path);

/// Removes leftovers of killed builds for `out_dir` in its parent folder: folders named
/// `<name>.stilas-staging-<pid>` (or `…-<pid>-old`) holding a Stilas marker, whose process
/// is no longer running (or is this process, before it creates its own).
void remove_stale_staging(const std::string& out_dir);

}  // namespace stilas::output
