// DirectorySource: a content folder on disk, read without ever following a symbolic link.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include "source/blob_id.hpp"
#include "source/content_source.hpp"
#include "source/worktree_dates.hpp"
#include "source/source_diagnostics.hpp"
#include "source/stamp_cache.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"

namespace stilas::source {
namespace {

namespace fs = std::filesystem;

std::string errno_text(int err) { return std::generic_category().message(err); }

enum class ReadOutcome { ok, became_link, not_regular, failed };

/// What changes with a file's bytes, as the stamp table keeps it.
FileStamp file_stamp(const struct stat& st) {
    auto ns = [](const timespec& t) { return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec; };
    return FileStamp{static_cast<uint64_t>(st.st_size), ns(st.st_mtim), ns(st.st_ctim), static_cast<uint64_t>(st.st_ino),
                     static_cast<uint64_t>(st.st_dev)};
}

/// The size, modification time and inode of an open file, as one number (0 never comes out).
uint64_t stamp_of(const struct stat& st) {
    const uint64_t time = static_cast<uint64_t>(st.st_mtim.tv_sec) * 1000000000u + static_cast<uint64_t>(st.st_mtim.tv_nsec);
    return ((time * 0x9E3779B97F4A7C15ull) ^ static_cast<uint64_t>(st.st_size) ^ (static_cast<uint64_t>(st.st_ino) << 32)) | 1;
}

/// Reads a regular file; O_NOFOLLOW and fstat close the gap between listing and opening, in
/// which the file could be swapped for a link or a FIFO.

ReadOutcome read_regular_file(const std::string& path, std::string& out, int& err, struct stat* stat_out = nullptr) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        err = errno;
        return err == ELOOP ? ReadOutcome::became_link : ReadOutcome::failed;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return ReadOutcome::not_regular;
    }
    if ((err = util::read_open_file(fd, static_cast<size_t>(st.st_size), out)) != 0) {
        ::close(fd);
        return ReadOutcome::failed;
    }
    if (stat_out) *stat_out = st;
    ::close(fd);
    return ReadOutcome::ok;
}

class DirectorySource : public ContentSource {
public:
    DirectorySource(std::string root, FolderOptions options) : m_root(std::move(root)), m_options(std::move(options)) {}

    LoadResult load(diag::Diagnostics& diagnostics) const override;

    std::string display_prefix() const override {
        if (m_root.empty() || m_root.back() == '/') return m_root;
        return m_root + "/";
    }

    std::optional<std::string> reread(const SourceFile& file) const override {
        std::string bytes;
        int err = 0;
        struct stat st {};
        if (read_regular_file(m_root + "/" + file.path, bytes, err, &st) != ReadOutcome::ok) return std::nullopt;
        if (file.blob_id.empty() ? stamp_of(st) != file.stamp : git_blob_id(bytes) != file.blob_id) return std::nullopt;
        return bytes;
    }

private:
    struct Pending {
        std::string path;   ///< as opened: the root, '/', `rel`
        std::string rel;
    };
    void list_folder(const std::string& folder, std::vector<std::string>& folders, std::vector<Pending>& files,
                     diag::Diagnostics& diagnostics) const;
    void read_files(const std::vector<Pending>& pending, LoadResult& result, diag::Diagnostics& diagnostics) const;

    std::string m_root;
    FolderOptions m_options;
};

