// AnchorIndex: built in two parallel passes (sizes, then bytes at their prefix-sum offsets).
#include "links/anchor_index.hpp"

#include <cstring>
#include <stdexcept>

#include "util/parallel.hpp"

namespace stilas::links {

namespace {
constexpr size_t k_length_bytes = sizeof(uint32_t);
}  // namespace

AnchorIndex::AnchorIndex(size_t page_count, const HeadingsOf& headings_of, unsigned threads,
                         const std::function<void(size_t page)>& read)
    : m_begin(page_count + 1, 0) {
    util::parallel_for(page_count, threads, [&](size_t page) {
        uint64_t size = 0;
        for (const markdown::Heading& h : headings_of(page)) size += k_length_bytes + h.id.size();
        m_begin[page + 1] = size;
    });
    for (size_t page = 0; page < page_count; ++page) {
        // A length is 4 bytes: no id can be longer than its page's ids together.
        if (m_begin[page + 1] > UINT32_MAX) throw std::length_error("AnchorIndex: a page's heading ids too long");
        m_begin[page + 1] += m_begin[page];
    }
    m_bytes.resize(m_begin[page_count]);
    util::parallel_for(page_count, threads, [&](size_t page) {
        char* out = m_bytes.data() + m_begin[page];
        for (const markdown::Heading& h : headings_of(page)) {
            const auto length = static_cast<uint32_t>(h.id.size());
            std::memcpy(out, &length, k_length_bytes);
            if (length != 0) std::memcpy(out + k_length_bytes, h.id.data(), length);
            out += k_length_bytes + length;
        }
        if (read) read(page);
    });
}

template <typename Visit>
bool AnchorIndex::for_each_id(size_t page, const Visit& visit) const {
    if (page + 1 >= m_begin.size()) return false;
    const char* at = m_bytes.data() + m_begin[page];
    const char* const end = m_bytes.data() + m_begin[page + 1];
    while (at != end) {
        uint32_t length;
        std::memcpy(&length, at, k_length_bytes);
        at += k_length_bytes;
        if (visit(std::string_view(at, length))) return true;
        at += length;
    }
    return false;
}

bool AnchorIndex::contains(size_t page, std::string_view anchor) const {
    return for_each_id(page, [&](std::string_view id) {
        return id.size() == anchor.size() && (id.empty() || std::memcmp(id.data(), anchor.data(), id.size()) == 0);
    });
}

std::vector<std::string> AnchorIndex::ids(size_t page) const {
    std::vector<std::string> out;
    for_each_id(page, [&](std::string_view id) {
        out.emplace_back(id);
        return false;
    });
    return out;
}

}  // namespace stilas::links
