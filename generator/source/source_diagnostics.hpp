// The diagnostics every content source gives for entries it refuses or cannot read (SRC001–SRC006),
// so a folder on disk and a git tree word them the same way.
#pragma once

#include <string>

#include "diag/diagnostics.hpp"

namespace stilas::source {

/// SRC001 (warning): a symbolic link, to a file or a folder; never followed.
void report_symlink(diag::Diagnostics& diagnostics, const std::string& display_path);

/// SRC002 (warning): something that is neither a regular file nor a folder (FIFO, socket, device).
void report_special_file(diag::Diagnostics& diagnostics, const std::string& display_path);

/// SRC003 (warning): a git submodule entry; its content is not in this repository.
void report_submodule(diag::Diagnostics& diagnostics, const std::string& display_path);

/// SRC004 (warning, once): the git history is shallow, so dates may be wrong.
void report_shallow_history(diag::Diagnostics& diagnostics, const std::string& repo_display);

/// SRC005 (error): a file or folder on disk could not be read; `reason` is the system's text.
void report_unreadable(diag::Diagnostics& diagnostics, const std::string& display_path,
                       const std::string& reason);

/// SRC006 (error): a git object (blob or tree) is missing or damaged in the repository.
void report_missing_object(diag::Diagnostics& diagnostics, const std::string& display_path,
                           const std::string& object_id);

/// True for names the sources skip silently: `.git`, `.DS_Store`, every name starting with '.'.
inline bool is_hidden_name(const std::string& name) { return !name.empty() && name[0] == '.'; }

}  // namespace stilas::source
