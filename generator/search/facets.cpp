// Facet value → documents, encoded as list, bitmap or range.
#include "search/facets.hpp"

#include "search/varint.hpp"

namespace stilas::search {

namespace {
enum Form : uint8_t { k_list = 0, k_bitmap = 1, k_range = 2 };

std::string as_list(const std::vector<uint32_t>& docs) {
    std::string out;
    put_varint(out, k_list);
    put_varint(out, docs.size());
    for (size_t i = 0; i < docs.size(); ++i) put_varint(out, i == 0 ? docs[i] : docs[i] - docs[i - 1]);
    return out;
}

std::string as_bitmap(const std::vector<uint32_t>& docs, size_t doc_count) {
    std::string out;
    put_varint(out, k_bitmap);
    std::string bits((doc_count + 7) / 8, '\0');
    for (uint32_t d : docs) bits[d / 8] = static_cast<char>(bits[d / 8] | (1 << (d % 8)));
    return out + bits;
}

std::string encode_value(const std::vector<uint32_t>& docs, size_t doc_count) {
    if (!docs.empty() && docs.back() - docs.front() + 1 == docs.size()) {
        std::string out;
        put_varint(out, k_range);
        put_varint(out, docs.front());
        put_varint(out, docs.size());
        return out;
    }
    std::string list = as_list(docs);
    if (list.size() <= (doc_count + 7) / 8 + 1) return list;
    return as_bitmap(docs, doc_count);
}
}  // namespace

std::string encode_facets(const IndexInput& input) {
    std::vector<std::vector<std::vector<uint32_t>>> docs_of(input.facets.size());
    for (size_t f = 0; f < input.facets.size(); ++f) docs_of[f].resize(input.facets[f].values.size());
    for (uint32_t d = 0; d < input.docs.size(); ++d)
        for (const auto& [f, v] : input.docs[d].facets) {
            auto& list = docs_of.at(f).at(v);
            if (list.empty() || list.back() != d) list.push_back(d);
        }
    std::string out;
    for (const auto& values : docs_of)
        for (const auto& docs : values) out += encode_value(docs, input.docs.size());
    return out;
}

}  // namespace stilas::search
