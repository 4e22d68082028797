#include "source/blob_id.hpp"

#include "source/git_objects.hpp"

namespace stilas::source {

std::string git_blob_id(std::string_view bytes) {
    ensure_libgit2();
    git_oid oid;
    // Hashing needs no repository; it only fails on allocation failure.
    if (git_odb_hash(&oid, bytes.data(), bytes.size(), GIT_OBJECT_BLOB) != 0) return {};
    return oid_hex(oid);
}

}  // namespace stilas::source
