// The Snowball Norwegian stemmer (libstemmer's "norwegian"), one instance per thread: libstemmer's
// stemmers keep state between calls and must not be shared. client/stemmer.js is the same algorithm.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace stilas::search {

class Stemmer {
public:
    Stemmer();
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;

    /// The stem of a folded, lowercase UTF-8 word.
    std::string stem(std::string_view word);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stilas::search
