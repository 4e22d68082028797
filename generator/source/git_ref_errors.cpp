#include "source/git_ref_errors.hpp"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "util/strings.hpp"
#include "util/suggest.hpp"

namespace stilas::source {
namespace {

namespace fs = std::filesystem;

constexpr size_t k_listed_names = 10;

std::string absolute_text(const std::string& path) {
    std::error_code ec;
    fs::path abs = fs::absolute(path, ec).lexically_normal();
    std::string text = ec ? path : abs.string();
    while (text.size() > 1 && text.back() == '/') text.pop_back();
    return text;
}

std::vector<std::string> branch_names(git_repository* repo) {
    std::vector<std::string> names;
    git_branch_iterator* raw = nullptr;
    if (git_branch_iterator_new(&raw, repo, GIT_BRANCH_ALL) != 0) return names;
    BranchIteratorPtr it(raw);
    git_reference* ref = nullptr;
    git_branch_t type;
    while (git_branch_next(&ref, &type, it.get()) == 0) {
        ReferencePtr owner(ref);
        const char* name = nullptr;
        // A remote's symbolic HEAD ("origin/HEAD") is not a branch an editor would name.
        if (git_reference_type(ref) == GIT_REFERENCE_DIRECT && git_branch_name(&name, ref) == 0) {
            names.emplace_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> tag_names(git_repository* repo) {
    std::vector<std::string> names;
    git_strarray tags{};
    if (git_tag_list(&tags, repo) != 0) return names;
    for (size_t i = 0; i < tags.count; ++i) names.emplace_back(tags.strings[i]);
    git_strarray_dispose(&tags);
    std::sort(names.begin(), names.end());
    return names;
}

std::string listed(std::vector<std::string> names) {
    const bool more = names.size() > k_listed_names;
    if (more) names.resize(k_listed_names);
    return util::join(names, ", ") + (more ? ", …" : "");
}

}  // namespace

std::string open_error_text(const std::string& repo_path, int code, const std::string& git_message) {
    const std::string quoted = "«" + repo_path + "»";
    std::error_code ec;
    // libgit2 1.5 reports an ownership violation as GIT_ENOTFOUND "config value 'safe.directory'
    // was not found" when no safe.directory is configured (fixed upstream in libgit2 PR #6408).
    const bool ownership = code == GIT_EOWNER ||
                           (code == GIT_ENOTFOUND && git_message.find("safe.directory") != std::string::npos);
    if (ownership) {
        return "Git nekter å åpne " + quoted + " fordi mappen eies av en annen bruker. "
               "Stoler du på depotet, kjør «git config --global --add safe.directory " +
               absolute_text(repo_path) + "» og prøv igjen.";
    }
    if (!fs::exists(repo_path, ec)) {
        return "Fant ikke git-depotet " + quoted + ": mappen finnes ikke. Sjekk stien.";
    }
    if (code == GIT_ENOTFOUND) {
        return quoted + " er ikke et git-depot. Oppgi toppmappen i depotet (der .git ligger) "
               "eller et bart depot.";
    }
    return "Kunne ikke åpne git-depotet " + quoted + ": " + git_message + ".";
}

std::string empty_repository_text(const std::string& repo_path) {
    return "Git-depotet «" + repo_path + "» har ingen commits ennå. "
           "Legg inn innholdet med «git commit» først.";
}

std::string unknown_ref_text(git_repository* repo, const std::string& repo_path, const std::string& ref) {
    std::vector<std::string> branches = branch_names(repo);
    std::vector<std::string> tags = tag_names(repo);
    // git_repository_is_empty compares HEAD with the configured default branch name, which
    // differs between machines; an unborn HEAD with no branch and no tag is what "empty" means.
    if (branches.empty() && tags.empty() && git_repository_head_unborn(repo) == 1) {
        return empty_repository_text(repo_path);
    }
    std::string text = "Fant ikke «" + ref + "» i git-depotet «" + repo_path + "».";
    std::vector<std::string> candidates = branches;
    candidates.insert(candidates.end(), tags.begin(), tags.end());
    if (auto near = util::closest_match(ref, candidates)) text += " Mente du «" + *near + "»?";
    text += branches.empty() ? " Depotet har ingen grener." : " Grener: " + listed(branches) + ".";
    if (!tags.empty()) text += " Merkelapper: " + listed(tags) + ".";
    return text;
}

std::string not_a_tree_text(const std::string& repo_path, const std::string& ref) {
    return "«" + ref + "» i git-depotet «" + repo_path + "» peker ikke på en commit. "
           "Oppgi en gren, en merkelapp eller en commit-id.";
}

std::string missing_subdir_text(const std::string& repo_path, const std::string& ref, const std::string& subdir) {
    return "Fant ikke mappen «" + subdir + "» i «" + ref + "» i git-depotet «" + repo_path + "». "
           "Sjekk at mappen finnes i den versjonen («git ls-tree --name-only " + ref + "»).";
}

}  // namespace stilas::source
