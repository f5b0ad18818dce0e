// An item as players see it: the region's contacts filled in, the spot-the-flags message as written.
#include "game/bank/shown_item.h"

#include <catch2/catch.hpp>

SCENARIO("an item shows the region's contacts in its texts", "[bank]") {
    game::Item item;
    item.prompt = "拿不准打{hotline.local}？";
    item.explanation = "可以拨打{hotline.police}或关注{wechat.local}。";
    item.options = {{"A", "拨打{hotline.antifraud}咨询"}, {"B", "转账"}};
    item.steps = {{"a", "报警{hotline.police}"}};
    item.redFlags = {"不让你打{hotline.police}"};
    item.message = {game::Channel::Sms, "{wechat.local}", "请勿拨打{hotline.police}，点击链接"};
    item.flags = {{"请勿拨打{hotline.police}", "不让你打{hotline.police}", 0}};
    game::RegionContacts region;
    region.localLine = "0000-7654321";
    region.localWechat = "平安测试";
    const auto shown = game::withContacts(item, region);
    THEN("prompt, options, steps, explanation, red flags, reasons and sender are filled") {
        CHECK(shown.prompt == "拿不准打0000-7654321？");
        CHECK(shown.explanation == "可以拨打110或关注平安测试。");
        CHECK(shown.options[0].text == "拨打96110咨询");
        CHECK(shown.steps[0].text == "报警110");
        CHECK(shown.redFlags[0] == "不让你打110");
        CHECK(shown.flags[0].why == "不让你打110");
        CHECK(shown.message.sender == "平安测试");
    }
    THEN("the message and its flag spans stay as written, so stored piece numbers still match") {
        CHECK(shown.message.text == item.message.text);
        CHECK(shown.flags[0].span == item.flags[0].span);
    }
}
