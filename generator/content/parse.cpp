#include "content/parse.hpp"

#include "content/field_checker.hpp"
#include "content/front_matter.hpp"
#include "content/generic_mode.hpp"
#include "content/page_identity.hpp"
#include "content/page_text.hpp"
#include "content/typed_fields.hpp"
#include "util/paths.hpp"
#include "yaml/parse.hpp"

namespace stilas::content {

namespace {

Document make_document(const source::SourceFile& file, const std::string& display_path, PageIdentity identity) {
    Document document;
    document.path = file.path;
    document.display_path = display_path;
    document.kind = identity.kind;
    document.type = std::move(identity.type);
    document.slug = std::move(identity.slug);
    document.url = std::move(identity.url);
    document.title_pos = {1, 1};
    document.created = file.created;
    document.modified = file.modified;
    document.blob_id = file.blob_id;
    return document;
}

// The front matter as a mapping (or null when there is none), or nullopt when it cannot be
// read: the page then keeps its identity and body but gets no field checks, which would only
// repeat the problem already reported.
std::optional<yaml::Node> read_front_matter(const FrontMatterSplit& split, const Document& document,
                                            diag::Diagnostics& diagnostics) {
    if (split.style != FrontMatterStyle::yaml) return yaml::Node{};
    if (!split.closed) {
        diagnostics.error({document.display_path, 1, 1}, "FM001",
                          "Front matter som begynner med «---» på linje 1, blir aldri avsluttet.",
                          "Legg til en linje med bare «---» etter den siste linjen i front matter.");
        return std::nullopt;
    }
    auto root = yaml::parse(split.front, {document.display_path, split.front_first_line}, diagnostics);
    if (!root) return std::nullopt;
    if (root->is_null() || root->is_mapping()) return root;
    diagnostics.error({document.display_path, root->line, root->col}, "FM002",
                      std::string("Front matter skal være felt med verdier, men er ") +
                          (root->is_sequence() ? "en liste." : "tekst."),
                      "Skriv ett felt per linje, f.eks. «title: Min side».");
    return std::nullopt;
}

void parse_typed(Document& document, yaml::Node&& root, const config::SiteConfig& config,
                 diag::Diagnostics& diagnostics) {
    FieldChecker checker(config, document.display_path, diagnostics);
    const config::TypeSchema* schema =
        document.kind == PageKind::regular && !document.type.empty() ? config.find_type(document.type) : nullptr;
    check_typed_front_matter(document, std::move(root), schema, checker);
    document.references = checker.take_references();
    document.terms = checker.take_terms();
    if (document.title.empty() && document.kind == PageKind::section_index)
        document.title = type_title(config, document.type);
    if (document.title.empty() && document.kind == PageKind::home) document.title = config.title;
}

void parse_generic(Document& document, const FrontMatterSplit& split, const yaml::Node& root,
                   const config::SiteConfig& config, diag::Diagnostics& diagnostics) {
    read_generic_front_matter(document, root);
    if (split.style == FrontMatterStyle::toml) {
        diagnostics.warning({document.display_path, 1, 1}, "GEN002",
                            "TOML-front matter (+++) forstås ikke; feltene i den blir hoppet over.",
                            "Skriv front matter som YAML mellom to linjer med «---».");
        if (auto title = toml_title(split.front)) document.title = *title;
    }
    warn_foreign_syntax(split.body, split.body_first_line, document.display_path, diagnostics);
    if (!document.title.empty()) return;
    if (auto heading = first_heading(split.body, split.body_first_line)) {
        document.title = heading->text;
        document.title_pos = {heading->line, heading->col};
    } else if (document.kind == PageKind::home) {
        document.title = config.title.empty() ? "Forside" : config.title;
    } else if (document.kind == PageKind::section_index) {
        document.title = std::string(util::file_name(util::parent_path(document.path)));
    } else {
        document.title = std::string(util::stem(document.path));
    }
}

}  // namespace

std::optional<Document> parse_document(const source::SourceFile& file, const config::SiteConfig& config,
                                       const std::string& display_prefix, diag::Diagnostics& diagnostics) {
    std::string display_path = display_prefix + file.path;
    auto identity = derive_identity(file.path, config, display_path, diagnostics);
    auto text = decode_page_text(file.bytes, display_path, diagnostics);
    if (!identity || !text) return std::nullopt;

    Document document = make_document(file, display_path, std::move(*identity));
    FrontMatterSplit split = split_front_matter(*text);
    if (split.style == FrontMatterStyle::toml && config.typed) {
        split = FrontMatterSplit{};  // typed mode knows only YAML: the `+++` lines are body text
        split.body = *text;
    }
    document.body = std::string(split.body);
    document.body_first_line = split.body_first_line;

    auto root = read_front_matter(split, document, diagnostics);
    if (!root) return document;
    if (config.typed) parse_typed(document, std::move(*root), config, diagnostics);
    else parse_generic(document, split, *root, config, diagnostics);
    // Every page is kept to the end of the build: no spare capacity.
    document.fields.shrink_to_fit();
    document.references.shrink_to_fit();
    document.terms.shrink_to_fit();
    return document;
}

}  // namespace stilas::content
