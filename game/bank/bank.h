#pragma once
// A question bank in memory: what questions/*.json hold once read and checked
// (the format is described in questions/README.md). Read-only after loading.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace game {

// What an item asks the player to do.
enum class ItemKind { Single, Multi, TrueFalse, SpotFlags, Ordering, Scenario };

// The kinds of fraud a bank or item is about.
enum class FraudType {
    OrderBrushing, FakeInvestment, FakeLoan, FakeCustomerService, FakePolice, FakeCredit,
    FakeShopping, FakeBoss, GameTrade, Romance, FakeMilitaryOrder, MedicalInsurance,
    CardTrading, General, Genuine
};

// Who an item is written for.
enum class Audience { Pupil, Student, Staff, Finance, Elderly, Merchant, Resident };

// Where a message, a scenario or a scenario step happens (email only for spot_flags messages).
enum class Channel { Call, Sms, Chat, Web, Email };

// How a scenario path ends for the player.
enum class Outcome { Safe, MoneyLost, InfoLeaked, GenuineRefused };

// What a scenario line shows: plain text, or a card in a chat.
enum class LineKind { Text, Transfer, RedPacket, Image, Voice, Link };

// What a scenario choice does besides moving on.
enum class ChoiceAction { Reply, TapLink, SubmitForm, Transfer, CallBack, Call110, Block, Ignore };

// A fraud type's code in the files and its names on screen.
struct FraudTypeInfo {
    FraudType type;
    std::string_view code; // "fake_police"
    std::string_view zh;   // "冒充公检法及政府机关"
    std::string_view en;   // "Impersonating police, courts and officials"
};

// Every fraud type, in the order of questions/README.md.
[[nodiscard]] std::span<const FraudTypeInfo> fraudTypes();
// The code and names of one fraud type.
[[nodiscard]] const FraudTypeInfo& fraudTypeInfo(FraudType type);
// The fraud type with this code, if any.
[[nodiscard]] std::optional<FraudType> parseFraudType(std::string_view code);

// The code of each enum value as written in bank files ("single", "pupil", "money_lost"...); the tables
// are in bank_codes.cpp, the way back (itemKindFromCode, ...) in bank_codes.h.
[[nodiscard]] std::string_view codeOf(ItemKind kind);
[[nodiscard]] std::string_view codeOf(Audience audience);
[[nodiscard]] std::string_view codeOf(Channel channel);
[[nodiscard]] std::string_view codeOf(Outcome outcome);
[[nodiscard]] std::string_view codeOf(LineKind kind);
[[nodiscard]] std::string_view codeOf(ChoiceAction action);

// Every code of each enum, in declaration order (for messages, the schema test and menus).
[[nodiscard]] std::span<const std::string_view> itemKindCodes();
[[nodiscard]] std::span<const std::string_view> audienceCodes();
[[nodiscard]] std::span<const std::string_view> channelCodes();
[[nodiscard]] std::span<const std::string_view> outcomeCodes();
[[nodiscard]] std::span<const std::string_view> lineKindCodes();
[[nodiscard]] std::span<const std::string_view> choiceActionCodes();

// The Chinese and English names of an audience, for menus.
[[nodiscard]] std::string_view audienceNameZh(Audience audience);
[[nodiscard]] std::string_view audienceNameEn(Audience audience);

// One option of a single or multi item.
struct Option {
    std::string key; // "A".."F"
    std::string text;
};

// The message a spot_flags item shows.
struct Message {
    Channel channel = Channel::Sms;
    std::string sender;
    std::string text;
};

// One suspicious part of a spot_flags message.
struct Flag {
    std::string span;        // the exact text marked
    std::string why;         // optional reason shown after answering
    std::size_t offset = 0;  // byte offset of the span's first occurrence in Message::text
};

// One step of an ordering item.
struct OrderingStep {
    std::string key;
    std::string text;
};

// Who the player is dealing with in a scenario (or a step of it).
struct Contact {
    std::string name;
    std::string number; // may be empty
    std::string claims; // the body it claims to be; may be empty
    std::string avatar; // a short avatar label; may be empty
};

// One thing the other side says or shows in a scenario step.
struct Line {
    std::string speaker;   // "contact", "system", "narrator" or a name in a group chat
    std::string text;
    std::string redFlag;   // the warning sign this line shows; empty if none
    LineKind kind = LineKind::Text;
    double amount = 0;     // yuan, for transfer and red packet cards
    std::string caption;   // for images
    std::string url;       // for links
};

