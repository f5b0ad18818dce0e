#pragma once
// The region's contacts (the organiser's setting): national hotlines and the local
// anti-fraud line and police WeChat account that bank texts name by placeholder.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace game {

// The numbers and accounts that fill {hotline.police}, {hotline.antifraud}, {hotline.local}, {wechat.local}.
struct RegionContacts {
    std::string police = "110";               // {hotline.police}
    std::string antifraud = "96110";          // {hotline.antifraud}
    std::string localLine = "023-79332042";   // {hotline.local}: the region's anti-fraud line
    std::string localWechat = "平安黔江";      // {wechat.local}: the region's police WeChat account

    // True when both national hotlines are set (a region may change them, never leave them out).
    [[nodiscard]] bool hasNationalHotlines() const { return !police.empty() && !antifraud.empty(); }

    friend bool operator==(const RegionContacts&, const RegionContacts&) = default;
};

// The text with every known placeholder replaced by the region's contact; other braces stay as written.
[[nodiscard]] std::string fillPlaceholders(std::string_view text, const RegionContacts& contacts);

// True when the text still holds one of the four known placeholders.
[[nodiscard]] bool hasPlaceholder(std::string_view text);

// The contacts as JSON: {"police": "110", "antifraud": "96110", "local_line": "...", "local_wechat": "..."}.
[[nodiscard]] nlohmann::json toJson(const RegionContacts& contacts);
// Contacts from JSON; a missing field keeps its default. Throws std::invalid_argument when the
// JSON is not an object, a field is not a string, or police/antifraud is empty.
[[nodiscard]] RegionContacts regionContactsFromJson(const nlohmann::json& json);

} // namespace game
