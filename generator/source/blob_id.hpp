// The git blob id of a byte string: the id every source gives a file, so equal bytes get one id.
#pragma once

#include <string>
#include <string_view>

namespace stilas::source {

/// The 40-character hex git blob id of `bytes` (what `git hash-object` prints).
std::string git_blob_id(std::string_view bytes);

}  // namespace stilas::source
