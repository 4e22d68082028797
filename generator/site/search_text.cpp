// Search input from the typed model: a page's text for analysis (title, summary, body, text-like
// fields), the key its cached analysis is kept under, and its year and date.
#include "site/search_text.hpp"

#include <string>
#include <vector>

#include "util/content_hash.hpp"

namespace stilas::site {

namespace {
using config::FieldKind;

bool is_text_kind(FieldKind kind) {
    return kind == FieldKind::text || kind == FieldKind::markdown || kind == FieldKind::list ||
           kind == FieldKind::enumeration;
}

// Walks `text` span by span: `outside(piece)` for the text before each `open`…`close` span and
// after the last, `inside(piece)` for what a span encloses. An `open` without its `close` is
// text like any other.
template <typename Outside, typename Inside>
void for_each_span(std::string_view text, std::string_view open, std::string_view close, Outside outside,
                   Inside inside) {
    for (size_t pos = 0;;) {
        const size_t start = text.find(open, pos);
        const size_t end = start == std::string_view::npos ? start : text.find(close, start + open.size());
        if (end == std::string_view::npos) {
            outside(text.substr(pos));
            return;
        }
        outside(text.substr(pos, start - pos));
        inside(text.substr(start + open.size(), end - start - open.size()));
        pos = end + close.size();
    }
}

// Wikilinks as readers see them: "[[target|text]]" → "text"; "[[target]]" is dropped (its
// slug is no word a reader types). The plain text of a body still has them as written.
void append_without_wikilinks(std::string_view text, std::string& out) {
    for_each_span(
        text, "[[", "]]", [&](std::string_view piece) { out.append(piece); },
        [&](std::string_view link) {
            if (size_t bar = link.find('|'); bar != std::string_view::npos) out.append(link.substr(bar + 1));
        });
}

// A Markdown field's text without link destinations: "[text](url)" → "[text]".
void append_markdown_text(std::string_view text, std::string& out) {
    std::string without_links;
    for_each_span(
        text, "](", ")", [&](std::string_view piece) { without_links.append(piece); },
        [&](std::string_view) { without_links += ']'; });
    append_without_wikilinks(without_links, out);
}

void append_scalars(const yaml::Node& node, bool markdown, std::string& out) {
    if (node.is_scalar()) {
        if (markdown) append_markdown_text(node.scalar, out);
        else out += node.scalar;
        out += '\n';
    }
    for (const yaml::Node& item : node.items) append_scalars(item, markdown, out);
}

// The text of a value of `schema` (records: their text-like sub-fields, recursively).
void append_field_text(const config::FieldSchema& schema, const yaml::Node& value, std::string& out) {
    if (is_text_kind(schema.kind)) {
        append_scalars(value, schema.kind == FieldKind::markdown, out);
        return;
    }
    if (schema.kind != FieldKind::records) return;
    for (const yaml::Node& record : value.items)
        for (const auto& [key, sub] : record.entries)
            if (const config::FieldSchema* s = schema.find(key.scalar)) append_field_text(*s, sub, out);
}

// The body's plain text (`text`) without the targets of wikilinks written without text ([[slug]]
// shows as its slug there; readers see the target's title, and the slug's spelling is no word).
std::string body_text(std::string text, const std::vector<markdown::Link>& links) {
    size_t from = 0;
    for (const markdown::Link& link : links) {
        if (link.kind != markdown::LinkKind::wikilink || !link.text.empty() || link.target.empty()) continue;
        const size_t at = text.find(link.target, from);
        if (at == std::string::npos) continue;
        text.replace(at, link.target.size(), " ");
        from = at + 1;
    }
    return text;
}

void add_schema(util::ContentHash& hash, const std::vector<config::FieldSchema>& fields) {
    for (const config::FieldSchema& f : fields) {
        hash.add(f.name).add(config::kind_name(f.kind)).add(f.fields.size());
        add_schema(hash, f.fields);
    }
}

}  // namespace

search::PageText page_text(const content::Document& page, markdown::Document& body) {
    search::PageText text{page.title, page.summary, body_text(body.take_plain_text(), body.links())};
    for (const content::Field& field : page.fields)
        if (field.schema) {
            text.fields += '\n';
            append_field_text(*field.schema, field.value, text.fields);
        }
    return text;
}

uint64_t type_hash(const config::TypeSchema& type) {
    util::ContentHash hash;
    hash.add(type.name).add(type.fields.size());
    add_schema(hash, type.fields);
    return hash.first();
}

std::string cache_key(const content::Document& page, const std::unordered_map<std::string_view, uint64_t>& type_hashes) {
    if (page.blob_id.empty()) return {};
    const auto type = type_hashes.find(page.type);
    util::ContentHash content;
    content.add(type == type_hashes.end() ? 0 : type->second).add(page.title).add(page.summary);
    const uint64_t hash = content.add(static_cast<uint64_t>(page.kind)).first();
    // The blob id, then the hash's eight bytes: 48 bytes, a key the cache's table holds in its
    // slot (util::StringIndex).
    std::string key;
    key.reserve(page.blob_id.size() + sizeof hash);
    key += page.blob_id;
    for (unsigned i = 0; i < sizeof hash; ++i) key += static_cast<char>((hash >> (8 * i)) & 0xFF);
    return key;
}

std::string_view year_of(const content::Document& page) {
    if (page.date.size() >= 4) return std::string_view(page.date).substr(0, 4);
    for (const content::Field& f : page.fields) {
        if (!f.schema || !f.value.is_scalar()) continue;
        const std::string_view v = f.value.scalar;
        if ((f.schema->kind == FieldKind::date || f.schema->kind == FieldKind::datetime) && v.size() >= 4) return v.substr(0, 4);
        bool year_field = f.schema->kind == FieldKind::number && (f.name == "ar" || f.name == "year" || f.schema->label == "År");
        if (year_field && v.size() == 4 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return v;
    }
    return {};
}

std::string_view date_of(const content::Document& page) {
    if (!page.date.empty()) return page.date;
    for (const content::Field& f : page.fields)
        if (f.schema && f.value.is_scalar() && (f.schema->kind == FieldKind::date || f.schema->kind == FieldKind::datetime))
            return f.value.scalar;
    return {};
}

}  // namespace stilas::site
