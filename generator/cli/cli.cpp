#include "cli/cli.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>

#include "diag/printer.hpp"
#include "output/output_sink.hpp"
#include "site/build.hpp"
#include "source/content_source.hpp"
#include "util/paths.hpp"

namespace stilas::cli {

namespace {
struct Options {
    std::string source_dir = "content";
    std::string repo;
    std::string ref = "HEAD";
    std::string subdir;
    std::string out_dir = "public";
    std::string themes_dir;
    bool drafts = false;
    bool timings = false;
    bool quiet = false;
    bool fsync = false;
    bool no_search = false;
    std::string cache_dir;
    unsigned threads = 0;
};

void add_source_options(CLI::App& cmd, Options& o) {
    cmd.add_option("--source", o.source_dir, "Innholdsmappe på disk")->capture_default_str();
    auto* repo = cmd.add_option("--repo", o.repo, "Les innholdet fra et git-depot (bart eller ikke) i stedet for en mappe");
    cmd.add_option("--ref", o.ref, "Gren, tagg eller commit i --repo")->capture_default_str()->needs(repo);
    cmd.add_option("--subdir", o.subdir, "Undermappe i depotet der innholdet ligger, f.eks. content")->needs(repo);
    cmd.add_option("--themes", o.themes_dir, "Mappen med temaer (standard: themes/ ved siden av innholdet)");
    cmd.add_flag("--drafts", o.drafts, "Ta med utkast (draft: true)");
    cmd.add_option("-j,--threads", o.threads, "Antall tråder (0 = alle kjerner)")->capture_default_str();
    cmd.add_flag("--timings", o.timings, "Skriv tiden for hver fase");
    cmd.add_flag("-q,--quiet", o.quiet, "Skriv bare feil og advarsler");
}

std::string default_themes_dir(const Options& o) {
    if (!o.themes_dir.empty()) return o.themes_dir;
    if (o.repo.empty()) {
        std::filesystem::path beside = std::filesystem::path(o.source_dir).lexically_normal().parent_path() / "themes";
        if (std::filesystem::is_directory(beside)) return beside.string();
    } else if (std::filesystem::is_directory(std::filesystem::path(o.repo) / "themes")) {
        return (std::filesystem::path(o.repo) / "themes").string();
    }
    return "themes";
}

int run_build(const Options& o, bool write) {
    // Blob ids key the cache; the folder's stamp table spares hashing the files that did not change.
    source::FolderOptions folder;
    folder.blob_ids = !o.cache_dir.empty();
    if (folder.blob_ids) folder.stamp_file = util::join_path(o.cache_dir, std::string(source::k_stamp_file));
    std::unique_ptr<source::ContentSource> source = o.repo.empty() ? source::make_directory_source(o.source_dir, folder)
                                                                   : source::make_git_source(o.repo, o.ref, o.subdir);

    std::unique_ptr<output::OutputSink> sink = std::make_unique<output::DiscardSink>();
    if (write) {
        auto made = output::make_directory_sink(o.out_dir, o.fsync ? output::Durability::synced
                                                                     : output::Durability::os_buffered);
        if (!made.sink) {
            std::cerr << "stilas: " << made.error << '\n';
            return k_exit_usage;
        }
        sink = std::move(made.sink);
    }
    site::BuildOptions options;
    options.drafts = o.drafts ? site::Drafts::publish : site::Drafts::skip;
    options.themes_dir = default_themes_dir(o);
    options.threads = o.threads;
    options.search = !o.no_search;
    options.cache_dir = o.cache_dir;
    options.free_model = false;  // the process ends after this build

    diag::Diagnostics diagnostics;
    site::BuildResult result = site::build(*source, sink.get(), options, diagnostics);

    const bool any_findings = !diagnostics.sorted().empty();
    std::map<std::string, std::string_view> texts;  // only for showing the lines of findings
    if (any_findings)
        for (const auto& [path, text] : result.sources) texts[path] = text;
    auto lookup = [&](const std::string& path) -> std::optional<std::string_view> {
        auto it = texts.find(path);
        return it == texts.end() ? std::nullopt : std::optional<std::string_view>(it->second);
    };
    if (any_findings || !o.quiet) print_diagnostics(std::cerr, diagnostics, lookup);
    if (o.timings) {
        std::cerr << "  fase       tid ms   cpu ms   toppminne MB\n";
        double wall = 0, cpu = 0;
        for (const auto& t : result.timings) {
            std::cerr << "  " << std::left << std::setw(8) << t.name << std::right << std::fixed << std::setprecision(0)
                      << std::setw(9) << t.seconds * 1000 << std::setw(9) << t.cpu_seconds * 1000 << std::setw(15)
                      << static_cast<double>(t.peak_rss_kb) / 1024 << '\n';
            wall += t.seconds;
            cpu += t.cpu_seconds;
        }
        std::cerr << "  " << std::left << std::setw(8) << "sum" << std::right << std::setw(9) << wall * 1000
                  << std::setw(9) << cpu * 1000 << '\n';
    }
    if (!result.environment_error.empty()) {
        std::cerr << "stilas: " << result.environment_error << '\n';
        return k_exit_usage;
    }
    if (diagnostics.has_errors()) {
        if (write) std::cerr << "Ingenting ble publisert; «" << o.out_dir << "» er som før.\n";
        return k_exit_content;
    }
    if (!o.quiet) {
        if (write)
            std::cerr << "Bygde " << result.pages << " sider (" << result.files << " filer) til «" << o.out_dir
                      << "».\n";
        else
            std::cerr << "Sjekket " << result.sources.size() << " filer; " << result.pages << " sider ville blitt "
                      << result.files << " filer.\n";
    }
    return k_exit_ok;
}
}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"Stilas: bygger kunnskapsbasen til Fremtidens kulturskole fra Markdown i git.", "stilas"};
    app.require_subcommand(1);
    Options o;
    auto* build = app.add_subcommand("build", "Sjekk alt og bygg nettstedet til --out");
    add_source_options(*build, o);
    build->add_option("--out", o.out_dir, "Mappen nettstedet skrives til")->capture_default_str();
    build->add_flag("--no-search", o.no_search, "Ikke lag søkeindeksen (for raske prøvebygg)");
    build->add_option("--cache", o.cache_dir,
                      "Mappe for det neste bygg kan gjenbruke (søkeindeksens analyse av hver side, og hvilke filer som er uendret)");
    build->add_flag("--fsync", o.fsync,
                    "Skriv filene helt til disken før publisering, så ikke engang strømbrudd kan gi et halvskrevet nettsted");
    auto* check = app.add_subcommand("check", "Sjekk alt uten å skrive noe");
    add_source_options(*check, o);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return k_exit_usage;
    }
    return run_build(o, build->parsed());
}

}  // namespace stilas::cli
