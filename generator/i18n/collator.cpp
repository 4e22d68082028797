#include "i18n/collator.hpp"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/sortkey.h>
#include <unicode/unistr.h>

namespace stilas::i18n {

struct Collator::Impl {
    std::unique_ptr<icu::Collator> icu;
};

namespace {

int byte_compare(std::string_view a, std::string_view b) {
    const int c = a.compare(b);
    return c < 0 ? -1 : (c == 0 ? 0 : 1);
}

std::unique_ptr<icu::Collator> open_collator(const char* locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale(locale), status));
    if (U_FAILURE(status)) return nullptr;
    return collator;
}

}  // namespace

Collator::Collator(std::string_view locale) : m_impl(std::make_unique<Impl>()) {
    // "nb" and "nn" both fall back to ICU's "no" tailoring (a U_USING_FALLBACK_WARNING, not
    // a failure), which is the one with Æ Ø Å after Z.
    const std::string name(locale);
    m_impl->icu = open_collator(name.c_str());
    if (!m_impl->icu) m_impl->icu = open_collator("");
}

Collator::Collator(Collator&&) noexcept = default;
Collator& Collator::operator=(Collator&&) noexcept = default;
Collator::~Collator() = default;

bool Collator::ok() const { return m_impl && m_impl->icu != nullptr; }

int Collator::compare(std::string_view a, std::string_view b) const {
    if (!ok()) return byte_compare(a, b);
    // ICU4C collators are thread-safe for const use (compare, getSortKey) since ICU 53.
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = m_impl->icu->compareUTF8(
        icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
        icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    if (U_FAILURE(status)) return byte_compare(a, b);
    return result == UCOL_LESS ? -1 : (result == UCOL_EQUAL ? 0 : 1);
}

std::string Collator::sort_key(std::string_view s) const {
    if (!ok()) return std::string(s);
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    std::string key(64, '\0');
    int32_t length = m_impl->icu->getSortKey(text, reinterpret_cast<uint8_t*>(key.data()),
                                             static_cast<int32_t>(key.size()));
    if (length > static_cast<int32_t>(key.size())) {
        key.assign(static_cast<size_t>(length), '\0');
        length = m_impl->icu->getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), length);
    }
    // The key ends with a 0 byte that ICU counts; dropping it keeps prefix order intact.
    key.resize(length > 0 ? static_cast<size_t>(length - 1) : 0);
    return key;
}

}  // namespace stilas::i18n
