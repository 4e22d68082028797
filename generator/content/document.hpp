// Document: one page after its front matter was checked against its type's schema.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "config/schema.hpp"
#include "config/site_config.hpp"
#include "diag/diagnostic.hpp"
#include "yaml/node.hpp"

namespace stilas::content {

/// A checked field value. `value` is the YAML node as written (scalars normalised: dates as
/// YYYY-MM-DD, datetimes as YYYY-MM-DDTHH:MM, bools as true/false).
struct Field {
    const config::FieldSchema* schema = nullptr;   ///< nullptr in generic mode
    std::string name;
    yaml::Node value;
};

/// A reference from front matter to another page, to be resolved by links/. It keeps no copy of
/// what its schema says, nor its page's path: with their own allowed types, backlink label and
/// path, 10,000 pages' 30,000 references took 7.4 MB (of the parse phase's peak of 127 MB).
struct Reference {
    const config::FieldSchema* schema = nullptr; ///< the ref/refs field's, in the site's config
    const std::string* field = nullptr;     ///< top-level field name (for records: the records field), the config's
    std::string target;                     ///< "slug" or "type/slug" as written
    diag::LineCol pos;                      ///< of the value, in the page's file (Document::display_path)

    /// The types the target may have (the schema's `to`; empty: any).
    const std::vector<std::string>& allowed_types() const { return schema->to; }
    /// The heading the target lists its referring pages under: the field's `backlink`, else the
    /// title of the referring page's type, `page_type`.
    const std::string& backlink_label(const config::SiteConfig& config, const std::string& page_type) const;
};

/// A type's title as the site shows it: its schema's title, else its name; `type` itself when
/// the site has no such type.
const std::string& type_title(const config::SiteConfig& config, const std::string& type);

/// A taxonomy term used by a page (already checked to exist).
struct TermUse {
    std::string taxonomy;
    std::string term;
};

enum class PageKind { regular, home, section_index };

struct Document {
    std::string path;                       ///< content-relative source path, e.g. "verktoy/igp.md"
    std::string display_path;               ///< as in diagnostics, e.g. "content/verktoy/igp.md"
    PageKind kind = PageKind::regular;
    std::string type;                       ///< type name (typed mode) or first folder (generic); "" at root
    std::string slug;                       ///< file stem as slug; "" for home and section indexes
    std::string url;                        ///< "/verktoy/igp/", "/verktoy/", "/"
    std::string title;
    std::string summary;
    std::string date;                       ///< YYYY-MM-DD or ""
    std::string updated;                    ///< YYYY-MM-DD or ""
    std::string lang;                       ///< "nb"/"nn"; "" = site language
    bool draft = false;
    bool example = false;
    double weight = 0;
    std::vector<std::string> aliases;
    std::vector<Field> fields;              ///< schema fields present, in schema order
    std::vector<Reference> references;
    std::vector<TermUse> terms;
    std::string body;                       ///< Markdown after the front matter (the build frees it once parsed)
    int body_first_line = 1;                ///< file line of the body's first line
    diag::LineCol title_pos;                ///< position of the title value (or line 1), in display_path
    int64_t created = 0, modified = 0;      ///< from the source (git), 0 if unknown
    std::string blob_id;

    const Field* find_field(std::string_view name) const;
};

}  // namespace stilas::content
