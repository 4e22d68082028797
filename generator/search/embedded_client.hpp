// The table CMake generates from client/*.js (build/generated/search_client.cpp).
#pragma once

#include <cstddef>

namespace stilas::search {

struct EmbeddedFile {
    const char* name;
    const char* const* chunks;   ///< null-terminated list of string pieces
};

extern const EmbeddedFile k_embedded_client[];
extern const size_t k_embedded_client_count;

}  // namespace stilas::search
