#include "game/region.h"

#include <array>
#include <stdexcept>
#include <utility>

namespace game {

using nlohmann::json;

namespace {

// Each placeholder with the contact that fills it.
std::array<std::pair<std::string_view, const std::string*>, 4> placeholders(const RegionContacts& contacts) {
    return {{{"{hotline.police}", &contacts.police},
             {"{hotline.antifraud}", &contacts.antifraud},
             {"{hotline.local}", &contacts.localLine},
             {"{wechat.local}", &contacts.localWechat}}};
}

std::string stringField(const json& in, const char* name, std::string fallback) {
    if (!in.contains(name)) return fallback;
    if (!in[name].is_string())
        throw std::invalid_argument(std::string("region contacts: \"") + name + "\" must be a string");
    return in[name].get<std::string>();
}

} // namespace

std::string fillPlaceholders(std::string_view text, const RegionContacts& contacts) {
    const auto names = placeholders(contacts);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        bool replaced = false;
        if (text[i] == '{') {
            for (const auto& [name, value] : names) {
                if (text.substr(i, name.size()) == name) {
                    out += *value;
                    i += name.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) out += text[i++];
    }
    return out;
}

bool hasPlaceholder(std::string_view text) {
    const RegionContacts none;
    for (const auto& [name, value] : placeholders(none))
        if (text.find(name) != std::string_view::npos) return true;
    return false;
}

json toJson(const RegionContacts& contacts) {
    return {{"police", contacts.police},
            {"antifraud", contacts.antifraud},
            {"local_line", contacts.localLine},
            {"local_wechat", contacts.localWechat}};
}

RegionContacts regionContactsFromJson(const json& in) {
    if (!in.is_object()) throw std::invalid_argument("region contacts: must be a JSON object, not " + in.dump());
    RegionContacts defaults;
    RegionContacts contacts;
    contacts.police = stringField(in, "police", defaults.police);
    contacts.antifraud = stringField(in, "antifraud", defaults.antifraud);
    contacts.localLine = stringField(in, "local_line", defaults.localLine);
    contacts.localWechat = stringField(in, "local_wechat", defaults.localWechat);
    if (!contacts.hasNationalHotlines())
        throw std::invalid_argument(std::string("region contacts: \"") + (contacts.police.empty() ? "police" : "antifraud") +
                                    "\" must not be empty");
    return contacts;
}

} // namespace game
