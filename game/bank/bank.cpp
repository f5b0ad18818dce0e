#include "game/bank/bank.h"

#include <algorithm>
#include <array>
#include <cassert>

namespace game {

namespace {

constexpr std::array<FraudTypeInfo, 15> kFraudTypes = {{
    {FraudType::OrderBrushing, "order_brushing", "刷单返利 / 网络兼职", "Order brushing and online part-time jobs"},
    {FraudType::FakeInvestment, "fake_investment", "虚假投资理财", "Fake investment and wealth management"},
    {FraudType::FakeLoan, "fake_loan", "虚假贷款 / 代办信用卡", "Fake loans and credit card services"},
    {FraudType::FakeCustomerService, "fake_customer_service", "冒充电商物流客服",
     "Impersonating online shop and courier customer service"},
    {FraudType::FakePolice, "fake_police", "冒充公检法及政府机关", "Impersonating police, courts and officials"},
    {FraudType::FakeCredit, "fake_credit", "虚假征信 / 注销校园贷", "Fake credit repair and student loan cancelling"},
    {FraudType::FakeShopping, "fake_shopping", "虚假购物服务", "Fake shopping services"},
    {FraudType::FakeBoss, "fake_boss", "冒充领导熟人", "Impersonating leaders and acquaintances"},
    {FraudType::GameTrade, "game_trade", "网络游戏虚假交易", "Fake online game trades"},
    {FraudType::Romance, "romance", "网络婚恋交友（杀猪盘）", "Online dating and romance scams"},
    {FraudType::FakeMilitaryOrder, "fake_military_order", "冒充军警购物", "Fake military and police bulk orders"},
    {FraudType::MedicalInsurance, "medical_insurance", "医保卡 / 社保卡", "Medical and social insurance card scams"},
    {FraudType::CardTrading, "card_trading", "买卖“两卡” / 帮信罪", "Selling or renting bank and phone cards"},
    {FraudType::General, "general", "通用规则与工具", "General rules and tools"},
    {FraudType::Genuine, "genuine", "真实的来电与通知", "Genuine calls and notices"},
}};

constexpr std::array<std::string_view, 7> kAudienceZh = {"中小学生", "大学生", "职工", "财会人员",
                                                         "老年人", "商户", "居民"};
constexpr std::array<std::string_view, 7> kAudienceEn = {"Pupils", "Students", "Staff", "Finance staff",
                                                         "Older people", "Shop owners", "Residents"};
template <typename Enum, std::size_t N>
std::string_view codeIn(const std::array<std::string_view, N>& codes, Enum value) {
    const auto index = static_cast<std::size_t>(value);
    assert(index < N);
    return codes[index];
}

template <typename Id>
const auto* findById(const std::vector<Id>& list, std::string_view id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const Id& entry) { return entry.id == id; });
    return it == list.end() ? nullptr : &*it;
}

template <typename T>
bool anyOrContains(const std::vector<T>& wanted, T value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

} // namespace

std::span<const FraudTypeInfo> fraudTypes() { return kFraudTypes; }

const FraudTypeInfo& fraudTypeInfo(FraudType type) {
    const auto index = static_cast<std::size_t>(type);
    assert(index < kFraudTypes.size() && kFraudTypes[index].type == type);
    return kFraudTypes[index];
}

std::optional<FraudType> parseFraudType(std::string_view code) {
    for (const auto& info : kFraudTypes)
        if (info.code == code) return info.type;
    return std::nullopt;
}

std::string_view audienceNameZh(Audience audience) { return codeIn(kAudienceZh, audience); }
std::string_view audienceNameEn(Audience audience) { return codeIn(kAudienceEn, audience); }

const Step* Scenario::step(std::string_view stepId) const { return findById(steps, stepId); }
const Ending* Scenario::ending(std::string_view endingId) const { return findById(endings, endingId); }

const std::string& Scenario::hangupTarget(const Step& from) const {
    return from.onHangup.empty() ? hangup : from.onHangup;
}

const Contact& Scenario::contactAt(const Step& at) const { return at.contact ? *at.contact : contact; }

bool Item::isFor(Audience who) const { return std::find(audience.begin(), audience.end(), who) != audience.end(); }

bool Item::isAnswerKey(std::string_view key) const {
    return std::find(answerKeys.begin(), answerKeys.end(), key) != answerKeys.end();
}

const Item* Bank::item(std::string_view itemId) const { return findById(items, itemId); }

bool ItemFilter::matches(const Item& item) const {
    if (!anyOrContains(kinds, item.kind) || !anyOrContains(fraudTypes, item.fraudType)) return false;
    if (item.difficulty < minDifficulty || item.difficulty > maxDifficulty) return false;
    if (audiences.empty()) return true;
    return std::any_of(audiences.begin(), audiences.end(), [&](Audience who) { return item.isFor(who); });
}

std::vector<const Item*> selectItems(std::span<const Bank> banks, const ItemFilter& filter) {
    std::vector<const Item*> chosen;
    for (const auto& bank : banks)
        for (const auto& item : bank.items)
            if (filter.matches(item)) chosen.push_back(&item);
    return chosen;
}

const Item* findItem(std::span<const Bank> banks, std::string_view id) {
    for (const auto& bank : banks)
        if (const Item* found = bank.item(id)) return found;
    return nullptr;
}

} // namespace game
