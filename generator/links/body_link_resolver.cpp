#include "links/body_link_resolver.hpp"

#include "util/paths.hpp"
#include "util/suggest.hpp"

namespace stilas::links {

namespace {
bool has_scheme(const std::string& url) {
    if (url.rfind("//", 0) == 0) return true;
    for (size_t i = 0; i < url.size(); ++i) {
        char c = url[i];
        if (c == ':') return i > 0;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!ok) return false;
    }
    return false;
}

// `s` with %XX escapes decoded, into `out` (whose room is kept).
void percent_decode(std::string_view s, std::string& out) {
    if (s.find('%') == std::string_view::npos) {  // nearly every path
        out.assign(s);
        return;
    }
    out.clear();
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
}

ResolvedBodyLink to_page(size_t page, std::string anchor, bool title_as_text) {
    return ResolvedBodyLink{page, static_cast<uint32_t>(page), title_as_text, std::move(anchor)};
}
}  // namespace

BodyLinkResolver::BodyLinkResolver(const LinkInput& input, const PageIndex& index, const AnchorIndex& anchors)
    : m_input(input), m_index(index), m_anchors(anchors), m_assets(input.assets.begin(), input.assets.end()) {}

ResolvedBodyLink BodyLinkResolver::resolve(size_t source, const markdown::Link& link,
                                           diag::Diagnostics& diagnostics) const {
    PreparedLink prepared;
    prepare(source, link, prepared);
    ResolvedBodyLink resolved = resolve(source, link, prepared, diagnostics);
    if (auto page = anchor_page(source, prepared, resolved)) check_anchor(*page, prepared.anchor, source, link.pos, diagnostics);
    return resolved;
}

void BodyLinkResolver::prepare(size_t source, const markdown::Link& link, PreparedLink& out) const {
    out.kind = PreparedLink::Kind::none;
    out.path.clear();
    out.key.clear();
    out.inside = true;
    out.look_up = false;
    out.hash = 0;
    out.anchor.clear();
    out.type.clear();
    PageIndex::Table table = PageIndex::Table::path;
    if (link.kind == markdown::LinkKind::wikilink) {
        out.kind = PreparedLink::Kind::wikilink;
        std::string_view target = link.target;
        if (auto hash = target.find('#'); hash != std::string_view::npos) {
            out.anchor.assign(target.substr(hash + 1));
            target = target.substr(0, hash);
        }
        const auto [type, slug] = split_slug_name(target);
        out.type.assign(type);
        out.key.assign(slug);
        out.look_up = true;
        table = PageIndex::Table::slug;
    } else {
        const std::string& url = link.target;
        if (url.empty() || has_scheme(url)) return;
        std::string_view path = url;
        if (auto hash = path.find('#'); hash != std::string_view::npos) {
            out.anchor.assign(path.substr(hash + 1));
            path = path.substr(0, hash);
        }
        if (auto query = path.find('?'); query != std::string_view::npos) path = path.substr(0, query);
        percent_decode(path, out.path);
        if (out.path.empty()) {
            out.kind = PreparedLink::Kind::same_page;
            return;
        }
        if (out.path.front() == '/') {
            out.kind = PreparedLink::Kind::site_path;
            out.key.assign(out.path);
            out.look_up = true;
            if (out.key.back() != '/' && util::file_name(out.key).find('.') == std::string_view::npos) out.key += '/';
            table = PageIndex::Table::url;
        } else {
            out.kind = PreparedLink::Kind::relative;
            auto resolved =
                util::normalize_relative(util::join_path(util::parent_path(m_input.pages[source].path), out.path));
            out.inside = resolved.has_value();
            if (resolved) out.key = std::move(*resolved);
            out.look_up = out.inside && out.key.size() > 3 && out.key.ends_with(".md");
        }
    }
    if (!out.look_up) return;
    out.hash = util::StringIndex::hash_of(out.key);
    m_index.prefetch(table, out.hash);
}

ResolvedBodyLink BodyLinkResolver::resolve(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                                           diag::Diagnostics& diagnostics) const {
    switch (prepared.kind) {
    case PreparedLink::Kind::none:
    case PreparedLink::Kind::same_page: return {};
    case PreparedLink::Kind::wikilink: return resolve_wikilink(source, link, prepared, diagnostics);
    case PreparedLink::Kind::site_path: return resolve_site_path(source, link, prepared, diagnostics);
    case PreparedLink::Kind::relative: return resolve_relative(source, link, prepared, diagnostics);
    }
    return {};
}

