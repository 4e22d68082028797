// The only file that includes libstemmer.h.
#include "search/stemmer.hpp"

#include <libstemmer.h>

namespace stilas::search {

struct Stemmer::Impl {
    sb_stemmer* stemmer = nullptr;
};

// A libstemmer without "norwegian" (or out of memory) leaves words as they are.
Stemmer::Stemmer() : m_impl(std::make_unique<Impl>()) { m_impl->stemmer = sb_stemmer_new("norwegian", "UTF_8"); }

Stemmer::~Stemmer() { sb_stemmer_delete(m_impl->stemmer); }

std::string Stemmer::stem(std::string_view word) {
    if (!m_impl->stemmer) return std::string(word);
    const auto* in = reinterpret_cast<const sb_symbol*>(word.data());
    const sb_symbol* out = sb_stemmer_stem(m_impl->stemmer, in, static_cast<int>(word.size()));
    if (!out) return std::string(word);
    return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(m_impl->stemmer)));
}

}  // namespace stilas::search
