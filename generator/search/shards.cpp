// Lexicon and posting files: consecutive term ranges cut at a size, and their encoding.
#include "search/shards.hpp"

#include "search/varint.hpp"

namespace stilas::search {

namespace {
struct Range {
    size_t begin, end;
};

size_t lexicon_entry_bytes(const IndexTerm& term) { return term.text.size() / 2 + term.suffix.size() + 8; }

std::vector<Range> lexicon_ranges(const std::vector<IndexTerm>& terms) {
    std::vector<Range> out;
    size_t bytes = 0;
    for (size_t i = 0; i < terms.size(); ++i) {
        const size_t entry = lexicon_entry_bytes(terms[i]);
        if (out.empty() || bytes + entry > k_max_lexicon_bytes) {
            out.push_back(Range{i, i});
            bytes = 0;
        }
        out.back().end = i + 1;
        bytes += entry;
    }
    return out;
}

// The shortest start of `first` (whole code points) that sorts after `last` (last < first).
std::string separator(std::string_view last, std::string_view first) {
    size_t n = 0;
    while (n < last.size() && n < first.size() && last[n] == first[n]) ++n;
    ++n;  // the first byte that differs (or the one after `last` ends)
    while (n < first.size() && (static_cast<unsigned char>(first[n]) & 0xC0) == 0x80) ++n;
    return std::string(first.substr(0, n));
}

struct Place {
    size_t file, offset;
};

std::vector<Place> posting_files(const std::vector<IndexTerm>& terms, std::vector<std::string>& files) {
    std::vector<Place> place_of(terms.size());
    for (size_t i = 0; i < terms.size(); ++i) {
        const std::string& list = terms[i].postings;
        if (files.empty() || (!files.back().empty() && files.back().size() + list.size() > k_max_postings_bytes))
            files.emplace_back();
        place_of[i] = Place{files.size() - 1, files.back().size()};
        files.back() += list;
    }
    return place_of;
}

std::string encode_lexicon(const std::vector<IndexTerm>& terms, const Range& r, const std::vector<Place>& place_of) {
    std::string out;
    put_varint(out, r.end - r.begin);
    put_varint(out, place_of[r.begin].file);
    put_varint(out, place_of[r.begin].offset);
    std::string_view previous;
    size_t file = place_of[r.begin].file;
    for (size_t i = r.begin; i < r.end; ++i) {
        std::string_view text = terms[i].text;
        size_t shared = 0;
        while (shared < previous.size() && shared < text.size() && previous[shared] == text[shared]) ++shared;
        put_varint(out, shared);
        put_bytes(out, text.substr(shared));
        put_varint(out, terms[i].df);
        put_bytes(out, terms[i].suffix);
        put_varint(out, place_of[i].file - file);
        put_varint(out, terms[i].postings.size());
        file = place_of[i].file;
        previous = text;
    }
    return out;
}
}  // namespace

Shards write_shards(const std::vector<IndexTerm>& terms) {
    Shards shards;
    std::vector<Place> place_of = posting_files(terms, shards.postings);
    for (const Range& r : lexicon_ranges(terms)) {
        shards.keys.push_back(r.begin == 0 ? "" : separator(terms[r.begin - 1].text, terms[r.begin].text));
        shards.lexicons.push_back(encode_lexicon(terms, r, place_of));
    }
    return shards;
}

}  // namespace stilas::search
