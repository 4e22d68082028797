// Joins the chunks the generated file holds (string literals are kept short for compilers).
#include "search/client_files.hpp"

#include "search/embedded_client.hpp"

namespace stilas::search {

const std::vector<std::pair<std::string, std::string>>& client_files() {
    static const std::vector<std::pair<std::string, std::string>> files = [] {
        std::vector<std::pair<std::string, std::string>> out;
        for (size_t i = 0; i < k_embedded_client_count; ++i) {
            std::string text;
            for (const char* const* chunk = k_embedded_client[i].chunks; *chunk; ++chunk) text += *chunk;
            out.emplace_back(k_embedded_client[i].name, std::move(text));
        }
        return out;
    }();
    return files;
}

}  // namespace stilas::search
