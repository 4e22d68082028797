#include "util/slug.hpp"

#include "util/utf8.hpp"

namespace stilas::util {

namespace {
// ASCII spelling of a Latin letter, or nullptr when the code point is not a letter we know.
const char* ascii_for(char32_t cp) {
    switch (cp) {
        case U'æ': case U'Æ': return "ae";
        case U'ø': case U'Ø': return "o";
        case U'å': case U'Å': return "a";
        case U'ß': return "ss";
        case U'þ': case U'Þ': return "th";
        case U'ð': case U'Ð': return "d";
        case U'œ': case U'Œ': return "oe";
        default: break;
    }
    // Latin-1 supplement and Latin Extended-A letters with diacritics.
    static const char* const k_latin1 =
        "aaaaaaaceeeeiiii"   // U+00C0..U+00CF
        "dnooooo-ouuuuy-s"   // U+00D0..U+00DF
        "aaaaaaaceeeeiiii"   // U+00E0..U+00EF
        "dnooooo-ouuuuy-y";  // U+00F0..U+00FF
    static thread_local char one[2] = {0, 0};
    if (cp >= 0xC0 && cp <= 0xFF) {
        char c = k_latin1[cp - 0xC0];
        if (c == '-') return nullptr;
        one[0] = c;
        return one;
    }
    static const char* const k_extended_a =
        "aaaaaaccccccccdd"   // U+0100..U+010F
        "ddeeeeeeeeeegggg"   // U+0110..U+011F
        "gggghhhhiiiiiiii"   // U+0120..U+012F
        "iiiijjkkklllllll"   // U+0130..U+013F
        "lllnnnnnnnnnoooo"   // U+0140..U+014F
        "oooorrrrrrssssss"   // U+0150..U+015F
        "ssttttttuuuuuuuu"   // U+0160..U+016F
        "uuuuwwyyyzzzzzzs";  // U+0170..U+017F
    if (cp >= 0x100 && cp <= 0x17F) {
        one[0] = k_extended_a[cp - 0x100];
        return one;
    }
    return nullptr;
}
}  // namespace

std::string slugify(std::string_view text) {
    std::string out;
    bool pending_dash = false;
    size_t pos = 0;
    while (pos < text.size()) {
        char32_t cp = decode_utf8(text, pos);
        const char* ascii = nullptr;
        char buf[2] = {0, 0};
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            buf[0] = static_cast<char>(cp);
            ascii = buf;
        } else if (cp >= 'A' && cp <= 'Z') {
            buf[0] = static_cast<char>(cp - 'A' + 'a');
            ascii = buf;
        } else {
            ascii = ascii_for(cp);
        }
        if (!ascii) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += ascii;
    }
    return out;
}

bool is_slug(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

}  // namespace stilas::util