// Something the player can do in a scenario step.
struct Choice {
    std::string text;
    std::string next;      // a step id or an ending id
    ChoiceAction action = ChoiceAction::Reply;
};

// A field of a web form.
struct FormField {
    std::string id;
    std::string label;
    bool secret = false;
};

// A web page's form.
struct Form {
    std::string url;
    std::string title;
    std::vector<FormField> fields;
};

// A node of the scenario graph.
struct Step {
    std::string id;
    Channel channel = Channel::Call;
    std::vector<Line> lines;
    std::vector<Choice> choices;
    int timeLimit = 0;               // seconds; 0 when the step has no time limit
    std::string onTimeout;           // step or ending id; set when timeLimit > 0
    std::string onHangup;            // overrides Scenario::hangup; may be empty
    std::optional<Contact> contact;  // a new contact from this step on
    std::string group;               // a chat group's name; may be empty
    bool outgoing = false;           // a call step the player placed: it connects, it does not ring
    std::optional<Form> form;        // web steps only
};

// Where a scenario path ends.
struct Ending {
    std::string id;
    Outcome outcome = Outcome::Safe;
    double amount = 0;               // yuan lost, for money_lost
    std::string title;
    std::string debrief;
    std::vector<std::string> redFlags;
};

// A scam (or genuine contact) the player lives through: a graph of steps and endings.
struct Scenario {
    Channel channel = Channel::Call;
    bool genuine = false;
    Contact contact;
    std::string title;
    std::string start;               // the first step's id
    std::string hangup;              // where hanging up leads; may be empty
    std::vector<Step> steps;
    std::vector<Ending> endings;

    // The step with this id, or nullptr.
    [[nodiscard]] const Step* step(std::string_view id) const;
    // The ending with this id, or nullptr.
    [[nodiscard]] const Ending* ending(std::string_view id) const;
    // Where hanging up in this step leads: its on_hangup, else the scenario's hangup.
    [[nodiscard]] const std::string& hangupTarget(const Step& from) const;
    // The step's own contact if it has one, else the scenario's.
    [[nodiscard]] const Contact& contactAt(const Step& at) const;
};

// One question or scenario. Fields of other kinds stay empty.
struct Item {
    std::string id;
    ItemKind kind = ItemKind::Single;
    int difficulty = 1;
    std::vector<Audience> audience;
    int points = 1;
    std::string explanation;
    std::vector<std::string> redFlags;
    FraudType fraudType = FraudType::General; // the item's own, else its bank's
    std::string bankId;
    int bankRevision = 1;

    std::string prompt;                    // all kinds but scenario
    std::vector<Option> options;           // single, multi
    std::vector<std::string> answerKeys;   // single, multi: keys of the right options
    bool answerTrue = false;               // truefalse
    Message message;                       // spot_flags
    std::vector<Flag> flags;               // spot_flags
    std::vector<OrderingStep> steps;       // ordering, in the right order
    Scenario scenario;                     // scenario

    // True when the item is written for this audience.
    [[nodiscard]] bool isFor(Audience who) const;
    // True when the option key is one of the right answers (single, multi).
    [[nodiscard]] bool isAnswerKey(std::string_view key) const;
};

// One bank file, as loaded.
struct Bank {
    std::string id;
    std::string title;
    FraudType fraudType = FraudType::General;
    int revision = 1;
    std::string source;
    std::string fileName;      // where it was read from
    std::vector<Item> items;   // only the items that passed validation

    // The item with this id, or nullptr.
    [[nodiscard]] const Item* item(std::string_view id) const;
};

// Which items a paper or a practice level wants; an empty list means "any".
struct ItemFilter {
    std::vector<ItemKind> kinds;
    std::vector<FraudType> fraudTypes;
    std::vector<Audience> audiences;   // the item must be for at least one of them
    int minDifficulty = 1;
    int maxDifficulty = 3;

    // True when the item passes every condition.
    [[nodiscard]] bool matches(const Item& item) const;
};

// The items of all banks that pass the filter, in bank then file order.
[[nodiscard]] std::vector<const Item*> selectItems(std::span<const Bank> banks, const ItemFilter& filter);

// The item with this id in any bank, or nullptr.
[[nodiscard]] const Item* findItem(std::span<const Bank> banks, std::string_view id);

} // namespace game