LoadResult DirectorySource::load(diag::Diagnostics& diagnostics) const {
    LoadResult result;
    std::error_code ec;
    // The root is the editor's explicit choice, so a link there is followed; nothing below it is.
    if (m_root.empty() || !fs::exists(m_root, ec)) {
        result.error = "Fant ikke innholdsmappen «" + m_root + "». Sjekk at stien er riktig.";
        return result;
    }
    if (!fs::is_directory(m_root, ec)) {
        result.error = "Innholdsmappen «" + m_root + "» er ikke en mappe. Oppgi mappen som har innholdet.";
        return result;
    }
    // An explicit stack instead of recursion: a deeply nested tree cannot overflow the call stack.
    std::vector<std::string> folders{""};
    std::vector<Pending> pending;
    while (!folders.empty()) {
        std::string folder = std::move(folders.back());
        folders.pop_back();
        list_folder(folder, folders, pending, diagnostics);
    }
    read_files(pending, result, diagnostics);
    std::sort(result.files.begin(), result.files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    fill_worktree_dates(m_root, result.files);
    return result;
}

// A folder's entries, from the directory stream itself: the type each entry has there (no stat
// per file where the file system tells it; lstat where it does not), and no std::filesystem
// paths, whose parsing into components cost four times the listing at 10,000 files.
void DirectorySource::list_folder(const std::string& folder, std::vector<std::string>& folders,
                                  std::vector<Pending>& files, diag::Diagnostics& diagnostics) const {
    const std::string dir = folder.empty() ? m_root : m_root + "/" + folder;
    DIR* stream = ::opendir(dir.c_str());
    if (stream == nullptr) {
        report_unreadable(diagnostics, display_prefix() + folder, errno_text(errno));
        return;
    }
    for (;;) {
        errno = 0;
        const dirent* entry = ::readdir(stream);
        if (entry == nullptr) {
            if (errno != 0) report_unreadable(diagnostics, display_prefix() + folder, errno_text(errno));
            break;
        }
        const std::string name = entry->d_name;
        if (is_hidden_name(name)) continue;  // also "." and ".."
        std::string rel = folder.empty() ? name : folder + "/" + name;
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            // A link is never followed, so the entry itself is asked about.
            struct stat st {};
            if (::fstatat(::dirfd(stream), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                report_unreadable(diagnostics, display_prefix() + rel, errno_text(errno));
                continue;
            }
            type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_FIFO;
        }
        if (type == DT_LNK) {
            report_symlink(diagnostics, display_prefix() + rel);
        } else if (type == DT_DIR) {
            folders.push_back(std::move(rel));
        } else if (type != DT_REG) {
            report_special_file(diagnostics, display_prefix() + rel);
        } else {
            std::string path = dir + "/" + name;
            files.push_back({std::move(path), std::move(rel)});
        }
    }
    ::closedir(stream);
}

// Reading and hashing are most of the time for thousands of files, so they run on all cores.
// With a stamp table, a file unchanged since the last build takes the blob id recorded then.
void DirectorySource::read_files(const std::vector<Pending>& pending, LoadResult& result,
                                 diag::Diagnostics& diagnostics) const {
    const bool stamps = m_options.blob_ids && !m_options.stamp_file.empty();
    const int64_t started = stamps ? wall_clock_ns() : 0;
    // The table is for this folder wherever the build is started from.
    std::error_code ec;
    const std::string root = stamps ? fs::absolute(m_root, ec).lexically_normal().string() : std::string();
    const StampCache recorded =
        stamps ? StampCache::read(m_options.stamp_file, root, m_options.stamp_margin_ns) : StampCache();
    struct Read {
        SourceFile file;
        FileStamp stamp;
        bool hashed = false;
        ReadOutcome outcome = ReadOutcome::failed;
        int err = 0;
    };
    std::vector<Read> reads(pending.size());
    util::parallel_for(pending.size(), util::thread_count(0), [&](size_t i) {
        Read& r = reads[i];
        struct stat st {};
        r.outcome = read_regular_file(pending[i].path, r.file.bytes, r.err, &st);
        if (r.outcome != ReadOutcome::ok) return;
        r.file.path = pending[i].rel;
        if (!m_options.blob_ids) {
            r.file.stamp = stamp_of(st);
            return;
        }
        r.stamp = file_stamp(st);
        if (const std::string* id = recorded.find(r.file.path, r.stamp)) {
            r.file.blob_id = *id;
        } else {
            r.file.blob_id = git_blob_id(r.file.bytes);
            r.hashed = true;
        }
    });
    std::vector<StampEntry> entries;
    if (stamps) entries.reserve(reads.size());
    for (size_t i = 0; i < reads.size(); ++i) {
        const std::string shown = display_prefix() + pending[i].rel;
        switch (reads[i].outcome) {
            case ReadOutcome::ok:
                result.hashed += reads[i].hashed ? 1 : 0;
                if (stamps) entries.push_back(StampEntry{reads[i].file.path, reads[i].stamp, reads[i].file.blob_id});
                result.files.push_back(std::move(reads[i].file));
                break;
            case ReadOutcome::became_link: report_symlink(diagnostics, shown); break;
            case ReadOutcome::not_regular: report_special_file(diagnostics, shown); break;
            case ReadOutcome::failed: report_unreadable(diagnostics, shown, errno_text(reads[i].err)); break;
        }
    }
    if (stamps) StampCache::write(m_options.stamp_file, root, started, entries);
}

}  // namespace

std::unique_ptr<ContentSource> make_directory_source(std::string root, FolderOptions options) {
    return std::make_unique<DirectorySource>(std::move(root), std::move(options));
}

}  // namespace stilas::source
