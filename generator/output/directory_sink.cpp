#include "output/directory_sink.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "output/disk_ops.hpp"
#include "util/paths.hpp"

namespace stilas::output {
namespace {

namespace fs = std::filesystem;

constexpr const char* k_marker_text =
    "Denne mappen er laget av Stilas og erstattes helt ved neste bygging.\n"
    "Ikke legg egne filer her.\n";

enum class OutDirState { missing, ours };

struct OutDirCheck {
    OutDirState state = OutDirState::missing;
    std::string error;
};

/// Decides whether `abs` may be replaced: it must be missing, an empty folder, or a folder
/// carrying the marker file. Anything else is refused, so no foreign folder is ever deleted.
OutDirCheck check_out_dir(const std::string& shown, const std::string& abs) {
    OutDirCheck out;
    const std::string quoted = "«" + shown + "»";
    struct stat st {};
    if (::lstat(abs.c_str(), &st) != 0) {
        const int err = errno;
        if (err != ENOENT) out.error = "Kunne ikke undersøke utdatamappen " + quoted + ": " + errno_text(err) + ". Sjekk stien.";
        return out;
    }
    if (S_ISLNK(st.st_mode)) {
        out.error = quoted + " er en symbolsk lenke. Stilas publiserer ikke gjennom lenker; "
                    "oppgi selve mappen som utdatamappe.";
    } else if (!S_ISDIR(st.st_mode)) {
        out.error = quoted + " finnes og er ikke en mappe. Velg en annen utdatamappe, "
                    "eller flytt filen bort selv.";
    } else {
        std::error_code ec;
        const bool empty = fs::is_empty(abs, ec);
        if (ec) {
            out.error = "Kunne ikke lese utdatamappen " + quoted + ": " + ec.message() + ".";
        } else if (!empty && !is_regular_file(abs + "/" + k_marker_file)) {
            out.error = quoted + " finnes og ser ikke ut som en mappe Stilas har laget (mangler " +
                        k_marker_file + "). Stilas sletter ikke mapper det ikke har laget. "
                        "Velg en ny eller tom utdatamappe, eller tøm mappen selv.";
        }
        out.state = OutDirState::ours;
    }
    return out;
}

std::string absolute_out_dir(const std::string& out_dir) {
    std::error_code ec;
    std::string abs = fs::absolute(out_dir, ec).lexically_normal().string();
    if (ec) return {};
    while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
    return abs;
}

}  // namespace

DirectorySink::DirectorySink(std::string out_dir_shown, std::string out_dir, std::string staging_dir,
                             int staging_folder, Durability durability)
    : m_out_dir_shown(std::move(out_dir_shown)), m_out_dir(std::move(out_dir)), m_staging_dir(std::move(staging_dir)),
      m_staging_folder(staging_folder), m_durability(durability) {}

DirectorySink::~DirectorySink() {
    abandon();
    close_staging();
}

void DirectorySink::close_staging() {
    if (m_staging_folder >= 0) ::close(m_staging_folder);
    m_staging_folder = -1;
}

std::string DirectorySink::write(const std::string& path, std::string_view bytes) {
    if (m_state.load(std::memory_order_acquire) != State::open)
        return "«" + path + "» ble ikke skrevet: utdataene er allerede publisert eller forkastet.";
    if (!util::is_safe_relative_path(path)) {
        return "«" + path + "» er ikke en trygg relativ sti i utdatamappen og blir ikke skrevet.";
    }
    if (path == k_marker_file || path == k_staging_marker_file) {
        return "«" + path + "» er et filnavn Stilas bruker selv i utdatamappen og blir ikke skrevet.";
    }
    std::string err;
    const std::string_view parent = util::parent_path(path);
    if (!parent.empty()) {  // the file is in a folder
        // Only the folders below the deepest one made already are made ("metoder/x" after
        // "metoder"): one mkdir per new folder.
        const auto shorter = [parent](size_t end) { return util::parent_path(parent.substr(0, end)).size(); };
        size_t existing = 0;
        {
            std::lock_guard lock(m_folders_mutex);
            for (size_t end = parent.size(); end != 0; end = shorter(end)) {
                if (m_folders.contains(parent.substr(0, end))) {
                    existing = end;
                    break;
                }
            }
        }
        if (existing != parent.size()) {
            err = make_parent_folders(m_staging_folder, path, existing);
            std::lock_guard lock(m_folders_mutex);
            if (err.empty()) {
                for (size_t end = parent.size(); end > existing; end = shorter(end)) m_folders.emplace(parent.substr(0, end));
            }
        }
    }
    if (err.empty()) err = write_whole_file(m_staging_folder, path, bytes);
    if (err.empty()) return {};
    return "Kunne ikke skrive «" + path + "» i «" + m_staging_dir + "»: " + err +
           ". Sjekk at disken har ledig plass og at du har skrivetilgang.";
}

std::string DirectorySink::commit() {
    std::lock_guard lock(m_state_mutex);
    if (m_state != State::open) return "Utdataene er allerede publisert eller forkastet.";
    std::string err = write_whole_file(m_staging_folder, k_marker_file, k_marker_text);
    if (err.empty() && ::unlinkat(m_staging_folder, k_staging_marker_file, 0) != 0) err = errno_text(errno);
    close_staging();
    if (err.empty() && m_durability == Durability::synced) err = sync_tree(m_staging_dir);
    if (!err.empty()) {
        remove_tree(m_staging_dir);
        m_state = State::abandoned;
        return "Kunne ikke gjøre ferdig utdataene i «" + m_staging_dir + "»: " + err +
               ". Sjekk at disken har ledig plass. Den publiserte mappen er uendret.";
    }
    err = publish();
    if (!err.empty()) {
        remove_tree(m_staging_dir);
        m_state = State::abandoned;
        return err;
    }
    m_state = State::committed;
    return {};
}

std::string DirectorySink::publish() {
    // Checked again: the folder may have changed while the site was being built.
    OutDirCheck check = check_out_dir(m_out_dir_shown, m_out_dir);
    if (!check.error.empty()) return check.error;
    const std::string parent = fs::path(m_out_dir).parent_path().string();
    const std::string failed = "Kunne ikke publisere til «" + m_out_dir_shown + "»: ";
    if (check.state == OutDirState::missing) {
        if (std::rename(m_staging_dir.c_str(), m_out_dir.c_str()) != 0) return failed + errno_text(errno) + ".";
        sync_folder(parent);
        return {};
    }
    if (::renameat2(AT_FDCWD, m_staging_dir.c_str(), AT_FDCWD, m_out_dir.c_str(), RENAME_EXCHANGE) != 0) {
        const int err = errno;
        if (err != EINVAL && err != ENOSYS && err != ENOTSUP) return failed + errno_text(err) + ".";
        // The file system cannot swap in one step: move the old site aside first, then put it
        // back if the second rename fails.
        const std::string old = m_staging_dir + "-old";
        if (std::rename(m_out_dir.c_str(), old.c_str()) != 0) return failed + errno_text(errno) + ".";
        if (std::rename(m_staging_dir.c_str(), m_out_dir.c_str()) != 0) {
            const int err = errno;
            std::rename(old.c_str(), m_out_dir.c_str());
            return failed + errno_text(err) + ".";
        }
        sync_folder(parent);
        remove_tree(old);
        return {};
    }
    sync_folder(parent);
    // The old site now sits at the staging name; if removing it fails, the next build's
    // leftover sweep removes it (it carries the marker file).
    remove_tree(m_staging_dir);
    return {};
}

void DirectorySink::abandon() {
    std::lock_guard lock(m_state_mutex);
    if (m_state != State::open) return;
    close_staging();
    remove_tree(m_staging_dir);
    m_state = State::abandoned;
}

DirectorySinkResult make_directory_sink(const std::string& out_dir, Durability durability) {
    DirectorySinkResult result;
    const std::string abs = out_dir.empty() ? std::string() : absolute_out_dir(out_dir);
    if (abs.empty() || abs == "/") {
        result.error = "«" + out_dir + "» kan ikke brukes som utdatamappe. Oppgi en egen mappe for nettstedet.";
        return result;
    }
    OutDirCheck check = check_out_dir(out_dir, abs);
    if (!check.error.empty()) {
        result.error = std::move(check.error);
        return result;
    }
    const std::string parent = fs::path(abs).parent_path().string();
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) {
        result.error = "Kunne ikke opprette mappen «" + parent + "»: " + ec.message() + ". Sjekk skrivetilgangen.";
        return result;
    }
    remove_stale_staging(abs);
    const std::string staging = abs + ".stilas-staging-" + std::to_string(::getpid());
    if (::mkdir(staging.c_str(), 0755) != 0) {
        const int err = errno;
        result.error = "Kunne ikke opprette arbeidsmappen «" + staging + "»: " + errno_text(err) +
                       ". Sjekk skrivetilgangen til «" + parent + "», eller fjern mappen hvis den finnes.";
        return result;
    }
    if (std::string err = write_whole_file(staging + "/" + k_staging_marker_file, ""); !err.empty()) {
        remove_tree(staging);
        result.error = "Kunne ikke skrive i arbeidsmappen «" + staging + "»: " + err +
                       ". Sjekk at disken har ledig plass og at du har skrivetilgang.";
        return result;
    }
    const int folder = open_folder(staging);
    if (folder < 0) {
        const int err = errno;
        remove_tree(staging);
        result.error = "Kunne ikke åpne arbeidsmappen «" + staging + "»: " + errno_text(err) + ". Sjekk lesetilgangen.";
        return result;
    }
    result.sink = std::make_unique<DirectorySink>(out_dir, abs, staging, folder, durability);
    return result;
}

}  // namespace stilas::output