ResolvedBodyLink BodyLinkResolver::resolve_relative(size_t source, const markdown::Link& link,
                                                    const PreparedLink& prepared,
                                                    diag::Diagnostics& diagnostics) const {
    const auto& page = m_input.pages[source];
    const std::string& path = prepared.path;
    const std::string& resolved = prepared.key;
    if (prepared.look_up) {
        if (auto target = m_index.by_path(resolved, prepared.hash)) return to_page(*target, prepared.anchor, false);
        std::vector<std::string> known;
        for (const auto& p : m_input.pages)
            if (p.path != page.path) known.push_back(p.path);  // never suggest the page itself
        std::string hint;
        if (auto m = util::closest_match(resolved, known)) hint = "Mente du «" + *m + "»?";
        diagnostics.error(at(source, link), "LINK001", "Lenken peker på «" + path + "», som ikke finnes (" + resolved + ").",
                          hint);
        return {};
    }
    if (prepared.inside && m_assets.count(resolved)) return {std::nullopt, BodyLink::k_no_page, false, "/" + resolved};
    // A link written as a relative URL to a page folder ("../metoder/x/") is not a file link;
    // accept it only when it names a page URL from the site root.
    diagnostics.error(at(source, link), "LINK001",
                      "Lenken peker på «" + path + "», som ikke finnes" +
                          (prepared.inside ? " (" + resolved + ")." : " innenfor innholdsmappen."),
                      "Lenk til .md-filen til siden, f.eks. «../metoder/aksjonslaering.md».");
    return {};
}

ResolvedBodyLink BodyLinkResolver::resolve_site_path(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                                                     diag::Diagnostics& diagnostics) const {
    const std::string& path = prepared.path;
    const std::string& url = prepared.key;
    if (auto target = m_index.by_url(url, prepared.hash)) return {target, BodyLink::k_no_page, false, {}};
    if (m_index.is_generated_url(url) || url == "/" || m_assets.count(path.substr(1))) return {};
    diagnostics.error(at(source, link), "LINK003", "Fant ingen side eller fil på adressen «" + path + "».",
                      "Sjekk adressen, eller lenk til .md-filen til siden.");
    return {};
}

ResolvedBodyLink BodyLinkResolver::resolve_wikilink(size_t source, const markdown::Link& link, const PreparedLink& prepared,
                                                    diag::Diagnostics& diagnostics) const {
    const std::string& target = prepared.key;
    const std::string& type = prepared.type;
    std::vector<size_t> found;
    for (const PageIndex::SlugEntry& c : m_index.by_slug(target, prepared.hash))
        if (type.empty() || m_index.type_name(c.type) == type) found.push_back(c.page);
    if (found.empty()) {
        std::string hint;
        if (auto m = util::closest_match(target, m_index.all_slugs())) hint = "Mente du «" + *m + "»?";
        diagnostics.error(at(source, link), "LINK004", "Wikilenken [[" + link.target + "]] peker på en side som ikke finnes.",
                          hint);
        return {};
    }
    if (found.size() > 1) {
        diagnostics.error(at(source, link), "LINK005",
                          "Wikilenken [[" + link.target + "]] passer på flere sider (" + m_input.pages[found[0]].type +
                              ", " + m_input.pages[found[1]].type + ").",
                          "Skriv [[" + m_input.pages[found[0]].type + "/" + target + "]] for å velge én.");
        return {};
    }
    size_t page = found.front();
    return to_page(page, prepared.anchor, true);
}

bool BodyLinkResolver::check_anchor(size_t target, const std::string& anchor, size_t source, diag::LineCol pos,
                                    diag::Diagnostics& diagnostics) const {
    if (anchor.empty() || m_anchors.contains(target, anchor)) return true;
    const std::vector<std::string> ids = m_anchors.ids(target);
    std::string hint;
    if (auto m = util::closest_match(anchor, ids)) hint = "Mente du «#" + *m + "»?";
    const auto& page = m_input.pages[target];
    diagnostics.error(at(source, pos), "LINK002",
                      "Siden «" + page.title + "» (" + page.display_path + ") har ingen overskrift med ankeret «#" +
                          anchor + "».",
                      hint);
    return false;
}

}  // namespace stilas::links
