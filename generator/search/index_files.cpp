// Manifest and fragment JSON.
#include "search/index_files.hpp"

#include <algorithm>

#include "search/analyzer.hpp"
#include "search/compounds.hpp"
#include "search/json_text.hpp"
#include "search/postings.hpp"
#include "util/utf8.hpp"

namespace stilas::search {

namespace {
// Appends "name":value; `name` is a constant that needs no escape (so it is not scanned for one).
void append_field(std::string& out, std::string_view name, std::string_view value, bool first = false) {
    if (!first) out += ',';
    out += '"';
    out += name;
    out += "\":";
    append_json_string(out, value);
}

// At most `max` bytes of `text`, cut at a space; `was_cut` says whether it was.
std::string_view cut(std::string_view text, size_t max, bool& was_cut) {
    was_cut = text.size() > max;
    return util::cut_at_word(text, max);
}

// A document's fragment, appended to `out` (no copies of its fields).
void append_fragment(std::string& out, const DocInput& doc, std::string_view excerpt) {
    bool was_cut = false;
    const std::string_view summary = cut(doc.summary, k_max_summary_bytes, was_cut);
    out += '{';
    append_field(out, "u", doc.url, true);
    append_field(out, "t", doc.title);
    append_field(out, "y", doc.type);
    append_field(out, "d", doc.date);
    append_field(out, "s", summary);
    // … inside the quotes (it needs no escape, and the cut summary ends with a whole character).
    if (was_cut) out.insert(out.size() - 1, "\xE2\x80\xA6");
    append_field(out, "x", excerpt);
    out += '}';
}

std::string string_array(const std::vector<std::string_view>& items) {
    std::string out = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, items[i]);
    }
    return out + "]";
}

std::string facets_json(const std::vector<FacetDef>& facets) {
    std::string out = "[";
    for (size_t f = 0; f < facets.size(); ++f) {
        out += f ? ",{" : "{";
        append_field(out, "name", facets[f].name, true);
        append_field(out, "label", facets[f].label);
        out += ",\"values\":[";
        for (size_t v = 0; v < facets[f].values.size(); ++v) {
            out += v ? ",[" : "[";
            append_json_string(out, facets[f].values[v].value);
            out += ',';
            append_json_string(out, facets[f].values[v].label);
            out += ']';
        }
        out += "]}";
    }
    return out + "]";
}

std::string stems_json() {
    std::string out = "[";
    for (const StemMapping& m : stem_mappings()) {
        if (out.size() > 1) out += ',';
        out += '[';
        append_json_string(out, m.from);
        out += ',';
        append_json_string(out, m.to);
        out += m.whole ? ",1]" : ",0]";
    }
    return out + "]";
}

std::string scoring_json() {
    return "{\"max\":" + json_number(k_max_score) + ",\"compound_share\":" + json_number(k_compound_share) +
           ",\"compound\":[" + std::to_string(k_min_compound_chars) + "," + std::to_string(k_min_head_chars) + "," +
           std::to_string(k_min_tail_chars) + "]}";
}
}  // namespace

std::string fragment_file(const IndexInput& input, const std::vector<std::string_view>& excerpts, size_t g) {
    const size_t end = std::min(input.docs.size(), (g + 1) * k_docs_per_fragment);
    std::string out = "[";
    // Room for the fields as they are, the names and the punctuation (escapes may add more).
    size_t room = 4;
    for (size_t d = g * k_docs_per_fragment; d < end; ++d) {
        const DocInput& doc = input.docs[d];
        room += 48 + doc.url.size() + doc.title.size() + doc.type.size() + doc.date.size() +
                std::min(doc.summary.size(), k_max_summary_bytes + 3) + excerpts[d].size();
    }
    out.reserve(room);
    for (size_t d = g * k_docs_per_fragment; d < end; ++d) {
        if (d % k_docs_per_fragment) out += ",\n";
        append_fragment(out, input.docs[d], excerpts[d]);
    }
    out += "]\n";
    return out;
}

std::string manifest_json(const IndexInput& input, const Shards& shards, const ManifestFacts& facts) {
    std::vector<std::string_view> keys(shards.keys.begin(), shards.keys.end());
    std::string out = "{\"format\":1,\"analyzer\":" + std::to_string(k_analyzer_version);
    out += ",\"version\":";
    append_json_string(out, facts.version);
    out += ",\"docs\":" + std::to_string(facts.docs) + ",\"per_fragment\":" + std::to_string(k_docs_per_fragment);
    out += ",\"fragments\":" + std::to_string(facts.fragment_files);
    out += ",\"postings\":" + std::to_string(facts.postings_files);
    out += ",\"average_length\":" + json_number(facts.average_length);
    out += ",\"scoring\":" + scoring_json();
    out += ",\n\"lexicons\":" + string_array(keys);
    out += ",\n\"facets\":" + facets_json(input.facets);
    out += ",\n\"stopwords\":" + string_array(stop_words());
    out += ",\n\"stems\":" + stems_json();
    return out + "}\n";
}

}  // namespace stilas::search
