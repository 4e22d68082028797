// render_site: plans every output file of the site and renders them in parallel.
#include "render/site_renderer.hpp"

#include <atomic>
#include <exception>
#include <map>
#include <memory>
#include <vector>

#include "render/collections_view.hpp"
#include "render/listing_view.hpp"
#include "render/site_model.hpp"
#include "render/urls.hpp"
#include "render/view_model.hpp"
#include "util/parallel.hpp"

namespace stilas::render {

namespace {

enum class JobKind { page, section, taxonomy, term, home, not_found, search, alias };

struct Job {
    JobKind kind = JobKind::page;
    size_t page = 0;                        ///< page, alias
    std::string name;                       ///< section or taxonomy name; alias URL
    const config::Taxonomy* taxonomy = nullptr;
    const config::Term* term = nullptr;
};

// Redirect pages are not themed: they only forward and must work whatever the theme does.
constexpr const char* k_alias_template =
    "<!DOCTYPE html>\n<html lang=\"{{lang}}\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<title>{{title}}</title>\n<link rel=\"canonical\" href=\"{{canonical}}\">\n"
    "<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={{url}}\">\n"
    "</head>\n<body>\n<p>Siden er flyttet til <a href=\"{{url}}\">{{title}}</a>.</p>\n</body>\n</html>\n";

std::string alias_url(std::string_view alias) {
    std::string url(alias);
    if (url.empty() || url[0] != '/') url.insert(0, 1, '/');
    if (url.back() != '/' && !url.ends_with(".html")) url += '/';
    return url;
}

std::vector<Job> plan(const SiteModel& model, const Theme& theme) {
    // Listings first: each lists up to every page of its kind, so together they are a large
    // share of the work in a few jobs, and taken last they left one thread working alone.
    std::vector<Job> jobs;
    for (const auto& section : model.sections()) jobs.push_back({JobKind::section, 0, section, nullptr, nullptr});
    for (const auto& taxonomy : model.config().taxonomies) {
        jobs.push_back({JobKind::taxonomy, 0, taxonomy.name, &taxonomy, nullptr});
        for (const auto& term : taxonomy.terms) jobs.push_back({JobKind::term, 0, taxonomy.name, &taxonomy, &term});
    }
    jobs.push_back({JobKind::home, 0, {}, nullptr, nullptr});
    jobs.push_back({JobKind::not_found, 0, {}, nullptr, nullptr});
    if (theme.find_template("search")) jobs.push_back({JobKind::search, 0, {}, nullptr, nullptr});
    for (size_t i : model.listing_order()) jobs.push_back({JobKind::page, i, {}, nullptr, nullptr});
    for (size_t i : model.listing_order())
        for (const auto& alias : model.page(i).aliases) jobs.push_back({JobKind::alias, i, alias_url(alias), nullptr, nullptr});
    return jobs;
}

bool is_reserved_template(std::string_view name) {
    for (const auto required : k_required_templates)
        if (name == required) return true;
    return false;
}

/// The template for a job and the view it renders, plus the page's URL.
struct Prepared {
    std::string template_name;
    Value view;
    std::string url;
};

Prepared prepare(const SiteModel& model, const Theme& theme, const PageParts& parts, const Job& job) {
    switch (job.kind) {
    case JobKind::page: {
        const auto& doc = model.page(job.page);
        const std::string lang = model.lang(job.page);
        Value root = root_view(model, lang, doc.title, doc.summary, doc.url, doc.type, job.page,
                               page_crumbs(model, job.page));
        root.set("page", page_view(model, job.page, parts)).set("og_type", "article");
        const bool own = !doc.type.empty() && !is_reserved_template(doc.type) && theme.find_template(doc.type);
        return {own ? doc.type : std::string("page"), std::move(root), doc.url};
    }
    case JobKind::section: return {"list", section_listing_view(model, job.name), section_url(job.name)};
    case JobKind::taxonomy: return {"taxonomy", taxonomy_view(model, *job.taxonomy), section_url(job.name)};
    case JobKind::term:
        return {"term", term_view(model, *job.taxonomy, *job.term), term_url(job.name, job.term->key)};
    case JobKind::home: return {"home", home_view(model), "/"};
    case JobKind::not_found: return {"404", not_found_view(model), "/404.html"};
    case JobKind::search: return {"search", search_view(model), "/sok/"};
    case JobKind::alias: {
        const auto& doc = model.page(job.page);
        Value view;
        view.set("lang", model.lang(job.page))
            .set("title", doc.title)
            .set("url", doc.url)
            .set("canonical", absolute_url(model.config().base_url, doc.url));
        return {{}, std::move(view), job.name};
    }
    }
    return {};
}

/// A `newest_by` entry that names no type or field of this site orders nothing: say so, but do
/// not stop the build (a theme may serve sites with other types).
void check_newest_by(const SiteModel& model, const Theme& theme, diag::Diagnostics& diagnostics) {
    if (!model.config().typed) return;
    for (const auto& entry : theme.newest_by()) {
        const auto* type = model.find_type(entry.type);
        if (!type) {
            diagnostics.warning(entry.pos, "TPL009", "Temaet sorterer typen «" + entry.type + "», som ikke finnes.",
                                "Rett typenavnet under «newest_by» i theme.yaml.");
            continue;
        }
        if (entry.field == "date" || entry.field == "updated" || type->find(entry.field)) continue;
        diagnostics.warning(entry.pos, "TPL009",
                            "Typen «" + entry.type + "» har ikke feltet «" + entry.field + "», som temaet sorterer etter.",
                            "Rett feltnavnet under «newest_by» i theme.yaml.");
    }
}

}  // namespace

RenderResult render_site(const RenderInput& input, const Theme& theme, unsigned threads, const EmitFile& emit,
                         diag::Diagnostics& diagnostics) {
    const SiteModel model(input, util::thread_count(threads));
    check_newest_by(model, theme, diagnostics);
    const SharedCollections collections = share_collections(collections_view(model, theme.newest_by()));
    const std::vector<Job> jobs = plan(model, theme);
    const TemplateEngine engine(theme.partials());
    // Every template compiled once, before the pages; "" is the alias template.
    struct Compiled {
        std::shared_ptr<const TemplateEngine::Compiled> compiled;
        TemplateError error;
    };
    std::map<std::string, Compiled, std::less<>> templates;
    templates[""].compiled = engine.compile(k_alias_template, templates[""].error);
    for (const auto& [name, text] : theme.templates()) {
        Compiled& entry = templates[name];
        entry.compiled = engine.compile(text, entry.error);
    }
    // The page object's parts that no template or partial looks up are not built.
    std::vector<const TemplateEngine::Compiled*> compiled;
    for (const auto& [name, entry] : templates)
        if (entry.compiled) compiled.push_back(entry.compiled.get());
    const PageParts parts = PageParts::read_by(engine.names_read(compiled));
    std::atomic<size_t> pages{0}, files{0};
    util::parallel_for(jobs.size(), util::thread_count(threads), [&](size_t j) {
        try {
            Prepared prepared = prepare(model, theme, parts, jobs[j]);
            const auto path = output_path(prepared.url);
            if (!path) return;  // links/ reports URLs that cannot be files
            const bool alias = jobs[j].kind == JobKind::alias;
            if (!alias) attach_collections(prepared.view, collections);
            const auto tpl = templates.find(prepared.template_name);  // "" for an alias
            if (tpl == templates.end()) return;
            if (!tpl->second.compiled) {
                // Unreachable with a theme from Theme::load (every template and partial is
                // checked there); kept so a failure can never pass silently.
                diagnostics.error({theme.template_display_path(prepared.template_name), 0, 0}, "TPL002",
                                  "Malen har en syntaksfeil: " + tpl->second.error.message + ".",
                                  "Sjekk at hver {{#navn}} har en {{/navn}} og at alle tagger slutter med «}}».");
                return;
            }
            // One buffer per thread, kept from page to page: no allocation or growth per page.
            thread_local PageBuffer bytes;
            bytes.clear();
            engine.render_to(bytes, *tpl->second.compiled, prepared.view);
            emit(*path, bytes.view());
            files.fetch_add(1, std::memory_order_relaxed);
            if (jobs[j].kind == JobKind::page) {
                pages.fetch_add(1, std::memory_order_relaxed);
                if (input.page_written && model.page(jobs[j].page).kind == content::PageKind::regular)
                    input.page_written(jobs[j].page);
            }
        } catch (const std::exception& e) {
            const bool from_page = jobs[j].kind == JobKind::page;
            const std::string where = from_page ? model.page(jobs[j].page).display_path
                                                : theme.template_display_path("page");
            diagnostics.error({where, 0, 0}, "TPL006",
                              std::string("Siden kunne ikke lages: ") + e.what() + ".",
                              "Meld fra til de som drifter Stilas.");
        } catch (...) {
            diagnostics.error({theme.template_display_path("page"), 0, 0}, "TPL006",
                              "Siden kunne ikke lages: ukjent feil.", "Meld fra til de som drifter Stilas.");
        }
    });
    for (const auto& file : theme.static_files()) {
        emit(file.path, file.bytes);
        ++files;
    }
    return {pages.load(), files.load()};
}

}  // namespace stilas::render
