// The code tables of the bank's enums; both directions are read from them.
#include "game/bank/bank_codes.h"

#include "game/codes.h"

namespace game {
namespace {

constexpr auto kItemKinds = codeTable<ItemKind>({
    {ItemKind::Single, "single"},
    {ItemKind::Multi, "multi"},
    {ItemKind::TrueFalse, "truefalse"},
    {ItemKind::SpotFlags, "spot_flags"},
    {ItemKind::Ordering, "ordering"},
    {ItemKind::Scenario, "scenario"},
});

constexpr auto kAudiences = codeTable<Audience>({
    {Audience::Pupil, "pupil"},
    {Audience::Student, "student"},
    {Audience::Staff, "staff"},
    {Audience::Finance, "finance"},
    {Audience::Elderly, "elderly"},
    {Audience::Merchant, "merchant"},
    {Audience::Resident, "resident"},
});

constexpr auto kChannels = codeTable<Channel>({
    {Channel::Call, "call"},
    {Channel::Sms, "sms"},
    {Channel::Chat, "chat"},
    {Channel::Web, "web"},
    {Channel::Email, "email"},
});

constexpr auto kOutcomes = codeTable<Outcome>({
    {Outcome::Safe, "safe"},
    {Outcome::MoneyLost, "money_lost"},
    {Outcome::InfoLeaked, "info_leaked"},
    {Outcome::GenuineRefused, "genuine_refused"},
});

constexpr auto kLineKinds = codeTable<LineKind>({
    {LineKind::Text, "text"},
    {LineKind::Transfer, "transfer"},
    {LineKind::RedPacket, "red_packet"},
    {LineKind::Image, "image"},
    {LineKind::Voice, "voice"},
    {LineKind::Link, "link"},
});

constexpr auto kChoiceActions = codeTable<ChoiceAction>({
    {ChoiceAction::Reply, "reply"},
    {ChoiceAction::TapLink, "tap_link"},
    {ChoiceAction::SubmitForm, "submit_form"},
    {ChoiceAction::Transfer, "transfer"},
    {ChoiceAction::CallBack, "call_back"},
    {ChoiceAction::Call110, "call_110"},
    {ChoiceAction::Block, "block"},
    {ChoiceAction::Ignore, "ignore"},
});

// The bank readers pick a value by its code's index in the *Codes() lists.
static_assert(kItemKinds.inDeclarationOrder() && kAudiences.inDeclarationOrder() && kChannels.inDeclarationOrder()
              && kOutcomes.inDeclarationOrder() && kLineKinds.inDeclarationOrder()
              && kChoiceActions.inDeclarationOrder());

constexpr auto kItemKindCodes = kItemKinds.codes();
constexpr auto kAudienceCodes = kAudiences.codes();
constexpr auto kChannelCodes = kChannels.codes();
constexpr auto kOutcomeCodes = kOutcomes.codes();
constexpr auto kLineKindCodes = kLineKinds.codes();
constexpr auto kChoiceActionCodes = kChoiceActions.codes();

} // namespace

std::string_view codeOf(ItemKind kind) { return kItemKinds.codeOf(kind); }
std::string_view codeOf(Audience audience) { return kAudiences.codeOf(audience); }
std::string_view codeOf(Channel channel) { return kChannels.codeOf(channel); }
std::string_view codeOf(Outcome outcome) { return kOutcomes.codeOf(outcome); }
std::string_view codeOf(LineKind kind) { return kLineKinds.codeOf(kind); }
std::string_view codeOf(ChoiceAction action) { return kChoiceActions.codeOf(action); }

std::span<const std::string_view> itemKindCodes() { return kItemKindCodes; }
std::span<const std::string_view> audienceCodes() { return kAudienceCodes; }
std::span<const std::string_view> channelCodes() { return kChannelCodes; }
std::span<const std::string_view> outcomeCodes() { return kOutcomeCodes; }
std::span<const std::string_view> lineKindCodes() { return kLineKindCodes; }
std::span<const std::string_view> choiceActionCodes() { return kChoiceActionCodes; }

std::optional<ItemKind> itemKindFromCode(std::string_view code) { return kItemKinds.fromCode(code); }
std::optional<Audience> audienceFromCode(std::string_view code) { return kAudiences.fromCode(code); }
std::optional<Channel> channelFromCode(std::string_view code) { return kChannels.fromCode(code); }
std::optional<Outcome> outcomeFromCode(std::string_view code) { return kOutcomes.fromCode(code); }
std::optional<LineKind> lineKindFromCode(std::string_view code) { return kLineKinds.fromCode(code); }
std::optional<ChoiceAction> choiceActionFromCode(std::string_view code) { return kChoiceActions.fromCode(code); }

} // namespace game
